"""Content moderation: a guard over pluggable backends.

The built-in :class:`KeywordModeration` is a small, offline category baseline (keyword and phrase lists per
category); :class:`OpenAIModeration` calls the OpenAI moderation endpoint through the ``openai`` SDK.
Backends return per-category scores; :class:`ModerationGuard` turns them into a verdict.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal, Protocol, runtime_checkable

from corral.errors import GuardError, MissingDependency
from corral.guards._base import GuardResult, Span, Stage, Verdict
from corral.guards._patterns import compile_re2
from corral.guards.normalize import well_formed

__all__ = [
    "KeywordModeration",
    "ModerationBackend",
    "ModerationGuard",
    "ModerationScores",
    "OpenAIModeration",
    "moderation_backend",
]


@dataclass(frozen=True, slots=True)
class ModerationScores:
    """Per-category scores in 0..1 and the evidence spans (when the backend can locate them)."""

    categories: dict[str, float]
    spans: tuple[Span, ...] = ()

    @property
    def top(self) -> tuple[str, float]:
        if not self.categories:
            return ("", 0.0)
        return max(self.categories.items(), key=lambda kv: kv[1])


@runtime_checkable
class ModerationBackend(Protocol):
    name: str

    def moderate(self, text: str) -> ModerationScores: ...


# A baseline, not a classifier: phrases that are unambiguous in most contexts. Single words that are often
# benign ("kill the process", "shoot me an email") are left out on purpose.
_CATEGORIES: dict[str, tuple[str, ...]] = {
    "violence": (r"\bi(?:'m| am)? (?:going to|gonna|will) (?:kill|murder|stab|shoot) (?:you|him|her|them)\b",
                 r"\bhow (?:do i|to|can i) (?:kill|murder|poison) (?:a |my |some)?(?:person|people|someone|wife|husband|"
                 r"neighbou?r|boss)\b", r"\bmass (?:shooting|murder) (?:plan|instructions)\b"),
    "weapons": (r"\bhow (?:do i|to|can i) (?:make|build|assemble) (?:a |an )?(?:bomb|pipe bomb|explosive|ied|"
                r"nerve agent|bioweapon|chemical weapon|ghost gun)\b", r"\b(?:synthesi[sz]e|make) (?:sarin|vx|ricin|"
                r"anthrax|mustard gas)\b"),
    "self_harm": (r"\b(?:how (?:do i|to|can i) (?:kill myself|commit suicide|end my life))\b",
                  r"\bi (?:want|am going) to (?:kill myself|end my life|die)\b", r"\bbest way to (?:self[- ]harm|"
                  r"cut myself|overdose)\b"),
    "hate": (r"\b(?:all|those|these) (?:\w+ )?(?:should be (?:exterminated|gassed|killed|wiped out))\b",
             r"\b(?:subhuman|vermin) (?:race|people)\b", r"\bethnic cleansing is (?:good|necessary|justified)\b"),
    "sexual_minors": (r"\b(?:child|minor|underage|kid)s? (?:porn|sexual|nude|explicit)\b",
                      r"\bsexual (?:content|images?|photos?) (?:of|with|involving) (?:a )?(?:child|minor|kid)s?\b"),
    "harassment": (r"\byou (?:are|r) (?:a )?(?:worthless|pathetic) (?:piece of|idiot|loser)\b",
                   r"\b(?:kill|hang) yourself\b", r"\bnobody would miss you\b"),
    "illicit": (r"\bhow (?:do i|to|can i) (?:launder money|buy (?:cocaine|heroin|fentanyl)|make (?:meth|"
                r"methamphetamine|fentanyl|crack))\b", r"\b(?:write|create|build) (?:a |some )?(?:ransomware|keylogger|"
                r"credential stealer|malware)\b"),
}


class KeywordModeration:
    """Offline baseline: a category scores 0.9 when one of its phrases occurs (0 otherwise)."""

    name = "keyword"

    def __init__(self, categories: Mapping[str, Iterable[str]] | None = None) -> None:
        cats = categories if categories is not None else _CATEGORIES
        self._rx = {c: compile_re2("(?i)" + "|".join(f"(?:{p})" for p in pats).replace(r"\w", r"[\pL\pN_]"))
                    for c, pats in cats.items()}

    def moderate(self, text: str) -> ModerationScores:
        scores: dict[str, float] = {}
        spans: list[Span] = []
        for cat, rx in self._rx.items():
            m = rx.search(text)
            if m is not None:
                scores[cat] = 0.9
                spans.append(Span(m.start(), m.end(), cat))
        return ModerationScores(scores, tuple(spans))


class OpenAIModeration:
    """The OpenAI moderation endpoint (``client.moderations.create``). ``client``: an ``openai.OpenAI``
    (pass one with ``base_url`` for a proxy or a test server; without one, the SDK's environment variables
    configure it, ``OPENAI_API_KEY`` and ``OPENAI_BASE_URL``); errors become GuardError (callers fail closed).
    ``timeout``: seconds per request of the client built here (the SDK's own default is ten minutes, too long
    for a check on every step); a client passed in keeps its own."""

    name = "openai"

    def __init__(self, client: Any = None, model: str = "omni-moderation-latest", timeout: float = 10.0) -> None:
        if client is None:
            try:
                import openai
            except ImportError as exc:  # pragma: no cover - openai is a core dependency today
                raise MissingDependency("the OpenAI moderation backend needs the 'openai' package") from exc
            client = openai.OpenAI(timeout=timeout, max_retries=2)
        self.client = client
        self.model = model

    def moderate(self, text: str) -> ModerationScores:
        try:
            resp = self.client.moderations.create(model=self.model, input=text)
        except Exception as exc:
            raise GuardError(f"moderation request failed: {type(exc).__name__}: {exc}") from exc
        result = resp.results[0]
        raw = result.category_scores.model_dump() if hasattr(result.category_scores, "model_dump") \
            else dict(result.category_scores)
        return ModerationScores({k.replace("/", "_").replace("-", "_"): float(v) for k, v in raw.items()
                                 if v is not None})


def moderation_backend(name: str, **options: Any) -> ModerationBackend:
    """The one place a moderation backend is chosen by name (``keyword`` or ``openai``)."""
    if name == "keyword":
        return KeywordModeration(options.get("categories"))
    if name == "openai":
        return OpenAIModeration(options.get("client"), options.get("model", "omni-moderation-latest"),
                                float(options.get("timeout", 10.0)))
    raise ValueError(f"unknown moderation backend {name!r} (choose keyword or openai)")


class ModerationGuard:
    """The ``content_moderation`` guard: ``action`` when the top category reaches ``threshold``."""

    name = "content_moderation"

    def __init__(self, backend: ModerationBackend | None = None, *, threshold: float = 0.5,
                 action: Literal["block", "flag"] = "block") -> None:
        self.backend = backend or KeywordModeration()
        self.threshold = threshold
        self.action: Verdict = action

    def check(self, text: str, *, stage: Stage = "output") -> GuardResult:
        scores = self.backend.moderate(well_formed(text))
        cat, top = scores.top
        verdict: Verdict = self.action if top >= self.threshold else "pass"
        flagged = sorted(c for c, s in scores.categories.items() if s >= self.threshold)
        return GuardResult(self.name, verdict, top, scores.spans, None,
                           {"stage": stage, "backend": self.backend.name, "categories": flagged})
