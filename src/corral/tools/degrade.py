"""How a run degrades when a tool is out: the spec's ``on_tool_outage``.

When a tool call fails fast with ``CircuitOpen``, the runtime calls ``note_outage(ctx.state, err)``; from
then on ``OutageGate`` (an action gate) applies the spec to every further action of the run:

- ``read_only``: write tools are denied for the rest of the run; reads go on, so the agent can still
  answer from what it can look up.
- ``approval``: every further tool call needs a human decision.
"""

from __future__ import annotations

from typing import Any

from corral.actions import Decision, ProposedAction
from corral.errors import CircuitOpen

__all__ = ["OUTAGE_KEY", "OutageGate", "note_outage", "outage_tools"]

OUTAGE_KEY = "corral.tool_outage"


def note_outage(state: dict[str, Any], err: CircuitOpen | str) -> None:
    """Record in the run's state that a tool is out (from the ``CircuitOpen`` error or a tool name)."""
    tool = err if isinstance(err, str) else (err.context.tool or "unknown")
    tools: list[str] = state.setdefault(OUTAGE_KEY, [])
    if tool not in tools:
        tools.append(tool)


def outage_tools(state: dict[str, Any]) -> list[str]:
    return list(state.get(OUTAGE_KEY, ()))


class OutageGate:
    """Says nothing until the run has seen an outage; then denies writes or asks for approval."""

    name = "tool_outage"

    def check(self, action: ProposedAction) -> Decision | None:
        tools = outage_tools(action.ctx.state)
        if not tools:
            return None
        down = ", ".join(tools)
        if action.ctx.agent.on_tool_outage == "approval":
            return Decision.approval(
                "tool_outage_approval",
                f"{down} is unavailable; the spec sends every further tool call to a human",
                policy_id="corral.tool_outage", tools=tools,
            )
        if action.contract.is_write:
            return Decision.deny(
                "tool_outage_read_only",
                f"{down} is unavailable; the run continues read-only, so {action.call.name} may not run",
                policy_id="corral.tool_outage", tools=tools,
            )
        return None
