"""Deterministic trace and span ids derived from run events.

Runs are durable: a run may pause for days and resume in another process. Spans are therefore created after the
fact from events, and every id is a pure function of the run's trace id and the event, so two processes agree on
the root span id (the parent of everything) and the log subscriber can name the span of an event without asking
the tracer.
"""

from __future__ import annotations

import hashlib
import re

from corral.events import RunEvent

__all__ = ["event_span_id", "format_span_id", "format_trace_id", "plan_span_id", "root_span_id",
           "run_trace_id", "span_id_for_event"]

_HEX32 = re.compile(r"^[0-9a-f]{32}$")


def _digest(text: str, nbytes: int) -> int:
    value = int.from_bytes(hashlib.sha256(text.encode()).digest()[:nbytes], "big")
    return value or 1  # zero is the invalid id in W3C trace context


def run_trace_id(run_id: str, trace_id: str | None) -> int:
    """The run's trace id: the 32-hex id the runtime stores on the run, else one derived from the run id."""
    if trace_id and _HEX32.match(trace_id.lower()) and int(trace_id, 16):
        return int(trace_id, 16)
    return _digest(f"corral-trace:{run_id}", 16)


def root_span_id(trace_id: int) -> int:
    """The ``invoke_agent`` span of a run."""
    return _digest(f"corral-root:{trace_id:032x}", 8)


def plan_span_id(trace_id: int, step: int) -> int:
    """The ``plan`` span of one planning step; its model calls are its children."""
    return _digest(f"corral-plan:{trace_id:032x}:{step}", 8)


def event_span_id(event: RunEvent) -> int:
    """The span made from one event (a model call, a decision, a tool call, an approval)."""
    return _digest(f"corral-event:{event.run_id}:{event.kind}:{event.step}:{event.ts!r}", 8)


def span_id_for_event(event: RunEvent) -> int:
    """The span an event's log line belongs to; lifecycle events belong to the root."""
    trace_id = run_trace_id(event.run_id, event.trace_id)
    if event.kind == "plan":
        return plan_span_id(trace_id, event.step)
    if event.kind in ("model_call", "decision", "tool_call", "approval_decided", "memory"):
        return event_span_id(event)
    return root_span_id(trace_id)


def format_trace_id(trace_id: int) -> str:
    return f"{trace_id:032x}"


def format_span_id(span_id: int) -> str:
    return f"{span_id:016x}"
