"""What the run / demo / approve commands do, returning an exit code (the caller leaves the process)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.prompt import Confirm, Prompt

from corral.cli.render import LivePrinter, approval_panel, run_header, steps_view
from corral.errors import ConfigError, CorralError
from corral.runtime import Runtime
from corral.spec.loader import LoadedSpec, load_spec
from corral.store.records import RunRecord

__all__ = ["decide", "demo", "example_spec_path", "run_and_report"]


def _guard(console: Console, fn: Callable[[], int]) -> int:
    try:
        return fn()
    except CorralError as exc:
        console.print(f"[red]error:[/] {exc.message}")
        if exc.hint:
            console.print(f"[dim]hint:[/] {exc.hint}")
        return 1
    except Exception as exc:  # a bug or an infrastructure failure: one line, the details only on request
        if os.environ.get("CORRAL_DEBUG"):
            raise
        console.print(f"[red]internal error:[/] {type(exc).__name__}: {exc}")
        console.print("[dim]hint:[/] set CORRAL_DEBUG=1 for the traceback; the run's state is kept in the store")
        return 1


def _open_runtime(console: Console) -> Runtime:
    rt = Runtime.open()
    rt.bus.subscribe(LivePrinter(console))
    return rt.launch()


def _report(console: Console, rt: Runtime, run: RunRecord) -> int:
    console.print(run_header(run))
    if run.status == "waiting_approval":
        pending = rt.store.pending_approval(run.id)
        if pending:
            console.print(approval_panel(pending, run))
        return 0
    if run.status == "budget_exhausted":
        pending = rt.store.pending_approval(run.id)
        why = pending.reasons[0]["message"] if pending and pending.reasons else "a budget cap was reached"
        console.print(f"[yellow]paused: budget exhausted[/] — {why}")
        console.print(f"continue with [bold]corral approve {run.id[:12]} --budget USD[/] or end it with "
                      f"[bold]corral reject {run.id[:12]} --reason ...[/]")
        return 0
    return 0 if run.status == "completed" else 2


def run_and_report(console: Console, spec: LoadedSpec, task: str, *, model: str | None, tenant: str,
                   user: str) -> int:
    def go() -> int:
        rt = _open_runtime(console)
        try:
            console.print(f"[bold]{spec.agent.name}[/] ← {task}")
            run = rt.run(spec, task, model=model, tenant=tenant, user=user)
            return _report(console, rt, run)
        finally:
            rt.shutdown()

    return _guard(console, go)


def decide(console: Console, run_ref: str, status: str, *, actor: str, reason: str | None,
           arguments: dict[str, Any] | None, budget: float | None = None) -> int:
    def go() -> int:
        rt = _open_runtime(console)
        try:
            if status == "approved":
                run = rt.approve(run_ref, actor=actor, reason=reason, arguments=arguments, budget=budget)
            else:
                run = rt.reject(run_ref, actor=actor, reason=reason or "rejected")
                console.print(run_header(run))
                return 0 if run.status == "rejected" else 2
            return _report(console, rt, run)
        finally:
            rt.shutdown()

    return _guard(console, go)


def example_spec_path() -> Path:
    """The incident-resolver example, found next to the source tree (an editable install or a checkout)."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "examples" / "incident-resolver" / "agent.yaml"
        if candidate.exists():
            return candidate
    raise ConfigError("cannot find examples/incident-resolver/agent.yaml",
                      hint="run `corral demo` from a checkout of corral (pip install -e .)")


def demo(console: Console, task: str, *, interactive: bool) -> int:
    def go() -> int:
        from corral.demo import list_tickets

        spec = load_spec(example_spec_path())
        rt = _open_runtime(console)
        try:
            console.rule("[bold]corral demo[/]: the blueprint's incident-resolver, offline (scripted model)")
            console.print(f"[bold]{spec.agent.name}[/] ← {task}")
            run = rt.run(spec, task)
            if run.status != "waiting_approval":
                return _report(console, rt, run)
            pending = rt.store.pending_approval(run.id)
            assert pending is not None
            console.print(approval_panel(pending, run))
            approved, reason = _ask(console, interactive)
            if approved:
                run = rt.approve(run.id, actor="demo-operator" if not interactive else "you", reason=reason)
            else:
                run = rt.reject(run.id, actor="you", reason=reason)
            console.print(steps_view(rt.store.list_steps(run.id), console.width))
            console.print(run_header(run))
            for t in list_tickets(run.id):
                console.print(f"[green]ticket {t['id']}[/] [{t['severity']}] {t['title']}")
            console.print(f"\nnext: [bold]corral runs[/] · [bold]corral show {run.id[:12]}[/]")
            return 0 if run.status in ("completed", "rejected") else 2
        finally:
            rt.shutdown()

    return _guard(console, go)


def _ask(console: Console, interactive: bool) -> tuple[bool, str]:
    if not interactive:
        console.print("[yellow]approving as the demo operator[/] (use --interactive to decide yourself)")
        return True, "demo: approved automatically"
    if Confirm.ask("approve this action?", console=console, default=True):
        return True, Prompt.ask("reason (optional)", console=console, default="") or "approved"
    return False, Prompt.ask("reason for rejecting", console=console, default="rejected in demo")
