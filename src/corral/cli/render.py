"""Rich rendering for the CLI: run tables, step tables, live step lines, approvals."""

from __future__ import annotations

import json
import time
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from corral.events import RunEvent
from corral.store.records import ApprovalRecord, RunRecord, StepRecord

__all__ = ["LivePrinter", "approval_panel", "run_header", "runs_table", "steps_table", "steps_view"]

STATUS_STYLE = {
    "completed": "green", "running": "cyan", "waiting_approval": "yellow", "budget_exhausted": "yellow",
    "failed": "red", "rejected": "magenta", "cancelled": "dim",
}


def _short_json(obj: Any, limit: int = 80) -> str:
    if obj is None:
        return ""
    text = obj if isinstance(obj, str) else json.dumps(obj, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _status(status: str) -> Text:
    return Text(status, style=STATUS_STYLE.get(status, ""))


def _duration(seconds: float) -> str:
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    if seconds < 120:
        return f"{seconds:.1f} s"
    return f"{seconds / 60:.1f} min"


def runs_table(runs: list[RunRecord]) -> Table:
    table = Table(title="runs", title_justify="left")
    for col in ("id", "agent", "status", "steps", "cost", "duration", "started"):
        table.add_column(col, justify="right" if col in ("steps", "cost", "duration") else "left")
    for r in runs:
        started = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(r.created_at))
        table.add_row(r.id[:12], r.agent, _status(r.status), str(r.steps), f"${r.cost_usd:.4f}",
                      _duration(r.duration_s), started)
    return table


def run_header(run: RunRecord) -> Panel:
    lines = [
        f"[bold]{run.agent}[/]  run {run.id}",
        f"status: [{STATUS_STYLE.get(run.status, '')}]{run.status}[/]   autonomy: {run.autonomy}   model: {run.model}",
        f"steps: {run.steps}   tokens: {run.tokens_in} in / {run.tokens_out} out   cost: ${run.cost_usd:.4f}   "
        f"duration: {_duration(run.duration_s)}",
        f"tenant: {run.tenant}   user: {run.user}   trace: {run.trace_id}",
        f"task: {run.task}",
    ]
    if run.result:
        lines.append(f"[green]result:[/] {run.result}")
    if run.error:
        lines.append(f"[red]error ({run.error.get('code', run.error.get('type'))}):[/] {run.error.get('message')}")
    return Panel("\n".join(lines), expand=False)


def _decision_text(step: StepRecord) -> Text:
    if not step.decision:
        return Text("")
    outcome = step.decision.get("outcome", "")
    style = {"allow": "green", "deny": "red", "require_approval": "yellow"}.get(outcome, "")
    codes = ", ".join(r.get("code", "") for r in step.decision.get("reasons", []))
    return Text(f"{outcome}" + (f" ({codes})" if codes else ""), style=style)


def steps_table(steps: list[StepRecord]) -> Table:
    table = Table(title="steps", title_justify="left")
    table.add_column("#", justify="right")
    table.add_column("plan · tool", overflow="ellipsis", no_wrap=True, max_width=24)
    table.add_column("args", overflow="ellipsis", no_wrap=True, max_width=22)
    table.add_column("decision", overflow="fold", min_width=8)
    table.add_column("status", overflow="fold", min_width=8)
    table.add_column("result", overflow="ellipsis", no_wrap=True, max_width=26)
    table.add_column("tokens", justify="right", no_wrap=True)
    table.add_column("cost", justify="right", no_wrap=True)
    for s in steps:
        plan = "final answer" if s.kind == "final" else f"{s.kind} · {s.tool}" if s.tool else s.kind
        result = s.result_summary or (s.text if s.kind == "final" else "") or ""
        if s.error:
            result = f"{s.error.get('code')}: {s.error.get('message')}"
        table.add_row(str(s.idx), plan, _short_json(s.arguments, 200), _decision_text(s), _status(s.status),
                      Text(_short_json(result, 200), style="red" if s.error else ""),
                      f"{s.tokens_in}/{s.tokens_out}", f"${s.cost_usd:.5f}")
    return table


def approval_panel(a: ApprovalRecord, run: RunRecord) -> Panel:
    # Reasons and arguments carry text from tool results and the model: never Rich markup.
    reasons = "\n".join(f"  - {escape(str(r.get('code')))}: {escape(str(r.get('message')))}"
                         for r in a.reasons) or "  -"
    if a.kind == "budget":
        body = (f"the run is paused before step {a.step_idx}: its budget is exhausted\n{reasons}\n\n"
                f"continue: corral approve {run.id[:12]} --budget USD   (the run's new total cap)\n"
                f"end:      corral reject {run.id[:12]} --reason \"...\"")
        return Panel(body, title="budget exhausted", border_style="yellow", expand=False)
    args = escape(json.dumps(a.arguments, indent=2, ensure_ascii=False))
    expires = time.strftime("%Y-%m-%d %H:%M", time.localtime(a.expires_at)) if a.expires_at else "never"
    body = (f"[bold]{a.tool}[/] wants to run (step {a.step_idx}) — autonomy: {run.autonomy}\n"
            f"why approval is needed:\n{reasons}\narguments:\n{args}\nexpires: {expires}\n\n"
            f"approve:  corral approve {run.id[:12]}\n"
            f"reject:   corral reject {run.id[:12]} --reason \"...\"")
    return Panel(body, title="approval needed", border_style="yellow", expand=False)


class LivePrinter:
    """A bus subscriber printing one line per step as the run goes."""

    def __init__(self, console: Console) -> None:
        self.console = console

    def __call__(self, ev: RunEvent) -> None:
        d = ev.data
        c = self.console
        if ev.kind == "plan" and d.get("kind") == "tool":
            c.print(f"[dim]step {ev.step}[/] plan  → [bold]{d['tool']}[/] {_short_json(d.get('arguments'), 90)}")
        elif ev.kind == "decision":
            outcome = d["decision"]["outcome"]
            style = {"allow": "green", "deny": "red", "require_approval": "yellow"}[outcome]
            c.print(f"[dim]step {ev.step}[/] policy → [{style}]{outcome}[/]")
        elif ev.kind == "tool_call":
            style = "green" if d["status"] == "ok" else "red"
            tail = d.get("result_summary") or (d.get("error") or {}).get("message", "")
            c.print(f"[dim]step {ev.step}[/] tool  → [{style}]{d['status']}[/] {_short_json(tail, 90)}")
        elif ev.kind == "approval_decided":
            c.print(f"[dim]step {ev.step}[/] approval → {d['status']} by {d.get('actor')}")


def steps_view(steps: list[StepRecord], width: int) -> Any:
    """A table on wide terminals; one block per step on narrow ones (80 columns)."""
    if width >= 110:
        return steps_table(steps)
    from rich.console import Group

    blocks: list[Any] = [Text("steps", style="italic")]
    for s in steps:
        head = "final answer" if s.kind == "final" else f"{s.kind} · {s.tool}" if s.tool else s.kind
        line = Text(f"{s.idx:>2}  {head}  ", style="bold")
        line.append(_status(s.status))
        line.append(f"   {s.tokens_in}/{s.tokens_out} tok  ${s.cost_usd:.5f}", style="dim")
        blocks.append(line)
        if s.arguments:
            blocks.append(Text(f"    args:     {_short_json(s.arguments, width - 16)}"))
        if s.decision:
            blocks.append(Text("    decision: ") + _decision_text(s))
        result = s.result_summary or (s.text if s.kind == "final" else "")
        if s.error:
            blocks.append(Text(f"    error:    {s.error.get('code')}: {_short_json(s.error.get('message'), width - 30)}",
                               style="red"))
        elif result:
            blocks.append(Text(f"    result:   {_short_json(result, width - 16)}"))
    return Group(*blocks)
