"""Idempotency for write tools: one key per logical call, one ledger row per key, one execution per key.

The key is ``sha256`` of the RFC 8785 canonical JSON of ``{run, step, tool, arguments}``, so a retry, a
replayed step or a run resumed after a crash computes the same key; the tool sees it as
``ToolContext.idempotency_key`` and can pass it on to an upstream API that deduplicates too.

The ledger (table ``corral_tool_ledger``) holds one row per key. A caller first inserts ``pending``
(the primary key makes that a lock: of two concurrent callers exactly one inserts), runs the tool,
then records ``done`` with the result. A caller that finds ``done`` returns the recorded result with
``replayed=True`` instead of acting again; one that finds ``pending`` waits for the owner to finish. A
``failed`` row, or a ``pending`` row older than ``stale_after_s`` (its owner crashed), is taken over with
a compare-and-set on the owner, and the tool runs again under the same key. Results are stored as JSON:
a replay returns the JSON form of what the tool returned.
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import rfc8785
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from corral.errors import ToolExecutionError
from corral.store.db import metadata
from corral.tools.proxy import Next, ToolInvocation, ToolOutcome

__all__ = ["Idempotency", "LedgerEntry", "idempotency_key", "ledger_table"]

ledger_table = sa.Table(
    "corral_tool_ledger",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("tool", sa.String(200), nullable=False),
    sa.Column("run_id", sa.String(200), nullable=False, index=True),
    sa.Column("step", sa.Integer, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),  # pending | done | failed
    sa.Column("owner", sa.String(32), nullable=False),
    sa.Column("result", sa.Text, nullable=True),
    sa.Column("error", sa.Text, nullable=True),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("updated_at", sa.Float, nullable=False),
)


_ledger_ready: weakref.WeakSet[sa.Engine] = weakref.WeakSet()  # engines whose ledger table exists


def idempotency_key(run_id: str, step: int, tool: str, arguments: dict[str, Any]) -> str:
    """The key of one logical write call: stable across retries, replays and processes."""
    doc: Any = {"run": run_id, "step": step, "tool": tool, "arguments": arguments}
    try:
        canonical = rfc8785.dumps(doc)
    except (rfc8785.CanonicalizationError, TypeError):
        # outside I-JSON (huge integers, NaN, non-JSON values): sorted keys are still deterministic
        canonical = json.dumps(doc, sort_keys=True, separators=(",", ":"), default=repr).encode()
    return hashlib.sha256(canonical).hexdigest()


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    key: str
    tool: str
    run_id: str
    step: int
    status: str
    result: Any
    error: str | None


@dataclass(frozen=True, slots=True)
class _Claim:
    owner: str | None  # set: we run the tool; None: ``replay`` holds the recorded result
    replay: Any = None


class Idempotency:
    """Gives every write call its key and runs it at most once per key (see the module docstring).

    Read tools pass straight through. ``wait_s`` bounds how long a caller waits for a concurrent owner of
    the same key before giving up with a retryable error; ``stale_after_s`` should exceed the longest
    tool timeout, since a pending row older than that is presumed orphaned and taken over."""

    name = "idempotency"

    def __init__(
        self,
        engine: sa.Engine,
        *,
        create: bool = True,
        wait_s: float = 10.0,
        poll_s: float = 0.02,
        stale_after_s: float = 120.0,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.engine = engine
        self.wait_s = wait_s
        self.poll_s = poll_s
        self.stale_after_s = stale_after_s
        self._clock = clock
        self._sleep = sleep
        if create and engine not in _ledger_ready:
            ledger_table.create(engine, checkfirst=True)
            _ledger_ready.add(engine)

    def __call__(self, inv: ToolInvocation, call_next: Next) -> ToolOutcome:
        if not inv.tool.contract.is_write:
            return call_next(inv)
        key = inv.context.idempotency_key or idempotency_key(
            inv.context.run_id, inv.context.step, inv.tool.name, inv.arguments
        )
        claim = self._claim(key, inv)
        if claim.owner is None:
            return ToolOutcome(claim.replay, attempts=0, replayed=True, notes={"idempotency_key": key})
        try:
            outcome = call_next(inv.with_context(idempotency_key=key))
        except BaseException as exc:
            self._finish(key, claim.owner, status="failed", error=f"{type(exc).__name__}: {exc}"[:2000])
            raise
        self._finish(key, claim.owner, status="done", result=json.dumps(outcome.result, default=str))
        outcome.notes["idempotency_key"] = key
        return outcome

    def entry(self, key: str) -> LedgerEntry | None:
        """The ledger row for ``key``, for inspection and tests."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(ledger_table).where(ledger_table.c.key == key)).mappings().first()
        if row is None:
            return None
        result = json.loads(row["result"]) if row["result"] is not None else None
        return LedgerEntry(row["key"], row["tool"], row["run_id"], row["step"], row["status"], result, row["error"])

    def _claim(self, key: str, inv: ToolInvocation) -> _Claim:
        give_up_at = self._clock() + self.wait_s
        while True:
            owner = uuid.uuid4().hex
            if self._insert(key, owner, inv):
                return _Claim(owner)
            with self.engine.connect() as conn:
                row = conn.execute(
                    sa.select(ledger_table.c.status, ledger_table.c.owner, ledger_table.c.result,
                              ledger_table.c.updated_at).where(ledger_table.c.key == key)
                ).first()
            if row is None:
                continue  # deleted in between: try to insert again
            status, old_owner, result, updated_at = row
            if status == "done":
                return _Claim(None, json.loads(result) if result is not None else None)
            orphaned = status == "pending" and self._clock() - updated_at > self.stale_after_s
            if (status == "failed" or orphaned) and self._take_over(key, old_owner, status, owner):
                return _Claim(owner)
            if self._clock() >= give_up_at:
                raise ToolExecutionError(
                    f"{inv.tool.name}: the same call (idempotency key {key[:12]}…) is still running elsewhere",
                    retryable=True,
                    hint="another worker owns this call; it is retried once that worker finishes or times out",
                ).with_context(tool=inv.tool.name, run_id=inv.context.run_id, step=inv.context.step)
            self._sleep(self.poll_s)

    def _insert(self, key: str, owner: str, inv: ToolInvocation) -> bool:
        now = self._clock()
        try:
            with self.engine.begin() as conn:
                conn.execute(ledger_table.insert().values(
                    key=key, tool=inv.tool.name, run_id=inv.context.run_id, step=inv.context.step,
                    status="pending", owner=owner, created_at=now, updated_at=now,
                ))
        except IntegrityError:
            return False
        return True

    def _take_over(self, key: str, old_owner: str, old_status: str, owner: str) -> bool:
        with self.engine.begin() as conn:
            res = conn.execute(
                ledger_table.update()
                .where(ledger_table.c.key == key, ledger_table.c.owner == old_owner,
                       ledger_table.c.status == old_status)
                .values(status="pending", owner=owner, error=None, updated_at=self._clock())
            )
        return res.rowcount == 1

    def _finish(self, key: str, owner: str, *, status: str, result: str | None = None,
                error: str | None = None) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                ledger_table.update()
                .where(ledger_table.c.key == key, ledger_table.c.owner == owner)
                .values(status=status, result=result, error=error, updated_at=self._clock())
            )
