"""Verify the whole chain in one streaming pass and name the first broken record.

For every row, in seq order, the verifier checks: seq is the next number (a gap means records were removed);
``sha256(previous hash + stored body)`` equals the stored hash (the content is unchanged and linked to its
predecessor); the body's own ``seq`` and ``prev_hash`` and the query columns (run_id, tenant, kind, ts) agree
with the row. Then it compares the tail with the head marker and, when given, the latest external anchor:
a record that an anchor names must still exist with the anchored hash.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable
from dataclasses import dataclass
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any

import sqlalchemy as sa

from corral.audit.anchor import Anchor
from corral.audit.canonical import GENESIS_HASH, chain_hash
from corral.audit.tables import audit_head
from corral.errors import StoreError

__all__ = ["Broken", "VerifyReport", "verify"]

_BATCH = 20_000
_enc: Any = encode_basestring  # the C encoder json.dumps(ensure_ascii=False) uses


@dataclass(frozen=True, slots=True)
class Broken:
    """The first record that fails verification and why."""

    seq: int
    reason: str


@dataclass(frozen=True, slots=True)
class VerifyReport:
    ok: bool
    records: int
    last_seq: int
    last_hash: str
    broken: Broken | None
    anchor: Anchor | None
    elapsed_s: float


def _diagnose(seq: int, body: bytes, stored: str, prev: str) -> str:
    try:
        rec = json.loads(body)
        claimed_prev = rec["prev_hash"]
    except (ValueError, KeyError, TypeError):
        return "record body is not a valid audit record (edited)"
    if claimed_prev != prev:
        if chain_hash(claimed_prev, body) == stored:
            return (f"record does not link to record {seq - 1}: its prev_hash differs "
                    f"(record {seq - 1} was changed, or records were reordered, inserted or removed)")
        return f"record content and link do not match its hash (edited; does not link to record {seq - 1})"
    return "record content does not match its hash (edited)"


def _suffix(row: tuple[Any, ...], prev: str) -> bytes:
    """The canonical body's bytes after ``data``: sorted keys put kind, prev_hash, run_id, seq, tenant, ts last.

    Comparing them with the stored body checks the columns and the body's own seq and prev_hash without
    parsing the JSON (the body itself is authenticated by its hash).
    """
    seq, ts, run_id, tenant, kind = row[:5]
    return (
        f',"kind":{_enc(kind)},"prev_hash":"{prev}","run_id":{_opt(run_id)},"seq":{seq},'
        f'"tenant":{_opt(tenant)},"ts":{float.__repr__(ts)}}}'
    ).encode()


def _opt(value: str | None) -> str:
    return "null" if value is None else _enc(value)


def _field_problem(body: bytes, row: tuple[Any, ...], prev: str) -> str:
    """Why the body's tail disagrees with the row (slow path, only once a mismatch is known)."""
    try:
        rec = json.loads(body)
    except ValueError:
        return "record body is not valid JSON"
    seq, ts, run_id, tenant, kind = row[:5]
    if rec.get("seq") != seq:
        return f"body says seq {rec.get('seq')!r} but the row is seq {seq} (reordered)"
    if rec.get("prev_hash") != prev:
        return "body's prev_hash does not match the previous record's hash"
    for name, value in (("run_id", run_id), ("tenant", tenant), ("kind", kind), ("ts", ts)):
        if rec.get(name) != value:
            return f"column {name} ({value!r}) does not match the hashed record ({rec.get(name)!r})"
    return "record is not in canonical form"


class _Checker:
    """Streams rows through the checks; keeps the running link and what the anchors expect."""

    def __init__(self, anchors: list[tuple[str, Anchor]]) -> None:
        self.expected = 1
        self.prev = GENESIS_HASH
        self.prev_b = GENESIS_HASH.encode("ascii")
        self.anchors: dict[int, list[tuple[str, Anchor]]] = {}
        for label, anchor in anchors:
            if anchor.seq > 0:
                self.anchors.setdefault(anchor.seq, []).append((label, anchor))

    def feed(self, rows: Iterable[tuple[Any, ...]]) -> Broken | None:
        sha256 = hashlib.sha256
        expected, prev, prev_b = self.expected, self.prev, self.prev_b
        try:
            for row in rows:
                seq, body, stored = row[0], row[5], row[6]
                if seq != expected:
                    return Broken(expected, f"record {expected} is missing (the next stored record is {seq})")
                if type(body) is not bytes:
                    body = bytes(body)
                if sha256(prev_b + body).hexdigest() != stored:
                    return Broken(seq, _diagnose(seq, body, stored, prev))
                if not body.endswith(_suffix(row, prev)):
                    return Broken(seq, _field_problem(body, row, prev))
                for label, anchor in self.anchors.get(seq, ()):
                    if anchor.hash != stored:
                        return Broken(seq, f"hash differs from the {label} for seq {seq} (history rewritten)")
                prev, prev_b, expected = stored, stored.encode("ascii"), expected + 1
        finally:
            self.expected, self.prev, self.prev_b = expected, prev, prev_b
        return None

    def finish(self, head_after: int | None) -> Broken | None:
        last = self.expected - 1
        for seq in sorted(self.anchors):
            for label, anchor in self.anchors[seq]:
                if anchor.seq > last:
                    return Broken(last + 1,
                                  f"tail truncated: the {label} names seq {anchor.seq}, the chain ends at {last}")
        if head_after is not None and last > head_after:
            return Broken(head_after + 1, f"records after seq {head_after} were added outside the audit log")
        return None


def _read_head(conn: sa.Connection) -> Anchor | None:
    row = conn.execute(sa.select(audit_head.c.seq, audit_head.c.hash).where(audit_head.c.id == 1)).first()
    return Anchor(int(row[0]), str(row[1])) if row is not None else None


_SELECT = "SELECT seq, ts, run_id, tenant, kind, body, hash FROM audit_log ORDER BY seq"


def _stream(conn: sa.Connection, checker: _Checker) -> Broken | None:
    """Feed every row to ``checker`` through the DBAPI cursor (server-side on PostgreSQL), skipping
    SQLAlchemy's per-row processing: the verifier's cost is then fetching plus one sha256 per row."""
    raw: Any = conn.connection.dbapi_connection
    if conn.dialect.name == "postgresql":
        cur = raw.cursor(name="corral_audit_verify")
        cur.itersize = _BATCH
    else:
        cur = raw.cursor()
    try:
        cur.execute(_SELECT)
        while part := cur.fetchmany(_BATCH):
            broken = checker.feed(part)
            if broken is not None:
                return broken
    finally:
        cur.close()
    return None


def verify(engine: sa.Engine, *, anchor: Anchor | None = None) -> VerifyReport:
    """Check the whole chain; ``anchor`` (see ``latest_anchor``) also catches a truncated tail."""
    started = time.perf_counter()
    if not sa.inspect(engine).has_table("audit_log"):
        raise StoreError("this database has no audit log (table audit_log is missing)")
    with engine.connect() as conn:
        head_before = _read_head(conn)
        anchors = [("external anchor", anchor)] if anchor is not None else []
        if head_before is not None:
            anchors.append(("head marker", head_before))
        checker = _Checker(anchors)
        broken: Broken | None = None
        broken = _stream(conn, checker)
        if broken is None:
            head_after = _read_head(conn)
            broken = checker.finish(head_after.seq if head_after is not None else None)
    last = checker.expected - 1
    return VerifyReport(
        ok=broken is None, records=last, last_seq=last, last_hash=checker.prev, broken=broken, anchor=anchor,
        elapsed_s=time.perf_counter() - started,
    )
