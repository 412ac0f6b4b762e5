"""`corral audit verify | anchor | export`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa
from typer.testing import CliRunner

from corral.audit import AuditEntry, AuditLog, drop_protection
from corral.audit.cli import app
from corral.store.db import database_url, make_engine

runner = CliRunner()


def _log(n: int = 5) -> AuditLog:
    log = AuditLog(make_engine(database_url()))
    log.append_many([AuditEntry("tool_call", {"i": i}, run_id="run-a" if i % 2 else "run-b") for i in range(n)])
    return log


def test_verify_reports_an_intact_chain() -> None:
    _log()
    result = runner.invoke(app, ["verify"])
    assert result.exit_code == 0, result.output
    assert "OK" in result.output and "5" in result.output


def test_verify_exits_1_and_names_the_first_broken_record() -> None:
    log = _log()
    drop_protection(log.engine)
    with log.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM audit_log WHERE seq = 2"))
    result = runner.invoke(app, ["verify"])
    assert result.exit_code == 1
    assert "BROKEN at seq 2" in result.output and "missing" in result.output


def test_anchor_then_verify_catches_a_cut_tail(tmp_path: Path) -> None:
    log = _log()
    anchors = tmp_path / "anchors.jsonl"
    assert runner.invoke(app, ["anchor", "--anchor", str(anchors)]).exit_code == 0
    assert json.loads(anchors.read_text())["seq"] == 5
    drop_protection(log.engine)
    four = next(r for r in log.records() if r.seq == 4)
    with log.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM audit_log WHERE seq = 5"))
        conn.execute(sa.text("UPDATE audit_head SET seq = 4, hash = :h"), {"h": four.hash})
    assert runner.invoke(app, ["verify", "--no-anchor"]).exit_code == 0
    result = runner.invoke(app, ["verify", "--anchor", str(anchors)])
    assert result.exit_code == 1 and "truncated" in result.output


def test_export_writes_the_run_bundle(tmp_path: Path) -> None:
    _log()
    out = tmp_path / "bundle.json"
    result = runner.invoke(app, ["export", "run-a", "-o", str(out)])
    assert result.exit_code == 0, result.output
    bundle = json.loads(out.read_text())
    assert [r["seq"] for r in bundle["audit"]["records"]] == [2, 4]
    assert bundle["audit"]["chain"]["ok"] is True


def test_export_of_an_unknown_run_is_one_clear_error() -> None:
    _log()
    result = runner.invoke(app, ["export", "nope"])
    assert result.exit_code == 1 and "no run and no audit records" in result.output
    assert "Traceback" not in result.output


def test_verify_without_an_audit_log_is_one_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["verify", "--db", f"sqlite:///{tmp_path / 'other.db'}"])
    assert result.exit_code == 1 and "no audit log" in result.output


def test_the_cli_exports_runs_through_the_guards_pii_detector(tmp_path: Path) -> None:
    # `corral` (main) installs the guards' detector after the regex baseline, as a Runtime does: an IBAN in the
    # stored task is no more in the bundle than an e-mail address.
    from corral.store.records import RunRecord
    from corral.store.sql import SqlStore

    SqlStore(make_engine(database_url())).create_run(RunRecord(
        id="run-pii", agent="a", task="refund DE89 3704 0044 0532 0130 00 and mail jane.roe@example.org", spec={}))
    out = tmp_path / "bundle.json"
    done = subprocess.run([sys.executable, "-m", "corral.cli.main", "audit", "export", "run-pii", "-o", str(out)],
                          capture_output=True, text=True, timeout=300, env=os.environ.copy())
    assert done.returncode == 0, done.stderr[-2000:]
    task = json.loads(out.read_text())["run"]["task"]
    assert task == "refund [REDACTED:iban] and mail [REDACTED:email]"
