from __future__ import annotations

from corral.actions import ActionContext, ProposedAction, ToolCall
from corral.policy.engine import PolicyInput, decision_from_result
from corral.spec.agent import AgentSpec
from corral.tools.contract import ToolContract

IDENT = {"policy_id": "p", "policy_version": "7"}


def test_string_outcome_becomes_decision_with_policy_identity() -> None:
    d = decision_from_result("allow", **IDENT)
    assert (d.outcome, d.policy_id, d.policy_version) == ("allow", "p", "7")


def test_object_outcome_keeps_reasons() -> None:
    d = decision_from_result(
        {"outcome": "deny", "reasons": ["a", {"code": "b", "message": "bee", "data": {"k": 1}}]}, **IDENT
    )
    assert d.outcome == "deny"
    assert [(r.code, r.message, r.data) for r in d.reasons] == [("a", "a", {}), ("b", "bee", {"k": 1})]


def test_booleans_mean_allow_and_deny() -> None:
    assert decision_from_result(True, **IDENT).outcome == "allow"
    assert decision_from_result(False, **IDENT).reasons[0].code == "policy_denied"


def test_undefined_is_deny() -> None:
    d = decision_from_result(None, **IDENT)
    assert (d.outcome, d.reasons[0].code) == ("deny", "policy_undefined")


def test_unknown_outcome_fails_closed() -> None:
    d = decision_from_result({"outcome": "maybe"}, **IDENT)
    assert (d.outcome, d.reasons[0].code) == ("deny", "policy_error")


def test_malformed_reason_fails_closed() -> None:
    d = decision_from_result({"outcome": "allow", "reasons": [42]}, **IDENT)
    assert (d.outcome, d.reasons[0].code) == ("deny", "policy_error")


def test_approval_without_reasons_gets_a_default_reason() -> None:
    d = decision_from_result("require_approval", **IDENT)
    assert d.reasons[0].code == "policy_requires_approval"


def test_input_from_action_carries_run_context() -> None:
    spec = AgentSpec(name="a1", autonomy="suggest", allowed_tools=("T",))
    contract = ToolContract(name="T", version="3", parameters={"type": "object"}, side_effect="write")
    ctx = ActionContext(run_id="r1", agent=spec, task="t", step=4, tenant="acme", user="bob", cost_usd=0.2)
    action = ProposedAction(ToolCall("c1", "T", {"x": 1}), contract, ctx, annotations={"provenance": {"x": "web"}})
    doc = PolicyInput.from_action(action).to_document()
    assert doc == {
        "user": "bob",
        "tenant": "acme",
        "agent": {"name": "a1", "autonomy": "suggest"},
        "tool": {"name": "T", "version": "3", "side_effect": "write"},
        "arguments": {"x": 1},
        "run": {"id": "r1", "step": 4, "cost_usd": 0.2},
        "provenance": {"x": "web"},
    }
