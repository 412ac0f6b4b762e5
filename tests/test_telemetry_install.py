"""install_telemetry: one call subscribes traces, metrics and logs to a bus."""

from __future__ import annotations

import io
import json

from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from corral.events import EventBus, RunEvent
from corral.telemetry import CorralMetrics, install_telemetry, make_logger, make_tracer_provider
from telemetry_demo import AGENT, all_events


def test_install_subscribes_traces_metrics_and_logs() -> None:
    bus, exporter, stream, metrics = EventBus(), InMemorySpanExporter(), io.StringIO(), CorralMetrics()
    install_telemetry(bus, tracer_provider=make_tracer_provider(exporter), metrics=metrics,
                      logger=make_logger(stream))
    for event in all_events():
        bus.emit(event)
    assert bus.errors == []
    assert len(exporter.get_finished_spans()) == 8
    assert metrics.registry.get_sample_value("corral_runs_total", {"agent": AGENT, "tenant": "acme",
                                                                   "status": "completed"}) == 1
    assert len(stream.getvalue().splitlines()) == len(all_events())


def test_installing_twice_is_a_no_op() -> None:
    bus, exporter = EventBus(), InMemorySpanExporter()
    provider = make_tracer_provider(exporter)
    first = install_telemetry(bus, tracer_provider=provider, metrics=CorralMetrics(), logger=make_logger(io.StringIO()))
    assert install_telemetry(bus) is first
    bus.emit(RunEvent("tool_call", "r", 1, {"tool": "t", "status": "ok"}))
    assert len(exporter.get_finished_spans()) == 1


def test_a_broken_event_never_fails_the_bus() -> None:
    bus, stream = EventBus(), io.StringIO()
    install_telemetry(bus, tracer_provider=make_tracer_provider(), metrics=CorralMetrics(), logger=make_logger(stream))
    bus.emit(RunEvent("tool_call", "r", 1, {"tool": "t", "status": "ok", "attempts": "many"}))
    assert bus.errors  # recorded on the bus, not raised
    assert json.loads(stream.getvalue().splitlines()[-1])["event"] == "run.tool_call"
