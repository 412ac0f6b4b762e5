"""The action pipeline: the ordered gates a proposed tool call passes before it may run, and the filters
that tool results and the user's input pass before they reach the model.

    guards (arguments) → provenance → policy (spec rules + Rego) → budget → approval (autonomy / policy)

Each gate is an ``ActionGate`` (``corral.actions``). A deny stops the chain; "require approval" is carried
to the end so every gate still gets its say (and a later deny still wins).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from corral.actions import ActionContext, ActionGate, Decision, ProposedAction, ToolCall
from corral.policy.gate import build_policy_gate
from corral.spec.agent import AgentSpec
from corral.tools.degrade import OutageGate

__all__ = [
    "InputFilter",
    "OutputFilter",
    "Pipeline",
    "ResultFilter",
    "build_pipeline",
    "run_gates",
]


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


@runtime_checkable
class OutputFilter(Protocol):
    """Runs on the final answer. Returns the text for the user, annotations, and a problem (the answer is
    re-asked with it, within the repair budget) or None."""

    name: str

    def filter_output(self, ctx: ActionContext, text: str) -> tuple[str, dict[str, Any], str | None]: ...


@dataclass
class Pipeline:
    gates: list[ActionGate] = field(default_factory=list)
    result_filters: list[ResultFilter] = field(default_factory=list)
    input_filters: list[InputFilter] = field(default_factory=list)
    output_filters: list[OutputFilter] = field(default_factory=list)


def build_pipeline(spec: AgentSpec, base_dir: Path | None = None) -> Pipeline:
    """The gates and filters for one agent, in order. New boxes add themselves here, in their place.

    The policy gate holds the spec's built-in rules (allowed_tools default deny, autonomy, domains, argument
    rules, run limits) and the spec's Rego/OPA policy; it raises PolicyError when a Rego policy is missing or
    does not compile, so the run fails before its first step. The outage gate applies the spec's
    ``on_tool_outage`` once a tool's circuit breaker has failed a call of this run. The guards (when the spec
    names guardrails) come first: they check the arguments (and re-hydrate PII) before the policy decides, and
    also filter the user's task and every tool result; with none named, a guard set of no guards still marks
    every tool result as data before the model reads it."""
    policy = build_policy_gate(spec, base_dir or Path.cwd())
    pipeline = Pipeline()
    resolve = None
    if spec.guardrails:
        from corral.guards import build_guards

        guards = build_guards(spec)
        pipeline.gates.append(guards)
        pipeline.input_filters.append(guards)
        pipeline.result_filters.append(guards)
        pipeline.output_filters.append(guards)
        resolve = _placeholder_resolver(guards)
    else:  # no guardrails named: tool output still reaches the model marked as data (spotlighting)
        from corral.guards import GuardSet

        pipeline.result_filters.append(GuardSet())
    if spec.provenance.enabled:  # after the guards, before the policy (which reads input.provenance)
        from corral.provenance import ProvenanceGate

        pipeline.gates.append(ProvenanceGate(resolve))
    pipeline.gates += [policy, OutageGate()]
    return pipeline


def _placeholder_resolver(guards: Any) -> Callable[[ActionContext, dict[str, Any]], dict[str, Any]]:
    """Provenance traces what a PII placeholder stands for: the model writes ``<EMAIL_1>``, the value came from
    a tool result as ``bob@acme.example``."""
    from corral.guards.guardset import STATE_KEY

    def resolve(ctx: ActionContext, arguments: dict[str, Any]) -> dict[str, Any]:
        if STATE_KEY not in ctx.state:
            return arguments
        vault = guards.run_state(ctx.state).vault
        return vault.rehydrate_obj(arguments) if len(vault) else arguments  # type: ignore[no-any-return]

    return resolve


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
