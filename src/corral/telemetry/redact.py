"""Redaction of secrets and PII before anything leaves the process as a span, a log line, a metric label or an
audit record (``corral.audit`` redacts with :func:`redact` too).

The baseline (secrets, then e-mail addresses, phone numbers, US SSNs, Luhn-valid card numbers, IPv4 addresses)
always runs. A richer PII detector can be added after it (``set_redactor``): the runtime installs the guards'
presidio-based one (:func:`corral.guards.pii.log_redact`), so an IBAN or a wallet address the model never saw
raw does not reach a log either.

Some PII is recognised only in context (a US SSN or an ITIN next to the word "SSN"), and once a run has
re-hydrated a value for a tool (``pii_allowed``) or for the user it travels without that context, or glued to other
text where no pattern's word boundary holds. So the guards' PII vault also registers every raw value it
pseudonymizes or re-hydrates (:func:`remember_sensitive`), and :func:`redact` replaces those values wherever they
appear, first of all.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
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


_KNOWN_MAX = 100_000  # values remembered per process; the least recently used are forgotten first
_KNOWN_MIN = 6  # shorter values are not remembered: "12345" would redact every such number in every log
_known: OrderedDict[str, str] = OrderedDict()  # raw value -> its marker, least recently used first
_by_prefix: dict[str, frozenset[str]] = {}  # a value's first _KNOWN_MIN characters -> the values that start so


def remember_sensitive(value: str, label: str) -> None:
    """Redact ``value`` (as ``[REDACTED:<label>]``) wherever :func:`redact` meets it from now on, whatever its
    context. The guards' PII vault calls this for every value it pseudonymizes, and again whenever it re-hydrates
    one: a re-hydrated value travels without the context that made it PII (an SSN away from the word "SSN") and
    sometimes glued to other text (``_jane@x.com_``, ``<EMAIL_1>_profile.json``), where no pattern sees it.
    Lookups cost one dictionary probe per character of the text, however many values are kept."""
    value = value.strip()
    if len(value) < _KNOWN_MIN:
        return
    with _lock:
        if value in _known:
            _known.move_to_end(value)
            return
        if len(_known) >= _KNOWN_MAX:
            old, _ = _known.popitem(last=False)
            rest = _by_prefix[old[:_KNOWN_MIN]] - {old}
            if rest:
                _by_prefix[old[:_KNOWN_MIN]] = rest
            else:
                del _by_prefix[old[:_KNOWN_MIN]]
        _known[value] = f"[REDACTED:{label}]"
        _by_prefix[value[:_KNOWN_MIN]] = _by_prefix.get(value[:_KNOWN_MIN], frozenset()) | {value}


def _redact_known(text: str) -> str:
    """``text`` with every remembered value (the longest that starts at a place) replaced by its marker."""
    if not _by_prefix or len(text) < _KNOWN_MIN:
        return text
    get, width = _by_prefix.get, _KNOWN_MIN
    out: list[str] = []
    pos = i = 0
    stop = len(text) - width
    while i <= stop:
        found = get(text[i:i + width])
        if found:
            best = max((v for v in found if text.startswith(v, i)), key=len, default=None)
            if best is not None:
                out += [text[pos:i], _known.get(best, "[REDACTED:pii]")]
                i = pos = i + len(best)
                continue
        i += 1
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _redact_patterns(text: str) -> str:
    text = baseline_redact(text)
    fn = _extra
    return text if fn is None else fn(text)


def redact(text: str) -> str:
    """Redact one string: the values remembered as sensitive, then the baseline, then the installed redactor."""
    return _redact_patterns(_redact_known(text))


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
        out: dict[Any, Any] = {}
        for k, v in value.items():
            if isinstance(k, str) and is_sensitive_key(k) and v not in (None, ""):
                out[k] = "[REDACTED:secret]"
                continue
            key = redact(k) if isinstance(k, str) else k  # a key can be PII too
            while key in out:
                key += "'"
            out[key] = redact_value(v, _depth=_depth + 1)
        return out
    if isinstance(value, list | tuple):
        return type(value)(redact_value(v, _depth=_depth + 1) for v in value)
    return value


def is_sensitive_key(key: str) -> bool:
    """A key whose value is a credential (``password``, ``api-key``, ``Authorization``...): dropped, not read."""
    return bool(_SENSITIVE_KEY.match(key.replace("-", "_")))
