"""The egress guard: every outbound HTTP request from a tool passes an ``EgressPolicy`` at the transport layer.

    client = egress_client(EgressPolicy.from_spec(spec))
    client.get("https://kb.internal.company/search?q=...")

What is checked, per request and again on every redirect hop (redirects are followed by the client, so each
hop goes through ``EgressTransport.handle_request``):

1. The scheme is http or https.
2. The host is normalized the way a resolver would read it: userinfo is dropped (httpx's URL parser does that;
   ``a.com@evil.com`` has host ``evil.com``), lowercase, one trailing dot stripped, IDNA/UTS-46 to the A-label
   (``bücher.de`` and ``xn--bcher-kva.de`` are the same host; invalid punycode is refused; a label that mixes
   scripts, e.g. Cyrillic letters among Latin ones, is refused as a likely confusable), and every IPv4 notation the
   C library accepts (``2130706433``, ``0177.0.0.1``, ``0x7f.1``, ``127.1``) is read as the address it denotes;
   IPv6 zone ids are dropped.
3. The name is matched against the domain lists. **Precedence**: an explicit ``blocked_domains`` entry (anything
   but the bare ``"*"``) always wins; otherwise a matching ``allow_domains`` entry allows; otherwise the request is
   denied. ``blocked_domains: ["*"]`` states the default, which is deny either way. Patterns: ``example.com``
   (exactly that host), ``*.example.com`` (any subdomain, not the apex), ``*`` (any host), an IP address or a
   CIDR network (``10.20.0.0/16``). Well-known metadata names (``metadata.google.internal``, ...) and
   ``localhost`` are refused unless allowed by their exact name.
4. The host is resolved (``Resolver``; ``socket.getaddrinfo`` by default) and *every* answer must be a public
   address: loopback, private, link-local, CGNAT (100.64/10), ULA, multicast, unspecified, reserved and
   documentation ranges are refused, as are IPv4 addresses embedded in IPv6 (mapped, 6to4, NAT64) that are.
   Exceptions: an address inside an allow entry's network, or any non-metadata address when
   ``allow_private=True``. Cloud metadata addresses (169.254.169.254, fd00:ec2::254, ...) are only reachable
   when an allow entry names that exact address.
5. The request is sent to the checked IP (the URL's host is replaced by the address; the ``Host`` header and
   TLS SNI keep the original name, so certificates are verified against the name). A DNS answer that changes
   between check and connect (rebinding) therefore cannot redirect the connection. The ``Host`` header is
   always set from the URL, so a forged ``Host`` cannot reach a different virtual host than the one checked.

Steps 2 and 3 (and the address classes of step 4) are ``corral.tools.hosts``, shared with the policy's domain
rule on URL arguments, so both read a host the same way and give the same reason code
(``EgressDenied.context.extra["reason"]``).

Violations raise ``EgressDenied`` with the reason; the message carries scheme, host and reason only, never the
path or query (they may hold secrets).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import anyio
import httpx

from corral.errors import ConfigError, EgressDenied
from corral.tools.contract import ToolContext
from corral.tools.hosts import METADATA_ADDRESSES, METADATA_NAMES, HostRules, IPAddress, normalize_host
from corral.tools.proxy import Next, ToolInvocation, ToolOutcome

if TYPE_CHECKING:
    from corral.spec.agent import AgentSpec

__all__ = [
    "METADATA_ADDRESSES",
    "METADATA_NAMES",
    "AsyncEgressTransport",
    "CheckedTarget",
    "EgressInterceptor",
    "EgressPolicy",
    "EgressTransport",
    "IPAddress",
    "Resolver",
    "async_egress_client",
    "client_for",
    "egress_client",
    "normalize_host",
    "system_resolver",
]

Resolver = Callable[[str, int], Sequence[str]]
"""``(hostname, port) -> addresses``. Tests inject a fake; production uses ``system_resolver``."""

DEFAULT_MAX_REDIRECTS = 5


@dataclass(frozen=True, slots=True)
class CheckedTarget:
    """A request target that passed the policy: the normalized host and the addresses it may connect to."""

    scheme: str
    host: str | IPAddress
    port: int
    addresses: tuple[IPAddress, ...]

    @property
    def pinned(self) -> IPAddress:
        return self.addresses[0]


# --- the policy --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EgressPolicy:
    """Which hosts tools may reach. Default deny: an empty policy allows nothing. See the module docstring."""

    allow_domains: tuple[str, ...] = ()
    blocked_domains: tuple[str, ...] = ("*",)
    allow_private: bool = False
    max_redirects: int = DEFAULT_MAX_REDIRECTS
    schemes: tuple[str, ...] = ("http", "https")
    rules: HostRules = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "rules", HostRules.compile(self.allow_domains, self.blocked_domains))
        if self.max_redirects < 0:
            raise ConfigError("max_redirects must be >= 0")

    @classmethod
    def from_spec(cls, spec: AgentSpec, **overrides: Any) -> EgressPolicy:
        """Build from the spec's ``allow_domains`` / ``blocked_domains``; keyword overrides win."""
        kwargs: dict[str, Any] = {"allow_domains": tuple(spec.allow_domains),
                                  "blocked_domains": tuple(spec.blocked_domains)}
        kwargs.update(overrides)
        return cls(**kwargs)

    @classmethod
    def deny_all(cls) -> EgressPolicy:
        return cls()

    @property
    def allows_anything(self) -> bool:
        """False when no host at all can pass (the sandbox then cuts the network entirely)."""
        return bool(self.rules.allow)

    def to_dict(self) -> dict[str, Any]:
        return {"allow_domains": list(self.allow_domains), "blocked_domains": list(self.blocked_domains),
                "allow_private": self.allow_private, "max_redirects": self.max_redirects,
                "schemes": list(self.schemes)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EgressPolicy:
        return cls(allow_domains=tuple(data.get("allow_domains", ())),
                   blocked_domains=tuple(data.get("blocked_domains", ("*",))),
                   allow_private=bool(data.get("allow_private", False)),
                   max_redirects=int(data.get("max_redirects", DEFAULT_MAX_REDIRECTS)),
                   schemes=tuple(data.get("schemes", ("http", "https"))))

    # -- checks --

    def check_host(self, host: str | bytes) -> str | IPAddress:
        """Normalize and match the host name against the lists (no DNS). Returns the normalized host."""
        norm = normalize_host(host)
        denial = self.rules.check_name(norm)
        if denial is not None:
            raise EgressDenied(f"egress to {norm} denied: {denial.detail}").with_context(reason=denial.code)
        return norm

    def check_address(self, ip: IPAddress, *, host: str | IPAddress | None = None) -> None:
        """Refuse an address that is not public unless an allow entry (or ``allow_private``) covers it."""
        denial = self.rules.check_address(ip, allow_private=self.allow_private)
        if denial is not None:
            shown = f"{host} ({ip})" if host is not None and host != ip else str(ip)
            raise EgressDenied(f"egress to {shown} denied: {denial.detail}").with_context(reason=denial.code)

    def check_url(self, url: httpx.URL | str, resolver: Resolver | None = None) -> CheckedTarget:
        """Full check of one URL: scheme, name lists, resolution and every resolved address."""
        u = httpx.URL(url)
        return self.check_target(u.scheme, u.raw_host, u.port, resolver)

    def check_target(
        self, scheme: str, host: str | bytes, port: int | None = None, resolver: Resolver | None = None
    ) -> CheckedTarget:
        """``check_url`` for a target given in parts (for callers that parse URLs themselves)."""
        scheme, norm, port = self._prepare(scheme, host, port)
        if not isinstance(norm, str):
            return self._finish(scheme, norm, port, [str(norm)])
        return self._finish(scheme, norm, port, _resolve(resolver or system_resolver, norm, port))

    async def acheck_url(self, url: httpx.URL | str, resolver: Resolver | None = None) -> CheckedTarget:
        u = httpx.URL(url)
        scheme, norm, port = self._prepare(u.scheme, u.raw_host, u.port)
        if not isinstance(norm, str):
            return self._finish(scheme, norm, port, [str(norm)])
        answers = await anyio.to_thread.run_sync(_resolve, resolver or system_resolver, norm, port)
        return self._finish(scheme, norm, port, answers)

    def _prepare(self, scheme: str, host: str | bytes, port: int | None) -> tuple[str, str | IPAddress, int]:
        scheme = scheme.lower()
        if scheme not in self.schemes:
            raise EgressDenied(f"egress denied: scheme {scheme!r} is not one of {', '.join(self.schemes)}")
        norm = self.check_host(host)
        return scheme, norm, port or (443 if scheme == "https" else 80)

    def _finish(self, scheme: str, norm: str | IPAddress, port: int, answers: Iterable[str]) -> CheckedTarget:
        addresses: list[IPAddress] = []
        for answer in answers:
            try:
                ip = ipaddress.ip_address(answer.split("%", 1)[0])
            except ValueError:
                raise EgressDenied(f"egress to {norm} denied: resolver returned {answer!r}") from None
            self.check_address(ip, host=norm)
            addresses.append(ip)
        if not addresses:
            raise EgressDenied(f"egress to {norm} denied: the name did not resolve")
        return CheckedTarget(scheme, norm, port, tuple(addresses))


def _resolve(resolver: Resolver, host: str, port: int) -> list[str]:
    try:
        return list(resolver(host, port))
    except (OSError, UnicodeError) as exc:
        raise EgressDenied(f"egress to {host} denied: cannot resolve ({exc})") from None


def system_resolver(host: str, port: int) -> list[str]:
    """All addresses ``getaddrinfo`` returns for a TCP connection to ``host:port``, in order."""
    seen: list[str] = []
    for *_, sockaddr in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM):
        addr = str(sockaddr[0])
        if addr not in seen:
            seen.append(addr)
    return seen


# --- transports --------------------------------------------------------------------------------------


def _pin(request: httpx.Request, target: CheckedTarget) -> httpx.Request:
    """Send to the checked address; Host header and SNI keep the original name."""
    original = request.url
    request.headers["Host"] = original.netloc.decode("ascii")
    request.url = original.copy_with(host=str(target.pinned))
    if isinstance(target.host, str) and target.scheme == "https":
        request.extensions = {**request.extensions, "sni_hostname": target.host}
    return request


def _denied(exc: EgressDenied, request: httpx.Request) -> EgressDenied:
    return exc.with_context(url_host=request.url.host, scheme=request.url.scheme)  # type: ignore[return-value]


class EgressTransport(httpx.BaseTransport):
    """Checks every request (so every redirect hop) against ``policy`` before ``inner`` sends it."""

    def __init__(
        self,
        policy: EgressPolicy,
        inner: httpx.BaseTransport | None = None,
        *,
        resolver: Resolver | None = None,
    ) -> None:
        self.policy = policy
        self.inner = inner if inner is not None else httpx.HTTPTransport()
        self.resolver = resolver or system_resolver
        self.checked: list[CheckedTarget] = []  # targets of this transport's requests, for audit and tests

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            target = self.policy.check_url(request.url, self.resolver)
        except EgressDenied as exc:
            raise _denied(exc, request) from None
        self.checked.append(target)
        original_url = request.url
        response = self.inner.handle_request(_pin(request, target))
        request.url = original_url  # redirects resolve relative Locations against the name, not the IP
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncEgressTransport(httpx.AsyncBaseTransport):
    """The async twin of ``EgressTransport``; the resolver runs in a worker thread."""

    def __init__(
        self,
        policy: EgressPolicy,
        inner: httpx.AsyncBaseTransport | None = None,
        *,
        resolver: Resolver | None = None,
    ) -> None:
        self.policy = policy
        self.inner = inner if inner is not None else httpx.AsyncHTTPTransport()
        self.resolver = resolver or system_resolver
        self.checked: list[CheckedTarget] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            target = await self.policy.acheck_url(request.url, self.resolver)
        except EgressDenied as exc:
            raise _denied(exc, request) from None
        self.checked.append(target)
        original_url = request.url
        response = await self.inner.handle_async_request(_pin(request, target))
        request.url = original_url
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def egress_client(
    policy: EgressPolicy,
    *,
    resolver: Resolver | None = None,
    inner: httpx.BaseTransport | None = None,
    **client_kwargs: Any,
) -> httpx.Client:
    """An ``httpx.Client`` whose every request and redirect hop passes ``policy``. For tools.

    Environment proxies and ``.netrc`` are ignored (``trust_env=False``): a proxy would hide the real target.
    """
    client_kwargs.setdefault("timeout", 30.0)
    return httpx.Client(
        transport=EgressTransport(policy, inner, resolver=resolver),
        follow_redirects=True,
        max_redirects=policy.max_redirects,
        trust_env=False,
        **client_kwargs,
    )


def async_egress_client(
    policy: EgressPolicy,
    *,
    resolver: Resolver | None = None,
    inner: httpx.AsyncBaseTransport | None = None,
    **client_kwargs: Any,
) -> httpx.AsyncClient:
    client_kwargs.setdefault("timeout", 30.0)
    return httpx.AsyncClient(
        transport=AsyncEgressTransport(policy, inner, resolver=resolver),
        follow_redirects=True,
        max_redirects=policy.max_redirects,
        trust_env=False,
        **client_kwargs,
    )



# --- handing the policy to tools ---------------------------------------------------------------------


EGRESS_EXTRA = "egress_policy"


class EgressInterceptor:
    """Puts the agent's ``EgressPolicy`` into ``ToolContext.extras`` so tools build their HTTP client from it:

        @tool
        def fetch(url: str, ctx: ToolContext) -> str:
            with client_for(ctx) as http:
                return http.get(url).text
    """

    name = "egress"

    def __init__(self, policy: EgressPolicy, *, resolver: Resolver | None = None) -> None:
        self.policy = policy
        self.resolver = resolver

    def __call__(self, inv: ToolInvocation, call_next: Next) -> ToolOutcome:
        extras = {**inv.context.extras, EGRESS_EXTRA: self.policy}
        if self.resolver is not None:
            extras["egress_resolver"] = self.resolver
        return call_next(inv.with_context(extras=extras))


def client_for(ctx: ToolContext, **client_kwargs: Any) -> httpx.Client:
    """The egress-guarded client for a tool call; deny-all when no policy was handed over."""
    policy = ctx.extras.get(EGRESS_EXTRA)
    if not isinstance(policy, EgressPolicy):
        policy = EgressPolicy.deny_all()
    return egress_client(policy, resolver=ctx.extras.get("egress_resolver"), **client_kwargs)
