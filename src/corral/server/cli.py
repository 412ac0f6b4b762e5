"""``corral serve`` (the gateway and console) and ``corral keys create|list|revoke``.

Mount with ``app.add_typer(corral.server.cli.app)`` (no name): both become top-level commands."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Column, Table

from corral.errors import CorralError
from corral.server.keys import KeyStore

__all__ = ["app"]

app = typer.Typer(no_args_is_help=True, add_completion=False)
keys_app = typer.Typer(help="API keys for the gateway: create (shown once), list, revoke.", no_args_is_help=True)
app.add_typer(keys_app, name="keys")
console = Console()
err = Console(stderr=True)


def _fail(exc: CorralError) -> None:
    err.print(f"[red]error:[/] {exc.message}")
    if exc.hint:
        err.print(f"[dim]hint:[/] {exc.hint}")
    raise typer.Exit(1)


def _keystore() -> KeyStore:
    from corral.store.db import make_engine

    return KeyStore(make_engine())


@app.command()
def serve(
    agent: Annotated[list[Path], typer.Option("--agent", help="an agent spec to register (repeatable)")],
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on")] = 8700,
) -> None:
    """Run the API gateway (/v1, /openapi.json) and the web console (/console)."""
    import uvicorn

    from corral.runtime import Runtime
    from corral.server.app import create_app, load_agents

    try:
        agents = load_agents(agent)
        rt = Runtime.open().launch()
    except CorralError as exc:
        _fail(exc)
        return
    console.print(f"corral gateway on http://{host}:{port}  (console: /console, API: /docs) — agents: "
                  f"{', '.join(sorted(agents))}")
    try:
        uvicorn.run(create_app(rt, agents), host=host, port=port, log_level="warning", access_log=False)
    finally:
        rt.shutdown()
        sys.stdout.flush()
        os._exit(0)  # paused runs park on DBOS threads; their state is durable


@keys_app.command("create")
def create(
    tenant: Annotated[str, typer.Option(help="the tenant the key acts for ('*' = every tenant, admins only)")],
    role: Annotated[str, typer.Option(help="viewer, operator, approver or admin")],
    user: Annotated[str | None, typer.Option(help="the user the key stands for (recorded as the actor)")] = None,
    expires_days: Annotated[float | None, typer.Option(help="expire after this many days")] = None,
) -> None:
    """Create an API key. The key is printed once: only its hash is stored."""
    try:
        key, rec = _keystore().create(tenant, role, user=user, expires_days=expires_days)
    except CorralError as exc:
        _fail(exc)
        return
    console.print(f"key [bold]{rec.id}[/] for {rec.user} ({rec.role} in {rec.tenant}) — store it now, it is not shown again:")
    print(key)


@keys_app.command("list")
def list_keys(tenant: Annotated[str | None, typer.Option(help="only this tenant's keys")] = None) -> None:
    """Keys (never their secrets): id, tenant, user, role, expiry, revoked."""
    table = Table("tenant", "user", "role", "created", "expires", "state")
    table.columns.insert(0, Column("id", no_wrap=True, min_width=12))
    for k in _keystore().list(tenant):
        state = "revoked" if k.revoked_at else "active" if k.active else "expired"
        table.add_row(k.id, k.tenant, k.user, k.role, _date(k.created_at), _date(k.expires_at), state)
    console.print(table)


@keys_app.command("revoke")
def revoke(key_id: Annotated[str, typer.Argument(help="the key id (or the whole key)")]) -> None:
    """Revoke a key at once."""
    if not _keystore().revoke(key_id):
        err.print(f"[red]error:[/] no active key {key_id!r}")
        raise typer.Exit(1)
    console.print(f"revoked {key_id}")


def _date(ts: float | None) -> str:
    return dt.datetime.fromtimestamp(ts, dt.UTC).strftime("%Y-%m-%d %H:%M") if ts else "-"
