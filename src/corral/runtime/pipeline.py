"""The action pipeline: the ordered gates a proposed tool call passes before it may run, and the filters
that tool results and the user's input pass before they reach the model.

    guards (arguments) → provenance → policy (spec rules + Rego) → budget → approval (autonomy / policy)

Each gate is an ``ActionGate`` (``corral.actions``). A deny stops the chain; "require approval" is carried
to the end so every gate still gets its say (and a later deny still wins).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from corral.actions import ActionContext, ActionGate, Decision, ProposedAction, ToolCall
from corral.spec.agent import AgentSpec

__all__ = [
    "AllowedToolsGate",
    "AutonomyGate",
    "InputFilter",
    "Pipeline",
    "ResultFilter",
    "build_pipeline",
    "run_gates",
]


class AllowedToolsGate:
    """Default deny: only the spec's ``allowed_tools`` may run."""

    name = "allowed_tools"

    def __init__(self, spec: AgentSpec) -> None:
        self._allowed = frozenset(spec.allowed_tools)

    def check(self, action: ProposedAction) -> Decision | None:
        if action.call.name not in self._allowed:
            return Decision.deny("tool_not_allowed", f"{action.call.name} is not in the agent's allowed_tools",
                                 tool=action.call.name)
        return None


class AutonomyGate:
    """``approval_required`` pauses before every write tool. (``read_only`` / ``suggest`` never reach the gates
    with a write tool: the loop records those as proposals.)"""

    name = "autonomy"

    def __init__(self, spec: AgentSpec) -> None:
        self._autonomy = spec.autonomy

    def check(self, action: ProposedAction) -> Decision | None:
        if self._autonomy == "approval_required" and action.contract.is_write:
            return Decision.approval("autonomy_approval_required",
                                     f"{action.call.name} changes state and the agent's autonomy is approval_required")
        return None


@runtime_checkable
class ResultFilter(Protocol):
    """Runs on every tool result before the model sees it. Returns the text for the model and annotations."""

    name: str

    def filter_result(self, ctx: ActionContext, call: ToolCall, text: str) -> tuple[str, dict[str, Any]]: ...


@runtime_checkable
class InputFilter(Protocol):
    """Runs on the user's task before the first model call. Returns the text for the model, annotations and an
    optional deny Decision (a blocked input ends the run before any model call)."""

    name: str

    def filter_input(self, ctx: ActionContext, text: str) -> tuple[str, dict[str, Any], Decision | None]: ...


@dataclass
class Pipeline:
    gates: list[ActionGate] = field(default_factory=list)
    result_filters: list[ResultFilter] = field(default_factory=list)
    input_filters: list[InputFilter] = field(default_factory=list)


def build_pipeline(spec: AgentSpec, base_dir: Path | None = None) -> Pipeline:
    """The gates and filters for one agent, in order. New boxes add themselves here, in their place."""
    gates: list[ActionGate] = [AllowedToolsGate(spec), AutonomyGate(spec)]
    return Pipeline(gates=gates)


def run_gates(gates: Sequence[ActionGate], action: ProposedAction) -> Decision:
    """Every gate in order; a deny stops the chain. The combined decision (strictest wins) is returned and
    every individual decision is left on ``action.decisions``."""
    for gate in gates:
        decision = gate.check(action)
        if decision is None:
            continue
        action.decisions.append(decision)
        if decision.outcome == "deny":
            break
    return action.decision
