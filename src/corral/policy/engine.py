"""The policy engine interface: one typed input (``PolicyInput``) in, one ``Decision`` out.

Every engine (the built-in spec rules, Rego in-process, an OPA server) sees the same input, and Rego/OPA see it as
the JSON document from ``PolicyInput.to_document()``::

    {
      "user": "alice", "tenant": "acme",
      "agent": {"name": "incident-resolver", "autonomy": "approval_required"},
      "tool": {"name": "CreateSupportTicket", "version": "1", "side_effect": "write"},
      "arguments": {...},
      "run": {"id": "...", "step": 3, "cost_usd": 0.12},
      "provenance": null
    }

External engines answer with a *result* that ``decision_from_result`` turns into a Decision (the contract is
documented there and in docs/policy.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from corral.actions import Decision, Reason

if TYPE_CHECKING:
    from corral.actions import ProposedAction

__all__ = [
    "OUTCOMES",
    "PolicyEngine",
    "PolicyInput",
    "decision_from_result",
    "fail_closed",
]

OUTCOMES = ("allow", "deny", "require_approval")


@dataclass(frozen=True, slots=True)
class PolicyInput:
    """What a policy knows about one proposed tool call. ``provenance`` is reserved for data-flow labels
    (which sources the arguments came from) and stays None until a provenance gate fills it."""

    tool: str
    arguments: dict[str, Any]
    tool_version: str = ""
    side_effect: str = "read"
    agent: str = ""
    autonomy: str = "approval_required"
    user: str = "anonymous"
    tenant: str = "default"
    run_id: str = ""
    step: int = 0
    cost_usd: float = 0.0
    provenance: dict[str, Any] | None = None

    @classmethod
    def from_action(cls, action: ProposedAction) -> PolicyInput:
        ctx = action.ctx
        provenance = action.annotations.get("provenance")
        return cls(
            tool=action.call.name,
            arguments=action.call.arguments,
            tool_version=action.contract.version,
            side_effect=action.contract.side_effect,
            agent=ctx.agent.name,
            autonomy=ctx.agent.autonomy,
            user=ctx.user,
            tenant=ctx.tenant,
            run_id=ctx.run_id,
            step=ctx.step,
            cost_usd=ctx.cost_usd,
            provenance=provenance if isinstance(provenance, dict) else None,
        )

    def to_document(self) -> dict[str, Any]:
        """The JSON input document for Rego and OPA (layout in the module docstring)."""
        return {
            "user": self.user,
            "tenant": self.tenant,
            "agent": {"name": self.agent, "autonomy": self.autonomy},
            "tool": {"name": self.tool, "version": self.tool_version, "side_effect": self.side_effect},
            "arguments": self.arguments,
            "run": {"id": self.run_id, "step": self.step, "cost_usd": self.cost_usd},
            "provenance": self.provenance,
        }


@runtime_checkable
class PolicyEngine(Protocol):
    """Decides on one proposed action. Implementations never raise for a policy problem: they return a deny
    with reason ``policy_error`` (fail closed)."""

    policy_id: str
    policy_version: str

    def evaluate(self, input: PolicyInput) -> Decision: ...  # noqa: A002 - the name policies use


def fail_closed(message: str, *, policy_id: str, policy_version: str, **data: Any) -> Decision:
    """The decision for a policy that could not be evaluated."""
    return Decision.deny("policy_error", message, policy_id=policy_id, policy_version=policy_version, **data)


_DEFAULT_REASONS = {
    "deny": ("policy_denied", "denied by policy"),
    "require_approval": ("policy_requires_approval", "policy asks for a human approval"),
}


def _reason(item: Any) -> Reason:
    if isinstance(item, str):
        return Reason(item, item)
    if isinstance(item, Mapping) and isinstance(item.get("code"), str):
        data = item.get("data")
        return Reason(item["code"], str(item.get("message", item["code"])), dict(data) if isinstance(data, Mapping) else {})
    raise ValueError(f"a reason must be a string or an object with a 'code', got {item!r}")


def decision_from_result(result: Any, *, policy_id: str, policy_version: str) -> Decision:
    """Turn what a Rego/OPA policy returned into a Decision. The contract:

    - ``"allow"``, ``"deny"`` or ``"require_approval"``;
    - ``true`` (allow) or ``false`` (deny), for policies written as ``allow := ...``;
    - an object ``{"outcome": <one of the three>, "reasons": [...]}``, each reason a string (the code) or an
      object ``{"code": ..., "message": ..., "data": {...}}``.

    An undefined result (pass ``None``) is a deny with reason ``policy_undefined``; anything else that breaks the
    contract is a deny with reason ``policy_error``.
    """
    ident = {"policy_id": policy_id, "policy_version": policy_version}
    if result is None:
        return Decision.deny("policy_undefined", "the policy gave no decision for this input (undefined)", **ident)
    if isinstance(result, bool):
        result = "allow" if result else "deny"
    reasons: tuple[Reason, ...] = ()
    if isinstance(result, Mapping):
        outcome = result.get("outcome")
        raw = result.get("reasons", [])
        if not isinstance(raw, list):
            return fail_closed("the policy's 'reasons' must be a list", **ident)
        try:
            reasons = tuple(_reason(r) for r in raw)
        except ValueError as exc:
            return fail_closed(f"the policy returned a malformed reason: {exc}", **ident)
    else:
        outcome = result
    if outcome not in OUTCOMES:
        return fail_closed(f"the policy returned an unknown outcome {outcome!r}", **ident)
    if not reasons and outcome in _DEFAULT_REASONS:
        code, message = _DEFAULT_REASONS[outcome]
        reasons = (Reason(code, f"{message} {policy_id}"),)
    return Decision(outcome, reasons, policy_id, policy_version)
