"""corral.tools.hosts: the shared normalizer and matcher (the egress guard and the policy's domain rule)."""

from __future__ import annotations

import ipaddress

import pytest

from corral.errors import ConfigError, EgressDenied
from corral.tools.hosts import HostRules, _idna_name, normalize_host


@pytest.mark.parametrize(
    "name",
    ["example.com", "EXAMPLE.com", "a-b.c-d.example", "x1.y2.z3", "a" * 63 + ".com", "kb.internal.company",
     "0day.example", "9gag.com"],
)
def test_plain_name_fast_path_agrees_with_idna(name: str) -> None:
    normalize_host.cache_clear()
    assert normalize_host(name) == _idna_name(name, name)


@pytest.mark.parametrize(
    "name", ["-a.com", "a-.com", "ab--c.com", "xn--zz.com", "a" * 64 + ".com", ".".join(["a" * 60] * 5), "a_b.com"]
)
def test_names_outside_the_fast_path_get_the_idna_verdict(name: str) -> None:
    try:
        expected: str | None = _idna_name(name, name)
    except EgressDenied:
        expected = None
    try:
        got: object = normalize_host(name)
    except EgressDenied:
        got = None
    assert got == expected


def test_rules_precedence_and_default_deny() -> None:
    rules = HostRules.compile(("*.example.com", "10.0.0.0/8"), ("bad.example.com",))
    assert rules.check_name("a.example.com") is None
    denial = rules.check_name("bad.example.com")
    assert denial is not None and denial.code == "domain_blocked"
    other = rules.check_name("other.org")
    assert other is not None and other.code == "domain_not_allowed"
    assert rules.check_literal(ipaddress.ip_address("10.1.2.3")) is None
    assert HostRules.compile((), ()).check_name("example.com") is not None  # no "*" needed for default deny


def test_invalid_entry_is_a_config_error_naming_the_field() -> None:
    with pytest.raises(ConfigError, match="blocked_domains"):
        HostRules.compile((), ("bad host.com",))
