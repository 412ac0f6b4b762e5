"""Short-lived credentials scoped to one tool (and optionally one run).

A ``Vault`` keeps the long-lived secrets. For each call the ``Credentials`` interceptor asks it for a
``ScopedCredential``: a random opaque token that names the tool, the run and an expiry, and that is
revoked when the call returns. The tool gets only the token (``ToolContext.credential``); the code that
talks to the upstream service exchanges it for the secret with ``resolve_credential(ctx)``, which fails
with ``CredentialError`` for an expired, revoked or mis-scoped token. A token that leaks into a log, a
model's context or a sandboxed subprocess is worth little: it opens one tool, for one run, for minutes.

Secrets never appear in ``repr``/``str`` of these objects, nor in error messages.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import yaml

from corral.errors import ConfigError, CredentialError
from corral.tools.contract import ToolContext
from corral.tools.proxy import Next, ToolInvocation, ToolOutcome

__all__ = [
    "Credentials",
    "InProcessVault",
    "ScopedCredential",
    "Vault",
    "resolve_credential",
]

VAULT_KEY = "corral.vault"
TOOL_KEY = "corral.tool"


@dataclass(frozen=True, slots=True)
class ScopedCredential:
    """A token good for ``tool`` (and ``run_id`` when set) until ``expires_at`` (vault clock seconds)."""

    token: str = field(repr=False)
    tool: str
    run_id: str | None
    expires_at: float

    def __str__(self) -> str:
        return f"<credential for {self.tool}>"


@runtime_checkable
class Vault(Protocol):
    """Where long-lived secrets live. Implementations: ``InProcessVault``; HashiCorp Vault, cloud secret
    managers and the like fit behind the same four methods."""

    def provides(self, tool: str) -> bool:
        """True when the vault holds a secret for ``tool``."""
        ...

    def issue(self, tool: str, run_id: str | None = None, ttl_s: float = 300.0) -> ScopedCredential: ...

    def resolve(self, token: str, tool: str, run_id: str | None = None) -> str:
        """The secret behind ``token``; ``CredentialError`` when it is unknown, expired or for another
        tool or run."""
        ...

    def revoke(self, token: str) -> None: ...


def _norm(tool: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "_", tool).upper()


@dataclass(frozen=True, slots=True)
class _Grant:
    tool: str
    run_id: str | None
    expires_at: float


class InProcessVault:
    """Secrets held in this process, keyed by tool name (matched case-insensitively, with any character
    other than a letter or digit read as ``_``). Tokens are ``secrets.token_urlsafe(32)``; only their
    sha256 is kept, so the grant table does not hold usable tokens either."""

    def __init__(
        self,
        secrets_by_tool: Mapping[str, str],
        *,
        max_ttl_s: float = 3600.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.__secrets = {_norm(k): v for k, v in secrets_by_tool.items()}
        self._max_ttl_s = max_ttl_s
        self._clock = clock
        self._lock = threading.Lock()
        self._grants: dict[str, _Grant] = {}

    @classmethod
    def from_env(cls, prefix: str = "CORRAL_SECRET_", environ: Mapping[str, str] | None = None,
                 **kw: Any) -> InProcessVault:
        """``CORRAL_SECRET_CREATESUPPORTTICKET=...`` is the secret of tool ``CreateSupportTicket``."""
        env = os.environ if environ is None else environ
        return cls({k[len(prefix):]: v for k, v in env.items() if k.startswith(prefix) and v}, **kw)

    @classmethod
    def from_file(cls, path: str | Path, **kw: Any) -> InProcessVault:
        """A YAML or JSON mapping of tool name to secret."""
        p = Path(path)
        try:
            data = yaml.safe_load(p.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise ConfigError(f"cannot read secrets file {p}: {type(exc).__name__}") from None
        if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
            raise ConfigError(f"secrets file {p} must map tool names to strings")
        return cls({str(k): v for k, v in data.items()}, **kw)

    def __repr__(self) -> str:
        return f"InProcessVault(tools={sorted(self.__secrets)})"

    def provides(self, tool: str) -> bool:
        return _norm(tool) in self.__secrets

    def issue(self, tool: str, run_id: str | None = None, ttl_s: float = 300.0) -> ScopedCredential:
        if not self.provides(tool):
            raise CredentialError(f"no secret is configured for tool {tool!r}").with_context(tool=tool)
        if not 0 < ttl_s <= self._max_ttl_s:
            raise CredentialError(f"credential ttl must be in (0, {self._max_ttl_s:g}] seconds, got {ttl_s:g}")
        token = secrets.token_urlsafe(32)
        now = self._clock()
        grant = _Grant(tool, run_id, now + ttl_s)
        with self._lock:
            self._grants = {h: g for h, g in self._grants.items() if g.expires_at > now}
            self._grants[_digest(token)] = grant
        return ScopedCredential(token, tool, run_id, grant.expires_at)

    def resolve(self, token: str, tool: str, run_id: str | None = None) -> str:
        with self._lock:
            grant = self._grants.get(_digest(token))
        if grant is None:
            raise CredentialError("unknown or revoked credential").with_context(tool=tool, run_id=run_id)
        if self._clock() >= grant.expires_at:
            raise CredentialError(f"credential for {grant.tool} has expired").with_context(tool=tool, run_id=run_id)
        if _norm(grant.tool) != _norm(tool):
            raise CredentialError(f"credential is scoped to tool {grant.tool!r}, not {tool!r}").with_context(
                tool=tool, run_id=run_id)
        if grant.run_id is not None and grant.run_id != run_id:
            raise CredentialError("credential is scoped to another run").with_context(tool=tool, run_id=run_id)
        return self.__secrets[_norm(tool)]

    def revoke(self, token: str) -> None:
        with self._lock:
            self._grants.pop(_digest(token), None)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Credentials:
    """Issues a token for the tool's secret for the length of one call, scoped to the run unless
    ``scope_to_run`` is False; tools without a secret in the vault get none."""

    name = "credentials"

    def __init__(self, vault: Vault, *, ttl_s: float = 300.0, scope_to_run: bool = True) -> None:
        self.vault = vault
        self.ttl_s = ttl_s
        self.scope_to_run = scope_to_run

    def __call__(self, inv: ToolInvocation, call_next: Next) -> ToolOutcome:
        tool = inv.tool.name
        if not self.vault.provides(tool):
            return call_next(inv)
        run_id = inv.context.run_id if self.scope_to_run else None
        cred = self.vault.issue(tool, run_id=run_id, ttl_s=self.ttl_s)
        extras = {**inv.context.extras, VAULT_KEY: self.vault, TOOL_KEY: tool}
        try:
            return call_next(inv.with_context(credential=cred.token, extras=extras))
        finally:
            self.vault.revoke(cred.token)


def resolve_credential(ctx: ToolContext) -> str:
    """Inside a tool: exchange the call's scoped token for the secret it stands for."""
    vault = ctx.extras.get(VAULT_KEY)
    tool = ctx.extras.get(TOOL_KEY)
    if ctx.credential is None or vault is None or not isinstance(tool, str):
        raise CredentialError("this call carries no credential; is a secret configured for the tool?")
    secret: str = vault.resolve(ctx.credential, tool, ctx.run_id)
    return secret

