"""The gateway's API: authN on every route, roles, the run lifecycle, validation, PII at ingress, metrics."""

from __future__ import annotations

import re
from typing import Any

from corral.demo import list_tickets
from server_support import TASK, Gateway, gateway_fixture  # noqa: F401 - the gw fixture

PUBLIC = {"/healthz", "/readyz"}


def _routes(gw: Gateway) -> list[tuple[str, str]]:
    spec: dict[str, Any] = gw.client.get("/openapi.json").json()
    return [(m.upper(), p) for p, ops in spec["paths"].items() for m in ops]


def test_every_route_needs_credentials(gw: Gateway) -> None:
    routes = _routes(gw)
    assert len(routes) >= 15
    bad_key = {"Authorization": "Bearer crl_000000000000_" + "x" * 43}
    for method, path in routes:
        url = re.sub(r"\{[^}]+\}", "x", path)
        for headers in ({}, bad_key, {"X-API-Key": "nope"}, {"Authorization": "Bearer a.b.c"}):
            r = gw.client.request(method, url, headers=headers, json={})
            if path in PUBLIC:
                assert r.status_code == 200, (method, path)
            else:
                assert r.status_code == 401, (method, path, headers, r.status_code)
                assert r.headers["www-authenticate"] == "Bearer"


def test_revoked_and_expired_keys_are_refused(gw: Gateway) -> None:
    keys = gw.app.state.keys
    key, rec = keys.create("acme", "viewer")
    h = {"Authorization": f"Bearer {key}"}
    assert gw.client.get("/v1/runs", headers=h).status_code == 200
    assert keys.revoke(rec.id)
    assert gw.client.get("/v1/runs", headers=h).status_code == 401
    expired, _ = keys.create("acme", "viewer", expires_days=-1)
    assert gw.client.get("/v1/runs", headers={"X-API-Key": expired}).status_code == 401
    stored = [r for r in keys.list() if r.id == rec.id][0]
    assert key.split("_", 2)[2] not in repr(stored)  # the secret is never stored


def test_roles(gw: Gateway) -> None:
    viewer, operator = gw.key(role="viewer"), gw.key(role="operator")
    body = {"agent": "incident-resolver", "task": TASK}
    assert gw.client.post("/v1/runs", json=body, headers=viewer).status_code == 403
    run_id = gw.start(operator)
    gw.wait(run_id, "waiting_approval")
    approval = gw.client.get("/v1/approvals", headers=viewer).json()[0]["id"]
    assert gw.client.post(f"/v1/approvals/{approval}/approve", json={}, headers=operator).status_code == 403
    assert gw.client.post(f"/v1/approvals/{approval}/approve", json={}, headers=viewer).status_code == 403
    assert gw.client.get("/metrics", headers=operator).status_code == 403


def test_start_approve_with_edit_complete(gw: Gateway) -> None:
    operator, approver = gw.key(role="operator", user="olga"), gw.key(role="approver", user="alice")
    r = gw.client.post("/v1/runs", json={"agent": "incident-resolver", "task": TASK}, headers=operator)
    assert r.status_code == 202 and r.headers["location"] == f"/v1/runs/{r.json()['id']}"
    assert r.json()["autonomy"] == "approval_required"
    run_id = r.json()["id"]
    gw.wait(run_id, "waiting_approval")
    [pending] = gw.client.get("/v1/approvals", headers=approver).json()
    detail = gw.client.get(f"/v1/approvals/{pending['id']}", headers=approver).json()
    assert detail["tool"] == "CreateSupportTicket" and detail["arguments"]["severity"] == "high"
    assert [p["tool"] for p in detail["plan"]] == ["SearchKB"] and detail["autonomy"] == "approval_required"
    assert {r["code"] for r in detail["reasons"]} >= {"severity_high"}
    edited = {**detail["arguments"], "severity": "medium"}
    preview = gw.client.post(f"/v1/approvals/{pending['id']}/diff", json={"arguments": edited}, headers=approver)
    assert '-  "severity": "high"' in preview.json()["diff"] and '+  "severity": "medium"' in preview.json()["diff"]
    done = gw.client.post(f"/v1/approvals/{pending['id']}/approve", json={"reason": "medium is right",
                                                                       "arguments": edited}, headers=approver)
    assert done.status_code == 200, done.text
    gw.wait(run_id, "completed")
    assert [t["severity"] for t in list_tickets(run_id)] == ["medium"]
    after = gw.client.get(f"/v1/approvals/{pending['id']}", headers=approver).json()
    assert after["status"] == "approved" and after["decided_by"] == "alice" and '+  "severity": "medium"' in after["diff"]
    audit = gw.client.get(f"/v1/runs/{run_id}/audit", headers=approver).json()
    decided = [a for a in audit if a["kind"] == "approval_decided"][0]
    assert decided["actor"] == "user:alice" and decided["data"]["reason"] == "medium is right"
    assert '+  "severity": "medium"' in decided["data"]["diff"]
    assert audit[0]["kind"] == "run_started" and audit[0]["actor"] == "user:olga"
    assert [a["seq"] for a in audit] == sorted(a["seq"] for a in audit) and all(a["hash"] for a in audit)
    steps = gw.client.get(f"/v1/runs/{run_id}/steps", headers=approver).json()
    assert [s["status"] for s in steps] == ["executed", "executed", "final"]
    trace = gw.client.get(f"/v1/runs/{run_id}/trace", headers=approver).json()
    assert re.fullmatch(r"[0-9a-f]{32}", trace["trace_id"])
    again = gw.client.post(f"/v1/approvals/{pending['id']}/approve", json={}, headers=approver)
    assert again.status_code == 409


def test_invalid_edit_is_422_and_run_keeps_waiting(gw: Gateway) -> None:
    admin = gw.key()
    run_id = gw.start(admin)
    gw.wait(run_id, "waiting_approval")
    [a] = gw.client.get("/v1/approvals", headers=admin).json()
    r = gw.client.post(f"/v1/approvals/{a['id']}/approve", json={"arguments": {"title": "x", "severity": "doom"}},
                       headers=admin)
    assert r.status_code == 422 and "severity" in r.json()["detail"]
    assert gw.rt.store.get_run(run_id).status == "waiting_approval"


def test_reject_cancel_escalate(gw: Gateway) -> None:
    admin = gw.key(user="root")
    first, second = gw.start(admin), gw.start(admin)
    gw.wait(first, "waiting_approval")
    gw.wait(second, "waiting_approval")
    a = gw.rt.store.pending_approval(first)
    assert a is not None
    assert gw.client.post(f"/v1/approvals/{a.id}/reject", json={"reason": ""}, headers=admin).status_code == 422
    r = gw.client.post(f"/v1/approvals/{a.id}/reject", json={"reason": "duplicate"}, headers=admin)
    assert r.status_code == 200
    assert gw.wait(first, "rejected")["error"]["message"] == "duplicate"
    esc = gw.client.post(f"/v1/runs/{second}/escalate", json={"assignee": "sre-oncall", "note": "look"}, headers=admin)
    assert esc.status_code == 201 and esc.json()["links"]["console"].endswith(f"/console/runs/{second}")
    audit = gw.client.get(f"/v1/runs/{second}/audit", headers=admin).json()
    assert [(a["actor"], a["data"]["assignee"]) for a in audit if a["kind"] == "escalated"] == [("user:root", "sre-oncall")]
    listed = gw.client.get("/v1/escalations", headers=admin).json()
    assert [(e["run_id"], e["assignee"], e["source"]) for e in listed] == [(second, "sre-oncall", "operator")]
    c = gw.client.post(f"/v1/runs/{second}/cancel", json={"reason": "not needed"}, headers=admin)
    assert c.status_code == 200 and c.json()["status"] == "cancelled"
    assert gw.client.post(f"/v1/runs/{second}/cancel", json={}, headers=admin).status_code == 409
    assert list_tickets(second) == []


def test_undo_completed_write_step(gw: Gateway) -> None:
    admin = gw.key(user="root")
    run_id = gw.start(admin)
    gw.wait(run_id, "waiting_approval")
    a = gw.rt.store.pending_approval(run_id)
    assert a is not None
    gw.client.post(f"/v1/approvals/{a.id}/approve", json={}, headers=admin)
    gw.wait(run_id, "completed")
    assert gw.client.post(f"/v1/runs/{run_id}/steps/1/undo", json={"reason": "x"}, headers=admin).status_code == 409
    r = gw.client.post(f"/v1/runs/{run_id}/steps/2/undo", json={"reason": "opened by mistake"}, headers=admin)
    assert r.status_code == 200, r.text
    step = r.json()
    assert (step["kind"], step["tool"], step["status"]) == ("compensation", "CloseSupportTicket", "executed")
    assert step["annotations"]["compensates"] == 2 and step["annotations"]["actor"] == "root"
    assert step["decision"]["outcome"] in ("allow", "require_approval")
    assert [t["status"] for t in list_tickets(run_id)] == ["closed"]
    again = gw.client.post(f"/v1/runs/{run_id}/steps/2/undo", json={"reason": "again"}, headers=admin)
    assert again.status_code == 409 and "already undone" in again.json()["detail"]
    audit = gw.client.get(f"/v1/runs/{run_id}/audit", headers=admin).json()
    assert any(a["kind"] == "compensation" and a["actor"] == "user:root" and a["data"]["compensates"] == 2
               for a in audit)


def test_request_validation_and_caps(gw: Gateway) -> None:
    op = gw.key(role="operator")
    post = gw.client.post
    assert post("/v1/runs", json={"agent": "nope", "task": "x"}, headers=op).status_code == 404
    assert post("/v1/runs", json={"agent": "incident-resolver"}, headers=op).status_code == 422
    assert post("/v1/runs", json={"agent": "incident-resolver", "task": "x", "extra": 1}, headers=op).status_code == 422
    assert post("/v1/runs", json={"agent": "incident-resolver", "task": "x" * 8001}, headers=op).status_code == 422
    big = post("/v1/runs", content=b'{"agent": "' + b"a" * 70_000 + b'"}', headers={**op, "content-type": "application/json"})
    assert big.status_code == 413
    assert gw.rt.store.list_runs() == []


def test_pii_is_pseudonymized_before_it_is_stored(gw: Gateway) -> None:
    op = gw.key(role="operator")
    task = "Data loss in EU; reporter jane.doe@example.com, +44 20 7946 0958, card 4111 1111 1111 1111"
    r = gw.client.post("/v1/runs", json={"agent": "incident-resolver", "task": task}, headers=op)
    assert r.status_code == 202 and r.json()["pii_pseudonymized"] == {"EMAIL": 1, "PHONE": 1, "CREDIT_CARD": 1}
    run_id = r.json()["id"]
    gw.wait(run_id, "waiting_approval")
    stored = gw.rt.store.get_run(run_id).task
    assert "jane.doe" not in stored and "4111" not in stored and "7946" not in stored
    assert "<EMAIL_1>" in stored and "<CREDIT_CARD_1>" in stored  # corral.guards.pii's detector and vault
    first_prompt = gw.rt.store.list_steps(run_id)[0].arguments
    assert first_prompt is not None and "jane.doe" not in str(first_prompt)


def test_health_and_metrics(gw: Gateway) -> None:
    assert gw.client.get("/healthz").json() == {"status": "ok"}
    assert "incident-resolver" in gw.client.get("/readyz").json()["agents"]
    admin = gw.key()
    gw.wait(gw.start(admin), "waiting_approval")
    text = gw.client.get("/metrics", headers=admin).text
    assert 'corral_runs_by_status{agent="incident-resolver",status="waiting_approval"} 1.0' in text
    assert "corral_http_request_seconds_bucket" in text
    assert 'corral_runs_started_total{agent="incident-resolver",tenant="acme"}' in text  # corral.telemetry


def test_console_pages_are_served(gw: Gateway) -> None:
    for path in ("/console", "/console/login", "/console/approvals", "/console/escalations", "/console/runs/abc"):
        r = gw.client.get(path)
        assert r.status_code == 200 and "/console/static/console.js" in r.text
    assert "sessionStorage" in gw.client.get("/console/static/console.js").text
    assert gw.client.get("/console/static/../app.py").status_code == 404
