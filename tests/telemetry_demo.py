"""A synthetic demo run for the telemetry tests: a model call, a plan, a decision needing approval, a pause,
then (in a second process) the approval, the tool call, a final model call and the finish. Secrets and PII are
planted in every free-text field so tests can check none of them leaves the process."""

from __future__ import annotations

from typing import Any

from opentelemetry.sdk.trace import ReadableSpan

from corral.events import RunEvent

RUN_ID = "run-demo-1"
TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736"
T0 = 1_700_000_000.0
RESUME = T0 + 3600.0
AGENT = "support-bot"

API_KEY = "sk-live-4f9aXb12Cd34Ef56Gh78Ij90"
PASSWORD = "hunter2-Secret!"
EMAIL = "bob.smith@example.com"
PHONE = "+1 415 555 0100"
PLANTED = (API_KEY, PASSWORD, EMAIL, PHONE, "hunter2", "bob.smith", "555 0100")

SECRET_TEXT = f"reset for {EMAIL} ({PHONE}); my password={PASSWORD} and key {API_KEY}"


def _ev(kind: Any, step: int, ts: float, data: dict[str, Any], duration_ms: float = 0.0) -> RunEvent:
    return RunEvent(kind, RUN_ID, step, data, ts=ts, duration_ms=duration_ms, trace_id=TRACE_ID)


def process_a() -> list[RunEvent]:
    """Up to the pause for approval."""
    return [
        _ev("run_started", 0, T0, {"agent": AGENT, "autonomy": "approval_required", "model": "openai:gpt-4o-mini",
                                   "tenant": "acme", "user": EMAIL, "task": SECRET_TEXT}),
        _ev("model_call", 1, T0 + 1.0, {"model": "gpt-4o-mini-2024-07-18", "provider": "openai",
                                        "request_model": "gpt-4o-mini", "tokens_in": 120, "tokens_out": 30,
                                        "cost_usd": 0.0004, "finish_reason": "tool_calls", "cached": False,
                                        "repair": 0}, duration_ms=800.0),
        _ev("plan", 1, T0 + 1.01, {"kind": "tool", "tool": "create_ticket", "call_id": "call_1",
                                   "arguments": {"email": EMAIL, "note": SECRET_TEXT}}, duration_ms=2.0),
        _ev("decision", 1, T0 + 1.02, {
            "tool": "create_ticket",
            "decision": {"outcome": "require_approval", "policy_id": "corral.builtin", "policy_version": "1",
                         "reasons": [{"code": "autonomy.approval_required",
                                      "message": f"write tool needs approval (asked by {EMAIL})"}]},
            "annotations": {"pii": {"found": [EMAIL]}}}, duration_ms=1.0),
        _ev("approval_requested", 1, T0 + 1.03, {"approval_id": f"{RUN_ID}-s1", "tool": "create_ticket",
                                                 "arguments": {"email": EMAIL, "note": SECRET_TEXT},
                                                 "reasons": [{"code": "autonomy.approval_required",
                                                              "message": "write tool"}]}),
        _ev("run_paused", 1, T0 + 1.04, {"reason": "waiting_approval"}),
    ]


def process_b() -> list[RunEvent]:
    """After the approval, in another process."""
    return [
        _ev("approval_decided", 1, RESUME, {"approval_id": f"{RUN_ID}-s1", "status": "approved",
                                            "actor": "carol@example.com", "reason": f"ok, call {PHONE}",
                                            "edited_arguments": None}),
        _ev("tool_call", 1, RESUME + 0.5, {"tool": "create_ticket", "version": "1.0", "call_id": "call_1",
                                           "arguments": {"email": EMAIL, "note": SECRET_TEXT},
                                           "idempotency_key": "ik-7f3a", "status": "ok", "attempts": 2,
                                           "result_summary": f"ticket T-1 opened for {EMAIL}", "error": None,
                                           "side_effect": "write"}, duration_ms=400.0),
        _ev("model_call", 2, RESUME + 1.5, {"model": "gpt-4o-mini-2024-07-18", "provider": "openai",
                                            "request_model": "gpt-4o-mini", "tokens_in": 200, "tokens_out": 40,
                                            "cost_usd": 0.0006, "finish_reason": "stop", "cached": False,
                                            "repair": 0}, duration_ms=900.0),
        _ev("plan", 2, RESUME + 1.51, {"kind": "final", "text": f"Done. {SECRET_TEXT}"}),
        _ev("run_finished", 2, RESUME + 1.6, {"status": "completed", "result": f"Done. {SECRET_TEXT}",
                                              "error": None, "cost_usd": 0.001, "tokens_in": 320,
                                              "tokens_out": 70}),
    ]


def all_events() -> list[RunEvent]:
    return process_a() + process_b()


def normalized_tree(spans: list[ReadableSpan]) -> list[Any]:
    """Spans as nested ``(name, [children])`` sorted by start time; every span must be in one trace."""
    by_id = {s.context.span_id: s for s in spans}
    children: dict[int | None, list[ReadableSpan]] = {}
    for s in spans:
        parent = s.parent.span_id if s.parent is not None else None
        children.setdefault(parent if parent in by_id else None, []).append(s)

    def build(parent: int | None) -> list[Any]:
        kids = sorted(children.get(parent, []), key=lambda s: (s.start_time or 0, s.name))
        return [(s.name, build(s.context.span_id)) for s in kids]

    return build(None)


def all_strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [x for v in value for x in all_strings(v)]
    return []
