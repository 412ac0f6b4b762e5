"""Cost of telemetry per run event: tracing, metrics and logs, each alone and all three together.

    python bench/telemetry.py [--runs 2000]

Replays a synthetic demo run (11 events: start, model calls, plans, a decision, an approval, a tool call,
a pause, the finish) through each subscriber and prints the median microseconds per event. Tracing exports
to an in-memory exporter (the cost of building spans, not of a network); logs are JSON lines at INFO into
a discarded stream; metrics update the subscriber's own registry.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))


def _measure(make: Callable[[], Callable[[object], None]], runs: int) -> float:
    from dataclasses import replace

    from telemetry_demo import all_events

    base = all_events()
    sub = make()
    samples = []
    for i in range(runs):
        events = [replace(e, run_id=f"run-{i}") for e in base]  # a fresh run each time
        t0 = time.perf_counter()
        for event in events:
            sub(event)
        samples.append((time.perf_counter() - t0) / len(events))
    return statistics.median(samples) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=2000)
    args = parser.parse_args()
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    from corral.events import EventBus
    from corral.telemetry import (
        CorralMetrics,
        LogSubscriber,
        TraceSubscriber,
        install_telemetry,
        make_logger,
        make_tracer_provider,
    )

    def traces() -> Callable[[object], None]:
        exporter = InMemorySpanExporter()
        sub = TraceSubscriber(make_tracer_provider(exporter))

        def call(e: object) -> None:
            sub(e)  # type: ignore[arg-type]
            if len(exporter._finished_spans) > 10_000:  # keep memory flat
                exporter.clear()
        return call

    def all_three() -> Callable[[object], None]:
        bus = EventBus()
        install_telemetry(bus, tracer_provider=make_tracer_provider(InMemorySpanExporter()),
                          metrics=CorralMetrics(), logger=make_logger(io.StringIO()))
        return bus.emit  # type: ignore[return-value]

    def runtime_default() -> Callable[[object], None]:
        # what Runtime installs with no OTEL_EXPORTER_OTLP_ENDPOINT and CORRAL_LOG_LEVEL unset
        bus = EventBus()
        install_telemetry(bus, metrics=CorralMetrics())
        return bus.emit  # type: ignore[return-value]

    rows = {
        "runtime default (no exporter, WARNING)": runtime_default,
        "tracing (in-memory exporter)": traces,
        "metrics": lambda: CorralMetrics(),
        "logs (JSON, INFO)": lambda: LogSubscriber(make_logger(io.StringIO())),
        "all three via install_telemetry": all_three,
    }
    for name, make in rows.items():
        print(f"{name:40s} {_measure(make, args.runs):8.1f} µs/event")


if __name__ == "__main__":
    main()
