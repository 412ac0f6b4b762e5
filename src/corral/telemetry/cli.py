"""``corral metrics``: print Prometheus metrics.

The CLI is its own process, so its in-memory registry is empty. ``--url`` prints a running server's live registry
(``GET /metrics``); without it the metrics are recomputed from the runs in the store (the same database the runtime
uses), which is exact for counters and histograms but cannot know live gauges such as breaker state.
"""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

from corral.telemetry.metrics import metrics_from_events
from corral.telemetry.stored import events_from_store

__all__ = ["app", "metrics_command"]

app = typer.Typer(help="Print Prometheus metrics (a server's live registry, or recomputed from the store).")
_err = Console(stderr=True)


def _fail(message: str) -> None:
    _err.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(1)


def _fetch(url: str) -> str:
    import httpx

    target = url if url.rstrip("/").endswith("/metrics") else url.rstrip("/") + "/metrics"
    try:
        response = httpx.get(target, timeout=10.0)
    except httpx.HTTPError as exc:
        _fail(f"could not reach {target}: {exc}")
    if response.status_code != 200:
        _fail(f"{target} answered HTTP {response.status_code}")
    return response.text


def _from_store(db: str | None, limit: int) -> str:
    try:
        from corral.store.db import database_url, make_engine
        from corral.store.sql import SqlStore
    except ImportError as exc:  # pragma: no cover - the store ships with corral
        _fail(f"the run store is not available: {exc}")
    store = SqlStore(make_engine(db or database_url()))
    return metrics_from_events(events_from_store(store, limit=limit)).render()


def _table(text: str) -> Table:
    from prometheus_client.parser import text_string_to_metric_families

    table = Table("metric", "labels", "value")
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name.endswith(("_created", "_bucket")):
                continue
            labels = ", ".join(f"{k}={v}" for k, v in sorted(sample.labels.items()))
            table.add_row(sample.name, labels, f"{sample.value:g}")
    return table


@app.callback(invoke_without_command=True)
def metrics_command(
    url: str = typer.Option(None, "--url", help="A corral server (base URL or its /metrics URL): print its live "
                                               "registry instead of recomputing from the store."),
    db: str = typer.Option(None, "--db", help="Database URL (default: CORRAL_DATABASE_URL or the local SQLite)."),
    limit: int = typer.Option(1000, "--limit", min=1, help="Most recent runs to include (store mode)."),
    table: bool = typer.Option(False, "--table", help="A table instead of Prometheus text."),
) -> None:
    """Print Prometheus metrics: tokens, cost, latency, tool calls, decisions, approvals, runs."""
    try:
        text = _fetch(url) if url else _from_store(db, limit)
    except typer.Exit:
        raise
    except Exception as exc:  # one clear line, never a traceback
        _fail(f"{type(exc).__name__}: {exc}")
    if table:
        Console().print(_table(text))
    else:
        typer.echo(text, nl=False)
