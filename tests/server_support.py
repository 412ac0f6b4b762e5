"""Fixtures and helpers for the gateway tests (imported by the test_server_* modules)."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from conftest import EXAMPLE_SPEC
from corral.runtime import Runtime
from corral.server.app import create_app
from corral.server.settings import ServerSettings
from corral.spec import load_spec
from corral.spec.agent import ApprovalSettings
from corral.spec.loader import LoadedSpec

TASK = "Customer data loss risk in EU region"


def variant(name: str, **approval: Any) -> LoadedSpec:
    """The example agent under another name with other approval settings (same tools, script and policy)."""
    base = load_spec(EXAMPLE_SPEC)
    settings = ApprovalSettings(**approval)
    return LoadedSpec(base.agent.model_copy(update={"name": name, "approval": settings}), base.path)


@dataclass
class Gateway:
    rt: Runtime
    app: FastAPI
    client: TestClient

    def key(self, tenant: str = "acme", role: str = "admin", user: str | None = None) -> dict[str, str]:
        key, _ = self.app.state.keys.create(tenant, role, user=user)
        return {"Authorization": f"Bearer {key}"}

    def start(self, headers: dict[str, str], agent: str = "incident-resolver", task: str = TASK) -> str:
        r = self.client.post("/v1/runs", json={"agent": agent, "task": task}, headers=headers)
        assert r.status_code == 202, r.text
        return str(r.json()["id"])

    def wait(self, run_id: str, *statuses: str, timeout: float = 30) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            run = self.rt.store.get_run(run_id)
            if run.status in statuses or time.monotonic() > deadline:
                assert run.status in statuses, f"run is {run.status}, wanted {statuses}"
                return run.to_dict()
            time.sleep(0.05)


def make_gateway(rt: Runtime, settings: ServerSettings | None = None,
                 extra: list[LoadedSpec] | None = None) -> Gateway:
    agents = {s.agent.name: s for s in [load_spec(EXAMPLE_SPEC), *(extra or [])]}
    app = create_app(rt, agents, settings or ServerSettings(rate_per_key=0, rate_per_tenant=0))
    return Gateway(rt, app, TestClient(app))


def close_runtime(rt: Runtime) -> None:
    """Let started runs settle, reject the paused ones (no workflow thread is left parked), shut down."""
    for run in rt.store.list_runs(status="running", limit=1000):
        rt.wait(run.id, timeout_s=15)
    for run in rt.store.list_runs(status="waiting_approval", limit=1000):
        with contextlib.suppress(Exception):
            rt.reject(run.id, actor="teardown", reason="test teardown")
    rt.shutdown()


@pytest.fixture(name="gw")
def gateway_fixture() -> Iterator[Gateway]:
    """A gateway over a durable runtime on SQLite (under the test's CORRAL_HOME)."""
    rt = Runtime.open().launch()
    try:
        yield make_gateway(rt, extra=[variant("expiring", expires_after_s=1.0),
                                      variant("escalating", expires_after_s=1.0, on_expiry="escalate"),
                                      variant("guarded", quorum=2, forbid_self_approval=True)])
    finally:
        close_runtime(rt)
