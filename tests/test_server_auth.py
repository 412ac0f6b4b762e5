"""OIDC/JWT bearer tokens (a locally generated RSA key, its JWKS from a file and from a loopback URL), the
keys CLI, and the ingress PII baseline."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from typer.testing import CliRunner

from corral.runtime import Runtime
from corral.server.pii import pseudonymize_task, regex_pseudonymize
from corral.server.settings import ServerSettings
from server_support import Gateway, close_runtime, make_gateway

AUD = "corral-api"


@pytest.fixture(scope="module")
def rsa_key() -> Any:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _jwks(key: Any, kid: str = "k1") -> dict[str, Any]:
    jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
    return {"keys": [{**jwk, "kid": kid, "use": "sig", "alg": "RS256"}]}


def _token(key: Any, kid: str = "k1", **claims: Any) -> str:
    body = {"sub": "dana", "aud": AUD, "tenant": "acme", "role": "approver", "exp": time.time() + 300, **claims}
    return jwt.encode(body, key, algorithm="RS256", headers={"kid": kid})


@pytest.fixture
def jwks_url(rsa_key: Any) -> Iterator[str]:
    body = json.dumps(_jwks(rsa_key)).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/.well-known/jwks.json"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("source", ["file", "url"])
def test_jwt_bearer(source: str, rsa_key: Any, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    if source == "file":
        path = tmp_path / "jwks.json"
        path.write_text(json.dumps(_jwks(rsa_key)))
        settings = ServerSettings(rate_per_key=0, rate_per_tenant=0, jwks_file=str(path), oidc_audience=AUD,
                                  oidc_issuer="https://idp.test")
    else:
        settings = ServerSettings(rate_per_key=0, rate_per_tenant=0, jwks_url=request.getfixturevalue("jwks_url"),
                                  oidc_audience=AUD, oidc_issuer="https://idp.test")
    rt = Runtime.open().launch()
    try:
        gw: Gateway = make_gateway(rt, settings)
        ok = _token(rsa_key, iss="https://idp.test")
        r = gw.client.get("/v1/runs", headers={"Authorization": f"Bearer {ok}"})
        assert r.status_code == 200
        other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        bad = [
            _token(rsa_key, iss="https://idp.test", aud="someone-else"),
            _token(rsa_key, iss="https://evil.test"),
            _token(rsa_key, iss="https://idp.test", exp=time.time() - 10),
            _token(other_key, iss="https://idp.test"),  # signed by a key not in the JWKS
            _token(rsa_key, iss="https://idp.test", role="superuser"),
            _token(rsa_key, iss="https://idp.test", tenant="*"),
            jwt.encode({"sub": "x", "aud": AUD, "tenant": "acme", "role": "admin", "exp": time.time() + 60},
                       "s" * 64, algorithm="HS256"),
        ]
        for token in bad:
            assert gw.client.get("/v1/runs", headers={"Authorization": f"Bearer {token}"}).status_code == 401
        # the role and tenant come from the claims: an approver may not start runs
        started = gw.client.post("/v1/runs", json={"agent": "incident-resolver", "task": "x"},
                                 headers={"Authorization": f"Bearer {ok}"})
        assert started.status_code == 403
        op = _token(rsa_key, iss="https://idp.test", role=["viewer", "operator"])
        started = gw.client.post("/v1/runs", json={"agent": "incident-resolver", "task": "disk full"},
                                 headers={"Authorization": f"Bearer {op}"})
        assert started.status_code == 202
        run = rt.store.get_run(started.json()["id"])
        assert (run.tenant, run.user) == ("acme", "dana")
    finally:
        close_runtime(rt)


def test_keys_cli() -> None:
    import typer

    from corral.server.cli import app

    root = typer.Typer()
    root.add_typer(app)  # mounted without a name: `serve` and `keys` become top-level commands
    runner = CliRunner()
    made = runner.invoke(root, ["keys", "create", "--tenant", "acme", "--role", "approver", "--user", "alice",
                                "--expires-days", "30"])
    assert made.exit_code == 0, made.output
    key = made.output.strip().splitlines()[-1]
    assert key.startswith("crl_")
    listed = runner.invoke(root, ["keys", "list"])
    key_id = key.split("_")[1]
    assert key_id in listed.output and "alice" in listed.output and key.split("_", 2)[2] not in listed.output
    assert runner.invoke(root, ["keys", "revoke", key_id]).exit_code == 0
    assert "revoked" in runner.invoke(root, ["keys", "list"]).output
    assert runner.invoke(root, ["keys", "revoke", key_id]).exit_code == 1
    bad = runner.invoke(root, ["keys", "create", "--tenant", "acme", "--role", "god"])
    assert bad.exit_code == 1 and "unknown role" in bad.output and "Traceback" not in bad.output
    assert "serve" in runner.invoke(root, ["--help"]).output


def test_pii_baseline() -> None:
    text, mapping = regex_pseudonymize("mail a.b@x.org or a.b@x.org, call +1 (415) 555-0100; order 12345; "
                                       "card 4242-4242-4242-4242, not a card 1234 5678 9012 3456")
    assert text.count("<EMAIL_1>") == 2 and "<PHONE_1>" in text and "<CARD_1>" in text
    assert "order 12345" in text and "1234 5678 9012 3456" in text  # no Luhn, no card
    assert mapping == {"<EMAIL_1>": "a.b@x.org", "<PHONE_1>": "+1 (415) 555-0100", "<CARD_1>": "4242-4242-4242-4242"}
    assert pseudonymize_task("nothing personal here") == ("nothing personal here", {})
