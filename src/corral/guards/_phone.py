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
import re
import unicodedata
from typing import Any

from phonenumbers import (
    COUNTRY_CODE_TO_REGION_CODE,
    COUNTRY_CODES_FOR_NON_GEO_REGIONS,
    SUPPORTED_REGIONS,
    Leniency,
    PhoneMetadata,
    PhoneNumberMatcher,
    country_code_for_region,
    phonenumberutil,
    region_code_for_country_code,
    region_codes_for_country_code,
)

__all__ = ["phone_span", "reference_phone_span"]

_PARSE_AND_VERIFY = getattr(PhoneNumberMatcher, "_parse_and_verify", None)
_FIRST_GROUP_ONLY: Any = getattr(phonenumberutil, "_formatting_rule_has_first_group_only", None)
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
    digits = [_digits(c) for c, _, _, _ in seen]
    international = [_international(c, normalized) for (c, _, _, _), (_, normalized, _) in zip(seen, digits, strict=True)]
    for region in regions:
        for (c, off, before, after), (count, normalized, plus), whole in zip(seen, digits, international, strict=True):
            if count >= _least(region, normalized, plus) and _national_fit(region, c, normalized, plus) \
                    and _verified(c, before, after, _ANY_REGION if whole else region):
                return off, off + len(c)
    return None


_START = re.compile("[+\uff0b\\d]")  # python-phonenumbers' first character of a number: a plus sign or a digit
_ANY_REGION = "US"  # where the region cannot matter, one key for all


def _international(candidate: str, digits: str) -> bool:
    """Whether ``candidate`` (its decimal ``digits``, none if it has letters) is read as written internationally:
    a plus sign before its first digit, then a known country code. Then the country code comes from the number and
    the default region is never consulted (parse, validity and the national-prefix test alike): one parse answers
    for every region. (After a plus sign with no known country code, python-phonenumbers tries the digits again
    without it, as the default region reads them.)"""
    m = _START.search(candidate)
    if m is None or m.group() not in "+\uff0b" or not digits or digits[0] == "0":
        return False
    return any(int(digits[:i]) in COUNTRY_CODE_TO_REGION_CODE for i in range(1, min(3, len(digits)) + 1))


def _digits(candidate: str) -> tuple[int, str, bool]:
    """The decimal digits in ``candidate`` (any script's): how many, as ASCII, and whether a plus sign is there.
    A candidate with a letter gets a count no bound rejects (python-phonenumbers reads letters as digits in vanity
    numbers, and "ext" starts an extension)."""
    if any(ch.isalpha() for ch in candidate):
        return 1 << 30, "", True
    normalized = "".join(str(unicodedata.decimal(ch)) for ch in candidate if ch.isdecimal())
    return len(normalized), normalized, "+" in candidate or "\uff0b" in candidate


def _least(region: str, digits: str, plus: bool) -> int:
    """The fewest digits a candidate with these ``digits`` (and a plus sign or not) needs to parse and verify with
    ``region`` as the default region: the national bound, unless the number may be written internationally (a
    plus sign, or digits that start with the region's international dialling prefix)."""
    national, international, idd = _bounds(region)
    if plus or idd is None or idd.match(digits) is not None:
        return min(national, international)
    return national


_EXTENSION_MARKS = frozenset("#,;")  # "123#", ",,12", ";12": an extension python-phonenumbers cuts off the end


def _national_fit(region: str, candidate: str, digits: str, plus: bool) -> bool:
    """False only when ``candidate`` cannot parse and verify with ``region`` as the default region: written
    nationally (no plus sign, no international dialling prefix, no letters, no extension), its national significant
    number is a suffix of its ``digits`` (the national prefix or the country code, if any, is cut off the front, and
    ``region`` has no transform rule that adds digits), and ``is_valid_number`` requires that number to match the
    general pattern, at one of the possible lengths, of a region that shares ``region``'s country code. Half the
    parses of new tool output failed this test (dates, amounts and identifiers in the US's or Britain's shape);
    a third of the rest lack a national prefix their format needs (:func:`_prefix_missing`)."""
    if plus or not _EXTENSION_MARKS.isdisjoint(candidate):
        return True
    idd = _bounds(region)[2]
    if idd is None or idd.match(digits) is not None:
        return True
    fits = _national_patterns(region)
    return (fits is None or _suffix_fits(fits, digits)) and not _prefix_missing(region, digits)


@functools.lru_cache(maxsize=4096)
def _prefix_missing(region: str, digits: str) -> bool:
    """True only when ``digits``, written nationally in ``region``, lack a national prefix the leniency VALID
    requires: the matcher's last test (``_is_national_prefix_present_if_required``) rejects a number read with the
    default region's country code whose format rule (the main region's first format that fits its national
    significant number) puts a national prefix in front that is neither optional nor its first group alone,
    unless the prefix opens the raw digits. Such a number is read that way when it neither starts with the country
    code nor opens with the region's own national prefix (so nothing is cut, and the national significant number
    is the digits themselves). Germany's and Britain's numbers written without their 0 (dates, amounts,
    identifiers) fail here without a parse."""
    rule = _prefix_rule(region)
    if rule is None or not digits:
        return False
    code, prefixes, formats = rule
    if digits.startswith(code) or any(p.match(digits) is not None for p in prefixes):
        return False
    for leading, pattern, needs_prefix in formats:  # python-phonenumbers' choice of format, precompiled
        if (leading is None or leading.match(digits) is not None) and pattern.fullmatch(digits) is not None:
            return needs_prefix
    return False


@functools.lru_cache(maxsize=64)
def _prefix_rule(region: str) -> tuple[str, tuple[re.Pattern[str], ...],
                                       tuple[tuple[re.Pattern[str] | None, re.Pattern[str], bool], ...]] | None:
    """``region``'s country code, the national prefixes that may open a number (its own, which parsing cuts,
    and its country code's main region's, which the test reads), and the main region's number formats (the
    last leading-digits pattern, the pattern, whether the national prefix is required); None when the region has
    no metadata or python-phonenumbers' helper is missing."""
    metadata = PhoneMetadata.metadata_for_region(region)
    main = _main_metadata(country_code_for_region(region)) if metadata is not None else None
    if _FIRST_GROUP_ONLY is None or metadata is None or main is None:
        return None
    prefixes = tuple(re.compile(m.national_prefix_for_parsing) for m in (metadata, main)
                     if m.national_prefix_for_parsing)
    formats = tuple((re.compile(f.leading_digits_pattern[-1]) if f.leading_digits_pattern else None,
                     re.compile(f.pattern),
                     bool(f.national_prefix_formatting_rule) and not f.national_prefix_optional_when_formatting
                     and not _FIRST_GROUP_ONLY(f.national_prefix_formatting_rule))
                    for f in main.number_format)
    return str(metadata.country_code), prefixes, formats


@functools.lru_cache(maxsize=4096)
def _suffix_fits(fits: tuple[tuple[int, re.Pattern[str]], ...], digits: str) -> bool:
    n = len(digits)
    return any(pattern.fullmatch(digits, n - length) is not None for length, pattern in fits if length <= n)


@functools.lru_cache(maxsize=64)
def _national_patterns(region: str) -> tuple[tuple[int, re.Pattern[str]], ...] | None:
    """Per possible length of a national significant number of ``region``'s country code, the general patterns of
    the regions that allow it, as one pattern; None when the suffix test does not hold for ``region`` (a transform
    rule, or a region that lists no lengths)."""
    code = country_code_for_region(region)
    # a transform rule may add digits or drop some from the middle (a mobile token after the area code)
    if code == 0 or any(m is None or m.national_prefix_transform_rule for m in (
            PhoneMetadata.metadata_for_region(region), _main_metadata(code))):
        return None
    by_length: dict[int, list[str]] = {}
    for r in region_codes_for_country_code(code):
        metadata = PhoneMetadata.metadata_for_region(r)
        desc = metadata.general_desc if metadata is not None else None
        if desc is None or not desc.possible_length or desc.national_number_pattern is None:
            return None
        for length in desc.possible_length:
            by_length.setdefault(length, []).append(desc.national_number_pattern)
    return tuple((length, re.compile("|".join(f"(?:{p})" for p in dict.fromkeys(patterns))))
                 for length, patterns in sorted(by_length.items()))


@functools.lru_cache(maxsize=64)
def _bounds(region: str) -> tuple[int, int, re.Pattern[str] | None]:
    """Lower bounds on the digits of a candidate that parses and verifies (leniency VALID) with ``region`` as the
    default region: written nationally, written internationally; and the region's international dialling prefix.
    Fewer digits need no parse (seven in ten of the parses new tool output asked for).

    A number written nationally belongs to one of the regions that share ``region``'s country code; one written
    internationally (a plus sign or an international dialling prefix) to any country, and its digits include the
    country code. Either way its national significant number is made of the candidate's digits, plus the literal
    digits a national-prefix transform rule may add (the region's own, or its country code's main region's:
    the metadata parse reads), and ``is_valid_number`` accepts it only if its length is one of its region's
    ``possible_length``s (the general description's, which every number type's lengths fall within). A region
    whose metadata lists no lengths leaves no bound (0)."""
    code = country_code_for_region(region)
    metadata = PhoneMetadata.metadata_for_region(region)
    if code == 0 or metadata is None:
        return 0, 0, None
    added = max(_added_digits(metadata), _added_digits(_main_metadata(code)))
    national = [_shortest(PhoneMetadata.metadata_for_region(r)) for r in region_codes_for_country_code(code)]
    codes = {country_code_for_region(r) for r in SUPPORTED_REGIONS} | set(COUNTRY_CODES_FOR_NON_GEO_REGIONS)
    international = []
    for c in codes:
        regions = region_codes_for_country_code(c)
        lengths = [_shortest(PhoneMetadata.metadata_for_region(r)) for r in regions if r != "001"]
        if "001" in regions:
            lengths.append(_shortest(PhoneMetadata.metadata_for_nongeo_region(c)))
        if None in lengths or not lengths:
            return 0, 0, None
        international.append(len(str(c)) + min(n for n in lengths if n is not None) - _added_digits(_main_metadata(c)))
    if None in national:
        return 0, 0, None
    idd = re.compile(metadata.international_prefix) if metadata.international_prefix else None
    return (max(0, min(n for n in national if n is not None) - added), max(0, min(international)), idd)


def _main_metadata(code: int) -> Any:
    """The metadata python-phonenumbers parses a number of country code ``code`` with (its main region's)."""
    main = region_code_for_country_code(code)
    return PhoneMetadata.metadata_for_nongeo_region(code) if main == "001" else PhoneMetadata.metadata_for_region(main)


def _added_digits(metadata: Any) -> int:
    """The most digits a region's national-prefix transform rule adds (its literal digits; ``\\1`` and the like
    only move digits that were there)."""
    rule = (metadata.national_prefix_transform_rule if metadata is not None else None) or ""
    return sum(ch.isdigit() for ch in re.sub(r"\\\d", "", rule))


def _shortest(metadata: Any) -> int | None:
    """The fewest digits of a valid national significant number of a region (None: no lengths listed)."""
    lengths = metadata.general_desc.possible_length if metadata is not None else ()
    return min(lengths) if lengths else None


@functools.lru_cache(maxsize=65_536)
def _verified(candidate: str, before: str, after: str, region: str) -> bool:
    """The matcher's parse-and-verify step on ``candidate`` framed by ``before`` and ``after`` (the only
    characters around a candidate the step reads)."""
    matcher = PhoneNumberMatcher(before + candidate + after, region, leniency=Leniency.VALID)
    match: Any = _PARSE_AND_VERIFY(matcher, candidate, len(before))  # type: ignore[misc]
    return match is not None

