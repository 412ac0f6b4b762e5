"""The agent spec: the blueprint's "agent policy as code" YAML, loaded verbatim and extended.

The blueprint's example (``agent: {name, autonomy, allowed_tools, blocked_domains, allow_domains,
max_iterations, max_cost_usd, guardrails}``) is a valid spec as it stands. corral adds ``model``,
``instructions``, ``tools`` (per-tool version pins and settings), ``tool_modules`` and run limits.
Unknown keys are errors.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from corral.spec.provenance import ProvenanceSettings

__all__ = [
    "AgentSpec",
    "ApprovalSettings",
    "ArgumentRule",
    "Autonomy",
    "BreakerSettings",
    "CacheSettings",
    "CompressSettings",
    "PolicySettings",
    "ProvenanceSettings",
    "ProviderBreakerSettings",
    "RoutingRule",
    "RoutingSpec",
    "SpecDocument",
    "ToolLimits",
    "ToolSettings",
]

Autonomy = Literal["read_only", "suggest", "approval_required", "autonomous"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class BreakerSettings(_Strict):
    """When a tool's circuit breaker opens: ``consecutive_failures`` in a row, or a ``failure_rate`` over
    the calls of the last ``window_s`` seconds (once ``min_calls`` were seen); it stays open ``open_s``
    seconds, then lets ``half_open_probes`` trial calls through. Set either trigger to null to disable it."""

    consecutive_failures: int | None = Field(default=5, ge=1)
    failure_rate: float | None = Field(default=0.5, gt=0, le=1)
    min_calls: int = Field(default=10, ge=1)
    window_s: float = Field(default=60.0, gt=0)
    open_s: float = Field(default=30.0, ge=0)
    half_open_probes: int = Field(default=1, ge=1, le=100)


class ToolSettings(_Strict):
    """Per-tool settings in the spec: ``tools: {CreateSupportTicket: {version: "1", timeout_s: 10,
    retries: 2, rate_limit_per_minute: 30, breaker: {consecutive_failures: 3}}}``. ``retries`` counts the
    tries after the first, for retryable errors only."""

    version: str | None = None
    timeout_s: float | None = Field(default=None, gt=0)
    cost_usd: float | None = Field(default=None, ge=0)  # what one call costs (a paid API); held from the budget
    retries: int | None = Field(default=None, ge=0, le=10)
    rate_limit_per_minute: float | None = Field(default=None, gt=0)
    breaker: BreakerSettings | None = None


class ToolLimits(_Strict):
    """Rate limits on all tool calls (per-tool limits live in ``tools``): per run, and per tenant (one
    bucket per tenant, shared by every agent of the tenant — give them the same figure)."""

    per_run_per_minute: float | None = Field(default=None, gt=0)
    per_tenant_per_minute: float | None = Field(default=None, gt=0)


class ApprovalSettings(_Strict):
    """How approvals work for this agent. ``on_expiry: escalate`` hands an expired approval to a human
    operator (the run keeps waiting up to ``escalation_expires_after_s`` more). ``quorum`` distinct approvers
    are needed for every approval, and at least ``critical_quorum`` for actions a policy reason marks
    ``critical``. ``forbid_self_approval`` stops the user who started a run from approving its actions."""

    expires_after_s: float = Field(default=86_400.0, gt=0)
    on_expiry: Literal["reject", "escalate"] = "reject"
    escalation_expires_after_s: float = Field(default=7 * 86_400.0, gt=0)
    quorum: int = Field(default=1, ge=1, le=10)
    critical_quorum: int = Field(default=2, ge=1, le=10)
    forbid_self_approval: bool = False

    def quorum_for(self, reasons: list[dict[str, Any]]) -> int:
        critical = any(r.get("code") == "critical" for r in reasons)
        return max(self.quorum, self.critical_quorum) if critical else self.quorum


Difficulty = Literal["easy", "medium", "hard"]
_DATED = re.compile(r"-(\d{4}-\d{2}-\d{2}|\d{8})$")
_UNPINNED_PROVIDERS_OK = ("scripted", "test", "fake")


class RoutingRule(_Strict):
    """Use ``use`` when every condition given holds (first matching rule wins)."""

    use: str
    difficulty: Difficulty | None = None
    min_prompt_tokens: int | None = Field(default=None, ge=0)
    min_tools: int | None = Field(default=None, ge=0)


class ProviderBreakerSettings(_Strict):
    """The router's per-provider circuit breaker: opens after ``failure_threshold`` consecutive provider
    errors, retries one call after ``reset_after_s``."""

    failure_threshold: int = Field(default=3, ge=1)
    reset_after_s: float = Field(default=30.0, gt=0)


class CacheSettings(_Strict):
    """``cache:`` — the exact response cache (per tenant, keyed by provider, model and canonical request)."""

    ttl_s: float = Field(default=3600.0, gt=0)


class CompressSettings(_Strict):
    """``compress:`` — trim the history to the model's context window before each call."""

    keep_last: int = Field(default=4, ge=1)
    headroom: float = Field(default=0.1, ge=0, lt=1)


class RoutingSpec(_Strict):
    """``routing:`` — the models the router may pick (versions pinned), rules by difficulty, the fallback
    order on provider errors, and when to downgrade as the budget runs low."""

    models: tuple[str, ...] = Field(min_length=1)
    default: str | None = None
    rules: tuple[RoutingRule, ...] = ()
    fallback: tuple[str, ...] = ()
    downgrade_below_usd: float | None = Field(default=None, ge=0)
    judge: str | None = None
    breaker: ProviderBreakerSettings = Field(default_factory=ProviderBreakerSettings)
    allow_unpinned: bool = False

    @model_validator(mode="after")
    def _names_are_known_and_pinned(self) -> RoutingSpec:
        known = set(self.models)
        refs = [self.default, self.judge, *self.fallback, *(r.use for r in self.rules)]
        for ref in refs:
            if ref is not None and ref not in known:
                raise ValueError(f"{ref!r} is not listed in routing.models")
        for name in self.models:
            provider, _, model = name.partition(":")
            if not model and provider not in _UNPINNED_PROVIDERS_OK:
                raise ValueError(f'{name!r} must be "provider:model"')
            if not self.allow_unpinned and provider not in _UNPINNED_PROVIDERS_OK and not _DATED.search(model):
                raise ValueError(
                    f"{name!r} is not pinned to a version; use a dated name (e.g. gpt-4o-mini-2024-07-18) "
                    "or set routing.allow_unpinned"
                )
        return self

    @property
    def default_model(self) -> str:
        return self.default or self.models[0]


_CONDITION_OPS = frozenset({"eq", "ne", "in", "not_in", "gt", "gte", "lt", "lte"})


class ArgumentRule(_Strict):
    """A per-tool argument constraint: ``{tool: CreateSupportTicket, when: {severity: high}, then: require_approval}``.

    ``when`` maps top-level argument names to a condition: a plain value means equality; a mapping with one or
    more of ``eq, ne, in, not_in, gt, gte, lt, lte`` combines those tests. All conditions must hold (AND); a
    missing argument never matches. ``tool: "*"`` applies the rule to every tool."""

    tool: str = Field(min_length=1)
    when: dict[str, Any] = Field(default_factory=dict)
    then: Literal["deny", "require_approval"]
    reason: str = ""
    code: str = Field(default="argument_rule", pattern=r"^[a-z][a-z0-9_]*$")

    @field_validator("when")
    @classmethod
    def _known_ops(cls, v: dict[str, Any]) -> dict[str, Any]:
        for arg, cond in v.items():
            if isinstance(cond, dict):
                unknown = sorted(set(cond) - _CONDITION_OPS)
                if unknown or not cond:
                    raise ValueError(
                        f"condition on {arg!r}: unknown operator(s) {unknown or '(none)'}; "
                        f"use {sorted(_CONDITION_OPS)}"
                    )
                for op in ("in", "not_in"):
                    if op in cond and not isinstance(cond[op], list):
                        raise ValueError(f"condition on {arg!r}: {op!r} needs a list")
                for op in ("gt", "gte", "lt", "lte"):
                    if op in cond and (isinstance(cond[op], bool) or not isinstance(cond[op], int | float)):
                        raise ValueError(f"condition on {arg!r}: {op!r} needs a number")
        return v


class PolicySettings(_Strict):
    """External policy for the agent: Rego files evaluated in-process (``rego``), or an OPA server
    (``opa_url``). ``query`` names the decision document, e.g. ``data.corral.decision``."""

    rego: tuple[str, ...] = ()
    query: str = Field(default="data.corral.decision", pattern=r"^data(\.[A-Za-z_][A-Za-z0-9_]*)+$")
    opa_url: str | None = Field(default=None, pattern=r"^https?://")
    opa_timeout_s: float = Field(default=0.5, gt=0, le=30)
    id: str | None = None
    version: str | None = None

    @field_validator("rego", mode="before")
    @classmethod
    def _one_or_many(cls, v: Any) -> Any:
        return (v,) if isinstance(v, str) else v


class AgentSpec(_Strict):
    # --- the blueprint's keys, verbatim ---
    name: str = Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
    autonomy: Autonomy = "approval_required"
    allowed_tools: tuple[str, ...] = ()
    blocked_domains: tuple[str, ...] = ("*",)
    allow_domains: tuple[str, ...] = ()
    max_iterations: int = Field(default=8, gt=0, le=1000)
    max_cost_usd: float = Field(default=0.50, ge=0)
    guardrails: tuple[str | dict[str, Any], ...] = ()
    # --- corral's extensions ---
    model: str = "scripted:"
    instructions: str = "You are a careful assistant. Use the tools you are given; answer concisely."
    tools: dict[str, ToolSettings] = Field(default_factory=dict)
    tool_modules: tuple[str, ...] = ()
    max_wall_clock_s: float = Field(default=300.0, gt=0)
    max_repairs: int = Field(default=2, ge=0, le=10)
    max_repeated_calls: int = Field(default=2, ge=1, le=100)
    approval: ApprovalSettings = Field(default_factory=ApprovalSettings)
    routing: RoutingSpec | None = None
    cache: CacheSettings | None = None
    compress: CompressSettings | None = None
    # when a tool's circuit breaker is open: read_only denies write tools for the rest of the run,
    # approval sends every further tool call to a human
    on_tool_outage: Literal["read_only", "approval"] = "read_only"
    tool_limits: ToolLimits = Field(default_factory=ToolLimits)
    rules: tuple[ArgumentRule, ...] = ()
    policy: PolicySettings | None = None
    provenance: ProvenanceSettings = Field(default_factory=ProvenanceSettings)

    @field_validator("model")
    @classmethod
    def _model_has_provider(cls, v: str) -> str:
        if ":" not in v:
            raise ValueError(f'must be "provider:model" (e.g. "openai:gpt-4o-mini"), got {v!r}')
        return v

    @field_validator("allowed_tools")
    @classmethod
    def _unique_tools(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        seen: set[str] = set()
        for name in v:
            if name in seen:
                raise ValueError(f"tool {name!r} is listed twice")
            seen.add(name)
        return v

    def guardrail_names(self) -> list[str]:
        names: list[str] = []
        for g in self.guardrails:
            names.extend([g] if isinstance(g, str) else list(g))
        return names

    def guardrail_config(self, name: str) -> dict[str, Any]:
        for g in self.guardrails:
            if isinstance(g, dict) and name in g:
                return dict(g[name] or {})
        return {}

    def tool_version(self, name: str) -> str | None:
        settings = self.tools.get(name)
        return settings.version if settings else None


class SpecDocument(_Strict):
    """The whole YAML document."""

    agent: AgentSpec
