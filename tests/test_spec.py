from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from corral.cli.main import app
from corral.errors import SpecError
from corral.runtime.services import resolve_tools
from corral.spec import load_spec, parse_spec
from corral.tools.contract import ToolRegistry

BLUEPRINT = """\
agent:
  name: incident-resolver
  autonomy: approval_required
  allowed_tools:
    - SearchKB
    - CreateSupportTicket
  blocked_domains:
    - "*"  # default deny
  allow_domains:
    - "kb.internal.company"
  max_iterations: 8
  max_cost_usd: 0.50
  guardrails:
    - injection_filter
    - pii_scrubber
    - json_schema_validator
"""


def _problem(text: str) -> str:
    with pytest.raises(SpecError) as info:
        parse_spec(text, file="agent.yaml")
    return str(info.value)


def test_blueprint_spec_loads_verbatim() -> None:
    spec = parse_spec(BLUEPRINT)
    assert spec.name == "incident-resolver"
    assert spec.allowed_tools == ("SearchKB", "CreateSupportTicket")
    assert spec.blocked_domains == ("*",) and spec.allow_domains == ("kb.internal.company",)
    assert (spec.max_iterations, spec.max_cost_usd) == (8, 0.50)
    assert spec.guardrail_names() == ["injection_filter", "pii_scrubber", "json_schema_validator"]


def test_negative_iterations_names_file_path_and_reason() -> None:
    assert _problem(BLUEPRINT.replace("max_iterations: 8", "max_iterations: -1")) == (
        "agent.yaml: agent.max_iterations: must be > 0, got -1"
    )


def test_unknown_key_is_an_error() -> None:
    assert "agent.max_iteration: unknown key" in _problem(BLUEPRINT + "  max_iteration: 3\n")


def test_unknown_top_level_key_is_an_error() -> None:
    assert "agents: unknown key" in _problem(BLUEPRINT + "agents: {}\n")


def test_malformed_yaml_reports_line() -> None:
    assert "malformed YAML: line 3, column 8: mapping values are not allowed" in _problem("agent:\n  name: x\n  bad: : :\n")


def test_bad_autonomy_lists_choices() -> None:
    message = _problem(BLUEPRINT.replace("approval_required", "yolo"))
    assert "agent.autonomy: must be one of" in message and "'yolo'" in message


def test_several_problems_are_all_reported() -> None:
    message = _problem(BLUEPRINT.replace("max_iterations: 8", "max_iterations: 0").replace("0.50", "-1"))
    assert "2 problems" in message and "agent.max_iterations" in message and "agent.max_cost_usd" in message


def test_model_needs_a_provider() -> None:
    assert "agent.model" in _problem(BLUEPRINT + "  model: gpt-4o\n")


def test_missing_file_is_a_spec_error(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="file not found"):
        load_spec(tmp_path / "nope.yaml")


def test_spec_naming_unknown_tool_is_an_error() -> None:
    spec = parse_spec(BLUEPRINT)
    with pytest.raises(SpecError) as info:
        resolve_tools(spec, ToolRegistry(), file="agent.yaml")
    assert "agent.allowed_tools.0: unknown tool 'SearchKB'" in str(info.value)


def test_cli_validate_reports_error_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "agent.yaml"
    bad.write_text(BLUEPRINT.replace("max_iterations: 8", "max_iterations: -1"))
    result = CliRunner().invoke(app, ["validate", str(bad)])
    assert result.exit_code == 1
    assert "agent.max_iterations: must be > 0, got -1" in result.output
    assert "Traceback" not in result.output


def test_cli_validate_example_ok() -> None:
    example = Path(__file__).resolve().parents[1] / "examples" / "incident-resolver" / "agent.yaml"
    result = CliRunner().invoke(app, ["validate", str(example)])
    assert result.exit_code == 0, result.output
    assert "SearchKB@1" in result.output and "CreateSupportTicket@1" in result.output
