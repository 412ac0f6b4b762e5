"""API keys: ``crl_<id>_<secret>``. Only the SHA-256 of the secret is stored; the whole key is shown once,
at creation. Keys belong to a tenant, name a user and a role, can expire and can be revoked."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
from dataclasses import dataclass

import sqlalchemy as sa

from corral.errors import ConfigError
from corral.store.db import metadata

__all__ = ["ROLES", "ApiKey", "KeyStore", "api_keys"]

ROLES = ("viewer", "operator", "approver", "admin")
_KEY = re.compile(r"^crl_([0-9a-f]{12})_([A-Za-z0-9_\-]{20,100})$")
_TENANT = re.compile(r"^(\*|[A-Za-z0-9][A-Za-z0-9_.\-]{0,127})$")

api_keys = sa.Table(
    "api_keys", metadata,
    sa.Column("id", sa.String(16), primary_key=True),
    sa.Column("secret_sha256", sa.String(64), nullable=False),
    sa.Column("tenant", sa.String(128), nullable=False, index=True),
    sa.Column("user", sa.String(128), nullable=False),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("expires_at", sa.Float),
    sa.Column("revoked_at", sa.Float),
)


@dataclass(frozen=True, slots=True)
class ApiKey:
    id: str
    tenant: str
    user: str
    role: str
    created_at: float
    expires_at: float | None = None
    revoked_at: float | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None and (self.expires_at is None or self.expires_at > time.time())


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


class KeyStore:
    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        api_keys.create(engine, checkfirst=True)

    def create(self, tenant: str, role: str, *, user: str | None = None,
               expires_days: float | None = None) -> tuple[str, ApiKey]:
        """A new key; returns (the full key — shown once, never stored — and its record)."""
        if role not in ROLES:
            raise ConfigError(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
        if not _TENANT.match(tenant):
            raise ConfigError(f"invalid tenant {tenant!r}: letters, digits, '_', '.', '-' (or '*' for all)")
        if tenant == "*" and role != "admin":
            raise ConfigError("only an admin key may span all tenants ('*')")
        key_id, secret = secrets.token_hex(6), secrets.token_urlsafe(32)
        now = time.time()
        rec = ApiKey(key_id, tenant, user or f"key-{key_id}", role, now,
                     now + expires_days * 86_400 if expires_days else None)
        with self.engine.begin() as conn:
            conn.execute(api_keys.insert().values(id=rec.id, secret_sha256=_digest(secret), tenant=rec.tenant,
                                                  user=rec.user, role=rec.role, created_at=rec.created_at,
                                                  expires_at=rec.expires_at))
        return f"crl_{key_id}_{secret}", rec

    def verify(self, presented: str) -> ApiKey | None:
        """The key's record if ``presented`` is a valid, unrevoked, unexpired key; None otherwise."""
        m = _KEY.match(presented)
        if m is None:
            return None
        with self.engine.connect() as conn:
            row = conn.execute(api_keys.select().where(api_keys.c.id == m.group(1))).first()
        if row is None or not hmac.compare_digest(row.secret_sha256, _digest(m.group(2))):
            return None
        rec = ApiKey(row.id, row.tenant, row.user, row.role, row.created_at, row.expires_at, row.revoked_at)
        return rec if rec.active else None

    def list(self, tenant: str | None = None) -> list[ApiKey]:
        q = api_keys.select().order_by(api_keys.c.created_at)
        if tenant:
            q = q.where(api_keys.c.tenant == tenant)
        with self.engine.connect() as conn:
            return [ApiKey(r.id, r.tenant, r.user, r.role, r.created_at, r.expires_at, r.revoked_at)
                    for r in conn.execute(q)]

    def revoke(self, key_id: str) -> bool:
        key_id = key_id.removeprefix("crl_").split("_")[0]
        with self.engine.begin() as conn:
            res = conn.execute(api_keys.update().where(api_keys.c.id == key_id, api_keys.c.revoked_at.is_(None))
                               .values(revoked_at=time.time()))
            return bool(res.rowcount == 1)
