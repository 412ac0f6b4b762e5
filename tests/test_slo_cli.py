"""`corral slo status | rules`, over the runtime's steps table and over the audit log."""

from __future__ import annotations

import time
from pathlib import Path

import sqlalchemy as sa
from typer.testing import CliRunner

from corral.audit import AuditEntry, AuditLog
from corral.slo import SampleSource, parse_selector, samples_from_audit, samples_from_store
from corral.slo.cli import app
from corral.store.db import database_url, make_engine
from corral.store.records import RunRecord, StepRecord
from corral.store.sql import SqlStore

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "incident-resolver" / "slos.yaml"
runner = CliRunner()
TOTAL = parse_selector('tool_calls{tool="CreateSupportTicket"}')
GOOD = parse_selector('tool_calls{tool="CreateSupportTicket",status="ok"}')


def _store_with_steps(engine: sa.Engine, ok: int, failed: int, *, ago: float = 60.0) -> None:
    store = SqlStore(engine)
    store.create_run(RunRecord(id="r1", agent="incident-resolver", task="t", spec={}))
    now = time.time()
    statuses = ["executed"] * ok + ["failed"] * failed + ["denied"]  # a denied step never called the tool
    for i, status in enumerate(statuses):
        store.save_step(StepRecord(run_id="r1", idx=i, kind="tool", status=status, tool="CreateSupportTicket",
                                   started_at=now - ago + i * 0.001))


def test_store_source_counts_executed_and_failed_tool_steps(engine: sa.Engine) -> None:
    _store_with_steps(engine, ok=3, failed=2)
    src = SampleSource(samples_from_store(engine, time.time() - 3600, time.time() + 1))
    assert (src.count(GOOD, 0, time.time() + 1), src.count(TOTAL, 0, time.time() + 1)) == (3, 5)


def test_audit_source_counts_tool_call_records(engine: sa.Engine) -> None:
    now = time.time()
    AuditLog(engine).append_many([AuditEntry("tool_call", {"tool": "CreateSupportTicket", "status": s}, ts=now - 5)
                                  for s in ("ok", "ok", "error")] + [AuditEntry("plan", {"tool": "x"}, ts=now - 5)])
    src = SampleSource(samples_from_audit(engine, now - 60, now))
    assert (src.count(GOOD, now - 60, now), src.count(TOTAL, now - 60, now)) == (2, 3)


def test_status_shows_ratio_budget_and_burn_rates() -> None:
    _store_with_steps(make_engine(database_url()), ok=1000, failed=0, ago=3 * 86400)
    result = runner.invoke(app, ["status", str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    assert "ticket-creation-success" in result.output and "100.000%" in result.output
    assert "error budget left" in result.output and "14.4×" in result.output


def test_status_exits_2_when_an_alert_fires() -> None:
    _store_with_steps(make_engine(database_url()), ok=50, failed=50)
    result = runner.invoke(app, ["status", str(EXAMPLE)])
    assert result.exit_code == 2 and "FIRING" in result.output


def test_status_reads_the_audit_log_on_request() -> None:
    AuditLog(make_engine(database_url())).append_many(
        [AuditEntry("tool_call", {"tool": "CreateSupportTicket", "status": "error"})] * 3)
    result = runner.invoke(app, ["status", str(EXAMPLE), "--source", "audit"])
    assert result.exit_code == 2 and "0 good of 3" in result.output


def test_rules_prints_prometheus_rules() -> None:
    result = runner.invoke(app, ["rules", str(EXAMPLE)])
    assert result.exit_code == 0
    assert result.output.startswith("groups:") and result.output.count("alert: CorralSloErrorBudgetBurn") == 4


def test_bad_spec_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "slos.yaml"
    bad.write_text("slos:\n  - name: x\n    objective: lots\n    sli: {numerator: a, denominator: b}\n")
    result = runner.invoke(app, ["status", str(bad)])
    assert result.exit_code == 1 and "slos.0.objective" in result.output and "Traceback" not in result.output
