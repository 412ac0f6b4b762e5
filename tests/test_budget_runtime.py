"""Budgets inside durable runs: a run that exhausts its budget pauses (budget_exhausted), keeps its state,
and completes once a person raises its cap (`corral approve RUN --budget 0.50`)."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from conftest import EXAMPLE_SPEC
from corral.budget import Scope
from corral.budget.report import spend_by
from corral.demo import list_tickets
from corral.errors import RunStateConflict
from corral.models.base import ModelRequest, ModelResponse, Usage
from corral.runtime import Runtime
from corral.spec import load_spec
from corral.testing.scripted import ScriptedModel, load_script

TASK = "Customer data loss risk in EU region"


def _spec(tmp_path: Path, max_cost: float, **extra: object) -> Path:
    doc = {"agent": {
        "name": "budget-e2e", "autonomy": "autonomous", "allowed_tools": ["SearchKB", "CreateSupportTicket"],
        "allow_domains": ["kb.internal.company"], "max_cost_usd": max_cost,
        "model": f"scripted:{EXAMPLE_SPEC.parent / 'script.yaml'}", "tool_modules": ["corral.demo"],
        "tools": {"SearchKB": {"version": "1"}, "CreateSupportTicket": {"version": "1"}}, **extra,
    }}
    path = tmp_path / "agent.yaml"
    path.write_text(yaml.safe_dump(doc))
    return path


class PriceyModel(ScriptedModel):
    """The demo script, reporting 63k input tokens per call: ~$0.0095 at the scripted price ($0.15/M)."""

    def request(self, request: ModelRequest) -> ModelResponse:
        resp = super().request(request)
        return replace(resp, usage=Usage(63_000, resp.usage.output_tokens))


def _pricey() -> PriceyModel:
    return PriceyModel(load_script(EXAMPLE_SPEC.parent / "script.yaml"))


def test_run_pauses_midway_and_completes_after_budget_approval(durable_runtime: Runtime, tmp_path: Path) -> None:
    # $0.01 covers the first call (~$0.0095) but not the worst case of the second
    run = durable_runtime.run(load_spec(_spec(tmp_path, 0.01)), TASK, model=_pricey())
    assert run.status == "budget_exhausted"
    steps = durable_runtime.store.list_steps(run.id)
    assert [(s.tool, s.status) for s in steps] == [("SearchKB", "executed")]  # state kept, nothing lost
    pending = durable_runtime.store.pending_approval(run.id)
    assert pending is not None and pending.kind == "budget"
    assert pending.reasons[0]["data"]["scope"] == f"run:{run.id}:total:-"

    run = durable_runtime.approve(run.id, actor="alice", budget=0.50)
    assert run.status == "completed"
    assert [s.status for s in durable_runtime.store.list_steps(run.id)] == ["executed", "executed", "final"]
    assert len(list_tickets(run.id)) == 1
    assert durable_runtime.budget is not None
    used = durable_runtime.budget.store.usage(Scope("run", run.id, "total"))
    assert used.cap_usd == pytest.approx(0.50)
    assert used.spent_usd == pytest.approx(run.cost_usd, rel=1e-3)
    assert used.reserved_usd == 0


def test_paid_tool_is_held_from_the_budget(durable_runtime: Runtime, tmp_path: Path) -> None:
    tools = {"SearchKB": {"version": "1", "cost_usd": 0.02}, "CreateSupportTicket": {"version": "1"}}
    script = tmp_path / "three.yaml"
    script.write_text(yaml.safe_dump({"steps": [{"tool": "SearchKB", "args": {"query": f"q{i}"}} for i in range(3)]
                                      + [{"final": "done"}]}))
    spec = _spec(tmp_path, 0.05, tools=tools, model=f"scripted:{script}")
    run = durable_runtime.run(load_spec(spec), TASK)
    assert run.status == "budget_exhausted"  # two searches ($0.04) fit, the third does not
    assert [s.status for s in durable_runtime.store.list_steps(run.id)] == ["executed", "executed"]
    assert durable_runtime.store.pending_approval(run.id).reasons[0]["data"]["needed_usd"] == 0.02  # type: ignore[union-attr]
    run = durable_runtime.approve(run.id, actor="alice", budget=0.50)
    assert run.status == "completed"
    assert run.cost_usd > 0.06
    rows = spend_by(durable_runtime.budget.store.engine, ["model"])  # type: ignore[union-attr]
    assert {r["model"]: r["calls"] for r in rows}["tool:SearchKB"] == 3


def test_budget_pause_needs_a_new_cap(durable_runtime: Runtime, tmp_path: Path) -> None:
    run = durable_runtime.run(load_spec(_spec(tmp_path, 0.0001)), TASK)
    assert run.status == "budget_exhausted"
    assert durable_runtime.store.list_steps(run.id) == []
    with pytest.raises(RunStateConflict, match="budget is exhausted"):
        durable_runtime.approve(run.id, actor="alice")
    run = durable_runtime.reject(run.id, actor="alice", reason="too expensive")
    assert run.status == "rejected"


def test_oversized_prompt_fails_before_the_model_is_called(durable_runtime: Runtime, tmp_path: Path) -> None:
    model = ScriptedModel(load_script(EXAMPLE_SPEC.parent / "script.yaml"))
    run = durable_runtime.run(load_spec(_spec(tmp_path, 0.5)), "incident " * 200_000, model=model)
    assert run.status == "failed"
    assert run.error is not None and run.error["code"] == "context_window_exceeded"
    assert model.calls == []


def _cli(args: list[str]) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI", "ANTHROPIC"))}
    env["COLUMNS"] = "200"
    return subprocess.run([sys.executable, "-m", "corral.cli.main", *args], env=env, capture_output=True,
                          text=True, timeout=120, stdin=subprocess.DEVNULL)


def test_cli_approve_with_budget_resumes_the_run(db_env: dict[str, str], tmp_path: Path) -> None:
    spec = _spec(tmp_path, 0.0001)  # below any call's worst case: pauses before the first step
    started = _cli(["run", str(spec), TASK])
    assert started.returncode == 0, started.stdout + started.stderr
    assert "budget exhausted" in started.stdout and "--budget" in started.stdout
    runs = _cli(["runs"])
    run_id = runs.stdout.split("│")[1].strip().rstrip("…")
    refused = _cli(["approve", run_id[:8]])
    assert refused.returncode == 1 and "--budget" in refused.stdout + refused.stderr
    approved = _cli(["approve", run_id[:8], "--budget", "0.50"])
    assert approved.returncode == 0, approved.stdout + approved.stderr
    assert "completed" in approved.stdout
    assert len(list_tickets()) == 1
