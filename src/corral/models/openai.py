"""OpenAI and any OpenAI-compatible endpoint (vLLM, Ollama, llama.cpp server) through the official SDK."""

from __future__ import annotations

import json
import os
from typing import Any

from corral.errors import MissingDependency, ModelBadRequest
from corral.models._errors import map_provider_error
from corral.models.base import Message, Model, ModelRequest, ModelResponse, Usage

__all__ = ["OpenAIModel"]


def _to_openai(m: Message) -> dict[str, Any]:
    if m.role == "tool":
        return {"role": "tool", "tool_call_id": m.tool_call_id or "", "content": m.content}
    out: dict[str, Any] = {"role": m.role, "content": m.content}
    if m.tool_calls:
        out["tool_calls"] = [
            {"id": c["id"], "type": "function",
             "function": {"name": c["name"], "arguments": json.dumps(c["arguments"])}}
            for c in m.tool_calls
        ]
        out["content"] = m.content or None
    return out


class OpenAIModel(Model):
    provider = "openai"

    def __init__(self, model_name: str, *, api_key: str | None = None, base_url: str | None = None,
                 max_retries: int = 0) -> None:
        super().__init__(model_name)
        try:
            import openai
        except ImportError as exc:  # pragma: no cover - openai is a core dependency
            raise MissingDependency("the openai SDK is not installed: pip install openai") from exc
        self._sdk = openai
        base_url = base_url or os.environ.get("OPENAI_BASE_URL")
        key = api_key or os.environ.get("OPENAI_API_KEY") or ("not-needed" if base_url else None)
        if not key:
            raise ModelBadRequest(
                f"openai:{model_name} needs OPENAI_API_KEY (or OPENAI_BASE_URL for a compatible server)",
                hint="export OPENAI_API_KEY=... or run with --model scripted:...",
            )
        # retries are corral's job (one place, with jitter and budgets), so the SDK's own are off by default
        self._client = openai.OpenAI(api_key=key, base_url=base_url, max_retries=max_retries)

    def request(self, request: ModelRequest) -> ModelResponse:
        kwargs: dict[str, Any] = {
            "model": self.model_name,
            "messages": [_to_openai(m) for m in request.messages],
            "max_tokens": request.settings.max_output_tokens,
            "timeout": request.settings.timeout_s,
        }
        if request.settings.temperature is not None:
            kwargs["temperature"] = request.settings.temperature
        if request.tools:
            kwargs["tools"] = [{"type": "function", "function": t} for t in request.tools]
        try:
            resp = self._client.chat.completions.create(**kwargs)
        except Exception as exc:
            if isinstance(exc, self._sdk.OpenAIError):
                raise map_provider_error(self._sdk, exc, self.name) from exc
            raise
        choice = resp.choices[0]
        calls = []
        for tc in choice.message.tool_calls or []:
            try:
                args = json.loads(tc.function.arguments or "{}")
            except json.JSONDecodeError:
                args = {"__invalid_json__": tc.function.arguments}
            calls.append({"id": tc.id, "name": tc.function.name, "arguments": args})
        usage = Usage(resp.usage.prompt_tokens, resp.usage.completion_tokens) if resp.usage else Usage()
        return ModelResponse(text=choice.message.content or "", tool_calls=tuple(calls), usage=usage,
                             model=resp.model or self.model_name, provider=self.provider,
                             finish_reason=choice.finish_reason or "stop")

    def close(self) -> None:
        self._client.close()
