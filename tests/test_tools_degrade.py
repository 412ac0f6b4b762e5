from __future__ import annotations

from typing import Any

from corral.actions import ActionContext, ProposedAction, ToolCall
from corral.errors import CircuitOpen
from corral.spec.agent import AgentSpec
from corral.tools.contract import ToolContract
from corral.tools.degrade import OutageGate, note_outage, outage_tools

READ = ToolContract("Lookup", "1", {"type": "object"})
WRITE = ToolContract("CreateTicket", "1", {"type": "object"}, side_effect="write")


def _action(contract: ToolContract, state: dict[str, Any], mode: str = "read_only") -> ProposedAction:
    spec = AgentSpec.model_validate({"name": "a", "on_tool_outage": mode})
    ctx = ActionContext(run_id="r", agent=spec, task="t", step=2, state=state)
    return ProposedAction(ToolCall("c", contract.name, {}), contract, ctx)


def _down() -> dict[str, Any]:
    state: dict[str, Any] = {}
    note_outage(state, CircuitOpen("open").with_context(tool="Billing"))  # type: ignore[arg-type]
    return state


def test_no_outage_no_opinion() -> None:
    assert OutageGate().check(_action(WRITE, {})) is None


def test_note_outage_records_each_tool_once() -> None:
    state = _down()
    note_outage(state, "Billing")
    note_outage(state, "Mail")
    assert outage_tools(state) == ["Billing", "Mail"]


def test_read_only_denies_writes_after_an_outage() -> None:
    decision = OutageGate().check(_action(WRITE, _down()))
    assert decision is not None and decision.outcome == "deny"
    assert decision.reasons[0].code == "tool_outage_read_only"


def test_read_only_lets_reads_go_on() -> None:
    assert OutageGate().check(_action(READ, _down())) is None


def test_approval_mode_sends_every_call_to_a_human() -> None:
    for contract in (READ, WRITE):
        decision = OutageGate().check(_action(contract, _down(), mode="approval"))
        assert decision is not None and decision.outcome == "require_approval"


def test_default_mode_is_read_only() -> None:
    assert AgentSpec.model_validate({"name": "a"}).on_tool_outage == "read_only"
