"""Ingress PII pseudonymization of task text, before it is stored or sent to a model.

Uses ``corral.guards.pii.pseudonymize(text) -> (text, mapping)`` when that module is installed; otherwise a
regex baseline for e-mail addresses, phone numbers and payment card numbers (Luhn-checked). Placeholders are
``<EMAIL_1>``, ``<PHONE_1>``, ``<CARD_1>``; the mapping (placeholder → original) is never persisted."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

__all__ = ["pseudonymize_task", "regex_pseudonymize"]

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


def _guard() -> Callable[[str], Any] | None:
    try:
        from corral.guards import pii  # type: ignore[attr-defined]
    except ImportError:
        return None
    fn = getattr(pii, "pseudonymize", None)
    return fn if callable(fn) else None


def pseudonymize_task(text: str) -> tuple[str, dict[str, str]]:
    """The task with PII replaced by placeholders, and the placeholder → original mapping."""
    fn = _guard()
    if fn is not None:
        out = fn(text)
        if isinstance(out, tuple) and len(out) == 2 and isinstance(out[0], str):
            return out[0], dict(out[1])
    return regex_pseudonymize(text)
