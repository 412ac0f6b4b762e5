from __future__ import annotations

import pytest

from corral.policy.domains import DomainMatcher, InvalidHost, iter_urls, normalize_host, url_host


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://Docs.Company.COM./x", "docs.company.com"),
        ("http://user:pw@kb.internal.company:8443/a", "kb.internal.company"),
        ("http://kb.internal.company@evil.com/", "evil.com"),
        ("https://bücher.de/", "xn--bcher-kva.de"),
        ("http://[::FFFF:127.0.0.1]/", "::ffff:7f00:1"),
        ("HTTP://127.0.0.1/", "127.0.0.1"),
    ],
)
def test_url_host_is_normalized(url: str, host: str) -> None:
    assert url_host(url) == host


@pytest.mark.parametrize("url", ["http:///path", "http://evil.com\\@good.com/", "https://%65vil.com/", "http://a..b/"])
def test_ambiguous_hosts_are_invalid(url: str) -> None:
    with pytest.raises(InvalidHost):
        url_host(url)


def test_patterns_are_normalized_like_hosts() -> None:
    assert normalize_host("BÜCHER.de.") == "xn--bcher-kva.de"


def test_wildcard_matches_subdomains_at_any_depth_but_not_the_apex() -> None:
    m = DomainMatcher.compile(("*.example.com",), ("*",))
    assert m.check("a.example.com") is None
    assert m.check("a.b.example.com") is None
    assert m.check("example.com") == "domain_not_allowed"
    assert m.check("badexample.com") == "domain_not_allowed"


def test_explicit_block_wins_over_allow() -> None:
    m = DomainMatcher.compile(("*.example.com",), ("evil.example.com",))
    assert m.check("evil.example.com") == "domain_blocked"
    assert m.check("good.example.com") is None


def test_without_default_deny_unlisted_hosts_pass() -> None:
    m = DomainMatcher.compile((), ("*.evil.com",))
    assert m.check("fine.org") is None
    assert m.check("x.evil.com") == "domain_blocked"


def test_iter_urls_walks_nested_arguments() -> None:
    args = {"a": "https://x.com", "b": [{"c": " http://y.com/p"}], "d": "not a url https://z.com", "e": 5}
    assert list(iter_urls(args)) == ["https://x.com", " http://y.com/p"]
