"""``corral provenance ...``: the false-positive / attack eval, and the provenance of a recorded step."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from corral.errors import CorralError

__all__ = ["app"]

app = typer.Typer(name="provenance", help="Information-flow control: where tool arguments came from.",
                  no_args_is_help=True)
console = Console()


def _fail(message: str) -> None:
    console.print(f"[red]error:[/] {message}")
    raise typer.Exit(1)


@app.command("eval")
def eval_cmd(
    path: Annotated[Path, typer.Argument(help="a case file or a directory of them")] = Path("evals/provenance"),
    as_json: Annotated[bool, typer.Option("--json", help="print the report as JSON")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="print why each held case was held")] = False,
) -> None:
    """Run the provenance cases through the provenance gate alone; print held/allowed counts."""
    from corral.provenance.evaluate import evaluate

    try:
        report = evaluate(path)
    except (CorralError, OSError, KeyError, ValueError) as exc:
        _fail(str(exc))
        return
    if as_json:
        print(json.dumps(report.to_dict(), indent=2))
        return
    table = Table(title="provenance eval", title_justify="left")
    for col in ("case", "kind", "default rules", "declared trust"):
        table.add_column(col)
    for r in report.results:
        good = "held" if r.kind == "attack" else "allowed"

        def cell(held: bool, good: str = good) -> str:
            word = "held" if held else "allowed"
            return f"[{'green' if word == good else 'red'}]{word}[/]"

        table.add_row(r.name, r.kind, cell(r.held_default), cell(r.held_declared))
    console.print(table)
    for kind in ("benign", "attack"):
        for declared in (False, True):
            held, allowed = report.counts(kind, declared)
            mode = "declared trust" if declared else "default rules"
            console.print(f"{kind:>6} · {mode:<14}: held {held}, allowed {allowed}")
    if verbose:
        for r in report.results:
            if r.reasons:
                console.print(f"\n[bold]{r.name}[/]" + (f" ({r.note})" if r.note else ""))
                for reason in r.reasons:
                    console.print(f"  {reason}", markup=False)


@app.command("show")
def show_cmd(
    run_id: Annotated[str, typer.Argument(help="a run id or a unique prefix of one")],
    step: Annotated[int | None, typer.Option(help="only this step")] = None,
) -> None:
    """The provenance of each gated step of a run: which argument values are untrusted, and from where."""
    from corral.provenance.render import provenance_text
    from corral.store import SqlStore

    try:
        store = SqlStore()
        run = store.find_run(run_id)
        steps = store.list_steps(run.id)
    except CorralError as exc:
        _fail(str(exc))
        return
    shown = 0
    for s in steps:
        if step is not None and s.idx != step:
            continue
        text = provenance_text(s.annotations)
        if text:
            console.print(f"[bold]step {s.idx}[/] · {s.tool}", highlight=False)
            console.print(text, markup=False, highlight=False)
            shown += 1
    if not shown:
        console.print("no provenance recorded for this run" + (f" at step {step}" if step is not None else ""))
