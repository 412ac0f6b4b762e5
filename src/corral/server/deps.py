"""Shared helpers for the routes: the app's services and tenant-checked lookups."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import HTTPException, Request

from corral.errors import RunNotFound
from corral.runtime import Runtime
from corral.server.auth import Principal, visible
from corral.server.records import Records
from corral.server.settings import ServerSettings
from corral.spec.loader import LoadedSpec
from corral.store.records import ApprovalRecord, RunRecord

__all__ = ["Services", "approval_for", "run_for", "run_links", "services"]


@dataclass
class Services:
    runtime: Runtime
    agents: dict[str, LoadedSpec]
    records: Records
    settings: ServerSettings
    metrics: Any = None  # corral.server.ops.Metrics


def services(request: Request) -> Services:
    svc: Services = request.app.state.services
    return svc


def run_for(svc: Services, principal: Principal, run_id: str) -> RunRecord:
    """The run if it exists and the caller's tenant may see it; 404 otherwise (the same answer for both)."""
    try:
        run = svc.runtime.store.get_run(run_id)
    except RunNotFound:
        raise HTTPException(404, "no such run") from None
    visible(principal, run.tenant, "run")
    return run


def approval_for(svc: Services, principal: Principal, approval_id: str) -> tuple[ApprovalRecord, RunRecord]:
    try:
        approval = svc.runtime.store.get_approval(approval_id)
    except RunNotFound:
        raise HTTPException(404, "no such approval") from None
    try:
        run = run_for(svc, principal, approval.run_id)
    except HTTPException:
        raise HTTPException(404, "no such approval") from None
    return approval, run


def run_links(svc: Services, run: RunRecord) -> dict[str, Any]:
    base = svc.settings.public_url
    return {"self": f"{base}/v1/runs/{run.id}", "steps": f"{base}/v1/runs/{run.id}/steps",
            "console": f"{base}/console/runs/{run.id}", "trace_id": run.trace_id,
            "trace": svc.settings.trace_link(run.trace_id)}
