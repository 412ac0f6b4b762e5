"""/v1/approvals: the inbox, one approval with its plan and diff, approve (optionally edited), reject."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException

from corral.server.auth import Principal, require
from corral.server.deps import Services, approval_for, run_links, services
from corral.server.records import arguments_diff
from corral.server.schemas import ApproveBody, DiffBody, RejectBody
from corral.spec.agent import AgentSpec
from corral.store.records import ApprovalRecord, RunRecord
from corral.store.sql import OPEN_APPROVAL_STATUSES

__all__ = ["router"]

router = APIRouter(prefix="/v1/approvals", tags=["approvals"])
Svc = Annotated[Services, Depends(services)]
Reader = Annotated[Principal, Depends(require("read"))]
Approver = Annotated[Principal, Depends(require("approve"))]


def _detail(svc: Services, a: ApprovalRecord, run: RunRecord) -> dict[str, Any]:
    settings = AgentSpec.model_validate(run.spec).approval
    plan = [{"idx": s.idx, "kind": s.kind, "status": s.status, "tool": s.tool, "arguments": s.arguments,
             "text": s.text, "result_summary": s.result_summary}
            for s in svc.runtime.store.list_steps(run.id) if s.idx < a.step_idx]
    return {**a.to_dict(), "agent": run.agent, "autonomy": run.autonomy, "task": run.task, "run_user": run.user,
            "run_status": run.status, "plan": plan,
            "diff": arguments_diff(a.arguments, a.edited_arguments),
            "quorum": {"needed": settings.quorum_for(a.reasons), "votes": svc.records.votes(a.id)},
            "forbid_self_approval": settings.forbid_self_approval, "links": run_links(svc, run)}


def _open(a: ApprovalRecord) -> None:
    if a.status not in OPEN_APPROVAL_STATUSES:
        raise HTTPException(409, f"the approval is already {a.status}")


@router.get("", summary="Approvals of your tenant (default: waiting for a decision)")
def list_approvals(svc: Svc, principal: Reader, status: str = "open") -> list[dict[str, Any]]:
    statuses = OPEN_APPROVAL_STATUSES if status == "open" else None if status == "all" else (status[:32],)
    return [{**a.to_dict(), "agent": agent, "autonomy": autonomy}
            for a, agent, autonomy in svc.records.approvals(principal.tenant, statuses=statuses)]


@router.get("/{approval_id}", summary="One approval: the plan so far, the proposed action, the diff of an edit")
def get_approval(approval_id: str, svc: Svc, principal: Reader) -> dict[str, Any]:
    a, run = approval_for(svc, principal, approval_id)
    return _detail(svc, a, run)


@router.post("/{approval_id}/diff", summary="Preview the diff of edited arguments against the proposal")
def diff_approval(approval_id: str, body: DiffBody, svc: Svc, principal: Reader) -> dict[str, Any]:
    a, _ = approval_for(svc, principal, approval_id)
    return {"diff": arguments_diff(a.arguments, body.arguments)}


@router.post("/{approval_id}/approve", summary="Approve (optionally with edited arguments); the run resumes")
def approve(approval_id: str, body: ApproveBody, svc: Svc, principal: Approver) -> dict[str, Any]:
    a, run = approval_for(svc, principal, approval_id)
    _open(a)
    svc.runtime.approve(run.id, actor=principal.user, reason=body.reason, arguments=body.arguments, wait=False)
    a, run = approval_for(svc, principal, approval_id)
    return _detail(svc, a, run)


@router.post("/{approval_id}/reject", summary="Reject with a reason; the run ends as rejected")
def reject(approval_id: str, body: RejectBody, svc: Svc, principal: Approver) -> dict[str, Any]:
    a, run = approval_for(svc, principal, approval_id)
    _open(a)
    svc.runtime.reject(run.id, actor=principal.user, reason=body.reason, wait=False)
    a, run = approval_for(svc, principal, approval_id)
    return _detail(svc, a, run)
