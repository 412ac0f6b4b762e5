"""The policy gate of the action pipeline: built-in spec rules first, then the spec's Rego or OPA policy.

Strictest wins (``Decision.combine``). A deny from the built-in rules ends evaluation — nothing an external policy
says can loosen it, and skipping it keeps the common deny path cheap. An engine that raises is a deny with reason
``policy_error`` (fail closed).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from corral.actions import Decision, ProposedAction
from corral.policy.builtin import BuiltinPolicy
from corral.policy.engine import PolicyEngine, PolicyInput, fail_closed
from corral.policy.opa import OpaPolicy
from corral.policy.rego import RegoPolicy, resolve_rego_paths
from corral.spec.agent import AgentSpec

__all__ = ["PolicyGate", "build_engines", "build_policy_gate"]


class PolicyGate:
    """An ActionGate (name ``policy``) that evaluates every engine on one PolicyInput."""

    name = "policy"

    def __init__(self, engines: Sequence[PolicyEngine]) -> None:
        if not engines:
            raise ValueError("a PolicyGate needs at least one engine")
        self.engines = tuple(engines)

    def decide(self, input: PolicyInput) -> Decision:  # noqa: A002
        return _merge(self.decide_each(input))

    def decide_each(self, input: PolicyInput) -> list[Decision]:  # noqa: A002
        """Each engine's decision, in order, stopping after the first deny."""
        decisions: list[Decision] = []
        for engine in self.engines:
            try:
                decision = engine.evaluate(input)
            except Exception as exc:  # an engine bug must not let the action through
                decision = fail_closed(f"policy {engine.policy_id} raised {type(exc).__name__}: {exc}",
                                       policy_id=engine.policy_id, policy_version=engine.policy_version)
            decisions.append(decision)
            if decision.outcome == "deny":
                break
        return decisions

    def check(self, action: ProposedAction) -> Decision:
        """The combined decision; every engine's own decision (with its policy id and version) is left on
        ``action.annotations["policy"]`` so the step records who said what."""
        decisions = self.decide_each(PolicyInput.from_action(action))
        action.annotations["policy"] = [d.to_dict() for d in decisions]
        return _merge(decisions)


def _merge(decisions: list[Decision]) -> Decision:
    return decisions[0] if len(decisions) == 1 else Decision.combine(decisions)


def build_engines(spec: AgentSpec, base_dir: Path) -> list[PolicyEngine]:
    """The engines a spec asks for: always the built-in rules, then Rego (``policy.rego``) and/or OPA
    (``policy.opa_url``). Raises PolicyError when a Rego policy is missing or does not compile."""
    engines: list[PolicyEngine] = [BuiltinPolicy(spec)]
    settings = spec.policy
    if settings is None:
        return engines
    if settings.rego:
        paths = resolve_rego_paths(settings.rego, base_dir)
        engines.append(RegoPolicy.from_files(paths, query=settings.query, policy_id=settings.id,
                                             policy_version=settings.version))
    if settings.opa_url:
        engines.append(OpaPolicy(settings.opa_url, query=settings.query, timeout_s=settings.opa_timeout_s,
                                 policy_id=settings.id, policy_version=settings.version))
    return engines


def build_policy_gate(spec: AgentSpec, base_dir: Path | str) -> PolicyGate:
    """The policy gate for an agent; Rego paths in the spec are relative to ``base_dir`` (the spec's folder)."""
    return PolicyGate(build_engines(spec, Path(base_dir)))
