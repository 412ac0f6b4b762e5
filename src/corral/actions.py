"""Values that flow through the action pipeline: a proposed tool call, its context and the decisions on it.

This module sits below every box (policy, guards, budget, tools, runtime) so each can speak the same types
without importing the orchestrator.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable

if TYPE_CHECKING:
    from corral.spec.agent import AgentSpec
    from corral.tools.contract import ToolContract

__all__ = [
    "ActionContext",
    "ActionGate",
    "Decision",
    "Outcome",
    "ProposedAction",
    "Reason",
    "ToolCall",
]

Outcome = Literal["allow", "deny", "require_approval"]
_RANK: dict[str, int] = {"allow": 0, "require_approval": 1, "deny": 2}


@dataclass(frozen=True, slots=True)
class ToolCall:
    """One call the model proposes: ``id`` is the provider's call id (or a generated one)."""

    id: str
    name: str
    arguments: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Reason:
    """A machine-readable reason (``code``) with a sentence for people and optional data."""

    code: str
    message: str
    data: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.data:
            out["data"] = self.data
        return out


@dataclass(frozen=True, slots=True)
class Decision:
    """The verdict of one gate on one action, with who decided (policy id and version) and why."""

    outcome: Outcome
    reasons: tuple[Reason, ...] = ()
    policy_id: str = "corral.builtin"
    policy_version: str = "1"

    @classmethod
    def allow(cls, policy_id: str = "corral.builtin", policy_version: str = "1", *reasons: Reason) -> Decision:
        return cls("allow", tuple(reasons), policy_id, policy_version)

    @classmethod
    def deny(cls, code: str, message: str, *, policy_id: str = "corral.builtin", policy_version: str = "1",
             **data: Any) -> Decision:
        return cls("deny", (Reason(code, message, data),), policy_id, policy_version)

    @classmethod
    def approval(cls, code: str, message: str, *, policy_id: str = "corral.builtin",
                 policy_version: str = "1", **data: Any) -> Decision:
        return cls("require_approval", (Reason(code, message, data),), policy_id, policy_version)

    @staticmethod
    def combine(decisions: Iterable[Decision]) -> Decision:
        """Strictest wins (deny > require_approval > allow); reasons of the winning outcome are kept."""
        items = list(decisions)
        if not items:
            return Decision("allow")
        worst = max(items, key=lambda d: _RANK[d.outcome])
        reasons = tuple(r for d in items if d.outcome == worst.outcome for r in d.reasons)
        return Decision(worst.outcome, reasons, worst.policy_id, worst.policy_version)

    def to_dict(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome,
            "reasons": [r.to_dict() for r in self.reasons],
            "policy_id": self.policy_id,
            "policy_version": self.policy_version,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Decision:
        return cls(
            data["outcome"],
            tuple(Reason(r["code"], r["message"], r.get("data", {})) for r in data.get("reasons", [])),
            data.get("policy_id", "corral.builtin"),
            data.get("policy_version", "1"),
        )


@dataclass(slots=True)
class ActionContext:
    """What is known about the run when an action is proposed. ``state`` is per-run scratch space that
    gates may use (a PII vault, provenance sources, ...); it lives as long as the run's process does."""

    run_id: str
    agent: AgentSpec
    task: str
    step: int
    tenant: str = "default"
    user: str = "anonymous"
    cost_usd: float = 0.0
    state: dict[str, Any] = field(default_factory=dict)
    messages: tuple[Any, ...] = ()  # the conversation so far (corral.models.Message), oldest first

    @property
    def autonomy(self) -> str:
        return self.agent.autonomy


@dataclass(slots=True)
class ProposedAction:
    """A tool call on its way through the gates. Gates may rewrite ``call`` (e.g. re-hydrate PII) and add
    ``annotations`` (guard verdicts, provenance); the runtime persists both on the step."""

    call: ToolCall
    contract: ToolContract
    ctx: ActionContext
    decisions: list[Decision] = field(default_factory=list)
    annotations: dict[str, Any] = field(default_factory=dict)

    @property
    def decision(self) -> Decision:
        return Decision.combine(self.decisions)


@runtime_checkable
class ActionGate(Protocol):
    """One interceptor of the action pipeline. Returns a Decision, or None when it has nothing to say."""

    name: str

    def check(self, action: ProposedAction) -> Decision | None: ...
