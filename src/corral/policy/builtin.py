"""The built-in rules, compiled once from an AgentSpec into plain sets, tuples and closures.

In order (the first deny ends evaluation; approvals accumulate):

1. ``allowed_tools`` — default deny: a tool not listed is ``tool_not_allowed``.
2. per-run limits — ``max_cost_exceeded`` when the run's cost so far is above ``max_cost_usd``;
   ``max_steps_exceeded`` when the step number is above ``max_iterations``.
3. domains — every http(s) URL anywhere in the arguments must pass ``allow_domains`` / ``blocked_domains``
   (default deny, the egress guard's matcher: ``domain_blocked``, ``domain_not_allowed``, ``domain_local_name``,
   ``domain_private_address``, ``url_invalid``).
4. autonomy — a ``write`` tool under ``read_only`` or ``suggest`` is ``autonomy_read_only`` (deny; the runtime
   records it as proposed, never run); under ``approval_required`` it is ``autonomy_approval_required``.
5. argument rules (``rules:`` in the spec) — each matching rule denies or asks for approval.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from corral.actions import Decision, Reason
from corral.errors import ConfigError, PolicyError
from corral.policy.domains import DomainRule
from corral.policy.engine import PolicyInput
from corral.spec.agent import AgentSpec, ArgumentRule

__all__ = ["BUILTIN_POLICY_ID", "BuiltinPolicy", "compile_condition"]

BUILTIN_POLICY_ID = "corral.builtin"
_MISSING = object()
Test = Callable[[Any], bool]


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _op_test(op: str, operand: Any) -> Test:
    if op == "eq":
        return lambda v: bool(v == operand)
    if op == "ne":
        return lambda v: bool(v != operand)
    if op == "in":
        return lambda v: v in operand
    if op == "not_in":
        return lambda v: v not in operand
    compare: dict[str, Callable[[Any], bool]] = {
        "gt": lambda v: bool(v > operand),
        "gte": lambda v: bool(v >= operand),
        "lt": lambda v: bool(v < operand),
        "lte": lambda v: bool(v <= operand),
    }
    fn = compare[op]
    return lambda v: _is_number(v) and fn(v)


def compile_condition(condition: Any) -> Test:
    """A plain value means equality; a mapping combines operators (all must hold). Missing args never match."""
    if not isinstance(condition, dict):
        return lambda v: v is not _MISSING and bool(v == condition)
    tests = tuple(_op_test(op, operand) for op, operand in condition.items())
    return lambda v: v is not _MISSING and all(t(v) for t in tests)


@dataclass(frozen=True, slots=True)
class _CompiledRule:
    tools: frozenset[str] | None  # None: every tool
    checks: tuple[tuple[str, Test], ...]
    outcome: str
    reason: Reason

    def matches(self, tool: str, arguments: dict[str, Any]) -> bool:
        if self.tools is not None and tool not in self.tools:
            return False
        return all(test(arguments.get(arg, _MISSING)) for arg, test in self.checks)


def _compile_rule(index: int, rule: ArgumentRule) -> _CompiledRule:
    message = rule.reason or f"rule {index} ({rule.tool} when {rule.when}) says {rule.then}"
    return _CompiledRule(
        tools=None if rule.tool == "*" else frozenset({rule.tool}),
        checks=tuple((arg, compile_condition(cond)) for arg, cond in rule.when.items()),
        outcome=rule.then,
        reason=Reason(rule.code, message, {"rule": index}),
    )


def _spec_version(spec: AgentSpec) -> str:
    relevant = spec.model_dump(
        mode="json",
        include={"allowed_tools", "autonomy", "allow_domains", "blocked_domains", "max_cost_usd",
                 "max_iterations", "rules"},
    )
    digest = hashlib.sha256(json.dumps(relevant, sort_keys=True).encode()).hexdigest()
    return f"sha256:{digest[:12]}"


class BuiltinPolicy:
    """The spec's own rules as a PolicyEngine. ``policy_version`` is a hash of the rule-bearing spec fields,
    so a decision names exactly the rules that made it."""

    policy_id = BUILTIN_POLICY_ID

    def __init__(self, spec: AgentSpec) -> None:
        self.policy_version = _spec_version(spec)
        self._allowed = frozenset(spec.allowed_tools)
        self._max_cost = spec.max_cost_usd
        self._max_steps = spec.max_iterations
        try:
            self._domains = DomainRule.compile(spec.allow_domains, spec.blocked_domains)
        except ConfigError as exc:
            raise PolicyError(f"agent.{exc.message}",
                              hint="use host names, IP addresses, CIDR networks, '*.example.com' or '*'") from None
        self._write_outcome: tuple[str, str, str] | None = {
            "read_only": ("deny", "autonomy_read_only", "write tools never run at autonomy read_only"),
            "suggest": ("deny", "autonomy_read_only", "write tools are only suggested at autonomy suggest"),
            "approval_required": ("require_approval", "autonomy_approval_required",
                                  "write tools need a human approval at autonomy approval_required"),
        }.get(spec.autonomy)
        self._rules = tuple(_compile_rule(i, r) for i, r in enumerate(spec.rules))
        self._allow = Decision("allow", (), self.policy_id, self.policy_version)

    def _deny(self, code: str, message: str, **data: Any) -> Decision:
        return Decision.deny(code, message, policy_id=self.policy_id, policy_version=self.policy_version, **data)

    def _check_domains(self, arguments: dict[str, Any]) -> Decision | None:
        denial = self._domains.check_arguments(arguments)
        if denial is None:
            return None
        data = {} if denial.host is None else {"host": denial.host}
        return self._deny(denial.code, denial.message, **data)

    def evaluate(self, input: PolicyInput) -> Decision:  # noqa: A002
        tool = input.tool
        if tool not in self._allowed:
            return self._deny("tool_not_allowed", f"{tool!r} is not in allowed_tools", tool=tool)
        if input.cost_usd > self._max_cost:
            return self._deny("max_cost_exceeded", f"the run has cost ${input.cost_usd:.4f}, above the cap "
                              f"${self._max_cost:.2f}", cost_usd=input.cost_usd, max_cost_usd=self._max_cost)
        if input.step > self._max_steps:
            return self._deny("max_steps_exceeded", f"step {input.step} is beyond max_iterations "
                              f"{self._max_steps}", step=input.step, max_iterations=self._max_steps)
        denied = self._check_domains(input.arguments)
        if denied is not None:
            return denied
        approvals: list[Reason] = []
        if input.side_effect == "write" and self._write_outcome is not None:
            outcome, code, message = self._write_outcome
            if outcome == "deny":
                return self._deny(code, message, tool=tool)
            approvals.append(Reason(code, message))
        for rule in self._rules:
            if rule.matches(tool, input.arguments):
                if rule.outcome == "deny":
                    return Decision("deny", (rule.reason,), self.policy_id, self.policy_version)
                approvals.append(rule.reason)
        if approvals:
            return Decision("require_approval", tuple(approvals), self.policy_id, self.policy_version)
        return self._allow
