from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import openai
import pytest

from corral.errors import GuardError
from corral.guards import KeywordModeration, ModerationGuard, OpenAIModeration


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
