"""The audit log: canonical records, the hash chain, append-only enforcement, concurrent appenders."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import textwrap

import pytest
import sqlalchemy as sa

from corral.audit import GENESIS_HASH, AuditEntry, AuditLog, canonical_json, verify
from corral.audit.canonical import record_body
from corral.store.db import is_postgres, make_engine


def _entries(n: int, run_id: str = "run-1") -> list[AuditEntry]:
    return [AuditEntry("tool_call", {"tool": "Search", "i": i}, run_id=run_id, tenant="acme", ts=1000.0 + i)
            for i in range(n)]


def test_canonical_json_sorts_keys_without_whitespace_in_utf8() -> None:
    assert canonical_json({"b": 1, "a": {"ä": "ü", "c": [1, 2]}}) == '{"a":{"c":[1,2],"ä":"ü"},"b":1}'.encode()


def test_first_record_links_to_genesis_and_hashes_prev_plus_body(engine: sa.Engine) -> None:
    rec = AuditLog(engine).append(AuditEntry("run_started", {"task": "hi"}, run_id="r", actor="user:ann"))
    assert rec.seq == 1 and rec.prev_hash == GENESIS_HASH
    assert rec.hash == hashlib.sha256(GENESIS_HASH.encode() + rec.body).hexdigest()
    assert json.loads(rec.body) == {"seq": 1, "ts": rec.ts, "run_id": "r", "tenant": None, "actor": "user:ann",
                                    "kind": "run_started", "data": {"task": "hi"}, "prev_hash": GENESIS_HASH}


def test_append_many_chains_records_and_moves_the_head(engine: sa.Engine) -> None:
    log = AuditLog(engine)
    first = log.append_many(_entries(3))
    second = log.append_many(_entries(2))
    assert [r.seq for r in first + second] == [1, 2, 3, 4, 5]
    assert second[0].prev_hash == first[-1].hash
    assert log.head().seq == 5 and log.head().hash == second[-1].hash


def test_records_filter_by_run_kind_and_time(engine: sa.Engine) -> None:
    log = AuditLog(engine)
    log.append_many(_entries(3, "a") + _entries(2, "b"))
    assert [r.data["i"] for r in log.records(run_id="b")] == [0, 1]
    assert len(list(log.records(kind="tool_call", start=1001.0, end=1002.0))) == 2  # i=1 of a and of b


def test_update_of_an_audit_row_is_refused(engine: sa.Engine) -> None:
    AuditLog(engine).append_many(_entries(2))
    with pytest.raises(sa.exc.DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(sa.text("UPDATE audit_log SET kind = 'forged' WHERE seq = 1"))


def test_delete_of_an_audit_row_is_refused(engine: sa.Engine) -> None:
    AuditLog(engine).append_many(_entries(2))
    with pytest.raises(sa.exc.DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM audit_log WHERE seq = 2"))


def test_head_cannot_move_backwards(engine: sa.Engine) -> None:
    AuditLog(engine).append_many(_entries(2))
    with pytest.raises(sa.exc.DBAPIError, match="only moves forward"), engine.begin() as conn:
        conn.execute(sa.text("UPDATE audit_head SET seq = 1 WHERE id = 1"))


def test_truncate_is_refused_on_postgres(pg_schema: tuple[str, str]) -> None:
    engine = make_engine(pg_schema[0], schema=pg_schema[1])
    AuditLog(engine).append_many(_entries(2))
    with pytest.raises(sa.exc.DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(sa.text("TRUNCATE audit_log"))
    engine.dispose()


_WRITER = textwrap.dedent("""
    import sys
    from corral.audit import AuditEntry, AuditLog
    from corral.store.db import make_engine
    url, schema, name = sys.argv[1], sys.argv[2] or None, sys.argv[3]
    log = AuditLog(make_engine(url, schema=schema), create=False)
    for batch in range(20):
        log.append_many([AuditEntry("tool_call", {"w": name, "b": batch, "k": k}, run_id=name)
                         for k in range(1 + batch % 4)])
""")


def test_concurrent_appenders_in_several_processes_keep_one_chain(engine: sa.Engine) -> None:
    AuditLog(engine)  # create the schema once, before the writers start
    url = engine.url.render_as_string(hide_password=False)
    schema = ""
    if is_postgres(engine):
        with engine.connect() as conn:
            schema = conn.execute(sa.text("SELECT current_schema()")).scalar_one()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, url, schema, f"w{i}"], env=env) for i in range(4)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0, 0]
    report = verify(engine)
    per_writer = sum(1 + b % 4 for b in range(20))
    assert report.ok, report.broken
    assert report.records == 4 * per_writer


@pytest.mark.parametrize("run_id,tenant,actor,data", [
    ("r", "acme", "user:ann", {"b": [1, 2.5, None, True], "a": {"z": "ü\n\"q\"", "y": "\u2028"}}),
    (None, None, 'tool:"x"\\', {}),
])
def test_record_body_is_the_canonical_json_of_the_record(run_id: str | None, tenant: str | None, actor: str,
                                                         data: dict[str, object]) -> None:
    rec = {"seq": 7, "ts": 1700000000.125, "run_id": run_id, "tenant": tenant, "actor": actor, "kind": "plan",
           "data": data, "prev_hash": "ab" * 32}
    assert record_body(**rec) == canonical_json(rec)  # type: ignore[arg-type]


def test_non_finite_timestamp_is_refused() -> None:
    with pytest.raises(ValueError, match="finite"):
        record_body(1, float("nan"), None, None, "a", "k", {}, GENESIS_HASH)
