"""Turning a model response into a PlanStep, and the schema models without native tool calling answer in."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Literal

from jsonschema import Draft202012Validator

from corral.actions import ToolCall
from corral.models.base import ModelResponse

__all__ = ["PLAN_STEP_SCHEMA", "InvalidPlan", "PlanStep", "parse_plan_step"]

PLAN_STEP_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "PlanStep",
    "oneOf": [
        {"type": "object", "required": ["action", "tool", "args"], "additionalProperties": False,
         "properties": {"action": {"const": "tool"}, "tool": {"type": "string", "minLength": 1},
                        "args": {"type": "object"}, "thought": {"type": "string"}}},
        {"type": "object", "required": ["action", "answer"], "additionalProperties": False,
         "properties": {"action": {"const": "final"}, "answer": {"type": "string"},
                        "thought": {"type": "string"}}},
    ],
}
_VALIDATOR = Draft202012Validator(PLAN_STEP_SCHEMA)
_FENCE = re.compile(r"^```(?:json)?\s*(.*?)\s*```$", re.DOTALL)


@dataclass(frozen=True, slots=True)
class PlanStep:
    kind: Literal["tool", "final"]
    call: ToolCall | None = None
    text: str = ""
    extra_calls: int = 0  # further tool calls in the same response, which are not executed
    model_text: str | None = None  # the model's own words when an output filter changed ``text``

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "text": self.text}
        if self.call:
            out["call"] = {"id": self.call.id, "name": self.call.name, "arguments": self.call.arguments}
        return out


@dataclass(frozen=True, slots=True)
class InvalidPlan:
    error: str
    call: ToolCall | None = None  # set when the model made a tool call whose arguments are not JSON


def parse_plan_step(resp: ModelResponse, step: int) -> PlanStep | InvalidPlan:
    """Native tool calls win; otherwise text that looks like JSON must be a valid PlanStep; plain prose is a
    final answer (as in the OpenAI Agents SDK)."""
    if resp.tool_calls:
        c = resp.tool_calls[0]
        call = ToolCall(str(c.get("id") or f"call_{step}"), str(c.get("name", "")), c.get("arguments") or {})
        if "__invalid_json__" in call.arguments:
            return InvalidPlan("the tool call arguments are not valid JSON", call)
        if not isinstance(call.arguments, dict):
            return InvalidPlan("the tool call arguments must be a JSON object", call)
        return PlanStep("tool", call, resp.text, extra_calls=len(resp.tool_calls) - 1)
    text = resp.text.strip()
    fenced = _FENCE.match(text)
    if fenced:
        text = fenced.group(1)
    if not text:
        return InvalidPlan("the reply was empty: call a tool or give a final answer")
    if not text.startswith("{"):
        return PlanStep("final", text=resp.text.strip())
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return InvalidPlan(f"the reply is not valid JSON ({exc.msg} at position {exc.pos})")
    errors = list(_VALIDATOR.iter_errors(data))
    if errors:
        return InvalidPlan("the reply is not a valid PlanStep: " + _plan_error(data))
    if data["action"] == "final":
        return PlanStep("final", text=data["answer"])
    return PlanStep("tool", ToolCall(f"call_{step}", data["tool"], data["args"]), data.get("thought", ""))


def _plan_error(data: Any) -> str:
    if not isinstance(data, dict):
        return "it must be a JSON object"
    action = data.get("action")
    if action == "tool":
        missing = [k for k in ("tool", "args") if k not in data]
        if missing:
            return f"a tool step needs {', '.join(missing)}"
        return '"tool" must be a tool name and "args" an object'
    if action == "final":
        return 'a final step needs "answer" (a string)'
    return '"action" must be "tool" or "final"'
