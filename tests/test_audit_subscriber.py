"""The audit subscriber: run events become redacted records; buffered per step, flushed before acting."""

from __future__ import annotations

import json
from typing import Any

import pytest
import sqlalchemy as sa

from corral.audit import AuditLog, AuditSubscriber, default_redactor, redact_data
from corral.events import RunEvent
from corral.guards.pii import log_redact
from corral.telemetry.redact import set_redactor

SECRET = "sk-proj-abcdefghijklmnopqrstuvwxyz0123"


def _ev(kind: str, step: int, data: dict[str, Any], run_id: str = "r1") -> RunEvent:
    return RunEvent(kind, run_id, step, data, trace_id="t" * 32)  # type: ignore[arg-type]


def _bodies(log: AuditLog) -> str:
    return "\n".join(r.body.decode() for r in log.records())


def test_redact_data_masks_secret_keys_patterns_and_pii() -> None:
    out = redact_data({"api_key": "abc", "note": f"mail a.b@example.com, call +1 415 555 0100, key {SECRET}",
                       "tokens_in": 12, "nested": [{"password": "hunter2"}], "nan": float("nan")})
    assert out["api_key"] == "[REDACTED:secret]" and out["nested"][0]["password"] == "[REDACTED:secret]"
    assert out["note"] == "mail [REDACTED:email], call [REDACTED:phone], key [REDACTED:api_key]"
    assert out["tokens_in"] == 12 and out["nan"] == "nan"


@pytest.mark.parametrize("pii_detector", [False, True])
def test_default_redactor_keeps_ordinary_numbers(pii_detector: bool) -> None:
    text = "ticket T-1234 at 17:00:05.5, version 1.2.3, order 12345678, took 1834 ms"
    set_redactor(log_redact if pii_detector else None)
    try:
        assert default_redactor(text) == text
    finally:
        set_redactor(None)


def test_the_guards_detector_adds_what_the_baseline_does_not_know() -> None:
    text = "refund to DE89 3704 0044 0532 0130 00, card 4111-1111-1111-1111"
    set_redactor(None)
    assert "DE89" in default_redactor(text)
    set_redactor(log_redact)
    try:
        assert default_redactor(text) == "refund to [REDACTED:iban], card [REDACTED:card]"
    finally:
        set_redactor(None)


def test_events_become_records_with_actor_tenant_and_trace(engine: sa.Engine) -> None:
    log = AuditLog(engine)
    sub = AuditSubscriber(log)
    sub(_ev("run_started", 0, {"agent": "a", "tenant": "acme", "user": "ann", "task": "fix it"}))
    sub(_ev("model_call", 1, {"model": "scripted:x", "tokens_in": 5}))
    sub(_ev("plan", 1, {"kind": "tool", "tool": "Search", "arguments": {"q": "x"}}))
    sub(_ev("decision", 1, {"tool": "Search", "decision": {"outcome": "allow", "policy_id": "spec"}}))
    sub(_ev("approval_decided", 1, {"approval_id": "p", "status": "approved", "actor": "alice"}))
    sub(_ev("tool_call", 1, {"tool": "Search", "status": "ok", "result_summary": "3 hits"}))
    recs = list(log.records())
    assert [(r.kind, r.actor) for r in recs] == [
        ("run_started", "user:ann"), ("model_call", "model:scripted:x"), ("plan", "model:scripted:x"),
        ("decision", "policy:spec"), ("approval_decided", "user:alice"), ("tool_call", "tool:Search")]
    assert {r.tenant for r in recs} == {"acme"}
    assert recs[-1].data == {"tool": "Search", "status": "ok", "result_summary": "3 hits", "step": 1,
                             "trace_id": "t" * 32}


def test_secrets_and_pii_never_reach_the_log(engine: sa.Engine) -> None:
    log = AuditLog(engine)
    sub = AuditSubscriber(log)
    sub(_ev("run_started", 0, {"task": f"use {SECRET}, reply to jane.doe@example.com", "user": "ann"}))
    sub(_ev("tool_call", 1, {"tool": "Mail", "arguments": {"to": "jane.doe@example.com", "password": "hunter2"},
                             "status": "ok"}))
    stored = _bodies(log)
    for planted in (SECRET, "jane.doe@example.com", "hunter2"):
        assert planted not in stored
    assert "[REDACTED:email]" in stored


def test_custom_redactor_is_applied(engine: sa.Engine) -> None:
    log = AuditLog(engine)
    sub = AuditSubscriber(log, redactor=lambda s: s.replace("Ann", "<PERSON>"))
    sub(_ev("run_started", 0, {"task": "Ann's laptop", "user": "ann"}))
    sub.flush()
    assert next(log.records()).data["task"] == "<PERSON>'s laptop"


def test_model_output_waits_for_the_step_but_is_written_before_the_action(engine: sa.Engine) -> None:
    log = AuditLog(engine)
    sub = AuditSubscriber(log)
    sub(_ev("model_call", 1, {"model": "m"}))
    sub(_ev("plan", 1, {"kind": "tool", "tool": "Search"}))
    assert log.head().seq == 0  # buffered
    sub(_ev("decision", 1, {"tool": "Search", "decision": {"outcome": "allow"}}))
    assert log.head().seq == 3  # flushed before the tool may run


def test_a_new_step_flushes_the_previous_one(engine: sa.Engine) -> None:
    log = AuditLog(engine)
    sub = AuditSubscriber(log)
    sub(_ev("model_call", 1, {"model": "m"}))
    sub(_ev("model_call", 2, {"model": "m"}))
    assert log.head().seq == 1


def test_unbuffered_subscriber_writes_each_event(engine: sa.Engine) -> None:
    log = AuditLog(engine)
    AuditSubscriber(log, buffer=False)(_ev("model_call", 1, {"model": "m"}))
    assert log.head().seq == 1


def test_a_resumed_run_gets_its_tenant_and_model_from_the_store(engine: sa.Engine) -> None:
    from corral.store.records import RunRecord
    from corral.store.sql import SqlStore

    SqlStore(engine).create_run(RunRecord(id="r1", agent="a", task="t", spec={}, model="scripted:x", tenant="acme"))
    log = AuditLog(engine)
    sub = AuditSubscriber(log)  # a new process: it never saw run_started
    sub(_ev("plan", 2, {"kind": "final", "text": "done"}))
    sub.flush()
    rec = next(log.records())
    assert (rec.tenant, rec.actor) == ("acme", "model:scripted:x")


def test_without_a_runs_table_the_tenant_is_just_unknown(engine: sa.Engine) -> None:
    log = AuditLog(engine)
    sub = AuditSubscriber(log)
    sub(_ev("tool_call", 1, {"tool": "Search", "status": "ok"}))
    assert next(log.records()).tenant is None


def test_keys_are_redacted_like_values() -> None:
    from corral.audit.redact import redact_data
    from corral.telemetry.redact import redact_value

    data = {"messages": {"attacker@evil-mail.com": "hi", "bob@example.com": "yo"}, "password": "x"}
    for out in (redact_data(data), redact_value(data)):
        text = json.dumps(out)
        assert "evil-mail.com" not in text and "bob@example.com" not in text and '"hi"' in text and '"yo"' in text
        assert len(out["messages"]) == 2 and out["password"] == "[REDACTED:secret]"  # both keys kept, apart
