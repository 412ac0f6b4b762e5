"""End to end: the policy gate sits in the runtime's pipeline and its decision is persisted on the step."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

import corral.demo.tools  # noqa: F401 - registers SearchKB and CreateSupportTicket
from corral.runtime import Runtime
from corral.spec.loader import load_spec
from corral.store.sql import SqlStore
from corral.testing.scripted import ScriptedModel

EXAMPLE_REGO = Path(__file__).resolve().parents[1] / "examples" / "incident-resolver" / "policy" / "incident.rego"


def test_rego_deny_blocks_the_run_and_is_recorded_on_the_step(engine: sa.Engine, tmp_path: Path) -> None:
    (tmp_path / "agent.yaml").write_text(
        "agent:\n  name: ir\n  autonomy: autonomous\n  allowed_tools: [SearchKB, CreateSupportTicket]\n"
        f"  policy: {{rego: {EXAMPLE_REGO}}}\n"
    )
    model = ScriptedModel([{"tool": "SearchKB", "args": {"query": "x" * 600}}, {"final": "done"}])
    rt = Runtime(SqlStore(engine), durable_runs=False)
    run = rt.run(load_spec(tmp_path / "agent.yaml"), "find the runbook", model=model)

    assert run.status == "failed"
    assert run.error is not None and run.error["code"] == "policy_blocked"
    assert "query_too_long" in run.error["message"]
    step = rt.store.list_steps(run.id)[-1]
    assert step.status == "denied"
    assert step.decision is not None
    assert step.decision["outcome"] == "deny"
    assert step.decision["policy_id"] == "rego:data.corral.decision"
    assert step.decision["policy_version"].startswith("sha256:")
    assert [r["code"] for r in step.decision["reasons"]] == ["query_too_long"]


def test_builtin_rules_allow_the_example_search(engine: sa.Engine, tmp_path: Path) -> None:
    (tmp_path / "agent.yaml").write_text(
        "agent:\n  name: ir\n  autonomy: autonomous\n  allowed_tools: [SearchKB]\n"
        f"  policy: {{rego: {EXAMPLE_REGO}}}\n"
    )
    model = ScriptedModel([{"tool": "SearchKB", "args": {"query": "disk full"}}, {"final": "done"}])
    rt = Runtime(SqlStore(engine), durable_runs=False)
    run = rt.run(load_spec(tmp_path / "agent.yaml"), "find the runbook", model=model)

    assert run.status == "completed", run.error
    step = rt.store.list_steps(run.id)[0]
    assert step.decision is not None and step.decision["outcome"] == "allow"
    assert [d["policy_id"] for d in step.annotations["policy"]] == ["corral.builtin", "rego:data.corral.decision"]
