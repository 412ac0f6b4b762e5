"""A demo run through the real runtime leaves a verifiable audit chain, and its forensics bundle."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa

from corral.audit import AuditLog, export_run, verify
from corral.runtime import Runtime
from corral.spec import load_spec
from corral.store.sql import SqlStore

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "incident-resolver" / "agent.yaml"
SECRET = "sk-proj-abcdefghijklmnopqrstuvwxyz0123"
TASK = f"Customer data loss risk in EU region. Reporter: jane.doe@example.com, token {SECRET}"


def _approve(run_id: str, approval_id: str) -> dict[str, Any]:
    return {"approval_id": approval_id, "status": "approved", "actor": "alice", "reason": "looks right"}


def _run(engine: sa.Engine) -> tuple[Runtime, str]:
    rt = Runtime(SqlStore(engine), durable_runs=False, approver=_approve)
    run = rt.run(load_spec(EXAMPLE), TASK, tenant="acme", user="ann")
    rt.shutdown()
    assert run.status == "completed", run.error
    return rt, run.id


def test_demo_run_produces_a_verifiable_chain(engine: sa.Engine) -> None:
    _, run_id = _run(engine)
    report = verify(engine)
    assert report.ok, report.broken
    kinds = [r.kind for r in AuditLog(engine).records(run_id=run_id)]
    assert kinds[0] == "run_started" and kinds[-1] == "run_finished"
    for kind in ("model_call", "plan", "decision", "approval_requested", "approval_decided", "tool_call"):
        assert kind in kinds
    decided = next(r for r in AuditLog(engine).records(run_id=run_id, kind="approval_decided"))
    assert decided.actor == "user:alice" and decided.tenant == "acme"


def test_planted_secret_and_email_are_not_in_the_audit_log(engine: sa.Engine) -> None:
    _, run_id = _run(engine)
    stored = "\n".join(r.body.decode() for r in AuditLog(engine).records(run_id=run_id))
    assert SECRET not in stored and "jane.doe@example.com" not in stored
    assert "Customer data loss risk in EU region" in stored  # the intent itself is kept


def test_export_bundle_has_run_steps_decisions_trace_and_records(engine: sa.Engine) -> None:
    rt, run_id = _run(engine)
    bundle = export_run(AuditLog(engine), run_id)
    run = rt.store.get_run(run_id)
    assert bundle["run"]["id"] == run_id and bundle["trace_id"] == run.trace_id
    assert [s["idx"] for s in bundle["steps"]] == [s.idx for s in rt.store.list_steps(run_id)]
    assert bundle["decisions"] and all(d["decision"] for d in bundle["decisions"])
    assert bundle["audit"]["chain"]["ok"] is True
    assert all(r["run_id"] == run_id for r in bundle["audit"]["records"])
    assert SECRET not in str(bundle) and "jane.doe@example.com" not in str(bundle)


def test_durable_run_across_an_approval_pause_keeps_one_chain() -> None:
    rt = Runtime.open().launch()
    try:
        run = rt.run(load_spec(EXAMPLE), TASK, tenant="acme", user="ann")
        assert run.status == "waiting_approval"
        run = rt.approve(run.id, actor="alice", reason="ok")
        assert run.status == "completed"
    finally:
        rt.shutdown()
    engine = rt.store.engine  # type: ignore[attr-defined]
    assert verify(engine).ok
    records = list(AuditLog(engine).records(run_id=run.id))
    assert [r.kind for r in records].count("approval_requested") == 1
    assert next(r for r in records if r.kind == "approval_decided").actor == "user:alice"
    assert records[-1].kind == "run_finished" and records[-1].data["status"] == "completed"
