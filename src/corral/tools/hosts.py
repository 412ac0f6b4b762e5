"""Host normalization and allow/block list matching: the one implementation behind both the egress guard
(``corral.tools.egress``, every real connection) and the policy's domain rule (``corral.policy.domains``,
URL-bearing tool arguments). Pure: no DNS, no network, no httpx.

    rules = HostRules.compile(allow=("kb.internal.company", "10.20.0.0/16"), blocked=("*",))
    rules.check_literal("0x7f.1")   # Denial("domain_private_address", "loopback address")

Normalization (``normalize_host``) reads a host the way a resolver would: lowercase, one trailing dot stripped,
IDNA/UTS-46 to the A-label (invalid punycode and mixed-script labels refused), every IPv4 notation the C library
accepts (``2130706433``, ``0177.0.0.1``, ``0x7f.1``, ``127.1``) read as the address it denotes, IPv6 zone ids
dropped. Matching (``HostRules``): an explicit blocked entry (anything but ``"*"``) wins; then an allow entry;
otherwise deny — the default is deny whether or not ``blocked_domains`` says ``"*"``.
"""

from __future__ import annotations

import functools
import ipaddress
import re
import unicodedata
from dataclasses import dataclass

import idna

from corral.errors import ConfigError, EgressDenied

__all__ = [
    "METADATA_ADDRESSES",
    "METADATA_NAMES",
    "Denial",
    "HostRules",
    "IPAddress",
    "IPNetwork",
    "address_problem",
    "normalize_host",
]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

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
# Plain LDH names (labels of 1-63 letters, digits and inner hyphens; no "--" anywhere, so no A-label): IDNA/UTS-46
# is the identity on them, so they skip the idna library, which costs ~30 us a call.
_LDH_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_PLAIN_NAME = re.compile(rf"(?:{_LDH_LABEL}\.)*{_LDH_LABEL}")


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


def _idna_name(text: str, raw: str) -> str:
    """``text`` to its lowercase A-label form through IDNA/UTS-46, with the mixed-script check."""
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
    return ascii_name


@functools.lru_cache(maxsize=1024)
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
    lowered = text.lower() if text.isascii() else ""
    if lowered and len(lowered) <= 253 and "--" not in lowered and _PLAIN_NAME.fullmatch(lowered):
        ascii_name = lowered
    else:
        ascii_name = _idna_name(text, raw)
    last = ascii_name.rsplit(".", 1)[-1]
    if _looks_numeric(last) or ascii_name.replace(".", "").isdigit():
        ip = _parse_ipv4(ascii_name)
        if ip is None:
            raise EgressDenied(f"host {raw!r} looks numeric but is not a valid IPv4 address")
        return ip
    return ascii_name


def special_name(name: str) -> bool:
    """``localhost`` and cloud metadata names: reachable only through an allow entry naming them exactly."""
    return name in METADATA_NAMES or name in _LOCAL_NAMES or name.endswith(".localhost")


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
class Rule:
    """One ``allow_domains`` / ``blocked_domains`` entry, compiled."""

    entry: str
    name: str | None = None  # exact or "*.suffix" A-label pattern; "*" for any
    network: IPNetwork | None = None

    def matches_name(self, host: str | IPAddress) -> bool:
        if self.name == "*":
            return True
        if self.network is not None:
            return not isinstance(host, str) and host.version == self.network.version and host in self.network
        if not isinstance(host, str) or self.name is None:
            return False
        if self.name.startswith("*."):
            return host.endswith(self.name[1:])
        return host == self.name

    def contains(self, ip: IPAddress) -> bool:
        return self.network is not None and ip.version == self.network.version and ip in self.network

    def names_exact_address(self, ip: IPAddress) -> bool:
        return self.network is not None and self.network.num_addresses == 1 and ip in self.network


def parse_rule(entry: str, field_name: str) -> Rule:
    """Compile one list entry; ``ConfigError`` (naming ``field_name``) for anything that is not a pattern."""
    text = entry.strip()
    if text == "*":
        return Rule(entry, name="*")
    try:
        return Rule(entry, network=ipaddress.ip_network(text.strip("[]"), strict=False))
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
        return Rule(entry, network=ipaddress.ip_network(norm))
    return Rule(entry, name=f"*.{norm}" if wildcard else norm)


@dataclass(frozen=True, slots=True)
class Denial:
    """Why a host or address is refused: a stable reason code and a one-line detail (no path, no query)."""

    code: str  # domain_blocked | domain_not_allowed | domain_local_name | domain_private_address
    detail: str


@dataclass(frozen=True, slots=True)
class HostRules:
    """``allow_domains`` / ``blocked_domains`` compiled once. Default deny; see the module docstring."""

    allow: tuple[Rule, ...]
    block: tuple[Rule, ...]  # the bare "*" dropped: it restates the default

    @classmethod
    def compile(cls, allow: tuple[str, ...], blocked: tuple[str, ...]) -> HostRules:
        return cls(tuple(parse_rule(e, "allow_domains") for e in allow),
                   tuple(parse_rule(e, "blocked_domains") for e in blocked if e.strip() != "*"))

    def check_name(self, norm: str | IPAddress) -> Denial | None:
        """Match a normalized host (name or IP literal) against the lists; None when an allow entry admits it."""
        for rule in self.block:
            if rule.matches_name(norm):
                return Denial("domain_blocked", f"blocked by {rule.entry!r}")
        allowed_by = next((r for r in self.allow if r.matches_name(norm)), None)
        if allowed_by is None:
            return Denial("domain_not_allowed", "not in allow_domains (default deny)")
        if isinstance(norm, str) and special_name(norm) and allowed_by.name != norm:
            return Denial("domain_local_name", "local or metadata name needs an exact allow entry")
        return None

    def check_address(self, ip: IPAddress, *, allow_private: bool = False) -> Denial | None:
        """Refuse an address that is blocked, or not public unless an allow entry (or ``allow_private``) covers it."""
        for rule in self.block:
            if rule.contains(ip):
                return Denial("domain_blocked", f"address blocked by {rule.entry!r}")
        problem = address_problem(ip)
        if problem is None or any(r.names_exact_address(ip) for r in self.allow):
            return None
        if "metadata" in problem:
            return Denial("domain_private_address", f"{problem}; only an allow entry naming it exactly permits it")
        if any(r.contains(ip) for r in self.allow):
            return None
        if allow_private and problem not in ("unspecified address", "multicast address"):
            return None
        return Denial("domain_private_address", problem)

    def check_literal(self, norm: str | IPAddress, *, allow_private: bool = False) -> Denial | None:
        """Everything decidable from the host text alone: the lists, and for an IP literal its address class.
        (A name's addresses are only known after DNS, which the egress guard checks per connection.)"""
        denial = self.check_name(norm)
        if denial is None and not isinstance(norm, str):
            denial = self.check_address(norm, allow_private=allow_private)
        return denial
