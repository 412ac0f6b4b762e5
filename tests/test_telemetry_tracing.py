"""Spans built from run events: the tree, the GenAI attributes, joining across processes, content opt-in."""

from __future__ import annotations

import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from corral.events import RunEvent
from corral.telemetry import RunInfo, TraceSubscriber, make_tracer_provider
from corral.telemetry.ids import root_span_id, run_trace_id
from telemetry_demo import (
    AGENT,
    PLANTED,
    RESUME,
    RUN_ID,
    T0,
    TRACE_ID,
    all_events,
    all_strings,
    normalized_tree,
    process_a,
    process_b,
)

EXPECTED_TREE = [
    (f"invoke_agent {AGENT}", [
        (f"plan {AGENT}", [("chat gpt-4o-mini-2024-07-18", [])]),
        ("decide create_ticket", []),
        ("await_approval create_ticket", []),
        ("execute_tool create_ticket", []),
        (f"plan {AGENT}", [("chat gpt-4o-mini-2024-07-18", [])]),
    ]),
]


def _run(events: list[RunEvent], **kw: object) -> list[ReadableSpan]:
    exporter = InMemorySpanExporter()
    sub = TraceSubscriber(make_tracer_provider(exporter), **kw)  # type: ignore[arg-type]
    for event in events:
        sub(event)
    return list(exporter.get_finished_spans())


def _two_processes(lookup: bool = True, **kw: object) -> list[ReadableSpan]:
    """Process A runs until the pause; process B (another provider, fresh state) resumes and finishes."""
    approvals = {f"{RUN_ID}-s1": (T0 + 1.03, "create_ticket")}
    info = (lambda run_id: RunInfo(AGENT, T0, "acme", approvals)) if lookup else None
    return _run(process_a(), **kw) + _run(process_b(), lookup=info, **kw)


def _one(spans: list[ReadableSpan], prefix: str) -> ReadableSpan:
    found = [s for s in spans if s.name.startswith(prefix)]
    assert len(found) == 1, [s.name for s in spans]
    return found[0]


def test_span_tree_of_a_paused_and_resumed_run_joins_one_trace() -> None:
    spans = _two_processes()
    assert normalized_tree(spans) == EXPECTED_TREE
    assert {s.context.trace_id for s in spans} == {int(TRACE_ID, 16)}


def test_root_is_exported_once_when_the_run_finishes() -> None:
    spans_a = _run(process_a())
    assert all(s.parent is not None for s in spans_a)
    assert {s.parent.span_id for s in spans_a if s.name.startswith("plan")} == {  # type: ignore[union-attr]
        root_span_id(int(TRACE_ID, 16))}


def test_root_span_covers_the_whole_run_with_agent_attributes() -> None:
    root = _one(_two_processes(), "invoke_agent")
    assert root.start_time == int(T0 * 1e9)
    assert root.end_time == int(round((RESUME + 1.6) * 1e9))
    attrs = root.attributes or {}
    assert attrs["gen_ai.operation.name"] == "invoke_agent"
    assert attrs["gen_ai.agent.name"] == AGENT
    assert attrs["gen_ai.conversation.id"] == RUN_ID
    assert attrs["corral.run.status"] == "completed"
    assert attrs["corral.tenant"] == "acme"
    assert root.status.status_code == StatusCode.UNSET


def test_chat_span_has_genai_model_attributes() -> None:
    chat = [s for s in _two_processes() if s.name.startswith("chat")][0]
    attrs = chat.attributes or {}
    assert chat.kind == SpanKind.CLIENT
    assert attrs["gen_ai.operation.name"] == "chat"
    assert attrs["gen_ai.provider.name"] == "openai"
    assert attrs["gen_ai.request.model"] == "gpt-4o-mini"
    assert attrs["gen_ai.response.model"] == "gpt-4o-mini-2024-07-18"
    assert (attrs["gen_ai.usage.input_tokens"], attrs["gen_ai.usage.output_tokens"]) == (120, 30)
    assert tuple(attrs["gen_ai.response.finish_reasons"]) == ("tool_calls",)  # type: ignore[arg-type]
    assert attrs["corral.cost_usd"] == pytest.approx(0.0004)
    assert chat.end_time is not None and chat.start_time is not None
    assert chat.end_time - chat.start_time == pytest.approx(800e6, rel=1e-6)


def test_plan_span_starts_with_its_model_call() -> None:
    spans = _two_processes()
    plan = [s for s in spans if s.name.startswith("plan")][0]
    chat = [s for s in spans if s.name.startswith("chat")][0]
    assert plan.start_time == chat.start_time
    assert (plan.attributes or {})["gen_ai.operation.name"] == "plan"
    assert (plan.attributes or {})["corral.plan.tool"] == "create_ticket"


def test_execute_tool_span_has_tool_and_corral_attributes() -> None:
    attrs = _one(_two_processes(), "execute_tool").attributes or {}
    assert attrs["gen_ai.operation.name"] == "execute_tool"
    assert attrs["gen_ai.tool.name"] == "create_ticket"
    assert attrs["gen_ai.tool.call.id"] == "call_1"
    assert attrs["corral.idempotency_key"] == "ik-7f3a"
    assert attrs["corral.retry_count"] == 1
    assert attrs["corral.tool.status"] == "ok"


def test_decision_span_records_policy_outcome_and_reasons() -> None:
    attrs = _one(_two_processes(), "decide").attributes or {}
    assert attrs["corral.policy.decision"] == "require_approval"
    assert tuple(attrs["corral.policy.reasons"]) == ("autonomy.approval_required",)  # type: ignore[arg-type]
    assert attrs["corral.policy.id"] == "corral.builtin"


def test_approval_wait_is_measured_across_processes() -> None:
    span = _one(_two_processes(), "await_approval")
    attrs = span.attributes or {}
    assert attrs["corral.approval.status"] == "approved"
    assert attrs["corral.approval.wait_ms"] == pytest.approx((RESUME - (T0 + 1.03)) * 1000, rel=1e-6)


def test_approval_wait_known_in_process_without_event_help() -> None:
    span = _one(_run(all_events()), "await_approval")
    assert span.start_time == int(round((T0 + 1.03) * 1e9))


def test_resumed_process_without_lookup_still_names_and_parents_the_root() -> None:
    spans = _two_processes(lookup=False)
    root = _one(spans, "invoke_agent")
    assert root.name == "invoke_agent agent"  # the agent's name is unknown to the resuming process
    assert root.context.span_id == root_span_id(int(TRACE_ID, 16))


def test_content_is_not_recorded_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CORRAL_TRACE_CONTENT", raising=False)
    spans = _two_processes()
    keys = {k for s in spans for k in (s.attributes or {})}
    assert not keys & {"gen_ai.tool.call.arguments", "gen_ai.tool.call.result", "corral.plan.text",
                       "corral.run.result"}


def test_content_is_recorded_redacted_when_opted_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CORRAL_TRACE_CONTENT", "1")
    spans = _two_processes()
    tool = _one(spans, "execute_tool").attributes or {}
    assert "[REDACTED:email]" in str(tool["gen_ai.tool.call.arguments"])
    assert "ticket T-1 opened" in str(tool["gen_ai.tool.call.result"])


@pytest.mark.parametrize("content", ["0", "1"])
def test_no_planted_secret_or_pii_in_any_span(monkeypatch: pytest.MonkeyPatch, content: str) -> None:
    monkeypatch.setenv("CORRAL_TRACE_CONTENT", content)
    spans = _two_processes()
    texts = [x for s in spans for v in (s.attributes or {}).values() for x in all_strings(v)]
    texts += [s.name for s in spans] + [s.status.description or "" for s in spans]
    for planted in PLANTED:
        assert not [t for t in texts if planted in t], planted


def test_failed_tool_call_sets_error_status_and_type() -> None:
    events = [RunEvent("tool_call", RUN_ID, 1, {"tool": "search", "status": "error", "attempts": 3,
                                                "error": {"type": "ToolTimeout", "message": "timed out after 5s"}},
                       ts=T0, duration_ms=5000.0, trace_id=TRACE_ID)]
    span = _run(events)[0]
    assert span.status.status_code == StatusCode.ERROR
    assert (span.attributes or {})["error.type"] == "ToolTimeout"
    assert (span.attributes or {})["corral.retry_count"] == 2


def test_model_call_without_plan_gets_a_failed_plan_span_at_finish() -> None:
    events = process_a()[:2] + [RunEvent("run_finished", RUN_ID, 1, {"status": "failed", "error": {
        "type": "InvalidModelOutput", "message": "invalid"}}, ts=T0 + 2, trace_id=TRACE_ID)]
    spans = _run(events)
    plan = _one(spans, "plan")
    assert plan.status.status_code == StatusCode.ERROR
    assert _one(spans, "chat").parent.span_id == plan.context.span_id  # type: ignore[union-attr]
    assert _one(spans, "invoke_agent").status.status_code == StatusCode.ERROR


def test_trace_id_is_derived_from_the_run_when_the_event_has_none() -> None:
    assert run_trace_id("r1", None) == run_trace_id("r1", "") != run_trace_id("r2", None)
    assert run_trace_id("r1", TRACE_ID) == int(TRACE_ID, 16)


def test_root_span_ignores_an_ambient_current_span() -> None:
    exporter = InMemorySpanExporter()
    provider = make_tracer_provider(exporter)
    sub = TraceSubscriber(provider)
    with provider.get_tracer("t").start_as_current_span("http request"):
        for event in all_events():
            sub(event)
    root = _one(list(exporter.get_finished_spans()), "invoke_agent")
    assert root.parent is None


def test_subscriber_rejects_a_provider_whose_ids_it_cannot_pin() -> None:
    from opentelemetry.sdk.trace import TracerProvider

    with pytest.raises(TypeError):
        TraceSubscriber(TracerProvider())


def test_setup_tracing_is_idempotent() -> None:
    from corral.telemetry import setup_tracing, shutdown_tracing

    exporter = InMemorySpanExporter()
    try:
        first = setup_tracing(exporter)
        assert setup_tracing(exporter) is first
        assert len(first._active_span_processor._span_processors) == 1
    finally:
        shutdown_tracing()


def test_setup_tracing_adds_otlp_when_endpoint_is_set(monkeypatch: pytest.MonkeyPatch) -> None:
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    from corral.telemetry import setup_tracing, shutdown_tracing

    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4318")
    try:
        provider = setup_tracing()
        processors = provider._active_span_processor._span_processors
        assert any(isinstance(p, BatchSpanProcessor) for p in processors)
    finally:
        trace.get_tracer_provider()  # the global provider is never touched
        shutdown_tracing()


def test_flush_sends_batched_spans_now() -> None:
    exporter = InMemorySpanExporter()
    sub = TraceSubscriber(make_tracer_provider(exporter, batch=True))
    for event in all_events():
        sub(event)
    sub.flush()
    assert len(exporter.get_finished_spans()) == 8
