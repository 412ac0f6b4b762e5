"""The hostile egress corpus (tests/data/egress_hostile.yaml): 0 escapes, and the allowed cases pass."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import idna
import pytest
import yaml

from corral.errors import EgressDenied
from corral.tools.egress import EgressPolicy, egress_client

CORPUS = yaml.safe_load((Path(__file__).parent.parent / "data" / "egress_hostile.yaml").read_text())
DEFAULTS: dict[str, Any] = CORPUS["defaults"]
HTTPX_REFUSALS = (httpx.InvalidURL, httpx.UnsupportedProtocol, idna.IDNAError)


@dataclass
class Inner:
    """The network stand-in: records every request that got past the guard, answers redirects from the map."""

    redirects: dict[str, str]
    seen: list[str] = field(default_factory=list)
    pinned: list[str] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        logical = f"{request.url.scheme}://{request.headers['host']}{request.url.raw_path.decode()}"
        self.seen.append(logical)
        self.pinned.append(request.url.host)
        if logical in self.redirects:
            return httpx.Response(302, headers={"Location": self.redirects[logical]})
        return httpx.Response(200, text="reached")


def _resolver(extra: dict[str, list[str]]) -> Any:
    table = {**DEFAULTS["resolve"], **extra}

    def resolve(host: str, port: int) -> list[str]:
        if host not in table:
            raise OSError(f"NXDOMAIN {host}")
        return list(table[host])

    return resolve


def _setup(case: dict[str, Any]) -> tuple[EgressPolicy, Any, Inner]:
    policy = EgressPolicy.from_dict(case.get("policy", DEFAULTS["policy"]))
    return policy, _resolver(case.get("resolve", {})), Inner(case.get("redirects", {}))


def _refused_statically(policy: EgressPolicy, url: str, resolver: Any) -> bool:
    """httpx would not even send it; the guard must refuse the raw target too (other callers parse differently)."""
    parts = urlsplit(url)
    try:
        policy.check_target(parts.scheme, parts.hostname or "", parts.port, resolver)
    except EgressDenied:
        return True
    return False


def run_hostile(case: dict[str, Any]) -> str:
    """'denied', 'escaped' or a named refusal."""
    policy, resolver, inner = _setup(case)
    expect = case.get("expect", "deny")
    outcome = "escaped"
    with egress_client(policy, resolver=resolver, inner=httpx.MockTransport(inner)) as client:
        try:
            client.get(case["url"])
        except EgressDenied:
            outcome = "denied"
        except httpx.TooManyRedirects:
            outcome = "too_many_redirects" if expect == "too_many_redirects" else "escaped"
        except HTTPX_REFUSALS:
            last = inner.seen and inner.redirects.get(inner.seen[-1]) or case["url"]
            outcome = "httpx_refused" if _refused_statically(policy, last, resolver) else "escaped"
    if any(hop not in inner.redirects for hop in inner.seen):
        outcome = "escaped"  # a hop that is not an allowed redirect source reached the network
    return outcome


HOSTILE = CORPUS["hostile"]
ALLOWED = CORPUS["allowed"]


def test_corpus_is_large_enough() -> None:
    assert len(HOSTILE) >= 40


@pytest.mark.parametrize("case", HOSTILE, ids=[c["name"] for c in HOSTILE])
def test_hostile_case_is_refused(case: dict[str, Any]) -> None:
    assert run_hostile(case) != "escaped"


def test_zero_escapes_over_the_whole_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    outcomes = {c["name"]: run_hostile(c) for c in HOSTILE}
    escapes = [name for name, o in outcomes.items() if o == "escaped"]
    with capsys.disabled():
        print(f"\negress corpus: {len(HOSTILE)} hostile cases, {len(escapes)} escapes, "
              f"{sum(o == 'httpx_refused' for o in outcomes.values())} refused by httpx's parser first")
    assert escapes == []


@pytest.mark.parametrize("case", ALLOWED, ids=[c["name"] for c in ALLOWED])
def test_allowed_case_passes_pinned_to_the_checked_address(case: dict[str, Any]) -> None:
    policy, resolver, inner = _setup(case)
    with egress_client(policy, resolver=resolver, inner=httpx.MockTransport(inner)) as client:
        response = client.get(case["url"])
    assert response.text == "reached"
    assert inner.pinned[-1] == case["pinned"]
