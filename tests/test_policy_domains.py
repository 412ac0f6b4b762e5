"""The policy's domain rule: URL host extraction, and the same verdict as the egress guard for the same URL."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
import yaml

from corral.errors import EgressDenied
from corral.policy.builtin import BuiltinPolicy
from corral.policy.domains import DomainRule, InvalidHost, iter_urls, normalize_host, url_host
from corral.policy.engine import PolicyInput
from corral.spec.agent import AgentSpec
from corral.tools.egress import EgressPolicy

PUBLIC = "93.184.216.34"


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://Docs.Company.COM./x", "docs.company.com"),
        ("http://user:pw@kb.internal.company:8443/a", "kb.internal.company"),
        ("http://kb.internal.company@evil.com/", "evil.com"),
        ("https://bücher.de/", "xn--bcher-kva.de"),
        ("http://[::FFFF:127.0.0.1]/", "::ffff:7f00:1"),
        ("HTTP://127.0.0.1/", "127.0.0.1"),
        ("http://2130706433/", "127.0.0.1"),
        ("http://0177.0.0.1/", "127.0.0.1"),
        ("http://0x7f.1/", "127.0.0.1"),
        ("http://127.1/", "127.0.0.1"),
        ("http://[fe80::1%25eth0]/", "fe80::1"),
    ],
)
def test_url_host_is_normalized(url: str, host: str) -> None:
    assert str(url_host(url)) == host


@pytest.mark.parametrize(
    "url",
    ["http:///path", "http://evil.com\\@good.com/", "https://%65vil.com/", "http://a..b/", "http://[::1/",
     "http://256.256.256.256/", "https://p\u0430ypal.com/"],
)
def test_ambiguous_hosts_are_invalid(url: str) -> None:
    with pytest.raises(InvalidHost):
        url_host(url)


def test_patterns_are_normalized_like_hosts() -> None:
    assert normalize_host("BÜCHER.de.") == "xn--bcher-kva.de"


def check(rule: DomainRule, url: str) -> str | None:
    denial = rule.check_url(url)
    return None if denial is None else denial.code


def test_wildcard_matches_subdomains_at_any_depth_but_not_the_apex() -> None:
    rule = DomainRule.compile(("*.example.com",), ("*",))
    assert check(rule, "https://a.example.com") is None
    assert check(rule, "https://a.b.example.com") is None
    assert check(rule, "https://example.com") == "domain_not_allowed"
    assert check(rule, "https://badexample.com") == "domain_not_allowed"


def test_explicit_block_wins_over_allow() -> None:
    rule = DomainRule.compile(("*.example.com",), ("evil.example.com",))
    assert check(rule, "https://evil.example.com") == "domain_blocked"
    assert check(rule, "https://good.example.com") is None


def test_unlisted_hosts_are_denied_even_without_star_in_blocked() -> None:
    # Changed on purpose: same default as the egress guard (it used to allow unlisted hosts here).
    rule = DomainRule.compile((), ("*.evil.com",))
    assert check(rule, "https://fine.org") == "domain_not_allowed"
    assert check(rule, "https://x.evil.com") == "domain_blocked"


def test_private_ip_literal_needs_an_explicit_allow() -> None:
    rule = DomainRule.compile(("*", "10.20.0.0/16"), ())
    assert check(rule, "http://0x7f.1/") == "domain_private_address"
    assert check(rule, "http://10.20.261/") is None  # short form of 10.20.1.5, inside the allowed network
    assert check(rule, "http://10.21.0.1/") == "domain_private_address"
    denial = rule.check_url("http://2852039166/latest/meta-data")  # 169.254.169.254
    assert denial is not None and denial.host == "169.254.169.254" and "metadata" in denial.message


def test_iter_urls_walks_nested_arguments() -> None:
    args = {"a": "https://x.com", "b": [{"c": " http://y.com/p"}], "d": "not a url https://z.com", "e": 5}
    assert list(iter_urls(args)) == ["https://x.com", " http://y.com/p"]


# --- one verdict: the policy rule and the egress guard read every URL the same way -----------------------

STRICT = {"allow_domains": ("kb.internal.company", "*.company.com", "10.20.0.0/16", PUBLIC),
          "blocked_domains": ("*", "evil.company.com")}
OPEN = {"allow_domains": ("*",), "blocked_domains": ("*.pastebin.com", "8.8.8.0/24")}

SHARED: list[tuple[dict[str, Any], str, str]] = [
    # (lists, url, policy reason code or "allow")
    (STRICT, "https://kb.internal.company/search?q=1", "allow"),
    (STRICT, "https://KB.Internal.Company./a", "allow"),
    (STRICT, "http://user:pw@kb.internal.company:8443/a", "allow"),
    (STRICT, "http://kb.internal.company@evil.com/", "domain_not_allowed"),
    (STRICT, "https://docs.company.com/x", "allow"),
    (STRICT, "https://DOCS.company.com./x", "allow"),
    (STRICT, "https://evil.company.com/", "domain_blocked"),
    (STRICT, "https://company.com/", "domain_not_allowed"),
    (STRICT, "https://bücher.company.com/", "allow"),
    (STRICT, "https://xn--bcher-kva.company.com/", "allow"),
    (STRICT, "https://b\u00fccher.evil.com/", "domain_not_allowed"),
    (STRICT, "http://2130706433/", "domain_not_allowed"),
    (STRICT, "http://0177.0.0.1/", "domain_not_allowed"),
    (STRICT, "http://0x7f.1/", "domain_not_allowed"),
    (STRICT, "http://127.1/", "domain_not_allowed"),
    (STRICT, "http://[::ffff:127.0.0.1]/", "domain_not_allowed"),
    (STRICT, "http://[::ffff:10.20.1.5]/", "domain_not_allowed"),  # a v4 network entry does not admit mapped v6
    (STRICT, "http://10.20.1.5/", "allow"),
    (STRICT, "http://10.20.261/", "allow"),
    (STRICT, "http://0x0a.0x14.1.5/", "allow"),
    (STRICT, "http://1572395042/", "allow"),  # 93.184.216.34 in decimal
    (STRICT, "http://localhost/", "domain_not_allowed"),
    (OPEN, "https://example.org/", "allow"),
    (OPEN, "https://EXAMPLE.org./", "allow"),
    (OPEN, "https://x.pastebin.com/raw", "domain_blocked"),
    (OPEN, "https://X.PASTEBIN.COM./raw", "domain_blocked"),
    (OPEN, "http://134744072/", "domain_blocked"),  # 8.8.8.8 in decimal
    (OPEN, "http://2130706433/", "domain_private_address"),
    (OPEN, "http://0177.0.0.1/", "domain_private_address"),
    (OPEN, "http://0x7f.1/", "domain_private_address"),
    (OPEN, "http://127.1/", "domain_private_address"),
    (OPEN, "http://0/", "domain_private_address"),
    (OPEN, "http://[::ffff:127.0.0.1]/", "domain_private_address"),
    (OPEN, "http://[::ffff:a9fe:a9fe]/", "domain_private_address"),
    (OPEN, "http://169.254.169.254/latest/meta-data", "domain_private_address"),
    (OPEN, "http://0xa9fea9fe/", "domain_private_address"),
    (OPEN, "http://[fe80::1%25eth0]/", "domain_private_address"),
    (OPEN, "http://192.168.1.1@8.8.8.4/", "domain_blocked"),
    (OPEN, "http://example.org@127.0.0.1/", "domain_private_address"),
    (OPEN, "http://localhost/", "domain_local_name"),
    (OPEN, "http://LOCALHOST./", "domain_local_name"),
    (OPEN, "http://metadata.google.internal./computeMetadata", "domain_local_name"),
    (OPEN, "http://example.org@metadata.google.internal/", "domain_local_name"),
    (OPEN, "https://p\u0430ypal.com/", "url_invalid"),  # Cyrillic a among Latin letters
    (OPEN, "https://xn--zz.example.org/", "url_invalid"),  # invalid punycode
    (OPEN, "http://256.1.1.1/", "url_invalid"),
]


def policy_verdict(lists: dict[str, Any], url: str) -> str:
    spec = AgentSpec(name="t", allowed_tools=("Fetch",), autonomy="autonomous", **lists)
    decision = BuiltinPolicy(spec).evaluate(PolicyInput(tool="Fetch", side_effect="read", arguments={"url": url}))
    return decision.outcome if decision.outcome == "allow" else decision.reasons[0].code


def egress_verdict(lists: dict[str, Any], url: str) -> str:
    """What the egress guard says about a real request to ``url`` (every name resolves to a public address)."""
    policy = EgressPolicy(allow_domains=lists["allow_domains"], blocked_domains=lists["blocked_domains"])
    try:
        try:
            policy.check_url(url, resolver=lambda host, port: [PUBLIC])
        except httpx.InvalidURL:
            # httpx refuses to send it at all (e.g. octal "0177.0.0.1"); the guard must refuse the raw target too
            # (another client could read it as 127.0.0.1), and for the same reason as the policy.
            parts = urlsplit(url)
            policy.check_target(parts.scheme, parts.hostname or "", parts.port, lambda host, port: [PUBLIC])
    except EgressDenied as exc:
        return str(exc.context.extra.get("reason", "url_invalid"))
    return "allow"


@pytest.mark.parametrize(("lists", "url", "expected"), SHARED)
def test_policy_and_egress_guard_reach_the_same_verdict(lists: dict[str, Any], url: str, expected: str) -> None:
    assert policy_verdict(lists, url) == expected
    assert egress_verdict(lists, url) == expected


def test_policy_is_stricter_than_the_guard_only_on_ambiguous_authorities() -> None:
    # A backslash makes browsers and httpx disagree about the host: the policy refuses to guess.
    assert policy_verdict(OPEN, "http://evil.com\\@example.org/") == "url_invalid"


CORPUS = yaml.safe_load((Path(__file__).parent / "data" / "egress_hostile.yaml").read_text())
CORPUS_CASES = [
    c for c in CORPUS["hostile"] + CORPUS["allowed"]
    if c["url"].lower().startswith(("http://", "https://")) and not c.get("policy", {}).get("allow_private")
]


@pytest.mark.parametrize("case", CORPUS_CASES, ids=lambda c: str(c["name"]))
def test_policy_reads_the_egress_corpus_like_the_guard(case: dict[str, Any]) -> None:
    """Every http(s) URL of the guard's hostile corpus, host-level only (every name resolves publicly here:
    DNS answers and redirects are the guard's alone): the policy reaches the guard's verdict and reason."""
    lists = case.get("policy", CORPUS["defaults"]["policy"])
    lists = {"allow_domains": tuple(lists.get("allow_domains", ())),
             "blocked_domains": tuple(lists.get("blocked_domains", ("*",)))}
    assert policy_verdict(lists, case["url"]) == egress_verdict(lists, case["url"])
