"""verify(): an intact chain passes; every kind of tampering is caught at the first broken record.

To tamper, each test first drops the protective triggers, as an attacker with DDL rights could.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from corral.audit import (
    Anchor,
    AuditEntry,
    AuditLog,
    canonical_json,
    chain_hash,
    drop_protection,
    latest_anchor,
    verify,
    write_anchor,
)
from corral.errors import StoreError
from corral.store.db import make_engine


@pytest.fixture
def log(engine: sa.Engine) -> AuditLog:
    log = AuditLog(engine)
    log.append_many([AuditEntry("tool_call", {"i": i, "note": "ünïcode"}, run_id=f"r{i % 2}", tenant="acme",
                                ts=100.0 + i) for i in range(10)])
    drop_protection(engine)
    return log


def _sql(engine: sa.Engine, sql: str, **params: object) -> None:
    with engine.begin() as conn:
        conn.execute(sa.text(sql), params)


def _body(engine: sa.Engine, seq: int) -> bytes:
    with engine.connect() as conn:
        return bytes(conn.execute(sa.text("SELECT body FROM audit_log WHERE seq = :s"), {"s": seq}).scalar_one())


def test_intact_chain_verifies(log: AuditLog) -> None:
    report = verify(log.engine)
    assert report.ok and report.broken is None
    assert (report.records, report.last_hash) == (10, log.head().hash)


def test_empty_log_verifies(engine: sa.Engine) -> None:
    AuditLog(engine)
    assert verify(engine).ok


def test_database_without_audit_log_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no audit log"):
        verify(make_engine(f"sqlite:///{tmp_path / 'empty.db'}"))


def test_edited_body_is_caught_at_that_record(log: AuditLog) -> None:
    forged = _body(log.engine, 4).replace(b'"i":3', b'"i":9')
    _sql(log.engine, "UPDATE audit_log SET body = :b WHERE seq = 4", b=forged)
    broken = verify(log.engine).broken
    assert broken is not None and broken.seq == 4 and "edited" in broken.reason


def test_edit_with_recomputed_hash_is_caught_at_the_next_record(log: AuditLog) -> None:
    prev = next(r.prev_hash for r in log.records() if r.seq == 4)
    forged = _body(log.engine, 4).replace(b'"i":3', b'"i":9')
    _sql(log.engine, "UPDATE audit_log SET body = :b, hash = :h WHERE seq = 4", b=forged, h=chain_hash(prev, forged))
    broken = verify(log.engine).broken
    assert broken is not None and broken.seq == 5 and "does not link to record 4" in broken.reason


def test_edited_query_column_is_caught(log: AuditLog) -> None:
    _sql(log.engine, "UPDATE audit_log SET run_id = 'someone-else' WHERE seq = 6")
    broken = verify(log.engine).broken
    assert broken is not None and broken.seq == 6 and "run_id" in broken.reason


def test_deleted_record_is_caught(log: AuditLog) -> None:
    _sql(log.engine, "DELETE FROM audit_log WHERE seq = 7")
    broken = verify(log.engine).broken
    assert broken is not None and broken.seq == 7 and "missing" in broken.reason


def test_deleted_first_records_are_caught(log: AuditLog) -> None:
    _sql(log.engine, "DELETE FROM audit_log WHERE seq <= 2")
    broken = verify(log.engine).broken
    assert broken is not None and broken.seq == 1


def test_reordered_records_are_caught(log: AuditLog) -> None:
    _sql(log.engine, "UPDATE audit_log SET seq = -1 WHERE seq = 3")
    _sql(log.engine, "UPDATE audit_log SET seq = 3 WHERE seq = 4")
    _sql(log.engine, "UPDATE audit_log SET seq = 4 WHERE seq = -1")
    broken = verify(log.engine).broken
    assert broken is not None and broken.seq == 3


def test_truncated_tail_is_caught_by_the_head_marker(log: AuditLog) -> None:
    _sql(log.engine, "DELETE FROM audit_log WHERE seq > 8")
    broken = verify(log.engine).broken
    assert broken is not None and broken.seq == 9 and "truncated" in broken.reason


def test_truncated_tail_with_rewound_head_is_caught_by_the_external_anchor(log: AuditLog, tmp_path: Path) -> None:
    head = log.head()
    path = tmp_path / "anchors.jsonl"
    write_anchor(path, head.seq, head.hash)
    _sql(log.engine, "DELETE FROM audit_log WHERE seq > 8")
    eight = next(r for r in log.records() if r.seq == 8)
    _sql(log.engine, "UPDATE audit_head SET seq = 8, hash = :h", h=eight.hash)
    assert verify(log.engine).ok  # without the anchor the shorter chain looks complete
    broken = verify(log.engine, anchor=latest_anchor(path)).broken
    assert broken is not None and broken.seq == 9 and "anchor" in broken.reason


def test_rewritten_history_is_caught_by_the_external_anchor(log: AuditLog) -> None:
    anchor = Anchor(5, next(r.hash for r in log.records() if r.seq == 5))
    _rewrite_from(log.engine, 3)
    assert verify(log.engine).ok  # a consistent forgery fools the chain alone
    broken = verify(log.engine, anchor=anchor).broken
    assert broken is not None and broken.seq == 5 and "history rewritten" in broken.reason


def _rewrite_from(engine: sa.Engine, start: int) -> None:
    """Forge every record from ``start`` on and recompute the whole tail, head included."""
    records = list(AuditLog(engine, create=False).records())
    prev = records[start - 1].prev_hash
    for rec in records[start - 1:]:
        fields = {**rec.to_dict(), "prev_hash": prev, "data": {**rec.data, "forged": True}}
        fields.pop("hash")
        body = canonical_json(fields)
        digest = chain_hash(prev, body)
        _sql(engine, "UPDATE audit_log SET body = :b, hash = :h WHERE seq = :s", b=body, h=digest, s=rec.seq)
        prev = digest
    _sql(engine, "UPDATE audit_head SET hash = :h", h=prev)


def test_latest_anchor_picks_the_highest_seq(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    assert latest_anchor(path) is None
    write_anchor(path, 5, "a" * 64)
    write_anchor(path, 9, "b" * 64)
    assert latest_anchor(path) == Anchor(9, "b" * 64, latest_anchor(path).ts)  # type: ignore[union-attr]


def test_corrupt_anchor_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text("not json\n")
    with pytest.raises(StoreError, match="a.jsonl:1"):
        latest_anchor(path)


def test_periodic_anchoring_writes_the_head_every_n_records(engine: sa.Engine, tmp_path: Path) -> None:
    path = tmp_path / "anchors.jsonl"
    log = AuditLog(engine, anchor_every=4, anchor_path=path)
    for _ in range(3):
        log.append_many([AuditEntry("plan", {}) for _ in range(3)])  # heads 3, 6, 9: passes 4 and 8
    assert [json.loads(line)["seq"] for line in path.read_text().splitlines()] == [6, 9]
    assert latest_anchor(path) is not None and latest_anchor(path).hash == log.head().hash  # type: ignore[union-attr]


def test_anchor_at_the_head_catches_a_rewrite_that_also_moved_the_head_marker(log: AuditLog) -> None:
    head = log.head()
    _rewrite_from(log.engine, 2)  # re-hashes up to and including the head, and updates the head marker
    broken = verify(log.engine, anchor=Anchor(head.seq, head.hash)).broken
    assert broken is not None and broken.seq == head.seq and "external anchor" in broken.reason
