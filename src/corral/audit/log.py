"""The append-only, hash-chained audit log.

Appends serialize on the ``audit_head`` row (``BEGIN IMMEDIATE`` on SQLite, ``SELECT ... FOR UPDATE`` on
PostgreSQL), so any number of processes writing to one database keep one chain. ``append_many`` writes a whole
batch in one transaction; that is how the subscriber reaches tens of thousands of records per second.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from corral.audit.anchor import default_anchor_path, write_anchor
from corral.audit.canonical import GENESIS_HASH, record_body
from corral.audit.tables import audit_head, audit_log, ensure_schema
from corral.errors import StoreError
from corral.store.db import is_postgres, make_engine

__all__ = ["AuditEntry", "AuditLog", "AuditRecord", "Head"]


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """What a caller appends; the log assigns ``seq`` and ``prev_hash``."""

    kind: str
    data: dict[str, Any]
    run_id: str | None = None
    tenant: str | None = None
    actor: str = "corral"
    ts: float = field(default_factory=time.time)


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """One stored record: its fields, its canonical body as stored and its hash."""

    seq: int
    ts: float
    run_id: str | None
    tenant: str | None
    actor: str
    kind: str
    data: dict[str, Any]
    prev_hash: str
    hash: str
    body: bytes

    @classmethod
    def from_row(cls, body: bytes, hash_: str) -> AuditRecord:
        rec = json.loads(body)
        return cls(
            seq=rec["seq"], ts=rec["ts"], run_id=rec["run_id"], tenant=rec["tenant"], actor=rec["actor"],
            kind=rec["kind"], data=rec["data"], prev_hash=rec["prev_hash"], hash=hash_, body=bytes(body),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq, "ts": self.ts, "run_id": self.run_id, "tenant": self.tenant, "actor": self.actor,
            "kind": self.kind, "data": self.data, "prev_hash": self.prev_hash, "hash": self.hash,
        }


@dataclass(frozen=True, slots=True)
class Head:
    seq: int
    hash: str


class AuditLog:
    """Append and read audit records in one database (SQLite or PostgreSQL)."""

    def __init__(self, engine: sa.Engine | None = None, *, create: bool = True, anchor_every: int | None = None,
                 anchor_path: Path | None = None) -> None:
        """``anchor_every=N`` writes the head to ``anchor_path`` (default ``default_anchor_path()``) each time the
        chain passes a multiple of N records, so a cut-off tail is caught without an operator remembering to
        run ``corral audit anchor``. Default: ``$CORRAL_AUDIT_ANCHOR_EVERY`` (0, off, when unset)."""
        self.engine = engine if engine is not None else make_engine()
        env = os.environ.get("CORRAL_AUDIT_ANCHOR_EVERY", "0")
        self.anchor_every = anchor_every if anchor_every is not None else (int(env) if env.isdigit() else 0)
        self.anchor_path = anchor_path
        self._pg = is_postgres(self.engine)
        mark = "%s" if self._pg else "?"
        self._insert_sql = (f"INSERT INTO audit_log (seq, ts, run_id, tenant, kind, body, hash) "
                            f"VALUES ({', '.join([mark] * 7)})")
        if create:
            ensure_schema(self.engine)

    # --- writing ---------------------------------------------------------------------------------------

    def append(self, entry: AuditEntry) -> AuditRecord:
        return self.append_many([entry])[0]

    def append_many(self, entries: Sequence[AuditEntry]) -> list[AuditRecord]:
        """Append ``entries`` in order, in one transaction. Returns the stored records."""
        if not entries:
            return []
        with self.engine.connect() as conn:
            if not self._pg:
                conn.exec_driver_sql("BEGIN IMMEDIATE")  # take the write lock before reading the head
            query = sa.select(audit_head.c.seq, audit_head.c.hash).where(audit_head.c.id == 1)
            row = conn.execute(query.with_for_update() if self._pg else query).first()
            if row is None:
                raise StoreError("the audit head row is missing: create the schema with AuditLog(engine) or ensure_schema(engine)")
            seq, prev = int(row[0]), str(row[1])
            records, rows = self._chain(entries, seq, prev)  # seq stays the head before this batch
            conn.exec_driver_sql(self._insert_sql, rows)  # plain DBAPI executemany: no per-row SQLAlchemy work
            last = records[-1]
            conn.execute(audit_head.update().where(audit_head.c.id == 1).values(seq=last.seq, hash=last.hash))
            conn.commit()
        if self.anchor_every > 0 and last.seq // self.anchor_every > seq // self.anchor_every:
            write_anchor(self.anchor_path or default_anchor_path(), last.seq, last.hash)
        return records

    @staticmethod
    def _chain(entries: Sequence[AuditEntry], seq: int, prev: str) -> tuple[list[AuditRecord], list[tuple[Any, ...]]]:
        records: list[AuditRecord] = []
        rows: list[tuple[Any, ...]] = []
        sha256 = hashlib.sha256
        for e in entries:
            seq += 1
            ts = float(e.ts)
            body = record_body(seq, ts, e.run_id, e.tenant, e.actor, e.kind, e.data, prev)
            digest = sha256(prev.encode("ascii") + body).hexdigest()
            records.append(AuditRecord(seq, ts, e.run_id, e.tenant, e.actor, e.kind, e.data, prev, digest, body))
            rows.append((seq, ts, e.run_id, e.tenant, e.kind, body, digest))
            prev = digest
        return records, rows

    # --- reading ---------------------------------------------------------------------------------------

    def head(self) -> Head:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(audit_head.c.seq, audit_head.c.hash).where(audit_head.c.id == 1)).first()
        return Head(int(row[0]), str(row[1])) if row is not None else Head(0, GENESIS_HASH)

    def records(
        self, *, run_id: str | None = None, kind: str | None = None, start: float | None = None,
        end: float | None = None,
    ) -> Iterator[AuditRecord]:
        """Records in seq order, filtered by run, kind and ``start <= ts < end``."""
        query = sa.select(audit_log.c.body, audit_log.c.hash).order_by(audit_log.c.seq)
        if run_id is not None:
            query = query.where(audit_log.c.run_id == run_id)
        if kind is not None:
            query = query.where(audit_log.c.kind == kind)
        if start is not None:
            query = query.where(audit_log.c.ts >= start)
        if end is not None:
            query = query.where(audit_log.c.ts < end)
        with self.engine.connect() as conn:
            result = conn.execution_options(yield_per=5000).execute(query)
            for body, digest in result:
                yield AuditRecord.from_row(bytes(body), digest)
