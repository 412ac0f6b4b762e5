"""Authentication (API keys, optional OIDC/JWT bearer tokens) and authorization (roles, tenants).

Every ``/v1`` route depends on ``require(permission)``: no credentials → 401, a role without the permission
→ 403, and a resource of another tenant answers 404 (``visible``), never the data."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jwt
from fastapi import HTTPException, Request

from corral.server.keys import ROLES, KeyStore

__all__ = ["PERMISSIONS", "JwtVerifier", "Principal", "authenticate", "require", "visible"]

PERMISSIONS: dict[str, frozenset[str]] = {
    "viewer": frozenset({"read"}),
    "operator": frozenset({"read", "start", "cancel", "escalate", "compensate"}),
    "approver": frozenset({"read", "approve", "escalate"}),
    "admin": frozenset({"read", "start", "cancel", "escalate", "compensate", "approve", "metrics"}),
}


@dataclass(frozen=True, slots=True)
class Principal:
    tenant: str  # "*": a platform admin who sees every tenant
    user: str
    role: str
    key_id: str  # the API key id, or "jwt:<sub>"

    def can(self, permission: str) -> bool:
        return permission in PERMISSIONS.get(self.role, frozenset())

    def sees(self, tenant: str) -> bool:
        return self.tenant in ("*", tenant)


def visible(principal: Principal, tenant: str, what: str = "resource") -> None:
    """404 for another tenant's resource: its existence is not disclosed."""
    if not principal.sees(tenant):
        raise HTTPException(404, f"no such {what}")


class JwtVerifier:
    """Verifies RS/ES-signed bearer tokens against a JWKS (a URL, fetched and cached by PyJWKClient, or a
    file), the audience and (optionally) the issuer. The tenant and role come from claims."""

    ALGORITHMS = ["RS256", "RS384", "RS512", "ES256", "ES384", "PS256"]

    def __init__(self, audience: str, *, jwks_url: str | None = None, jwks_file: str | None = None,
                 issuer: str | None = None, tenant_claim: str = "tenant", role_claim: str = "role") -> None:
        if not (jwks_url or jwks_file):
            raise ValueError("a JWKS URL or file is needed to verify JWTs")
        self.audience, self.issuer = audience, issuer
        self.tenant_claim, self.role_claim = tenant_claim, role_claim
        self._client = jwt.PyJWKClient(jwks_url, cache_keys=True, lifespan=300) if jwks_url else None
        self._set = jwt.PyJWKSet.from_dict(json.loads(Path(jwks_file).read_text())) if jwks_file else None

    def _key(self, token: str) -> Any:
        if self._client is not None:
            return self._client.get_signing_key_from_jwt(token).key
        assert self._set is not None
        kid = jwt.get_unverified_header(token).get("kid")
        for k in self._set.keys:
            if kid is None or k.key_id == kid:
                return k.key
        raise jwt.InvalidTokenError("no JWKS key matches the token's kid")

    def verify(self, token: str) -> Principal | None:
        try:
            claims = jwt.decode(token, self._key(token), algorithms=self.ALGORITHMS, audience=self.audience,
                                issuer=self.issuer, options={"require": ["exp", "sub", "aud"]})
        except (jwt.PyJWTError, ValueError):
            return None
        tenant = claims.get(self.tenant_claim)
        roles = claims.get(self.role_claim)
        roles = [roles] if isinstance(roles, str) else roles if isinstance(roles, list) else []
        granted = [r for r in ROLES if r in roles]
        if not isinstance(tenant, str) or not tenant or tenant == "*" or not granted:
            return None
        return Principal(tenant, str(claims["sub"])[:128], granted[-1], f"jwt:{claims['sub']}")


def _credential(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip() or None
    return request.headers.get("x-api-key") or None


def authenticate(request: Request) -> Principal:
    """The caller, from ``Authorization: Bearer <key or JWT>`` or ``X-API-Key``; 401 otherwise."""
    cached = getattr(request.state, "principal", None)
    if isinstance(cached, Principal):
        return cached
    token = _credential(request)
    principal: Principal | None = None
    if token:
        keys: KeyStore = request.app.state.keys
        verifier: JwtVerifier | None = request.app.state.jwt
        if token.startswith("crl_"):
            key = keys.verify(token)
            principal = Principal(key.tenant, key.user, key.role, key.id) if key else None
        elif verifier is not None and token.count(".") == 2:
            principal = verifier.verify(token)
    if principal is None:
        raise HTTPException(401, "missing or invalid credentials", headers={"WWW-Authenticate": "Bearer"})
    request.state.principal = principal
    request.app.state.limiter.check(principal)
    return principal


def require(permission: str) -> Callable[[Request], Principal]:
    """A dependency: the authenticated, rate-limited caller, if their role grants ``permission``."""

    def dep(request: Request) -> Principal:
        principal = authenticate(request)
        if not principal.can(permission):
            raise HTTPException(403, f"the {principal.role} role may not {permission}")
        return principal

    dep.__name__ = f"require_{permission}"
    return dep
