"""corral.telemetry: traces (OpenTelemetry, GenAI semantic conventions), Prometheus metrics and redacted JSON
logs, all built from the run-event stream. ``install_telemetry(bus)`` subscribes the three to an EventBus."""

from __future__ import annotations

import logging as _stdlib_logging  # the submodule corral.telemetry.logging shadows the name
import os
import sys
import weakref
from dataclasses import dataclass
from typing import Any

from opentelemetry.sdk.trace import TracerProvider

from corral.events import EventBus
from corral.telemetry.ids import format_trace_id, root_span_id, run_trace_id
from corral.telemetry.logging import LogSubscriber, configure_logging, make_logger
from corral.telemetry.metrics import CorralMetrics, default_metrics, metrics_from_events, render_metrics
from corral.telemetry.redact import baseline_redact, redact, redact_value, set_redactor
from corral.telemetry.stored import events_from_store, store_lookup
from corral.telemetry.tracing import (
    RunInfo,
    RunLookup,
    TraceSubscriber,
    make_tracer_provider,
    setup_tracing,
    shutdown_tracing,
)

__all__ = [
    "CorralMetrics",
    "LogSubscriber",
    "RunInfo",
    "RunLookup",
    "Telemetry",
    "TraceSubscriber",
    "baseline_redact",
    "configure_logging",
    "default_metrics",
    "events_from_store",
    "format_trace_id",
    "install_telemetry",
    "make_logger",
    "make_tracer_provider",
    "metrics_from_events",
    "redact",
    "redact_value",
    "render_metrics",
    "root_span_id",
    "run_trace_id",
    "set_redactor",
    "setup_tracing",
    "shutdown_tracing",
    "store_lookup",
]


@dataclass(frozen=True, slots=True)
class Telemetry:
    """The subscribers installed on one bus."""

    traces: TraceSubscriber
    metrics: CorralMetrics
    logs: LogSubscriber

    def flush(self, timeout_ms: int = 5000) -> None:
        """Send buffered spans now (exporters batch them)."""
        self.traces.flush(timeout_ms)


def _default_logger() -> Any:
    """JSON lines on stderr at ``CORRAL_LOG_LEVEL`` (default WARNING: a CLI run stays quiet; set INFO on a
    server to log every event)."""
    level = _stdlib_logging.getLevelName(os.environ.get("CORRAL_LOG_LEVEL", "WARNING").upper())
    return make_logger(sys.stderr, level=level if isinstance(level, int) else _stdlib_logging.WARNING)


_installed: weakref.WeakKeyDictionary[EventBus, Telemetry] = weakref.WeakKeyDictionary()


def install_telemetry(bus: EventBus, *, tracer_provider: TracerProvider | None = None,
                      metrics: CorralMetrics | None = None, logger: Any = None,
                      lookup: RunLookup | None = None) -> Telemetry:
    """Subscribe tracing, metrics and logging to ``bus`` (none of them critical: a telemetry failure is recorded
    on the bus, never fails the run). Defaults: the process tracer provider (``setup_tracing()``: OTLP / console
    from the environment, otherwise off), the process metrics (``default_metrics()``) and JSON lines on stderr
    at ``CORRAL_LOG_LEVEL``. ``lookup`` (e.g. ``store_lookup(store)``) tells a process that resumes a run what
    it did not see. Installing twice on one bus is a no-op."""
    existing = _installed.get(bus)
    if existing is not None:
        return existing
    telemetry = Telemetry(
        traces=TraceSubscriber(tracer_provider, lookup=lookup),
        metrics=metrics if metrics is not None else default_metrics(),
        logs=LogSubscriber(logger if logger is not None else _default_logger()),
    )
    if lookup is not None and telemetry.metrics.lookup is None:
        telemetry.metrics.lookup = lookup
    bus.subscribe(telemetry.traces)
    bus.subscribe(telemetry.metrics)
    bus.subscribe(telemetry.logs)
    _installed[bus] = telemetry
    return telemetry
