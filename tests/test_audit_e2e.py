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


def _pii_run(engine: sa.Engine, tool_output: str, script: list[dict[str, Any]], sent: list[str]) -> str:
    from corral.spec.agent import AgentSpec
    from corral.testing import ScriptedModel
    from corral.tools.contract import ToolRegistry, tool

    reg = ToolRegistry()

    @tool(registry=reg)
    def lookup() -> str:
        """Look the customer up."""
        return tool_output

    @tool(registry=reg, side_effect="write", pii_allowed=True)
    def file_form(ssn: str) -> str:
        """File the tax form."""
        sent.append(ssn)
        return "filed"

    rt = Runtime(SqlStore(engine), registry=reg, durable_runs=False)
    spec = AgentSpec(name="crm", autonomy="autonomous", allowed_tools=("lookup", "file_form"),
                     guardrails=("injection_filter", "pii_scrubber"), provenance={"enabled": False})
    run = rt.run(spec, "File the form for this customer", model=ScriptedModel(script))
    rt.shutdown()
    assert run.status == "completed", run.error
    return run.id


def test_pii_recognised_only_in_context_stays_out_of_the_audit_log_once_rehydrated(engine: sa.Engine) -> None:
    """An SSN without dashes is PII only next to the word "SSN". The model sees a placeholder; the tool allowed
    to receive PII gets the number, and the model's answer is re-hydrated for the user. Out of that context the
    redactor would not know it: the audit log must not hold it anyway."""
    sent: list[str] = []
    script = [{"tool": "lookup", "args": {}}, {"tool": "file_form", "args": {"ssn": "<SSN_1>"}},
              {"final": "Filed the form for <SSN_1>."}]
    run_id = _pii_run(engine, "Customer record. SSN 219099999.", script, sent)
    assert sent == ["219099999"]  # the tool got the real value
    stored = "\n".join(r.body.decode() for r in AuditLog(engine).records(run_id=run_id))
    assert "219099999" not in stored and "[REDACTED:ssn]" in stored


def test_a_card_number_at_a_summary_cut_is_not_left_in_the_audit_log(engine: sa.Engine) -> None:
    """The step's result summary cuts a long result at 200 characters; cut first, a card number there would lose
    its checksum and pass every redactor as plain digits."""
    card = "4111 1111 1111 1111"
    output = "x" * (199 - len(card)) + " " + card + " end"
    run_id = _pii_run(engine, output, [{"tool": "lookup", "args": {}}, {"final": "ok"}], [])
    stored = "\n".join(r.body.decode() for r in AuditLog(engine).records(run_id=run_id))
    assert "4111 1111 1111" not in stored and "1111 1111 111" not in stored


def test_the_task_guard_verdicts_are_in_the_audit_log(engine: sa.Engine) -> None:
    _, run_id = _run(engine)
    started = next(iter(AuditLog(engine).records(run_id=run_id, kind="run_started")))
    results = started.data["input_filters"]["guards"]["results"]
    assert {r["guard"] for r in results} >= {"injection_filter", "pii_scrubber"}
    assert all("verdict" in r and "score" in r for r in results)
    assert "jane.doe@example.com" not in started.body.decode()
