"""Anthropic's Messages API through the official SDK."""

from __future__ import annotations

import os
from typing import Any

from corral.errors import MissingDependency, ModelBadRequest
from corral.models._errors import map_provider_error
from corral.models.base import Message, Model, ModelRequest, ModelResponse, Usage

__all__ = ["AnthropicModel"]


def _to_anthropic(messages: tuple[Message, ...]) -> tuple[str, list[dict[str, Any]]]:
    system = "\n\n".join(m.content for m in messages if m.role == "system")
    out: list[dict[str, Any]] = []
    for m in messages:
        if m.role == "system":
            continue
        if m.role == "tool":
            block = {"type": "tool_result", "tool_use_id": m.tool_call_id or "", "content": m.content}
            out.append({"role": "user", "content": [block]})
        elif m.role == "assistant" and m.tool_calls:
            blocks: list[dict[str, Any]] = [{"type": "text", "text": m.content}] if m.content else []
            blocks += [{"type": "tool_use", "id": c["id"], "name": c["name"], "input": c["arguments"]}
                       for c in m.tool_calls]
            out.append({"role": "assistant", "content": blocks})
        else:
            out.append({"role": m.role, "content": m.content})
    return system, out


class AnthropicModel(Model):
    provider = "anthropic"

    def __init__(self, model_name: str, *, api_key: str | None = None, base_url: str | None = None,
                 max_retries: int = 0) -> None:
        super().__init__(model_name)
        try:
            import anthropic
        except ImportError as exc:  # pragma: no cover
            raise MissingDependency("the anthropic SDK is not installed: pip install anthropic") from exc
        self._sdk = anthropic
        key = api_key or os.environ.get("ANTHROPIC_API_KEY")
        base_url = base_url or os.environ.get("ANTHROPIC_BASE_URL")
        if not key:
            raise ModelBadRequest(f"anthropic:{model_name} needs ANTHROPIC_API_KEY",
                                  hint="export ANTHROPIC_API_KEY=... or run with --model scripted:...")
        self._client = anthropic.Anthropic(api_key=key, base_url=base_url, max_retries=max_retries)

    def request(self, request: ModelRequest) -> ModelResponse:
        system, messages = _to_anthropic(request.messages)
        kwargs: dict[str, Any] = {
            "model": self.model_name,
            "messages": messages,
            "max_tokens": request.settings.max_output_tokens,
            "timeout": request.settings.timeout_s,
        }
        if system:
            kwargs["system"] = system
        if request.settings.temperature is not None:
            kwargs["temperature"] = request.settings.temperature
        if request.tools:
            kwargs["tools"] = [{"name": t["name"], "description": t.get("description", ""),
                                "input_schema": t["parameters"]} for t in request.tools]
        try:
            resp = self._client.messages.create(**kwargs)
        except Exception as exc:
            if isinstance(exc, self._sdk.AnthropicError):
                raise map_provider_error(self._sdk, exc, self.name) from exc
            raise
        text = "".join(b.text for b in resp.content if b.type == "text")
        calls = tuple({"id": b.id, "name": b.name, "arguments": dict(b.input)} for b in resp.content
                      if b.type == "tool_use")
        return ModelResponse(text=text, tool_calls=calls,
                             usage=Usage(resp.usage.input_tokens, resp.usage.output_tokens),
                             model=resp.model, provider=self.provider, finish_reason=resp.stop_reason or "stop")

    def close(self) -> None:
        self._client.close()
