"""Prometheus metrics computed from the run-event stream.

Every metric lives in the ``CorralMetrics`` instance's own ``CollectorRegistry`` (never the global one), so a
server exposes exactly corral's metrics and tests do not leak into each other. Labels are bounded: agent, tenant,
model, tool, guard, outcome and status — never run ids or user text — and each label keeps at most
``max_label_values`` distinct values, after which new values are counted as ``_other``.

Metric names (the ``_total`` suffix is added by prometheus-client to counters)::

    corral_tokens_in_total / corral_tokens_out_total / corral_cost_usd_total   {agent, tenant, model}
    corral_model_calls_total                                                   {agent, tenant, model, status}
    corral_model_retries_total / corral_model_repairs_total                    {agent, model}
    corral_step_duration_seconds (histogram)                                   {agent, kind}
    corral_run_duration_seconds (histogram)                                    {agent, status}
    corral_tool_calls_total                                                    {agent, tenant, tool, status}
    corral_tool_duration_seconds (histogram)                                   {tool}
    corral_tool_retries_total                                                  {agent, tool}
    corral_guardrail_blocks_total                                              {agent, guard}
    corral_policy_decisions_total                                              {agent, outcome}
    corral_breaker_state (gauge: 0 closed, 1 half-open, 2 open)                {tool}
    corral_approvals_total                                                     {agent, status}
    corral_approvals_pending (gauge)                                           {agent}
    corral_runs_started_total                                                  {agent, tenant}
    corral_runs_total (finished, by final status)                              {agent, tenant, status}
    corral_runs_paused_total                                                   {agent}
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from corral.events import RunEvent
from corral.telemetry.tracing import RunLookup, guard_blocks, retries_of

__all__ = ["BREAKER_STATES", "CorralMetrics", "default_metrics", "metrics_from_events", "render_metrics"]

BREAKER_STATES: dict[str, int] = {"closed": 0, "half_open": 1, "half-open": 1, "open": 2}
_STEP_BUCKETS = (0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
_RUN_BUCKETS = (0.1, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0, 900.0, 3600.0, 14400.0, 86400.0, 604800.0)
_OK = frozenset({"ok", "success", "succeeded", "completed", "done"})
OTHER = "_other"


@dataclass(slots=True)
class _RunLabels:
    agent: str
    tenant: str
    started_at: float | None


class _Bounded:
    """Caps the distinct values of each label name so a misbehaving caller cannot blow up cardinality."""

    def __init__(self, max_values: int) -> None:
        self._max = max_values
        self._seen: dict[str, set[str]] = {}

    def __call__(self, label: str, value: Any) -> str:
        text = str(value if value not in (None, "") else "unknown")[:64]
        seen = self._seen.setdefault(label, set())
        if text in seen:
            return text
        if len(seen) >= self._max:
            return OTHER
        seen.add(text)
        return text


class CorralMetrics:
    """The metric families and an EventBus subscriber (``__call__``) that updates them."""

    def __init__(self, registry: CollectorRegistry | None = None, *, lookup: RunLookup | None = None,
                 max_label_values: int = 200, max_runs: int = 10_000) -> None:
        self.registry = registry if registry is not None else CollectorRegistry()
        self._label = _Bounded(max_label_values)
        self.lookup = lookup
        self._runs: OrderedDict[str, _RunLabels] = OrderedDict()
        self._max_runs = max_runs
        self._pending: dict[str, str] = {}  # approval id -> agent label, for the pending gauge
        self._lock = threading.Lock()
        r = self.registry
        self.tokens_in = Counter("corral_tokens_in", "Model input tokens.", ["agent", "tenant", "model"], registry=r)
        self.tokens_out = Counter("corral_tokens_out", "Model output tokens.", ["agent", "tenant", "model"],
                                  registry=r)
        self.cost_usd = Counter("corral_cost_usd", "Model spend in US dollars.", ["agent", "tenant", "model"],
                                registry=r)
        self.model_calls = Counter("corral_model_calls", "Model calls.", ["agent", "tenant", "model", "status"],
                                   registry=r)
        self.model_retries = Counter("corral_model_retries", "Model call retries.", ["agent", "model"], registry=r)
        self.model_repairs = Counter("corral_model_repairs", "Re-asks after an invalid plan.", ["agent", "model"],
                                     registry=r)
        self.step_seconds = Histogram("corral_step_duration_seconds", "Duration of one step phase.",
                                      ["agent", "kind"], buckets=_STEP_BUCKETS, registry=r)
        self.run_seconds = Histogram("corral_run_duration_seconds", "Run latency, start to final status.",
                                     ["agent", "status"], buckets=_RUN_BUCKETS, registry=r)
        self.tool_calls = Counter("corral_tool_calls", "Tool calls by status.", ["agent", "tenant", "tool", "status"],
                                  registry=r)
        self.tool_seconds = Histogram("corral_tool_duration_seconds", "Tool call latency.", ["tool"],
                                      buckets=_STEP_BUCKETS, registry=r)
        self.tool_retries = Counter("corral_tool_retries", "Tool call retries.", ["agent", "tool"], registry=r)
        self.guard_blocks = Counter("corral_guardrail_blocks", "Actions blocked by a guard.", ["agent", "guard"],
                                    registry=r)
        self.decisions = Counter("corral_policy_decisions", "Action decisions by outcome.", ["agent", "outcome"],
                                 registry=r)
        self.breaker = Gauge("corral_breaker_state", "Circuit breaker: 0 closed, 1 half-open, 2 open.", ["tool"],
                             registry=r)
        self.approvals = Counter("corral_approvals", "Approvals requested and decided.", ["agent", "status"],
                                 registry=r)
        self.approvals_pending = Gauge("corral_approvals_pending", "Approvals waiting for a person.", ["agent"],
                                       registry=r)
        self.runs_started = Counter("corral_runs_started", "Runs started.", ["agent", "tenant"], registry=r)
        self.runs = Counter("corral_runs", "Runs finished, by final status.", ["agent", "tenant", "status"],
                            registry=r)
        self.runs_paused = Counter("corral_runs_paused", "Run pauses (approval waits, budget holds).", ["agent"],
                                   registry=r)
        self._handlers: dict[str, Callable[[RunEvent, _RunLabels], None]] = {
            "run_started": self._on_run_started,
            "model_call": self._on_model_call,
            "plan": self._on_plan,
            "decision": self._on_decision,
            "approval_requested": self._on_approval_requested,
            "approval_decided": self._on_approval_decided,
            "tool_call": self._on_tool_call,
            "run_paused": self._on_run_paused,
            "run_finished": self._on_run_finished,
        }

    # -- subscriber ------------------------------------------------------------------------------------
    def __call__(self, event: RunEvent) -> None:
        handler = self._handlers.get(event.kind)
        if handler is None:
            return
        with self._lock:
            handler(event, self._run(event))

    def render(self) -> str:
        """The Prometheus text exposition of this registry."""
        return generate_latest(self.registry).decode()

    def set_breaker_state(self, tool: str, state: str) -> None:
        """Set a breaker gauge directly (for breakers that report outside the event stream)."""
        self.breaker.labels(self._label("tool", tool)).set(BREAKER_STATES.get(state, 0))

    def _run(self, event: RunEvent) -> _RunLabels:
        run = self._runs.get(event.run_id)
        if run is None:
            info = self.lookup(event.run_id) if self.lookup and event.kind != "run_started" else None
            run = _RunLabels(
                agent=self._label("agent", event.data.get("agent") or (info.agent if info else None)),
                tenant=self._label("tenant", event.data.get("tenant") or (info.tenant if info else None)),
                started_at=info.started_at if info else None,
            )
            self._runs[event.run_id] = run
            while len(self._runs) > self._max_runs:
                self._runs.popitem(last=False)
        return run

    def _step(self, event: RunEvent, run: _RunLabels) -> None:
        self.step_seconds.labels(run.agent, event.kind).observe(max(event.duration_ms, 0.0) / 1000.0)

    # -- handlers --------------------------------------------------------------------------------------
    def _on_run_started(self, event: RunEvent, run: _RunLabels) -> None:
        run.started_at = event.ts - event.duration_ms / 1000.0
        self.runs_started.labels(run.agent, run.tenant).inc()

    def _on_model_call(self, event: RunEvent, run: _RunLabels) -> None:
        d = event.data
        model = self._label("model", d.get("model"))
        self.tokens_in.labels(run.agent, run.tenant, model).inc(_num(d.get("tokens_in")))
        self.tokens_out.labels(run.agent, run.tenant, model).inc(_num(d.get("tokens_out")))
        self.cost_usd.labels(run.agent, run.tenant, model).inc(_num(d.get("cost_usd")))
        status = "error" if d.get("error") else "ok"
        self.model_calls.labels(run.agent, run.tenant, model, status).inc()
        if retries_of(d):
            self.model_retries.labels(run.agent, model).inc(retries_of(d))
        if d.get("repair"):
            self.model_repairs.labels(run.agent, model).inc()
        self._step(event, run)

    def _on_plan(self, event: RunEvent, run: _RunLabels) -> None:
        self._step(event, run)

    def _on_decision(self, event: RunEvent, run: _RunLabels) -> None:
        decision: Mapping[str, Any] = event.data.get("decision") or {}
        self.decisions.labels(run.agent, self._label("outcome", decision.get("outcome"))).inc()
        for guard in guard_blocks(decision):
            self.guard_blocks.labels(run.agent, self._label("guard", guard)).inc()
        self._step(event, run)

    def _on_approval_requested(self, event: RunEvent, run: _RunLabels) -> None:
        self.approvals.labels(run.agent, "requested").inc()
        approval_id = str(event.data.get("approval_id") or "")
        if approval_id not in self._pending:
            self._pending[approval_id] = run.agent
            self.approvals_pending.labels(run.agent).inc()

    def _on_approval_decided(self, event: RunEvent, run: _RunLabels) -> None:
        status = self._label("status", event.data.get("status"))
        self.approvals.labels(run.agent, status).inc()
        agent = self._pending.pop(str(event.data.get("approval_id") or ""), None)
        if agent is not None:
            self.approvals_pending.labels(agent).dec()

    def _on_tool_call(self, event: RunEvent, run: _RunLabels) -> None:
        d = event.data
        tool = self._label("tool", d.get("tool"))
        status = self._label("status", d.get("status"))
        self.tool_calls.labels(run.agent, run.tenant, tool, status).inc()
        self.tool_seconds.labels(tool).observe(max(event.duration_ms, 0.0) / 1000.0)
        if retries_of(d):
            self.tool_retries.labels(run.agent, tool).inc(retries_of(d))
        breaker = d.get("breaker_state")
        error = d.get("error")
        if breaker is None and isinstance(error, Mapping) and error.get("type") == "CircuitOpen":
            breaker = "open"
        if breaker is None and str(d.get("status")) in _OK:
            breaker = "closed"
        if breaker is not None:
            self.breaker.labels(tool).set(BREAKER_STATES.get(str(breaker), 0))
        self._step(event, run)

    def _on_run_paused(self, event: RunEvent, run: _RunLabels) -> None:
        self.runs_paused.labels(run.agent).inc()

    def _on_run_finished(self, event: RunEvent, run: _RunLabels) -> None:
        status = self._label("status", event.data.get("status"))
        self.runs.labels(run.agent, run.tenant, status).inc()
        started = run.started_at
        if started is None and event.data.get("started_at") is not None:
            started = float(event.data["started_at"])
        if started is not None:
            self.run_seconds.labels(run.agent, status).observe(max(event.ts - started, 0.0))
        self._runs.pop(event.run_id, None)


def _num(value: Any) -> float:
    try:
        return max(float(value or 0), 0.0)
    except (TypeError, ValueError):
        return 0.0


_default_lock = threading.Lock()
_default: CorralMetrics | None = None


def default_metrics() -> CorralMetrics:
    """The process's metrics (what the server's ``/metrics`` exposes)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = CorralMetrics()
        return _default


def render_metrics(metrics: CorralMetrics | None = None) -> str:
    """Prometheus exposition text of ``metrics`` (default: the process's metrics)."""
    return (metrics or default_metrics()).render()


def metrics_from_events(events: Iterable[RunEvent], *, lookup: RunLookup | None = None) -> CorralMetrics:
    """Replay stored events into a fresh registry — how a separate process (the CLI) computes the metrics."""
    metrics = CorralMetrics(lookup=lookup)
    for event in events:
        metrics(event)
    return metrics
