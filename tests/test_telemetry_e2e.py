"""The demo agent (incident-resolver, scripted model) run by the real runtime: it pauses for approval, the
process stops, a second runtime approves and finishes it. Both emit into one trace."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from corral.cli.flows import example_spec_path
from corral.events import EventBus
from corral.runtime import Runtime
from corral.spec.loader import load_spec
from corral.store.db import make_engine
from corral.store.sql import SqlStore
from corral.telemetry import CorralMetrics, install_telemetry, make_logger, make_tracer_provider, store_lookup
from corral.telemetry.ids import format_trace_id
from telemetry_demo import all_strings, normalized_tree

TASK = "EU data loss; bob.smith@example.com +1 415 555 0100 password=hunter2x key sk-live-4f9aXb12Cd34Ef56Gh78"
PLANTED = ("bob.smith@example.com", "555 0100", "hunter2", "sk-live-4f9aXb12Cd34Ef56Gh78")
AGENT = "incident-resolver"
TREE = [(f"invoke_agent {AGENT}", [
    (f"plan {AGENT}", [("chat scripted", [])]),
    ("decide SearchKB", []),
    ("execute_tool SearchKB", []),
    (f"plan {AGENT}", [("chat scripted", [])]),
    ("decide CreateSupportTicket", []),
    ("await_approval CreateSupportTicket", []),
    ("execute_tool CreateSupportTicket", []),
    (f"plan {AGENT}", [("chat scripted", [])]),
])]


class Process:
    """One runtime with its own bus, tracer provider, metrics and log stream (what a process would own)."""

    def __init__(self, url: str) -> None:
        self.exporter, self.logs, self.metrics, bus = InMemorySpanExporter(), io.StringIO(), CorralMetrics(), EventBus()
        install_telemetry(bus, tracer_provider=make_tracer_provider(self.exporter), metrics=self.metrics,
                          logger=make_logger(self.logs), lookup=store_lookup(SqlStore(make_engine(url))))
        self.bus = bus
        self.rt = Runtime.open(url=url, bus=bus).launch()

    @property
    def spans(self) -> list[ReadableSpan]:
        return list(self.exporter.get_finished_spans())


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    mp = pytest.MonkeyPatch()
    home = tmp_path_factory.mktemp("corral")
    mp.setenv("CORRAL_HOME", str(home))
    mp.setenv("CORRAL_TRACE_CONTENT", "1")  # content on: it must still come out redacted
    url = f"sqlite:///{Path(home) / 'corral.db'}"
    try:
        first = Process(url)
        try:
            run = first.rt.run(load_spec(example_spec_path()), TASK)
        finally:
            first.rt.shutdown()
        assert run.status == "waiting_approval"
        second = Process(url)
        try:
            finished = second.rt.approve(run.id, actor="alice", reason="ok")
        finally:
            second.rt.shutdown()
    finally:
        mp.undo()
    return {"run": finished, "first": first, "second": second}


def test_demo_run_span_tree_across_two_runtimes(demo: dict[str, Any]) -> None:
    assert demo["run"].status == "completed"
    assert normalized_tree(demo["first"].spans + demo["second"].spans) == TREE


def test_every_span_is_in_the_runs_stored_trace(demo: dict[str, Any]) -> None:
    spans = demo["first"].spans + demo["second"].spans
    assert {format_trace_id(s.context.trace_id) for s in spans} == {demo["run"].trace_id}


def test_the_first_process_exports_no_root(demo: dict[str, Any]) -> None:
    assert not [s for s in demo["first"].spans if s.parent is None]
    assert [s.name for s in demo["second"].spans if s.parent is None] == [f"invoke_agent {AGENT}"]


def test_the_resumed_process_knows_the_runs_start_and_approval_wait(demo: dict[str, Any]) -> None:
    root = [s for s in demo["second"].spans if s.parent is None][0]
    assert root.start_time == int(round(demo["run"].created_at * 1e9))
    wait = [s for s in demo["second"].spans if s.name.startswith("await_approval")][0]
    assert (wait.attributes or {})["corral.approval.wait_ms"] > 0


def test_demo_run_key_attributes(demo: dict[str, Any]) -> None:
    spans = demo["first"].spans + demo["second"].spans
    decide = [s for s in spans if s.name == "decide CreateSupportTicket"][0].attributes or {}
    assert decide["corral.policy.decision"] == "require_approval"
    tool = [s for s in spans if s.name == "execute_tool CreateSupportTicket"][0].attributes or {}
    assert tool["corral.tool.status"] == "ok" and tool["corral.idempotency_key"]
    root = [s for s in spans if s.parent is None][0].attributes or {}
    assert root["corral.run.status"] == "completed"
    assert root["gen_ai.usage.input_tokens"] == demo["run"].tokens_in


def test_demo_run_metrics_add_up_across_processes(demo: dict[str, Any]) -> None:
    first, second = demo["first"].metrics.registry, demo["second"].metrics.registry
    labels = {"agent": AGENT, "tenant": "default", "model": "scripted"}
    tokens = sum(r.get_sample_value("corral_tokens_in_total", labels) or 0 for r in (first, second))
    assert tokens == demo["run"].tokens_in
    assert second.get_sample_value("corral_runs_total", {"agent": AGENT, "tenant": "default",
                                                         "status": "completed"}) == 1
    assert first.get_sample_value("corral_approvals_pending", {"agent": AGENT}) == 1


def test_no_planted_secret_or_pii_in_spans_or_logs(demo: dict[str, Any]) -> None:
    spans = demo["first"].spans + demo["second"].spans
    texts = [x for s in spans for v in (s.attributes or {}).values() for x in all_strings(v)]
    texts.append(demo["first"].logs.getvalue() + demo["second"].logs.getvalue())
    assert any("[REDACTED:email]" in t for t in texts)  # content was captured, and redacted
    for planted in PLANTED:
        assert not [t for t in texts if planted in t], planted


def test_logs_have_one_line_per_event_with_trace_ids(demo: dict[str, Any]) -> None:
    lines = [json.loads(x) for p in (demo["first"], demo["second"]) for x in p.logs.getvalue().splitlines()]
    assert lines and {line["trace_id"] for line in lines} == {demo["run"].trace_id}
    assert all(line["span_id"] for line in lines)
