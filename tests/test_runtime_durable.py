"""Durable runs (DBOS) on SQLite and PostgreSQL: pauses, approvals, crashes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLE_SPEC
from corral.demo import list_tickets
from corral.errors import RunNotFound, RunStateConflict, ToolArgumentsInvalid
from corral.runtime import Runtime
from corral.spec import load_spec

TASK = "Customer data loss risk in EU region"


def test_pause_approve_complete(durable_runtime: Runtime) -> None:
    run = durable_runtime.run(load_spec(EXAMPLE_SPEC), TASK)
    assert run.status == "waiting_approval" and list_tickets(run.id) == []
    run = durable_runtime.approve(run.id[:8], actor="alice", reason="looks right")
    assert run.status == "completed"
    tickets = list_tickets(run.id)
    assert len(tickets) == 1 and tickets[0]["severity"] == "high"
    approval = durable_runtime.store.list_approvals(status=None, run_id=run.id)[0]
    assert (approval.status, approval.decided_by, approval.reason) == ("approved", "alice", "looks right")
    steps = durable_runtime.store.list_steps(run.id)
    assert [s.status for s in steps] == ["executed", "executed", "final"]
    assert steps[1].idempotency_key and steps[1].annotations["approval"]["actor"] == "alice"


def test_reject_ends_run(durable_runtime: Runtime) -> None:
    run = durable_runtime.run(load_spec(EXAMPLE_SPEC), TASK)
    run = durable_runtime.reject(run.id, actor="bob", reason="duplicate incident")
    assert run.status == "rejected" and run.error is not None
    assert run.error["message"] == "duplicate incident" and list_tickets(run.id) == []


def test_approve_with_edited_arguments(durable_runtime: Runtime) -> None:
    run = durable_runtime.run(load_spec(EXAMPLE_SPEC), TASK)
    edited = {"title": "EU replication lag", "severity": "medium"}
    run = durable_runtime.approve(run.id, actor="alice", arguments=edited)
    assert run.status == "completed"
    assert [(t["title"], t["severity"]) for t in list_tickets(run.id)] == [("EU replication lag", "medium")]
    assert durable_runtime.store.list_steps(run.id)[1].arguments == edited


def test_edited_arguments_are_revalidated(durable_runtime: Runtime) -> None:
    run = durable_runtime.run(load_spec(EXAMPLE_SPEC), TASK)
    with pytest.raises(ToolArgumentsInvalid, match=r"\$\.severity"):
        durable_runtime.approve(run.id, actor="alice", arguments={"title": "x", "severity": "apocalyptic"})
    assert durable_runtime.store.get_run(run.id).status == "waiting_approval"
    assert durable_runtime.store.pending_approval(run.id) is not None


def test_approving_unknown_run_is_a_clear_error(durable_runtime: Runtime) -> None:
    with pytest.raises(RunNotFound, match="no run matches 'nope'"):
        durable_runtime.approve("nope", actor="alice")


def test_approving_finished_run_is_a_conflict(durable_runtime: Runtime) -> None:
    run = durable_runtime.run(load_spec(EXAMPLE_SPEC), TASK)
    durable_runtime.approve(run.id, actor="alice")
    with pytest.raises(RunStateConflict, match="already completed"):
        durable_runtime.approve(run.id, actor="alice")
    assert len(list_tickets(run.id)) == 1


def _cli(args: list[str], env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "corral.cli.main", *args], env=env, capture_output=True,
                          text=True, timeout=timeout, stdin=subprocess.DEVNULL)


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI", "ANTHROPIC"))}
    env.update({"COLUMNS": "200", **extra})
    return env


WAITER = textwrap.dedent("""
    import sys, time
    from corral.runtime import Runtime
    from corral.spec import load_spec
    rt = Runtime.open(**__import__("json").loads(sys.argv[2])).launch()
    run = rt.run(load_spec(sys.argv[1]), "Customer data loss risk in EU region")
    print(run.id, run.status, flush=True)
    time.sleep(600)  # parked, waiting for the approval, until killed
""")


def test_killed_process_resumes_after_restart_exactly_once(db_env: dict[str, str], tmp_path: Path) -> None:
    script = tmp_path / "waiter.py"
    script.write_text(WAITER)
    proc = subprocess.Popen([sys.executable, str(script), str(EXAMPLE_SPEC), json.dumps(db_env)],
                            stdout=subprocess.PIPE, text=True, env=_env())
    assert proc.stdout is not None
    run_id, status = proc.stdout.readline().split()
    assert status == "waiting_approval"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    # a new process approves twice (the second is refused) and the run completes with one ticket
    result = _cli(["approve", run_id[:10], "--actor", "carol"], _env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "completed" in result.stdout
    again = _cli(["approve", run_id[:10], "--actor", "carol"], _env())
    assert again.returncode == 1 and "already completed" in again.stdout + again.stderr
    assert "Traceback" not in again.stdout + again.stderr
    assert len(list_tickets(run_id)) == 1


def test_cli_runs_and_show(db_env: dict[str, str]) -> None:
    result = _cli(["run", str(EXAMPLE_SPEC), TASK], _env())
    assert result.returncode == 0, result.stderr
    assert "approval needed" in result.stdout and "corral approve" in result.stdout
    runs = _cli(["runs"], _env())
    assert "incident-resolver" in runs.stdout and "waiting_approval" in runs.stdout
    run_id = runs.stdout.split("│")[1].strip().rstrip("…")
    shown = _cli(["show", run_id[:8]], _env())
    assert shown.returncode == 0 and "SearchKB" in shown.stdout and "require_approval" in shown.stdout
    rejected = _cli(["reject", run_id[:8], "--reason", "test over"], _env())
    assert rejected.returncode == 0 and "rejected" in rejected.stdout


def test_completed_write_step_is_not_reexecuted_on_replay(durable_runtime: Runtime) -> None:
    """Re-running the workflow of a finished run replays recorded steps: the tool does not run again."""
    from dbos import DBOS, SetWorkflowID

    from corral.runtime import durable

    spec = load_spec(EXAMPLE_SPEC)
    run_id = durable_runtime.start(spec, TASK)
    durable_runtime.wait(run_id)
    durable_runtime.approve(run_id, actor="alice")
    with SetWorkflowID(run_id):
        handle = DBOS.start_workflow(durable.run_workflow, run_id)
    result: dict[str, Any] = handle.get_result()
    assert result["status"] == "completed"
    assert len(list_tickets(run_id)) == 1
