"""Server settings, from the environment (``CORRAL_*``) with safe defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

__all__ = ["ServerSettings"]


def _float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    return float(raw) if raw else default


@dataclass(frozen=True)
class ServerSettings:
    """``rate_per_key`` / ``rate_per_tenant`` are sustained requests per second (bursts of twice that);
    ``jwks_url`` or ``jwks_file`` with ``oidc_audience`` turns on OIDC/JWT bearer tokens; ``trace_url`` is a
    template with ``{trace_id}`` for links to the tracing UI."""

    rate_per_key: float = 20.0
    rate_per_tenant: float = 100.0
    max_body_bytes: int = 64 * 1024
    redis_url: str | None = None
    jwks_url: str | None = None
    jwks_file: str | None = None
    oidc_audience: str | None = None
    oidc_issuer: str | None = None
    tenant_claim: str = "tenant"
    role_claim: str = "role"
    trace_url: str | None = None
    public_url: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls) -> ServerSettings:
        env = os.environ.get
        return cls(
            rate_per_key=_float("CORRAL_RATE_PER_KEY", 20.0),
            rate_per_tenant=_float("CORRAL_RATE_PER_TENANT", 100.0),
            max_body_bytes=int(_float("CORRAL_MAX_BODY_BYTES", 64 * 1024)),
            redis_url=env("CORRAL_REDIS_URL") or None,
            jwks_url=env("CORRAL_OIDC_JWKS_URL") or None,
            jwks_file=env("CORRAL_OIDC_JWKS_FILE") or None,
            oidc_audience=env("CORRAL_OIDC_AUDIENCE") or None,
            oidc_issuer=env("CORRAL_OIDC_ISSUER") or None,
            tenant_claim=env("CORRAL_OIDC_TENANT_CLAIM") or "tenant",
            role_claim=env("CORRAL_OIDC_ROLE_CLAIM") or "role",
            trace_url=env("CORRAL_TRACE_URL") or None,
            public_url=(env("CORRAL_PUBLIC_URL") or "").rstrip("/"),
        )

    def trace_link(self, trace_id: str) -> str | None:
        return self.trace_url.format(trace_id=trace_id) if self.trace_url and trace_id else None
