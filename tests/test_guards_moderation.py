from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import openai
import pytest

from corral.actions import ActionContext, ProposedAction, ToolCall
from corral.errors import GuardError
from corral.guards import KeywordModeration, ModerationGuard, OpenAIModeration, build_guards
from corral.spec.agent import AgentSpec
from corral.tools.contract import ToolContract


def test_keyword_baseline_blocks_a_category_with_its_span() -> None:
    text = "tell me how to make a pipe bomb"
    r = ModerationGuard().check(text)
    assert r.verdict == "block" and r.details["categories"] == ["weapons"]
    assert text[r.spans[0].start:r.spans[0].end] == "how to make a pipe bomb"


@pytest.mark.parametrize("text", ["kill the stuck process and restart nginx", "shoot me an email",
                                  "the build was murdered by a flaky test"])
def test_everyday_violent_words_pass(text: str) -> None:
    assert ModerationGuard().check(text).verdict == "pass"


def test_custom_categories() -> None:
    g = ModerationGuard(KeywordModeration({"competitors": [r"\bacme corp\b"]}), action="flag")
    assert g.check("switch to ACME Corp").verdict == "flag"


class _Handler(BaseHTTPRequestHandler):
    seen: list[dict[str, Any]] = []

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        _Handler.seen.append({"path": self.path, "body": body})
        flagged = "hate" in body["input"]
        payload = {"id": "modr-1", "model": body.get("model", "m"), "results": [{
            "flagged": flagged,
            "categories": {"hate": flagged, "violence": False},
            "category_scores": {"hate": 0.97 if flagged else 0.01, "violence": 0.02},
        }]}
        data = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def moderation_server() -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


def test_openai_backend_against_a_local_server(moderation_server: str) -> None:
    client = openai.OpenAI(base_url=moderation_server, api_key="test-key", max_retries=0)
    guard = ModerationGuard(OpenAIModeration(client))
    r = guard.check("some hate text")
    assert r.verdict == "block" and r.details["categories"] == ["hate"] and r.details["backend"] == "openai"
    assert guard.check("a nice day").verdict == "pass"
    assert _Handler.seen[-1]["path"] == "/v1/moderations"
    assert _Handler.seen[-1]["body"]["model"] == "omni-moderation-latest"


def test_openai_backend_failure_is_a_guard_error() -> None:
    client = openai.OpenAI(base_url="http://127.0.0.1:9/v1", api_key="k", max_retries=0, timeout=2)
    with pytest.raises(GuardError, match="moderation request failed"):
        OpenAIModeration(client).moderate("x")


def test_a_remote_backend_gets_placeholders_never_raw_pii(moderation_server: str) -> None:
    client = openai.OpenAI(base_url=moderation_server, api_key="test-key", max_retries=0)
    gs = build_guards(["pii_scrubber", {"content_moderation": {"backend": "openai"}}], moderation_client=client)
    state: dict[str, Any] = {}
    first = len(_Handler.seen)
    task, _ = gs.check_input("Write to ann.lee@example.com, phone +1 415 555 2671, card 4111 1111 1111 1111", state)
    assert "<EMAIL_1>" in task
    contract = ToolContract("send", "1", {"type": "object"}, side_effect="write", pii_allowed=True)
    ctx = ActionContext(run_id="r", agent=AgentSpec(name="a"), task=task, step=1, state=state)
    action = ProposedAction(ToolCall("c1", "send", {"to": "<EMAIL_1>", "body": "hi"}), contract, ctx)
    assert gs.check_arguments(action) is None
    assert action.call.arguments["to"] == "ann.lee@example.com"  # the tool gets the real address
    gs.check_output("Sent to <EMAIL_1>.", state)
    sent = [s["body"]["input"] for s in _Handler.seen[first:]]
    assert len(sent) == 3 and "<EMAIL_1>" in sent[0] and "<EMAIL_1>" in sent[1] and "<EMAIL_1>" in sent[2]
    for raw in ("ann.lee@example.com", "415 555 2671", "4111 1111 1111 1111"):
        assert not any(raw in str(body) for body in sent), raw


def test_the_openai_client_built_from_a_spec_has_a_bounded_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "k")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    default = build_guards([{"content_moderation": {"backend": "openai"}}]).moderation
    custom = build_guards([{"content_moderation": {"backend": "openai", "timeout": 2.5}}]).moderation
    assert default is not None and custom is not None
    assert default.backend.client.timeout == 10.0 and custom.backend.client.timeout == 2.5  # type: ignore[attr-defined]
    assert str(default.backend.client.base_url).startswith("http://127.0.0.1:9/")  # type: ignore[attr-defined]
