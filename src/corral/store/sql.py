"""The Store interface and its two backends: SQL (SQLite by default, PostgreSQL via psycopg 3) and memory."""

from __future__ import annotations

import copy
import threading
import time
from dataclasses import fields
from typing import Any, Protocol, runtime_checkable

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from corral.errors import RunNotFound
from corral.store.db import make_engine, metadata
from corral.store.records import ApprovalRecord, RunRecord, StepRecord

__all__ = ["MemoryStore", "SqlStore", "Store", "approvals", "runs", "steps"]

runs = sa.Table(
    "runs", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("agent", sa.String(128), nullable=False, index=True),
    sa.Column("task", sa.Text, nullable=False),
    sa.Column("spec", sa.JSON, nullable=False),
    sa.Column("spec_path", sa.Text),
    sa.Column("model", sa.String(256), nullable=False, default=""),
    sa.Column("status", sa.String(32), nullable=False, index=True),
    sa.Column("autonomy", sa.String(32), nullable=False),
    sa.Column("tenant", sa.String(128), nullable=False, index=True),
    sa.Column("user", sa.String(128), nullable=False),
    sa.Column("trace_id", sa.String(32), nullable=False),
    sa.Column("steps", sa.Integer, nullable=False, default=0),
    sa.Column("cost_usd", sa.Float, nullable=False, default=0.0),
    sa.Column("tokens_in", sa.Integer, nullable=False, default=0),
    sa.Column("tokens_out", sa.Integer, nullable=False, default=0),
    sa.Column("result", sa.Text),
    sa.Column("error", sa.JSON),
    sa.Column("created_at", sa.Float, nullable=False, index=True),
    sa.Column("updated_at", sa.Float, nullable=False),
    sa.Column("finished_at", sa.Float),
)

steps = sa.Table(
    "steps", metadata,
    sa.Column("run_id", sa.String(64), sa.ForeignKey("runs.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("idx", sa.Integer, primary_key=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("status", sa.String(32), nullable=False),
    sa.Column("tool", sa.String(128), index=True),
    sa.Column("tool_version", sa.String(64)),
    sa.Column("arguments", sa.JSON),
    sa.Column("text", sa.Text),
    sa.Column("decision", sa.JSON),
    sa.Column("annotations", sa.JSON),
    sa.Column("result", sa.JSON),
    sa.Column("result_summary", sa.Text),
    sa.Column("error", sa.JSON),
    sa.Column("idempotency_key", sa.String(128)),
    sa.Column("model", sa.String(256)),
    sa.Column("tokens_in", sa.Integer, nullable=False, default=0),
    sa.Column("tokens_out", sa.Integer, nullable=False, default=0),
    sa.Column("cost_usd", sa.Float, nullable=False, default=0.0),
    sa.Column("repairs", sa.Integer, nullable=False, default=0),
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
    sa.Column("started_at", sa.Float, nullable=False),
    sa.Column("duration_ms", sa.Float, nullable=False, default=0.0),
)

approvals = sa.Table(
    "approvals", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("run_id", sa.String(64), sa.ForeignKey("runs.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("step_idx", sa.Integer, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("tool", sa.String(128)),
    sa.Column("arguments", sa.JSON),
    sa.Column("reasons", sa.JSON, nullable=False),
    sa.Column("status", sa.String(16), nullable=False, index=True),
    sa.Column("decided_by", sa.String(128)),
    sa.Column("reason", sa.Text),
    sa.Column("edited_arguments", sa.JSON),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("decided_at", sa.Float),
    sa.Column("expires_at", sa.Float),
)


@runtime_checkable
class Store(Protocol):
    def create_run(self, run: RunRecord) -> None: ...
    def get_run(self, run_id: str) -> RunRecord: ...
    def find_run(self, id_or_prefix: str) -> RunRecord: ...
    def list_runs(self, *, limit: int = 50, status: str | None = None, agent: str | None = None,
                  tenant: str | None = None) -> list[RunRecord]: ...
    def update_run(self, run_id: str, **values: Any) -> None: ...
    def save_step(self, step: StepRecord, *, run_update: dict[str, Any] | None = None) -> None: ...
    def list_steps(self, run_id: str) -> list[StepRecord]: ...
    def get_step(self, run_id: str, idx: int) -> StepRecord | None: ...
    def create_approval(self, approval: ApprovalRecord) -> None: ...
    def get_approval(self, approval_id: str) -> ApprovalRecord: ...
    def pending_approval(self, run_id: str) -> ApprovalRecord | None: ...
    def list_approvals(self, *, status: str | None = "pending", run_id: str | None = None) -> list[ApprovalRecord]: ...
    def decide_approval(self, approval_id: str, status: str, *, actor: str, reason: str | None = None,
                        edited_arguments: dict[str, Any] | None = None, expect: str = "pending") -> bool: ...


def _record(cls: type[Any], row: Any) -> Any:
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in row._mapping.items() if k in names})


class SqlStore:
    """Runs, steps and approvals in SQL. ``decide_approval`` is a compare-and-set, so two approvers racing
    on one approval cannot both win."""

    def __init__(self, engine: sa.Engine | None = None, *, url: str | None = None, create: bool = True) -> None:
        self.engine = engine or make_engine(url)
        self._upserts: dict[str, Any] = {}
        if create:
            metadata.create_all(self.engine)

    def _upsert(self, table: sa.Table, keys: tuple[str, ...]) -> Any:
        """INSERT .. ON CONFLICT DO UPDATE of every column, built once per table (SQLite and PostgreSQL
        share the syntax) and executed with parameters, so SQLAlchemy's compiled cache always hits."""
        cached = self._upserts.get(table.name)
        if cached is None:
            dialect = postgresql if self.engine.dialect.name == "postgresql" else sqlite
            stmt = dialect.insert(table)
            update = {c.name: stmt.excluded[c.name] for c in table.columns if c.name not in keys}
            cached = self._upserts[table.name] = stmt.on_conflict_do_update(index_elements=list(keys), set_=update)
        return cached

    def create_run(self, run: RunRecord) -> None:
        with self.engine.begin() as conn:
            conn.execute(runs.insert().values(**run.to_dict()))

    def get_run(self, run_id: str) -> RunRecord:
        with self.engine.connect() as conn:
            row = conn.execute(runs.select().where(runs.c.id == run_id)).first()
        if row is None:
            raise RunNotFound(f"no run {run_id!r}", hint="list runs with `corral runs`").with_context(run_id=run_id)
        return _record(RunRecord, row)  # type: ignore[no-any-return]

    def find_run(self, id_or_prefix: str) -> RunRecord:
        prefix = id_or_prefix.strip()
        if not prefix:
            raise RunNotFound("an empty run id matches nothing")
        with self.engine.connect() as conn:
            found = conn.execute(runs.select().where(runs.c.id.startswith(prefix, autoescape=True)).limit(2)).all()
        if not found:
            raise RunNotFound(f"no run matches {prefix!r}", hint="list runs with `corral runs`")
        if len(found) > 1:
            raise RunNotFound(f"{prefix!r} matches more than one run; give more characters of the id")
        return _record(RunRecord, found[0])  # type: ignore[no-any-return]

    def list_runs(self, *, limit: int = 50, status: str | None = None, agent: str | None = None,
                  tenant: str | None = None) -> list[RunRecord]:
        q = runs.select().order_by(runs.c.created_at.desc()).limit(limit)
        if status:
            q = q.where(runs.c.status == status)
        if agent:
            q = q.where(runs.c.agent == agent)
        if tenant:
            q = q.where(runs.c.tenant == tenant)
        with self.engine.connect() as conn:
            return [_record(RunRecord, r) for r in conn.execute(q)]

    def update_run(self, run_id: str, **values: Any) -> None:
        values.setdefault("updated_at", time.time())
        with self.engine.begin() as conn:
            conn.execute(runs.update().where(runs.c.id == run_id).values(**values))

    def save_step(self, step: StepRecord, *, run_update: dict[str, Any] | None = None) -> None:
        """Upsert the step; ``run_update`` updates the run's row in the same transaction."""
        with self.engine.begin() as conn:
            conn.execute(self._upsert(steps, ("run_id", "idx")), step.to_dict())
            if run_update:
                conn.execute(runs.update().where(runs.c.id == step.run_id).values(updated_at=time.time(),
                                                                                   **run_update))

    def get_step(self, run_id: str, idx: int) -> StepRecord | None:
        with self.engine.connect() as conn:
            row = conn.execute(steps.select().where(steps.c.run_id == run_id, steps.c.idx == idx)).first()
        return None if row is None else _record(StepRecord, row)  # type: ignore[no-any-return]

    def list_steps(self, run_id: str) -> list[StepRecord]:
        with self.engine.connect() as conn:
            rows = conn.execute(steps.select().where(steps.c.run_id == run_id).order_by(steps.c.idx))
            return [_record(StepRecord, r) for r in rows]

    def create_approval(self, approval: ApprovalRecord) -> None:
        with self.engine.begin() as conn:
            conn.execute(self._upsert(approvals, ("id",)), approval.to_dict())

    def get_approval(self, approval_id: str) -> ApprovalRecord:
        with self.engine.connect() as conn:
            row = conn.execute(approvals.select().where(approvals.c.id == approval_id)).first()
        if row is None:
            raise RunNotFound(f"no approval {approval_id!r}")
        return _record(ApprovalRecord, row)  # type: ignore[no-any-return]

    def pending_approval(self, run_id: str) -> ApprovalRecord | None:
        found = self.list_approvals(status="pending", run_id=run_id)
        return found[-1] if found else None

    def list_approvals(self, *, status: str | None = "pending", run_id: str | None = None) -> list[ApprovalRecord]:
        q = approvals.select().order_by(approvals.c.created_at)
        if status:
            q = q.where(approvals.c.status == status)
        if run_id:
            q = q.where(approvals.c.run_id == run_id)
        with self.engine.connect() as conn:
            return [_record(ApprovalRecord, r) for r in conn.execute(q)]

    def decide_approval(self, approval_id: str, status: str, *, actor: str, reason: str | None = None,
                        edited_arguments: dict[str, Any] | None = None, expect: str = "pending") -> bool:
        with self.engine.begin() as conn:
            res = conn.execute(
                approvals.update()
                .where(approvals.c.id == approval_id, approvals.c.status == expect)
                .values(status=status, decided_by=actor, reason=reason, edited_arguments=edited_arguments,
                        decided_at=time.time())
            )
            return bool(res.rowcount == 1)


class MemoryStore:
    """Everything in dicts: for runs with persistence off, and fast unit tests of the loop."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._runs: dict[str, RunRecord] = {}
        self._steps: dict[str, dict[int, StepRecord]] = {}
        self._approvals: dict[str, ApprovalRecord] = {}

    def create_run(self, run: RunRecord) -> None:
        with self._lock:
            self._runs[run.id] = copy.deepcopy(run)

    def get_run(self, run_id: str) -> RunRecord:
        with self._lock:
            if run_id not in self._runs:
                raise RunNotFound(f"no run {run_id!r}").with_context(run_id=run_id)
            return copy.deepcopy(self._runs[run_id])

    def find_run(self, id_or_prefix: str) -> RunRecord:
        with self._lock:
            found = [r for k, r in self._runs.items() if id_or_prefix and k.startswith(id_or_prefix)]
        if len(found) != 1:
            raise RunNotFound(f"{'no run' if not found else 'more than one run'} matches {id_or_prefix!r}")
        return copy.deepcopy(found[0])

    def list_runs(self, *, limit: int = 50, status: str | None = None, agent: str | None = None,
                  tenant: str | None = None) -> list[RunRecord]:
        with self._lock:
            out = [r for r in self._runs.values()
                   if (not status or r.status == status) and (not agent or r.agent == agent)
                   and (not tenant or r.tenant == tenant)]
        return copy.deepcopy(sorted(out, key=lambda r: r.created_at, reverse=True)[:limit])

    def update_run(self, run_id: str, **values: Any) -> None:
        values.setdefault("updated_at", time.time())
        with self._lock:
            run = self._runs[run_id]
            for k, v in values.items():
                setattr(run, k, v)

    def save_step(self, step: StepRecord, *, run_update: dict[str, Any] | None = None) -> None:
        with self._lock:
            self._steps.setdefault(step.run_id, {})[step.idx] = copy.copy(step)
        if run_update:
            self.update_run(step.run_id, **run_update)

    def get_step(self, run_id: str, idx: int) -> StepRecord | None:
        with self._lock:
            step = self._steps.get(run_id, {}).get(idx)
            return copy.copy(step) if step is not None else None

    def list_steps(self, run_id: str) -> list[StepRecord]:
        with self._lock:
            return copy.deepcopy([s for _, s in sorted(self._steps.get(run_id, {}).items())])

    def create_approval(self, approval: ApprovalRecord) -> None:
        with self._lock:
            self._approvals[approval.id] = copy.deepcopy(approval)

    def get_approval(self, approval_id: str) -> ApprovalRecord:
        with self._lock:
            if approval_id not in self._approvals:
                raise RunNotFound(f"no approval {approval_id!r}")
            return copy.deepcopy(self._approvals[approval_id])

    def pending_approval(self, run_id: str) -> ApprovalRecord | None:
        found = self.list_approvals(status="pending", run_id=run_id)
        return found[-1] if found else None

    def list_approvals(self, *, status: str | None = "pending", run_id: str | None = None) -> list[ApprovalRecord]:
        with self._lock:
            out = [a for a in self._approvals.values()
                   if (not status or a.status == status) and (not run_id or a.run_id == run_id)]
        return copy.deepcopy(sorted(out, key=lambda a: a.created_at))

    def decide_approval(self, approval_id: str, status: str, *, actor: str, reason: str | None = None,
                        edited_arguments: dict[str, Any] | None = None, expect: str = "pending") -> bool:
        with self._lock:
            a = self._approvals.get(approval_id)
            if a is None or a.status != expect:
                return False
            a.status, a.decided_by, a.reason = status, actor, reason
            a.edited_arguments, a.decided_at = edited_arguments, time.time()
            return True
