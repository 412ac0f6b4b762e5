"""Ingress PII pseudonymization of task text, before it is stored or sent to a model.

Uses ``corral.guards.pii`` (``PiiDetector``: presidio's recognizers and validators; ``PiiVault``
placeholders) when it is installed; otherwise a regex baseline for e-mail addresses, phone numbers and payment card numbers (Luhn-checked). Placeholders are
``<EMAIL_1>``, ``<PHONE_1>``, ``<CARD_1>``; the mapping (placeholder → original) is never persisted."""

from __future__ import annotations

import functools
import re
from typing import Any

__all__ = ["guard_pseudonymize", "pseudonymize_task", "regex_pseudonymize"]

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("EMAIL", re.compile(r"\b[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}\b")),
    ("CARD", re.compile(r"\b(?:\d[ \-]?){12,18}\d\b")),
    ("PHONE", re.compile(r"(?<![\w+])\+?\d[\d ().\-]{7,}\d\b")),
]


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def regex_pseudonymize(text: str) -> tuple[str, dict[str, str]]:
    mapping: dict[str, str] = {}
    seen: dict[str, str] = {}
    for label, pattern in _PATTERNS:
        count = 0

        def sub(m: re.Match[str], label: str = label) -> str:
            nonlocal count
            value = m.group(0)
            digits = re.sub(r"\D", "", value)
            if label == "CARD" and not (13 <= len(digits) <= 19 and _luhn(digits)):
                return value
            if label == "PHONE" and not 8 <= len(digits) <= 15:
                return value
            if value not in seen:
                count += 1
                seen[value] = f"<{label}_{count}>"
                mapping[seen[value]] = value
            return seen[value]

        text = pattern.sub(sub, text)
    return text, mapping


@functools.lru_cache(maxsize=1)
def _detector() -> Any:
    try:
        from corral.guards.pii import PiiDetector
    except ImportError:
        return None
    return PiiDetector()


def guard_pseudonymize(text: str) -> tuple[str, dict[str, str]] | None:
    """With ``corral.guards.pii`` (presidio's recognizers and validators): the text with each finding replaced
    by a vault placeholder. None when that module is not installed."""
    detector = _detector()
    if detector is None:
        return None
    from corral.guards.pii import PiiVault

    vault = PiiVault()
    parts: list[str] = []
    last = 0
    mapping: dict[str, str] = {}
    for f in detector.analyze(text):
        placeholder = vault.placeholder(f.entity, f.text)
        mapping[placeholder] = f.text
        parts.extend((text[last:f.start], placeholder))
        last = f.end
    parts.append(text[last:])
    return "".join(parts), mapping


def pseudonymize_task(text: str) -> tuple[str, dict[str, str]]:
    """The task with PII replaced by placeholders, and the placeholder → original mapping."""
    found = guard_pseudonymize(text)
    return found if found is not None else regex_pseudonymize(text)
