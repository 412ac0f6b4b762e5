"""PII: detect with presidio-analyzer's pattern recognizers, pseudonymize into a per-run vault, re-hydrate.

Presidio's ``AnalyzerEngine`` costs milliseconds per call (NLP artifacts, context enhancer, explanations,
per-pattern ``regex`` timeouts). :class:`PiiDetector` keeps presidio's recognizers — their patterns, scores,
context words and validators (Luhn, IBAN checksum, IP parsing, SSN rules, bech32/base58) — but runs the
patterns itself, compiled once with the standard ``re`` engine, and calls each recognizer's
``validate_result`` / ``invalidate_result`` on the matches, as presidio does. Context words are matched in
a window before each hit (presidio's no-op NLP engine has no tokens to do that), and callers may pass extra
context explicitly. :func:`presidio_analyzer_engine` builds the reference AnalyzerEngine on the no-op NLP
engine (no spaCy model) for comparison.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import phonenumbers
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
from corral.guards._patterns import compile_re2, re2_set
from corral.guards._relax import relax

__all__ = [
    "DEFAULT_ENTITIES",
    "PiiDetector",
    "PiiFinding",
    "PiiScrubber",
    "PiiVault",
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
_PHONE_CANDIDATE = r"\+?\(?\d[\d ().-]{5,20}\d"
_MARGIN_BEFORE, _MARGIN_AFTER = 8, 64
_PHONE_CONTEXT = 12
# Dates and times look like phone numbers to a digit pattern; python-phonenumbers rejects them too, slowly.
_DATE_SHAPED = re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?")  # the window around a candidate in which the exact pattern is re-run


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
                rx = re.compile(_PHONE_CANDIDATE)
                self._patterns.append(_CompiledPattern(None, entity, rx, compile_re2(_PHONE_CANDIDATE),
                                                       PhoneRecognizer.SCORE, tuple(rec.context or ())))
                continue
            assert isinstance(rec, PatternRecognizer)
            pats: list[Any] = getattr(rec, "patterns", [])
            for pat in pats:
                flags = rec.global_regex_flags or 0
                self._patterns.append(_CompiledPattern(
                    rec, entity, re.compile(pat.regex, flags), compile_re2(relax(pat.regex, flags)), pat.score,
                    tuple(w.lower() for w in (rec.context or ()))))
        # One RE2 pass over the text says which patterns can match at all; most texts hit none or few.
        self._set = re2_set([cp.prefilter.pattern for cp in self._patterns])

    def analyze(self, text: str, context: Iterable[str] = ()) -> list[PiiFinding]:
        """Findings in ``text``, overlaps resolved (longest, then highest score), sorted by position.
        ``context``: extra words that count as context for every hit (e.g. a column name)."""
        hit = self._set.Match(text)
        if not hit:
            return []
        extra = tuple(w.lower() for w in context)
        low = text.lower()
        found: list[PiiFinding] = []
        for idx in hit:
            cp = self._patterns[idx]
            for start, end, matched in self._exact_matches(cp, text, self.phone_regions):
                score = self._score(cp, matched)
                if 0 < score < self.threshold:
                    score = self._with_context(low, start, cp.context, extra, score)
                if score >= self.threshold:
                    found.append(PiiFinding(cp.entity, start, end, score, matched))
        return _resolve_overlaps(found)

    @staticmethod
    def _exact_matches(cp: _CompiledPattern, text: str, phone_regions: tuple[str, ...]) -> set[tuple[int, int, str]]:
        if cp.recognizer is None:
            return _phone_matches(cp.prefilter, cp.regex, text, phone_regions)
        out: set[tuple[int, int, str]] = set()
        for cand in cp.prefilter.finditer(text):
            cs, ce = cand.span()
            lo, hi = max(0, cs - _MARGIN_BEFORE), min(len(text), ce + _MARGIN_AFTER)
            if isinstance(cp.recognizer, IbanRecognizer):
                # presidio's IBAN matching retries shorter groups when trailing text breaks the checksum;
                # run it as is (it also validates, so the score below is 1.0 again).
                for r in cp.recognizer.analyze(text[lo:hi], ["IBAN_CODE"]):
                    if lo + r.start < ce and lo + r.end > cs:
                        out.add((lo + r.start, lo + r.end, text[lo + r.start:lo + r.end]))
                continue
            anchored = cp.regex.match(text, cs, hi)  # the usual case: the exact match starts where RE2's did
            matches = [anchored] if anchored is not None else cp.regex.finditer(text, lo, hi)
            for m in matches:
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


def _candidates(prefilter: Any, rx: re.Pattern[str], text: str) -> Iterable[tuple[int, int, str]]:
    # RE2 scans fast but costs a few microseconds per match in Python; the stdlib engine scans slower but matches
    # cheaply. Number-dense text (tables, logs) has hundreds of candidates: switch engines after a few dozen.
    for n, m in enumerate(prefilter.finditer(text)):
        if n == 32:
            for mm in rx.finditer(text, m.start()):
                yield mm.start(), mm.end(), mm.group()
            return
        yield m.start(), m.end(), m.group()


def _phone_matches(prefilter: Any, rx: re.Pattern[str], text: str, regions: tuple[str, ...]
                   ) -> set[tuple[int, int, str]]:
    # The candidate pattern has no lookarounds, so it is its own prefilter; python-phonenumbers' matcher then
    # finds the number inside each candidate, with a little context around it (it rejects dates followed by a
    # time, for one).
    out: set[tuple[int, int, str]] = set()
    for s, e, cand in _candidates(prefilter, rx, text):
        if _DATE_SHAPED.fullmatch(cand) or not _standalone(text, s, e):
            continue
        ws, we = max(0, s - _PHONE_CONTEXT), min(len(text), e + _PHONE_CONTEXT)
        span = _phone_span(text[ws:we], regions)
        if span is not None and ws + span[0] < e and ws + span[1] > s:
            out.add((ws + span[0], ws + span[1], text[ws + span[0]:ws + span[1]]))
    return out


def _standalone(text: str, start: int, end: int) -> bool:
    """Not a piece of a longer number or word (the phone candidate has no lookarounds)."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "+/-" or after.isalnum() or after in "/-"
                or (after == "." and text[end + 1:end + 2].isdigit()))


@functools.lru_cache(maxsize=4096)
def _phone_span(cand: str, regions: tuple[str, ...]) -> tuple[int, int] | None:
    """presidio's PhoneRecognizer test: python-phonenumbers' matcher (leniency VALID) in each region; the span
    of the number inside the candidate, or None."""
    for region in regions:
        for m in phonenumbers.PhoneNumberMatcher(cand, region, leniency=phonenumbers.Leniency.VALID):
            return m.start, m.end
    return None


def _resolve_overlaps(found: list[PiiFinding]) -> list[PiiFinding]:
    kept: list[PiiFinding] = []
    # Longest first: a phone number must not lose to a checksum-valid fragment inside it.
    for f in sorted(found, key=lambda f: (-(f.end - f.start), -f.score, f.start)):
        if all(f.end <= k.start or f.start >= k.end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)


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
        return ph

    def value(self, placeholder: str) -> str | None:
        return self._by_placeholder.get(placeholder)

    def __len__(self) -> int:
        return len(self._by_placeholder)

    def __repr__(self) -> str:  # never print the values
        return f"PiiVault({len(self)} entries)"

    def rehydrate(self, text: str) -> str:
        """Replace known placeholders in ``text`` with their values (unknown placeholders stay as they are)."""
        return _PLACEHOLDER.sub(lambda m: self._by_placeholder.get(m.group(), m.group()), text)

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


class PiiScrubber:
    """The ``pii_scrubber`` guard: replaces PII with vault placeholders (verdict ``redact``)."""

    name = "pii_scrubber"

    def __init__(self, detector: PiiDetector | None = None, vault: PiiVault | None = None) -> None:
        self.detector = detector or default_detector()
        self.vault = vault if vault is not None else PiiVault()

    def check(self, text: str, *, stage: Stage = "tool_result", vault: PiiVault | None = None) -> GuardResult:
        findings = self.detector.analyze(text)
        if not findings:
            return GuardResult(self.name, "pass", 0.0, (), None, {"stage": stage})
        v = vault if vault is not None else self.vault
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


def redact_obj(obj: Any) -> Any:
    """:func:`redact` applied to every string inside dicts/lists/tuples (keys are kept)."""
    return _map_strings(obj, redact)
