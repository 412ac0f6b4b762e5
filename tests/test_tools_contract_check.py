from __future__ import annotations

from typing import Any

import pytest

from corral.errors import ToolArgumentsInvalid, ToolResultInvalid
from corral.tools.contract import ToolContext, ToolRegistry, tool
from corral.tools.proxy import ContractCheck, Next, ToolInvocation, ToolOutcome, ToolProxy

RESULT = {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]}


class Recorder:
    """An outer interceptor that records what reached it."""

    name = "recorder"

    def __init__(self) -> None:
        self.seen: list[Any] = []

    def __call__(self, inv: ToolInvocation, call_next: Next) -> ToolOutcome:
        outcome = call_next(inv)
        self.seen.append(outcome.result)
        return outcome


def _tool(returns: Any) -> Any:
    def CreateTicket(title: str) -> Any:
        return returns

    return tool(CreateTicket, side_effect="write", result_schema=RESULT, registry=ToolRegistry())


def _inv(t: Any, args: dict[str, Any] | None = None) -> ToolInvocation:
    return ToolInvocation(t, args if args is not None else {"title": "x"}, ToolContext("r", 1, "c"))


def test_result_breaking_its_schema_raises_and_is_not_passed_on() -> None:
    recorder = Recorder()
    with pytest.raises(ToolResultInvalid, match=r"\$\.id"):
        ToolProxy([recorder, ContractCheck()]).call(_inv(_tool({"id": 42})))
    assert recorder.seen == []


def test_result_missing_a_required_field_is_invalid() -> None:
    with pytest.raises(ToolResultInvalid):
        ToolProxy([ContractCheck()]).call(_inv(_tool({"other": "x"})))


def test_valid_result_passes() -> None:
    assert ToolProxy([ContractCheck()]).call(_inv(_tool({"id": "T-1"}))).result == {"id": "T-1"}


def test_invalid_arguments_never_reach_the_tool() -> None:
    calls: list[int] = []

    def Lookup(q: int) -> int:
        calls.append(q)
        return q

    t = tool(Lookup, registry=ToolRegistry())
    with pytest.raises(ToolArgumentsInvalid):
        ToolProxy([ContractCheck()]).call(_inv(t, {"q": "not a number"}))
    assert calls == []


def test_replayed_results_are_not_checked_again() -> None:
    class Replay:  # stands in for the idempotency ledger, whose results were checked when recorded
        name = "replay"

        def __call__(self, inv: ToolInvocation, call_next: Next) -> ToolOutcome:
            return ToolOutcome({"id": 1}, replayed=True)

    assert ToolProxy([ContractCheck(), Replay()]).call(_inv(_tool({"id": "x"}))).replayed
