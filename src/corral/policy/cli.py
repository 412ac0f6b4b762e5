"""``corral policy ...``: contract tests for policies.

``corral policy test TARGET --cases cases.yaml`` evaluates TARGET (an agent spec — built-in rules plus its Rego/OPA
policy — or a ``.rego`` file or folder) on every case and compares the decision with the expected one::

    defaults:                 # optional, merged under every case's input
      side_effect: read
    cases:
      - name: high severity tickets need a human
        input: {tool: CreateSupportTicket, side_effect: write, arguments: {severity: high}}
        expect: require_approval
        reasons: [severity_high]   # optional: each code must be among the decision's reasons
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

import typer
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from corral.actions import Decision
from corral.errors import ConfigError, CorralError
from corral.policy.engine import PolicyInput
from corral.policy.gate import PolicyGate, build_engines
from corral.policy.rego import RegoPolicy, resolve_rego_paths
from corral.spec.loader import format_validation_error, load_spec

__all__ = ["PolicyCase", "PolicyCases", "app", "run_cases"]

app = typer.Typer(help="Test and inspect agent policies.", no_args_is_help=True)


@app.callback()
def _group() -> None:
    """Test and inspect agent policies."""


class _Edge(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CaseInput(_Edge):
    tool: str | None = None
    arguments: dict[str, Any] = Field(default_factory=dict)
    tool_version: str | None = None
    side_effect: Literal["read", "write"] | None = None
    agent: str | None = None
    autonomy: str | None = None
    user: str | None = None
    tenant: str | None = None
    run_id: str | None = None
    step: int | None = None
    cost_usd: float | None = None
    provenance: dict[str, Any] | None = None


class PolicyCase(_Edge):
    name: str
    input: CaseInput
    expect: Literal["allow", "deny", "require_approval"]
    reasons: tuple[str, ...] = ()


class PolicyCases(_Edge):
    defaults: CaseInput = Field(default_factory=CaseInput)
    cases: tuple[PolicyCase, ...] = Field(min_length=1)


def _case_input(case: PolicyCase, defaults: CaseInput, base: dict[str, Any]) -> PolicyInput:
    fields: dict[str, Any] = {"arguments": {}, **base}
    fields.update(defaults.model_dump(exclude_none=True, exclude_defaults=True))
    fields.update(case.input.model_dump(exclude_none=True, exclude_defaults=True))
    if "tool" not in fields:
        raise ConfigError(f"case {case.name!r}: input.tool is missing (set it in the case or in defaults)")
    return PolicyInput(**fields)


def run_cases(gate: PolicyGate, cases: PolicyCases, base: dict[str, Any]) -> list[tuple[PolicyCase, Decision, bool]]:
    """Evaluate every case; each result says whether outcome and expected reason codes matched."""
    results: list[tuple[PolicyCase, Decision, bool]] = []
    for case in cases.cases:
        decision = gate.decide(_case_input(case, cases.defaults, base))
        codes = {r.code for r in decision.reasons}
        passed = decision.outcome == case.expect and set(case.reasons) <= codes
        results.append((case, decision, passed))
    return results


def _load_cases(path: Path) -> PolicyCases:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read the cases file: {exc}") from None
    try:
        return PolicyCases.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{p}: {r}" if p else r for p, r in format_validation_error(exc))
        raise ConfigError(f"{path}: {problems}") from None


def _load_target(target: Path, query: str) -> tuple[PolicyGate, dict[str, Any]]:
    if target.suffix in (".yaml", ".yml"):
        loaded = load_spec(target)
        agent = loaded.agent
        return PolicyGate(build_engines(agent, loaded.base_dir)), {"agent": agent.name, "autonomy": agent.autonomy}
    if target.is_dir() or target.suffix == ".rego":
        paths = resolve_rego_paths([str(target)], Path.cwd())
        return PolicyGate([RegoPolicy.from_files(paths, query=query)]), {}
    raise ConfigError(f"{target}: expected an agent spec (.yaml) or a Rego policy (.rego file or folder)")


def _table(results: list[tuple[PolicyCase, Decision, bool]]) -> Table:
    table = Table(title="policy cases")
    table.add_column("case", ratio=3)
    for col in ("expected", "decision", "reasons"):
        table.add_column(col, ratio=2)
    table.add_column("result", no_wrap=True)
    for case, decision, passed in results:
        expected = case.expect + (f" [{', '.join(case.reasons)}]" if case.reasons else "")
        table.add_row(
            case.name, expected, decision.outcome, ", ".join(r.code for r in decision.reasons) or "-",
            "[green]pass[/green]" if passed else "[red]FAIL[/red]",
        )
    return table


@app.command("test")
def test_command(
    target: Annotated[Path, typer.Argument(help="agent spec (.yaml) or Rego policy (.rego file or folder)")],
    cases: Annotated[Path, typer.Option("--cases", "-c", help="YAML file of example inputs and expected decisions")],
    query: Annotated[str, typer.Option(help="decision query for a bare .rego target")] = "data.corral.decision",
) -> None:
    """Run a policy against example inputs; exit 1 when any case does not get its expected decision."""
    console = Console()
    try:
        gate, base = _load_target(target, query)
        results = run_cases(gate, _load_cases(cases), base)
    except (CorralError, TypeError) as exc:
        console.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    console.print("policies: " + ", ".join(f"{e.policy_id}@{e.policy_version}" for e in gate.engines),
                  highlight=False, markup=False)
    console.print(_table(results))
    failed = sum(1 for _, _, ok in results if not ok)
    console.print(f"{len(results) - failed} passed, {failed} failed")
    if failed:
        raise typer.Exit(1)
