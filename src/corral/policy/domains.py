"""The policy's domain rule: every http(s) URL in a tool call's arguments must pass ``allow_domains`` /
``blocked_domains``.

Only the policy-specific part lives here (finding URLs in arguments, taking their host, producing reason codes).
Normalization and matching are ``corral.tools.hosts``, the same code the egress guard runs on every connection,
so a URL argument the policy allows is read the same way by the guard: ``http://2130706433/``, ``0x7f.1`` and
``[::ffff:127.0.0.1]`` are 127.0.0.1 to both. Semantics are the guard's: an explicit blocked entry wins, then an
allow entry, otherwise deny (``blocked_domains: ["*"]`` restates that default). An IP literal that is private,
loopback, link-local, metadata, ... is ``domain_private_address`` unless an allow entry covers it. Names are not
resolved here: DNS answers and redirects are checked by the egress guard per connection.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from corral.errors import EgressDenied
from corral.tools.hosts import HostRules, IPAddress, normalize_host

__all__ = ["DomainRule", "InvalidHost", "UrlDenial", "iter_urls", "normalize_host", "url_host"]

_URL_PREFIXES = ("http://", "https://")


class InvalidHost(ValueError):
    """A URL whose host cannot be normalized (a ``url_invalid`` deny)."""


def url_host(url: str) -> str | IPAddress:
    """The normalized host of an http(s) URL (userinfo and port dropped; IP notations read as addresses)."""
    try:
        parts = urlsplit(url.strip())
        hostname = parts.hostname
    except ValueError as exc:  # e.g. an unclosed "[" IPv6 literal
        raise InvalidHost(f"unparseable URL: {exc}") from None
    if "\\" in parts.netloc or any(c.isspace() for c in parts.netloc):
        raise InvalidHost("ambiguous authority (backslash or whitespace)")
    if not hostname:
        raise InvalidHost("no host")
    try:
        return normalize_host(hostname)
    except EgressDenied as exc:
        raise InvalidHost(exc.message) from None


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
class UrlDenial:
    code: str  # url_invalid | domain_blocked | domain_not_allowed | domain_local_name | domain_private_address
    message: str
    host: str | None


@dataclass(frozen=True, slots=True)
class DomainRule:
    """The spec's domain lists, compiled once into the shared ``HostRules``."""

    rules: HostRules

    @classmethod
    def compile(cls, allow: tuple[str, ...], blocked: tuple[str, ...]) -> DomainRule:
        """Raises ``ConfigError`` for an entry that is not a domain, ``*.domain``, ``*``, an IP or a CIDR."""
        return cls(HostRules.compile(allow, blocked))

    def check_url(self, url: str) -> UrlDenial | None:
        """None when the URL's host may be used, else why not."""
        try:
            host = url_host(url)
        except InvalidHost as exc:
            return UrlDenial("url_invalid", f"a URL argument has no usable host: {exc}", None)
        denial = self.rules.check_literal(host)
        if denial is None:
            return None
        return UrlDenial(denial.code, f"the URL host {host} is denied by the agent's domain lists: {denial.detail}",
                         str(host))

    def check_arguments(self, arguments: dict[str, Any]) -> UrlDenial | None:
        """The first denial among the URLs anywhere in ``arguments``, or None."""
        for url in iter_urls(arguments):
            denial = self.check_url(url)
            if denial is not None:
                return denial
        return None
