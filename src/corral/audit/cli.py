"""``corral audit``: verify the chain, anchor its head, export a run's forensics bundle."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import sqlalchemy as sa
import typer
from rich.console import Console
from rich.table import Table

from corral.audit.anchor import Anchor, default_anchor_path, latest_anchor, write_anchor
from corral.audit.export import export_run
from corral.audit.log import AuditLog
from corral.audit.verify import verify as verify_chain
from corral.errors import CorralError
from corral.store.db import make_engine

__all__ = ["app"]

app = typer.Typer(help="Tamper-evident audit log: verify, anchor, export.", no_args_is_help=True)
_out = Console()
_err = Console(stderr=True)

DbOption = Annotated[str | None, typer.Option("--db", help="Database URL (default: CORRAL_DATABASE_URL or SQLite).")]
AnchorOption = Annotated[
    Path | None, typer.Option("--anchor", help="Anchor file (default: CORRAL_AUDIT_ANCHOR or CORRAL_HOME).")
]


def _fail(message: str) -> typer.Exit:
    _err.print(f"[red]error:[/red] {message}", highlight=False, markup=True)
    return typer.Exit(1)


def _engine(db: str | None) -> sa.Engine:
    return make_engine(db)


@app.command()
def verify(db: DbOption = None, anchor: AnchorOption = None,
           no_anchor: Annotated[bool, typer.Option("--no-anchor", help="Ignore the anchor file.")] = False) -> None:
    """Check the whole hash chain; exit 1 and name the first broken record if anything was changed."""
    try:
        engine = _engine(db)
        pinned: Anchor | None = None if no_anchor else latest_anchor(anchor or default_anchor_path())
        report = verify_chain(engine, anchor=pinned)
    except CorralError as exc:
        raise _fail(str(exc)) from None
    except sa.exc.SQLAlchemyError as exc:
        raise _fail(f"cannot read the audit log: {exc.__class__.__name__}: {str(exc).splitlines()[0]}") from None
    table = Table(title="audit chain", show_header=False)
    table.add_row("records checked", f"{report.records:,}")
    table.add_row("head", f"seq {report.last_seq}  {report.last_hash[:16]}…")
    table.add_row("anchor", f"seq {pinned.seq}  {pinned.hash[:16]}…" if pinned else "none")
    table.add_row("time", f"{report.elapsed_s:.2f} s")
    if report.broken is None:
        table.add_row("result", "[green]OK — chain intact[/green]")
        _out.print(table)
        return
    table.add_row("result", f"[red]BROKEN at seq {report.broken.seq}[/red]")
    table.add_row("reason", report.broken.reason)
    _out.print(table)
    raise typer.Exit(1)


@app.command()
def anchor(db: DbOption = None, anchor: AnchorOption = None) -> None:
    """Append the chain's current head (seq, hash) to the external anchor file."""
    try:
        head = AuditLog(_engine(db)).head()
        path = anchor or default_anchor_path()
        written = write_anchor(path, head.seq, head.hash)
    except (CorralError, OSError) as exc:
        raise _fail(str(exc)) from None
    _out.print(f"anchored seq {written.seq} {written.hash} → {path}", highlight=False)


@app.command()
def export(run_id: str, db: DbOption = None, anchor: AnchorOption = None,
           output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to a file (default: stdout).")] = None,
           ) -> None:
    """Write the forensics bundle of RUN_ID (run, steps, decisions, trace id, audit records) as JSON."""
    try:
        log = AuditLog(_engine(db))
        bundle = export_run(log, run_id, anchor=latest_anchor(anchor or default_anchor_path()))
    except CorralError as exc:
        raise _fail(str(exc)) from None
    if bundle["run"] is None and not bundle["audit"]["records"]:
        raise _fail(f"no run and no audit records for run id {run_id!r}")
    text = json.dumps(bundle, indent=2, ensure_ascii=False, sort_keys=True)
    if output is None:
        typer.echo(text)
    else:
        output.write_text(text + "\n", encoding="utf-8")
        _out.print(f"wrote {output} ({len(bundle['audit']['records'])} audit records)", highlight=False)
