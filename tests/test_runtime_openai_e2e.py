"""The demo agent end to end against an OpenAI-compatible server on loopback (as vLLM or Ollama would be)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from conftest import EXAMPLE_SPEC
from corral.runtime import Runtime
from corral.spec import load_spec


def _completion(message: dict[str, Any], finish: str) -> dict[str, Any]:
    return {"id": "c", "object": "chat.completion", "created": 1, "model": "local-llama",
            "choices": [{"index": 0, "finish_reason": finish, "message": message}],
            "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120}}


@pytest.fixture
def openai_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[dict[str, Any]]]:
    seen: list[dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            body = json.loads(self.rfile.read(int(self.headers["content-length"])))
            seen.append(body)
            turns = sum(1 for m in body["messages"] if m["role"] == "assistant")
            if turns == 0:
                msg = {"role": "assistant", "content": None, "tool_calls": [{
                    "id": "call_1", "type": "function",
                    "function": {"name": "SearchKB", "arguments": json.dumps({"query": "EU data loss"})}}]}
                payload = _completion(msg, "tool_calls")
            else:
                payload = _completion({"role": "assistant", "content": "KB-101 says: severity high."}, "stop")
            data = json.dumps(payload).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{server.server_address[1]}/v1")
    yield seen
    server.shutdown()
    server.server_close()


def test_demo_spec_runs_against_openai_compatible_server(openai_server: list[dict[str, Any]]) -> None:
    rt = Runtime.in_memory()
    run = rt.run(load_spec(EXAMPLE_SPEC), "Customer data loss risk in EU region", model="openai:local-llama")
    assert run.status == "completed" and run.result == "KB-101 says: severity high."
    assert (run.tokens_in, run.tokens_out) == (200, 40)
    steps = rt.store.list_steps(run.id)
    assert steps[0].tool == "SearchKB" and steps[0].result[0]["id"] == "KB-101"
    second = openai_server[1]["messages"]
    assert second[-1]["role"] == "tool" and second[-1]["tool_call_id"] == "call_1"
    assert {t["function"]["name"] for t in openai_server[0]["tools"]} == {"SearchKB", "CreateSupportTicket"}
