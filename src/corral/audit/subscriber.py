"""Turns the run-event stream into audit records: user intent, model outputs, decisions, approvals (and who
acted), tool calls with a result summary, and how each run ended — all redacted before they are written.

Subscribe it to a run's ``EventBus``: ``bus.subscribe(AuditSubscriber(AuditLog(engine)), critical=True)``.

Buffering. Events of one (run, step) are written together, in one transaction. The buffer is flushed before
anything with an outside effect or a wait — a decision (a tool call may follow), an approval, a tool call, a
pause, the end of a run — so what a model proposed is on record before it is acted on.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from corral.audit.log import AuditEntry, AuditLog
from corral.audit.redact import Redactor, default_redactor, redact_data
from corral.events import RunEvent
from corral.telemetry.redact import redact_head

__all__ = ["FLUSH_KINDS", "AuditSubscriber", "event_to_entry"]

#: event kinds after which the buffer is written at once
FLUSH_KINDS = frozenset(
    {"decision", "approval_requested", "approval_decided", "tool_call", "run_paused", "run_finished"}
)

_SUMMARY_LIMIT = 2000  # characters of a tool result summary kept in the log


@dataclass(slots=True)
class _RunInfo:
    tenant: str | None = None
    user: str | None = None
    model: str | None = None


def _actor(event: RunEvent, info: _RunInfo) -> str:
    data = event.data
    if event.kind == "run_started":
        return f"user:{data.get('user') or 'anonymous'}"
    if event.kind == "model_call":
        return f"model:{data.get('model') or 'unknown'}"
    if event.kind == "plan":
        return f"model:{info.model or 'unknown'}"
    if event.kind == "decision":
        decision = data.get("decision") or {}
        policy = decision.get("policy_id") if isinstance(decision, dict) else None
        return f"policy:{policy or 'corral'}"
    if event.kind in ("approval_decided", "approval_vote", "escalated", "compensation", "run_cancelled"):
        return f"user:{data.get('actor') or 'unknown'}"
    if event.kind == "tool_call":
        return f"tool:{data.get('tool') or 'unknown'}"
    return "corral"


def event_to_entry(event: RunEvent, info: _RunInfo | None = None, redactor: Redactor = default_redactor) -> AuditEntry:
    """The audit entry for one run event (redacted, JSON-safe)."""
    info = info or _RunInfo()
    data: dict[str, Any] = dict(event.data)
    summary = data.get("result_summary")
    if isinstance(summary, str) and len(summary) > _SUMMARY_LIMIT:
        data["result_summary"] = redact_head(summary, _SUMMARY_LIMIT, redactor) + "…[truncated]"  # no value cut raw
    data["step"] = event.step
    if event.trace_id:
        data["trace_id"] = event.trace_id
    if event.duration_ms:
        data["duration_ms"] = event.duration_ms
    tenant = info.tenant if info.tenant is not None else event.data.get("tenant")
    return AuditEntry(
        kind=event.kind, data=redact_data(data, redactor), run_id=event.run_id,
        tenant=None if tenant is None else str(tenant), actor=redactor(_actor(event, info)), ts=event.ts,
    )


class AuditSubscriber:
    """An ``EventBus`` subscriber writing every run event to an ``AuditLog``. Thread-safe."""

    def __init__(self, log: AuditLog, *, redactor: Redactor = default_redactor, buffer: bool = True) -> None:
        self.log = log
        self.redactor = redactor
        self.buffer = buffer
        self._pending: list[AuditEntry] = []
        self._key: tuple[str, int] | None = None
        self._runs: dict[str, _RunInfo] = {}
        self._lock = threading.Lock()

    def __call__(self, event: RunEvent) -> None:
        with self._lock:
            info = self._runs.get(event.run_id)
            if info is None:
                info = self._runs[event.run_id] = (
                    _RunInfo() if event.kind == "run_started" else self._run_info(event.run_id))
            if event.kind == "run_started":
                tenant, user = event.data.get("tenant"), event.data.get("user")
                info.tenant = None if tenant is None else str(tenant)
                info.user = None if user is None else str(user)
            elif event.kind == "model_call" and event.data.get("model"):
                info.model = str(event.data["model"])
            key = (event.run_id, event.step)
            if self._key is not None and key != self._key:
                self._flush_locked()
            self._key = key
            self._pending.append(event_to_entry(event, info, self.redactor))
            if event.kind == "run_finished":
                self._runs.pop(event.run_id, None)
            if not self.buffer or event.kind in FLUSH_KINDS:
                self._flush_locked()

    def _run_info(self, run_id: str) -> _RunInfo:
        """Tenant, user and model of a run this process did not see start (it resumed after a pause or a
        crash), from the store's ``runs`` table when there is one."""
        from corral.store.sql import runs

        try:
            with self.log.engine.connect() as conn:
                row = conn.execute(
                    sa.select(runs.c.tenant, runs.c.user, runs.c.model).where(runs.c.id == run_id)).first()
        except sa.exc.SQLAlchemyError:  # no runs table: the log is used on its own
            return _RunInfo()
        return _RunInfo(*row) if row is not None else _RunInfo()

    def flush(self) -> None:
        """Write whatever is buffered."""
        with self._lock:
            self._flush_locked()

    close = flush

    def _flush_locked(self) -> None:
        if self._pending:
            entries, self._pending = self._pending, []
            self.log.append_many(entries)
        self._key = None
