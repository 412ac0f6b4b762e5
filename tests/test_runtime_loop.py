"""The planner–executor loop, in memory: bounds, repair, autonomy, bad model output."""

from __future__ import annotations

import time
from typing import Any

import pytest

from corral.demo import CREATE_SUPPORT_TICKET_SCHEMA
from corral.runtime import Runtime
from corral.spec import AgentSpec
from corral.store import RunRecord
from corral.testing import ScriptedModel
from corral.tools import ToolRegistry, tool


@pytest.fixture
def executed() -> list[tuple[str, dict[str, Any]]]:
    return []


@pytest.fixture
def registry(executed: list[tuple[str, dict[str, Any]]]) -> ToolRegistry:
    reg = ToolRegistry()

    @tool(name="SearchKB", registry=reg)
    def search(query: str) -> list[str]:
        executed.append(("SearchKB", {"query": query}))
        return [f"article about {query}"]

    @tool(name="CreateSupportTicket", side_effect="write", schema=CREATE_SUPPORT_TICKET_SCHEMA, registry=reg)
    def create(title: str, severity: str, description: str = "") -> dict[str, str]:
        executed.append(("CreateSupportTicket", {"title": title, "severity": severity}))
        return {"ticket_id": "TCK-1"}

    @tool(name="Slow", registry=reg)
    def slow(seconds: float) -> str:
        time.sleep(seconds)
        return "done"

    return reg


def _spec(**kw: Any) -> AgentSpec:
    base: dict[str, Any] = {"name": "t", "autonomy": "autonomous",
                            "allowed_tools": ["SearchKB", "CreateSupportTicket", "Slow"]}
    return AgentSpec(**{**base, **kw})


def _run(registry: ToolRegistry, steps: list[dict[str, Any]], **spec: Any) -> tuple[Runtime, RunRecord]:
    rt = Runtime.in_memory(registry=registry)
    run = rt.run(_spec(**spec), "Customer data loss risk in EU region", model=ScriptedModel(steps))
    return rt, run


TICKET = {"tool": "CreateSupportTicket", "args": {"title": "EU data loss", "severity": "high"}}


def test_autonomous_run_completes(registry: ToolRegistry, executed: list[Any]) -> None:
    rt, run = _run(registry, [{"tool": "SearchKB", "args": {"query": "{task}"}}, TICKET, {"final": "done"}])
    assert run.status == "completed" and run.result == "done"
    assert [name for name, _ in executed] == ["SearchKB", "CreateSupportTicket"]
    steps = rt.store.list_steps(run.id)
    assert [(s.kind, s.status) for s in steps] == [("tool", "executed"), ("tool", "executed"), ("final", "final")]
    assert run.tokens_in > 0 and run.cost_usd > 0 and steps[0].result_summary == '["article about Customer data loss risk in EU region"]'


def test_invalid_json_is_repaired(registry: ToolRegistry) -> None:
    rt, run = _run(registry, [{"raw": "{not json"}, {"final": "ok"}])
    assert run.status == "completed"
    step = rt.store.list_steps(run.id)[0]
    assert step.repairs == 1


def test_invalid_output_fails_after_bounded_repairs(registry: ToolRegistry) -> None:
    rt, run = _run(registry, [{"raw": "{bad"}] * 5, max_repairs=2)
    assert run.status == "failed"
    assert run.error is not None and run.error["type"] == "InvalidModelOutput"
    assert "after 2 repair attempt(s)" in run.error["message"]


def test_unknown_tool_is_repaired_and_never_runs(registry: ToolRegistry, executed: list[Any]) -> None:
    rt, run = _run(registry, [{"tool": "DeleteDatabase", "args": {}}, {"final": "sorry"}])
    assert run.status == "completed" and executed == []
    assert rt.store.list_steps(run.id)[0].repairs == 1


def test_contract_breaking_arguments_never_execute(registry: ToolRegistry, executed: list[Any]) -> None:
    bad = {"tool": "CreateSupportTicket", "args": {"title": "x", "severity": "catastrophic"}}
    rt, run = _run(registry, [bad, bad, bad], max_repairs=2)
    assert run.status == "failed" and run.error is not None
    assert run.error["type"] == "InvalidModelOutput" and "$.severity" in run.error["message"]
    assert executed == []


def test_oversized_argument_never_executes(registry: ToolRegistry, executed: list[Any]) -> None:
    huge = {"tool": "CreateSupportTicket", "args": {"title": "x", "severity": "low", "description": "y" * 5000}}
    rt, run = _run(registry, [huge, {"final": "gave up"}])
    assert run.status == "completed" and executed == []
    assert rt.store.list_steps(run.id)[0].repairs == 1


def test_max_iterations(registry: ToolRegistry) -> None:
    steps = [{"tool": "SearchKB", "args": {"query": f"q{i}"}} for i in range(10)]
    rt, run = _run(registry, steps, max_iterations=3)
    assert run.status == "failed" and run.error is not None and run.error["type"] == "MaxIterationsExceeded"
    assert run.steps == 3


def test_budget_exceeded(registry: ToolRegistry) -> None:
    steps = [{"tool": "SearchKB", "args": {"query": f"q{i}"}} for i in range(10)]
    rt, run = _run(registry, steps, max_cost_usd=0.00005)
    assert run.status == "failed" and run.error is not None and run.error["type"] == "BudgetExceeded"


def test_no_progress_loop_is_stopped(registry: ToolRegistry, executed: list[Any]) -> None:
    same = {"tool": "SearchKB", "args": {"query": "same"}}
    rt, run = _run(registry, [same] * 6, max_repeated_calls=2)
    assert run.status == "failed" and run.error is not None and run.error["type"] == "NoProgress"
    assert len(executed) == 2


def test_wall_clock_limit(registry: ToolRegistry) -> None:
    steps = [{"tool": "Slow", "args": {"seconds": 0.15}}, {"tool": "Slow", "args": {"seconds": 0.2}}, {"final": "x"}]
    rt, run = _run(registry, steps, max_wall_clock_s=0.1)
    assert run.status == "failed" and run.error is not None and run.error["type"] == "RunTimeout"


def test_read_only_proposes_writes_without_running_them(registry: ToolRegistry, executed: list[Any]) -> None:
    rt, run = _run(registry, [TICKET, {"final": "suggested a ticket"}], autonomy="read_only")
    assert run.status == "completed" and executed == []
    step = rt.store.list_steps(run.id)[0]
    assert (step.kind, step.status, step.tool) == ("proposed", "proposed", "CreateSupportTicket")


def test_approval_required_pauses_before_write(registry: ToolRegistry, executed: list[Any]) -> None:
    rt, run = _run(registry, [TICKET, {"final": "x"}], autonomy="approval_required")
    assert run.status == "waiting_approval" and executed == []
    pending = rt.store.pending_approval(run.id)
    assert pending is not None and pending.tool == "CreateSupportTicket"
    assert pending.reasons[0]["code"] == "autonomy_approval_required"


def test_tool_not_in_allowed_tools_is_never_offered(registry: ToolRegistry, executed: list[Any]) -> None:
    rt, run = _run(registry, [TICKET, {"final": "no ticket"}], allowed_tools=["SearchKB"])
    assert run.status == "completed" and executed == []


@pytest.mark.parametrize(("error", "kind"), [("timeout", "ModelTimeout"), ("unavailable", "ModelUnavailable"),
                                             ("rate_limit", "ModelRateLimited")])
def test_provider_failure_ends_run_with_typed_error(registry: ToolRegistry, error: str, kind: str) -> None:
    rt, run = _run(registry, [{"tool": "SearchKB", "args": {"query": "x"}}, {"error": error}])
    assert run.status == "failed" and run.error is not None and run.error["type"] == kind
    assert run.error["context"]["run_id"] == run.id
    assert len(rt.store.list_steps(run.id)) == 2  # the completed first step is kept


def test_tool_exception_is_reported_to_model(registry: ToolRegistry) -> None:
    reg = registry

    @tool(name="Flaky", registry=reg)
    def flaky() -> str:
        raise ValueError("backend said no")

    rt = Runtime.in_memory(registry=reg)
    model = ScriptedModel([{"tool": "Flaky", "args": {}}, {"final": "handled"}])
    run = rt.run(_spec(allowed_tools=["Flaky"]), "go", model=model)
    assert run.status == "completed"
    step = rt.store.list_steps(run.id)[0]
    assert step.status == "failed" and step.error is not None and "backend said no" in step.error["message"]
    assert "ERROR: Flaky failed" in model.calls[-1].messages[-1].content
    assert model.calls[-1].messages[-1].trusted is False


def test_in_process_approver_decision_is_recorded(registry: ToolRegistry, executed: list[Any]) -> None:
    rt = Runtime.in_memory(registry=registry, approver=lambda run_id, approval_id: {
        "approval_id": approval_id, "status": "approved", "actor": "ops", "reason": "fine", "arguments": None})
    run = rt.run(_spec(autonomy="approval_required"), "t", model=ScriptedModel([TICKET, {"final": "x"}]))
    assert run.status == "completed" and [n for n, _ in executed] == ["CreateSupportTicket"]
    approval = rt.store.list_approvals(status=None, run_id=run.id)[0]
    assert (approval.status, approval.decided_by) == ("approved", "ops")


def test_expired_approval_ends_run_and_is_recorded_as_expired(registry: ToolRegistry, executed: list[Any]) -> None:
    rt = Runtime.in_memory(registry=registry, approver=lambda run_id, approval_id: None)  # None: the wait timed out
    run = rt.run(_spec(autonomy="approval_required"), "t", model=ScriptedModel([TICKET, {"final": "x"}]))
    assert run.status == "rejected" and executed == []
    assert run.error is not None and run.error["message"] == "the approval expired"
    assert rt.store.list_approvals(status=None, run_id=run.id)[0].status == "expired"


def test_a_long_tool_result_is_never_cut_inside_a_pii_value() -> None:
    """The model is shown at most MAX_RESULT_CHARS of a result, before the PII scrub: a cut through a card number
    or an address would leave a piece no recognizer knows, passed to the model raw."""
    from corral.runtime.runner import MAX_RESULT_CHARS, result_text

    for value in ("4111 1111 1111 1111", "jonathan.q.smithson@corp-mail.example.com", "DE89 3704 0044 0532 0130 00"):
        for back in (1, len(value) // 2, len(value) - 1):
            text = "x" * (MAX_RESULT_CHARS - back) + " " + value + " end"
            shown = result_text(text)
            assert value[:4] not in shown and "[truncated:" in shown, (value, back)
    plain = "y" * (MAX_RESULT_CHARS + 50)
    assert result_text(plain).startswith("y" * MAX_RESULT_CHARS + "\n[truncated:")
