"""Turn a Python regex into an RE2 "prefilter" that matches a superset of it.

RE2 scans in linear time and matches a whole set of patterns in one pass, but has no lookarounds and only
ASCII ``\\w``/``\\b``. Removing lookarounds and word boundaries, and widening ``\\w`` to Unicode letters, only
ever admits more matches, so the relaxed pattern finds every candidate; the exact Python pattern then
confirms each candidate in a small window around it.
"""

from __future__ import annotations

import re

__all__ = ["relax"]

_LOOKAROUND_OPENERS = ("(?<!", "(?<=", "(?!", "(?=")


def _skip_group(p: str, i: int) -> int:
    """Index just after the group that opens at ``p[i] == '('``."""
    depth = 0
    in_class = False
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if p[i + 1:i + 2] == "]" or p[i + 1:i + 3] == "^]":  # a literal ] first in the class
                i += 2 if p[i + 1] == "]" else 3
                continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError("unbalanced group")


def relax(pattern: str, flags: int = 0) -> str:
    """An RE2-compatible pattern matching a superset of ``pattern`` (compiled with ``flags``), without
    capture groups."""
    out: list[str] = []
    i = 0
    in_class = False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            esc = pattern[i:i + 2]
            if not in_class and esc in ("\\b", "\\B"):
                pass  # word boundaries: drop
            elif esc == "\\w":
                out.append("\\pL\\pN_" if in_class else "[\\pL\\pN_]")
            else:
                out.append(esc)
            i += 2
            continue
        if in_class:
            out.append(c)
            if c == "]":
                in_class = False
            i += 1
            continue
        if c == "[":
            in_class = True
            out.append(c)
            i += 1
            if pattern[i:i + 1] == "^":
                out.append("^")
                i += 1
            if pattern[i:i + 1] == "]":
                out.append("\\]")
                i += 1
            continue
        if pattern.startswith(_LOOKAROUND_OPENERS, i):
            i = _skip_group(pattern, i)
            continue
        if c == "(" and pattern[i + 1:i + 2] != "?":
            out.append("(?:")  # no capture groups: the prefilter only needs the span, and groups cost per match
            i += 1
            continue
        out.append(c)
        i += 1
    inline = ("i" if flags & re.IGNORECASE else "") + ("s" if flags & re.DOTALL else "") + \
        ("m" if flags & re.MULTILINE else "")
    body = "".join(out)
    return f"(?{inline}){body}" if inline else body
