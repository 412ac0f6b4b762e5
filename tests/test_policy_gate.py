from __future__ import annotations

from pathlib import Path

import pytest

from corral.actions import ActionContext, ActionGate, Decision, ProposedAction, ToolCall
from corral.errors import PolicyError
from corral.policy.engine import PolicyInput
from corral.policy.gate import PolicyGate, build_policy_gate
from corral.spec.agent import AgentSpec
from corral.spec.loader import parse_spec
from corral.tools.contract import ToolContract

REGO = """package corral
import rego.v1
default decision := "allow"
decision := {"outcome": "require_approval", "reasons": ["severity_high"]} if input.arguments.severity == "high"
decision := {"outcome": "deny", "reasons": ["no_prod"]} if input.arguments.env == "prod"
"""


def spec_with_rego(tmp_path: Path, **extra: str) -> AgentSpec:
    (tmp_path / "policy").mkdir(exist_ok=True)
    (tmp_path / "policy" / "main.rego").write_text(REGO)
    lines = "".join(f"  {k}: {v}\n" for k, v in extra.items())
    return parse_spec(
        "agent:\n  name: t\n  autonomy: autonomous\n  allowed_tools: [Ticket]\n"
        f"  policy: {{rego: policy/*.rego}}\n{lines}"
    )


def action(spec: AgentSpec, tool: str = "Ticket", **args: object) -> ProposedAction:
    contract = ToolContract(name=tool, version="1", parameters={"type": "object"}, side_effect="write")
    ctx = ActionContext(run_id="r", agent=spec, task="t", step=1)
    return ProposedAction(ToolCall("c", tool, dict(args)), contract, ctx)


def test_gate_is_an_action_gate_named_policy(tmp_path: Path) -> None:
    gate = build_policy_gate(spec_with_rego(tmp_path), tmp_path)
    assert isinstance(gate, ActionGate) and gate.name == "policy"


def test_allow_when_both_engines_allow(tmp_path: Path) -> None:
    spec = spec_with_rego(tmp_path)
    assert build_policy_gate(spec, tmp_path).check(action(spec)).outcome == "allow"


def test_rego_approval_applies_after_builtin_allow(tmp_path: Path) -> None:
    spec = spec_with_rego(tmp_path)
    d = build_policy_gate(spec, tmp_path).check(action(spec, severity="high"))
    assert (d.outcome, d.reasons[0].code, d.policy_id) == ("require_approval", "severity_high",
                                                           "rego:data.corral.decision")


def test_rego_deny_wins(tmp_path: Path) -> None:
    spec = spec_with_rego(tmp_path)
    d = build_policy_gate(spec, tmp_path).check(action(spec, env="prod"))
    assert (d.outcome, [r.code for r in d.reasons]) == ("deny", ["no_prod"])


def test_builtin_deny_short_circuits_with_builtin_identity(tmp_path: Path) -> None:
    spec = spec_with_rego(tmp_path)
    d = build_policy_gate(spec, tmp_path).check(action(spec, tool="Other"))
    assert (d.outcome, d.reasons[0].code, d.policy_id) == ("deny", "tool_not_allowed", "corral.builtin")


def test_approvals_from_both_engines_are_combined(tmp_path: Path) -> None:
    spec = spec_with_rego(tmp_path, autonomy="approval_required")
    d = build_policy_gate(spec, tmp_path).check(action(spec, severity="high"))
    assert [r.code for r in d.reasons] == ["autonomy_approval_required", "severity_high"]


def test_broken_rego_stops_the_gate_from_being_built(tmp_path: Path) -> None:
    spec = spec_with_rego(tmp_path)
    (tmp_path / "policy" / "main.rego").write_text("package corral\ndecision := {{{\n")
    with pytest.raises(PolicyError, match="does not compile"):
        build_policy_gate(spec, tmp_path)


class Exploding:
    policy_id = "boom"
    policy_version = "0"

    def evaluate(self, input: PolicyInput) -> Decision:  # noqa: A002
        raise RuntimeError("bug")


def test_an_engine_that_raises_fails_closed() -> None:
    d = PolicyGate([Exploding()]).decide(PolicyInput("T", {}))
    assert (d.outcome, d.reasons[0].code, d.policy_id) == ("deny", "policy_error", "boom")


def test_spec_without_policy_gets_only_builtin_rules(tmp_path: Path) -> None:
    gate = build_policy_gate(AgentSpec(name="x"), tmp_path)
    assert [e.policy_id for e in gate.engines] == ["corral.builtin"]


def test_conflicting_rego_values_fail_closed_through_the_gate(tmp_path: Path) -> None:
    spec = spec_with_rego(tmp_path)
    d = build_policy_gate(spec, tmp_path).check(action(spec, env="prod", severity="high"))
    assert (d.outcome, d.reasons[0].code) == ("deny", "policy_error")


def test_check_leaves_each_engines_decision_on_the_action(tmp_path: Path) -> None:
    spec = spec_with_rego(tmp_path)
    proposed = action(spec, severity="high")
    build_policy_gate(spec, tmp_path).check(proposed)
    assert [(d["policy_id"], d["outcome"]) for d in proposed.annotations["policy"]] == [
        ("corral.builtin", "allow"), ("rego:data.corral.decision", "require_approval")]


def test_example_agent_spec_builds_builtin_and_rego_engines() -> None:
    from corral.spec.loader import load_spec

    loaded = load_spec(Path(__file__).resolve().parents[1] / "examples" / "incident-resolver" / "agent.yaml")
    gate = build_policy_gate(loaded.agent, loaded.base_dir)
    assert [e.policy_id for e in gate.engines] == ["corral.builtin", "rego:data.corral.decision"]
