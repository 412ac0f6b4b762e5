"""Domain allow/deny lists for URL-bearing tool arguments.

Hosts and patterns are normalized the same way before matching: lowercase, IDNA (punycode) for non-ASCII names,
trailing dot dropped, userinfo and port ignored, IP literals in their canonical form. ``*.example.com`` matches
every subdomain at any depth but not ``example.com`` itself; ``*`` matches everything.

This checks what the model *asks for*; the egress guard in the tool proxy still checks every connection
(DNS answers, redirects), so this list is a first, cheap line of defence and not the only one.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import idna

__all__ = ["DomainMatcher", "InvalidHost", "iter_urls", "normalize_host"]

_ASCII_HOST = re.compile(r"^[a-z0-9_.\-]+$")
_URL_PREFIXES = ("http://", "https://")


class InvalidHost(ValueError):
    """A URL whose host cannot be normalized (treated as a deny by callers)."""


def normalize_host(host: str) -> str:
    """Canonical form of a host name or IP literal; raises InvalidHost for anything ambiguous."""
    h = host.strip().lower()
    if h.startswith("[") and h.endswith("]"):
        h = h[1:-1]
    if h.endswith("."):
        h = h[:-1]
    if not h:
        raise InvalidHost("empty host")
    try:
        return str(ipaddress.ip_address(h))
    except ValueError:
        pass
    if not h.isascii():
        try:
            h = idna.encode(h, uts46=True).decode("ascii")
        except idna.IDNAError as exc:
            raise InvalidHost(f"invalid international host {host!r}: {exc}") from None
    if not _ASCII_HOST.match(h) or ".." in h or h.startswith("."):
        raise InvalidHost(f"invalid host {host!r}")
    return h


def url_host(url: str) -> str:
    """The normalized host of an http(s) URL (userinfo and port dropped)."""
    parts = urlsplit(url.strip())
    if "\\" in parts.netloc or any(c.isspace() for c in parts.netloc):
        raise InvalidHost(f"ambiguous authority in {url!r}")
    if parts.hostname is None:
        raise InvalidHost(f"no host in {url!r}")
    return normalize_host(parts.hostname)


def iter_urls(value: Any) -> Iterator[str]:
    """Every string in ``value`` (recursively through dicts and lists) that is an http(s) URL."""
    if isinstance(value, str):
        if value[:8].lstrip().lower().startswith(_URL_PREFIXES):
            yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from iter_urls(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from iter_urls(item)


@dataclass(frozen=True, slots=True)
class _Patterns:
    exact: frozenset[str]
    suffixes: tuple[str, ...]  # ".example.com" for "*.example.com"
    any: bool

    @classmethod
    def compile(cls, patterns: tuple[str, ...]) -> _Patterns:
        exact: set[str] = set()
        suffixes: list[str] = []
        match_all = False
        for raw in patterns:
            p = raw.strip()
            if p == "*":
                match_all = True
            elif p.startswith("*."):
                suffixes.append("." + normalize_host(p[2:]))
            else:
                exact.add(normalize_host(p))
        return cls(frozenset(exact), tuple(suffixes), match_all)

    def match(self, host: str) -> bool:
        return self.any or host in self.exact or host.endswith(self.suffixes)


@dataclass(frozen=True, slots=True)
class DomainMatcher:
    """Allow/deny lists compiled once. Order of precedence: an explicit blocked pattern wins; then an allow
    pattern; then ``*`` in the blocked list makes everything else a deny (default deny)."""

    allow: _Patterns
    blocked: _Patterns

    @classmethod
    def compile(cls, allow: tuple[str, ...], blocked: tuple[str, ...]) -> DomainMatcher:
        return cls(_Patterns.compile(allow), _Patterns.compile(blocked))

    @property
    def active(self) -> bool:
        return bool(self.blocked.any or self.blocked.exact or self.blocked.suffixes)

    def check(self, host: str) -> str | None:
        """None when ``host`` (normalized) may be used, else the reason code."""
        if host in self.blocked.exact or host.endswith(self.blocked.suffixes):
            return "domain_blocked"
        if self.allow.match(host):
            return None
        return "domain_not_allowed" if self.blocked.any else None
