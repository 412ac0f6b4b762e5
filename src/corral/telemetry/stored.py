"""Telemetry from what the store keeps (runs, steps, approvals), for processes that did not see the events.

``store_lookup`` tells a resuming process what it needs about a run it did not start (agent, start time, tenant,
open approvals) so its spans and metric labels match the first process's. ``events_from_store`` rebuilds a
run-event stream from stored records so the CLI can compute metrics: it is exact for runs, tool calls, decisions,
approvals, tokens and cost; model calls are counted once per step (repairs included in the step's totals).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol

from corral.events import RunEvent
from corral.telemetry.tracing import RunInfo, RunLookup

__all__ = ["RunSource", "events_from_store", "store_lookup"]

_FINAL = frozenset({"completed", "failed", "rejected", "cancelled"})


class RunSource(Protocol):
    """The part of ``corral.store`` telemetry reads."""

    def get_run(self, run_id: str) -> Any: ...
    def list_runs(self, *, limit: int = ...) -> list[Any]: ...
    def list_steps(self, run_id: str) -> list[Any]: ...
    def list_approvals(self, *, status: str | None = ..., run_id: str | None = ...) -> list[Any]: ...


def store_lookup(store: RunSource) -> RunLookup:
    """A ``RunLookup`` backed by the store; unknown runs give ``None``."""

    def lookup(run_id: str) -> RunInfo | None:
        try:
            run = store.get_run(run_id)
        except Exception:  # an unknown run: telemetry degrades, it never fails the step
            return None
        approvals = {a.id: (float(a.created_at), str(a.tool or "unknown"))
                     for a in store.list_approvals(status=None, run_id=run_id)}
        return RunInfo(agent=run.agent, started_at=float(run.created_at), tenant=run.tenant, approvals=approvals)

    return lookup


def _run_events(store: RunSource, run: Any) -> list[RunEvent]:
    trace_id = run.trace_id or None
    out: list[RunEvent] = []

    def add(kind: Any, step: int, ts: float, data: dict[str, Any], duration_ms: float = 0.0) -> None:
        out.append(RunEvent(kind, run.id, step, data, ts=ts, duration_ms=duration_ms, trace_id=trace_id))

    add("run_started", 0, run.created_at, {"agent": run.agent, "tenant": run.tenant, "model": run.model})
    for step in store.list_steps(run.id):
        ts = float(step.started_at)
        if step.model:
            add("model_call", step.idx, ts, {"model": step.model, "tokens_in": step.tokens_in,
                                             "tokens_out": step.tokens_out, "cost_usd": step.cost_usd,
                                             "repair": step.repairs})
        if step.decision:
            add("decision", step.idx, ts, {"tool": step.tool, "decision": step.decision})
        if step.kind == "tool" and step.status in ("executed", "failed"):
            add("tool_call", step.idx, ts + step.duration_ms / 1000.0, {
                "tool": step.tool, "status": "ok" if step.status == "executed" else "error",
                "attempts": step.attempts, "error": step.error}, duration_ms=step.duration_ms)
    for approval in store.list_approvals(status=None, run_id=run.id):
        add("approval_requested", approval.step_idx, approval.created_at,
            {"approval_id": approval.id, "tool": approval.tool})
        if approval.status != "pending" and approval.decided_at is not None:
            add("approval_decided", approval.step_idx, approval.decided_at,
                {"approval_id": approval.id, "status": approval.status})
    end = run.finished_at or run.updated_at
    if run.status in _FINAL:
        add("run_finished", run.steps, end, {"status": run.status})
    elif run.status in ("waiting_approval", "budget_exhausted"):
        add("run_paused", run.steps, end, {"reason": run.status})
    out.sort(key=lambda e: e.ts)  # stable: the order above breaks ties
    return out


def events_from_store(store: RunSource, *, limit: int = 1000) -> Iterator[RunEvent]:
    """A run-event stream rebuilt from the ``limit`` most recent stored runs."""
    for run in store.list_runs(limit=limit):
        yield from _run_events(store, run)
