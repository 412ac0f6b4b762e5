"""The bounded planner–executor loop, as four durable steps: ``plan`` (model call, repair, gates), ``act``
(the tool through the proxy), ``resolve`` (a human's decision) and ``finish``.

Every step takes the run state as a JSON-able dict and returns the new state with an outcome, so the
durable engine can record it and a recovered run replays to exactly where it was. ``drive`` strings the
steps together; it holds no logic a replay could change.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any, Protocol

from corral.actions import ActionContext, ProposedAction, ToolCall
from corral.budget.gate import BudgetGate
from corral.budget.store import Reservation
from corral.errors import (
    BudgetPause,
    CircuitOpen,
    CorralError,
    InvalidModelOutput,
    MaxIterationsExceeded,
    ModelError,
    NoProgress,
    PolicyBlocked,
    RunTimeout,
    ToolArgumentsInvalid,
    UnknownTool,
)
from corral.events import EventBus, RunEvent
from corral.models.base import Message, ModelRequest, ModelResponse, ModelSettings
from corral.models.compress import compress_history
from corral.models.pricing import cost_of
from corral.models.router import find_router, with_route
from corral.models.tokens import TokenEstimator
from corral.provenance.hooks import flag_guard_findings, record_tool_result
from corral.runtime.pipeline import run_gates
from corral.runtime.planstep import InvalidPlan, PlanStep, parse_plan_step
from corral.runtime.services import RunServices
from corral.spec.agent import CompressSettings
from corral.store.records import ApprovalRecord, StepRecord
from corral.store.sql import Store
from corral.telemetry.redact import redact_head
from corral.tools.contract import ToolContext
from corral.tools.degrade import note_outage
from corral.tools.idempotency import idempotency_key
from corral.tools.proxy import ToolInvocation

__all__ = ["Durability", "Runner", "drive"]

State = dict[str, Any]
Outcome = dict[str, Any]
MAX_RESULT_CHARS = 16_000


class Durability(Protocol):
    def step(self, name: str, fn: Callable[..., Any], *args: Any) -> Any: ...
    def wait_approval(self, run_id: str, approval_id: str, timeout_s: float) -> dict[str, Any] | None: ...


class Suspend(Exception):  # noqa: N818 - a signal, not an error
    """Raised by a non-durable engine that cannot wait: the run stays paused in the store."""


def canonical(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def result_text(result: Any) -> str:
    """What the model is shown of a tool result (before the result filters)."""
    text = result if isinstance(result, str) else canonical(result)
    if len(text) > MAX_RESULT_CHARS:
        text = text[:_cut(text, MAX_RESULT_CHARS)] + f"\n[truncated: {len(text)} characters in all]"
    return text


def _cut(text: str, limit: int) -> int:
    """Where to cut ``text`` at ``limit`` or before: never inside a PII value (a card number or an e-mail address
    cut in half is no longer recognised, and the PII scrub after this would pass its piece to the model raw)."""
    from corral.guards.pii import default_detector

    lo = max(0, limit - 256)
    findings = default_detector().analyze(text[lo: limit + 256])
    cut, moved = limit, True
    while moved:
        moved = False
        for f in findings:
            if lo + f.start < cut < lo + f.end:
                cut, moved = lo + f.start, True
    return cut


def summarize(result: Any, limit: int = 200) -> str:
    """A tool result in at most ``limit`` characters. A cut one is redacted first (the cut could split a card
    number or an IBAN, whose pieces no redactor recognises afterwards)."""
    text = result if isinstance(result, str) else canonical(result)
    return text if len(text) <= limit else redact_head(text, limit - 1) + "…"


def _fork(state: State) -> State:
    """A copy a step may change without touching its input: the containers it appends to are new; the
    message dicts are shared because steps only ever append messages (``resolve`` deep-copies instead)."""
    return {**state, "messages": list(state["messages"]), "calls": dict(state["calls"])}


def drive(runner: Runner, durability: Durability, run_id: str) -> State:
    """The workflow body: plan → (approval) → act, until a final answer or a bound ends the run."""
    state: State = durability.step("load", runner.load, run_id)
    try:
        while True:
            state, out = durability.step("plan", runner.plan, state)
            while out["kind"] == "approval":  # a second round when an expired approval is escalated
                msg = durability.wait_approval(run_id, out["approval_id"], out["timeout_s"])
                state, out = durability.step("resolve", runner.resolve, state, out, msg)
            if out["kind"] == "execute":
                state, out = durability.step("act", runner.act, state, out)
            if out["kind"] in ("final", "error", "rejected"):
                return durability.step("finish", runner.finish, state, out)  # type: ignore[no-any-return]
    except Suspend:
        return state


class Runner:
    """The steps of one run. ``services`` resolves a run id to its spec, model, tools and pipeline."""

    def __init__(self, store: Store, bus: EventBus, services: Callable[[str], RunServices],
                 on_status: Callable[[str, str], None] | None = None, budget: BudgetGate | None = None) -> None:
        self.store = store
        self.bus = bus
        self.services = services
        self._on_status = on_status or (lambda run_id, status: None)
        self.budget = budget  # None: the run's cost is only checked against max_cost_usd after each call
        self._estimator = TokenEstimator()  # for compression when there is no budget gate

    # --- helpers ------------------------------------------------------------------------------------

    def _emit(self, kind: Any, state: State, data: dict[str, Any], *, step: int | None = None,
              duration_ms: float = 0.0) -> None:
        self.bus.emit(RunEvent(kind, state["run_id"], state["iteration"] if step is None else step, data,
                               duration_ms=duration_ms, trace_id=state.get("trace_id")))

    def _set_status(self, state: State, status: str, **extra: Any) -> None:
        self.store.update_run(state["run_id"], status=status, steps=state["iteration"],
                              cost_usd=state["cost_usd"], tokens_in=state["tokens_in"],
                              tokens_out=state["tokens_out"], **extra)
        self._on_status(state["run_id"], status)

    def _ctx(self, svc: RunServices, state: State) -> ActionContext:
        for tool in state.get("tool_outages", ()):  # scratch is lost on recovery; the state is not
            note_outage(svc.scratch, tool)
        return ActionContext(
            run_id=state["run_id"], agent=svc.spec, task=state["task"], step=state["iteration"],
            tenant=state["tenant"], user=state["user"], cost_usd=state["cost_usd"], state=svc.scratch,
            messages=svc.messages(state["messages"]),
        )

    @staticmethod
    def _error(err: CorralError, state: State) -> Outcome:
        err.with_context(run_id=state["run_id"], step=state["iteration"])
        return {"kind": "error", "error": err.to_dict()}

    # --- load -----------------------------------------------------------------------------------------

    def load(self, run_id: str) -> State:
        run = self.store.get_run(run_id)
        svc = self.services(run_id)
        state: State = {
            "run_id": run_id, "task": run.task, "tenant": run.tenant, "user": run.user,
            "trace_id": run.trace_id, "iteration": 0, "cost_usd": 0.0, "tokens_in": 0, "tokens_out": 0,
            "active_s": 0.0, "calls": {}, "messages": [],
        }
        task_text = run.task
        ctx = self._ctx(svc, state)
        for f in svc.pipeline.input_filters:
            task_text, notes, decision = f.filter_input(ctx, task_text)
            state.setdefault("input_annotations", {})[f.name] = notes
            if decision is not None and decision.outcome == "deny":
                state["blocked_input"] = decision.to_dict()
        state["messages"] = [Message("system", svc.system_prompt()).to_dict(),
                             Message("user", task_text).to_dict()]
        started = {"agent": svc.spec.name, "autonomy": svc.spec.autonomy, "model": svc.model.name,
                   "tenant": run.tenant, "user": run.user, "task": run.task}
        if state.get("input_annotations"):  # the input filters' verdicts on the task: the audit log keeps them
            started["input_filters"] = state["input_annotations"]
        self._emit("run_started", state, started)
        return state

    # --- plan -----------------------------------------------------------------------------------------

    def plan(self, state: State) -> tuple[State, Outcome]:
        t0 = time.perf_counter()
        state = _fork(state)
        svc = self.services(state["run_id"])
        spec = svc.spec
        if "blocked_input" in state:
            reasons = state["blocked_input"].get("reasons", [])
            return state, self._error(PolicyBlocked("the task was blocked by an input guard: "
                                                    + "; ".join(r["message"] for r in reasons)), state)
        if state["iteration"] >= spec.max_iterations:
            return state, self._error(MaxIterationsExceeded(
                f"the run used all {spec.max_iterations} iterations without a final answer",
                hint="raise agent.max_iterations or simplify the task"), state)
        if state["active_s"] >= spec.max_wall_clock_s:
            return state, self._error(RunTimeout(
                f"the run was active for {state['active_s']:.1f}s, over max_wall_clock_s={spec.max_wall_clock_s}"),
                state)
        before = _fork(state)  # the state to pause in: a budget pause does not consume the iteration
        state["iteration"] += 1
        step = StepRecord(run_id=state["run_id"], idx=state["iteration"], kind="invalid", status="planned")
        parsed, err = self._ask(svc, state, step)
        state["active_s"] += time.perf_counter() - t0
        if err is not None and err["kind"] == "budget":
            return self._budget_pause(svc, before, state, err["pause"])
        if err is not None:
            step.status, step.error = "failed", err["error"]
            self._save(step, t0)
            return state, err
        assert isinstance(parsed, PlanStep)
        if parsed.kind == "final":
            step.kind, step.status, step.text = "final", "final", parsed.text
            state["messages"].append(Message("assistant", parsed.model_text or parsed.text).to_dict())
            self._save(step, t0)
            self._emit("plan", state, {"kind": "final", "text": parsed.text})
            return state, {"kind": "final", "text": parsed.text}
        assert parsed.call is not None
        try:
            return self._govern(svc, state, step, parsed, t0)
        except BudgetPause as pause:  # the tool's cost does not fit: pause before anything ran
            return self._budget_pause(svc, before, state, pause.to_dict())

    def _ask(self, svc: RunServices, state: State, step: StepRecord) -> tuple[PlanStep | None, Outcome | None]:
        """Call the model; re-ask with the validation error until the reply is a valid step (bounded)."""
        spec = svc.spec
        settings = ModelSettings(timeout_s=max(1.0, min(60.0, spec.max_wall_clock_s - state["active_s"])))
        while True:
            request = ModelRequest(svc.messages(state["messages"]), svc.tool_defs,
                                   settings, run_id=state["run_id"], tenant=state["tenant"])
            t_call = time.perf_counter()
            try:
                resp = self._call_model(svc, state, request)
            except ModelError as exc:
                return None, self._error(exc, state)
            except BudgetPause as pause:
                return None, {"kind": "budget", "pause": pause.to_dict()}
            self._account(svc, state, step, resp, (time.perf_counter() - t_call) * 1000)
            if self.budget is None and state["cost_usd"] > spec.max_cost_usd:
                from corral.errors import BudgetExceeded

                return None, self._error(BudgetExceeded(
                    f"the run has cost ${state['cost_usd']:.4f}, over max_cost_usd=${spec.max_cost_usd:.2f}",
                    hint="raise agent.max_cost_usd or use a cheaper model"), state)
            parsed = parse_plan_step(resp, state["iteration"])
            problem, limit = self._problem(svc, parsed), spec.max_repairs
            if problem is None:
                assert isinstance(parsed, PlanStep)
                filtered, problem, limit = self._filter_output(svc, state, step, parsed)
                if problem is None:
                    return filtered, None
            step.repairs += 1
            state["messages"].extend(self._repair_messages(resp, parsed, problem))
            if step.repairs > limit:
                return None, self._error(InvalidModelOutput(
                    f"the model's reply stayed invalid after {limit} repair attempt(s): {problem}",
                    hint="check the model, the instructions and the tool schemas"), state)

    def _call_model(self, svc: RunServices, state: State, request: ModelRequest) -> ModelResponse:
        """The model call inside the budget: routing (the model is chosen first, so the budget is held for
        the one that will answer), history compression (``spec.compress``), preflight (ContextWindowExceeded
        before anything is sent), a reservation of the worst case (BudgetPause when a cap would be passed),
        settlement of the actual cost."""
        ctx = self._ctx(svc, state)
        target = svc.model.name
        router = find_router(svc.model)
        if router is not None:
            choice = router.choose(request, remaining=self.budget.remaining_usd(ctx) if self.budget else None)
            request, target = with_route(request, choice), choice.model
        if svc.spec.compress is not None:
            request = self._compress(svc.spec.compress, request, target)
        if self.budget is None:
            return svc.model.request(request)
        estimate = self.budget.estimate(request, target)
        hold = self.budget.reserve_for_model_call(ctx, estimate)
        try:
            resp = svc.model.request(request)
        except BaseException:
            self.budget.release(hold)
            raise
        self.budget.settle_model_call(hold, estimate, resp, request=request)
        return resp

    def _compress(self, settings: CompressSettings, request: ModelRequest, model: str) -> ModelRequest:
        est = self.budget.estimator if self.budget is not None else self._estimator
        window = est.context_window(model)
        if window is None:
            return request
        room = (window - request.settings.max_output_tokens) * (1 - settings.headroom) / est.factor(model)
        room -= est.raw_input_tokens(replace(request, messages=()))
        messages = compress_history(request.messages, max_tokens=int(room), keep_last=settings.keep_last)
        return request if messages == request.messages else replace(request, messages=messages)

    def _budget_pause(self, svc: RunServices, before: State, state: State,
                      pause: dict[str, Any]) -> tuple[State, Outcome]:
        """Park the run in ``budget_exhausted`` with a pending approval of kind ``budget``; the iteration is
        not consumed (what was already spent on it stays counted)."""
        for key in ("cost_usd", "tokens_in", "tokens_out", "active_s"):
            before[key] = state[key]
        before["budget_pauses"] = before.get("budget_pauses", 0) + 1
        approval_id = f"{before['run_id']}-budget{before['budget_pauses']}"
        reason = {"code": "budget_exhausted", "message": pause["reason"], "data": pause}
        self.store.create_approval(ApprovalRecord(
            id=approval_id, run_id=before["run_id"], step_idx=state["iteration"], kind="budget", tool=None,
            arguments=None, reasons=[reason], expires_at=time.time() + svc.spec.approval.expires_after_s))
        self._set_status(before, "budget_exhausted")
        self._emit("run_paused", before, {"reason": "budget_exhausted", "approval_id": approval_id, **pause})
        return before, {"kind": "approval", "budget": True, "approval_id": approval_id,
                        "timeout_s": svc.spec.approval.expires_after_s}

    def _resolve_budget(self, state: State, out: Outcome, msg: dict[str, Any] | None) -> tuple[State, Outcome]:
        svc = self.services(state["run_id"])
        if msg is None:
            self.store.decide_approval(out["approval_id"], "expired", actor="corral", reason="approval expired")
            msg = {"status": "rejected", "actor": "corral", "reason": "the budget approval expired"}
        self._emit("approval_decided", state, {"approval_id": out["approval_id"], "status": msg["status"],
                                               "actor": msg.get("actor"), "reason": msg.get("reason"),
                                               "budget_usd": (msg.get("arguments") or {}).get("budget_usd")})
        if msg["status"] != "approved":
            return state, {"kind": "rejected", "reason": msg.get("reason") or "rejected by a human",
                           "actor": msg.get("actor")}
        cap = (msg.get("arguments") or {}).get("budget_usd")
        if cap is not None:
            svc.raise_cost_cap(float(cap))
            self.store.update_run(state["run_id"], spec=svc.spec.model_dump(mode="json"))
        self._set_status(state, "running")
        return state, {"kind": "continue"}

    def _filter_output(self, svc: RunServices, state: State, step: StepRecord,
                       parsed: PlanStep) -> tuple[PlanStep, str | None, int]:
        """Output filters on a final answer: the user gets their text (e.g. PII re-hydrated); the model's own
        words stay in the conversation. A problem goes back to the model through the repair loop, at most
        ``spec.max_repairs`` times, or the filter's own ``max_repairs`` if it has a lower one (the
        ``json_schema_validator``'s)."""
        limit = svc.spec.max_repairs
        if parsed.kind != "final" or not svc.pipeline.output_filters:
            return parsed, None, limit
        text = parsed.text
        ctx = self._ctx(svc, state)
        for f in svc.pipeline.output_filters:
            text, notes, problem = f.filter_output(ctx, text)
            step.annotations.setdefault("output_filters", {})[f.name] = notes
            if problem is not None:
                own = getattr(f, "max_repairs", None)
                return parsed, problem, min(limit, own) if isinstance(own, int) else limit
        return PlanStep("final", text=text, model_text=parsed.text), None, limit

    def _account(self, svc: RunServices, state: State, step: StepRecord, resp: ModelResponse, ms: float) -> None:
        cost = resp.cost_usd if resp.cost_usd or resp.cached else cost_of(svc.model.name, resp.usage)
        state["cost_usd"] += cost
        state["tokens_in"] += resp.usage.input_tokens
        state["tokens_out"] += resp.usage.output_tokens
        step.cost_usd += cost
        step.tokens_in += resp.usage.input_tokens
        step.tokens_out += resp.usage.output_tokens
        step.model = resp.model or svc.model.name
        if "routing" in resp.raw:  # which model answered and why
            step.annotations["routing"] = resp.raw["routing"]
        if resp.cached:
            step.annotations["cache_hits"] = step.annotations.get("cache_hits", 0) + 1
        self._emit("model_call", state, {
            "model": step.model, "provider": resp.provider or svc.model.provider,
            "request_model": svc.model.model_name, "tokens_in": resp.usage.input_tokens,
            "tokens_out": resp.usage.output_tokens, "cost_usd": cost, "finish_reason": resp.finish_reason,
            "cached": resp.cached, "repair": step.repairs, "routing": resp.raw.get("routing"),
        }, duration_ms=ms)

    def _problem(self, svc: RunServices, parsed: PlanStep | InvalidPlan) -> str | None:
        if isinstance(parsed, InvalidPlan):
            return parsed.error
        if parsed.kind != "tool" or parsed.call is None:
            return None
        tool = svc.tools.get(parsed.call.name)
        if tool is None:
            return str(UnknownTool(f"unknown tool {parsed.call.name!r}; available tools: "
                                   f"{', '.join(sorted(svc.tools)) or 'none'}"))
        try:
            tool.contract.validate_arguments(parsed.call.arguments)
        except ToolArgumentsInvalid as exc:
            return str(exc)
        return None

    @staticmethod
    def _repair_messages(resp: ModelResponse, parsed: PlanStep | InvalidPlan, problem: str) -> list[dict[str, Any]]:
        call = parsed.call if isinstance(parsed, (PlanStep, InvalidPlan)) else None
        if call is not None and resp.tool_calls:
            c = {"id": call.id, "name": call.name, "arguments": call.arguments}
            return [Message("assistant", resp.text, tool_calls=(c,)).to_dict(),
                    Message("tool", f"ERROR: {problem}. Fix the call and try again.", tool_call_id=call.id,
                            name=call.name).to_dict()]
        return [Message("assistant", resp.text).to_dict(),
                Message("user", f"Your last reply was invalid: {problem}. Reply with a tool call, or a final "
                                'answer as {"action": "final", "answer": "..."}.').to_dict()]

    def _govern(self, svc: RunServices, state: State, step: StepRecord, parsed: PlanStep,
                t0: float) -> tuple[State, Outcome]:
        assert parsed.call is not None
        call = parsed.call
        tool = svc.tools[call.name]
        step.kind, step.tool, step.tool_version = "tool", call.name, tool.contract.version
        step.arguments, step.text = call.arguments, parsed.text or None
        call_msg = {"id": call.id, "name": call.name, "arguments": call.arguments}
        state["messages"].append(Message("assistant", parsed.text, tool_calls=(call_msg,)).to_dict())
        self._emit("plan", state, {"kind": "tool", "tool": call.name, "arguments": call.arguments,
                                   "call_id": call.id})
        signature = f"{call.name}:{canonical(call.arguments)}"
        state["calls"][signature] = state["calls"].get(signature, 0) + 1
        if state["calls"][signature] > svc.spec.max_repeated_calls:
            step.status = "failed"
            self._save(step, t0)
            return state, self._error(NoProgress(
                f"{call.name} was called {state['calls'][signature]} times with the same arguments; "
                "the run is not making progress"), state)
        degraded = svc.spec.on_tool_outage == "read_only" and bool(state.get("tool_outages"))
        if tool.contract.is_write and (svc.spec.autonomy in ("read_only", "suggest") or degraded):
            step.kind, step.status = "proposed", "proposed"
            why = (f"{', '.join(state['tool_outages'])} is unavailable, so the run continues read-only"
                   if degraded and svc.spec.autonomy not in ("read_only", "suggest") else "this agent is read-only")
            note = (f"NOT EXECUTED: {why}. The action was recorded as a suggestion for a "
                    "human to review. Continue without it.")
            state["messages"].append(Message("tool", note, tool_call_id=call.id, name=call.name).to_dict())
            self._save(step, t0)
            return state, {"kind": "proposed"}
        action = ProposedAction(call, tool.contract, self._ctx(svc, state))
        decision = run_gates(svc.pipeline.gates, action)
        call = action.call  # gates may rewrite arguments (e.g. re-hydrated PII)
        step.decision, step.annotations = decision.to_dict(), {**step.annotations, **action.annotations}
        step.annotations["decisions"] = [d.to_dict() for d in action.decisions]
        self._emit("decision", state, {"tool": call.name, "decision": decision.to_dict(),
                                       "annotations": step.annotations})
        if decision.outcome == "deny":
            step.status = "denied"
            self._save(step, t0)
            why = "; ".join(f"{r.code}: {r.message}" for r in decision.reasons)
            return state, self._error(PolicyBlocked(f"{call.name} was denied ({why})").with_context(
                tool=call.name), state)
        execute = {"kind": "execute", "call": {"id": call.id, "name": call.name, "arguments": call.arguments},
                   "step": state["iteration"]}
        settings = svc.spec.tools.get(call.name)
        if self.budget is not None and settings is not None and settings.cost_usd:
            hold = self.budget.reserve_for_tool_call(action.ctx, call.name, settings.cost_usd)  # or BudgetPause
            execute["hold"] = hold.to_dict() if hold is not None else None
        if decision.outcome == "require_approval":
            return self._request_approval(svc, state, step, execute, decision.to_dict(), t0)
        step.status = "approved"
        self._save(step, t0)
        return state, execute

    def _request_approval(self, svc: RunServices, state: State, step: StepRecord, execute: Outcome,
                          decision: dict[str, Any], t0: float) -> tuple[State, Outcome]:
        approval_id = f"{state['run_id']}-s{state['iteration']}"
        expires = time.time() + svc.spec.approval.expires_after_s
        call = execute["call"]
        self.store.create_approval(ApprovalRecord(
            id=approval_id, run_id=state["run_id"], step_idx=state["iteration"], kind="action",
            tool=call["name"], arguments=call["arguments"], reasons=decision["reasons"], expires_at=expires))
        step.status = "awaiting_approval"
        self._save(step, t0)
        self._set_status(state, "waiting_approval")
        self._emit("approval_requested", state, {"approval_id": approval_id, "tool": call["name"],
                                                 "arguments": call["arguments"], "reasons": decision["reasons"]})
        return state, {**execute, "kind": "approval", "approval_id": approval_id,
                       "timeout_s": svc.spec.approval.expires_after_s}

    def _save(self, step: StepRecord, t0: float) -> None:
        step.duration_ms = (time.perf_counter() - t0) * 1000
        self.store.save_step(step)
        self.services(step.run_id).scratch["_last_step"] = step  # act() in this process needs no re-read

    # --- resolve --------------------------------------------------------------------------------------

    def resolve(self, state: State, out: Outcome, msg: dict[str, Any] | None) -> tuple[State, Outcome]:
        state = json.loads(json.dumps(state))  # may edit a message in place: a deep copy
        if out.get("budget"):
            return self._resolve_budget(state, out, msg)
        svc = self.services(state["run_id"])
        step = self._load_step(state["run_id"], out["step"])
        if msg is None:
            current = self.store.get_approval(out["approval_id"]).status
            if svc.spec.approval.on_expiry == "escalate" and not out.get("escalated"):
                reason = "approval expired; escalated to a human operator"
                self.store.decide_approval(out["approval_id"], "escalated", actor="corral", reason=reason,
                                           expect=current)
                self._emit("approval_escalated", state, {"approval_id": out["approval_id"], "reason": reason})
                return state, {**out, "escalated": True, "timeout_s": svc.spec.approval.escalation_expires_after_s}
            msg = {"status": "expired", "actor": "corral", "reason": "the approval expired"}
            self.store.decide_approval(out["approval_id"], "expired", actor="corral", reason=msg["reason"],
                                       expect=current)
        # the durable path decided the row before sending; an in-process approver or an expiry did not
        self.store.decide_approval(out["approval_id"], msg["status"], actor=msg.get("actor") or "unknown",
                                   reason=msg.get("reason"), edited_arguments=msg.get("arguments"))
        self._emit("approval_decided", state, {"approval_id": out["approval_id"], "status": msg["status"],
                                               "actor": msg.get("actor"), "reason": msg.get("reason"),
                                               "edited_arguments": msg.get("arguments")})
        if msg["status"] != "approved":
            if out.get("hold") and self.budget is not None:
                self.budget.release(Reservation.from_dict(out["hold"]))
            step.status = "rejected"
            step.annotations["approval"] = {k: msg.get(k) for k in ("status", "actor", "reason")}
            self.store.save_step(step)
            return state, {"kind": "rejected", "reason": msg.get("reason") or "rejected by a human",
                           "actor": msg.get("actor"), "status": msg["status"]}
        call = dict(out["call"])
        if msg.get("arguments") is not None:
            call["arguments"] = msg["arguments"]
            shown = msg["arguments"]  # the model must see what actually ran, as it sees data: pseudonymized
            for gate in svc.pipeline.gates:
                hide = getattr(gate, "pseudonymize", None)
                shown = hide(shown, svc.scratch) if callable(hide) else shown
            for m in reversed(state["messages"]):
                if m.get("tool_calls") and m["tool_calls"][0]["id"] == call["id"]:
                    m["tool_calls"][0]["arguments"] = shown
                    break
            step.arguments = msg["arguments"]
        step.status = "approved"
        step.annotations["approval"] = {k: msg.get(k) for k in ("status", "actor", "reason")}
        self.store.save_step(step)
        self._set_status(state, "running")
        return state, {"kind": "execute", "call": call, "step": out["step"]}

    def _load_step(self, run_id: str, idx: int) -> StepRecord:
        cached = self.services(run_id).scratch.get("_last_step")
        if isinstance(cached, StepRecord) and cached.idx == idx:
            return cached
        step = self.store.get_step(run_id, idx)
        return step if step is not None else StepRecord(run_id=run_id, idx=idx, kind="tool", status="planned")

    # --- act ------------------------------------------------------------------------------------------

    def act(self, state: State, out: Outcome) -> tuple[State, Outcome]:
        t0 = time.perf_counter()
        state = _fork(state)
        svc = self.services(state["run_id"])
        c = out["call"]
        call = ToolCall(c["id"], c["name"], c["arguments"])
        tool = svc.tools[call.name]
        step = self._load_step(state["run_id"], out["step"])
        key = idempotency_key(state["run_id"], out["step"], call.name, call.arguments) if tool.contract.is_write else None
        ctx = ToolContext(run_id=state["run_id"], step=out["step"], call_id=call.id, idempotency_key=key,
                          tenant=state["tenant"])
        timeout = svc.spec.tools[call.name].timeout_s if call.name in svc.spec.tools else None
        inv = ToolInvocation(tool, call.arguments, ctx, tenant=state["tenant"], timeout_s=timeout)
        step.idempotency_key = key
        gate = self.budget
        hold = Reservation.from_dict(out["hold"]) if out.get("hold") else None
        try:
            outcome = svc.proxy.call(inv)
        except CorralError as exc:
            if gate is not None and hold is not None:
                gate.release(hold)
            exc.with_context(run_id=state["run_id"], step=out["step"], tool=call.name)
            step.status, step.error = "failed", exc.to_dict()
            text = f"ERROR: {exc}"
            if isinstance(exc, CircuitOpen):
                text += self._degrade(svc, state, call.name)
            status, result, attempts = "error", None, 0
        else:
            step.status, step.result = "executed", outcome.result
            step.result_summary = summarize(outcome.result)
            text = result_text(outcome.result)
            status, result, attempts = "ok", outcome.result, outcome.attempts
            if gate is not None and hold is not None:
                gate.settle(hold, hold.amount_usd)
                state["cost_usd"] += hold.amount_usd
                step.cost_usd += hold.amount_usd
            step.annotations.update({f"proxy.{k}": v for k, v in outcome.notes.items()})
        step.attempts = attempts
        ctx_action = self._ctx(svc, state)
        if status == "ok" and svc.spec.provenance.enabled:  # raw, before filters rewrite what the model sees
            record_tool_result(ctx_action, call.id, call.name, result, out["step"])
        for f in svc.pipeline.result_filters:
            guarded = text
            text, notes = f.filter_result(ctx_action, call, text)
            step.annotations.setdefault("result_filters", {})[f.name] = notes
            if status == "ok" and svc.spec.provenance.enabled:  # guard evidence, highlighted in approvals
                flag_guard_findings(ctx_action, call.id, guarded, notes)
        state["messages"].append(Message("tool", text, tool_call_id=call.id, name=call.name, trusted=False).to_dict())
        elapsed = time.perf_counter() - t0
        state["active_s"] += elapsed
        step.duration_ms += elapsed * 1000
        self.store.save_step(step, run_update={"steps": state["iteration"], "cost_usd": state["cost_usd"],
                                               "tokens_in": state["tokens_in"], "tokens_out": state["tokens_out"]})
        svc.scratch.pop("_last_step", None)
        self._emit("tool_call", state, {
            "tool": call.name, "version": tool.contract.version, "call_id": call.id, "arguments": call.arguments,
            "idempotency_key": key, "status": status, "attempts": attempts,
            "result_summary": step.result_summary, "error": step.error, "side_effect": tool.contract.side_effect,
        }, step=out["step"], duration_ms=elapsed * 1000)
        return state, {"kind": "continue", "status": status, "result": result}

    @staticmethod
    def _degrade(svc: RunServices, state: State, tool: str) -> str:
        """A breaker is open: the run degrades as the spec's ``on_tool_outage`` says (see corral.tools.degrade)."""
        outages = state.setdefault("tool_outages", [])
        if tool not in outages:
            outages.append(tool)
        note_outage(svc.scratch, tool)
        if svc.spec.on_tool_outage == "approval":
            return " From now on every tool call needs a human's approval."
        return " The run continues read-only: tools that change state will not run."

    # --- finish ---------------------------------------------------------------------------------------

    def finish(self, state: State, out: Outcome) -> State:
        now = time.time()
        if out["kind"] == "final":
            status, extra = "completed", {"result": out["text"]}
        elif out["kind"] == "rejected":
            status = "cancelled" if out.get("status") == "cancelled" else "rejected"
            extra = {"error": {"type": status.capitalize(), "code": status, "message": out.get("reason"),
                               "context": {"actor": out.get("actor")}}}
        else:
            status, extra = "failed", {"error": out["error"]}
        self._set_status(state, status, finished_at=now, **extra)
        self._emit("run_finished", state, {"status": status, "result": out.get("text"),
                                           "error": extra.get("error"), "cost_usd": state["cost_usd"],
                                           "tokens_in": state["tokens_in"], "tokens_out": state["tokens_out"]})
        return {**state, "status": status}
