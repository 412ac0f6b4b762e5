"""Structured JSON logs: one line per event, trace and span ids on every line, nothing secret in them."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from corral.telemetry import LogSubscriber, TraceSubscriber, make_logger, make_tracer_provider
from corral.telemetry.ids import format_span_id
from telemetry_demo import API_KEY, EMAIL, PASSWORD, PHONE, PLANTED, TRACE_ID, all_events


def _lines(stream: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def _log_demo(content: bool = False) -> list[dict[str, Any]]:
    stream = io.StringIO()
    sub = LogSubscriber(make_logger(stream), capture_content=content)
    for event in all_events():
        sub(event)
    return _lines(stream)


def test_one_json_line_per_event() -> None:
    lines = _log_demo()
    assert [line["event"] for line in lines] == [f"run.{e.kind}" for e in all_events()]


def test_every_line_has_the_trace_id_and_a_span_id() -> None:
    for line in _log_demo():
        assert line["trace_id"] == TRACE_ID
        assert len(line["span_id"]) == 16


def test_log_span_ids_match_the_exported_spans() -> None:
    exporter = InMemorySpanExporter()
    tracer = TraceSubscriber(make_tracer_provider(exporter))
    stream = io.StringIO()
    logs = LogSubscriber(make_logger(stream))
    for event in all_events():
        tracer(event)
        logs(event)
    span_ids = {format_span_id(s.context.span_id) for s in exporter.get_finished_spans()}
    assert {line["span_id"] for line in _lines(stream)} <= span_ids


@pytest.mark.parametrize("content", [False, True])
def test_no_planted_secret_or_pii_in_any_log_line(content: bool) -> None:
    text = json.dumps(_log_demo(content))
    for planted in PLANTED:
        assert planted not in text, planted


def test_content_capture_logs_redacted_payloads() -> None:
    tool_line = [line for line in _log_demo(True) if line["event"] == "run.tool_call"][0]
    assert "[REDACTED:email]" in json.dumps(tool_line["arguments"])


def test_redaction_processor_covers_ad_hoc_log_calls() -> None:
    stream = io.StringIO()
    log = make_logger(stream)
    log.info(f"login for {EMAIL}", password=PASSWORD, headers={"Authorization": f"Bearer {API_KEY}"},
             note=f"call me at {PHONE}")
    text = stream.getvalue()
    for planted in (EMAIL, PASSWORD, API_KEY, PHONE):
        assert planted not in text
    line = json.loads(text)
    assert line["password"] == "[REDACTED:secret]"
    assert line["note"] == "call me at [REDACTED:phone]"


def test_exception_tracebacks_are_redacted() -> None:
    stream = io.StringIO()
    log = make_logger(stream)
    try:
        raise ValueError(f"bad key {API_KEY}")
    except ValueError:
        log.exception("tool failed")
    assert API_KEY not in stream.getvalue()
    assert "[REDACTED:api_key]" in stream.getvalue()


def test_lines_inside_an_active_span_carry_its_ids() -> None:
    provider = make_tracer_provider()
    stream = io.StringIO()
    with provider.get_tracer("t").start_as_current_span("work") as span:
        make_logger(stream).info("inside")
    line = json.loads(stream.getvalue())
    assert line["span_id"] == format_span_id(span.get_span_context().span_id)


def test_lines_outside_any_span_still_have_the_keys() -> None:
    stream = io.StringIO()
    make_logger(stream).info("outside")
    line = json.loads(stream.getvalue())
    assert "trace_id" in line and "span_id" in line


def test_at_warning_only_failed_events_are_logged() -> None:
    import logging

    from corral.events import RunEvent

    stream = io.StringIO()
    sub = LogSubscriber(make_logger(stream, level=logging.WARNING))
    for event in all_events():
        sub(event)
    sub(RunEvent("tool_call", "r", 1, {"tool": "t", "status": "error",
                                       "error": {"type": "ToolTimeout", "message": f"timeout for {EMAIL}"}}))
    lines = _lines(stream)
    assert [(line["event"], line["error_type"]) for line in lines] == [("run.tool_call", "ToolTimeout")]
    assert EMAIL not in stream.getvalue()
