"""Token buckets per API key and per tenant: in process, or in Redis (one atomic Lua script per take) when
``CORRAL_REDIS_URL`` is set so every gateway replica shares them. An empty bucket is 429 with Retry-After."""

from __future__ import annotations

import math
import threading
import time
from typing import Protocol

from fastapi import HTTPException

from corral.server.auth import Principal

__all__ = ["Buckets", "Limiter", "MemoryBuckets", "RedisBuckets"]


class Buckets(Protocol):
    def take(self, key: str, rate: float, burst: float) -> float:
        """Take one token; return 0 when granted, else the seconds until one is available."""
        ...


class MemoryBuckets:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state: dict[str, tuple[float, float]] = {}

    def take(self, key: str, rate: float, burst: float) -> float:
        now = time.monotonic()
        with self._lock:
            tokens, ts = self._state.get(key, (burst, now))
            tokens = min(burst, tokens + (now - ts) * rate)
            if tokens >= 1:
                self._state[key] = (tokens - 1, now)
                return 0.0
            self._state[key] = (tokens, now)
            return (1 - tokens) / rate


_LUA = """
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local v = redis.call('HMGET', KEYS[1], 't', 'ts')
local t = tonumber(v[1])
local ts = tonumber(v[2])
if t == nil then t = burst; ts = now end
t = math.min(burst, t + math.max(0, now - ts) * rate)
local wait = 0
if t >= 1 then t = t - 1 else wait = (1 - t) / rate end
redis.call('HSET', KEYS[1], 't', tostring(t), 'ts', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate * 1000) + 1000)
return tostring(wait)
"""


class RedisBuckets:
    def __init__(self, url: str, prefix: str = "corral:rl:") -> None:
        import redis

        self._redis = redis.Redis.from_url(url)
        self._script = self._redis.register_script(_LUA)
        self.prefix = prefix

    def take(self, key: str, rate: float, burst: float) -> float:
        return float(self._script(keys=[self.prefix + key], args=[rate, burst, time.time()]))


class Limiter:
    def __init__(self, buckets: Buckets, per_key: float, per_tenant: float) -> None:
        self.buckets, self.per_key, self.per_tenant = buckets, per_key, per_tenant

    def check(self, principal: Principal) -> None:
        for key, rate in ((f"key:{principal.key_id}", self.per_key), (f"tenant:{principal.tenant}", self.per_tenant)):
            if rate <= 0:
                continue
            wait = self.buckets.take(key, rate, max(1.0, 2 * rate))
            if wait > 0:
                raise HTTPException(429, f"rate limit exceeded ({key.split(':')[0]})",
                                    headers={"Retry-After": str(max(1, math.ceil(wait)))})
