from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from corral.policy.engine import PolicyInput
from corral.policy.opa import OpaPolicy, query_to_path

Responder = Callable[[str, dict[str, Any]], tuple[int, bytes]]


class FakeOpa:
    """A tiny stand-in for OPA's Data API on 127.0.0.1; ``respond`` decides each answer."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict[str, Any]]] = []
        self.respond: Responder = lambda path, body: (200, b'{"result": "allow"}')
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                owner.requests.append((self.path, body))
                status, payload = owner.respond(self.path, body)
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout test)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"


@pytest.fixture
def opa() -> Iterator[FakeOpa]:
    fake = FakeOpa()
    thread = threading.Thread(target=fake.server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    yield fake
    fake.server.shutdown()
    fake.server.server_close()
    thread.join()


def evaluate(opa: FakeOpa, timeout_s: float = 2.0) -> tuple[str, list[str]]:
    policy = OpaPolicy(opa.url, query="data.corral.decision", timeout_s=timeout_s)
    try:
        d = policy.evaluate(PolicyInput("CreateSupportTicket", {"severity": "high"}, user="bob"))
    finally:
        policy.close()
    return d.outcome, [r.code for r in d.reasons]


def test_query_maps_to_data_api_path() -> None:
    assert query_to_path("data.corral.decision") == "corral/decision"


def test_opa_is_asked_with_the_input_document(opa: FakeOpa) -> None:
    opa.respond = lambda p, b: (200, json.dumps({"result": {"outcome": "require_approval",
                                                            "reasons": ["severity_high"]}}).encode())
    assert evaluate(opa) == ("require_approval", ["severity_high"])
    path, body = opa.requests[0]
    assert path == "/v1/data/corral/decision"
    assert body["input"]["tool"]["name"] == "CreateSupportTicket" and body["input"]["user"] == "bob"


def test_opa_allow(opa: FakeOpa) -> None:
    assert evaluate(opa) == ("allow", [])


def test_opa_undefined_result_is_deny(opa: FakeOpa) -> None:
    opa.respond = lambda p, b: (200, b"{}")
    assert evaluate(opa) == ("deny", ["policy_undefined"])


def test_opa_server_error_is_deny(opa: FakeOpa) -> None:
    opa.respond = lambda p, b: (500, b'{"code": "internal_error"}')
    assert evaluate(opa) == ("deny", ["policy_error"])


def test_opa_garbage_answer_is_deny(opa: FakeOpa) -> None:
    opa.respond = lambda p, b: (200, b"<html>")
    assert evaluate(opa) == ("deny", ["policy_error"])


def test_opa_timeout_is_deny(opa: FakeOpa) -> None:
    def slow(path: str, body: dict[str, Any]) -> tuple[int, bytes]:
        time.sleep(0.5)
        return 200, b'{"result": "allow"}'

    opa.respond = slow
    assert evaluate(opa, timeout_s=0.05) == ("deny", ["policy_error"])


def test_opa_unreachable_is_deny() -> None:
    policy = OpaPolicy("http://127.0.0.1:9", timeout_s=0.5)
    d = policy.evaluate(PolicyInput("T", {}))
    policy.close()
    assert (d.outcome, d.reasons[0].code, d.policy_id) == ("deny", "policy_error", "opa:data.corral.decision")
