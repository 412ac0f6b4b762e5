"""Structured JSON logs: one object per line with ``trace_id`` and ``span_id``, secrets and PII redacted.

``configure_logging()`` sets structlog's global configuration for the process; ``make_logger(stream)`` builds an
independent logger with the same processors (tests, embedding). ``LogSubscriber`` writes one line per run event,
a summary of what happened — never the raw task, plan text or tool payloads unless content capture is on.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping, MutableMapping
from typing import Any, TextIO

import structlog
from opentelemetry import trace

from corral.events import RunEvent
from corral.telemetry.ids import format_span_id, format_trace_id, run_trace_id, span_id_for_event
from corral.telemetry.redact import is_sensitive_key, redact_value
from corral.telemetry.tracing import content_capture_enabled, error_info

__all__ = ["LogSubscriber", "add_trace_context", "configure_logging", "make_logger", "processors",
           "redact_processor"]

# Fields we generate ourselves; they are never user text, so redaction would only mangle them.
_SAFE_KEYS = frozenset({"timestamp", "level", "logger", "trace_id", "span_id", "run_id", "step", "kind",
                        "duration_ms", "approval_id", "idempotency_key"})


def add_trace_context(_logger: Any, _method: str, event_dict: MutableMapping[str, Any]) -> Mapping[str, Any]:
    """Put ``trace_id``/``span_id`` on every line: bound values win, else the current OTel span, else null."""
    if not event_dict.get("trace_id"):
        ctx = trace.get_current_span().get_span_context()
        if ctx.is_valid:
            event_dict["trace_id"] = format_trace_id(ctx.trace_id)
            event_dict["span_id"] = format_span_id(ctx.span_id)
    event_dict.setdefault("trace_id", None)
    event_dict.setdefault("span_id", None)
    return event_dict


def redact_processor(_logger: Any, _method: str, event_dict: MutableMapping[str, Any]) -> Mapping[str, Any]:
    """Redact secrets and PII in every value (nested too); values under secret-looking keys are dropped."""
    for key, value in list(event_dict.items()):
        if key in _SAFE_KEYS or value is None:
            continue
        event_dict[key] = "[REDACTED:secret]" if is_sensitive_key(key) else redact_value(value)
    return event_dict


def processors() -> list[Any]:
    return [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        add_trace_context,
        structlog.processors.format_exc_info,
        redact_processor,  # after format_exc_info: tracebacks quote values too
        structlog.processors.JSONRenderer(sort_keys=True),
    ]


def configure_logging(stream: TextIO | None = None, level: int = logging.INFO) -> None:
    """Configure structlog for the process: JSON lines on ``stream`` (stderr by default)."""
    structlog.configure(
        processors=processors(),
        wrapper_class=structlog.make_filtering_bound_logger(level),
        logger_factory=structlog.PrintLoggerFactory(stream or sys.stderr),
        cache_logger_on_first_use=False,
    )


def make_logger(stream: TextIO, level: int = logging.INFO) -> Any:
    """A logger with corral's processors that does not touch structlog's global configuration."""
    return structlog.wrap_logger(structlog.PrintLogger(stream), processors=processors(),
                                 wrapper_class=structlog.make_filtering_bound_logger(level))


def _summary(event: RunEvent, content: bool) -> dict[str, Any]:
    d = event.data
    kind = event.kind
    if kind == "run_started":
        out = {k: d.get(k) for k in ("agent", "tenant", "user", "autonomy")}
        if content:
            out["task"] = d.get("task")
        return out
    if kind == "model_call":
        return {k: d.get(k) for k in ("model", "provider", "tokens_in", "tokens_out", "cost_usd",
                                      "finish_reason", "repair", "cached")}
    if kind == "plan":
        out = {"plan_kind": d.get("kind"), "tool": d.get("tool")}
        if content:
            out["text"], out["arguments"] = d.get("text"), d.get("arguments")
        return out
    if kind == "decision":
        decision = d.get("decision") or {}
        return {"tool": d.get("tool"), "outcome": decision.get("outcome"),
                "policy_id": decision.get("policy_id"),
                "reasons": [r.get("code") for r in decision.get("reasons", []) if isinstance(r, Mapping)]}
    if kind == "approval_requested":
        return {"approval_id": d.get("approval_id"), "tool": d.get("tool"),
                "reasons": [r.get("code") if isinstance(r, Mapping) else r for r in d.get("reasons") or []]}
    if kind == "approval_decided":
        return {k: d.get(k) for k in ("approval_id", "status", "actor", "reason")}
    if kind == "tool_call":
        out = {k: d.get(k) for k in ("tool", "version", "status", "idempotency_key", "attempts", "retries")}
        if content:
            out["arguments"], out["result_summary"] = d.get("arguments"), d.get("result_summary")
        return out
    if kind == "run_paused":
        return {"reason": d.get("reason")}
    if kind == "run_finished":
        return {"status": d.get("status")}
    return {}


class LogSubscriber:
    """An EventBus subscriber that logs one JSON line per run event, in the span the tracer made for it."""

    def __init__(self, logger: Any = None, *, capture_content: bool | None = None) -> None:
        self._log = logger if logger is not None else structlog.get_logger("corral.events")
        self._content = capture_content

    def __call__(self, event: RunEvent) -> None:
        error = error_info(event.data.get("error"))
        enabled = getattr(self._log, "is_enabled_for", None)
        if callable(enabled) and not enabled(logging.WARNING if error else logging.INFO):
            return  # filtered out: skip building the line
        content = content_capture_enabled() if self._content is None else self._content
        fields = {k: v for k, v in _summary(event, content).items() if v is not None}
        if error is not None:
            fields["error_type"], fields["error"] = error
        level = "warning" if fields.get("error") else "info"
        getattr(self._log, level)(
            f"run.{event.kind}",
            run_id=event.run_id,
            step=event.step,
            kind=event.kind,
            duration_ms=round(event.duration_ms, 3),
            trace_id=format_trace_id(run_trace_id(event.run_id, event.trace_id)),
            span_id=format_span_id(span_id_for_event(event)),
            **fields,
        )
