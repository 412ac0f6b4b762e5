"""The standard tool proxy chain, assembled from the spec.

    ContractCheck → RateLimit → Credentials → Idempotency → CircuitBreaker → Retry → Timeout
        → Egress → Sandbox → tool

Why this order (outermost first):

- ``ContractCheck`` first: a call with bad arguments is the model's mistake; it must not spend rate-limit
  tokens, credentials or a ledger row, nor count against the tool's health. It also checks results last,
  after everything inside has settled (replayed results were checked when first recorded).
- ``RateLimit`` next: it charges one token per logical call, not per retry, and rejects cheaply before
  any secret is issued or any row is written.
- ``Credentials`` outside ``Idempotency`` and ``Retry``: one short-lived token serves all attempts of the
  call and is revoked when the call returns, however it ended.
- ``Idempotency`` outside ``Retry``: every attempt of a retried write carries the same key, and a
  replayed call returns the recorded result without touching the breaker or the tool.
- ``CircuitBreaker`` outside ``Retry``: one logical call counts once toward the failure thresholds
  (three retries of one call are not three failures), and an open breaker fails fast before any retry.
- ``Retry`` outside ``Timeout``: each attempt gets its own deadline, and a timeout is a retryable error.
- ``Egress`` and ``Sandbox`` innermost: they belong to one attempt. ``Egress`` hands the spec's egress policy
  to the tool (``client_for(ctx)``); ``Sandbox`` runs ``sandbox=True`` tools under bubblewrap instead of
  calling on, with the same per-tool deadlines as ``Timeout`` so a timed-out attempt's process is killed.

Shared state: rate-limit buckets, breakers and the idempotency ledger must outlive one proxy (the runtime
may build a proxy per run), so by default they are process-wide (buckets, breakers) or in the database
(ledger). Pass your own to isolate them (tests) or to share them across processes (Redis buckets).
"""

from __future__ import annotations

import functools
import random as _random
import time
from collections.abc import Callable

import sqlalchemy as sa

from corral.spec.agent import AgentSpec, BreakerSettings
from corral.store.db import database_url, make_engine
from corral.tools.credentials import Credentials, InProcessVault, Vault
from corral.tools.egress import EgressInterceptor, EgressPolicy
from corral.tools.idempotency import Idempotency, Ledger
from corral.tools.proxy import ContractCheck, ToolInterceptor, ToolProxy
from corral.tools.ratelimit import BucketStore, Rate, RateLimit, bucket_store
from corral.tools.reliability import BreakerBoard, BreakerConfig, CircuitBreaker, Retry, RetryPolicy, Timeout
from corral.tools.sandbox import Sandbox, SandboxInterceptor

__all__ = ["breaker_config", "build_proxy", "default_interceptors", "shared_buckets"]

DEFAULT_TIMEOUT_S = 30.0
DEFAULT_RETRY = RetryPolicy(max_attempts=3, base_delay_s=0.2, max_delay_s=5.0)


@functools.cache
def shared_buckets() -> BucketStore:
    """The process-wide bucket store: Redis when ``CORRAL_REDIS_URL`` is set, else in-process."""
    return bucket_store()


@functools.lru_cache(maxsize=8)
def _engine_for(url: str) -> sa.Engine:
    return make_engine(url)


def _default_engine() -> sa.Engine:
    return _engine_for(database_url())


def breaker_config(settings: BreakerSettings) -> BreakerConfig:
    return BreakerConfig(
        consecutive_failures=settings.consecutive_failures,
        failure_rate=settings.failure_rate,
        min_calls=settings.min_calls,
        window_s=settings.window_s,
        open_s=settings.open_s,
        half_open_probes=settings.half_open_probes,
    )


def default_interceptors(
    spec: AgentSpec | None = None,
    *,
    ledger: Ledger | sa.Engine | None = None,
    vault: Vault | None = None,
    buckets: BucketStore | None = None,
    breakers: BreakerBoard | None = None,
    per_tenant: Rate | None = None,
    per_run: Rate | None = None,
    default_timeout_s: float | None = DEFAULT_TIMEOUT_S,
    default_retry: RetryPolicy = DEFAULT_RETRY,
    default_breaker: BreakerConfig | None = None,
    sleep: Callable[[float], None] = time.sleep,
    random: Callable[[], float] = _random.random,
    clock: Callable[[], float] = time.monotonic,
    egress: EgressPolicy | None = None,
    sandbox: Sandbox | None = None,
) -> list[ToolInterceptor]:
    """The standard chain (see the module docstring), with per-tool timeouts, retries, rate limits and
    breaker thresholds from ``spec.tools`` and per-run / per-tenant rates from ``spec.tool_limits``
    (``per_run`` / ``per_tenant`` given here win). ``ledger`` is the idempotency ledger (a ``Ledger`` or an
    engine; default: the configured database); ``vault`` defaults to ``InProcessVault.from_env()`` (``CORRAL_SECRET_<TOOL>``).
    ``egress`` defaults to ``EgressPolicy.from_spec(spec)`` (deny-all without a spec); ``sandbox`` to a
    bubblewrap ``Sandbox()`` (checked on the first sandboxed call, never before)."""
    tools = spec.tools if spec is not None else {}
    timeouts = {name: s.timeout_s for name, s in tools.items() if s.timeout_s is not None}
    retries = {
        name: RetryPolicy(s.retries + 1, default_retry.base_delay_s, default_retry.max_delay_s)
        for name, s in tools.items() if s.retries is not None
    }
    rates = {name: Rate.per_minute(s.rate_limit_per_minute) for name, s in tools.items()
             if s.rate_limit_per_minute is not None}
    breakers_cfg = {name: breaker_config(s.breaker) for name, s in tools.items() if s.breaker is not None}
    if spec is not None:
        limits = spec.tool_limits
        if per_run is None and limits.per_run_per_minute is not None:
            per_run = Rate.per_minute(limits.per_run_per_minute)
        if per_tenant is None and limits.per_tenant_per_minute is not None:
            per_tenant = Rate.per_minute(limits.per_tenant_per_minute)
    if egress is None:
        egress = EgressPolicy.from_spec(spec) if spec is not None else EgressPolicy.deny_all()
    return [
        ContractCheck(),
        RateLimit(buckets if buckets is not None else shared_buckets(),
                  per_tool=rates, per_tenant=per_tenant, per_run=per_run),
        Credentials(vault if vault is not None else InProcessVault.from_env()),
        Idempotency(ledger if ledger is not None else _default_engine()),
        CircuitBreaker(default_breaker, per_tool=breakers_cfg, board=breakers, clock=clock),
        Retry(default_retry, per_tool=retries, sleep=sleep, random=random),
        Timeout(default_timeout_s, per_tool=timeouts),
        EgressInterceptor(egress),
        SandboxInterceptor(sandbox, egress=egress, timeout_s=default_timeout_s, per_tool_timeouts=timeouts),
    ]


def build_proxy(spec: AgentSpec | None = None, **kw: object) -> ToolProxy:
    """A ``ToolProxy`` over ``default_interceptors(spec, **kw)``."""
    return ToolProxy(default_interceptors(spec, **kw))  # type: ignore[arg-type]
