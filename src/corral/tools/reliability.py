"""Reliability interceptors: a deadline per call, bounded retries with backoff, a circuit breaker per tool.

``Timeout`` runs the rest of the chain in a worker thread and stops waiting at the deadline. A Python
thread cannot be killed: a tool that ignores its deadline keeps running in the background until it returns
on its own (its result is then dropped). That is acceptable for well-behaved I/O tools with their own
client timeouts; tools that may hang or burn CPU are marked ``sandbox: true`` and run as subprocesses,
which can be killed.

``Retry`` retries only errors that say ``retryable`` (timeouts, connection failures, tools that raise a
retryable error), with exponential backoff and full jitter (``delay = random() * min(max_delay,
base * 2**n)``), a bounded number of attempts and an injectable ``sleep`` / ``random`` for tests.

``CircuitBreaker`` keeps one breaker per tool (closed → open → half-open → closed). It opens on either
``consecutive_failures`` in a row or a ``failure_rate`` over the calls of the last ``window_s`` seconds
(once ``min_calls`` were seen); while open it fails fast with ``CircuitOpen``; after ``open_s`` it lets
``half_open_probes`` calls through, closes when they all succeed and re-opens on the first failure.
``states()`` reports every breaker for metrics.
"""

from __future__ import annotations

import contextvars
import queue
import random as _random
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from corral.errors import CircuitOpen, ConfigError, CorralError, ToolExecutionError, ToolTimeout
from corral.tools.proxy import Next, ToolInvocation, ToolOutcome

__all__ = [
    "BreakerBoard",
    "BreakerConfig",
    "BreakerState",
    "CircuitBreaker",
    "Retry",
    "RetryPolicy",
    "Timeout",
    "counts_as_failure",
    "process_breakers",
]

Clock = Callable[[], float]
State = Literal["closed", "open", "half_open"]


# --- timeout -------------------------------------------------------------------------------------


class Timeout:
    """Gives each call ``inv.timeout_s``, else the tool's entry in ``per_tool``, else ``default_s``
    (None: no deadline, the call runs inline)."""

    name = "timeout"

    def __init__(self, default_s: float | None = 30.0, *, per_tool: Mapping[str, float] | None = None) -> None:
        self.default_s = default_s
        self.per_tool = dict(per_tool or {})

    def deadline_for(self, inv: ToolInvocation) -> float | None:
        if inv.timeout_s is not None:
            return inv.timeout_s
        return self.per_tool.get(inv.tool.name, self.default_s)

    def __call__(self, inv: ToolInvocation, call_next: Next) -> ToolOutcome:
        deadline = self.deadline_for(inv)
        if deadline is None:
            return call_next(inv)
        box: dict[str, Any] = {}
        done = threading.Event()
        ctx = contextvars.copy_context()  # keep trace context and friends in the worker

        def work() -> None:
            try:
                box["outcome"] = ctx.run(call_next, inv)
            except BaseException as exc:  # handed back to the caller below
                box["error"] = exc
            finally:
                done.set()

        _WORKERS.submit(work)
        if not done.wait(deadline):
            raise ToolTimeout(
                f"{inv.tool.name} did not return within {deadline:g}s",
            ).with_context(tool=inv.tool.name, run_id=inv.context.run_id, step=inv.context.step)
        if "error" in box:
            raise box["error"]
        outcome: ToolOutcome = box["outcome"]
        return outcome


class _Workers:
    """Daemon threads that run tool calls. A job always gets a worker of its own, idle or new, so a call
    never queues behind a hung tool; a hung worker is simply never idle again. Idle workers exit after
    ``idle_s``. (A thread per call would do the same at ~3x the cost of the hand-off.)"""

    def __init__(self, idle_s: float = 60.0) -> None:
        self._lock = threading.Lock()
        self._jobs: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._idle = 0
        self._idle_s = idle_s

    def submit(self, job: Callable[[], None]) -> None:
        with self._lock:
            self._jobs.put(job)
            if self._idle > 0:
                self._idle -= 1  # reserved: an idle worker will take this job
                return
        threading.Thread(target=self._loop, name="corral-tool-worker", daemon=True).start()

    def _loop(self) -> None:
        while True:
            try:
                job = self._jobs.get(timeout=self._idle_s)
            except queue.Empty:
                with self._lock:
                    if self._jobs.empty() and self._idle > 0:
                        self._idle -= 1
                        return
                continue
            job()
            with self._lock:
                self._idle += 1


_WORKERS = _Workers()


# --- retry ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """``max_attempts`` counts the first try; delays grow from ``base_delay_s`` and are capped at
    ``max_delay_s`` before jitter."""

    max_attempts: int = 3
    base_delay_s: float = 0.2
    max_delay_s: float = 5.0

    def __post_init__(self) -> None:
        if self.max_attempts < 1 or self.base_delay_s < 0 or self.max_delay_s < 0:
            raise ConfigError(f"invalid retry policy {self}")

    def delay(self, retry_number: int, rand: float) -> float:
        """Full jitter: uniform in [0, min(max_delay, base * 2**(n-1))] for the n-th retry."""
        ceiling = min(self.max_delay_s, self.base_delay_s * (2 ** (retry_number - 1)))
        return float(rand * ceiling)


def _is_retryable(exc: BaseException) -> bool:
    return isinstance(exc, CorralError) and bool(exc.retryable)


class Retry:
    """Retries retryable errors under the tool's policy (``per_tool``, else ``default``).

    A write tool that timed out is not retried unless ``retry_write_timeouts``: its first attempt may still
    be running in a worker thread (see ``Timeout``), and a second attempt would run beside it. Other
    retryable errors of write tools are retried; every attempt carries the same idempotency key."""

    name = "retry"

    def __init__(
        self,
        default: RetryPolicy | None = None,
        *,
        per_tool: Mapping[str, RetryPolicy] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        random: Callable[[], float] = _random.random,
        retry_write_timeouts: bool = False,
    ) -> None:
        self.default = default or RetryPolicy()
        self.per_tool = dict(per_tool or {})
        self.retry_write_timeouts = retry_write_timeouts
        self._sleep = sleep
        self._random = random

    def __call__(self, inv: ToolInvocation, call_next: Next) -> ToolOutcome:
        policy = self.per_tool.get(inv.tool.name, self.default)
        attempt = 1
        while True:
            try:
                outcome = call_next(inv)
            except CorralError as exc:
                if attempt >= policy.max_attempts or not self._may_retry(inv, exc):
                    exc.with_context(attempts=attempt)
                    raise
                delay = policy.delay(attempt, self._random())
                retry_after = getattr(exc, "retry_after", 0.0) or 0.0
                self._sleep(max(delay, min(float(retry_after), policy.max_delay_s)))
                attempt += 1
                continue
            outcome.attempts = attempt
            return outcome

    def _may_retry(self, inv: ToolInvocation, exc: CorralError) -> bool:
        if isinstance(exc, ToolTimeout) and inv.tool.contract.is_write and not self.retry_write_timeouts:
            return False
        return _is_retryable(exc)


# --- circuit breaker -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BreakerConfig:
    """When a tool's breaker opens and for how long. Set ``failure_rate`` to None to trip on
    consecutive failures only (and ``consecutive_failures`` to None for the rate only)."""

    consecutive_failures: int | None = 5
    failure_rate: float | None = 0.5
    min_calls: int = 10
    window_s: float = 60.0
    open_s: float = 30.0
    half_open_probes: int = 1

    def __post_init__(self) -> None:
        if self.consecutive_failures is None and self.failure_rate is None:
            raise ConfigError("a breaker needs consecutive_failures or failure_rate")
        if self.failure_rate is not None and not 0 < self.failure_rate <= 1:
            raise ConfigError(f"failure_rate must be in (0, 1], got {self.failure_rate}")
        if self.half_open_probes < 1 or self.open_s < 0 or self.window_s <= 0:
            raise ConfigError(f"invalid breaker config {self}")


@dataclass(frozen=True, slots=True)
class BreakerState:
    """A snapshot for metrics and the API."""

    tool: str
    state: State
    consecutive_failures: int
    calls_in_window: int
    failures_in_window: int
    opened_at: float | None
    times_opened: int


@dataclass
class _Breaker:
    tool: str
    state: State = "closed"
    consecutive: int = 0
    window: deque[tuple[float, bool]] = field(default_factory=deque)  # (time, failed)
    opened_at: float | None = None
    probes_in_flight: int = 0
    probe_successes: int = 0
    times_opened: int = 0

    def admit(self, cfg: BreakerConfig, now: float) -> bool:
        """True when a call may go ahead; a half-open breaker hands out a bounded number of probes."""
        if self.state == "open":
            assert self.opened_at is not None
            if now - self.opened_at < cfg.open_s:
                return False
            self.state, self.probes_in_flight, self.probe_successes = "half_open", 0, 0
        if self.state == "half_open":
            if self.probes_in_flight + self.probe_successes >= cfg.half_open_probes:
                return False
            self.probes_in_flight += 1
        return True

    def record(self, cfg: BreakerConfig, now: float, failed: bool | None) -> None:
        """``failed`` None: the call ended in a way that says nothing about the tool (e.g. bad arguments)."""
        if self.state == "half_open":
            self.probes_in_flight = max(0, self.probes_in_flight - 1)
            if failed is None:
                return
            if failed:
                self._open(now)
            else:
                self.probe_successes += 1
                if self.probe_successes >= cfg.half_open_probes:
                    self._close()
            return
        if self.state == "open" or failed is None:  # open: a call admitted earlier returned late
            return
        self.window.append((now, failed))
        while self.window and now - self.window[0][0] > cfg.window_s:
            self.window.popleft()
        self.consecutive = self.consecutive + 1 if failed else 0
        if self._should_trip(cfg):
            self._open(now)

    def _should_trip(self, cfg: BreakerConfig) -> bool:
        if cfg.consecutive_failures is not None and self.consecutive >= cfg.consecutive_failures:
            return True
        if cfg.failure_rate is not None and len(self.window) >= cfg.min_calls:
            failures = sum(1 for _, failed in self.window if failed)
            return failures / len(self.window) >= cfg.failure_rate
        return False

    def _open(self, now: float) -> None:
        self.state, self.opened_at = "open", now
        self.times_opened += 1
        self.probes_in_flight = self.probe_successes = 0

    def _close(self) -> None:
        self.state, self.opened_at, self.consecutive = "closed", None, 0
        self.window.clear()

    def snapshot(self) -> BreakerState:
        failures = sum(1 for _, failed in self.window if failed)
        return BreakerState(self.tool, self.state, self.consecutive, len(self.window), failures,
                            self.opened_at, self.times_opened)


class BreakerBoard:
    """The breakers of one process, by tool name. Share one board between the proxies of many runs so
    an outage seen by one run protects the others."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._breakers: dict[str, _Breaker] = {}

    def _get(self, tool: str) -> _Breaker:
        breaker = self._breakers.get(tool)
        if breaker is None:
            breaker = self._breakers[tool] = _Breaker(tool)
        return breaker

    def admit(self, tool: str, cfg: BreakerConfig, now: float) -> bool:
        with self._lock:
            return self._get(tool).admit(cfg, now)

    def record(self, tool: str, cfg: BreakerConfig, now: float, failed: bool | None) -> None:
        with self._lock:
            self._get(tool).record(cfg, now, failed)

    def states(self) -> dict[str, BreakerState]:
        with self._lock:
            return {name: b.snapshot() for name, b in sorted(self._breakers.items())}

    def reset(self) -> None:
        """Forget every breaker (all closed again)."""
        with self._lock:
            self._breakers.clear()

    def state(self, tool: str) -> State:
        with self._lock:
            b = self._breakers.get(tool)
            return b.state if b else "closed"


_PROCESS_BOARD = BreakerBoard()


def process_breakers() -> BreakerBoard:
    """The board every ``CircuitBreaker`` uses unless given its own: ``process_breakers().states()``
    is what metrics export."""
    return _PROCESS_BOARD


def counts_as_failure(exc: BaseException) -> bool:
    """Failures of the tool itself count; the caller's mistakes (bad arguments, denied egress, rate
    limits, missing credentials) say nothing about the tool's health."""
    return isinstance(exc, (ToolExecutionError, ToolTimeout)) or not isinstance(exc, CorralError)


class CircuitBreaker:
    """Fails fast with ``CircuitOpen`` while the tool's breaker is open. ``board`` defaults to the
    process-wide board; ``clock`` is injectable for tests."""

    name = "circuit_breaker"

    def __init__(
        self,
        default: BreakerConfig | None = None,
        *,
        per_tool: Mapping[str, BreakerConfig] | None = None,
        board: BreakerBoard | None = None,
        clock: Clock = time.monotonic,
        is_failure: Callable[[BaseException], bool] = counts_as_failure,
    ) -> None:
        self.default = default or BreakerConfig()
        self.per_tool = dict(per_tool or {})
        self.board = board if board is not None else _PROCESS_BOARD
        self._clock = clock
        self._is_failure = is_failure

    def states(self) -> dict[str, BreakerState]:
        return self.board.states()

    def __call__(self, inv: ToolInvocation, call_next: Next) -> ToolOutcome:
        name = inv.tool.name
        cfg = self.per_tool.get(name, self.default)
        if not self.board.admit(name, cfg, self._clock()):
            raise CircuitOpen(
                f"{name} is unavailable: its circuit breaker is open after repeated failures",
                hint="the run degrades as the spec's on_tool_outage says; the breaker retries after open_s",
            ).with_context(tool=name, run_id=inv.context.run_id, step=inv.context.step)
        try:
            outcome = call_next(inv)
        except BaseException as exc:
            self.board.record(name, cfg, self._clock(), True if self._is_failure(exc) else None)
            raise
        self.board.record(name, cfg, self._clock(), False)
        return outcome
