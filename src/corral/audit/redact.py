"""Redaction before anything reaches the audit log: a baseline for secrets, e-mail addresses and phone numbers.

``redact_data`` walks a value, replaces values under secret-looking keys and passes every string through a
``Redactor`` (``str -> str``). The default is ``baseline_redactor``; the guards package's PII redactor
(``corral.guards.pii.redact``) plugs in the same way. The walk also makes the value JSON-safe (tuples become
lists, non-finite floats and unknown objects become strings), so canonical encoding cannot fail mid-run.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["Redactor", "baseline_redactor", "redact_data"]

Redactor = Callable[[str], str]

_SECRET_KEY = re.compile(
    r"^(password|passwd|pwd|secret|client_secret|api_?key|access_?token|refresh_?token|auth_?token|token|"
    r"authorization|credential|credentials|private_?key|session_?id|cookie)$",
    re.IGNORECASE,
)

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----", re.DOTALL), "[REDACTED:private_key]"),
    (re.compile(r"\bsk-(?:proj-|ant-)?[A-Za-z0-9_\-]{16,}"), "[REDACTED:api_key]"),
    (re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"), "[REDACTED:aws_key]"),
    (re.compile(r"\bgh[pousr]_[A-Za-z0-9]{30,}\b"), "[REDACTED:github_token]"),
    (re.compile(r"\bxox[abprs]-[A-Za-z0-9\-]{10,}"), "[REDACTED:slack_token]"),
    (re.compile(r"\beyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}"), "[REDACTED:jwt]"),
    (re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._~+/\-]{8,}=*"), "Bearer [REDACTED:token]"),
    (re.compile(r"(?i)\b(password|passwd|pwd|secret|api[_-]?key|token)(\s*[:=]\s*)[^\s,;\"']+"), r"\1\2[REDACTED:secret]"),
    (re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"), "[REDACTED:email]"),
    (re.compile(r"(?<![\w+])\+\d{1,3}(?:[ .\-]?\(?\d{1,4}\)?){2,5}(?![\w])"), "[REDACTED:phone]"),
    (re.compile(r"(?<![\w.\-])(?:\(\d{3}\)\s?|\d{3}[ .\-])\d{3}[ .\-]\d{4}(?![\w\-])"), "[REDACTED:phone]"),
]


def baseline_redactor(text: str) -> str:
    """Replace well-known secret formats, e-mail addresses and phone numbers with ``[REDACTED:<kind>]``."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def redact_data(value: Any, redactor: Redactor = baseline_redactor) -> Any:
    """A redacted, JSON-safe copy of ``value``."""
    if isinstance(value, str):
        return redactor(value)
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for key, item in value.items():
            name = str(key)
            if _SECRET_KEY.match(name.replace("-", "_")) and item not in (None, ""):
                out[name] = "[REDACTED:secret]"
            else:
                out[name] = redact_data(item, redactor)
        return out
    if isinstance(value, list | tuple | set | frozenset):
        return [redact_data(item, redactor) for item in value]
    if hasattr(value, "to_dict"):
        return redact_data(value.to_dict(), redactor)
    return redactor(str(value))
