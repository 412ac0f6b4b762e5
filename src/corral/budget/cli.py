"""``corral budget ...`` (caps) and ``corral costs`` (spend reports).

Mount: ``app.add_typer(budget.cli.app, name="budget")`` and ``app.add_typer(budget.cli.costs_app, name="costs")``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from corral.budget.report import GROUPS, cost_per_successful_task, spend_by
from corral.budget.store import BudgetStore, Scope
from corral.errors import ConfigError, CorralError
from corral.store.db import make_engine

__all__ = ["app", "costs", "costs_app"]

app = typer.Typer(help="Budget caps per run, user and tenant (per day and month).", no_args_is_help=True)
costs_app = typer.Typer(help="Spend by tenant, user, agent, model and day; cost per successful task.")
console = Console()
T = TypeVar("T")


def _store() -> BudgetStore:
    store = BudgetStore(make_engine())
    store.create_tables()
    return store


def _guard(fn: Callable[[], T]) -> T:
    try:
        return fn()
    except CorralError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(1) from None


def _money(v: float | None) -> str:
    return "-" if v is None else f"${v:,.4f}"


@app.command("set")
def set_cap(
    tenant: Annotated[str | None, typer.Option(help="tenant id ('*' for every tenant's default)")] = None,
    user: Annotated[str | None, typer.Option(help="user id within --tenant ('*' for every user's default)")] = None,
    run: Annotated[str | None, typer.Option(help="a run id (its total cap)")] = None,
    daily: Annotated[float | None, typer.Option(help="USD cap per UTC day")] = None,
    monthly: Annotated[float | None, typer.Option(help="USD cap per calendar month")] = None,
    total: Annotated[float | None, typer.Option(help="USD cap for --run")] = None,
    clear: Annotated[bool, typer.Option(help="remove the given caps (--daily/--monthly/--total 0 to name them)")]
    = False,
) -> None:
    """Set caps, e.g. ``corral budget set --tenant acme --monthly 100``."""

    def go() -> None:
        store = _store()
        if run:
            if total is None:
                raise ConfigError("--run needs --total")
            store.set_cap("run", run, "total", None if clear else total)
            console.print(f"run {run}: total {_money(None if clear else total)}")
            return
        if tenant is None:
            raise ConfigError("name a scope: --tenant T [--user U] or --run R")
        kind, scope_id = ("user", f"{tenant}/{user}") if user else ("tenant", tenant)
        given = [(p, v) for p, v in (("day", daily), ("month", monthly)) if v is not None]
        if not given:
            raise ConfigError("give --daily and/or --monthly")
        for period, value in given:
            store.set_cap(kind, scope_id, period, None if clear else value)
            console.print(f"{kind} {scope_id}: {period} {'cleared' if clear else _money(value)}")

    _guard(go)


@app.command("show")
def show(tenant: Annotated[str | None, typer.Option(help="only this tenant's caps")] = None) -> None:
    """Configured caps with this period's spend and outstanding reservations."""

    def go() -> None:
        store = _store()
        table = Table("scope", "period", "cap", "window", "spent", "reserved", "left")
        for kind, scope_id, period, cap in store.list_caps():
            if tenant and scope_id != tenant and not scope_id.startswith(f"{tenant}/"):
                continue
            used = store.usage(Scope(kind, scope_id, period))
            table.add_row(f"{kind} {scope_id}", period, _money(cap), used.window, _money(used.spent_usd),
                          _money(used.reserved_usd), _money(used.remaining_usd))
        console.print(table)

    _guard(go)


@app.command("sweep")
def sweep() -> None:
    """Release reservations whose worker never settled them (expired)."""
    n = _guard(lambda: _store().sweep_expired())
    console.print(f"released {n} expired reservation(s)")


def costs(
    by: Annotated[str, typer.Option(help=f"comma-separated: {', '.join(GROUPS)}")] = "tenant",
    tenant: Annotated[str | None, typer.Option(help="only this tenant")] = None,
    since: Annotated[str | None, typer.Option(help="first day, YYYY-MM-DD (UTC)")] = None,
    until: Annotated[str | None, typer.Option(help="last day, YYYY-MM-DD (UTC)")] = None,
) -> None:
    """Spend by tenant, user, agent, model and/or day, and the cost per successful task."""

    def go() -> None:
        store = _store()
        groups = [g.strip() for g in by.split(",") if g.strip()]
        rows = spend_by(store.engine, groups, tenant=tenant, since=since, until=until)
        table = Table(*groups, "cost", "calls", "tokens in", "tokens out", "cache hits")
        for r in rows:
            table.add_row(*(str(r[g]) for g in groups), _money(r["cost_usd"]), str(r["calls"]),
                          str(r["input_tokens"]), str(r["output_tokens"]), str(r["cache_hits"]))
        console.print(table)
        econ = cost_per_successful_task(store.engine, tenant=tenant, since=since, until=until)
        line: list[Any] = [f"total {_money(econ.total_usd)} over {econ.runs} run(s)"]
        if econ.successful_runs is None:
            line.append("success unknown (no runs table)")
        else:
            line.append(f"{econ.successful_runs} succeeded; cost per successful task "
                        f"{_money(econ.cost_per_successful_task)}")
        console.print("; ".join(line))

    _guard(go)


costs_app.callback(invoke_without_command=True)(costs)
