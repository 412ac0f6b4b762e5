from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from corral.policy.cli import app

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "incident-resolver" / "policy"
runner = CliRunner()


def test_example_policy_passes_its_cases() -> None:
    result = runner.invoke(app, ["test", str(EXAMPLE / "incident.rego"), "--cases", str(EXAMPLE / "policy-cases.yaml")])
    assert result.exit_code == 0, result.output
    assert "9 passed, 0 failed" in result.output


def test_wrong_expectation_fails_with_exit_1(tmp_path: Path) -> None:
    cases = tmp_path / "cases.yaml"
    cases.write_text("cases:\n  - name: wrong\n    input: {tool: SearchKB, arguments: {query: q}}\n    expect: deny\n")
    result = runner.invoke(app, ["test", str(EXAMPLE / "incident.rego"), "--cases", str(cases)])
    assert result.exit_code == 1
    assert "0 passed, 1 failed" in result.output and "FAIL" in result.output


def test_missing_reason_code_fails(tmp_path: Path) -> None:
    cases = tmp_path / "cases.yaml"
    cases.write_text(
        "cases:\n  - name: r\n    input: {tool: CreateSupportTicket, arguments: {severity: high}}\n"
        "    expect: require_approval\n    reasons: [some_other_code]\n"
    )
    result = runner.invoke(app, ["test", str(EXAMPLE / "incident.rego"), "--cases", str(cases)])
    assert result.exit_code == 1


def test_spec_target_runs_builtin_rules_and_rego(tmp_path: Path) -> None:
    shutil.copy(EXAMPLE / "incident.rego", tmp_path / "incident.rego")
    spec = tmp_path / "agent.yaml"
    spec.write_text("agent:\n  name: ir\n  autonomy: autonomous\n  allowed_tools: [SearchKB, CreateSupportTicket]\n"
                    "  policy: {rego: incident.rego}\n")
    cases = tmp_path / "cases.yaml"
    cases.write_text(
        "cases:\n"
        "  - {name: unlisted, input: {tool: Shell}, expect: deny, reasons: [tool_not_allowed]}\n"
        "  - {name: high, input: {tool: CreateSupportTicket, arguments: {severity: high}}, expect: require_approval}\n"
    )
    result = runner.invoke(app, ["test", str(spec), "--cases", str(cases)])
    assert result.exit_code == 0, result.output
    assert "2 passed" in result.output


def test_broken_policy_is_one_error_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.rego"
    bad.write_text("package corral\ndecision := {{{\n")
    cases = tmp_path / "cases.yaml"
    cases.write_text("cases:\n  - {name: a, input: {tool: T}, expect: allow}\n")
    result = runner.invoke(app, ["test", str(bad), "--cases", str(cases)])
    assert result.exit_code == 1
    assert result.output.startswith("error: the Rego policy does not compile")
    assert "Traceback" not in result.output


def test_malformed_cases_file_is_reported(tmp_path: Path) -> None:
    cases = tmp_path / "cases.yaml"
    cases.write_text("cases:\n  - {name: a, input: {tool: T}, expect: maybe}\n")
    result = runner.invoke(app, ["test", str(EXAMPLE / "incident.rego"), "--cases", str(cases)])
    assert result.exit_code == 1 and "cases.0.expect" in result.output
