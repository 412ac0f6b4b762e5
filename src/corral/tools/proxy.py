"""The tool proxy: a chain of small interceptors around the tool call, each with one job.

    ToolProxy([ContractCheck(), RateLimit(...), Idempotency(...), Breaker(...), Retry(...), Timeout(...)])

Each interceptor gets a typed ``ToolInvocation`` and the next callable in the chain; the innermost call
runs the tool. Interceptors live in their own modules; ``default_interceptors`` assembles the standard chain.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol, runtime_checkable

from corral.errors import CorralError, ToolExecutionError
from corral.tools.contract import Tool, ToolContext

__all__ = [
    "ContractCheck",
    "Next",
    "ToolInterceptor",
    "ToolInvocation",
    "ToolOutcome",
    "ToolProxy",
]


@dataclass(frozen=True, slots=True)
class ToolInvocation:
    tool: Tool
    arguments: dict[str, Any]
    context: ToolContext
    tenant: str = "default"
    timeout_s: float | None = None
    attributes: dict[str, Any] = field(default_factory=dict)  # interceptors note what they did

    def with_context(self, **kw: Any) -> ToolInvocation:
        return replace(self, context=replace(self.context, **kw))


@dataclass(slots=True)
class ToolOutcome:
    """The result of a call that returned; ``replayed`` is True when an idempotency ledger answered."""

    result: Any
    attempts: int = 1
    replayed: bool = False
    duration_ms: float = 0.0
    notes: dict[str, Any] = field(default_factory=dict)


Next = Callable[[ToolInvocation], ToolOutcome]


@runtime_checkable
class ToolInterceptor(Protocol):
    name: str

    def __call__(self, inv: ToolInvocation, call_next: Next) -> ToolOutcome: ...


class ContractCheck:
    """Arguments are checked before anything else runs; results after the tool returns."""

    name = "contract"

    def __call__(self, inv: ToolInvocation, call_next: Next) -> ToolOutcome:
        inv.tool.contract.validate_arguments(inv.arguments)
        outcome = call_next(inv)
        if not outcome.replayed:
            inv.tool.contract.validate_result(outcome.result)
        return outcome


def _execute(inv: ToolInvocation) -> ToolOutcome:
    t0 = time.perf_counter()
    kwargs = dict(inv.arguments)
    if inv.tool.context_param:
        kwargs[inv.tool.context_param] = inv.context
    try:
        result = inv.tool.fn(**kwargs)
    except CorralError:
        raise
    except Exception as exc:
        retryable = bool(getattr(exc, "retryable", False)) or isinstance(exc, (ConnectionError, TimeoutError))
        raise ToolExecutionError(
            f"{inv.tool.name} failed: {type(exc).__name__}: {exc}", retryable=retryable
        ).with_context(tool=inv.tool.name, run_id=inv.context.run_id, step=inv.context.step) from exc
    if hasattr(result, "__await__"):
        import asyncio

        async def _wait() -> Any:
            return await result

        result = asyncio.run(_wait())
    return ToolOutcome(result, duration_ms=(time.perf_counter() - t0) * 1000)


class ToolProxy:
    """Runs a tool call through the interceptor chain, outermost first."""

    def __init__(self, interceptors: Sequence[ToolInterceptor] | None = None) -> None:
        self.interceptors: list[ToolInterceptor] = list(interceptors if interceptors is not None else [ContractCheck()])
        self._chain = self._build()

    def _build(self) -> Next:
        call: Next = _execute
        for interceptor in reversed(self.interceptors):
            call = _bind(interceptor, call)
        return call

    def call(self, inv: ToolInvocation) -> ToolOutcome:
        return self._chain(inv)


def _bind(interceptor: ToolInterceptor, nxt: Next) -> Next:
    def run(inv: ToolInvocation) -> ToolOutcome:
        return interceptor(inv, nxt)

    return run
