"""The run-event stream: every interceptor emits what it decided here; store, telemetry and audit subscribe.

Events are emitted inside durable steps, so a recovered run does not emit a completed step's events twice.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["EventBus", "EventKind", "RunEvent", "Subscriber"]

EventKind = Literal[
    "run_started",       # data: agent, task, autonomy, tenant, user, trace_id
    "model_call",        # data: model, provider, tokens_in, tokens_out, cost_usd, finish_reason, repair
    "plan",              # data: kind ("tool" | "final"), tool, arguments, text
    "decision",          # data: tool, decision (Decision.to_dict()), annotations
    "approval_requested",  # data: approval_id, tool, arguments, reasons
    "approval_decided",  # data: approval_id, status, actor, reason, edited_arguments
    "approval_escalated",  # data: approval_id, reason (an expired approval handed to a human operator)
    "compensation",      # data: step, compensates, tool, arguments, status, actor, reason
    "approval_vote",     # data: approval_id, actor, reason, votes, needed (a quorum approval)
    "escalated",         # data: actor, assignee, note, approval_id (a run handed to a human operator)
    "run_cancelled",     # data: actor, reason (a run cancelled while it was running)
    "tool_call",         # data: tool, version, arguments, idempotency_key, status, result_summary, error
    "run_paused",        # data: reason
    "run_finished",      # data: status, result, error
]


@dataclass(frozen=True, slots=True)
class RunEvent:
    kind: EventKind
    run_id: str
    step: int
    data: dict[str, Any]
    ts: float = field(default_factory=time.time)
    duration_ms: float = 0.0
    trace_id: str | None = None


Subscriber = Callable[[RunEvent], None]


class EventBus:
    """Synchronous fan-out. A failing subscriber is reported, not allowed to break the run — except those
    registered ``critical`` (the store), whose failure must stop the step so nothing is silently lost."""

    def __init__(self) -> None:
        self._subscribers: list[tuple[Subscriber, bool]] = []
        self.errors: list[tuple[RunEvent, BaseException]] = []

    def subscribe(self, fn: Subscriber, *, critical: bool = False) -> None:
        self._subscribers.append((fn, critical))

    def emit(self, event: RunEvent) -> None:
        for fn, critical in self._subscribers:
            if critical:
                fn(event)
                continue
            try:
                fn(event)
            except Exception as exc:  # a telemetry bug must not fail a governed action
                self.errors.append((event, exc))
