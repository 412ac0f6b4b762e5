"""Routing, the response cache and history compression inside real (non-durable, SQL-backed) runs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from corral.budget import BudgetGate, BudgetStore
from corral.events import RunEvent
from corral.models.base import Model, ModelRequest, ModelResponse, Usage
from corral.models.tokens import TokenEstimator
from corral.runtime import Runtime
from corral.spec import load_spec
from corral.store.db import make_engine
from corral.store.sql import SqlStore

TASK = "Customer data loss risk in EU region"


def _write(tmp_path: Path, name: str, data: Any) -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data))
    return path


def _spec(tmp_path: Path, script: list[dict[str, Any]], **extra: Any) -> Path:
    _write(tmp_path, "up.yaml", {"steps": script})
    agent = {"name": "models-e2e", "autonomy": "autonomous", "allowed_tools": ["SearchKB"],
             "allow_domains": ["kb.internal.company"], "model": "scripted:up.yaml", "tool_modules": ["corral.demo"],
             "max_iterations": 20, **extra}
    return _write(tmp_path, "agent.yaml", {"agent": agent})


@pytest.fixture
def runtime(tmp_path: Path) -> Runtime:
    return Runtime(SqlStore(make_engine(f"sqlite:///{tmp_path / 'runs.db'}")), durable_runs=False)


SEARCH_THEN_ANSWER = [{"tool": "SearchKB", "args": {"query": "{task}"}}, {"final": "done"}]


def test_routed_run_falls_back_and_records_why(runtime: Runtime, tmp_path: Path) -> None:
    _write(tmp_path, "down.yaml", {"steps": [{"error": "unavailable"}] * 5})
    spec = _spec(tmp_path, SEARCH_THEN_ANSWER, routing={
        "models": ["scripted:down.yaml", "scripted:up.yaml"], "fallback": ["scripted:up.yaml"]})
    run = runtime.run(load_spec(spec), TASK)
    assert run.status == "completed"
    routing = runtime.store.list_steps(run.id)[0].annotations["routing"]
    assert routing["model"] == "scripted:up.yaml"
    assert routing["attempts"][0]["outcome"] == "model_unavailable"
    assert routing["why"].startswith("fallback after model_unavailable")


def test_second_identical_run_is_served_from_cache(runtime: Runtime, tmp_path: Path) -> None:
    events: list[RunEvent] = []
    runtime.bus.subscribe(events.append)
    spec = load_spec(_spec(tmp_path, SEARCH_THEN_ANSWER, cache={"ttl_s": 60}))
    first = runtime.run(spec, TASK)
    second = runtime.run(spec, TASK)
    assert first.cost_usd > 0
    assert (second.status, second.cost_usd) == ("completed", 0.0)
    assert all(s.annotations.get("cache_hits") == 1 for s in runtime.store.list_steps(second.id))
    calls = [e.data["cached"] for e in events if e.kind == "model_call"]
    assert calls == [False, False, True, True]


@pytest.mark.parametrize("guardrails", [[], ["injection_filter", "pii_scrubber"]])
def test_identical_runs_share_the_cache_though_each_marks_tool_output_with_its_own_boundary(
        runtime: Runtime, tmp_path: Path, guardrails: list[str]) -> None:
    """Every tool result reaches the model spotlighted inside a boundary drawn per run, guardrails or none; the
    response cache reads the boundary as a placeholder (as it does the run id), so the second run only hits."""
    events: list[RunEvent] = []
    runtime.bus.subscribe(events.append)
    spec = load_spec(_spec(tmp_path, SEARCH_THEN_ANSWER, cache={"ttl_s": 60}, guardrails=guardrails))
    first, second = runtime.run(spec, TASK), runtime.run(spec, TASK)
    assert (first.status, second.status) == ("completed", "completed")
    assert first.cost_usd > 0 and second.cost_usd == 0.0
    assert [e.data["cached"] for e in events if e.kind == "model_call"] == [False, False, True, True]


def test_other_tenant_does_not_hit_the_cache(runtime: Runtime, tmp_path: Path) -> None:
    spec = load_spec(_spec(tmp_path, SEARCH_THEN_ANSWER, cache={"ttl_s": 60}))
    runtime.run(spec, TASK, tenant="acme")
    assert runtime.run(spec, TASK, tenant="globex").cost_usd > 0


def _small_window_runtime(tmp_path: Path) -> Runtime:
    store = SqlStore(make_engine(f"sqlite:///{tmp_path / 'runs.db'}"))
    budgets = BudgetStore(store.engine)
    budgets.create_tables()
    gate = BudgetGate(budgets, TokenEstimator(context_windows={"scripted": 1_800}))
    return Runtime(store, durable_runs=False, budget=gate)


class Searcher(Model):
    """Searches ten times, then answers. Counts its own calls: a compressed history has fewer assistant
    messages, so the scripted model (which counts those) cannot be used here."""

    provider = "scripted"

    def __init__(self) -> None:
        super().__init__("scripted")
        self.n = 0

    def request(self, request: ModelRequest) -> ModelResponse:
        self.n += 1
        usage = Usage(sum(len(m.content) // 4 + 4 for m in request.messages), 12)
        if self.n > 10:
            return ModelResponse(text='{"action": "final", "answer": "ok"}', usage=usage, model="scripted",
                                 provider="scripted")
        call = {"id": f"c{self.n}", "name": "SearchKB", "arguments": {"query": f"{TASK} {self.n}"}}
        return ModelResponse(tool_calls=(call,), usage=usage, model="scripted", provider="scripted",
                             finish_reason="tool_calls")


def test_long_run_overflows_without_compression(tmp_path: Path) -> None:
    rt = _small_window_runtime(tmp_path)
    run = rt.run(load_spec(_spec(tmp_path, [])), TASK, model=Searcher())
    assert run.status == "failed"
    assert run.error is not None and run.error["code"] == "context_window_exceeded"
    assert run.steps > 3  # the history grew past the window; the first prompts fit


def test_compression_keeps_a_long_run_within_the_window(tmp_path: Path) -> None:
    spec = _spec(tmp_path, [], compress={"keep_last": 2})
    rt = _small_window_runtime(tmp_path)
    run = rt.run(load_spec(spec), TASK, model=Searcher())
    assert run.status == "completed", run.error
    assert len(rt.store.list_steps(run.id)) == 11
