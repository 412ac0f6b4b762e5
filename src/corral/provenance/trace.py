"""Trace every value of a proposed tool call back to the sources it appears in.

Each leaf of the arguments (recursively through objects and arrays) is one value; inside a string, each email
address, IBAN, URL (with its host and query values as parts), phone number, ID-like token and number is one
more. Every value gets a label:

* ``trusted`` — it appears in a trusted source (the task, the spec, a trusted tool), or it is an email address
  in a sender field (``from``/``sender``/``reply_to``) of a tool result whose sender the user's task names
  (``via`` says which word): "reply to Bob's email" lets the reply go to the address Bob's email came from;
* ``untrusted`` — it appears only in untrusted sources (tool results, retrieved text); the first three are
  quoted with a snippet around the occurrence;
* ``generated`` — it appears in no trusted or untrusted source (the model made it up, or only model output
  has it);
* ``generic`` — too short or too common to trace (see ``corral.provenance.entities``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from corral.provenance.entities import (
    Entity,
    canonical_number,
    is_generic_text,
    normalize_text,
    split_url,
    top_level_entities,
)
from corral.provenance.sources import Source, SourceLedger

__all__ = ["ArgumentProvenance", "Label", "Occurrence", "ValueTrace", "trace_arguments"]

Label = Literal["trusted", "untrusted", "generated", "generic"]
MAX_QUOTED_SOURCES = 3
SNIPPET_RADIUS = 80
_MAX_DISPLAY = 200
_MAX_DEPTH = 16


@dataclass(slots=True)
class Occurrence:
    """Where a value appears: the source, and for untrusted sources a quoted snippet of its original text.
    ``start``/``end`` are the match's offsets in the source text, ``snippet_start`` the snippet's."""

    source_id: str
    source_kind: str
    origin: str
    trust: str
    step: int | None = None
    snippet: str | None = None
    snippet_start: int | None = None
    start: int | None = None
    end: int | None = None
    evidence: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"source_id": self.source_id, "source_kind": self.source_kind,
                               "origin": self.origin, "trust": self.trust}
        for name in ("step", "snippet", "snippet_start", "start", "end"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        if self.evidence:
            out["evidence"] = self.evidence
        return out


@dataclass(slots=True)
class ValueTrace:
    """One traced value. ``path`` is a JSONPath into the arguments, ``arg`` the top-level argument and ``key``
    the nearest object key; ``parent`` indexes the value this one is part of (an entity inside a text, a
    URL's host); ``whole`` is true when the value is the entire leaf."""

    path: str
    arg: str
    key: str
    kind: str
    value: str
    label: Label
    sources: list[Occurrence] = field(default_factory=list)
    via: str | None = None
    trusted_for: tuple[str, ...] = ()
    parent: int | None = None
    part: str | None = None
    whole: bool = True

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.path, "arg": self.arg, "key": self.key, "kind": self.kind,
                               "value": self.value, "label": self.label,
                               "sources": [o.to_dict() for o in self.sources]}
        if self.via:
            out["via"] = self.via
        if self.trusted_for:
            out["trusted_for"] = list(self.trusted_for)
        if self.parent is not None:
            out["parent"] = self.parent
        if self.part:
            out["part"] = self.part
        if not self.whole:
            out["whole"] = False
        return out


@dataclass(slots=True)
class ArgumentProvenance:
    """The provenance of one proposed call's arguments."""

    tool: str
    values: list[ValueTrace]

    def to_dict(self) -> dict[str, Any]:
        labels: dict[str, str] = {}
        for v in self.values:
            if v.whole:
                labels[v.path] = v.label
        return {
            "tool": self.tool,
            "values": [v.to_dict() for v in self.values],
            "labels": labels,
            "untrusted": sorted({v.path for v in self.values if v.label == "untrusted"}),
            "generated": sorted({v.path for v in self.values if v.label == "generated"}),
        }

    def at(self, path: str) -> list[ValueTrace]:
        return [v for v in self.values if v.path == path]


class _Tracer:
    def __init__(self, ledger: SourceLedger, endorse_senders: bool) -> None:
        self.ledger = ledger
        self.endorse = endorse_senders
        self.out: list[ValueTrace] = []

    def walk(self, value: Any, path: str, arg: str, key: str, depth: int) -> None:
        if depth > _MAX_DEPTH and isinstance(value, Mapping | list | tuple):
            # Too deep to walk: the rest is traced as one text, so nothing escapes the sink rules by nesting.
            self.string(json.dumps(value, ensure_ascii=False, default=str), path, arg, key)
            return
        if isinstance(value, Mapping):
            for k, v in value.items():
                ks = str(k)
                self.walk(v, f"{path}.{ks}", arg or ks, ks, depth + 1)
        elif isinstance(value, list | tuple):
            for i, v in enumerate(value):
                self.walk(v, f"{path}[{i}]", arg, key, depth + 1)
        elif isinstance(value, bool) or value is None:
            self.out.append(ValueTrace(path, arg, key, "boolean" if value is not None else "null",
                                       str(value).lower() if value is not None else "null", "generic"))
        elif isinstance(value, int | float):
            self.number(value, path, arg, key)
        else:
            self.string(str(value), path, arg, key)

    def number(self, value: float, path: str, arg: str, key: str) -> None:
        canonical = canonical_number(repr(value) if isinstance(value, float) else str(value))
        trace = ValueTrace(path, arg, key, "number", str(value), "generic")
        if canonical is not None and not is_generic_text(canonical):
            self.label_entity(trace, "number", canonical)
        self.out.append(trace)

    def string(self, raw: str, path: str, arg: str, key: str) -> None:
        norm = normalize_text(raw)
        display = raw if len(raw) <= _MAX_DISPLAY else raw[:_MAX_DISPLAY] + "…"
        if is_generic_text(norm):
            self.out.append(ValueTrace(path, arg, key, "text", display, "generic"))
            return
        entities = top_level_entities(norm)
        if len(entities) == 1 and entities[0].start == 0 and entities[0].end == len(norm):
            self.entity(entities[0], norm, path, arg, key, None, True, display)
            return
        trace = ValueTrace(path, arg, key, "text", display, "generated")
        self.label_text(trace, norm)
        parent = len(self.out)
        self.out.append(trace)
        for e in entities:
            self.entity(e, norm, path, arg, key, parent, False)

    def entity(self, e: Entity, norm: str, path: str, arg: str, key: str, parent: int | None,
               whole: bool, display: str | None = None) -> None:
        shown = display if display is not None else norm[e.start:e.end]
        trace = ValueTrace(path, arg, key, e.kind, shown, "generated", parent=parent, whole=whole)
        self.label_entity(trace, e.kind, e.key)
        index = len(self.out)
        self.out.append(trace)
        if e.kind != "url":
            return
        split = split_url(e.key)
        if split is None:
            return
        _, host, query_values = split
        host_trace = ValueTrace(path, arg, key, "host", host, "generated", parent=index, part="host",
                                whole=False)
        self.label_entity(host_trace, "host", host)
        self.out.append(host_trace)
        for qv in query_values:
            qnorm = normalize_text(qv)
            if is_generic_text(qnorm):
                continue
            q = ValueTrace(path, arg, key, "text", qv, "generated", parent=index, part="query", whole=False)
            self.label_text(q, qnorm)
            self.out.append(q)

    # -------------------------------------------------------------- labelling
    def label_entity(self, trace: ValueTrace, kind: str, key: str) -> None:
        self.apply(trace, self.ledger.lookup(kind, key), key, kind)

    def label_text(self, trace: ValueTrace, norm: str) -> None:
        if self.ledger.in_trusted_text(norm):
            trace.label = "trusted"
            trace.sources = [self.occurrence(s, None, "text") for s in self.ledger.sources
                             if s.trust == "trusted" and norm in s.norm][:MAX_QUOTED_SOURCES]
            return
        self.apply(trace, self.ledger.text_matches(norm), norm, "text")

    def apply(self, trace: ValueTrace, hits: list[Source], needle: str, kind: str) -> None:
        trusted = [s for s in hits if s.trust == "trusted"]
        if trusted:
            trace.label = "trusted"
            trace.sources = [self.occurrence(s, None, kind) for s in trusted[:MAX_QUOTED_SOURCES]]
            return
        untrusted = [s for s in hits if s.trust == "untrusted"]
        if not untrusted:
            trace.label = "generated"
            trace.sources = [self.occurrence(s, None, kind) for s in hits[:MAX_QUOTED_SOURCES]]
            return
        trace.label = "untrusted"
        kinds: set[str] = set()
        for s in untrusted:
            kinds.update(s.trusted_for)
        trace.trusted_for = tuple(sorted(kinds))
        trace.sources = [self.occurrence(s, needle, kind) for s in untrusted[:MAX_QUOTED_SOURCES]]
        if self.endorse and kind == "email":
            for s in untrusted:
                word = self.ledger.names_sender(s, needle)
                if word:
                    trace.label = "trusted"
                    trace.via = f"task_named_sender:{word}"
                    break

    def occurrence(self, src: Source, needle: str | None, kind: str) -> Occurrence:
        occ = Occurrence(src.id, src.kind, src.origin, src.trust, src.step)
        if needle is None:
            return occ
        span = _find_original(src, needle, kind)
        if span is None:
            at = src.norm.find(needle)
            if at >= 0:
                occ.snippet = _window(src.norm, at, at + len(needle))[0]
            return occ
        start, end = span
        occ.snippet, occ.snippet_start = _window(src.text, start, end)
        occ.start, occ.end = start, end
        lo, hi = occ.snippet_start, occ.snippet_start + len(occ.snippet)
        occ.evidence = [{"start": e.start, "end": e.end, "label": e.label} for e in src.evidence
                        if e.end > lo and e.start < hi]
        return occ


@lru_cache(maxsize=1024)
def _flexible(needle: str) -> re.Pattern[str]:
    return re.compile(r"[\s\-.,'()/]*".join(re.escape(c) for c in needle), re.IGNORECASE)


def _find_original(src: Source, needle: str, kind: str) -> tuple[int, int] | None:
    """The span of ``needle`` (a normalized value) in the source's original text, tolerating case and, for
    IBANs, phones and numbers, separators between the characters."""
    if kind == "url":
        split = split_url(needle)
        needle = split[1] if split else needle
    lower = src.lower_text()
    if lower is not None:
        at = lower.find(needle)
        if at >= 0:
            return at, at + len(needle)
    else:
        m = re.search(re.escape(needle), src.text, re.IGNORECASE)
        if m is not None:
            return m.start(), m.end()
    if kind in ("iban", "phone", "number") and len(needle) <= 40:
        m = _flexible(needle).search(src.text)
        if m is not None:
            return m.start(), m.end()
    return None


def _window(text: str, start: int, end: int) -> tuple[str, int]:
    lo = max(0, start - SNIPPET_RADIUS)
    hi = min(len(text), end + SNIPPET_RADIUS)
    if lo > 0:
        space = text.find(" ", lo, start)
        lo = space + 1 if space >= 0 else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space >= 0 else hi
    return text[lo:hi], lo


def trace_arguments(tool: str, arguments: Mapping[str, Any], ledger: SourceLedger, *,
                    endorse_senders: bool = True) -> ArgumentProvenance:
    """The provenance of every value in ``arguments`` against the sources in ``ledger``."""
    tracer = _Tracer(ledger, endorse_senders)
    for name, value in arguments.items():
        tracer.walk(value, f"$.{name}", str(name), str(name), 0)
    return ArgumentProvenance(tool, tracer.out)
