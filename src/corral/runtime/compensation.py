"""Reversibility: undo a completed write step with the compensating action its tool declares
(``ToolContract.compensation``), through the same gates and tool proxy as any other call.

The compensation's arguments are taken from the original step's result (and then its arguments) by name:
``CreateSupportTicket`` returns ``{"ticket_id": ...}`` and ``CloseSupportTicket(ticket_id, reason)`` takes it.
A ``reason`` parameter, when the compensation has one, receives the operator's reason. The operator's request
is the human approval: a policy ``require_approval`` is satisfied by it, a ``deny`` refuses the undo.
"""

from __future__ import annotations

import time
import uuid
from typing import TYPE_CHECKING, Any

from corral.actions import ActionContext, ProposedAction, ToolCall
from corral.errors import CorralError, PolicyBlocked, RunStateConflict
from corral.events import RunEvent
from corral.runtime.pipeline import run_gates
from corral.runtime.runner import summarize
from corral.store.records import FINAL_STATUSES, RunRecord, StepRecord
from corral.tools.contract import ToolContext
from corral.tools.idempotency import idempotency_key
from corral.tools.proxy import ToolInvocation

if TYPE_CHECKING:
    from corral.runtime.runtime import Runtime

__all__ = ["compensate", "compensation_arguments"]


def compensation_arguments(params: dict[str, Any], step: StepRecord, reason: str) -> dict[str, Any]:
    """Fill the compensation's parameters by name from the step's result, then its arguments."""
    props = params.get("properties", {})
    sources = [step.result if isinstance(step.result, dict) else {}, step.arguments or {}]
    args: dict[str, Any] = {}
    for name in props:
        for src in sources:
            if name in src:
                args[name] = src[name]
                break
    if "reason" in props and "reason" not in args:
        args["reason"] = reason
    return args


def _target(rt: Runtime, run: RunRecord, step_idx: int) -> tuple[StepRecord, int]:
    if run.status not in FINAL_STATUSES:
        raise RunStateConflict(f"run {run.id[:12]} is {run.status}; undo a step once the run has ended",
                               hint="cancel the run first").with_context(run_id=run.id)
    steps = rt.store.list_steps(run.id)
    step = next((s for s in steps if s.idx == step_idx), None)
    if step is None or step.kind != "tool" or step.status != "executed":
        raise RunStateConflict(f"step {step_idx} of run {run.id[:12]} is not an executed tool call")
    if "compensated_by" in step.annotations:
        raise RunStateConflict(f"step {step_idx} was already undone by step {step.annotations['compensated_by']}")
    return step, max(s.idx for s in steps) + 1


def compensate(rt: Runtime, run: RunRecord, step_idx: int, *, actor: str, reason: str) -> StepRecord:
    """Run the compensation of ``run``'s step ``step_idx`` and record it as a step of kind ``compensation``."""
    step, idx = _target(rt, run, step_idx)
    svc = rt.services_for(run.id)
    contract = rt.registry.get(step.tool or "", step.tool_version).contract
    if not contract.is_write or not contract.compensation:
        raise RunStateConflict(f"{contract.name} declares no compensating action; it cannot be undone")
    comp = rt.registry.get(contract.compensation)
    args = compensation_arguments(comp.contract.parameters, step, reason)
    comp.contract.validate_arguments(args)
    call = ToolCall(f"undo-{uuid.uuid4().hex[:8]}", comp.name, args)
    ctx = ActionContext(run_id=run.id, agent=svc.spec, task=run.task, step=idx, tenant=run.tenant, user=actor,
                        cost_usd=run.cost_usd, state=svc.scratch)
    action = ProposedAction(call, comp.contract, ctx)
    decision = run_gates(svc.pipeline.gates, action)
    rec = StepRecord(run_id=run.id, idx=idx, kind="compensation", status="planned", tool=comp.name,
                     tool_version=comp.contract.version, arguments=action.call.arguments,
                     decision=decision.to_dict(),
                     annotations={"compensates": step_idx, "actor": actor, "reason": reason,
                                  "decisions": [d.to_dict() for d in action.decisions]})
    t0 = time.perf_counter()
    if decision.outcome == "deny":
        rec.status = "denied"
        rt.store.save_step(rec)
        why = "; ".join(f"{r.code}: {r.message}" for r in decision.reasons)
        raise PolicyBlocked(f"the undo ({comp.name}) was denied ({why})").with_context(run_id=run.id)
    if decision.outcome == "require_approval":
        rec.annotations["approval"] = {"status": "approved", "actor": actor, "reason": "requested the undo"}
    key = idempotency_key(run.id, idx, comp.name, action.call.arguments)
    inv = ToolInvocation(comp, action.call.arguments,
                         ToolContext(run_id=run.id, step=idx, call_id=call.id, idempotency_key=key, tenant=run.tenant),
                         tenant=run.tenant)
    rec.idempotency_key = key
    try:
        outcome = svc.proxy.call(inv)
    except CorralError as exc:
        rec.status, rec.error = "failed", exc.with_context(run_id=run.id, step=idx).to_dict()
    else:
        rec.status, rec.result, rec.result_summary = "executed", outcome.result, summarize(outcome.result)
        rec.attempts = outcome.attempts
    rec.duration_ms = (time.perf_counter() - t0) * 1000
    rt.store.save_step(rec)
    if rec.status == "executed":
        step.annotations["compensated_by"] = idx
        rt.store.save_step(step)
    rt.bus.emit(RunEvent("compensation", run.id, idx, {
        "compensates": step_idx, "tool": comp.name, "arguments": rec.arguments, "status": rec.status,
        "actor": actor, "reason": reason, "error": rec.error}, duration_ms=rec.duration_ms, trace_id=run.trace_id))
    return rec
