"""Rate limits for tool calls: token buckets per tool, per tenant and per run.

A call takes one token from every bucket that applies to it, all or nothing: when any bucket is short,
no bucket is charged and the call fails with ``RateLimited(retry_after=...)``, the seconds until every
bucket could pay. Buckets live in-process by default (one lock, fine for one worker); with
``CORRAL_REDIS_URL`` (or an explicit url) they live in Redis and one Lua script checks and charges all
buckets of a call atomically, with Redis' own clock, so many workers share one limit.
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from corral.errors import ConfigError, MissingDependency, RateLimited
from corral.tools.proxy import Next, ToolInvocation, ToolOutcome

__all__ = [
    "BucketStore",
    "InMemoryBuckets",
    "Rate",
    "RateLimit",
    "RedisBuckets",
    "bucket_store",
]

Clock = Callable[[], float]


@dataclass(frozen=True, slots=True)
class Rate:
    """``capacity`` tokens at most (the burst), refilled at ``per_s`` tokens a second."""

    capacity: float
    per_s: float

    def __post_init__(self) -> None:
        if self.capacity <= 0 or self.per_s <= 0:
            raise ConfigError(f"a rate needs a positive capacity and refill, got {self.capacity}/{self.per_s}")

    @classmethod
    def per_minute(cls, n: float, burst: float | None = None) -> Rate:
        """``n`` calls a minute on average; the burst defaults to ``n`` (a full minute's worth)."""
        return cls(capacity=burst if burst is not None else n, per_s=n / 60.0)


Demand = tuple[str, Rate]


@runtime_checkable
class BucketStore(Protocol):
    """Charges ``cost`` tokens to every bucket in ``demands`` or to none. Returns 0.0 when charged, else
    the seconds to wait before all of them could pay."""

    def take(self, demands: Sequence[Demand], cost: float = 1.0) -> float: ...


class InMemoryBuckets:
    """Buckets in a dict under one lock. Idle buckets that have refilled are forgotten once the dict
    grows past ``max_keys``, so per-run buckets do not pile up."""

    def __init__(self, *, clock: Clock = time.monotonic, max_keys: int = 10_000) -> None:
        self._clock = clock
        self._max_keys = max_keys
        self._lock = threading.Lock()
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, last refill time)

    def take(self, demands: Sequence[Demand], cost: float = 1.0) -> float:
        with self._lock:
            now = self._clock()
            levels = [self._level(key, rate, now) for key, rate in demands]
            wait = max(((cost - level) / rate.per_s for level, (_, rate) in zip(levels, demands, strict=True)
                        if level < cost), default=0.0)
            if wait > 0:
                return wait
            for level, (key, _) in zip(levels, demands, strict=True):
                self._buckets[key] = (level - cost, now)
            if len(self._buckets) > self._max_keys:
                self._forget_idle(now)
            return 0.0

    def _level(self, key: str, rate: Rate, now: float) -> float:
        tokens, ts = self._buckets.get(key, (rate.capacity, now))
        return min(rate.capacity, tokens + max(0.0, now - ts) * rate.per_s)

    def _forget_idle(self, now: float) -> None:
        # Without the rate at hand, a bucket untouched for an hour is treated as full again.
        for key in [k for k, (_, ts) in self._buckets.items() if now - ts > 3600]:
            del self._buckets[key]


# KEYS: the buckets. ARGV: cost, then (capacity, per_s) per key. Returns the wait in seconds as a string
# ("0" when charged): Lua numbers returned to Redis are truncated to integers.
_TAKE_LUA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local cost = tonumber(ARGV[1])
local levels = {}
local wait = 0
for i = 1, #KEYS do
  local cap = tonumber(ARGV[i * 2])
  local rate = tonumber(ARGV[i * 2 + 1])
  local v = redis.call('HMGET', KEYS[i], 'tokens', 'ts')
  local tokens = tonumber(v[1])
  local ts = tonumber(v[2])
  if tokens == nil or ts == nil then
    tokens = cap
    ts = now
  end
  local level = math.min(cap, tokens + math.max(0, now - ts) * rate)
  levels[i] = level
  if level < cost then
    wait = math.max(wait, (cost - level) / rate)
  end
end
if wait > 0 then
  return tostring(wait)
end
for i = 1, #KEYS do
  local cap = tonumber(ARGV[i * 2])
  local rate = tonumber(ARGV[i * 2 + 1])
  redis.call('HSET', KEYS[i], 'tokens', tostring(levels[i] - cost), 'ts', tostring(now))
  redis.call('PEXPIRE', KEYS[i], math.ceil(cap / rate * 1000) + 1000)
end
return '0'
"""


class RedisBuckets:
    """Buckets in Redis hashes under ``prefix``; each expires once it would be full again.

    All keys of one call go to one script, so on Redis Cluster give the prefix a hash tag
    (``"{corral}:rl:"``) to keep them in one slot."""

    def __init__(self, url: str | None = None, *, prefix: str = "corral:rl:", client: Any | None = None) -> None:
        if client is None:
            try:
                import redis
            except ImportError:  # pragma: no cover - redis is a dependency
                raise MissingDependency("Redis rate limits need the 'redis' package: pip install redis") from None
            url = url or os.environ.get("CORRAL_REDIS_URL")
            if not url:
                raise ConfigError("RedisBuckets needs a url or CORRAL_REDIS_URL")
            from redis.backoff import NoBackoff
            from redis.retry import Retry as RedisRetry

            # a limiter must answer fast or not at all: short timeouts, one quick retry
            client = redis.Redis.from_url(url, socket_connect_timeout=1.0, socket_timeout=1.0,
                                          retry=RedisRetry(NoBackoff(), 1))
        import redis.exceptions

        self._redis_error = redis.exceptions.RedisError
        self._client = client
        self._prefix = prefix
        self._script = client.register_script(_TAKE_LUA)

    def take(self, demands: Sequence[Demand], cost: float = 1.0) -> float:
        keys = [self._prefix + key for key, _ in demands]
        args: list[str] = [repr(float(cost))]
        for _, rate in demands:
            args += [repr(float(rate.capacity)), repr(float(rate.per_s))]
        try:
            answer = self._script(keys=keys, args=args)
        except self._redis_error as exc:  # fail closed: no limiter, no call
            raise RateLimited(
                f"the rate limiter is unavailable ({type(exc).__name__}); refusing the call", retry_after=1.0
            ) from None
        return float(answer.decode() if isinstance(answer, bytes) else answer)


def bucket_store(redis_url: str | None = None, *, prefix: str = "corral:rl:") -> BucketStore:
    """The one place a bucket backend is chosen: Redis when a url is given or ``CORRAL_REDIS_URL`` is set,
    else in-process."""
    url = redis_url or os.environ.get("CORRAL_REDIS_URL")
    return RedisBuckets(url, prefix=prefix) if url else InMemoryBuckets()


class RateLimit:
    """Charges a call to its tool's bucket, its tenant's and its run's (each only when configured).

    ``per_tool`` maps tool names to rates; ``default_tool`` applies to tools not in it."""

    name = "rate_limit"

    def __init__(
        self,
        store: BucketStore | None = None,
        *,
        per_tool: Mapping[str, Rate] | None = None,
        default_tool: Rate | None = None,
        per_tenant: Rate | None = None,
        per_run: Rate | None = None,
    ) -> None:
        self.store: BucketStore = store if store is not None else InMemoryBuckets()
        self.per_tool = dict(per_tool or {})
        self.default_tool = default_tool
        self.per_tenant = per_tenant
        self.per_run = per_run

    def demands(self, inv: ToolInvocation) -> list[Demand]:
        out: list[Demand] = []
        tool_rate = self.per_tool.get(inv.tool.name, self.default_tool)
        if tool_rate is not None:
            out.append((f"tool:{inv.tool.name}", tool_rate))
        if self.per_tenant is not None:
            out.append((f"tenant:{inv.tenant}", self.per_tenant))
        if self.per_run is not None:
            out.append((f"run:{inv.context.run_id}", self.per_run))
        return out

    def __call__(self, inv: ToolInvocation, call_next: Next) -> ToolOutcome:
        demands = self.demands(inv)
        if demands:
            wait = self.store.take(demands)
            if wait > 0:
                scopes = ", ".join(key for key, _ in demands)
                raise RateLimited(
                    f"{inv.tool.name}: rate limit reached ({scopes}); retry in {wait:.2f}s",
                    retry_after=math.ceil(wait * 1000) / 1000,
                ).with_context(tool=inv.tool.name, run_id=inv.context.run_id, step=inv.context.step)
        return call_next(inv)
