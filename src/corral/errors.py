"""The one exception hierarchy of corral.

    CorralError                       base; carries ErrorContext (run, agent, step, tool)
    ├── ConfigError                   something the operator must fix before anything runs
    │   ├── SpecError                 a spec file is malformed (file, path in the document, reason)
    │   └── MissingDependency         an optional extra is not installed (names the extra)
    ├── ToolError
    │   ├── UnknownTool               the model or spec named a tool that is not registered / allowed
    │   ├── ToolArgumentsInvalid      arguments break the tool contract; the tool never ran
    │   ├── ToolResultInvalid         the tool's result breaks its declared result schema
    │   ├── ToolExecutionError        the tool raised (retryable or not)
    │   ├── ToolTimeout               retryable
    │   ├── CircuitOpen               the tool's breaker is open; fails fast
    │   ├── RateLimited               a token bucket is empty (retry_after seconds)
    │   ├── EgressDenied              outbound HTTP to a host that policy does not allow
    │   ├── SandboxError              the sandbox is unavailable or the sandboxed process failed
    │   └── CredentialError           a scoped credential is missing, expired or mis-scoped
    ├── ModelError                    provider failures, mapped at one boundary (corral.models)
    │   ├── ModelRateLimited          retryable
    │   ├── ModelTimeout              retryable
    │   ├── ModelUnavailable          retryable (5xx, connection refused)
    │   ├── ModelBadRequest           not retryable
    │   ├── ContextWindowExceeded     preflight: the prompt cannot fit; nothing was sent
    │   └── InvalidModelOutput        the output stayed invalid after the bounded repair loop
    ├── RunError                      a run ended without a final answer
    │   ├── MaxIterationsExceeded
    │   ├── RunTimeout
    │   ├── BudgetExceeded
    │   ├── NoProgress                the same call with the same arguments repeated
    │   └── PolicyBlocked             the policy engine denied an action
    ├── PolicyError                   a policy could not be evaluated (callers fail closed)
    ├── ApprovalForbidden             this person may not decide this approval (self-approval)
    ├── GuardError                    a guardrail could not run (callers fail closed)
    └── StoreError
        ├── RunNotFound
        └── RunStateConflict          e.g. approving a run that is not waiting for approval

Control-flow signals are not failures and do not derive from CorralError: see ``ControlSignal``
(``ApprovalRequired``, ``BudgetPause``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, ClassVar

__all__ = [
    "ApprovalForbidden",
    "ApprovalRequired",
    "BudgetExceeded",
    "BudgetPause",
    "CircuitOpen",
    "ConfigError",
    "ContextWindowExceeded",
    "ControlSignal",
    "CorralError",
    "CredentialError",
    "EgressDenied",
    "ErrorContext",
    "GuardError",
    "InvalidModelOutput",
    "MaxIterationsExceeded",
    "MissingDependency",
    "ModelBadRequest",
    "ModelError",
    "ModelRateLimited",
    "ModelTimeout",
    "ModelUnavailable",
    "NoProgress",
    "PolicyBlocked",
    "PolicyError",
    "RateLimited",
    "RunError",
    "RunNotFound",
    "RunStateConflict",
    "RunTimeout",
    "SandboxError",
    "SpecError",
    "StoreError",
    "ToolArgumentsInvalid",
    "ToolError",
    "ToolExecutionError",
    "ToolResultInvalid",
    "ToolTimeout",
    "UnknownTool",
]


@dataclass(frozen=True)
class ErrorContext:
    """Where an error happened. Every field is optional; fill what is known."""

    run_id: str | None = None
    agent: str | None = None
    step: int | None = None
    tool: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def merged(self, **kw: Any) -> ErrorContext:
        data = asdict(self)
        for key, value in kw.items():
            if key in data and key != "extra":
                if data[key] is None:
                    data[key] = value
            else:
                data["extra"][key] = value
        return ErrorContext(**data)


class CorralError(Exception):
    """Base of every corral failure.

    ``code`` is a stable machine-readable name (persisted on runs, shown by the API); ``retryable`` tells
    the retry layer whether trying again may help; ``hint`` tells a person what to do next.
    """

    code: ClassVar[str] = "corral_error"
    retryable: bool = False

    def __init__(self, message: str, *, context: ErrorContext | None = None, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.context = context or ErrorContext()
        self.hint = hint

    def with_context(self, **kw: Any) -> CorralError:
        """Add run context (keeps what is already set) and return self, for ``raise err.with_context(...)``."""
        self.context = self.context.merged(**kw)
        return self

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": type(self).__name__,
            "code": self.code,
            "message": self.message,
            "hint": self.hint,
            "retryable": self.retryable,
            "context": {k: v for k, v in asdict(self.context).items() if v not in (None, {})},
        }

    def __str__(self) -> str:
        return self.message


# --- configuration -------------------------------------------------------------------------------


class ConfigError(CorralError):
    code = "config_error"


class SpecError(ConfigError):
    """A spec document is invalid. ``problems`` lists ``(path, reason)`` pairs, e.g. ``("agent.max_iterations", ...)``."""

    code = "spec_invalid"

    def __init__(self, file: str | None, problems: list[tuple[str, str]]) -> None:
        self.file = file
        self.problems = problems
        lines = [f"{path}: {reason}" if path else reason for path, reason in problems]
        where = f"{file}: " if file else ""
        if len(lines) == 1:
            message = f"{where}{lines[0]}"
        else:
            message = f"{where}{len(lines)} problems\n" + "\n".join(f"  - {line}" for line in lines)
        super().__init__(message, hint="fix the spec and run `corral validate` again")


class MissingDependency(ConfigError):
    code = "missing_dependency"


# --- tools ---------------------------------------------------------------------------------------


class ToolError(CorralError):
    code = "tool_error"


class UnknownTool(ToolError):
    code = "unknown_tool"


class ToolArgumentsInvalid(ToolError):
    code = "tool_arguments_invalid"

    def __init__(self, message: str, *, errors: list[str] | None = None, context: ErrorContext | None = None) -> None:
        super().__init__(message, context=context)
        self.errors = errors or []


class ToolResultInvalid(ToolError):
    code = "tool_result_invalid"


class ToolExecutionError(ToolError):
    code = "tool_execution_error"

    def __init__(
        self,
        message: str,
        *,
        retryable: bool = False,
        context: ErrorContext | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message, context=context, hint=hint)
        self.retryable = retryable  # instance-level: the failing tool decides


class ToolTimeout(ToolError):
    code = "tool_timeout"
    retryable = True


class CircuitOpen(ToolError):
    code = "circuit_open"


class RateLimited(ToolError):
    code = "rate_limited"
    retryable = True

    def __init__(self, message: str, *, retry_after: float = 0.0, context: ErrorContext | None = None) -> None:
        super().__init__(message, context=context)
        self.retry_after = retry_after


class EgressDenied(ToolError):
    code = "egress_denied"


class SandboxError(ToolError):
    code = "sandbox_error"


class CredentialError(ToolError):
    code = "credential_error"


# --- models --------------------------------------------------------------------------------------


class ModelError(CorralError):
    code = "model_error"


class ModelRateLimited(ModelError):
    code = "model_rate_limited"
    retryable = True


class ModelTimeout(ModelError):
    code = "model_timeout"
    retryable = True


class ModelUnavailable(ModelError):
    code = "model_unavailable"
    retryable = True


class ModelBadRequest(ModelError):
    code = "model_bad_request"


class ContextWindowExceeded(ModelError):
    code = "context_window_exceeded"


class InvalidModelOutput(ModelError):
    code = "invalid_model_output"


# --- runs ----------------------------------------------------------------------------------------


class RunError(CorralError):
    code = "run_error"


class MaxIterationsExceeded(RunError):
    code = "max_iterations_exceeded"


class RunTimeout(RunError):
    code = "run_timeout"


class BudgetExceeded(RunError):
    code = "budget_exceeded"


class NoProgress(RunError):
    code = "no_progress"


class PolicyBlocked(RunError):
    code = "policy_blocked"


# --- policy, guards, store -----------------------------------------------------------------------


class PolicyError(CorralError):
    code = "policy_error"


class ApprovalForbidden(CorralError):
    """This person may not decide this approval (e.g. approving their own run where the spec forbids it)."""

    code = "approval_forbidden"


class GuardError(CorralError):
    code = "guard_error"


class StoreError(CorralError):
    code = "store_error"


class RunNotFound(StoreError):
    code = "run_not_found"


class RunStateConflict(StoreError):
    code = "run_state_conflict"


# --- control-flow signals ------------------------------------------------------------------------


class ControlSignal(Exception):  # noqa: N818 - signals are not errors
    """Raised to steer the loop, never a failure. Not a CorralError on purpose."""


class ApprovalRequired(ControlSignal):
    """A gate asks for a human decision before the action may run."""

    def __init__(self, reason: str, *, reasons: list[dict[str, Any]] | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.reasons = reasons or []


class BudgetPause(ControlSignal):
    """A budget cap would be exceeded by the next call: the run must pause (status ``budget_exhausted``) until
    a person raises the run's cap (``corral approve RUN --budget X``) or ends the run. Nothing was spent."""

    def __init__(
        self,
        reason: str,
        *,
        scope: str,
        cap_usd: float | None,
        spent_usd: float,
        reserved_usd: float,
        needed_usd: float,
        run_id: str | None = None,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.scope = scope
        self.cap_usd = cap_usd
        self.spent_usd = spent_usd
        self.reserved_usd = reserved_usd
        self.needed_usd = needed_usd
        self.run_id = run_id

    def to_dict(self) -> dict[str, Any]:
        return {
            "reason": self.reason,
            "scope": self.scope,
            "cap_usd": self.cap_usd,
            "spent_usd": round(self.spent_usd, 6),
            "reserved_usd": round(self.reserved_usd, 6),
            "needed_usd": round(self.needed_usd, 6),
            "run_id": self.run_id,
        }
