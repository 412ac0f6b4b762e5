"""presidio's phone test, python-phonenumbers' matcher in each region, with the region-free work done once.

``PhoneRecognizer`` runs ``PhoneNumberMatcher(text, region, leniency=VALID)`` for each of its regions. In every
region the matcher looks at the same candidates in the same order (the candidate pattern, the date and
time-stamp rules, the inner groups it tries when a whole candidate fails); only the parse of a candidate depends
on the region, and the first candidate that parses and verifies is the match. So :func:`phone_span` lists the
candidates once (the matcher with its parse step recorded, not run) and then, region by region, asks the
matcher's own parse-and-verify step about each, remembering the answer: a candidate's answer depends only on
its text, the characters just before and after it, and the region, and it recurs in neighbouring windows and in
later tool output (the numbers of a table, a signature's phone).

The matcher's ``_find`` and ``_parse_and_verify`` are private to python-phonenumbers; if they are missing, the
public matcher runs region by region as presidio runs it. ``tests/test_guards_phone.py`` holds the two to the same
spans.
"""

from __future__ import annotations

import functools
from typing import Any

from phonenumbers import Leniency, PhoneNumberMatcher

__all__ = ["phone_span", "reference_phone_span"]

_PARSE_AND_VERIFY = getattr(PhoneNumberMatcher, "_parse_and_verify", None)
_PRIVATE_API = _PARSE_AND_VERIFY is not None and hasattr(PhoneNumberMatcher, "_find")


class _Candidates(PhoneNumberMatcher):  # type: ignore[misc]
    """The matcher with its parse step recorded instead of run: every candidate it would parse, in order."""

    def __init__(self, text: str) -> None:
        super().__init__(text, "US", leniency=Leniency.VALID)
        self.seen: list[tuple[str, int]] = []

    def _parse_and_verify(self, candidate: str, offset: int) -> None:
        self.seen.append((candidate, offset))
        return None


@functools.lru_cache(maxsize=4096)
def reference_phone_span(cand: str, regions: tuple[str, ...]) -> tuple[int, int] | None:
    """presidio's PhoneRecognizer test: python-phonenumbers' matcher (leniency VALID) in each region; the span
    of the first number found inside ``cand``, or None."""
    for region in regions:
        for m in PhoneNumberMatcher(cand, region, leniency=Leniency.VALID):
            return int(m.start), int(m.end)
    return None


@functools.lru_cache(maxsize=4096)
def phone_span(cand: str, regions: tuple[str, ...]) -> tuple[int, int] | None:
    """The same answer as :func:`reference_phone_span`, with the candidates listed once for all regions."""
    if not _PRIVATE_API:
        return reference_phone_span(cand, regions)
    listing = _Candidates(cand)
    listing._find(0)
    n = len(cand)
    seen = [(c, off, cand[off - 1] if off > 0 else "", cand[off + len(c)] if off + len(c) < n else "")
            for c, off in listing.seen]
    for region in regions:
        for c, off, before, after in seen:
            if _verified(c, before, after, region):
                return off, off + len(c)
    return None


@functools.lru_cache(maxsize=65_536)
def _verified(candidate: str, before: str, after: str, region: str) -> bool:
    """The matcher's parse-and-verify step on ``candidate`` framed by ``before`` and ``after`` (the only
    characters around a candidate the step reads)."""
    matcher = PhoneNumberMatcher(before + candidate + after, region, leniency=Leniency.VALID)
    match: Any = _PARSE_AND_VERIFY(matcher, candidate, len(before))  # type: ignore[misc]
    return match is not None

