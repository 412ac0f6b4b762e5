"""The policy engine: every proposed action gets a Decision (allow / deny / require_approval) with reasons and
the id and version of the policy that made it. Built-in spec rules, Rego in-process, or an OPA server."""

import corral.policy._preload  # noqa: F401  (first: loads libstdc++ before regopy does; see there)
from corral.policy.builtin import BUILTIN_POLICY_ID, BuiltinPolicy
from corral.policy.domains import DomainRule, normalize_host
from corral.policy.engine import PolicyEngine, PolicyInput, decision_from_result
from corral.policy.gate import PolicyGate, build_engines, build_policy_gate
from corral.policy.opa import OpaPolicy
from corral.policy.rego import RegoPolicy

__all__ = [
    "BUILTIN_POLICY_ID",
    "BuiltinPolicy",
    "DomainRule",
    "OpaPolicy",
    "PolicyEngine",
    "PolicyGate",
    "PolicyInput",
    "RegoPolicy",
    "build_engines",
    "build_policy_gate",
    "decision_from_result",
    "normalize_host",
]
