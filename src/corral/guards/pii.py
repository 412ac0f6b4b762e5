"""PII: detect with presidio-analyzer's pattern recognizers, pseudonymize into a per-run vault, re-hydrate.

Presidio's ``AnalyzerEngine`` costs milliseconds per call (NLP artifacts, context enhancer, explanations,
per-pattern ``regex`` timeouts). :class:`PiiDetector` keeps presidio's recognizers — their patterns, scores,
context words and validators (Luhn, IBAN checksum, IP parsing, SSN rules, bech32/base58) — but runs the
patterns itself, compiled once with the standard ``re`` engine, and calls each recognizer's
``validate_result`` / ``invalidate_result`` on the matches, as presidio does. Context words are matched in
a window before each hit (presidio's no-op NLP engine has no tokens to do that), and callers may pass extra
context explicitly. :func:`presidio_analyzer_engine` builds the reference AnalyzerEngine on the no-op NLP
engine (no spaCy model) for comparison.

Speed: one RE2 set pass over the UTF-8 bytes says which patterns occur at all; candidates are then found with
the compiled RE2 directly (no match object per hit), and the phone pass only visits the runs of phone
characters that can hold a number other than a date (number-dense tables are mostly dates). On ASCII text the
exact patterns RE2 can read run as RE2 over the whole text, and presidio's e-mail pattern and the phone runs are
found by compiled passes (``corral.guards._jit``), each held by the tests to the matches ``re`` or RE2 finds.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
import tldextract
from presidio_analyzer import EntityRecognizer, PatternRecognizer
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    CryptoRecognizer,
    EmailRecognizer,
    IbanRecognizer,
    IpRecognizer,
    NhsRecognizer,
    PhoneRecognizer,
    UsItinRecognizer,
    UsSsnRecognizer,
)

from corral.guards._base import GuardResult, Span, Stage
from corral.guards._kernels import kernels
from corral.guards._patterns import _UNANCHORED, compile_re2, iter_spans, re2_set
from corral.guards._phone import phone_span
from corral.guards._relax import relax
from corral.guards.normalize import well_formed
from corral.telemetry.redact import remember_sensitive

__all__ = [
    "DEFAULT_ENTITIES",
    "PiiDetector",
    "PiiFinding",
    "PiiScrubber",
    "PiiVault",
    "install_log_redactor",
    "log_redact",
    "presidio_analyzer_engine",
    "redact",
    "redact_obj",
]

# entity type -> placeholder label
LABELS: dict[str, str] = {
    "EMAIL_ADDRESS": "EMAIL", "PHONE_NUMBER": "PHONE", "CREDIT_CARD": "CREDIT_CARD", "IBAN_CODE": "IBAN",
    "IP_ADDRESS": "IP", "US_SSN": "SSN", "CRYPTO": "CRYPTO", "UK_NHS": "NHS", "US_ITIN": "ITIN",
}
# UK_NHS is opt-in: its mod-11 checksum accepts one 10-digit number in eleven (US phone numbers included).
DEFAULT_ENTITIES: tuple[str, ...] = tuple(e for e in LABELS if e != "UK_NHS")
_CONTEXT_WINDOW = 48  # characters before a hit searched for context words
_CONTEXT_BOOST = 0.35  # presidio's LemmaContextAwareEnhancer defaults
_MIN_WITH_CONTEXT = 0.4
_PLACEHOLDER = re.compile(r"<(" + "|".join(LABELS.values()) + r")_(\d+)>")
_PHONE_CANDIDATE = r"\+?\(?\d[\d ().-]{5,20}\d"  # ASCII digits (RE2's \d; the stdlib pattern gets re.ASCII)
_OWN_SET = frozenset({"CRYPTO", "CREDIT_CARD"})  # scanned in a second RE2 set (see PiiDetector.__init__)
_MARGIN_BEFORE, _MARGIN_AFTER = 8, 64  # the window around a candidate in which the exact pattern is re-run
_PHONE_CONTEXT = 12
# Dates and times look like phone numbers to a digit pattern; python-phonenumbers rejects them too, slowly.
_DATE_SHAPED = re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?")


# A phone candidate lies inside a maximal run of the characters it can contain, between its first and last
# digit, and is at least 7 long; a run that is exactly a date yields one candidate, the date, which is skipped.
# So only runs whose digit span is 7+ long and that are not a bare date are searched for candidates. The
# pattern below finds exactly those runs (framed by a non-run character or the text's ends); dates are
# excluded with the complement of the date shapes, built over the characters' classes.
_RUN = "0-9 ().+-"
_RUN_CHARS = frozenset("0123456789 ().+-")
_NON_DIGIT = " ().+-"
_RUN_BYTES = np.zeros(256, dtype=np.bool_)  # _RUN_CHARS, for the compiled pass (corral.guards._jit.phone_runs)
_RUN_BYTES[np.frombuffer("".join(sorted(_RUN_CHARS)).encode(), np.uint8)] = True


def _digit_span_not_date() -> str:
    """A regex for the strings that start and end with a digit, are 7+ long, and are not ``_DATE_SHAPED``
    (within the run characters: digits, ``.`` and ``-`` as separators, the rest as other)."""
    shapes = {"d" * 4 + "s" + "d" * b + "s" + "d" * c for b in (1, 2) for c in (1, 2)}
    shapes |= {"d" * a + "s" + "d" * b + "s" + "d" * c for a in (1, 2) for b in (1, 2) for c in (2, 3, 4)}
    prefixes = {w[:i] for w in shapes for i in range(1, len(w) + 1)}
    cls = {"d": "[0-9]", "s": "[.-]", "o": "[ ()+]"}
    alts = [f"[0-9][{_RUN}]{{9,}}[0-9]"]  # 11 or more characters: longer than any date
    for p in sorted(prefixes, key=lambda w: (len(w), w)):
        body, i = "".join(cls[c] for c in p), len(p)
        if i >= 7 and p[-1] == "d" and p not in shapes:
            alts.append(body)
        if i >= 10:
            continue
        for c in "dso":
            if p + c in prefixes:
                continue
            # p + c starts no date: every completion to 7..10 characters that ends with a digit
            if c == "d" and i + 1 >= 7:
                alts.append(body + cls[c])
            alts.append(f"{body}{cls[c]}[{_RUN}]{{{max(0, 5 - i)},{8 - i}}}[0-9]")
    return "|".join(alts)


_SPAN7 = f"[0-9][{_RUN}]{{5,}}[0-9]"
_PHONE_RUNS = compile_re2(f"(?:^|[^{_RUN}])(?:[{_NON_DIGIT}]+{_SPAN7}[{_NON_DIGIT}]*|{_SPAN7}[{_NON_DIGIT}]+|"
                          f"{_digit_span_not_date()})(?:[^{_RUN}]|$)")
_PHONE_RUNS_MATCH = _PHONE_RUNS._regexp.Match


@functools.lru_cache(maxsize=8)
def _compiled_set(patterns: tuple[str, ...]) -> Any:
    """One compiled RE2 set per pattern list (detectors are built per run; matching a set is thread-safe)."""
    return re2_set(list(patterns))


@functools.lru_cache(maxsize=1)
def _tld_extract() -> tldextract.TLDExtract:
    # The bundled public-suffix snapshot only: presidio's default extractor fetches the list over the network.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


class OfflineEmailRecognizer(EmailRecognizer):
    """presidio's EmailRecognizer with the same validation (a real public suffix) done offline."""

    def validate_result(self, pattern_text: str) -> bool:
        return bool(_tld_extract()(pattern_text).fqdn)


def _recognizers() -> list[EntityRecognizer]:
    return [OfflineEmailRecognizer(), CreditCardRecognizer(), IbanRecognizer(), IpRecognizer(),
            UsSsnRecognizer(), CryptoRecognizer(), NhsRecognizer(), UsItinRecognizer(), PhoneRecognizer()]


def presidio_analyzer_engine(entities: Iterable[str] = DEFAULT_ENTITIES) -> Any:
    """The reference presidio AnalyzerEngine: same recognizers, no-op NLP engine, no spaCy model."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NoOpNlpEngine

    nlp = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "no_op"}])
    nlp.load()
    wanted = set(entities)
    recs = [r for r in _recognizers() if set(r.supported_entities) & wanted]
    return AnalyzerEngine(nlp_engine=nlp, registry=RecognizerRegistry(recognizers=recs), supported_languages=["en"])


@dataclass(frozen=True, slots=True)
class PiiFinding:
    entity: str
    start: int
    end: int
    score: float
    text: str


@dataclass(frozen=True, slots=True)
class _CompiledPattern:
    recognizer: PatternRecognizer | None  # None: the phone candidate pattern
    entity: str
    regex: re.Pattern[str]  # the exact pattern (presidio's), run only in windows around candidates
    prefilter: Any  # RE2: a superset of ``regex``
    score: float
    context: tuple[str, ...]
    exact: Any = None  # RE2: the exact pattern, when RE2 reads it as ``re`` does on ASCII text (no lookarounds)
    compiled: bool = False  # presidio's e-mail pattern: found on ASCII text by a compiled pass (_jit.emails)


# presidio's e-mail pattern, the one ``corral.guards._jit.emails`` implements (another version falls back to RE2)
_EMAIL_PATTERN = (r"\b((([!#$%&'*+\-/=?^_`{|}~\w])|([!#$%&'*+\-/=?^_`{|}~\w][!#$%&'*+\-/=?^_`{|}~\.\w]{0,}"
                  r"[!#$%&'*+\-/=?^_`{|}~\w]))[@]\w+(?:-+\w+)*(?:\.\w+(?:-+\w+)*)+)\b")
_WORD_BYTES = np.zeros(256, dtype=np.bool_)  # \w on ASCII
_WORD_BYTES[np.frombuffer(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_", np.uint8)] = True
_LOCAL_BYTES = _WORD_BYTES.copy()  # the local part's class, but for the dot
_LOCAL_BYTES[np.frombuffer(b"!#$%&'*+-/=?^_`{|}~", np.uint8)] = True


def _exact_re2(regex: re.Pattern[str]) -> Any:
    """``regex`` compiled with RE2, or None where RE2 lacks its syntax (lookarounds). On ASCII text the two
    find the same matches: RE2's leftmost-first matching is Perl's, and ``\\w``, ``\\d``, ``\\b`` and case
    folding differ only past ASCII (``tests/test_guards_fastpaths.py`` holds them to it)."""
    flags = "".join(f for flag, f in ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"))
                    if regex.flags & flag)
    if any(tok in regex.pattern for tok in ("(?=", "(?!", "(?<", "\\Z", "\\A")):
        return None
    if "$" in regex.pattern and not regex.flags & re.MULTILINE:  # re's $ also matches before a final newline
        return None
    try:
        return compile_re2(f"(?{flags}){regex.pattern}" if flags else regex.pattern, capture=False)
    except Exception:  # noqa: BLE001 - re2.error: syntax RE2 lacks
        return None


class PiiDetector:
    """Fast PII detection with presidio's recognizers and validators (see the module docstring).

    ``threshold``: minimum score after validation and context (presidio's scale: validated matches score 1.0,
    weak patterns need a context word nearby)."""

    def __init__(self, entities: Iterable[str] = DEFAULT_ENTITIES, *, threshold: float = 0.4,
                 phone_regions: Iterable[str] = PhoneRecognizer.DEFAULT_SUPPORTED_REGIONS) -> None:
        self.entities = tuple(entities)
        unknown = set(self.entities) - set(LABELS)
        if unknown:
            raise ValueError(f"unsupported PII entities: {', '.join(sorted(unknown))}")
        self.threshold = threshold
        self.phone_regions = tuple(phone_regions)
        self._patterns: list[_CompiledPattern] = []
        self._validation_cache: dict[tuple[int, str, float], float] = {}
        for rec in _recognizers():
            entity = rec.supported_entities[0]
            if entity not in self.entities:
                continue
            if isinstance(rec, PhoneRecognizer):
                rx = re.compile(_PHONE_CANDIDATE, re.ASCII)
                self._patterns.append(_CompiledPattern(None, entity, rx, compile_re2(_PHONE_CANDIDATE),
                                                       PhoneRecognizer.SCORE, tuple(rec.context or ())))
                continue
            assert isinstance(rec, PatternRecognizer)
            pats: list[Any] = getattr(rec, "patterns", [])
            for pat in pats:
                flags = rec.global_regex_flags or 0
                rx = re.compile(pat.regex, flags)
                self._patterns.append(_CompiledPattern(
                    rec, entity, rx, compile_re2(relax(pat.regex, flags), capture=False), pat.score,
                    tuple(w.lower() for w in (rec.context or ())),
                    None if isinstance(rec, IbanRecognizer) else _exact_re2(rx),
                    isinstance(rec, EmailRecognizer) and pat.regex == _EMAIL_PATTERN and kernels() is not None))
        # An RE2 set pass over the text says which patterns can match at all; most texts hit none or few. For
        # the phone pass the test is whether a run that can hold a non-date candidate exists (see _PHONE_RUNS).
        # CRYPTO's and CREDIT_CARD's counted repetitions multiply the other patterns' DFA states on digit or
        # hex runs (50 KB of digits: 1 s in one set, 5 ms in two), so they get a set of their own. Their
        # findings score 1.0 or nothing and never share a span with another entity's, so the order in which
        # the two sets report patterns cannot change which overlapping finding wins.
        self._sets: list[tuple[Any, list[int]]] = []
        for group in (False, True):
            members = [i for i, cp in enumerate(self._patterns) if (cp.entity in _OWN_SET) == group]
            if members:
                self._sets.append((_compiled_set(tuple(self._set_pattern(self._patterns[i]) for i in members)),
                                   members))

    @staticmethod
    def _set_pattern(cp: _CompiledPattern) -> str:
        pattern: str = cp.prefilter.pattern if cp.recognizer is not None else _PHONE_RUNS.pattern
        return pattern

    def _hits(self, data: bytes) -> list[int]:
        """Indices (into ``_patterns``) of the patterns that match ``data``, in the order the sets report."""
        hit: list[int] = []
        for rset, members in self._sets:
            hit.extend(members[i] for i in rset.Match(data) or ())
        return hit

    def analyze(self, text: str, context: Iterable[str] = ()) -> list[PiiFinding]:
        """Findings in ``text``, overlaps resolved (longest, then highest score), sorted by position.
        ``context``: extra words that count as context for every hit (e.g. a column name)."""
        given = text = _blank_escapes(well_formed(text))  # same offsets
        if not text.isascii():
            text = _fold_digits(text)  # same offsets
        data = text.encode("utf-8")
        hit = self._hits(data)
        if not hit:
            return []
        ascii_data = data if len(data) == len(text) else None  # byte offsets are character offsets
        extra = tuple(w.lower() for w in context)
        low: str | None = None
        found: list[tuple[int, int, float, str, str]] = []  # start, end, score, entity, text
        threshold, cache = self.threshold, self._validation_cache
        for idx in hit:
            cp = self._patterns[idx]
            rec, base = cp.recognizer, cp.score
            for start, end, matched in self._exact_matches(cp, text, self.phone_regions, ascii_data):
                if rec is None:
                    score = base  # the phone matcher already validated it
                else:
                    cached = cache.get((id(rec), matched, base))
                    score = cached if cached is not None else self._validated_score(rec, matched, base)
                if 0 < score < threshold:
                    if low is None:
                        low = text.lower()
                    score = self._with_context(low, start, cp.context, extra, score)
                if score >= threshold:
                    found.append((start, end, score, cp.entity, matched))
        return [PiiFinding(entity, start, end, score, matched if text is given else given[start:end])
                for start, end, score, entity, matched in _resolve_overlaps(found)]

    @staticmethod
    def _exact_matches(cp: _CompiledPattern, text: str, phone_regions: tuple[str, ...],
                       ascii_data: bytes | None = None) -> set[tuple[int, int, str]]:
        if cp.recognizer is None:
            return _phone_matches(cp.regex, text, phone_regions, ascii_data)
        out: set[tuple[int, int, str]] = set()
        if ascii_data is not None and cp.exact is not None:  # the whole text, as presidio's finditer reads it
            jit = kernels() if cp.compiled else None
            spans = iter_spans(cp.exact, ascii_data) if jit is None else \
                jit.emails(np.frombuffer(ascii_data, np.uint8), _WORD_BYTES, _LOCAL_BYTES).tolist()
            for s, e in spans:
                out.add((s, e, text[s:e]))
            return out
        n, rx = len(text), cp.regex
        iban = cp.recognizer if isinstance(cp.recognizer, IbanRecognizer) else None
        for cs, ce in _spans(cp.prefilter, text, ascii_data):
            lo = cs - _MARGIN_BEFORE if cs > _MARGIN_BEFORE else 0
            hi = ce + _MARGIN_AFTER if ce + _MARGIN_AFTER < n else n
            if iban is not None:
                # presidio's IBAN matching retries shorter groups when trailing text breaks the checksum;
                # run it as is (it also validates, so the score below is 1.0 again).
                for r in iban.analyze(text[lo:hi], ["IBAN_CODE"]):
                    if lo + r.start < ce and lo + r.end > cs:
                        out.add((lo + r.start, lo + r.end, text[lo + r.start:lo + r.end]))
                continue
            anchored = rx.match(text, cs, hi)  # the usual case: the exact match starts where RE2's did
            for m in (anchored,) if anchored is not None else rx.finditer(text, lo, hi):
                s, e = m.span()
                if s < e and s < ce and e > cs:
                    out.add((s, e, m.group()))
        return out

    def _score(self, cp: _CompiledPattern, matched: str) -> float:
        if cp.recognizer is not None:
            return self._validated_score(cp.recognizer, matched, cp.score)
        return cp.score  # the phone matcher already validated it

    def _validated_score(self, rec: PatternRecognizer, matched: str, score: float) -> float:
        key = (id(rec), matched, score)
        cached = self._validation_cache.get(key)
        if cached is None:
            cached = self._validate(rec, matched, score)
            if len(self._validation_cache) > 10_000:
                self._validation_cache.clear()
            self._validation_cache[key] = cached
        return cached

    @staticmethod
    def _validate(rec: PatternRecognizer, matched: str, score: float) -> float:
        valid = rec.validate_result(matched)
        if valid is not None:
            score = EntityRecognizer.MAX_SCORE if valid else EntityRecognizer.MIN_SCORE
        if rec.invalidate_result(matched):
            score = EntityRecognizer.MIN_SCORE
        return score

    @staticmethod
    def _with_context(low: str, start: int, words: tuple[str, ...], extra: tuple[str, ...], score: float) -> float:
        window = low[max(0, start - _CONTEXT_WINDOW):start]
        if extra or any(w in window for w in words):
            return max(min(score + _CONTEXT_BOOST, 1.0), _MIN_WITH_CONTEXT)
        return score


# A JSON string escape (``\\n``, ``\\"``, ``\\u00e9`` ...). In a JSON tool output "Contact:\\nann@example.com" the e-mail
# pattern took "nann@example.com" (the vault then re-hydrated the wrong address) and a phone after ``\\n`` was
# not standalone, so it reached the model raw. Escapes become spaces of the same length: offsets are unchanged.
_ESCAPE = re.compile(r'\\(?:u[0-9a-fA-F]{4}|["\\/bfnrt])')


# Digits of any script, and the full-width forms of a phone number's marks, as ASCII: one character for one, so
# offsets are unchanged (``_fold_digits``). python-phonenumbers reads "＋１ ４１５ ５５５ ２６７１" and "０３－１２３４－５６７８" as numbers,
# and presidio's patterns (Python's \d) read any script's digits; the compiled pass and RE2 read ASCII digits only.
_LAST_DIGIT = 0x1FBF9  # the last decimal digit (Nd) Unicode assigns, SEGMENTED DIGIT NINE: the scan stops there


@functools.cache
def _fold() -> tuple[npt.NDArray[np.uint32], Any]:
    """A code point -> code point table up to the last character it maps (built on first use: a few
    milliseconds), and a pattern that finds any character it maps."""
    folded = {c: ord(str(unicodedata.decimal(chr(c)))) for c in range(0x80, _LAST_DIGIT + 1) if chr(c).isdecimal()}
    folded.update({ord(a): ord(b) for a, b in zip("＋－（）．／，　\u2010\u2011\u2012\u2013\u2212", "+-()./, -----",
                                                  strict=True)})
    table = np.arange(max(folded) + 1, dtype=np.uint32)
    table[list(folded)] = list(folded.values())
    ranges: list[list[int]] = []
    for c in sorted(folded):
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    return table, compile_re2("[" + "".join(f"\\x{{{a:x}}}-\\x{{{b:x}}}" for a, b in ranges) + "]")


def _fold_digits(text: str) -> str:
    """``text`` with the digits of any script and the full-width forms of a phone number's marks as ASCII (one
    character for one); the same text when it holds none. (A lookup over the code points: ``str.translate`` with
    a dict costs 0.6 ms on 10 KB of non-ASCII text, this 0.05 ms.)"""
    table, present = _fold()
    if present.search(text) is None:
        return text
    points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).copy()
    inside = points < table.size
    points[inside] = table[points[inside]]
    return points.tobytes().decode("utf-32-le")


def _blank_escapes(text: str) -> str:
    """``text`` with every JSON string escape replaced by as many spaces (a boundary, as the character it stands
    for would be); the same text when it has no backslash."""
    if "\\" not in text:
        return text
    return _ESCAPE.sub(lambda m: " " * len(m.group()), text)


def _spans(regex: Any, text: str, ascii_data: bytes | None) -> Iterator[tuple[int, int]]:
    """The spans of ``regex.finditer(text)`` (an RE2 regex), in characters."""
    if ascii_data is not None:
        return iter_spans(regex, ascii_data)
    return (m.span() for m in regex.finditer(text))


def _phone_runs(text: str, ascii_data: bytes | None) -> Iterator[tuple[int, int]]:
    """The runs of phone characters that may hold a candidate other than a bare date (see ``_PHONE_RUNS``)."""
    jit = kernels()
    if jit is not None and ascii_data is not None:  # the same runs, in one compiled pass
        yield from jit.phone_runs(np.frombuffer(ascii_data, np.uint8), _RUN_BYTES).tolist()
        return
    if jit is not None:  # the same pass over the UTF-8 bytes: every byte of a non-ASCII character frames a run
        data = np.frombuffer(text.encode("utf-8"), np.uint8)
        runs = jit.phone_runs(data, _RUN_BYTES)
        if runs.size:  # byte offsets to characters: minus the continuation bytes before them
            before = np.concatenate(([0], np.cumsum((data & 0xC0) == 0x80)))
            yield from (runs - before[runs]).tolist()
        return
    pos, n = 0, len(text)
    while pos < n:
        if ascii_data is not None:
            s, e = _PHONE_RUNS_MATCH(_UNANCHORED, ascii_data, pos, n)[0]
        else:
            m = _PHONE_RUNS.search(text, pos)
            s, e = m.span() if m is not None else (-1, -1)
        if s < 0:
            return
        start = s if text[s] in _RUN_CHARS else s + 1  # the framing character is no part of the run
        end = e if text[e - 1] in _RUN_CHARS else e - 1
        yield start, end
        pos = end  # the character after the run may frame the next one


def _phone_matches(rx: re.Pattern[str], text: str, regions: tuple[str, ...], ascii_data: bytes | None = None
                   ) -> set[tuple[int, int, str]]:
    # The candidate pattern has no lookarounds, and a candidate never leaves its run: searching each run that
    # can hold a non-date candidate finds the same candidates as a search of the whole text, minus dates.
    # python-phonenumbers' matcher then finds the number inside each candidate, with a little context around
    # it (it rejects dates followed by a time, for one).
    out: set[tuple[int, int, str]] = set()
    n = len(text)
    for rs, re_ in _phone_runs(text, ascii_data):
        for a, b in _run_candidates(rx, text[rs:re_]):
            s, e = rs + a, rs + b
            if not _standalone(text, s, e):
                continue
            ws = s - _PHONE_CONTEXT if s > _PHONE_CONTEXT else 0
            we = e + _PHONE_CONTEXT if e + _PHONE_CONTEXT < n else n
            span = phone_span(text[ws:we], regions)
            if span is not None and ws + span[0] < e and ws + span[1] > s:
                out.add((ws + span[0], ws + span[1], text[ws + span[0]:ws + span[1]]))
    return out


@functools.lru_cache(maxsize=4096)
def _run_candidates(rx: re.Pattern[str], run: str) -> tuple[tuple[int, int], ...]:
    """The candidates in a run (spans relative to it), dates left out: they depend on the run alone."""
    return tuple(m.span() for m in rx.finditer(run) if not _DATE_SHAPED.fullmatch(m.group()))


def _standalone(text: str, start: int, end: int) -> bool:
    """Not a piece of a longer number or word (the phone candidate has no lookarounds)."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "+/-" or after.isalnum() or after in "/-"
                or (after == "." and text[end + 1:end + 2].isdigit()))


def _resolve_overlaps(found: list[tuple[int, int, float, str, str]]) -> list[tuple[int, int, float, str, str]]:
    """Keep, longest first (then highest score, then leftmost, then first found), each finding that overlaps
    none kept before it; the kept ones sorted by start. (A phone number must not lose to a checksum-valid
    fragment inside it.) Findings are ``(start, end, score, entity, text)``."""
    ranked = sorted((s - e, -score, s, i) for i, (s, e, score, _, _) in enumerate(found))
    if any(f[0] >= f[1] for f in found):  # empty spans: never produced, but keep the plain rule exact for them
        kept: list[tuple[int, int, float, str, str]] = []
        for r in ranked:
            f = found[r[3]]
            if all(f[1] <= k[0] or f[0] >= k[1] for k in kept):
                kept.append(f)
        return sorted(kept, key=lambda f: f[0])
    # The kept findings are disjoint, so sorted by start their ends increase too: the only one that can
    # overlap a new finding is the last that starts before its end.
    starts: list[int] = []
    ends: list[int] = []
    by_start: list[tuple[int, int, float, str, str]] = []
    for r in ranked:
        f = found[r[3]]
        j = bisect.bisect_left(starts, f[1])
        if j and ends[j - 1] > f[0]:
            continue
        starts.insert(j, f[0])
        ends.insert(j, f[1])
        by_start.insert(j, f)
    return by_start


@dataclass
class PiiVault:
    """Per-run map between raw values and placeholders (``<EMAIL_1>``). The same value always gets the same
    placeholder within a run. Lives in memory with the run; never logged or persisted."""

    _by_value: dict[tuple[str, str], str] = field(default_factory=dict)
    _by_placeholder: dict[str, str] = field(default_factory=dict)
    _counters: dict[str, int] = field(default_factory=dict)

    def placeholder(self, entity: str, value: str) -> str:
        label = LABELS.get(entity, entity)
        key = (label, value)
        ph = self._by_value.get(key)
        if ph is None:
            n = self._counters.get(label, 0) + 1
            self._counters[label] = n
            ph = f"<{label}_{n}>"
            self._by_value[key] = ph
            self._by_placeholder[ph] = value
            remember_sensitive(value, _LOG_LABELS.get(entity) or label.lower())  # logs, traces, audit: in any context
        return ph

    def value(self, placeholder: str) -> str | None:
        return self._by_placeholder.get(placeholder)

    def items(self) -> list[tuple[tuple[str, str], str]]:
        """((label, raw value), placeholder) for every value held."""
        return list(self._by_value.items())

    def __len__(self) -> int:
        return len(self._by_placeholder)

    def __repr__(self) -> str:  # never print the values
        return f"PiiVault({len(self)} entries)"

    def rehydrate(self, text: str) -> str:
        """Replace known placeholders in ``text`` with their values (unknown placeholders stay as they are). Each
        value put back is remembered for the log redactor again (it may have been forgotten since)."""
        def value(m: re.Match[str]) -> str:
            raw = self._by_placeholder.get(m.group())
            if raw is None:
                return m.group()
            remember_sensitive(raw, _LOG_LABELS.get(m.group(1)) or m.group(1).lower())
            return raw

        return _PLACEHOLDER.sub(value, text)

    def rehydrate_obj(self, obj: Any) -> Any:
        """``rehydrate`` applied to every string inside dicts/lists/tuples."""
        return _map_strings(obj, self.rehydrate)


def _map_strings(obj: Any, fn: Any) -> Any:
    if isinstance(obj, str):
        return fn(obj)
    if isinstance(obj, dict):
        return {k: _map_strings(v, fn) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return type(obj)(_map_strings(v, fn) for v in obj)
    return obj


def _replace(text: str, findings: list[PiiFinding], repl: Any) -> str:
    parts: list[str] = []
    last = 0
    for f in findings:
        parts.append(text[last:f.start])
        parts.append(repl(f))
        last = f.end
    parts.append(text[last:])
    return "".join(parts)


_ENTITY_OF = {label: entity for entity, label in LABELS.items()}
_KNOWN_MIN = 6  # shorter vault values are not searched for as text: "12.5.1" would match version numbers


def _with_known(text: str, findings: list[PiiFinding], vault: PiiVault) -> list[PiiFinding]:
    """``findings`` plus every occurrence of a value ``vault`` holds that no finding covers, in text order (the
    longest value where two start at one place)."""
    extra: list[PiiFinding] = []
    taken = [(f.start, f.end) for f in findings]
    for (label, value), _ in sorted(vault.items(), key=lambda kv: -len(kv[0][1])):
        if len(value) < _KNOWN_MIN:
            continue
        pos = text.find(value)
        while pos >= 0:
            end = pos + len(value)
            if all(end <= a or pos >= b for a, b in taken):
                extra.append(PiiFinding(_ENTITY_OF.get(label, label), pos, end, 1.0, value))
                taken.append((pos, end))
            pos = text.find(value, end)
    return sorted(findings + extra, key=lambda f: f.start) if extra else findings


class PiiScrubber:
    """The ``pii_scrubber`` guard: replaces PII with vault placeholders (verdict ``redact``)."""

    name = "pii_scrubber"

    def __init__(self, detector: PiiDetector | None = None, vault: PiiVault | None = None) -> None:
        self.detector = detector or default_detector()
        self.vault = vault if vault is not None else PiiVault()

    def check(self, text: str, *, stage: Stage = "tool_result", vault: PiiVault | None = None) -> GuardResult:
        """Pseudonymize what the detector finds, and every value the run's vault holds wherever it appears: a
        re-hydrated value comes back glued to other text (``<EMAIL_1>_profile.json`` in a tool's echo or error)
        or escaped (``'x\\xa0+1 415 555 2671'``), where no recognizer sees it, and the model must not get it."""
        v = vault if vault is not None else self.vault
        findings = _with_known(text, self.detector.analyze(text), v)
        if not findings:
            return GuardResult(self.name, "pass", 0.0, (), None, {"stage": stage})
        new = _replace(text, findings, lambda f: v.placeholder(f.entity, f.text))
        counts: dict[str, int] = {}
        for f in findings:
            counts[f.entity] = counts.get(f.entity, 0) + 1
        spans = tuple(Span(f.start, f.end, f.entity) for f in findings)
        return GuardResult(self.name, "redact", max(f.score for f in findings), spans, new,
                           {"stage": stage, "entities": counts})


@functools.lru_cache(maxsize=1)
def default_detector() -> PiiDetector:
    return PiiDetector()


def redact(text: str) -> str:
    """Replace every PII value in ``text`` with its type (``<EMAIL>``), irreversibly. For logs, traces and
    audit records."""
    findings = default_detector().analyze(text)
    if not findings:
        return text
    return _replace(text, findings, lambda f: f"<{LABELS.get(f.entity, f.entity)}>")


_LOG_LABELS = {"CREDIT_CARD": "card"}  # the telemetry baseline's names, where it has one


def log_redact(text: str) -> str:
    """Replace every PII value in ``text`` with a ``[REDACTED:<type>]`` marker, as the telemetry baseline marks
    what it finds. The runtime adds this after the baseline for logs, traces and audit records
    (:func:`install_log_redactor`)."""
    findings = default_detector().analyze(text)
    if not findings:
        return text
    return _replace(text, findings,
                    lambda f: f"[REDACTED:{_LOG_LABELS.get(f.entity) or LABELS.get(f.entity, f.entity).lower()}]")


def install_log_redactor() -> bool:
    """Logs, traces and audit records get this detector after the telemetry baseline, process-wide, unless a
    redactor is installed already (yours stays; ``set_redactor(lambda t: t)`` keeps the baseline alone). True
    when this call installed it."""
    from corral.telemetry.redact import install_redactor

    return install_redactor(log_redact)


def redact_obj(obj: Any) -> Any:
    """:func:`redact` applied to every string inside dicts/lists/tuples (keys are kept)."""
    return _map_strings(obj, redact)
