"""/v1/agents, /v1/runs (start, list, get, steps, trace, audit, cancel, escalate, undo), /v1/escalations."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Response

from corral.errors import CorralError
from corral.events import RunEvent
from corral.server.auth import Principal, require
from corral.server.deps import Services, run_for, run_links, services
from corral.server.pii import pseudonymize_task
from corral.server.records import arguments_diff
from corral.server.schemas import CancelBody, EscalateBody, StartRun, UndoBody
from corral.store.records import RunRecord

__all__ = ["router"]

router = APIRouter(prefix="/v1", tags=["runs"])
Svc = Annotated[Services, Depends(services)]
Reader = Annotated[Principal, Depends(require("read"))]
RunId = Annotated[str, Query(max_length=64)]


def _run(svc: Services, run: RunRecord) -> dict[str, Any]:
    out = run.to_dict()
    out.pop("spec", None)
    out["links"] = run_links(svc, run)
    return out


@router.get("/agents", summary="The registered agents and their autonomy levels")
def list_agents(svc: Svc, principal: Reader) -> list[dict[str, Any]]:
    return [{"name": name, "autonomy": s.agent.autonomy, "model": s.agent.model,
             "allowed_tools": list(s.agent.allowed_tools), "approval": s.agent.approval.model_dump()}
            for name, s in sorted(svc.agents.items())]


@router.post("/runs", status_code=202, summary="Start a run; returns at once, the run executes on a worker")
def start_run(body: StartRun, response: Response, svc: Svc,
              principal: Annotated[Principal, Depends(require("start"))]) -> dict[str, Any]:
    spec = svc.agents.get(body.agent)
    if spec is None:
        raise HTTPException(404, f"no agent {body.agent!r} is registered")
    if principal.tenant == "*":
        raise HTTPException(422, "a platform admin key belongs to no tenant; start runs with a tenant's key")
    task, mapping = pseudonymize_task(body.task)
    run_id = svc.runtime.start(spec, task, tenant=principal.tenant, user=principal.user)
    run = svc.runtime.store.get_run(run_id)
    response.headers["Location"] = f"/v1/runs/{run_id}"
    kinds: dict[str, int] = {}
    for placeholder in mapping:
        label = placeholder.strip("<>").rsplit("_", 1)[0]
        kinds[label] = kinds.get(label, 0) + 1
    return {"id": run.id, "status": run.status, "agent": run.agent, "autonomy": run.autonomy,
            "pii_pseudonymized": kinds, "links": run_links(svc, run)}


@router.get("/runs", summary="Runs of your tenant, newest first")
def list_runs(svc: Svc, principal: Reader,
              status: Annotated[str | None, Query(max_length=32)] = None,
              agent: Annotated[str | None, Query(max_length=128)] = None,
              tenant: Annotated[str | None, Query(max_length=128)] = None,
              limit: Annotated[int, Query(ge=1, le=500)] = 50) -> list[dict[str, Any]]:
    if principal.tenant != "*":
        if tenant and tenant != principal.tenant:
            return []
        tenant = principal.tenant
    runs = svc.runtime.store.list_runs(limit=limit, status=status or None, agent=agent or None, tenant=tenant or None)
    return [_run(svc, r) for r in runs]


@router.get("/runs/{run_id}", summary="One run")
def get_run(run_id: str, svc: Svc, principal: Reader) -> dict[str, Any]:
    run = run_for(svc, principal, run_id)
    out = _run(svc, run)
    pending = svc.runtime.store.pending_approval(run.id)
    out["pending_approval"] = pending.id if pending else None
    out["escalations"] = svc.records.escalations(run.tenant, run.id)
    return out


@router.get("/runs/{run_id}/steps", summary="The run's steps: plan, decision, guard verdicts, cost, latency")
def get_steps(run_id: str, svc: Svc, principal: Reader) -> list[dict[str, Any]]:
    run = run_for(svc, principal, run_id)
    out = []
    for s in svc.runtime.store.list_steps(run.id):
        d = s.to_dict()
        d["reversible"] = s.kind == "tool" and s.status == "executed" and _compensable(svc, s.tool, s.tool_version) \
            and "compensated_by" not in s.annotations
        out.append(d)
    return out


def _compensable(svc: Services, tool: str | None, version: str | None) -> bool:
    try:
        contract = svc.runtime.registry.get(tool or "", version).contract
    except CorralError:
        return False
    return contract.is_write and bool(contract.compensation)


@router.get("/runs/{run_id}/trace", summary="The run's trace id and a link to it")
def get_trace(run_id: str, svc: Svc, principal: Reader) -> dict[str, Any]:
    run = run_for(svc, principal, run_id)
    return {"run_id": run.id, "trace_id": run.trace_id, "url": svc.settings.trace_link(run.trace_id)}


@router.get("/runs/{run_id}/audit", summary="The run's audit records: decisions, approvals, escalations, undos")
def get_audit(run_id: str, svc: Svc, principal: Reader) -> list[dict[str, Any]]:
    run = run_for(svc, principal, run_id)
    store = svc.runtime.store
    approvals = store.list_approvals(status=None, run_id=run.id)
    audit = svc.runtime.audit
    if audit is None:  # no audit log (a runtime opened with audit=False): what the store recorded
        return svc.records.audit(run, store.list_steps(run.id), approvals)
    audit.flush()
    proposed = {a.id: a.arguments for a in approvals}
    out = []
    for rec in audit.log.records(run_id=run.id):
        d = rec.to_dict()
        if rec.kind == "approval_decided" and rec.data.get("edited_arguments") is not None:
            d["data"] = {**d["data"], "diff": arguments_diff(proposed.get(rec.data.get("approval_id", "")),
                                                             rec.data["edited_arguments"])}
        out.append(d)
    return out


@router.post("/runs/{run_id}/cancel", summary="Cancel a run")
def cancel_run(run_id: str, body: CancelBody, svc: Svc,
               principal: Annotated[Principal, Depends(require("cancel"))]) -> dict[str, Any]:
    run = run_for(svc, principal, run_id)
    return _run(svc, svc.runtime.cancel(run.id, actor=principal.user, reason=body.reason))


@router.post("/runs/{run_id}/escalate", status_code=201, summary="Hand a run to a human operator")
def escalate_run(run_id: str, body: EscalateBody, svc: Svc,
                 principal: Annotated[Principal, Depends(require("escalate"))]) -> dict[str, Any]:
    run = run_for(svc, principal, run_id)
    pending = svc.runtime.store.pending_approval(run.id)
    row = svc.records.escalate(run, assignee=body.assignee, note=body.note, actor=principal.user,
                               approval_id=pending.id if pending else None)
    svc.runtime.bus.emit(RunEvent("escalated", run.id, run.steps, {
        "actor": principal.user, "assignee": body.assignee, "note": body.note, "approval_id": row["approval_id"],
        "escalation_id": row["id"]}, trace_id=run.trace_id))
    return {**row, "links": run_links(svc, run)}


@router.post("/runs/{run_id}/steps/{step_idx}/undo", summary="Undo a completed write step (its compensation)")
def undo_step(run_id: str, step_idx: int, body: UndoBody, svc: Svc,
              principal: Annotated[Principal, Depends(require("compensate"))]) -> dict[str, Any]:
    run = run_for(svc, principal, run_id)
    return svc.runtime.compensate(run.id, step_idx, actor=principal.user, reason=body.reason).to_dict()


@router.get("/escalations", summary="Runs handed to human operators, and approvals escalated on expiry")
def list_escalations(svc: Svc, principal: Reader) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for e in svc.records.escalations(principal.tenant):
        out.append({**e, "source": "operator"})
    for a, agent, autonomy in svc.records.approvals(principal.tenant, statuses=("escalated",)):
        out.append({"id": a.id, "run_id": a.run_id, "approval_id": a.id, "assignee": None,
                    "note": a.reason, "created_by": "corral", "created_at": a.decided_at or a.created_at,
                    "source": "expiry", "agent": agent, "autonomy": autonomy})
    return sorted(out, key=lambda e: -float(e["created_at"]))
