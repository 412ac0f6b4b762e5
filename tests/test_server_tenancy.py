"""AuthZ across tenants (404, never the data), rate limits (429 + Retry-After), approval expiry, quorum and
self-approval, on SQLite and PostgreSQL where the store matters."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from corral.runtime import Runtime
from corral.server.ratelimit import MemoryBuckets, RedisBuckets
from corral.server.settings import ServerSettings
from server_support import TASK, Gateway, close_runtime, gateway_fixture, make_gateway, variant  # noqa: F401 - the gw fixture


@pytest.fixture
def gw_db(db_env: dict[str, str]) -> Iterator[Gateway]:
    rt = Runtime.open(**db_env).launch()
    try:
        yield make_gateway(rt)
    finally:
        close_runtime(rt)


def test_other_tenants_get_404_everywhere(gw_db: Gateway) -> None:
    gw = gw_db
    acme = gw.key("acme", "admin")
    run_id = gw.start(acme)
    gw.wait(run_id, "waiting_approval")
    approval = gw.rt.store.pending_approval(run_id)
    assert approval is not None
    evil = gw.key("globex", "admin")
    c = gw.client
    attempts = [
        ("GET", f"/v1/runs/{run_id}", None), ("GET", f"/v1/runs/{run_id}/steps", None),
        ("GET", f"/v1/runs/{run_id}/trace", None), ("GET", f"/v1/runs/{run_id}/audit", None),
        ("POST", f"/v1/runs/{run_id}/cancel", {}), ("POST", f"/v1/runs/{run_id}/escalate", {"assignee": "me"}),
        ("POST", f"/v1/runs/{run_id}/steps/2/undo", {"reason": "x"}),
        ("GET", f"/v1/approvals/{approval.id}", None), ("POST", f"/v1/approvals/{approval.id}/diff", {"arguments": {}}),
        ("POST", f"/v1/approvals/{approval.id}/approve", {}), ("POST", f"/v1/approvals/{approval.id}/reject", {"reason": "x"}),
    ]
    for method, url, body in attempts:
        r = c.request(method, url, json=body, headers=evil)
        assert r.status_code == 404, (method, url, r.status_code)
        assert run_id not in r.text and "Customer" not in r.text
        missing = c.request(method, url.replace(run_id, uuid.uuid4().hex).replace(approval.id, "nope"), json=body,
                            headers=evil)
        assert missing.status_code == 404 and missing.json()["detail"] == r.json()["detail"]
    assert c.get("/v1/runs", headers=evil).json() == []
    assert c.get("/v1/runs?tenant=acme", headers=evil).json() == []
    assert c.get("/v1/approvals", headers=evil).json() == []
    assert c.get("/v1/escalations", headers=evil).json() == []
    assert gw.rt.store.get_run(run_id).status == "waiting_approval"  # nothing the other tenant did took effect
    # a platform admin ('*') sees every tenant and can filter by one
    root = gw.key("*", "admin")
    assert [r["id"] for r in c.get("/v1/runs?tenant=acme", headers=root).json()] == [run_id]
    assert c.get("/v1/runs?tenant=globex", headers=root).json() == []


def test_rate_limit_per_key_and_tenant() -> None:
    rt = Runtime.open().launch()
    try:
        gw = make_gateway(rt, ServerSettings(rate_per_key=1.0, rate_per_tenant=0))
        k1, k2 = gw.key("acme", "viewer"), gw.key("acme", "viewer")
        codes = [gw.client.get("/v1/runs", headers=k1).status_code for _ in range(3)]
        assert codes == [200, 200, 429]  # a burst of 2 per key
        r = gw.client.get("/v1/runs", headers=k1)
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1 and "(key)" in r.json()["detail"]
        assert gw.client.get("/v1/runs", headers=k2).status_code == 200  # another key has its own bucket
        gw = make_gateway(rt, ServerSettings(rate_per_key=100.0, rate_per_tenant=1.0))
        k3, k4, other = gw.key("acme", "viewer"), gw.key("acme", "viewer"), gw.key("globex", "viewer")
        codes = [gw.client.get("/v1/runs", headers=h).status_code for h in (k3, k4, k3, k4)]
        assert codes == [200, 200, 429, 429]  # the tenant's keys share its bucket (burst 2)
        r = gw.client.get("/v1/runs", headers=k4)
        assert "(tenant)" in r.json()["detail"] and int(r.headers["retry-after"]) >= 1
        assert gw.client.get("/v1/runs", headers=other).status_code == 200
    finally:
        close_runtime(rt)


@pytest.mark.parametrize("make", ["memory", "redis"])
def test_token_bucket(make: str) -> None:
    buckets = MemoryBuckets() if make == "memory" else RedisBuckets("redis://127.0.0.1:6379/0",
                                                                    prefix=f"corral-test:{uuid.uuid4().hex}:")
    waits = [buckets.take("k", rate=2.0, burst=3.0) for _ in range(4)]
    assert waits[:3] == [0.0, 0.0, 0.0] and 0.0 < waits[3] <= 0.5
    assert buckets.take("other", rate=2.0, burst=3.0) == 0.0


def test_expired_approval_is_rejected(gw: Gateway) -> None:
    admin = gw.key()
    run_id = gw.start(admin, agent="expiring")
    run = gw.wait(run_id, "rejected", timeout=30)
    assert run["error"]["message"] == "the approval expired"
    [a] = gw.rt.store.list_approvals(status=None, run_id=run_id)
    assert (a.status, a.decided_by) == ("expired", "corral")
    from corral.demo import list_tickets

    assert list_tickets(run_id) == []


def test_expired_approval_escalates_then_a_human_approves(gw: Gateway) -> None:
    admin = gw.key(user="root")
    run_id = gw.start(admin, agent="escalating")
    deadline = __import__("time").monotonic() + 30
    while gw.rt.store.list_approvals(status="escalated", run_id=run_id) == []:
        assert __import__("time").monotonic() < deadline, "the approval was never escalated"
        __import__("time").sleep(0.1)
    assert gw.rt.store.get_run(run_id).status == "waiting_approval"
    listed = gw.client.get("/v1/escalations", headers=admin).json()
    assert [(e["run_id"], e["source"]) for e in listed] == [(run_id, "expiry")]
    [a] = gw.client.get("/v1/approvals", headers=admin).json()
    assert a["status"] == "escalated"
    assert gw.client.post(f"/v1/approvals/{a['id']}/approve", json={"reason": "ok"}, headers=admin).status_code == 200
    gw.wait(run_id, "completed")


def test_quorum_and_no_self_approval(gw: Gateway) -> None:
    starter = gw.key(role="operator", user="olga")
    run_id = gw.start(starter, agent="guarded")
    gw.wait(run_id, "waiting_approval")
    [a] = gw.client.get("/v1/approvals", headers=starter).json()
    url = f"/v1/approvals/{a['id']}/approve"
    olga_approver = gw.key(role="approver", user="olga")
    r = gw.client.post(url, json={}, headers=olga_approver)
    assert r.status_code == 403 and "may not approve" in r.json()["detail"]
    first = gw.client.post(url, json={"reason": "fine"}, headers=gw.key(role="approver", user="alice"))
    assert first.status_code == 200
    body = first.json()
    assert body["status"] == "pending" and body["quorum"]["needed"] == 2
    assert [v["actor"] for v in body["quorum"]["votes"]] == ["alice"]
    again = gw.client.post(url, json={}, headers=gw.key(role="approver", user="alice"))
    assert again.json()["status"] == "pending"  # the same approver twice is still one vote
    edit = gw.client.post(url, json={"arguments": {"title": "t", "severity": "low"}},
                          headers=gw.key(role="approver", user="bob"))
    assert edit.status_code == 409
    gw.client.post(url, json={}, headers=gw.key(role="approver", user="bob"))
    gw.wait(run_id, "completed")
    audit = gw.client.get(f"/v1/runs/{run_id}/audit", headers=starter).json()
    assert [a["actor"] for a in audit if a["kind"] == "approval_vote"] == ["user:alice", "user:alice", "user:bob"]
    decided = gw.rt.store.get_approval(a["id"])
    assert decided.status == "approved" and decided.decided_by == "alice+bob"


def test_critical_reason_needs_the_critical_quorum() -> None:
    from corral.spec.agent import ApprovalSettings

    s = ApprovalSettings()
    assert s.quorum_for([{"code": "severity_high"}]) == 1
    assert s.quorum_for([{"code": "critical"}]) == 2
    assert ApprovalSettings(quorum=3).quorum_for([{"code": "critical"}]) == 3


def test_variant_helper_keeps_the_task() -> None:
    assert variant("x").agent.name == "x" and TASK
