"""The ``corral`` command line."""

from __future__ import annotations

import functools
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from corral.errors import CorralError
from corral.guards.pii import install_log_redactor
from corral.spec.loader import load_spec

__all__ = ["app", "main"]

app = typer.Typer(name="corral", help="Run autonomous LLM agents safely: governed, durable, observable.",
                  no_args_is_help=True, pretty_exceptions_enable=False, add_completion=False)
console = Console()
err_console = Console(stderr=True)
F = TypeVar("F", bound=Callable[..., Any])


def _exit(code: int) -> None:
    """Leave the process at once: DBOS keeps paused workflows parked on non-daemon threads, which would
    otherwise hold the interpreter open; their state is already durable."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def handle_errors(fn: F) -> F:
    """Every command reports a CorralError as one clear message (and the hint), never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except CorralError as exc:
            err_console.print(f"[red]error:[/] {exc.message}")
            if exc.hint:
                err_console.print(f"[dim]hint:[/] {exc.hint}")
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


def _actor(actor: str | None) -> str:
    if actor:
        return actor
    try:
        return os.environ.get("CORRAL_ACTOR") or getpass.getuser()
    except Exception:
        return "operator"


@app.command()
@handle_errors
def validate(spec: Annotated[Path, typer.Argument(help="the agent spec (YAML)")]) -> None:
    """Check a spec: YAML, keys and values, tools and their versions, the model reference."""
    from corral.models.factory import infer_model
    from corral.runtime.services import import_tool_modules, resolve_tools
    from corral.tools.contract import default_registry

    loaded = load_spec(spec)
    agent = loaded.agent
    import_tool_modules(agent.tool_modules, loaded.base_dir)
    tools = resolve_tools(agent, default_registry, file=str(spec))
    if agent.model.startswith("scripted:"):
        infer_model(agent.model, base_dir=loaded.base_dir)
    writes = [n for n, t in tools.items() if t.contract.is_write]
    console.print(f"[green]✓[/] {spec}: agent [bold]{agent.name}[/] ({agent.autonomy}), model {agent.model}")
    console.print(f"  tools: {', '.join(f'{n}@{t.contract.version}' for n, t in tools.items()) or 'none'}"
                  f"  (write: {', '.join(writes) or 'none'})")
    console.print(f"  limits: {agent.max_iterations} iterations, ${agent.max_cost_usd:.2f}, "
                  f"{agent.max_wall_clock_s:.0f} s;  guardrails: {', '.join(agent.guardrail_names()) or 'none'}")


@app.command()
@handle_errors
def run(
    spec: Annotated[Path, typer.Argument(help="the agent spec (YAML)")],
    task: Annotated[str, typer.Argument(help="what the agent should do")],
    model: Annotated[str | None, typer.Option(help='override the spec\'s model, e.g. "openai:gpt-4o-mini"')] = None,
    tenant: Annotated[str, typer.Option(help="tenant the run belongs to")] = "default",
    user: Annotated[str | None, typer.Option(help="user the run acts for")] = None,
) -> None:
    """Run an agent on a task. The run pauses (durably) when an action needs approval."""
    from corral.cli import flows

    code = flows.run_and_report(console, load_spec(spec), task, model=model or os.environ.get("CORRAL_MODEL"),
                                tenant=tenant, user=_actor(user))
    _exit(code)


@app.command()
@handle_errors
def demo(
    interactive: Annotated[bool, typer.Option("--interactive", help="ask me instead of approving as the demo operator")] = False,
    task: Annotated[str, typer.Option(help="the incident to report")] = "Customer data loss risk in EU region",
) -> None:
    """Run the blueprint's incident-resolver agent offline, end to end: pause, approval, ticket."""
    from corral.cli import flows

    _exit(flows.demo(console, task, interactive=interactive))


@app.command("runs")
@handle_errors
def list_runs(
    status: Annotated[str | None, typer.Option(help="only runs with this status")] = None,
    agent: Annotated[str | None, typer.Option(help="only runs of this agent")] = None,
    limit: Annotated[int, typer.Option(help="how many runs to show")] = 20,
) -> None:
    """A table of recent runs: id, agent, status, steps, cost, duration."""
    from corral.cli.render import runs_table
    from corral.store import SqlStore

    runs = SqlStore().list_runs(limit=limit, status=status, agent=agent)
    if not runs:
        console.print("no runs yet — try [bold]corral demo[/]")
        return
    console.print(runs_table(runs))


@app.command()
@handle_errors
def show(
    run_id: Annotated[str, typer.Argument(help="a run id or a unique prefix of one")],
    as_json: Annotated[bool, typer.Option("--json", help="print the run and its steps as JSON")] = False,
) -> None:
    """Every step of a run: plan, tool, arguments, result, decision, tokens, cost."""
    from corral.cli.render import approval_panel, run_header, steps_view
    from corral.store import SqlStore

    store = SqlStore()
    run_rec = store.find_run(run_id)
    steps = store.list_steps(run_rec.id)
    if as_json:
        print(json.dumps({"run": run_rec.to_dict(), "steps": [s.to_dict() for s in steps]}, indent=2, default=str))
        return
    console.print(run_header(run_rec))
    if steps:
        console.print(steps_view(steps, console.width))
        _print_provenance(steps)
    pending = store.pending_approval(run_rec.id)
    if pending:
        console.print(approval_panel(pending, run_rec))


def _print_provenance(steps: list[Any]) -> None:
    """Where each gated step's argument values came from (and, when a sink rule objected, the quoted source)."""
    from corral.provenance.render import provenance_text

    for s in steps:
        text = provenance_text(s.annotations)
        if text:
            console.print(f"step {s.idx} · {s.tool}", style="bold", highlight=False)
            console.print(text, markup=False, highlight=False)


@app.command()
@handle_errors
def approve(
    run_id: Annotated[str, typer.Argument(help="the paused run (id or unique prefix)")],
    reason: Annotated[str | None, typer.Option(help="why (recorded)")] = None,
    actor: Annotated[str | None, typer.Option(help="who approves (default: $CORRAL_ACTOR or your login)")] = None,
    args: Annotated[str | None, typer.Option("--args", help="edited arguments as JSON (re-validated)")] = None,
    budget: Annotated[float | None, typer.Option(help="a run paused on its budget: its new total cap in USD")] = None,
) -> None:
    """Approve a paused run's pending action and resume it."""
    from corral.cli import flows

    edited = None
    if args is not None:
        try:
            edited = json.loads(args)
        except json.JSONDecodeError as exc:
            err_console.print(f"[red]error:[/] --args is not valid JSON: {exc.msg}")
            raise typer.Exit(1) from None
    _exit(flows.decide(console, run_id, "approved", actor=_actor(actor), reason=reason, arguments=edited,
                       budget=budget))


@app.command()
@handle_errors
def reject(
    run_id: Annotated[str, typer.Argument(help="the paused run (id or unique prefix)")],
    reason: Annotated[str, typer.Option(help="why (recorded)")],
    actor: Annotated[str | None, typer.Option(help="who rejects (default: $CORRAL_ACTOR or your login)")] = None,
) -> None:
    """Reject a paused run's pending action; the run ends as rejected."""
    from corral.cli import flows

    _exit(flows.decide(console, run_id, "rejected", actor=_actor(actor), reason=reason, arguments=None))


def _mount_subapps() -> None:
    """Sub-commands that live with their box (``corral policy``, ``corral audit`` ...)."""
    import importlib

    for module, name in (("corral.policy.cli", "policy"), ("corral.audit.cli", "audit"), ("corral.slo.cli", "slo"),
                         ("corral.guards.cli", "guard"), ("corral.telemetry.cli", "metrics"),
                         ("corral.provenance.cli", "provenance"), ("corral.budget.cli", "budget"),
                         ("corral.budget.costs_cli", "costs")):
        try:
            sub = importlib.import_module(module)
        except ImportError:  # pragma: no cover - a box that is not installed
            continue
        app.add_typer(sub.app, name=name)
    # `corral serve` and `corral keys ...` are top-level commands of the server's app
    app.add_typer(importlib.import_module("corral.server.cli").app)


_mount_subapps()


def main() -> None:
    install_log_redactor()  # what the CLI logs or exports (audit bundles) passes the guards' PII detector too
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
