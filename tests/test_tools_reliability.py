from __future__ import annotations

import random
import threading
import time
from typing import Any

import pytest

from corral.errors import CircuitOpen, ConfigError, ToolArgumentsInvalid, ToolExecutionError, ToolTimeout
from corral.tools.contract import ToolContext, ToolRegistry, tool
from corral.tools.proxy import ContractCheck, ToolInvocation, ToolProxy
from corral.tools.reliability import (
    BreakerBoard,
    BreakerConfig,
    CircuitBreaker,
    Retry,
    RetryPolicy,
    Timeout,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class Flaky:
    """Fails transiently with probability ``p`` (seeded); counts calls and successes."""

    def __init__(self, p: float, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.p = p
        self.calls = 0

    def __call__(self, q: str) -> str:
        self.calls += 1
        if self.rng.random() < self.p:
            raise ConnectionError("upstream reset")
        return q


def _tool(fn: Any, name: str = "Lookup") -> Any:
    fn = fn.__call__ if isinstance(fn, Flaky) else fn
    return tool(fn, name=name, schema={"type": "object", "properties": {"q": {"type": "string"}}},
                registry=ToolRegistry())


def _inv(t: Any, timeout_s: float | None = None) -> ToolInvocation:
    return ToolInvocation(t, {"q": "x"}, ToolContext(run_id="r1", step=1, call_id="c"), timeout_s=timeout_s)


def _down(q: str) -> str:
    raise ConnectionError("connection refused")


# --- timeout ---


def test_slow_tool_times_out_without_waiting_for_it() -> None:
    release = threading.Event()

    def slow(q: str) -> str:
        release.wait(5)
        return q

    proxy = ToolProxy([Timeout(0.05)])
    t0 = time.monotonic()
    with pytest.raises(ToolTimeout):
        proxy.call(_inv(_tool(slow)))
    assert time.monotonic() - t0 < 2
    release.set()


def test_invocation_timeout_beats_per_tool_and_default() -> None:
    t = _tool(lambda q: q)
    timeout = Timeout(30, per_tool={"Lookup": 5})
    assert timeout.deadline_for(_inv(t)) == 5
    assert timeout.deadline_for(_inv(t, timeout_s=1)) == 1
    assert timeout.deadline_for(_inv(_tool(lambda q: q, name="Other"))) == 30


def test_timeout_passes_results_and_errors_through() -> None:
    proxy = ToolProxy([Timeout(5)])
    assert proxy.call(_inv(_tool(lambda q: q + "!"))).result == "x!"
    with pytest.raises(ToolExecutionError):
        proxy.call(_inv(_tool(_down)))


# --- retry ---


def test_retryable_error_is_retried_until_success() -> None:
    outcomes = iter([ConnectionError("a"), ConnectionError("b"), None])

    def twice_then_ok(q: str) -> str:
        exc = next(outcomes)
        if exc:
            raise exc
        return q

    sleeps: list[float] = []
    proxy = ToolProxy([Retry(RetryPolicy(max_attempts=3), sleep=sleeps.append, random=lambda: 1.0)])
    outcome = proxy.call(_inv(_tool(twice_then_ok)))
    assert (outcome.result, outcome.attempts) == ("x", 3)
    assert sleeps == [0.2, 0.4]


def test_non_retryable_error_is_not_retried() -> None:
    calls: list[int] = []

    def bad(q: str) -> str:
        calls.append(1)
        raise ValueError("no such customer")

    proxy = ToolProxy([Retry(RetryPolicy(max_attempts=5), sleep=lambda s: None)])
    with pytest.raises(ToolExecutionError):
        proxy.call(_inv(_tool(bad)))
    assert len(calls) == 1


def test_retries_are_bounded() -> None:
    flaky = Flaky(p=1.0)
    proxy = ToolProxy([Retry(RetryPolicy(max_attempts=4), sleep=lambda s: None)])
    with pytest.raises(ToolExecutionError) as err:
        proxy.call(_inv(_tool(flaky)))
    assert flaky.calls == 4
    assert err.value.context.extra["attempts"] == 4


def test_backoff_is_exponential_capped_and_fully_jittered() -> None:
    policy = RetryPolicy(max_attempts=10, base_delay_s=0.1, max_delay_s=1.0)
    assert [policy.delay(n, 1.0) for n in range(1, 6)] == pytest.approx([0.1, 0.2, 0.4, 0.8, 1.0])
    assert policy.delay(3, 0.5) == pytest.approx(0.2)
    assert policy.delay(3, 0.0) == 0.0


def test_invalid_retry_policy_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        RetryPolicy(max_attempts=0)


def test_thirty_percent_transient_failures_still_complete_with_retries() -> None:
    flaky = Flaky(p=0.3, seed=42)
    t = _tool(flaky)
    proxy = ToolProxy([ContractCheck(), Retry(RetryPolicy(max_attempts=5), sleep=lambda s: None), Timeout(5)])
    completed = 0
    for _ in range(500):
        try:
            proxy.call(_inv(t))
            completed += 1
        except ToolExecutionError:
            pass
    assert completed >= 495
    assert flaky.calls > 600  # the failures really happened and were retried


# --- circuit breaker ---


def _breaker(clock: FakeClock, **cfg: Any) -> CircuitBreaker:
    return CircuitBreaker(BreakerConfig(**cfg), board=BreakerBoard(), clock=clock)


def test_consecutive_failures_open_the_breaker_and_it_fails_fast() -> None:
    clock = FakeClock()
    breaker = _breaker(clock, consecutive_failures=3, failure_rate=None)
    down = Flaky(p=1.0)
    proxy = ToolProxy([breaker])
    for _ in range(3):
        with pytest.raises(ToolExecutionError):
            proxy.call(_inv(_tool(down)))
    with pytest.raises(CircuitOpen):
        proxy.call(_inv(_tool(down)))
    assert down.calls == 3
    assert breaker.states()["Lookup"].state == "open"


def test_failure_rate_over_the_window_opens_the_breaker() -> None:
    clock = FakeClock()
    breaker = _breaker(clock, consecutive_failures=None, failure_rate=0.5, min_calls=4, window_s=10)
    board = breaker.board
    cfg = breaker.default
    for failed in (True, False, True, False):
        board.record("T", cfg, clock.now, failed)
    assert board.state("T") == "open"


def test_failures_outside_the_window_are_forgotten() -> None:
    clock = FakeClock()
    breaker = _breaker(clock, consecutive_failures=None, failure_rate=0.5, min_calls=4, window_s=10)
    board, cfg = breaker.board, breaker.default
    for failed in (True, True, False):
        board.record("T", cfg, clock.now, failed)
    clock.now = 20
    board.record("T", cfg, clock.now, False)
    assert board.states()["T"].calls_in_window == 1
    assert board.state("T") == "closed"


def test_half_open_probe_success_closes_the_breaker() -> None:
    clock = FakeClock()
    breaker = _breaker(clock, consecutive_failures=1, failure_rate=None, open_s=30, half_open_probes=2)
    ok = _tool(lambda q: q)
    proxy = ToolProxy([breaker])
    with pytest.raises(ToolExecutionError):
        proxy.call(_inv(_tool(_down)))
    clock.now = 31
    proxy.call(_inv(ok))
    assert breaker.states()["Lookup"].state == "half_open"
    proxy.call(_inv(ok))
    assert breaker.states()["Lookup"].state == "closed"


def test_half_open_probe_failure_reopens_the_breaker() -> None:
    clock = FakeClock()
    breaker = _breaker(clock, consecutive_failures=1, failure_rate=None, open_s=30)
    proxy = ToolProxy([breaker])
    with pytest.raises(ToolExecutionError):
        proxy.call(_inv(_tool(_down)))
    clock.now = 31
    with pytest.raises(ToolExecutionError):
        proxy.call(_inv(_tool(_down)))
    state = breaker.states()["Lookup"]
    assert (state.state, state.times_opened, state.opened_at) == ("open", 2, 31)


def test_half_open_admits_only_the_configured_probes() -> None:
    clock = FakeClock()
    board = BreakerBoard()
    cfg = BreakerConfig(consecutive_failures=1, failure_rate=None, open_s=1, half_open_probes=2)
    board.record("T", cfg, 0, True)
    clock.now = 2
    assert [board.admit("T", cfg, clock.now) for _ in range(3)] == [True, True, False]


def test_caller_mistakes_do_not_trip_the_breaker() -> None:
    breaker = _breaker(FakeClock(), consecutive_failures=1, failure_rate=None)
    proxy = ToolProxy([breaker, ContractCheck()])
    t = tool(lambda q: q, name="Lookup", schema={"type": "object", "properties": {"q": {"type": "integer"}}},
             registry=ToolRegistry())
    with pytest.raises(ToolArgumentsInvalid):
        proxy.call(_inv(t))
    assert breaker.states()["Lookup"].state == "closed"


def test_tool_down_for_good_opens_breaker_and_later_calls_fail_fast() -> None:
    hang = threading.Event()
    calls: list[int] = []

    def dead(q: str) -> str:
        calls.append(1)
        hang.wait(0.05)  # a dead upstream that only answers with an error after a while
        raise ConnectionError("connection refused")

    breaker = CircuitBreaker(BreakerConfig(consecutive_failures=3, failure_rate=None, open_s=60),
                             board=BreakerBoard())
    proxy = ToolProxy([breaker, Retry(RetryPolicy(max_attempts=2), sleep=lambda s: None), Timeout(1)])
    t = _tool(dead)
    errors: list[type[Exception]] = []
    t0 = time.monotonic()
    for _ in range(50):
        try:
            proxy.call(_inv(t))
        except (ToolExecutionError, CircuitOpen) as exc:
            errors.append(type(exc))
    assert time.monotonic() - t0 < 5  # 47 fast failures, not 50 slow ones
    assert errors[:3] == [ToolExecutionError] * 3
    assert set(errors[3:]) == {CircuitOpen}
    assert len(calls) == 6  # 3 logical calls x 2 attempts, then nothing


def test_breakers_are_per_tool() -> None:
    breaker = _breaker(FakeClock(), consecutive_failures=1, failure_rate=None)
    proxy = ToolProxy([breaker])
    with pytest.raises(ToolExecutionError):
        proxy.call(_inv(_tool(_down, name="A")))
    assert proxy.call(_inv(_tool(lambda q: q, name="B"))).result == "x"
    assert {n: s.state for n, s in breaker.states().items()} == {"A": "open", "B": "closed"}


def test_breaker_config_needs_a_trip_condition() -> None:
    with pytest.raises(ConfigError):
        BreakerConfig(consecutive_failures=None, failure_rate=None)


def test_a_hung_tool_does_not_block_later_calls() -> None:
    release = threading.Event()

    def sometimes_hangs(q: str) -> str:
        if q == "hang":
            release.wait(5)
        return q

    t = _tool(sometimes_hangs)
    proxy = ToolProxy([Timeout(0.05)])
    for _ in range(3):
        with pytest.raises(ToolTimeout):
            proxy.call(ToolInvocation(t, {"q": "hang"}, ToolContext(run_id="r", step=1, call_id="c")))
    assert [proxy.call(_inv(t)).result for _ in range(5)] == ["x"] * 5
    release.set()


def test_board_reset_closes_every_breaker() -> None:
    board = BreakerBoard()
    board.record("T", BreakerConfig(consecutive_failures=1, failure_rate=None), 0, True)
    board.reset()
    assert board.state("T") == "closed" and board.states() == {}


def test_write_tool_that_timed_out_is_not_retried() -> None:
    release = threading.Event()
    calls: list[int] = []

    def CreateTicket(title: str) -> str:
        calls.append(1)
        release.wait(5)
        return title

    t = tool(CreateTicket, side_effect="write", registry=ToolRegistry())
    proxy = ToolProxy([Retry(RetryPolicy(max_attempts=3), sleep=lambda s: None), Timeout(0.05)])
    with pytest.raises(ToolTimeout):
        proxy.call(ToolInvocation(t, {"title": "x"}, ToolContext(run_id="r", step=1, call_id="c")))
    release.set()
    assert calls == [1]


def test_read_tool_that_timed_out_is_retried() -> None:
    release = threading.Event()
    calls: list[int] = []

    def slow(q: str) -> str:
        calls.append(1)
        release.wait(5)
        return q

    proxy = ToolProxy([Retry(RetryPolicy(max_attempts=3), sleep=lambda s: None), Timeout(0.05)])
    with pytest.raises(ToolTimeout):
        proxy.call(_inv(_tool(slow)))
    release.set()
    assert len(calls) == 3
