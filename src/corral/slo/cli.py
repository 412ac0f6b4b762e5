"""``corral slo``: SLO status from corral's own records, and the equivalent Prometheus rules."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import sqlalchemy as sa
import typer
from rich.console import Console
from rich.table import Table

from corral.errors import CorralError
from corral.slo.burn import SloStatus, evaluate
from corral.slo.rules import render_rules
from corral.slo.sli import SampleSource, samples_from_audit, samples_from_store
from corral.slo.spec import format_duration, load_slos
from corral.store.db import make_engine

__all__ = ["app"]

app = typer.Typer(help="Service level objectives: status, burn-rate alerts, Prometheus rules.", no_args_is_help=True)
_out = Console()
_err = Console(stderr=True)

SpecArg = Annotated[Path, typer.Argument(help="YAML file with an 'slos:' list (the blueprint's format).")]


def _fail(message: str) -> typer.Exit:
    _err.print(f"[red]error:[/red] {message}", highlight=False)
    return typer.Exit(1)


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.3f}%"


def _render(status: SloStatus) -> None:
    slo = status.slo
    head = Table(title=f"SLO {slo.name}: {slo.objective}", show_header=False)
    head.add_row("SLI", f"{_pct(status.ratio)}  ({status.good:,} good of {status.total:,})")
    color = "green" if status.budget_remaining > 0.25 else "yellow" if status.budget_remaining > 0 else "red"
    head.add_row("error budget left", f"[{color}]{status.budget_remaining * 100:.1f}%[/{color}]")
    _out.print(head)
    burns = Table("window", "good", "total", "error ratio", "burn rate")
    for w in status.windows:
        burns.add_row(format_duration(w.window_s), f"{w.good:,}", f"{w.total:,}", _pct(w.error_ratio),
                      f"{w.burn_rate:.2f}×")
    _out.print(burns)
    alerts = Table("alert", "rate", "long window", "short window", "state")
    for a in status.alerts:
        state = "[red]FIRING[/red]" if a.firing else "[green]ok[/green]"
        alerts.add_row(a.rule.severity + (" (spec)" if a.rule.origin == "spec" else ""), f"{a.rule.burn_rate:g}×",
                       f"{format_duration(a.rule.long_s)} {a.long.burn_rate:.2f}×",
                       f"{format_duration(a.rule.short_s)} {a.short.burn_rate:.2f}×", state)
    _out.print(alerts)


@app.command()
def status(
    spec: SpecArg,
    source: Annotated[str, typer.Option(help="Where tool calls are read: store (steps table) or audit.")] = "store",
    db: Annotated[str | None, typer.Option("--db", help="Database URL (default: CORRAL_DATABASE_URL or SQLite).")] = None,
) -> None:
    """Each SLO's current ratio, error budget left, burn rates and multi-window alerts. Exit 2 if any alert fires."""
    import time

    if source not in ("store", "audit"):
        raise _fail(f"--source must be store or audit, got {source!r}")
    try:
        slos = load_slos(spec)
        engine = make_engine(db)
        now = time.time()
        longest = max([s.window_s for s in slos] + [3 * 86400.0])
        load = samples_from_store if source == "store" else samples_from_audit
        samples = SampleSource(load(engine, now - longest, now + 1))
        statuses = [evaluate(slo, samples, now=now) for slo in slos]
    except CorralError as exc:
        raise _fail(str(exc)) from None
    except sa.exc.SQLAlchemyError as exc:
        raise _fail(f"cannot read the {source} records: {str(exc).splitlines()[0]}") from None
    for st in statuses:
        _render(st)
    if any(st.firing for st in statuses):
        raise typer.Exit(2)


@app.command()
def rules(
    spec: SpecArg,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to a file (default: stdout).")] = None,
) -> None:
    """Prometheus recording and alerting rules equivalent to `corral slo status` (check with promtool)."""
    try:
        text = render_rules(load_slos(spec))
    except CorralError as exc:
        raise _fail(str(exc)) from None
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        _out.print(f"wrote {output}", highlight=False)
