"""Tool contracts, the registry and the tool proxy with its interceptors."""

from corral.tools.chain import build_proxy, default_interceptors
from corral.tools.contract import (
    SideEffect,
    Tool,
    ToolContext,
    ToolContract,
    ToolRegistry,
    default_registry,
    tool,
)
from corral.tools.credentials import Credentials, InProcessVault, ScopedCredential, Vault, resolve_credential
from corral.tools.degrade import OutageGate
from corral.tools.idempotency import Idempotency, Ledger, MemoryLedger, SqlLedger, idempotency_key
from corral.tools.proxy import ContractCheck, ToolInterceptor, ToolInvocation, ToolOutcome, ToolProxy
from corral.tools.ratelimit import InMemoryBuckets, Rate, RateLimit, RedisBuckets
from corral.tools.reliability import (
    BreakerBoard,
    BreakerConfig,
    CircuitBreaker,
    Retry,
    RetryPolicy,
    Timeout,
    process_breakers,
)

__all__ = [
    "BreakerBoard",
    "BreakerConfig",
    "CircuitBreaker",
    "ContractCheck",
    "Credentials",
    "Idempotency",
    "InMemoryBuckets",
    "InProcessVault",
    "Ledger",
    "MemoryLedger",
    "OutageGate",
    "Rate",
    "RateLimit",
    "RedisBuckets",
    "Retry",
    "RetryPolicy",
    "ScopedCredential",
    "SideEffect",
    "SqlLedger",
    "Timeout",
    "Tool",
    "ToolContext",
    "ToolContract",
    "ToolInterceptor",
    "ToolInvocation",
    "ToolOutcome",
    "ToolProxy",
    "ToolRegistry",
    "Vault",
    "build_proxy",
    "default_interceptors",
    "default_registry",
    "idempotency_key",
    "process_breakers",
    "resolve_credential",
    "tool",
]
