"""The agent spec: the blueprint's "agent policy as code" YAML, loaded verbatim and extended.

The blueprint's example (``agent: {name, autonomy, allowed_tools, blocked_domains, allow_domains,
max_iterations, max_cost_usd, guardrails}``) is a valid spec as it stands. corral adds ``model``,
``instructions``, ``tools`` (per-tool version pins and settings), ``tool_modules`` and run limits.
Unknown keys are errors.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from corral.spec.provenance import ProvenanceSettings

__all__ = [
    "AgentSpec",
    "ApprovalSettings",
    "ArgumentRule",
    "Autonomy",
    "BreakerSettings",
    "PolicySettings",
    "ProvenanceSettings",
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
    retries: int | None = Field(default=None, ge=0, le=10)
    rate_limit_per_minute: float | None = Field(default=None, gt=0)
    breaker: BreakerSettings | None = None


class ToolLimits(_Strict):
    """Rate limits on all tool calls (per-tool limits live in ``tools``): per run, and per tenant (one
    bucket per tenant, shared by every agent of the tenant — give them the same figure)."""

    per_run_per_minute: float | None = Field(default=None, gt=0)
    per_tenant_per_minute: float | None = Field(default=None, gt=0)


class ApprovalSettings(_Strict):
    expires_after_s: float = Field(default=86_400.0, gt=0)
    on_expiry: Literal["reject", "escalate"] = "reject"


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
