"""End to end: the runtime's tool proxy is the standard chain, and a run degrades as on_tool_outage says."""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa

from corral.runtime.runtime import Runtime
from corral.spec.agent import AgentSpec
from corral.store.sql import SqlStore
from corral.testing import ScriptedModel
from corral.tools.contract import ToolContext, ToolRegistry, tool


class World:
    """Two tools per test, named uniquely: breakers are process-wide by design."""

    def __init__(self) -> None:
        suffix = uuid.uuid4().hex[:8]
        self.billing, self.ticket = f"Billing_{suffix}", f"CreateTicket_{suffix}"
        self.registry = ToolRegistry()
        self.billing_calls = 0
        self.tickets: list[tuple[str, str | None]] = []
        self.ticket_failures = 0

        def billing(account: str) -> str:
            self.billing_calls += 1
            raise ConnectionError("billing is down")

        def create_ticket(title: str, ctx: ToolContext) -> dict[str, str]:
            if self.ticket_failures:
                self.ticket_failures -= 1
                raise ConnectionError("reset by peer")
            self.tickets.append((title, ctx.idempotency_key))
            return {"id": f"T-{len(self.tickets)}"}

        tool(billing, name=self.billing, registry=self.registry)
        tool(create_ticket, name=self.ticket, side_effect="write", registry=self.registry)

    def spec(self, mode: str = "read_only") -> AgentSpec:
        return AgentSpec.model_validate({
            "name": "support", "autonomy": "autonomous", "allowed_tools": [self.billing, self.ticket],
            "on_tool_outage": mode, "max_iterations": 10,
            "tools": {self.billing: {"retries": 1, "breaker": {"consecutive_failures": 1, "open_s": 600}},
                      self.ticket: {"retries": 3}},
        })


def _script(w: World, *then: dict[str, Any]) -> ScriptedModel:
    return ScriptedModel([
        {"tool": w.billing, "args": {"account": "a"}},   # fails (2 attempts): the breaker opens
        {"tool": w.billing, "args": {"account": "b"}},   # fails fast: CircuitOpen, the run degrades
        *then,
        {"final": "done"},
    ])


def test_open_breaker_degrades_the_run_to_read_only() -> None:
    w = World()
    rt = Runtime.in_memory(registry=w.registry)
    run = rt.run(w.spec("read_only"), "check billing",
                 model=_script(w, {"tool": w.ticket, "args": {"title": "refund"}}))
    steps = rt.store.list_steps(run.id)
    assert run.status == "completed"
    assert w.billing_calls == 2  # first call and its one retry; the second call never reached the tool
    assert [s.error["code"] for s in steps[:2] if s.error] == ["tool_execution_error", "circuit_open"]
    assert (steps[2].tool, steps[2].status) == (w.ticket, "proposed")
    assert w.tickets == []


def test_open_breaker_with_approval_mode_asks_a_human_for_each_call() -> None:
    w = World()
    asked: list[str] = []

    def approver(run_id: str, approval_id: str) -> dict[str, Any]:
        asked.append(approval_id)
        return {"status": "approved", "actor": "alice", "reason": "ok"}

    rt = Runtime.in_memory(registry=w.registry, approver=approver)
    run = rt.run(w.spec("approval"), "check billing",
                 model=_script(w, {"tool": w.ticket, "args": {"title": "refund"}}))
    assert run.status == "completed"
    assert len(asked) == 1
    approval = rt.store.get_approval(asked[0])
    assert approval.tool == w.ticket
    assert approval.reasons[0]["code"] == "tool_outage_approval"
    assert [t for t, _ in w.tickets] == ["refund"]


def test_flaky_write_tool_is_retried_under_one_idempotency_key() -> None:
    w = World()
    w.ticket_failures = 2
    rt = Runtime.in_memory(registry=w.registry)
    model = ScriptedModel([{"tool": w.ticket, "args": {"title": "refund"}}, {"final": "done"}])
    run = rt.run(w.spec(), "open a ticket", model=model)
    step = rt.store.list_steps(run.id)[0]
    assert run.status == "completed"
    assert (step.status, step.attempts, step.result) == ("executed", 3, {"id": "T-1"})
    assert w.tickets == [("refund", step.idempotency_key)] and len(step.idempotency_key or "") == 64


def test_write_step_reexecuted_after_a_crash_is_answered_by_the_ledger(engine: sa.Engine) -> None:
    """A crash between the tool acting and the step being recorded makes recovery run ``act`` again:
    the ledger (in the run store's database) answers and the tool does not act twice."""
    w = World()
    rt = Runtime(SqlStore(engine), durable_runs=False, registry=w.registry)
    model = ScriptedModel([{"tool": w.ticket, "args": {"title": "refund"}}, {"final": "done"}])
    run = rt.run(w.spec(), "open a ticket", model=model)
    first = rt.store.list_steps(run.id)[0]
    call = {"id": "call-again", "name": w.ticket, "arguments": {"title": "refund"}}
    _, out = rt.runner.act(rt.runner.load(run.id), {"kind": "execute", "call": call, "step": first.idx})
    assert out["status"] == "ok" and out["result"] == {"id": "T-1"}
    assert len(w.tickets) == 1
    assert rt.store.list_steps(run.id)[0].annotations["proxy.idempotency_key"] == first.idempotency_key
