"""Deterministic fake models: ``ScriptedModel`` replays a list of steps; ``FunctionModel`` calls a function.

The script position is the number of assistant turns already in the request, not a counter in the object,
so a run resumed in a new process (or re-asked after a repair) gets the same answer a fresh model would.

Script items::

    {"tool": "SearchKB", "args": {"query": "{task}"}}     # a tool call; "{task}" is the user's task
    {"final": "Created ticket {task}"}                     # a final answer
    {"raw": "not json"}                                    # raw text, e.g. to exercise the repair loop
    {"error": "timeout" | "rate_limit" | "unavailable" | "bad_request"}
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import yaml

from corral.errors import ConfigError, ModelBadRequest, ModelRateLimited, ModelTimeout, ModelUnavailable
from corral.models.base import Model, ModelRequest, ModelResponse, Usage

__all__ = ["FunctionModel", "ScriptedModel", "load_script"]

_ERRORS: dict[str, type[Exception]] = {
    "timeout": ModelTimeout,
    "rate_limit": ModelRateLimited,
    "unavailable": ModelUnavailable,
    "bad_request": ModelBadRequest,
}


def _estimate_tokens(text: str) -> int:
    return max(1, len(text) // 4)


def _task_of(request: ModelRequest) -> str:
    for m in request.messages:
        if m.role == "user":
            return m.content
    return ""


def _fill(value: Any, task: str) -> Any:
    if isinstance(value, str):
        return value.replace("{task}", task)
    if isinstance(value, list):
        return [_fill(v, task) for v in value]
    if isinstance(value, dict):
        return {k: _fill(v, task) for k, v in value.items()}
    return value


def load_script(path: str | Path) -> list[dict[str, Any]]:
    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot load model script {p}: {exc}") from None
    if isinstance(data, dict):
        data = data.get("steps")
    if not isinstance(data, list) or not all(isinstance(s, dict) for s in data):
        raise ConfigError(f"model script {p} must be a list of steps (or a mapping with 'steps:')")
    return data


class ScriptedModel(Model):
    """Replays ``steps``; see the module docstring for the item format."""

    provider = "scripted"

    def __init__(self, steps: Sequence[dict[str, Any]], model_name: str = "scripted") -> None:
        super().__init__(model_name)
        self.steps = list(steps)
        self.calls: list[ModelRequest] = []

    def request(self, request: ModelRequest) -> ModelResponse:
        self.calls.append(request)
        index = sum(1 for m in request.messages if m.role == "assistant")
        if index >= len(self.steps):
            raise ModelBadRequest(f"scripted model has no step {index + 1} (script has {len(self.steps)})")
        item = _fill(self.steps[index], _task_of(request))
        if "error" in item:
            raise _ERRORS.get(item["error"], ModelUnavailable)(f"scripted {item['error']}")
        usage_in = sum(_estimate_tokens(m.content) + 4 for m in request.messages)
        if "tool" in item:
            call = {"id": f"call_{index + 1}", "name": item["tool"], "arguments": item.get("args", {})}
            out = json.dumps(call["arguments"])
            return ModelResponse(tool_calls=(call,), usage=Usage(usage_in, _estimate_tokens(out) + 8),
                                 model=self.model_name, provider=self.provider, finish_reason="tool_calls")
        text = str(item.get("final", item.get("raw", "")))
        if "final" in item:
            text = json.dumps({"action": "final", "answer": text})
        return ModelResponse(text=text, usage=Usage(usage_in, _estimate_tokens(text)), model=self.model_name,
                             provider=self.provider)


class FunctionModel(Model):
    """Answers with ``fn(request)``; for tests that need to look at the request."""

    provider = "function"

    def __init__(self, fn: Callable[[ModelRequest], ModelResponse], model_name: str = "function") -> None:
        super().__init__(model_name)
        self.fn = fn

    def request(self, request: ModelRequest) -> ModelResponse:
        return self.fn(request)
