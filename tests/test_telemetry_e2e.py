"""The demo agent (incident-resolver, scripted model) run by the real runtime in two processes: the first runs
until the approval pause and exits, the second recovers the run, approves and finishes it. One trace."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
from typing import Any

import pytest
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from prometheus_client.parser import text_string_to_metric_families

from corral.cli.flows import example_spec_path
from corral.events import EventBus
from corral.runtime import Runtime
from corral.store.db import database_url, make_engine
from corral.store.sql import SqlStore
from corral.telemetry import CorralMetrics, install_telemetry, make_logger, make_tracer_provider, store_lookup
from corral.telemetry.ids import format_trace_id
from telemetry_demo import all_strings

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


# Process A: a separate interpreter runs the demo until it pauses for approval, writes what its telemetry
# produced (spans, metrics, log lines) to a file and exits hard, leaving the workflow parked in DBOS.
PROCESS_A = textwrap.dedent("""
    import io, json, os, sys, time
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
    from corral.events import EventBus
    from corral.runtime import Runtime
    from corral.spec import load_spec
    from corral.telemetry import CorralMetrics, install_telemetry, make_logger, make_tracer_provider
    exporter, logs, metrics, bus = InMemorySpanExporter(), io.StringIO(), CorralMetrics(), EventBus()
    install_telemetry(bus, tracer_provider=make_tracer_provider(exporter), metrics=metrics,
                      logger=make_logger(logs))
    rt = Runtime.open(bus=bus).launch()
    run = rt.run(load_spec(sys.argv[1]), sys.argv[2])
    # the run reports its pause from inside the step; wait until DBOS has checkpointed that step
    # (the workflow sits in its approval wait), else a recovery would replay the step
    from dbos import DBOS
    deadline = time.time() + 60
    while time.time() < deadline and not any(
            "recv" in st["function_name"].lower() or "sleep" in st["function_name"].lower()
            for st in DBOS.list_workflow_steps(run.id)):
        time.sleep(0.05)
    spans = [{"name": s.name, "trace_id": s.context.trace_id, "span_id": s.context.span_id,
              "parent_id": s.parent.span_id if s.parent else None, "start": s.start_time,
              "attributes": {k: list(v) if isinstance(v, tuple) else v for k, v in s.attributes.items()}}
             for s in exporter.get_finished_spans()]
    with open(sys.argv[3], "w") as f:
        json.dump({"run_id": run.id, "status": run.status, "spans": spans, "logs": logs.getvalue(),
                   "metrics": metrics.render()}, f)
    os._exit(0)
""")


def _as_dict(s: ReadableSpan) -> dict[str, Any]:
    return {"name": s.name, "trace_id": s.context.trace_id, "span_id": s.context.span_id,
            "parent_id": s.parent.span_id if s.parent else None, "start": s.start_time,
            "attributes": dict(s.attributes or {})}


def _tree(spans: list[dict[str, Any]]) -> list[Any]:
    ids = {s["span_id"] for s in spans}

    def build(parent: int | None) -> list[Any]:
        kids = sorted((s for s in spans if (s["parent_id"] if s["parent_id"] in ids else None) == parent),
                      key=lambda s: (s["start"], s["name"]))
        return [(s["name"], build(s["span_id"])) for s in kids]

    return build(None)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    home = tmp_path_factory.mktemp("corral")
    mp = pytest.MonkeyPatch()
    mp.setenv("CORRAL_HOME", str(home))
    mp.setenv("CORRAL_TRACE_CONTENT", "1")  # content on: it must still come out redacted
    for var in ("CORRAL_DATABASE_URL", "CORRAL_DBOS_SCHEMA", "OPENAI_API_KEY", "ANTHROPIC_API_KEY"):
        mp.delenv(var, raising=False)
    try:
        script, out = home / "process_a.py", home / "process_a.json"
        script.write_text(PROCESS_A)
        proc = subprocess.run([sys.executable, str(script), str(example_spec_path()), TASK, str(out)],
                              capture_output=True, text=True, timeout=120, env=dict(os.environ))
        assert proc.returncode == 0, proc.stderr
        first = json.loads(out.read_text())
        assert first["status"] == "waiting_approval"
        # process B: this interpreter recovers the parked workflow and approves it
        exporter, logs, metrics, bus = InMemorySpanExporter(), io.StringIO(), CorralMetrics(), EventBus()
        install_telemetry(bus, tracer_provider=make_tracer_provider(exporter), metrics=metrics,
                          logger=make_logger(logs), lookup=store_lookup(SqlStore(make_engine(database_url()))))
        rt = Runtime.open(bus=bus).launch()
        try:
            finished = rt.approve(first["run_id"], actor="alice", reason="ok")
        finally:
            rt.shutdown()
    finally:
        mp.undo()
    second = {"spans": [_as_dict(s) for s in exporter.get_finished_spans()], "logs": logs.getvalue(),
              "metrics": metrics}
    return {"run": finished, "first": first, "second": second}


def test_demo_run_span_tree_across_two_runtimes(demo: dict[str, Any]) -> None:
    assert demo["run"].status == "completed"
    assert _tree(demo["first"]["spans"] + demo["second"]["spans"]) == TREE


def test_every_span_is_in_the_runs_stored_trace(demo: dict[str, Any]) -> None:
    spans = demo["first"]["spans"] + demo["second"]["spans"]
    assert {format_trace_id(s["trace_id"]) for s in spans} == {demo["run"].trace_id}


def test_the_first_process_exports_no_root(demo: dict[str, Any]) -> None:
    assert not [s for s in demo["first"]["spans"] if s["parent_id"] is None]
    assert [s["name"] for s in demo["second"]["spans"] if s["parent_id"] is None] == [f"invoke_agent {AGENT}"]


def test_the_resumed_process_knows_the_runs_start_and_approval_wait(demo: dict[str, Any]) -> None:
    root = [s for s in demo["second"]["spans"] if s["parent_id"] is None][0]
    assert root["start"] == int(round(demo["run"].created_at * 1e9))
    wait = [s for s in demo["second"]["spans"] if s["name"].startswith("await_approval")][0]
    assert wait["attributes"]["corral.approval.wait_ms"] > 0


def test_demo_run_key_attributes(demo: dict[str, Any]) -> None:
    spans = demo["first"]["spans"] + demo["second"]["spans"]
    decide = [s for s in spans if s["name"] == "decide CreateSupportTicket"][0]["attributes"]
    assert decide["corral.policy.decision"] == "require_approval"
    tool = [s for s in spans if s["name"] == "execute_tool CreateSupportTicket"][0]["attributes"]
    assert tool["corral.tool.status"] == "ok" and tool["corral.idempotency_key"]
    root = [s for s in spans if s["parent_id"] is None][0]["attributes"]
    assert root["corral.run.status"] == "completed"
    assert root["gen_ai.usage.input_tokens"] == demo["run"].tokens_in


def test_demo_run_metrics_add_up_across_processes(demo: dict[str, Any]) -> None:
    first = {(s.name, tuple(sorted(s.labels.items()))): s.value
             for f in text_string_to_metric_families(demo["first"]["metrics"]) for s in f.samples}
    second = demo["second"]["metrics"].registry
    labels = {"agent": AGENT, "tenant": "default", "model": "scripted"}
    tokens = first[("corral_tokens_in_total", tuple(sorted(labels.items())))]
    tokens += second.get_sample_value("corral_tokens_in_total", labels)
    assert tokens == demo["run"].tokens_in
    assert second.get_sample_value("corral_runs_total", {"agent": AGENT, "tenant": "default",
                                                         "status": "completed"}) == 1
    assert first[("corral_approvals_pending", (("agent", AGENT),))] == 1


def test_no_planted_secret_or_pii_in_spans_or_logs(demo: dict[str, Any]) -> None:
    spans = demo["first"]["spans"] + demo["second"]["spans"]
    texts = [x for s in spans for v in (s["attributes"]).values() for x in all_strings(v)]
    texts.append(demo["first"]["logs"] + demo["second"]["logs"])
    assert any("[REDACTED:email]" in t for t in texts)  # content was captured, and redacted
    for planted in PLANTED:
        assert not [t for t in texts if planted in t], planted


def test_logs_have_one_line_per_event_with_trace_ids(demo: dict[str, Any]) -> None:
    lines = [json.loads(x) for p in (demo["first"], demo["second"]) for x in p["logs"].splitlines()]
    assert lines and {line["trace_id"] for line in lines} == {demo["run"].trace_id}
    assert all(line["span_id"] for line in lines)
