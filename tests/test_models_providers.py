"""Provider adapters against a local HTTP server (never the network)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from corral.errors import ConfigError, ModelBadRequest, ModelRateLimited, ModelTimeout, ModelUnavailable
from corral.models import Message, ModelRequest, ModelSettings, infer_model
from corral.models.anthropic import AnthropicModel
from corral.models.openai import OpenAIModel


class FakeProvider:
    def __init__(self) -> None:
        self.status = 200
        self.body: dict[str, Any] = {}
        self.delay = 0.0
        self.requests: list[dict[str, Any]] = []


@pytest.fixture
def provider() -> Iterator[tuple[FakeProvider, str]]:
    state = FakeProvider()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("content-length", 0))
            state.requests.append({"path": self.path, "json": json.loads(self.rfile.read(length) or b"{}")})
            time.sleep(state.delay)
            payload = json.dumps(state.body).encode()
            self.send_response(state.status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _request(timeout: float = 5.0) -> ModelRequest:
    tools = ({"name": "SearchKB", "description": "search", "parameters": {"type": "object", "properties": {}}},)
    return ModelRequest((Message("system", "be careful"), Message("user", "EU data loss")), tools,
                        ModelSettings(max_output_tokens=64, timeout_s=timeout))


OPENAI_TOOL_CALL = {
    "id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "gpt-4o-mini-2024-07-18",
    "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {
        "role": "assistant", "content": None,
        "tool_calls": [{"id": "call_9", "type": "function",
                        "function": {"name": "SearchKB", "arguments": "{\"query\": \"EU\"}"}}]}}],
    "usage": {"prompt_tokens": 42, "completion_tokens": 7, "total_tokens": 49},
}


def test_openai_tool_call_and_usage(provider: tuple[FakeProvider, str]) -> None:
    state, url = provider
    state.body = OPENAI_TOOL_CALL
    resp = OpenAIModel("gpt-4o-mini", api_key="k", base_url=url + "/v1").request(_request())
    assert resp.tool_calls == ({"id": "call_9", "name": "SearchKB", "arguments": {"query": "EU"}},)
    assert (resp.usage.input_tokens, resp.usage.output_tokens) == (42, 7)
    assert resp.model == "gpt-4o-mini-2024-07-18"
    sent = state.requests[0]
    assert sent["path"] == "/v1/chat/completions"
    assert sent["json"]["tools"][0]["function"]["name"] == "SearchKB"
    assert sent["json"]["messages"][0] == {"role": "system", "content": "be careful"}


@pytest.mark.parametrize(
    ("status", "error"),
    [(500, ModelUnavailable), (503, ModelUnavailable), (429, ModelRateLimited), (400, ModelBadRequest),
     (401, ModelBadRequest)],
)
def test_openai_errors_map_to_corral_errors(provider: tuple[FakeProvider, str], status: int,
                                            error: type[Exception]) -> None:
    state, url = provider
    state.status, state.body = status, {"error": {"message": "nope", "type": "x"}}
    with pytest.raises(error):
        OpenAIModel("gpt-4o-mini", api_key="k", base_url=url + "/v1").request(_request())


def test_openai_timeout(provider: tuple[FakeProvider, str]) -> None:
    state, url = provider
    state.body, state.delay = OPENAI_TOOL_CALL, 1.0
    with pytest.raises(ModelTimeout):
        OpenAIModel("gpt-4o-mini", api_key="k", base_url=url + "/v1").request(_request(timeout=0.2))


def test_openai_unreachable_is_unavailable() -> None:
    with pytest.raises(ModelUnavailable, match="cannot reach"):
        OpenAIModel("m", api_key="k", base_url="http://127.0.0.1:9/v1").request(_request())


def test_openai_without_key_says_what_to_do() -> None:
    with pytest.raises(ModelBadRequest, match="OPENAI_API_KEY"):
        OpenAIModel("gpt-4o-mini")


def test_anthropic_tool_use(provider: tuple[FakeProvider, str]) -> None:
    state, url = provider
    state.body = {
        "id": "msg_1", "type": "message", "role": "assistant", "model": "claude-x", "stop_reason": "tool_use",
        "content": [{"type": "text", "text": "searching"},
                    {"type": "tool_use", "id": "tu_1", "name": "SearchKB", "input": {"query": "EU"}}],
        "usage": {"input_tokens": 30, "output_tokens": 5},
    }
    resp = AnthropicModel("claude-x", api_key="k", base_url=url).request(_request())
    assert resp.tool_calls == ({"id": "tu_1", "name": "SearchKB", "arguments": {"query": "EU"}},)
    assert resp.text == "searching" and resp.usage.input_tokens == 30
    sent = state.requests[0]["json"]
    assert sent["system"] == "be careful" and sent["tools"][0]["input_schema"] == {"type": "object", "properties": {}}


def test_anthropic_500_is_unavailable(provider: tuple[FakeProvider, str]) -> None:
    state, url = provider
    state.status, state.body = 500, {"type": "error", "error": {"type": "api_error", "message": "boom"}}
    with pytest.raises(ModelUnavailable):
        AnthropicModel("claude-x", api_key="k", base_url=url).request(_request())


def test_factory_rejects_unknown_provider() -> None:
    with pytest.raises(ConfigError, match="unknown model provider 'gemini'"):
        infer_model("gemini:pro")


def test_factory_builds_openai_with_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:8000/v1")
    model = infer_model("openai:llama3")
    assert isinstance(model, OpenAIModel) and model.name == "openai:llama3"
