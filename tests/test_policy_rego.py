from __future__ import annotations

from pathlib import Path

import pytest

from corral.errors import PolicyError
from corral.policy.engine import PolicyInput
from corral.policy.rego import RegoPolicy, resolve_rego_paths

POLICY = """
package corral

import rego.v1

default decision := "allow"

decision := "require_approval" if {
    input.tool.name == "CreateSupportTicket"
    input.arguments.severity == "high"
}

decision := {"outcome": "deny", "reasons": [{"code": "no_delete", "message": "never delete"}]} if {
    input.tool.name == "Delete"
}
"""


def run(source: str, tool: str = "SearchKB", query: str = "data.corral.decision", **args: object) -> tuple[str, list[str]]:
    d = RegoPolicy({"p.rego": source}, query=query).evaluate(PolicyInput(tool=tool, arguments=dict(args)))
    return d.outcome, [r.code for r in d.reasons]


def test_rego_allows_by_default() -> None:
    assert run(POLICY) == ("allow", [])


def test_rego_requires_approval() -> None:
    assert run(POLICY, "CreateSupportTicket", severity="high") == ("require_approval", ["policy_requires_approval"])


def test_rego_denies_with_its_reasons() -> None:
    assert run(POLICY, "Delete") == ("deny", ["no_delete"])


def test_undefined_result_is_deny() -> None:
    source = 'package corral\nimport rego.v1\ndecision := "allow" if input.tool.name == "A"\n'
    assert run(source, "B") == ("deny", ["policy_undefined"])


def test_query_for_a_missing_package_is_deny() -> None:
    assert run(POLICY, query="data.nothing.here") == ("deny", ["policy_undefined"])


def test_conflicting_rule_values_fail_closed() -> None:
    source = ('package corral\nimport rego.v1\ndecision := "allow" if input.arguments.a\n'
              'decision := "deny" if input.arguments.b\n')
    assert run(source, a=True, b=True) == ("deny", ["policy_error"])


def test_boolean_allow_rule_works() -> None:
    source = 'package corral\nimport rego.v1\ndefault allow := false\nallow if input.user == "alice"\n'
    policy = RegoPolicy({"p.rego": source}, query="data.corral.allow")
    assert policy.evaluate(PolicyInput(tool="T", arguments={}, user="alice")).outcome == "allow"
    assert policy.evaluate(PolicyInput(tool="T", arguments={}, user="eve")).outcome == "deny"


def test_compile_error_raises_policy_error_naming_the_line() -> None:
    with pytest.raises(PolicyError, match=r"p\.rego:3"):
        RegoPolicy({"p.rego": "package corral\n\ndecision := {{{\n"})


def test_decision_carries_policy_id_and_content_version() -> None:
    a = RegoPolicy({"p.rego": POLICY})
    b = RegoPolicy({"p.rego": POLICY + "\n# changed\n"})
    d = a.evaluate(PolicyInput(tool="x", arguments={}))
    assert d.policy_id == "rego:data.corral.decision"
    assert d.policy_version.startswith("sha256:") and d.policy_version != b.policy_version


def test_explicit_policy_id_and_version_win() -> None:
    d = RegoPolicy({"p.rego": POLICY}, policy_id="acme", policy_version="42").evaluate(PolicyInput("x", {}))
    assert (d.policy_id, d.policy_version) == ("acme", "42")


def test_compiled_once_evaluates_many_inputs() -> None:
    policy = RegoPolicy({"p.rego": POLICY})
    outcomes = [policy.evaluate(PolicyInput(t, {"severity": "high"})).outcome for t in ["A", "Delete", "CreateSupportTicket"] * 50]
    assert outcomes[:3] == ["allow", "deny", "require_approval"] and len(set(outcomes[3::3])) == 1


def test_resolve_paths_expands_globs_and_folders(tmp_path: Path) -> None:
    (tmp_path / "pol").mkdir()
    (tmp_path / "pol" / "a.rego").write_text("package a\n")
    (tmp_path / "pol" / "b.rego").write_text("package b\n")
    assert [p.name for p in resolve_rego_paths(["pol/*.rego"], tmp_path)] == ["a.rego", "b.rego"]
    assert [p.name for p in resolve_rego_paths(["pol"], tmp_path)] == ["a.rego", "b.rego"]


def test_resolve_paths_fails_on_no_match(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="no file matches"):
        resolve_rego_paths(["missing/*.rego"], tmp_path)


def test_modules_from_several_files_see_each_other(tmp_path: Path) -> None:
    (tmp_path / "lib.rego").write_text('package lib\nimport rego.v1\nrisky contains "Delete"\n')
    (tmp_path / "main.rego").write_text(
        'package corral\nimport rego.v1\ndefault decision := "allow"\n'
        'decision := "deny" if input.tool.name in data.lib.risky\n'
    )
    policy = RegoPolicy.from_files(resolve_rego_paths(["*.rego"], tmp_path))
    assert policy.evaluate(PolicyInput("Delete", {})).outcome == "deny"
    assert policy.evaluate(PolicyInput("Read", {})).outcome == "allow"


ECHO = 'package corral\nimport rego.v1\ndecision := {"outcome": "allow", "reasons": [{"code": "echo", "message": "m", "data": input.arguments}]}\n'


def test_input_document_reaches_the_policy_unchanged() -> None:
    args = {"s": "ü", "i": -3, "big": 2**70, "f": 1.5, "b": False, "n": None, "l": [1, "two", {"k": [True]}], "e": {}}
    d = RegoPolicy({"p.rego": ECHO}).evaluate(PolicyInput("T", args))
    echoed = d.reasons[0].data
    assert {k: v for k, v in echoed.items() if k != "big"} == {k: v for k, v in args.items() if k != "big"}
    assert echoed["big"] == pytest.approx(2**70)


def test_non_json_argument_fails_closed() -> None:
    d = RegoPolicy({"p.rego": ECHO}).evaluate(PolicyInput("T", {"x": object()}))
    assert (d.outcome, d.reasons[0].code) == ("deny", "policy_error")


def test_query_must_be_a_data_path() -> None:
    with pytest.raises(PolicyError, match="data path"):
        RegoPolicy({"p.rego": POLICY}, query="x := data.corral.decision")


def test_concurrent_evaluations_each_get_their_own_answer() -> None:
    from concurrent.futures import ThreadPoolExecutor

    policy = RegoPolicy({"p.rego": POLICY})
    tools = ["Delete", "CreateSupportTicket", "SearchKB"] * 200
    expected = {"Delete": "deny", "CreateSupportTicket": "require_approval", "SearchKB": "allow"}
    with ThreadPoolExecutor(4) as pool:
        outcomes = list(pool.map(lambda t: policy.evaluate(PolicyInput(t, {"severity": "high"})).outcome, tools))
    assert outcomes == [expected[t] for t in tools]
