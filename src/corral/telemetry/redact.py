"""Redaction of secrets and PII before anything leaves the process as a span, a log line, a metric label or an
audit record (``corral.audit`` redacts with :func:`redact` too).

The baseline (secrets, then e-mail addresses, phone numbers, US SSNs, Luhn-valid card numbers, IPv4 addresses)
always runs. A richer PII detector can be added after it (``set_redactor``): the runtime installs the guards'
presidio-based one (:func:`corral.guards.pii.log_redact`), so an IBAN or a wallet address the model never saw
raw does not reach a log either.

Some PII is recognised only in context (a US SSN or an ITIN next to the word "SSN"; a card number cut in half loses
its checksum), and once a run has re-hydrated such a value for a tool (``pii_allowed``) it travels without that
context. So the guards' PII vault also registers every raw value it pseudonymizes (:func:`remember_sensitive`), and
:func:`redact` replaces those values wherever they appear, last of all.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Mapping
from typing import Any

__all__ = [
    "Redactor",
    "baseline_redact",
    "get_redactor",
    "install_redactor",
    "is_sensitive_key",
    "redact",
    "redact_head",
    "redact_secrets",
    "redact_value",
    "remember_sensitive",
    "set_redactor",
]

Redactor = Callable[[str], str]

# (label, pattern, replacement group) — a replacement group keeps a prefix such as "password=" readable.
_SECRET_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("private_key", re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----")),
    ("jwt", re.compile(r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}")),
    ("api_key", re.compile(r"\b(?:sk|pk|rk)[-_](?:live|test|proj|ant)[-_][A-Za-z0-9_-]{8,}")),
    ("api_key", re.compile(r"\bsk-[A-Za-z0-9_-]{16,}")),
    ("aws_key", re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")),
    ("github_token", re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})")),
    ("slack_token", re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}")),
    ("google_key", re.compile(r"\bAIza[0-9A-Za-z_-]{35}")),
    ("bearer", re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._~+/=-]{8,}")),
)
# key = value / key: value / "key": "value" / key is value — the value is replaced, the key kept.
_ASSIGNMENT = re.compile(
    r"""(?ix)
    (?P<key>\b(?:password|passwd|pwd|passphrase|secret|client[_-]?secret|token|access[_-]?token|
        refresh[_-]?token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|auth)\b["']?)
    (?P<sep>\s*[:=]\s*|\s+is\s+)
    (?P<quote>["']?)
    (?P<value>[^\s"',;]+)
    """
)
_URL_CREDENTIALS = re.compile(r"(?P<scheme>\b[a-z][a-z0-9+.-]*://)[^\s/:@]+:[^\s/@]+@", re.IGNORECASE)

_EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")
_PHONE = re.compile(
    r"(?<![\w+])(?:"
    r"\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)|\d{1,4})(?:[\s.-]?\d{2,4}){2,3}"  # +1 415 555 0100, +44 20 7946 0958
    r"|(?:\(\d{2,4}\)\s?|\d{3}[\s.-])\d{3,4}[\s.-]\d{3,5}"  # (415) 555-0100, 415-555-0100, 415.555.0100
    r")(?!\w)"
)
_SSN = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
_CARD = re.compile(r"\b(?:\d[ -]?){12,18}\d\b")
_IPV4 = re.compile(r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b")

_SENSITIVE_KEY = re.compile(  # matched after "-" -> "_"
    r"(?i)^(?:password|passwd|pwd|passphrase|secret|client_?secret|token|access_?token|refresh_?token|auth_?token|"
    r"api_?key|access_?key|private_?key|authorization|cookie|set_?cookie|session_?id|credentials?)$"
)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def _card_sub(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    return "[REDACTED:card]" if 13 <= len(digits) <= 19 and _luhn_ok(digits) else match.group(0)


def redact_secrets(text: str) -> str:
    """Replace credentials (API keys, tokens, passwords, private keys, URL credentials) with markers."""
    for label, pattern in _SECRET_PATTERNS:
        text = pattern.sub(f"[REDACTED:{label}]", text)
    text = _ASSIGNMENT.sub(lambda m: f"{m['key']}{m['sep']}{m['quote']}[REDACTED:secret]", text)
    return _URL_CREDENTIALS.sub(lambda m: f"{m['scheme']}[REDACTED:credentials]@", text)


def baseline_redact(text: str) -> str:
    """Secrets plus common PII (emails, phone numbers, US SSNs, Luhn-valid card numbers, IPv4 addresses)."""
    text = redact_secrets(text)
    text = _EMAIL.sub("[REDACTED:email]", text)
    text = _SSN.sub("[REDACTED:ssn]", text)
    text = _CARD.sub(_card_sub, text)
    text = _PHONE.sub("[REDACTED:phone]", text)
    return _IPV4.sub("[REDACTED:ip]", text)


_lock = threading.Lock()
_extra: Redactor | None = None


def set_redactor(fn: Redactor | None) -> None:
    """Add a PII redactor after the baseline (e.g. ``corral.guards.pii.log_redact``); ``None``: the baseline
    alone. The baseline always runs first, whatever is installed."""
    global _extra
    with _lock:
        _extra = fn


def install_redactor(fn: Redactor) -> bool:
    """``set_redactor(fn)`` unless a redactor is installed already; True when ``fn`` was installed."""
    global _extra
    with _lock:
        if _extra is not None:
            return False
        _extra = fn
        return True


def get_redactor() -> Redactor | None:
    """The redactor added after the baseline, if any."""
    return _extra


_KNOWN_MAX = 1_000  # values remembered per process (the oldest are forgotten first); few need remembering
_KNOWN_MIN = 6  # shorter values are not remembered: "12345" would redact every such number in every log
_known: dict[str, str] = {}  # raw value -> its marker, in the order they were remembered
_known_rx: re.Pattern[str] | None = None
_known_stale = False


def remember_sensitive(value: str, label: str) -> None:
    """Redact ``value`` (as ``[REDACTED:<label>]``) wherever :func:`redact` meets it from now on, whatever its
    context: a value the guards recognised as PII where its context said so. A value the redactor recognises on
    its own (an e-mail address, a card number) is not kept: only those that need their context (an SSN written
    without dashes) are, so the list, and its cost per log line, stays small."""
    global _known_stale
    value = value.strip()
    if len(value) < _KNOWN_MIN or value in _known or _redact_known(_redact_patterns(value)) != value:
        return
    with _lock:
        if len(_known) >= _KNOWN_MAX:
            del _known[next(iter(_known))]
        _known[value] = f"[REDACTED:{label}]"
        _known_stale = True


def _redact_known(text: str) -> str:
    global _known_rx, _known_stale
    if not _known:
        return text
    with _lock:
        if _known_stale:
            words = sorted(_known, key=len, reverse=True)  # the longest first: a value inside another
            _known_rx = re.compile("|".join(map(re.escape, words)))
            _known_stale = False
        rx, known = _known_rx, dict(_known)
    assert rx is not None
    return rx.sub(lambda m: known.get(m.group(), "[REDACTED:pii]"), text)


def _redact_patterns(text: str) -> str:
    text = baseline_redact(text)
    fn = _extra
    return text if fn is None else fn(text)


def redact(text: str) -> str:
    """Redact one string: the baseline, then the installed redactor, then the values remembered as sensitive."""
    return _redact_known(_redact_patterns(text))


def redact_head(text: str, limit: int, redactor: Redactor | None = None) -> str:
    """At most ``limit`` characters of ``redact(text)``'s start (or ``redactor``'s). Cutting first would split a value the redactor
    recognises only whole (a card number cut in half fails its checksum, and its digits would pass): so a window
    past the cut is redacted, wide enough that a value split at the window's end lies beyond ``limit``."""
    window = limit + 128
    while True:
        head = (redactor or redact)(text[:window])
        if window >= len(text) or len(head) >= limit + 96:
            return head[:limit]
        window *= 2


def redact_value(value: Any, *, _depth: int = 0) -> Any:
    """Redact strings anywhere inside dicts, lists and tuples; values under secret-looking keys are dropped."""
    if isinstance(value, str):
        return redact(value)
    if _depth > 20:
        return "[REDACTED:depth]"
    if isinstance(value, Mapping):
        return {
            k: ("[REDACTED:secret]" if isinstance(k, str) and is_sensitive_key(k) and v not in (None, "")
                else redact_value(v, _depth=_depth + 1))
            for k, v in value.items()
        }
    if isinstance(value, list | tuple):
        return type(value)(redact_value(v, _depth=_depth + 1) for v in value)
    return value


def is_sensitive_key(key: str) -> bool:
    """A key whose value is a credential (``password``, ``api-key``, ``Authorization``...): dropped, not read."""
    return bool(_SENSITIVE_KEY.match(key.replace("-", "_")))
