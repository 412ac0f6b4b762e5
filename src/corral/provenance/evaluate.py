"""Run the provenance eval: scripted cases (benign flows and attacks) through the provenance gate alone.

The case file (``evals/provenance/cases.yaml``) holds a tool table and cases; see its header. Each case runs
twice, with the default rules and with the case's ``declared`` trust, and reports whether any call was held.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from corral.actions import ActionContext, ProposedAction, ToolCall
from corral.errors import ConfigError
from corral.provenance.gate import ProvenanceGate
from corral.provenance.sources import add_tool_result, ensure_ledger
from corral.spec.agent import AgentSpec
from corral.spec.provenance import ProvenanceSettings
from corral.tools.contract import ToolContract

__all__ = ["CaseResult", "EvalReport", "evaluate", "load_cases", "run_case"]


@dataclass
class CaseResult:
    name: str
    kind: str
    held_default: bool
    held_declared: bool
    reasons: list[str] = field(default_factory=list)
    note: str = ""


@dataclass
class EvalReport:
    results: list[CaseResult]

    def counts(self, kind: str, declared: bool) -> tuple[int, int]:
        """(held, allowed) among cases of ``kind``."""
        rows = [r for r in self.results if r.kind == kind]
        held = sum(1 for r in rows if (r.held_declared if declared else r.held_default))
        return held, len(rows) - held

    def to_dict(self) -> dict[str, Any]:
        summary = {f"{kind}_{mode}": dict(zip(("held", "allowed"), self.counts(kind, mode == "declared"),
                                              strict=True))
                   for kind in ("benign", "attack") for mode in ("default", "declared")}
        return {"summary": summary, "cases": [r.__dict__ for r in self.results]}


def _contracts(tools: dict[str, Any]) -> dict[str, ToolContract]:
    out: dict[str, ToolContract] = {}
    for name, spec in tools.items():
        spec = spec or {}
        props: dict[str, Any] = {p: {} for p in spec.get("params", [])}
        out[name] = ToolContract(name, "1", {"type": "object", "properties": props},
                                 side_effect=spec.get("side_effect", "read"))
    return out


def load_cases(path: str | Path) -> tuple[dict[str, ToolContract], list[dict[str, Any]]]:
    """The tool contracts and the cases of a case file (or of every ``*.yaml`` in a directory)."""
    p = Path(path)
    files = sorted(p.glob("*.yaml")) if p.is_dir() else [p]
    if not files:
        raise ConfigError(f"no case files in {p}")
    tools: dict[str, Any] = {}
    cases: list[dict[str, Any]] = []
    for f in files:
        try:
            data = yaml.safe_load(f.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise ConfigError(f"cannot read provenance cases {f}: {exc}") from None
        tools.update(data.get("tools", {}))
        cases.extend(data.get("cases", []))
    return _contracts(tools), cases


def run_case(case: dict[str, Any], contracts: dict[str, ToolContract], *, declared: bool) -> list[str]:
    """The reasons of every held call in ``case`` (empty when every call passed)."""
    settings = ProvenanceSettings.model_validate(case.get("declared", {}) if declared else {})
    agent = AgentSpec(name="eval", allowed_tools=tuple(contracts), provenance=settings)
    ctx = ActionContext(run_id=f"eval-{case['name']}", agent=agent, task=case["task"], step=0)
    ledger = ensure_ledger(ctx.state, case["task"], agent)
    gate = ProvenanceGate()
    held: list[str] = []
    for step in case.get("steps", []):
        ctx.step += 1
        if "result" in step:
            r = step["result"]
            add_tool_result(ledger, r["tool"], r["value"], agent.provenance, step=ctx.step)
            continue
        c = step["call"]
        try:
            contract = contracts[c["tool"]]
        except KeyError:
            raise ConfigError(f"case {case['name']!r}: unknown tool {c['tool']!r}") from None
        action = ProposedAction(ToolCall(f"c{ctx.step}", c["tool"], dict(c.get("arguments", {}))), contract, ctx)
        decision = gate.check(action)
        if decision is not None and decision.outcome != "allow":
            held.extend(f"{decision.outcome}: {r.message}" for r in decision.reasons)
    return held


def evaluate(path: str | Path) -> EvalReport:
    contracts, cases = load_cases(path)
    results = []
    for case in cases:
        default = run_case(case, contracts, declared=False)
        declared = run_case(case, contracts, declared=True) if "declared" in case else default
        results.append(CaseResult(case["name"], case.get("kind", "benign"), bool(default), bool(declared),
                                  declared or default, case.get("note", "")))
    return EvalReport(results)
