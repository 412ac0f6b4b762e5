"""Normalization before detection: undo the cheap tricks attackers use to slip text past pattern matchers.

``views(text)`` returns the texts a detector should scan: the normalized text (NFKC, invisible characters
removed), a homoglyph-folded copy when the text mixes in look-alike letters, the ASCII hidden in Unicode
tag characters, and decoded copies of obvious base64 / hex / URL-encoded / rot13 payloads. Each extra view is
produced only when a cheap check says it may differ: one RE2 set pass over the UTF-8 bytes says which of
the invisible-character, mixed-script and encoded-run patterns occur at all, and only those run again.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import codecs
import functools
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import unquote

import numpy as np

from corral.guards._kernels import kernels
from corral.guards._patterns import compile_re2, iter_spans, re2_set

__all__ = ["NormalizedText", "OffsetMap", "View", "decode_json", "fold_homoglyphs", "normalize", "unquote_reply", "views",
           "well_formed"]

# Zero-width, joiners, word joiner, invisible operators, BOM, soft hyphen, Mongolian vowel separator, bidi
# embeddings/overrides/isolates, variation selectors. Tag characters (U+E0000-E007F) are handled separately:
# they can carry a whole hidden ASCII message ("ASCII smuggling").
_INVISIBLE = re.compile(
    "[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufe00-\ufe0f\U000e0000-\U000e007f]"
)
_TAGS = re.compile("[\U000e0020-\U000e007e]+")
# A str can hold a lone surrogate (json.loads('"\\ud800"') makes one) that UTF-8 cannot encode.
_SURROGATE = re.compile("[\ud800-\udfff]")


def well_formed(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD: encodable as UTF-8, every offset unchanged."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text

# Look-alikes of Latin letters from Cyrillic, Greek, Armenian and IPA blocks (after NFKC, which already folds
# full-width and mathematical alphanumerics).
_HOMOGLYPHS = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w",
    "һ": "h", "ӏ": "l", "ɡ": "g", "ɑ": "a", "ο": "o", "α": "a", "ν": "v", "ι": "i", "κ": "k", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ε": "e", "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H",
    "О": "O", "Р": "P", "С": "C", "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J", "Α": "A",
    "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P",
    "Τ": "T", "Υ": "Y", "Χ": "X", "ա": "w", "ս": "u", "օ": "o", "ɩ": "i", "ʏ": "y",
}
_FOLD_TABLE = str.maketrans(_HOMOGLYPHS)
_C = "[" + "".join(_HOMOGLYPHS) + "]"
# A word that mixes Latin letters with look-alikes is a spoof; a word of real Cyrillic or Greek is not.
_MIXED_WORD = re.compile(rf"[A-Za-z]{_C}+|{_C}+[A-Za-z]")  # look-alikes touching a Latin letter

# Candidate encoded runs. RE2 (linear time, no lookarounds): runs are found whole and decoded in Python.
_B64 = compile_re2(r"[A-Za-z0-9+/_-]{20,}={0,2}")
_B64_BYTES = np.zeros(256, dtype=np.bool_)  # _B64's class, for the compiled pass (corral.guards._kernels.runs)
_B64_BYTES[np.frombuffer(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-", np.uint8)] = True
_HEX = compile_re2(r"(?:[0-9A-Fa-f]{2}[ :]?){12,}|(?:\\x[0-9A-Fa-f]{2}){8,}")
_PCT = re.compile(r"%[0-9A-Fa-f]{2}")
# rot13 is cheap to apply but doubles the scan, so only when the text names it or carries rot13'd keywords
# (ignore, instructions, system, previous, assistant, password).
_ROT13_HINT = compile_re2(r"(?i)rot-?13|\b(?:vtaber|vafgehpgvbaf?|flfgrz|cerivbhf|nffvfgnag|cnffjbeq)\b")
# Leetspeak ("1gn0r3 4ll pr3v10u5 1n57ruc710n5"): three words in a row that mix letters with the digits that
# stand in for them. Only those words are un-leeted, so numbers elsewhere stay as they are.
_LEET_WORD = r"[A-Za-z013457@$]*(?:[A-Za-z][013457@$]|[013457][A-Za-z])[A-Za-z013457@$]*"
_LEET_RUN = compile_re2(rf"(?:{_LEET_WORD}[ \t]+){{2,}}{_LEET_WORD}")
_LEET_TOKEN = re.compile(_LEET_WORD)
_UNLEET = str.maketrans("013457@$", "oieasta" + "s")
_MAX_DECODED = 8
# One pass over the bytes says which of these occur anywhere (indices below); the rest are never run.
_I_INVISIBLE, _I_MIXED, _I_B64, _I_HEX, _I_ROT13, _I_LEET = range(6)
_PRESENCE = re2_set([_INVISIBLE.pattern, _MIXED_WORD.pattern, _B64.pattern, _HEX.pattern, _ROT13_HINT.pattern,
                     _LEET_RUN.pattern])


@dataclass(frozen=True, slots=True)
class View:
    """One text to scan and how it was obtained (``normalized``, ``homoglyphs``, ``tags``, ``base64``, ...)."""

    name: str
    text: str


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Where a rewritten text's characters came from: anchors (offset in the rewrite, offset in the source),
    ascending; between two anchors offsets move together, up to the next anchor's source offset. For rewrites
    that move offsets (a JSON body decoded, quote markers removed), so evidence points into the text the guard
    was given. A span's end maps to the source offset of the character after it, so a span ending where a
    decoded value ends takes the closing quote too (and one ending at a quoted line's start, that line's marker):
    a span never loses a character of what it covers."""

    view: tuple[int, ...]
    source: tuple[int, ...]

    def __call__(self, offset: int) -> int:
        i = bisect.bisect_right(self.view, offset) - 1
        if i < 0:
            return offset
        out = self.source[i] + offset - self.view[i]
        return min(out, self.source[i + 1]) if i + 1 < len(self.source) else out


@dataclass(slots=True)
class NormalizedText:
    """The normalized text, every view to scan, and what was found hidden (counts, for scoring). ``origin`` maps
    an offset of the normalized view to the text given (None: the same offsets, or, after NFKC, not mapped)."""

    text: str
    views: list[View]
    invisible_chars: int = 0
    obfuscations: list[str] = field(default_factory=list)
    origin: Callable[[int], int] | None = None


def fold_homoglyphs(text: str) -> str:
    """Map look-alike Cyrillic/Greek letters to the Latin letters they imitate."""
    return text.translate(_FOLD_TABLE)


def _fold_mixed_words(text: str) -> str | None:
    """Fold only words that mix scripts (``рrеvіоus``); None when there are none. Real Cyrillic or Greek prose
    stays as it is, so its own patterns still match."""
    changed = False

    def fold(m: re.Match[str]) -> str:
        nonlocal changed
        changed = True
        return m.group().translate(_FOLD_TABLE)

    folded = _MIXED_WORD.sub(fold, text)
    return folded if changed else None


def normalize(text: str) -> str:
    """NFKC, then remove invisible and bidi-control characters."""
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))


def _printable_ratio(s: str) -> float:
    if not s:
        return 0.0
    good = sum(1 for c in s if c.isprintable() or c in "\n\r\t")
    return good / len(s)


def _as_text(raw: bytes) -> str | None:
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    letters = sum(1 for c in s if c.isalpha() or c == " ")
    return s if _printable_ratio(s) > 0.95 and letters >= 0.6 * len(s) else None


@functools.lru_cache(maxsize=1024)
def _decode_b64(token: str) -> str | None:
    token = token.rstrip("=")
    if len(token) % 4 == 1:
        return None
    urlsafe = "-" in token or "_" in token
    if urlsafe and ("+" in token or "/" in token):
        return None
    try:
        raw = base64.b64decode(token + "=" * (-len(token) % 4), altchars=b"-_" if urlsafe else None, validate=True)
    except (binascii.Error, ValueError):
        return None
    return _as_text(raw)


@functools.lru_cache(maxsize=1024)
def _decode_hex(token: str) -> str | None:
    digits = re.sub(r"\\x|[ :]", "", token)
    try:
        raw = bytes.fromhex(digits)
    except ValueError:
        return None
    return _as_text(raw)


def _present(data: bytes) -> frozenset[int]:
    return frozenset(_PRESENCE.Match(data) or ())


def _decoded_views(text: str, data: bytes | None = None, present: frozenset[int] | None = None) -> list[View]:
    """Decoded copies of the encoded runs in ``text``. ``data``: ``text`` as UTF-8; ``present``: its
    ``_present`` indices (both computed here when not given)."""
    if data is None:
        data = text.encode("utf-8")
    if present is None:
        present = _present(data)
    out: list[View] = []
    for idx, rx, name, decode in ((_I_B64, _B64, "base64", _decode_b64), (_I_HEX, _HEX, "hex", _decode_hex)):
        if idx not in present:
            continue
        # The runs are ASCII, so the bytes of a match decode to the very string ``rx.finditer(text)`` yields.
        jit = kernels() if idx == _I_B64 else None
        spans = iter_spans(rx, data) if jit is None else jit.runs(np.frombuffer(data, np.uint8), _B64_BYTES, 20,
                                                                  2).tolist()
        for s, e in spans:
            decoded = decode(data[s:e].decode("ascii"))
            if decoded:
                out.append(View(name, decoded))
            if len(out) >= _MAX_DECODED:
                return out
    if len(_PCT.findall(text, 0, 4096)) >= 3:
        decoded = unquote(unquote(text))
        if decoded != text:
            out.append(View("url", decoded))
    if _I_ROT13 in present:
        out.append(View("rot13", codecs.decode(text, "rot13")))
    if _I_LEET in present:
        runs = [data[s:e].decode("ascii") for s, e in iter_spans(_LEET_RUN, data)][:_MAX_DECODED]
        if runs:
            out.append(View("leetspeak", "\n".join(_LEET_TOKEN.sub(lambda m: m.group().translate(_UNLEET), r)
                                                   for r in runs)))
    return out


# A JSON string literal, and the colon after it when it is an object key.
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"(\s*:)?')  # unrolled: five times faster than (?:a|b)*
_JSON_ESCAPE = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\.")


def _is_json(text: str) -> bool:
    try:
        return isinstance(json.loads(text), (dict, list))
    except (ValueError, RecursionError):  # RecursionError: nested deeper than the parser goes (hostile input)
        return False


def decode_json(text: str) -> str | None:
    """A JSON tool output as a reader sees it: when ``text`` is one JSON object or array, or JSON Lines (two or
    more non-empty lines, each one), the same text with every string value replaced by its decoded content
    (escapes resolved, quotes dropped; keys, numbers and punctuation stay). None for any other text. In a JSON
    string every line break is the two characters ``\\n``; read raw, a JSON e-mail body looked like nothing the
    models were trained on, and they blocked several times as many benign outputs (round 37)."""
    decoded = _decode_json(text)
    return decoded[0] if decoded is not None else None


def _decode_json(text: str) -> tuple[str, OffsetMap] | None:
    """:func:`decode_json`, and where its characters came from (a decoded value's characters run from its
    literal's first one, up to the closing quote)."""
    start = text.lstrip()[:1]
    if start not in ("{", "[") or '"' not in text:
        return None
    if not _is_json(text):
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) < 2 or not all(line.lstrip()[:1] in ("{", "[") and _is_json(line) for line in lines):
            return None
    pieces: list[str] = []
    view: list[int] = []
    source: list[int] = []
    pos = out = 0
    for m in _JSON_STRING.finditer(text):
        if m.group(1) is not None:  # a key stays as it is
            continue
        value: str = json.loads(m.group())
        pieces += [text[pos:m.start()], value]
        out += m.start() - pos  # where the value starts in the rewrite
        at, src = out, m.start() + 1
        view.append(at)
        source.append(src)
        for e in _JSON_ESCAPE.finditer(text, m.start() + 1, m.end() - 1):  # an escape decodes to one character
            at, src = at + e.start() - src + 1, e.end()
            view.append(at)
            source.append(src)
        out += len(value)
        view.append(out)
        source.append(m.end())
        pos = m.end()
    pieces.append(text[pos:])
    return well_formed("".join(pieces)), OffsetMap(tuple(view), tuple(source))


# A quote marker at a line's start: ">" after optional blanks, nested ones too, and one blank after the last. The
# line-break form starts with a literal, which ``re`` finds several times faster than a ``^`` in multiline mode.
_QUOTE_FIRST = re.compile(r"\A[ \t]*>(?:[ \t]*>)*[ \t]?")
_QUOTE_LINE = re.compile(r"\n[ \t]*>(?:[ \t]*>)*[ \t]?")


def unquote_reply(text: str) -> str | None:
    """A quoted reply as a reader sees it: when at least two lines start with a quote marker ("> ", "> > ", ">>"),
    the text with those markers removed (the lines' content and every other line unchanged); None for any other
    text. Quoted whole in a reply, injected documents were caught 6 to 12 points less often: the models saw few
    quoted documents, and the line-start signals did not see "> System:" (round 40)."""
    unquoted = _unquote_reply(text)
    return unquoted[0] if unquoted is not None else None


def _unquote_reply(text: str) -> tuple[str, OffsetMap] | None:
    """:func:`unquote_reply`, and where its characters came from."""
    if ">" not in text:
        return None
    first = _QUOTE_FIRST.match(text)
    pos = first.end() if first is not None else 0
    pieces: list[str] = []
    view, source = ([0], [pos]) if pos else ([], [])
    out = 0
    for m in _QUOTE_LINE.finditer(text, pos):
        pieces.append(text[pos: m.start() + 1])  # up to the line break, kept
        out += m.start() + 1 - pos
        pos = m.end()
        view.append(out)
        source.append(pos)
    if len(view) < 2:
        return None
    pieces.append(text[pos:])
    return "".join(pieces), OffsetMap(tuple(view), tuple(source))


def views(text: str) -> NormalizedText:
    """Normalize ``text`` and list every view a detector should scan (the normalized text first). JSON is read
    as its decoded text (:func:`decode_json`), a quoted reply without its quote markers (:func:`unquote_reply`)."""
    maps: list[OffsetMap] = []
    for rewrite in (_decode_json, _unquote_reply):
        rewritten = rewrite(text)
        if rewritten is not None:
            text = rewritten[0]
            maps.insert(0, rewritten[1])  # the last rewrite's offsets are mapped first
    if text.isascii():  # the common case: nothing to fold, strip or un-hide
        data = text.encode("ascii")
        result, present = NormalizedText(text, [View("normalized", text)]), _present(data)
    else:
        result, data, present = _normalize_unicode(text)
    if maps:  # NFKC's offsets (if moved) are undone first, then the rewrites', the last one first
        inner = result.origin
        result.origin = functools.partial(_through, tuple(maps)) if inner is None else \
            functools.partial(_after, inner, tuple(maps))
    for v in _decoded_views(result.text, data, present):
        result.views.append(v)
        result.obfuscations.append(v.name)
    return result


_NON_ASCII_RUN = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]+")


def _nfkc_map(text: str, nfkc: str) -> OffsetMap | None:
    """Where NFKC(``text``)'s characters came from. ASCII is left alone by NFKC and never composes with what
    follows it, so each run of non-ASCII characters (with the character before it, which a combining mark may
    join) normalizes on its own; a run whose length changes gets anchors at both ends (inside it, offsets move
    together, clamped to its end). None if the runs do not add up to ``nfkc``, the whole text's NFKC."""
    view: list[int] = []
    source: list[int] = []
    pieces: list[str] = []
    pos = out = 0
    for m in _NON_ASCII_RUN.finditer(text):
        run = unicodedata.normalize("NFKC", m.group())
        pieces += [text[pos:m.start()], run]
        out += m.start() - pos
        if len(run) != len(m.group()):
            view += [out, out + len(run)]
            source += [m.start(), m.end()]
        out += len(run)
        pos = m.end()
    pieces.append(text[pos:])
    if "".join(pieces) != nfkc:
        return None
    return OffsetMap(tuple(view), tuple(source))


def _removed_map(text: str, pattern: re.Pattern[str]) -> OffsetMap:
    """Where ``pattern.sub("", text)``'s characters came from."""
    view: list[int] = []
    source: list[int] = []
    removed = 0
    for m in pattern.finditer(text):
        removed += m.end() - m.start()
        view.append(m.end() - removed)
        source.append(m.end())
    return OffsetMap(tuple(view), tuple(source))


class _LazyOrigin:
    """The normalized view's offsets in a non-ASCII text, worked out on first use (only evidence needs them):
    invisible characters removed from ``nfkc`` (the text's NFKC), then NFKC undone run by run. Offsets stay as
    they are where NFKC cannot be undone that way."""

    def __init__(self, text: str, nfkc: str) -> None:
        self._text, self._nfkc = text, nfkc
        self._maps: tuple[OffsetMap, ...] | None = None

    def __call__(self, offset: int) -> int:
        if self._maps is None:
            maps = (_removed_map(self._nfkc, _INVISIBLE), _nfkc_map(self._text, self._nfkc))
            self._maps = tuple(m for m in maps if m is not None)
        return _through(self._maps, offset)


def _after(inner: Callable[[int], int], maps: tuple[OffsetMap, ...], offset: int) -> int:
    return _through(maps, inner(offset))


def _through(maps: tuple[OffsetMap, ...], offset: int) -> int:
    for m in maps:
        offset = m(offset)
    return offset


def _normalize_unicode(text: str) -> tuple[NormalizedText, bytes, frozenset[int]]:
    stripped = unicodedata.normalize("NFKC", text)
    try:
        data = stripped.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates (see well_formed)
        stripped = _SURROGATE.sub("\ufffd", stripped)
        data = stripped.encode("utf-8")
    present = _present(data)
    n_invisible, nfkc = 0, stripped
    if _I_INVISIBLE in present:
        stripped, n_invisible = _INVISIBLE.subn("", stripped)
        data = stripped.encode("utf-8")
        present = _present(data)
    result = NormalizedText(stripped, [View("normalized", stripped)], n_invisible)
    if n_invisible or len(stripped) != len(text):
        result.origin = _LazyOrigin(text, nfkc)
    if n_invisible:
        hidden = "".join(chr(ord(c) - 0xE0000) for m in _TAGS.finditer(text) for c in m.group())
        if hidden.strip():
            result.views.append(View("tags", hidden))
            result.obfuscations.append("tags")
    # A mixed-script word implies both a look-alike and a Latin letter; without one there is nothing to fold.
    if _I_MIXED in present:
        folded = _fold_mixed_words(stripped)
        if folded is not None:
            result.views.append(View("homoglyphs", folded))
            result.obfuscations.append("homoglyphs")
    return result, data, present
