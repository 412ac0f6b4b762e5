"""The Model interface and the values it exchanges. Providers live in their own modules and are chosen in
one place (``corral.models.factory.infer_model``)."""

from __future__ import annotations

import abc
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["Message", "Model", "ModelRequest", "ModelResponse", "ModelSettings", "Usage"]

Role = Literal["system", "user", "assistant", "tool"]


@dataclass(frozen=True, slots=True)
class Message:
    """One chat message. ``tool_calls`` on assistant messages: [{"id", "name", "arguments"}];
    ``tool_call_id`` on tool messages. ``trusted`` is False for content that came from tools (data, not
    instructions); providers render it as given, guards use the flag."""

    role: Role
    content: str
    tool_calls: tuple[dict[str, Any], ...] = ()
    tool_call_id: str | None = None
    name: str | None = None
    trusted: bool = True

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"role": self.role, "content": self.content}
        if self.tool_calls:
            out["tool_calls"] = list(self.tool_calls)
        if self.tool_call_id:
            out["tool_call_id"] = self.tool_call_id
        if self.name:
            out["name"] = self.name
        if not self.trusted:
            out["trusted"] = False
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Message:
        return cls(d["role"], d.get("content", ""), tuple(d.get("tool_calls", ())), d.get("tool_call_id"),
                   d.get("name"), d.get("trusted", True))


@dataclass(frozen=True, slots=True)
class ModelSettings:
    max_output_tokens: int = 1024
    temperature: float | None = None
    timeout_s: float = 60.0
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ModelRequest:
    messages: tuple[Message, ...]
    tools: tuple[dict[str, Any], ...] = ()  # ToolContract.to_model_tool() dicts
    settings: ModelSettings = field(default_factory=ModelSettings)
    run_id: str | None = None
    tenant: str = "default"


@dataclass(frozen=True, slots=True)
class Usage:
    input_tokens: int = 0
    output_tokens: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(self.input_tokens + other.input_tokens, self.output_tokens + other.output_tokens)


@dataclass(frozen=True, slots=True)
class ModelResponse:
    """What a model said. Exactly one of ``tool_calls`` (non-empty) or ``text`` carries the answer; ``text``
    may also be a JSON PlanStep from models without native tool calling. ``cost_usd`` is filled from the
    price table by the caller's pricing layer when the provider does not report it."""

    text: str = ""
    tool_calls: tuple[dict[str, Any], ...] = ()
    usage: Usage = field(default_factory=Usage)
    model: str = ""
    provider: str = ""
    finish_reason: str = "stop"
    cost_usd: float = 0.0
    cached: bool = False
    raw: dict[str, Any] = field(default_factory=dict)


class Model(abc.ABC):
    """A chat model. Implementations map provider errors to ``corral.errors.ModelError`` subclasses."""

    provider: str = "unknown"

    def __init__(self, model_name: str) -> None:
        self.model_name = model_name

    @property
    def name(self) -> str:
        return f"{self.provider}:{self.model_name}"

    @abc.abstractmethod
    def request(self, request: ModelRequest) -> ModelResponse: ...

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release network resources."""
