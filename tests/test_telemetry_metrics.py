"""Prometheus metrics from the run-event stream: values after the demo run, bounded labels, isolation."""

from __future__ import annotations

import pytest
from prometheus_client.parser import text_string_to_metric_families

from corral.events import RunEvent
from corral.telemetry import CorralMetrics, RunInfo, metrics_from_events
from telemetry_demo import AGENT, EMAIL, PLANTED, RUN_ID, T0, TRACE_ID, all_events, process_a, process_b

LABELS = {"agent": AGENT, "tenant": "acme", "model": "gpt-4o-mini-2024-07-18"}


def _demo() -> CorralMetrics:
    metrics = CorralMetrics()
    for event in all_events():
        metrics(event)
    return metrics


def _value(metrics: CorralMetrics, name: str, **labels: str) -> float | None:
    return metrics.registry.get_sample_value(name, labels)


def test_tokens_and_cost_after_the_demo_run() -> None:
    m = _demo()
    assert _value(m, "corral_tokens_in_total", **LABELS) == 320
    assert _value(m, "corral_tokens_out_total", **LABELS) == 70
    assert _value(m, "corral_cost_usd_total", **LABELS) == pytest.approx(0.001)
    assert _value(m, "corral_model_calls_total", **LABELS, status="ok") == 2


def test_tool_calls_decisions_and_retries_after_the_demo_run() -> None:
    m = _demo()
    assert _value(m, "corral_tool_calls_total", agent=AGENT, tenant="acme", tool="create_ticket",
                  status="ok") == 1
    assert _value(m, "corral_policy_decisions_total", agent=AGENT, outcome="require_approval") == 1
    assert _value(m, "corral_tool_retries_total", agent=AGENT, tool="create_ticket") == 1
    assert _value(m, "corral_breaker_state", tool="create_ticket") == 0


def test_approvals_and_run_status_after_the_demo_run() -> None:
    m = _demo()
    assert _value(m, "corral_approvals_total", agent=AGENT, status="requested") == 1
    assert _value(m, "corral_approvals_total", agent=AGENT, status="approved") == 1
    assert _value(m, "corral_approvals_pending", agent=AGENT) == 0
    assert _value(m, "corral_runs_started_total", agent=AGENT, tenant="acme") == 1
    assert _value(m, "corral_runs_total", agent=AGENT, tenant="acme", status="completed") == 1
    assert _value(m, "corral_runs_paused_total", agent=AGENT) == 1


def test_run_latency_spans_the_pause() -> None:
    m = _demo()
    assert _value(m, "corral_run_duration_seconds_count", agent=AGENT, status="completed") == 1
    assert _value(m, "corral_run_duration_seconds_sum", agent=AGENT, status="completed") == pytest.approx(3601.6)


def test_step_latency_histogram_counts_each_phase() -> None:
    m = _demo()
    assert _value(m, "corral_step_duration_seconds_count", agent=AGENT, kind="model_call") == 2
    assert _value(m, "corral_step_duration_seconds_sum", agent=AGENT, kind="model_call") == pytest.approx(1.7)
    assert _value(m, "corral_tool_duration_seconds_count", tool="create_ticket") == 1


def test_an_approval_is_pending_while_the_run_is_paused() -> None:
    m = CorralMetrics()
    for event in process_a():
        m(event)
    assert _value(m, "corral_approvals_pending", agent=AGENT) == 1


def test_resumed_process_labels_by_lookup() -> None:
    m = CorralMetrics(lookup=lambda run_id: RunInfo(AGENT, T0, "acme"))
    for event in process_b():
        m(event)
    assert _value(m, "corral_runs_total", agent=AGENT, tenant="acme", status="completed") == 1
    assert _value(m, "corral_run_duration_seconds_count", agent=AGENT, status="completed") == 1


def test_guard_blocks_are_counted_by_guard() -> None:
    m = CorralMetrics()
    decision = {"outcome": "deny", "reasons": [{"code": "guard.injection.tool_output", "message": "x"}]}
    m(RunEvent("decision", RUN_ID, 1, {"tool": "search", "decision": decision}, trace_id=TRACE_ID))
    assert _value(m, "corral_guardrail_blocks_total", agent="unknown", guard="injection") == 1
    assert _value(m, "corral_policy_decisions_total", agent="unknown", outcome="deny") == 1


def test_open_breaker_is_reported() -> None:
    m = CorralMetrics()
    m(RunEvent("tool_call", RUN_ID, 1, {"tool": "search", "status": "error",
                                        "error": {"type": "CircuitOpen", "message": "open"}}))
    assert _value(m, "corral_breaker_state", tool="search") == 2


def test_labels_never_carry_run_ids_or_user_text() -> None:
    text = _demo().render()
    assert RUN_ID not in text and TRACE_ID not in text
    for planted in PLANTED + (EMAIL,):
        assert planted not in text


def test_label_values_are_capped() -> None:
    m = CorralMetrics(max_label_values=3)
    for i in range(10):
        m(RunEvent("tool_call", f"r{i}", 1, {"tool": f"tool-{i}", "status": "ok"}))
    tools = {s.labels["tool"] for f in text_string_to_metric_families(m.render())
             if f.name == "corral_tool_calls" for s in f.samples}
    assert tools == {"tool-0", "tool-1", "tool-2", "_other"}


def test_each_instance_has_its_own_registry() -> None:
    first, second = _demo(), CorralMetrics()
    assert _value(first, "corral_runs_started_total", agent=AGENT, tenant="acme") == 1
    assert _value(second, "corral_runs_started_total", agent=AGENT, tenant="acme") is None


def _samples(m: CorralMetrics) -> set[tuple[str, tuple[tuple[str, str], ...], float]]:
    return {(s.name, tuple(sorted(s.labels.items())), s.value) for f in text_string_to_metric_families(m.render())
            for s in f.samples if not s.name.endswith("_created")}


def test_replaying_events_gives_the_same_samples_as_live() -> None:
    assert _samples(metrics_from_events(all_events())) == _samples(_demo())


def test_render_is_valid_prometheus_text() -> None:
    names = {f.name for f in text_string_to_metric_families(_demo().render())}
    assert {"corral_tokens_in", "corral_tool_calls", "corral_runs", "corral_run_duration_seconds"} <= names
