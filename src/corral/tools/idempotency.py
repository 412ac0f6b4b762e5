"""Idempotency for write tools: one key per logical call, one ledger row per key, one execution per key.

The key is ``sha256`` of the RFC 8785 canonical JSON of ``{run, step, tool, arguments}``, so a retry, a
replayed step or a run resumed after a crash computes the same key; the tool sees it as
``ToolContext.idempotency_key`` and can pass it on to an upstream API that deduplicates too.

The ledger (table ``corral_tool_ledger`` via ``SqlLedger``; ``MemoryLedger`` for runs without
persistence) holds one row per key. A caller first inserts ``pending``
(the primary key makes that a lock: of two concurrent callers exactly one inserts), runs the tool,
then records ``done`` with the result (``failed`` with the error; a timed-out call stays ``pending``,
since it may still be running). A caller that finds ``done`` returns the recorded result with
``replayed=True`` instead of acting again; one that finds ``pending`` waits for the owner to finish. A
``failed`` row, or a ``pending`` row older than ``stale_after_s`` (its owner crashed), is taken over with
a compare-and-set on the owner, and the tool runs again under the same key. Results are stored as JSON:
a replay returns the JSON form of what the tool returned.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import threading
import time
import uuid
import weakref
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Protocol, runtime_checkable

import rfc8785
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from corral.errors import StoreError, ToolExecutionError, ToolTimeout
from corral.store.db import metadata
from corral.tools.proxy import Next, ToolInvocation, ToolOutcome

__all__ = ["Idempotency", "Ledger", "LedgerEntry", "MemoryLedger", "SqlLedger", "idempotency_key", "ledger_table"]

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
    """One ledger row; ``result`` is the recorded result as JSON text (None until done)."""

    key: str
    tool: str
    run_id: str
    step: int
    status: str  # pending | done | failed
    owner: str
    result: str | None
    error: str | None
    updated_at: float

    @property
    def value(self) -> Any:
        return json.loads(self.result) if self.result is not None else None


@runtime_checkable
class Ledger(Protocol):
    """Where idempotency records live. ``insert`` must be atomic (exactly one of concurrent inserts of a
    key wins); ``take_over`` and ``finish`` are compare-and-set on the owner."""

    def insert(self, entry: LedgerEntry) -> bool: ...
    def get(self, key: str) -> LedgerEntry | None: ...
    def take_over(self, key: str, old_owner: str, old_status: str, owner: str, now: float) -> bool: ...
    def finish(self, key: str, owner: str, status: str, result: str | None, error: str | None,
               now: float) -> None: ...


def _unavailable(exc: Exception) -> StoreError:
    return StoreError(f"the idempotency ledger is unavailable ({type(exc).__name__}); the write did not run",
                      hint="check the database; the call can be retried under the same key")


class SqlLedger:
    """The ledger as a table on SQLite or PostgreSQL; the primary key on ``key`` is the lock. Database
    failures become ``StoreError`` (the runtime records them; a write is never run without its row)."""

    def __init__(self, engine: sa.Engine, *, create: bool = True) -> None:
        self.engine = engine
        if create and engine not in _ledger_ready:
            ledger_table.create(engine, checkfirst=True)
            _ledger_ready.add(engine)

    def insert(self, entry: LedgerEntry) -> bool:
        try:
            with self.engine.begin() as conn:
                conn.execute(ledger_table.insert().values(
                    key=entry.key, tool=entry.tool, run_id=entry.run_id, step=entry.step, status=entry.status,
                    owner=entry.owner, result=entry.result, error=entry.error, created_at=entry.updated_at,
                    updated_at=entry.updated_at,
                ))
        except IntegrityError:
            return False
        except sa.exc.SQLAlchemyError as exc:
            raise _unavailable(exc) from None
        return True

    def get(self, key: str) -> LedgerEntry | None:
        c = ledger_table.c
        try:
            with self.engine.connect() as conn:
                row = conn.execute(
                    sa.select(c.key, c.tool, c.run_id, c.step, c.status, c.owner, c.result, c.error,
                              c.updated_at).where(c.key == key)
                ).first()
        except sa.exc.SQLAlchemyError as exc:
            raise _unavailable(exc) from None
        return LedgerEntry(*row) if row is not None else None

    def take_over(self, key: str, old_owner: str, old_status: str, owner: str, now: float) -> bool:
        c = ledger_table.c
        try:
            with self.engine.begin() as conn:
                res = conn.execute(
                    ledger_table.update().where(c.key == key, c.owner == old_owner, c.status == old_status)
                    .values(status="pending", owner=owner, error=None, updated_at=now)
                )
        except sa.exc.SQLAlchemyError as exc:
            raise _unavailable(exc) from None
        return res.rowcount == 1

    def finish(self, key: str, owner: str, status: str, result: str | None, error: str | None,
               now: float) -> None:
        c = ledger_table.c
        try:
            with self.engine.begin() as conn:
                conn.execute(ledger_table.update().where(c.key == key, c.owner == owner)
                             .values(status=status, result=result, error=error, updated_at=now))
        except sa.exc.SQLAlchemyError as exc:
            # the tool has acted but its result is not recorded: the row stays pending, and a repeat of
            # the call waits, then takes over after stale_after_s under the same key
            raise StoreError(f"the idempotency ledger could not record the result ({type(exc).__name__})",
                             hint="the write ran; a repeat reuses its idempotency key") from None


class MemoryLedger:
    """The ledger in a dict, for runs without persistence: it protects retries and replays within this
    process only."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rows: dict[str, LedgerEntry] = {}

    def insert(self, entry: LedgerEntry) -> bool:
        with self._lock:
            if entry.key in self._rows:
                return False
            self._rows[entry.key] = entry
            return True

    def get(self, key: str) -> LedgerEntry | None:
        with self._lock:
            return self._rows.get(key)

    def take_over(self, key: str, old_owner: str, old_status: str, owner: str, now: float) -> bool:
        with self._lock:
            row = self._rows.get(key)
            if row is None or row.owner != old_owner or row.status != old_status:
                return False
            self._rows[key] = replace(row, status="pending", owner=owner, error=None, updated_at=now)
            return True

    def finish(self, key: str, owner: str, status: str, result: str | None, error: str | None,
               now: float) -> None:
        with self._lock:
            row = self._rows.get(key)
            if row is not None and row.owner == owner:
                self._rows[key] = replace(row, status=status, result=result, error=error, updated_at=now)


@dataclass(frozen=True, slots=True)
class _Claim:
    owner: str | None  # set: we run the tool; None: ``replay`` holds the recorded result
    replay: Any = None


class Idempotency:
    """Gives every write call its key and runs it at most once per key (see the module docstring).

    ``ledger`` is a ``Ledger`` or an engine (wrapped in ``SqlLedger``). Read tools pass straight through.
    ``wait_s`` bounds how long a caller waits for a concurrent owner of the same key before giving up with
    a retryable error; ``stale_after_s`` should exceed the longest tool timeout, since a pending row older
    than that is presumed orphaned and taken over."""

    name = "idempotency"

    def __init__(
        self,
        ledger: Ledger | sa.Engine,
        *,
        wait_s: float = 10.0,
        poll_s: float = 0.02,
        stale_after_s: float = 120.0,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.ledger: Ledger = SqlLedger(ledger) if isinstance(ledger, sa.Engine) else ledger
        self.wait_s = wait_s
        self.poll_s = poll_s
        self.stale_after_s = stale_after_s
        self._clock = clock
        self._sleep = sleep

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
        except ToolTimeout:
            # the attempt may still be running in a worker thread: leave the row pending, so a repeat
            # waits, and only takes over once the row is stale_after_s old
            raise
        except BaseException as exc:
            error = f"{type(exc).__name__}: {exc}"[:2000]
            with contextlib.suppress(StoreError):  # the tool's own error is the one to report
                self.ledger.finish(key, claim.owner, "failed", None, error, self._clock())
            raise
        outcome.notes["idempotency_key"] = key
        try:
            self.ledger.finish(key, claim.owner, "done", json.dumps(outcome.result, default=str), None,
                               self._clock())
        except StoreError:
            # the write happened: hand its result on rather than lose it; the row stays pending
            outcome.notes["idempotency_unrecorded"] = True
        return outcome

    def entry(self, key: str) -> LedgerEntry | None:
        """The ledger row for ``key``, for inspection and tests."""
        return self.ledger.get(key)

    def _claim(self, key: str, inv: ToolInvocation) -> _Claim:
        give_up_at = self._clock() + self.wait_s
        while True:
            owner = uuid.uuid4().hex
            entry = LedgerEntry(key, inv.tool.name, inv.context.run_id, inv.context.step, "pending", owner,
                                None, None, self._clock())
            if self.ledger.insert(entry):
                return _Claim(owner)
            row = self.ledger.get(key)
            if row is None:
                continue  # deleted in between: try to insert again
            if row.status == "done":
                return _Claim(None, row.value)
            orphaned = row.status == "pending" and self._clock() - row.updated_at > self.stale_after_s
            if (row.status == "failed" or orphaned) and self.ledger.take_over(
                    key, row.owner, row.status, owner, self._clock()):
                return _Claim(owner)
            if self._clock() >= give_up_at:
                raise ToolExecutionError(
                    f"{inv.tool.name}: the same call (idempotency key {key[:12]}…) is still running elsewhere",
                    retryable=True,
                    hint="another worker owns this call; it is retried once that worker finishes or times out",
                ).with_context(tool=inv.tool.name, run_id=inv.context.run_id, step=inv.context.step)
            self._sleep(self.poll_s)
