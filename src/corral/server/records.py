"""What the gateway reads and writes beside the runtime's store: escalations, tenant-scoped approval
queries, quorum votes, and the run's audit trail assembled from the records."""

from __future__ import annotations

import difflib
import json
import time
import uuid
from typing import Any

import sqlalchemy as sa

from corral.store.db import metadata
from corral.store.records import ApprovalRecord, RunRecord, StepRecord
from corral.store.sql import OPEN_APPROVAL_STATUSES, approval_votes, approvals, runs

__all__ = ["Records", "arguments_diff", "escalations"]

escalations = sa.Table(
    "escalations", metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("run_id", sa.String(64), sa.ForeignKey("runs.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("tenant", sa.String(128), nullable=False, index=True),
    sa.Column("approval_id", sa.String(64)),
    sa.Column("assignee", sa.String(128), nullable=False),
    sa.Column("note", sa.Text),
    sa.Column("created_by", sa.String(128), nullable=False),
    sa.Column("created_at", sa.Float, nullable=False),
)


def arguments_diff(proposed: dict[str, Any] | None, edited: dict[str, Any] | None) -> str:
    """A unified diff of the pretty JSON of the proposed and the edited arguments ('' when equal)."""
    if edited is None:
        return ""

    def pretty(obj: Any) -> list[str]:
        return json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False).splitlines()

    return "\n".join(difflib.unified_diff(pretty(proposed or {}), pretty(edited), "proposed", "edited",
                                          lineterm=""))


def _approval(row: Any) -> ApprovalRecord:
    m = row._mapping
    return ApprovalRecord(**{k: m[k] for k in ApprovalRecord.__dataclass_fields__ if k in m})


class Records:
    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        escalations.create(engine, checkfirst=True)

    def approvals(self, tenant: str, *, statuses: tuple[str, ...] | None = OPEN_APPROVAL_STATUSES,
                  limit: int = 100) -> list[tuple[ApprovalRecord, str, str]]:
        """(approval, agent, autonomy) of the tenant's runs ('*': all), newest first."""
        q = (sa.select(approvals, runs.c.agent, runs.c.autonomy).join(runs, runs.c.id == approvals.c.run_id)
             .order_by(approvals.c.created_at.desc()).limit(limit))
        if tenant != "*":
            q = q.where(runs.c.tenant == tenant)
        if statuses:
            q = q.where(approvals.c.status.in_(statuses))
        with self.engine.connect() as conn:
            return [(_approval(r), r.agent, r.autonomy) for r in conn.execute(q)]

    def votes(self, approval_id: str) -> list[dict[str, Any]]:
        q = approval_votes.select().where(approval_votes.c.approval_id == approval_id).order_by(
            approval_votes.c.created_at)
        with self.engine.connect() as conn:
            return [{"actor": r.actor, "reason": r.reason, "at": r.created_at} for r in conn.execute(q)]

    def escalate(self, run: RunRecord, *, assignee: str, note: str, actor: str,
                 approval_id: str | None) -> dict[str, Any]:
        row = {"id": uuid.uuid4().hex[:16], "run_id": run.id, "tenant": run.tenant, "approval_id": approval_id,
               "assignee": assignee, "note": note, "created_by": actor, "created_at": time.time()}
        with self.engine.begin() as conn:
            conn.execute(escalations.insert().values(**row))
        return row

    def escalations(self, tenant: str, run_id: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        q = escalations.select().order_by(escalations.c.created_at.desc()).limit(limit)
        if tenant != "*":
            q = q.where(escalations.c.tenant == tenant)
        if run_id:
            q = q.where(escalations.c.run_id == run_id)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def runs_by_status(self) -> dict[tuple[str, str], int]:
        q = sa.select(runs.c.agent, runs.c.status, sa.func.count()).group_by(runs.c.agent, runs.c.status)
        with self.engine.connect() as conn:
            return {(r[0], r[1]): int(r[2]) for r in conn.execute(q)}

    def audit(self, run: RunRecord, steps: list[StepRecord], approval_list: list[ApprovalRecord]) -> list[dict[str, Any]]:
        """Who did what, when: the run's start, every gate decision, approval, vote, escalation and undo."""
        out: list[dict[str, Any]] = [{"ts": run.created_at, "kind": "run_started", "actor": run.user,
                                      "data": {"agent": run.agent, "autonomy": run.autonomy, "tenant": run.tenant}}]
        for s in steps:
            if s.decision is not None:
                kind = "compensation" if s.kind == "compensation" else "decision"
                out.append({"ts": s.started_at, "kind": kind, "actor": s.annotations.get("actor", "corral"),
                            "data": {"step": s.idx, "tool": s.tool, "outcome": s.decision.get("outcome"),
                                     "reasons": s.decision.get("reasons", []), "status": s.status,
                                     "arguments": s.arguments}})
        for a in approval_list:
            out.append({"ts": a.created_at, "kind": "approval_requested", "actor": "corral",
                        "data": {"approval_id": a.id, "tool": a.tool, "reasons": a.reasons}})
            for v in self.votes(a.id):
                out.append({"ts": v["at"], "kind": "approval_vote", "actor": v["actor"],
                            "data": {"approval_id": a.id, "reason": v["reason"]}})
            if a.decided_at is not None:
                out.append({"ts": a.decided_at, "kind": f"approval_{a.status}", "actor": a.decided_by,
                            "data": {"approval_id": a.id, "reason": a.reason,
                                     "diff": arguments_diff(a.arguments, a.edited_arguments)}})
        for e in self.escalations(run.tenant, run.id):
            out.append({"ts": e["created_at"], "kind": "escalated", "actor": e["created_by"],
                        "data": {"assignee": e["assignee"], "note": e["note"], "approval_id": e["approval_id"]}})
        if run.finished_at is not None:
            out.append({"ts": run.finished_at, "kind": f"run_{run.status}", "actor": "corral",
                        "data": {"error": run.error}})
        return sorted(out, key=lambda r: r["ts"])
