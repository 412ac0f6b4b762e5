from __future__ import annotations

import threading
import time
from typing import Any

import pytest
import sqlalchemy as sa

from corral.errors import RateLimited, SpecError, ToolError, ToolResultInvalid
from corral.spec.agent import AgentSpec
from corral.tools.chain import build_proxy, default_interceptors
from corral.tools.contract import ToolContext, ToolRegistry, tool
from corral.tools.credentials import InProcessVault, resolve_credential
from corral.tools.proxy import ToolInvocation
from corral.tools.ratelimit import InMemoryBuckets
from corral.tools.reliability import BreakerBoard, CircuitBreaker, Retry, Timeout


def _spec(**tools: dict[str, Any]) -> AgentSpec:
    return AgentSpec.model_validate({"name": "support", "allowed_tools": list(tools), "tools": tools})


def _inv(t: Any, args: dict[str, Any], *, step: int = 1) -> ToolInvocation:
    return ToolInvocation(t, args, ToolContext(run_id="run-1", step=step, call_id="c"))


def _chain_kw(engine: sa.Engine, **kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"ledger": engine, "vault": InProcessVault({}), "buckets": InMemoryBuckets(),
                            "breakers": BreakerBoard(), "sleep": lambda s: None}
    return base | kw


def test_standard_order(engine: sa.Engine) -> None:
    names = [i.name for i in default_interceptors(**_chain_kw(engine))]
    assert names == ["contract", "rate_limit", "credentials", "idempotency", "circuit_breaker", "retry",
                     "timeout", "egress", "sandbox"]


def test_spec_settings_reach_the_interceptors(engine: sa.Engine) -> None:
    spec = _spec(Lookup={"timeout_s": 2, "retries": 4, "rate_limit_per_minute": 30,
                         "breaker": {"consecutive_failures": 2, "open_s": 5}})
    chain = {i.name: i for i in default_interceptors(spec, **_chain_kw(engine))}
    timeout, retry, breaker = chain["timeout"], chain["retry"], chain["circuit_breaker"]
    assert isinstance(timeout, Timeout) and timeout.per_tool == {"Lookup": 2}
    assert isinstance(retry, Retry) and retry.per_tool["Lookup"].max_attempts == 5
    assert isinstance(breaker, CircuitBreaker)
    assert (breaker.per_tool["Lookup"].consecutive_failures, breaker.per_tool["Lookup"].open_s) == (2, 5)


def test_spec_rejects_bad_tool_settings() -> None:
    for bad in ({"retries": -1}, {"rate_limit_per_minute": 0}, {"breaker": {"failure_rate": 1.5}},
                {"breaker": {"bogus": 1}}):
        with pytest.raises((ValueError, SpecError)):
            _spec(Lookup=bad)


def test_spec_rate_limit_is_enforced(engine: sa.Engine) -> None:
    t = tool(lambda q: q, name="Lookup", schema={"type": "object"}, registry=ToolRegistry())
    proxy = build_proxy(_spec(Lookup={"rate_limit_per_minute": 2}), **_chain_kw(engine))
    proxy.call(_inv(t, {"q": 1}))
    proxy.call(_inv(t, {"q": 2}))
    with pytest.raises(RateLimited):
        proxy.call(_inv(t, {"q": 3}))


def test_flaky_write_tool_acts_once_per_call_and_gets_its_secret(engine: sa.Engine) -> None:
    done: list[tuple[str, str | None, str]] = []
    failures = iter([True, False] * 10)

    def CreateTicket(title: str, ctx: ToolContext) -> dict[str, str]:
        if next(failures):
            raise ConnectionError("reset")
        done.append((title, ctx.idempotency_key, resolve_credential(ctx)))
        return {"id": f"T-{len(done)}"}

    t = tool(CreateTicket, side_effect="write", registry=ToolRegistry(),
             result_schema={"type": "object", "required": ["id"]})
    vault = InProcessVault({"CreateTicket": "s3cret"})
    proxy = build_proxy(_spec(CreateTicket={"retries": 2}), **_chain_kw(engine, vault=vault))
    first = proxy.call(_inv(t, {"title": "a"}))
    assert (first.result, first.attempts) == ({"id": "T-1"}, 2)
    again = proxy.call(_inv(t, {"title": "a"}))  # e.g. the step is replayed after a crash
    assert again.replayed and again.result == {"id": "T-1"}
    assert len(done) == 1 and done[0][2] == "s3cret" and done[0][1]


def test_bad_result_is_an_error_through_the_whole_chain(engine: sa.Engine) -> None:
    t = tool(lambda q: {"nope": 1}, name="Lookup", schema={"type": "object"}, registry=ToolRegistry(),
             result_schema={"type": "object", "required": ["id"]})
    with pytest.raises(ToolResultInvalid):
        build_proxy(None, **_chain_kw(engine)).call(_inv(t, {"q": 1}))


def test_tool_down_for_good_fails_fast_once_the_breaker_opens(engine: sa.Engine) -> None:
    calls: list[int] = []
    release = threading.Event()

    def Lookup(q: int) -> int:
        calls.append(q)
        release.wait(10)  # hangs: only the timeout gets us out
        raise ConnectionError("down")

    t = tool(Lookup, registry=ToolRegistry())
    spec = _spec(Lookup={"timeout_s": 0.05, "retries": 1, "breaker": {"consecutive_failures": 2}})
    proxy = build_proxy(spec, **_chain_kw(engine))
    kinds: list[str] = []
    t0 = time.monotonic()
    for i in range(20):
        try:
            proxy.call(_inv(t, {"q": i}))
        except ToolError as exc:
            kinds.append(type(exc).__name__)
    release.set()
    assert time.monotonic() - t0 < 5
    assert kinds[:2] == ["ToolTimeout", "ToolTimeout"] and set(kinds[2:]) == {"CircuitOpen"}
    assert len(calls) == 4  # 2 calls x 2 attempts each, then none


def test_spec_run_limit_is_enforced_per_run(engine: sa.Engine) -> None:
    t = tool(lambda q: q, name="Lookup", schema={"type": "object"}, registry=ToolRegistry())
    spec = AgentSpec.model_validate({"name": "a", "tool_limits": {"per_run_per_minute": 1}})
    proxy = build_proxy(spec, **_chain_kw(engine))
    proxy.call(_inv(t, {"q": 1}))
    with pytest.raises(RateLimited):
        proxy.call(_inv(t, {"q": 2}))
    other_run = ToolInvocation(t, {"q": 3}, ToolContext(run_id="run-2", step=1, call_id="c"))
    assert proxy.call(other_run).result == 3
