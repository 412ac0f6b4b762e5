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

Violations raise ``EgressDenied`` with the reason; the message carries scheme, host and reason only, never the
path or query (they may hold secrets).
"""

from __future__ import annotations

import ipaddress
import socket
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import anyio
import httpx
import idna

from corral.errors import ConfigError, EgressDenied
from corral.tools.contract import ToolContext
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

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], Sequence[str]]
"""``(hostname, port) -> addresses``. Tests inject a fake; production uses ``system_resolver``."""

DEFAULT_MAX_REDIRECTS = 5

METADATA_ADDRESSES: frozenset[IPAddress] = frozenset(
    ipaddress.ip_address(a)
    for a in (
        "169.254.169.254",  # AWS, GCP, Azure, OpenStack, DigitalOcean
        "169.254.170.2",  # AWS ECS task metadata
        "169.254.169.123",  # AWS time sync
        "100.100.100.200",  # Alibaba Cloud
        "192.0.0.192",  # Oracle Cloud (classic)
        "fd00:ec2::254",  # AWS IMDS over IPv6
        "fd00:ec2::23",  # AWS DNS over IPv6
    )
)
METADATA_NAMES: frozenset[str] = frozenset(
    {"metadata.google.internal", "metadata.goog", "metadata", "instance-data", "instance-data.ec2.internal",
     "metadata.azure.com", "kubernetes.default.svc", "kubernetes.default"}
)
_LOCAL_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback")
_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")
_COMPATIBLE_SCRIPTS = frozenset({"LATIN", "CJK", "HIRAGANA", "KATAKANA", "HANGUL"})
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-._")


# --- host normalization ------------------------------------------------------------------------------


def _ipv4_number(part: str) -> int | None:
    """One part of an inet_aton-style IPv4 string: decimal, octal (leading 0) or hex (0x)."""
    if part == "":
        return None
    base = 10
    if part[:2] in ("0x", "0X"):
        part, base = part[2:], 16
        if part == "":
            return 0
    elif len(part) > 1 and part[0] == "0":
        part, base = part[1:], 8
    try:
        return int(part, base)
    except ValueError:
        return None


def _parse_ipv4(host: str) -> ipaddress.IPv4Address | None:
    """Read ``host`` the way inet_aton/WHATWG do (``127.1``, ``0x7f.1``, ``2130706433``); None if not IPv4."""
    parts = host.split(".")
    if len(parts) > 4:
        return None
    numbers = [_ipv4_number(p) for p in parts]
    if any(n is None for n in numbers):
        return None
    nums = [n for n in numbers if n is not None]
    if any(n > 255 for n in nums[:-1]) or nums[-1] >= 256 ** (5 - len(nums)):
        return None
    value = nums[-1]
    for i, n in enumerate(nums[:-1]):
        value += n << (8 * (3 - i))
    return ipaddress.IPv4Address(value)


def _looks_numeric(label: str) -> bool:
    return label != "" and (label.isdigit() or (label[:2] in ("0x", "0X")))


def _check_script(label: str) -> None:
    """Refuse a label that mixes scripts (``pаypal`` with a Cyrillic ``а``): the classic IDN confusable."""
    scripts: set[str] = set()
    for ch in label:
        if ch.isascii() and not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if not name or not ch.isalpha():
            continue
        scripts.add(name.split(" ")[0])
    if len(scripts) > 1 and not scripts <= _COMPATIBLE_SCRIPTS:
        raise EgressDenied(f"host label {label!r} mixes scripts ({', '.join(sorted(scripts))}): likely a confusable")


def normalize_host(host: str | bytes) -> str | IPAddress:
    """The host as a resolver reads it: an ``ip_address`` for any IP notation, else the lowercase A-label name.

    Raises ``EgressDenied`` for hosts that no resolver should be handed (bad IDNA, stray characters, empty).
    """
    raw = host.decode("ascii", "replace") if isinstance(host, bytes) else host
    text = raw.strip().strip("[]")
    if "%" in text and ":" in text:  # IPv6 zone id (raw ``%25eth0`` or ``%eth0``)
        text = text.split("%", 1)[0]
    if ":" in text:
        try:
            return ipaddress.IPv6Address(text)
        except ValueError:
            raise EgressDenied(f"invalid IPv6 host {raw!r}") from None
    if text.endswith("."):
        text = text[:-1]
    if not text:
        raise EgressDenied(f"empty host {raw!r}")
    try:
        ascii_name = idna.encode(text, uts46=True).decode("ascii")
        unicode_name = idna.decode(ascii_name)
    except (idna.IDNAError, UnicodeError) as exc:
        raise EgressDenied(f"host {raw!r} is not a valid IDNA name: {exc}") from None
    ascii_name = ascii_name.lower()
    if not set(ascii_name) <= _HOST_CHARS:
        raise EgressDenied(f"host {raw!r} contains characters no DNS name has")
    for label in unicode_name.split("."):
        if not label.isascii():
            _check_script(label)
    last = ascii_name.rsplit(".", 1)[-1]
    if _looks_numeric(last) or ascii_name.replace(".", "").isdigit():
        ip = _parse_ipv4(ascii_name)
        if ip is None:
            raise EgressDenied(f"host {raw!r} looks numeric but is not a valid IPv4 address")
        return ip
    return ascii_name


# --- address classification --------------------------------------------------------------------------


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.packed[:12] == bytes(12) and int(ip) > 1:  # deprecated IPv4-compatible ::a.b.c.d
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def address_problem(ip: IPAddress) -> str | None:
    """Why ``ip`` is not a public unicast address, or None when it is."""
    if ip in METADATA_ADDRESSES:
        return "cloud metadata address"
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.teredo is not None or ip in _NAT64_LOCAL:
            return "tunnelled IPv6 address (Teredo / local NAT64)"
        inner = _embedded_ipv4(ip)
        if inner is not None:
            problem = address_problem(inner)
            return f"IPv6 address embedding {inner} ({problem})" if problem else None
    checks = (
        ("unspecified address", ip.is_unspecified),
        ("loopback address", ip.is_loopback),
        ("link-local address", ip.is_link_local),
        ("multicast address", ip.is_multicast),
        ("shared address space (CGNAT 100.64/10)", isinstance(ip, ipaddress.IPv4Address) and ip in _CGNAT),
        ("reserved address", ip.is_reserved),
        ("private address", ip.is_private),
        ("non-global address", not ip.is_global),
    )
    for reason, hit in checks:
        if hit:
            return reason
    return None


# --- rules -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Rule:
    entry: str
    name: str | None = None  # exact or "*.suffix" A-label pattern; "*" for any
    network: IPNetwork | None = None

    def matches_name(self, host: str | IPAddress) -> bool:
        if self.network is not None:
            return not isinstance(host, str) and host.version == self.network.version and host in self.network
        if self.name == "*":
            return True
        if not isinstance(host, str) or self.name is None:
            return False
        if self.name.startswith("*."):
            return host.endswith(self.name[1:])
        return host == self.name

    def names_exact_address(self, ip: IPAddress) -> bool:
        return self.network is not None and self.network.num_addresses == 1 and ip in self.network


def _parse_rule(entry: str, field_name: str) -> _Rule:
    text = entry.strip()
    if text == "*":
        return _Rule(entry, name="*")
    try:
        return _Rule(entry, network=ipaddress.ip_network(text.strip("[]"), strict=False))
    except ValueError:
        pass
    wildcard = text.startswith("*.")
    body = text[2:] if wildcard else text
    if not body or "*" in body or "/" in body:
        raise ConfigError(f"{field_name}: {entry!r} is not a domain, '*.domain', '*', an IP or a CIDR network")
    try:
        norm = normalize_host(body)
    except EgressDenied as exc:
        raise ConfigError(f"{field_name}: {entry!r}: {exc.message}") from None
    if not isinstance(norm, str):
        if wildcard:
            raise ConfigError(f"{field_name}: {entry!r}: a wildcard cannot precede an IP address")
        return _Rule(entry, network=ipaddress.ip_network(norm))
    return _Rule(entry, name=f"*.{norm}" if wildcard else norm)


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
    _allow: tuple[_Rule, ...] = field(init=False, repr=False, compare=False)
    _block: tuple[_Rule, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        allow = tuple(_parse_rule(e, "allow_domains") for e in self.allow_domains)
        block = tuple(_parse_rule(e, "blocked_domains") for e in self.blocked_domains if e.strip() != "*")
        object.__setattr__(self, "_allow", allow)
        object.__setattr__(self, "_block", block)
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
        return bool(self._allow)

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
        shown = str(norm)
        for rule in self._block:
            if rule.matches_name(norm):
                raise EgressDenied(f"egress to {shown} denied: blocked by {rule.entry!r}")
        allowed_by = next((r for r in self._allow if r.matches_name(norm)), None)
        if allowed_by is None:
            raise EgressDenied(f"egress to {shown} denied: not in allow_domains (default deny)")
        if isinstance(norm, str) and _special_name(norm) and allowed_by.name != norm:
            raise EgressDenied(f"egress to {shown} denied: local or metadata name needs an exact allow entry")
        return norm

    def check_address(self, ip: IPAddress, *, host: str | IPAddress | None = None) -> None:
        """Refuse an address that is not public unless an allow entry (or ``allow_private``) covers it."""
        shown = f"{host} ({ip})" if host is not None and host != ip else str(ip)
        for rule in self._block:
            if rule.network is not None and ip.version == rule.network.version and ip in rule.network:
                raise EgressDenied(f"egress to {shown} denied: address blocked by {rule.entry!r}")
        problem = address_problem(ip)
        if problem is None:
            return
        if any(r.names_exact_address(ip) for r in self._allow):
            return
        if "metadata" in problem:
            raise EgressDenied(f"egress to {shown} denied: {problem}; only an allow entry naming it exactly permits it")
        if any(r.network is not None and ip.version == r.network.version and ip in r.network for r in self._allow):
            return
        if self.allow_private and problem not in ("unspecified address", "multicast address"):
            return
        raise EgressDenied(f"egress to {shown} denied: {problem}")

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


def _special_name(name: str) -> bool:
    return name in METADATA_NAMES or name in _LOCAL_NAMES or name.endswith(".localhost")


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
