"""Normalization and entity extraction shared by the source index and the argument tracer.

Both sides run the same code, so a value matches a source when their normalized forms are equal:

* text: HTML entities and %-escapes decoded, Unicode NFKC, format characters (zero-width spaces, soft hyphens,
  bidi marks) removed, case-folded, whitespace runs collapsed to one space;
* email: the normalized address; IBAN: without spaces; phone: digits only, compared on the last 9 digits (so
  ``+49 170 1234567`` and ``0170 1234567`` match); number: a canonical decimal (``1,250.00`` = ``1250``);
  URL: scheme and host lower-cased, ``www.`` and default ports dropped, no fragment; host: the bare host name.

Generic values are not traced: booleans, null, integers below 100, strings shorter than 3 characters and a few
filler words ("yes", "none", ...). They appear in almost any text, so a match would mean nothing; they cannot
carry an address, an account or a URL, so sink rules let them through (see ``docs`` in ``corral.provenance``).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Final
from urllib.parse import parse_qsl, unquote, urlsplit

__all__ = [
    "GENERIC_WORDS",
    "Entity",
    "canonical_number",
    "dedupe_spans",
    "extract_entities",
    "is_generic_text",
    "normalize_host",
    "normalize_text",
    "number_keys",
    "split_url",
    "top_level_entities",
]

GENERIC_WORDS: Final[frozenset[str]] = frozenset(
    {"yes", "no", "true", "false", "none", "null", "n/a", "ok", "okay", "all", "any", "the", "and", "high",
     "low", "medium", "normal", "default", "asc", "desc", "json", "text", "html", "eur", "usd", "gbp"}
)
# Unicode "format" characters that render as nothing but split a match (zero-width space/joiners, soft hyphen,
# bidi marks, word joiner, BOM).
_FORMAT_CHARS: Final = dict.fromkeys(
    [0x00AD, 0x061C, 0x180E, *range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x2070), 0xFEFF]
)
_FILE_SUFFIXES: Final = frozenset(
    {"pdf", "txt", "doc", "docx", "xls", "xlsx", "csv", "png", "jpg", "jpeg", "gif", "svg", "zip", "json",
     "yaml", "yml", "md", "html", "htm", "py", "js", "ts", "exe", "tmp", "log", "xml", "ppt", "pptx", "mp3",
     "mp4", "wav", "eg", "ie", "etc", "am", "pm"}
)

_EMAIL = re.compile(
    r"(?<![a-z0-9._%+\-])[a-z0-9][a-z0-9._%+\-]*@[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?"
    r"(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)*\.[a-z]{2,24}(?![a-z0-9\-])"
)
_URL = re.compile(r"\b(?:https?|ftp)://[^\s<>\"'`\[\]{}|\\^()]+")
_DOMAIN = re.compile(
    r"(?<![a-z0-9@.\-/])(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+([a-z]{2,24})(?![a-z0-9\-@]|\.[a-z0-9])"
)
_IBAN = re.compile(r"(?<![a-z0-9])[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,4})?(?![a-z0-9])")
_PHONE = re.compile(r"(?<![\w+.,\-])\+?\(?\d[\d ().\-/]{5,}\d(?![\w])")
_DATE_LIKE = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$")
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[,.'’]\d+)*(?![\w]|[.,]\d)")
_IDTOKEN = re.compile(r"(?<![\w\-])(?=[\w\-]*\d)(?=[\w\-]*[^\W\d_])[^\W_][\w\-]{3,63}(?![\w\-])")
_DOT = re.compile(r"[a-z0-9]\.[a-z]")
_DIGITS = re.compile(r"\d+")
_PCT = re.compile(r"(?:%[0-9a-fA-F]{2})+")
_TRAILING_PUNCT = ".,;:!?'\""

# Report one entity per span: when two kinds cover exactly the same characters keep the most specific one.
_PRIORITY: Final[dict[str, int]] = {"iban": 0, "email": 1, "url": 2, "phone": 3, "id": 4, "host": 5, "number": 6}


@dataclass(frozen=True, slots=True)
class Entity:
    """One entity found in normalized text: ``kind``, the canonical ``key`` used for matching, and the span of
    the match in the normalized text (``start``/``end``)."""

    kind: str
    key: str
    start: int
    end: int


def normalize_text(text: str) -> str:
    """The normalized form every comparison uses (see the module docstring)."""
    if "&" in text:
        text = html.unescape(text)
    if "%" in text:
        text = _PCT.sub(_unquote_run, text)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_FORMAT_CHARS)
    return " ".join(text.casefold().split())


def _unquote_run(m: re.Match[str]) -> str:
    # %-escapes that decode to whitespace or separators stay encoded, so an encoded URL stays one token.
    decoded = unquote(m.group())
    return m.group() if any(c.isspace() or c in "&?#/" for c in decoded) else decoded


def is_generic_text(norm: str) -> bool:
    """True for normalized strings too short or too common to trace."""
    if len(norm) < 3 or norm in GENERIC_WORDS:
        return True
    number = canonical_number(norm)
    return number is not None and _is_small(number)


def _is_small(canonical: str) -> bool:
    return "." not in canonical and len(canonical.lstrip("-")) <= 2


def canonical_number(token: str) -> str | None:
    """``1,250.00`` → ``1250``; ``12,5`` → ``12.5``; None when ``token`` is not a plain number. For a token
    that reads both ways (``1.250``) this returns the English reading; ``number_keys`` returns both."""
    keys = number_keys(token)
    return keys[0] if keys else None


def number_keys(token: str) -> list[str]:
    """Every canonical reading of a number token (one, or two when the separators are ambiguous)."""
    t = token.strip().lstrip("+").replace("'", "").replace("’", "").replace("_", "")
    if t.startswith("-"):
        t = t[1:]
    if not t or not t[0].isdigit():
        return []
    readings: list[str] = []
    if "," in t and "." in t:
        dec = "," if t.rfind(",") > t.rfind(".") else "."
        readings.append(t.replace("." if dec == "," else ",", "").replace(",", "."))
    elif "," in t:
        head, _, tail = t.rpartition(",")
        if t.count(",") == 1 and len(tail) != 3:
            readings.append(f"{head}.{tail}")
        else:
            readings.append(t.replace(",", ""))
            if t.count(",") == 1:
                readings.append(f"{head}.{tail}")
    elif t.count(".") > 1:
        readings.append(t.replace(".", ""))
    elif "." in t:
        readings.append(t)
        if len(t.rpartition(".")[2]) == 3:
            readings.append(t.replace(".", ""))
    else:
        readings.append(t)
    out: list[str] = []
    for r in readings:
        try:
            d = Decimal(r)
        except InvalidOperation:
            continue
        s = format(d.normalize(), "f")
        if s not in out:
            out.append(s)
    return out


def normalize_host(host: str) -> str:
    host = host.strip().rstrip(".").casefold()
    if host.startswith("www."):
        host = host[4:]
    return host


def split_url(url: str) -> tuple[str, str, list[str]] | None:
    """(canonical URL, host, query values) for a normalized URL; None when it has no host."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return None
    if not host:
        return None
    host = normalize_host(host)
    port = ""
    try:
        if parts.port and parts.port not in (80, 443):
            port = f":{parts.port}"
    except ValueError:
        return None
    path = parts.path.rstrip("/")
    canonical = f"{parts.scheme}://{host}{port}{path}" + (f"?{parts.query}" if parts.query else "")
    values = [v for _, v in parse_qsl(parts.query, keep_blank_values=False)]
    return canonical, host, values


def _phone_key(digits: str) -> str:
    return digits[-9:]


def _regions(norm: str, anchors: list[tuple[int, int]], gap: int) -> list[tuple[int, int]]:
    """Whitespace-bounded stretches of ``norm`` around each anchor span, merged when fewer than ``gap``
    characters apart. Patterns run only there: a regex pass over every position of a long text is what costs."""
    out: list[tuple[int, int]] = []
    for a, b in anchors:
        s = norm.rfind(" ", 0, a) + 1
        e = norm.find(" ", b)
        e = len(norm) if e < 0 else e
        if out and s <= out[-1][1] + gap:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _finditer(pattern: re.Pattern[str], norm: str, regions: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    for s, e in regions:
        yield from pattern.finditer(norm, s, e)


def _anchors(norm: str, needle: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    at = norm.find(needle)
    while at >= 0:
        out.append((at, at + len(needle)))
        at = norm.find(needle, at + 1)
    return out


def extract_entities(norm: str) -> list[Entity]:
    """Every entity in a normalized string; spans may overlap (a URL contains its host)."""
    found: list[Entity] = []
    if "://" in norm:
        for m in _finditer(_URL, norm, _regions(norm, _anchors(norm, "://"), 0)):
            raw = m.group().rstrip(_TRAILING_PUNCT)
            split = split_url(raw)
            if split is None:
                continue
            canonical, host, _ = split
            found.append(Entity("url", canonical, m.start(), m.start() + len(raw)))
            hstart = norm.find(host, m.start())
            found.append(Entity("host", host, hstart, hstart + len(host)) if hstart >= 0 else
                         Entity("host", host, m.start(), m.start() + len(raw)))
    if "@" in norm:
        for m in _finditer(_EMAIL, norm, _regions(norm, _anchors(norm, "@"), 0)):
            addr = m.group().rstrip(".")
            found.append(Entity("email", addr, m.start(), m.start() + len(addr)))
            domain = addr.rpartition("@")[2]
            found.append(Entity("host", normalize_host(domain), m.end() - len(domain), m.end()))
    if "." in norm:
        dots = [m.span() for m in _DOT.finditer(norm)]
        for m in _finditer(_DOMAIN, norm, _regions(norm, dots, 0)):
            if m.group(1) not in _FILE_SUFFIXES:
                found.append(Entity("host", normalize_host(m.group()), m.start(), m.end()))
    digits = _regions(norm, [m.span() for m in _DIGITS.finditer(norm)], 6)
    if not digits:
        return found
    for m in _finditer(_IBAN, norm, digits):
        compact = m.group().replace(" ", "")
        if 15 <= len(compact) <= 34 and sum(c.isdigit() for c in compact[4:]) * 2 >= len(compact) - 4:
            found.append(Entity("iban", compact, m.start(), m.end()))
    for m in _finditer(_PHONE, norm, digits):
        text = m.group()
        n = "".join(c for c in text if c.isdigit())
        if 7 <= len(n) <= 15 and not _DATE_LIKE.match(text):
            found.append(Entity("phone", _phone_key(n), m.start(), m.end()))
    for m in _finditer(_IDTOKEN, norm, digits):
        found.append(Entity("id", m.group(), m.start(), m.end()))
    for m in _finditer(_NUMBER, norm, digits):
        for key in number_keys(m.group()):
            if not _is_small(key):
                found.append(Entity("number", key, m.start(), m.end()))
    return found


def dedupe_spans(entities: list[Entity]) -> list[Entity]:
    """Keep one entity per exact span (the most specific kind), in order of appearance."""
    best: dict[tuple[int, int], Entity] = {}
    extra: list[Entity] = []
    for e in entities:
        span = (e.start, e.end)
        cur = best.get(span)
        if cur is None:
            best[span] = e
        elif cur.kind == e.kind and e.kind == "number":
            extra.append(e)  # both readings of an ambiguous number
        elif _PRIORITY[e.kind] < _PRIORITY[cur.kind]:
            best[span] = e
    out = list(best.values()) + [e for e in extra if best[(e.start, e.end)].kind == "number"]
    out.sort(key=lambda e: (e.start, _PRIORITY[e.kind]))
    return out


def top_level_entities(norm: str) -> list[Entity]:
    """The entities of an argument value worth reporting: one per span, none inside a larger one (the digits
    of an IBAN, the host of an email address or URL; a URL's host is traced as a part of the URL instead)."""
    spans = dedupe_spans(extract_entities(norm))
    return [e for e in spans
            if not any(o.start <= e.start and e.end <= o.end and (o.end - o.start) > (e.end - e.start)
                       for o in spans)]
