from __future__ import annotations

from typing import Any

import pytest

from corral.errors import SpecError
from corral.policy.builtin import BuiltinPolicy
from corral.policy.engine import PolicyInput
from corral.spec.agent import AgentSpec
from corral.spec.loader import parse_spec


def policy(**spec: Any) -> BuiltinPolicy:
    spec.setdefault("allowed_tools", ("SearchKB", "CreateSupportTicket", "Fetch"))
    spec.setdefault("autonomy", "autonomous")
    return BuiltinPolicy(AgentSpec(name="t", **spec))


def inp(tool: str = "SearchKB", side_effect: str = "read", **kw: Any) -> PolicyInput:
    kw.setdefault("arguments", {})
    return PolicyInput(tool=tool, side_effect=side_effect, **kw)


def codes(p: BuiltinPolicy, i: PolicyInput) -> tuple[str, list[str]]:
    d = p.evaluate(i)
    return d.outcome, [r.code for r in d.reasons]


def test_listed_tool_is_allowed() -> None:
    assert codes(policy(), inp()) == ("allow", [])


def test_unlisted_tool_is_denied() -> None:
    assert codes(policy(), inp("DeleteEverything")) == ("deny", ["tool_not_allowed"])


def test_no_allowed_tools_means_nothing_runs() -> None:
    assert codes(policy(allowed_tools=()), inp()) == ("deny", ["tool_not_allowed"])


@pytest.mark.parametrize("autonomy", ["read_only", "suggest"])
def test_write_tool_is_denied_when_autonomy_is_read_only_or_suggest(autonomy: str) -> None:
    assert codes(policy(autonomy=autonomy), inp("CreateSupportTicket", "write")) == ("deny", ["autonomy_read_only"])


def test_read_tool_runs_under_read_only() -> None:
    assert codes(policy(autonomy="read_only"), inp()) == ("allow", [])


def test_write_tool_needs_approval_under_approval_required() -> None:
    got = codes(policy(autonomy="approval_required"), inp("CreateSupportTicket", "write"))
    assert got == ("require_approval", ["autonomy_approval_required"])


def test_write_tool_runs_when_autonomous() -> None:
    assert codes(policy(), inp("CreateSupportTicket", "write")) == ("allow", [])


def test_cost_above_cap_is_denied() -> None:
    assert codes(policy(max_cost_usd=0.5), inp(cost_usd=0.51)) == ("deny", ["max_cost_exceeded"])


def test_step_beyond_max_iterations_is_denied() -> None:
    p = policy(max_iterations=3)
    assert codes(p, inp(step=3))[0] == "allow"
    assert codes(p, inp(step=4)) == ("deny", ["max_steps_exceeded"])


def test_url_arguments_follow_default_deny() -> None:
    p = policy(allow_domains=("kb.internal.company",))
    assert codes(p, inp("Fetch", arguments={"url": "https://KB.internal.company./a"})) == ("allow", [])
    assert codes(p, inp("Fetch", arguments={"url": "https://evil.com/a"})) == ("deny", ["domain_not_allowed"])


def test_nested_url_argument_is_checked() -> None:
    p = policy(allow_domains=("*.company.com",))
    got = codes(p, inp("Fetch", arguments={"targets": [{"href": "http://x.company.com@evil.com/"}]}))
    assert got == ("deny", ["domain_not_allowed"])


def test_unparseable_url_is_denied() -> None:
    assert codes(policy(), inp("Fetch", arguments={"url": "http:///nohost"})) == ("deny", ["url_invalid"])


def test_blocked_list_without_star_is_still_default_deny() -> None:
    # Changed on purpose: the policy rule now has the egress guard's semantics ("*" only restates the default).
    p = policy(blocked_domains=("*.pastebin.com",), allow_domains=("*.org",))
    assert codes(p, inp("Fetch", arguments={"url": "https://x.pastebin.com"})) == ("deny", ["domain_blocked"])
    assert codes(p, inp("Fetch", arguments={"url": "https://example.org"})) == ("allow", [])
    assert codes(p, inp("Fetch", arguments={"url": "https://example.com"})) == ("deny", ["domain_not_allowed"])
    assert codes(policy(blocked_domains=()), inp("Fetch", arguments={"url": "https://example.org"})) == (
        "deny", ["domain_not_allowed"])


def test_arguments_without_urls_pass_the_domain_rule_under_deny_all() -> None:
    assert codes(policy(), inp("Fetch", arguments={"q": "no link here", "n": 3})) == ("allow", [])


SEVERITY_RULE = {"tool": "CreateSupportTicket", "when": {"severity": "high"}, "then": "require_approval",
                 "code": "severity_high", "reason": "high severity needs a human"}


def test_equality_rule_requires_approval() -> None:
    p = policy(rules=(SEVERITY_RULE,))
    d = p.evaluate(inp("CreateSupportTicket", "write", arguments={"severity": "high"}))
    assert (d.outcome, d.reasons[0].code, d.reasons[0].message) == (
        "require_approval", "severity_high", "high severity needs a human")
    assert codes(p, inp("CreateSupportTicket", "write", arguments={"severity": "low"})) == ("allow", [])


def test_rule_only_applies_to_its_tool() -> None:
    p = policy(rules=(SEVERITY_RULE,))
    assert codes(p, inp("SearchKB", arguments={"severity": "high"})) == ("allow", [])


def test_in_rule_and_wildcard_tool() -> None:
    p = policy(rules=({"tool": "*", "when": {"env": {"in": ["prod", "staging"]}}, "then": "deny", "code": "env"},))
    assert codes(p, inp(arguments={"env": "prod"})) == ("deny", ["env"])
    assert codes(p, inp(arguments={"env": "dev"})) == ("allow", [])


def test_numeric_rule_combines_bounds_and_ignores_non_numbers() -> None:
    p = policy(rules=({"tool": "SearchKB", "when": {"limit": {"gt": 10, "lte": 100}}, "then": "deny"},))
    assert codes(p, inp(arguments={"limit": 50})) == ("deny", ["argument_rule"])
    assert codes(p, inp(arguments={"limit": 10})) == ("allow", [])
    assert codes(p, inp(arguments={"limit": 101})) == ("allow", [])
    assert codes(p, inp(arguments={"limit": "50"})) == ("allow", [])


def test_missing_argument_never_matches_a_rule() -> None:
    p = policy(rules=({"tool": "SearchKB", "when": {"team": {"ne": "sre"}}, "then": "deny"},))
    assert codes(p, inp(arguments={})) == ("allow", [])
    assert codes(p, inp(arguments={"team": "sales"})) == ("deny", ["argument_rule"])


def test_approvals_accumulate_and_deny_beats_them() -> None:
    rules = (SEVERITY_RULE, {"tool": "CreateSupportTicket", "when": {"queue": "legal"}, "then": "deny"})
    p = policy(autonomy="approval_required", rules=rules)
    both = codes(p, inp("CreateSupportTicket", "write", arguments={"severity": "high"}))
    assert both == ("require_approval", ["autonomy_approval_required", "severity_high"])
    denied = codes(p, inp("CreateSupportTicket", "write", arguments={"severity": "high", "queue": "legal"}))
    assert denied == ("deny", ["argument_rule"])


def test_decision_carries_policy_id_and_a_version_that_tracks_the_rules() -> None:
    a, b = policy(), policy(rules=(SEVERITY_RULE,))
    d = a.evaluate(inp())
    assert d.policy_id == "corral.builtin"
    assert d.policy_version.startswith("sha256:")
    assert d.policy_version != b.evaluate(inp()).policy_version
    assert policy().policy_version == d.policy_version


def test_spec_rejects_unknown_rule_operator() -> None:
    with pytest.raises(SpecError, match="unknown operator"):
        parse_spec("agent:\n  name: x\n  rules: [{tool: T, when: {a: {like: 1}}, then: deny}]\n")


def test_blueprint_spec_still_loads_and_denies_unknown_hosts() -> None:
    spec = parse_spec(
        "agent:\n  name: incident-resolver\n  autonomy: approval_required\n  allowed_tools: [SearchKB]\n"
        "  blocked_domains: ['*']\n  allow_domains: ['kb.internal.company']\n"
    )
    p = BuiltinPolicy(spec)
    assert codes(p, inp(arguments={"q": "https://kb.internal.company/x"})) == ("allow", [])
    assert codes(p, inp(arguments={"q": "https://api.evil.com/x"})) == ("deny", ["domain_not_allowed"])


def test_invalid_domain_pattern_is_a_policy_error() -> None:
    from corral.errors import PolicyError

    with pytest.raises(PolicyError, match="blocked_domains"):
        policy(blocked_domains=("bad host.com",))
