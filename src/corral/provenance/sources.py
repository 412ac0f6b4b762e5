"""Sources and their trust labels: every piece of text that entered a run, indexed once when it arrives.

A run keeps one ``SourceLedger`` (in ``ActionContext.state["provenance_ledger"]``). The runtime adds the user's task
and the spec (trusted) when the run starts, each tool result as it arrives (untrusted unless the spec declares the
tool trusted), memory and retrieval results with the trust of their origin, and model output (derived: the model
may be repeating injected text, so model output never vouches for a value).

Adding a source normalizes its text and files every entity in it (emails, IBANs, URLs, hosts, phones, ID-like
tokens, numbers) in one dict, so tracing an argument is a dict hit per entity, not a scan.
"""

from __future__ import annotations

import contextlib
import json
import re
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal, cast

from corral.provenance.entities import Entity, extract_entities, normalize_text
from corral.spec.provenance import ProvenanceSettings

__all__ = [
    "LEDGER_STATE_KEY",
    "Evidence",
    "Source",
    "SourceKind",
    "SourceLedger",
    "Trust",
    "add_tool_result",
    "ensure_ledger",
    "name_tokens",
]

LEDGER_STATE_KEY = "provenance_ledger"
# Indexing costs ~0.1-0.7 ms per KB of ordinary text; a source is indexed up to this many characters (the model
# sees at most the runtime's 16,000-character cut of a tool result anyway).
MAX_INDEXED_CHARS = 200_000
SourceKind = Literal["task", "spec", "tool_result", "memory", "retrieval", "model_output"]
Trust = Literal["trusted", "untrusted", "derived"]
_KINDS = ("task", "spec", "tool_result", "memory", "retrieval", "model_output")
_TRUSTS = ("trusted", "untrusted", "derived")
_WORD = re.compile(r"[^\W\d_]{3,}")
_ADDRESS = re.compile(r"([^\s<>\"'@]+)@[^\s<>\"']+")
# Words that name no one: a sender called "support@..." is not "named" by a task that says "support".
_UNNAMING = frozenset(
    {"info", "noreply", "reply", "admin", "support", "mail", "email", "team", "contact", "hello", "office",
     "sales", "billing", "accounts", "account", "service", "help", "notifications", "notification", "newsletter",
     "security", "news", "the", "and", "for", "from", "with", "your", "you", "message", "please",
     "com", "org", "net", "mailer", "daemon", "postmaster", "bounce", "alerts", "updates", "hr", "it"}
)


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of a source's original text that a guard flagged (e.g. an injection detector), for highlighting."""

    start: int
    end: int
    label: str = "flagged"


@dataclass(slots=True)
class Source:
    """One piece of text that entered the run. ``trusted_for`` lists sink kinds (``recipient``, ``account``,
    ``amount``, ``address``, ``url``; ``*`` for all) for which values from this source count as trusted even
    though the source is not. ``attributed`` holds (field, value) pairs from the sender fields of a structured
    result (``from``, ``sender``, ...), used by the task-named-sender rule."""

    id: str
    kind: SourceKind
    origin: str
    trust: Trust
    text: str
    step: int | None = None
    trusted_for: tuple[str, ...] = ()
    attributed: tuple[tuple[str, str], ...] = ()
    evidence: list[Evidence] = field(default_factory=list)
    norm: str = field(default="", repr=False)
    _lower: str | None = field(default=None, repr=False)

    def lower_text(self) -> str | None:
        """The original text lower-cased, when that keeps every offset (None otherwise): for locating a value."""
        if self._lower is None:
            lowered = self.text.lower()
            self._lower = lowered if len(lowered) == len(self.text) else ""
        return self._lower or None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "kind": self.kind, "origin": self.origin, "trust": self.trust,
                               "text": self.text}
        if self.step is not None:
            out["step"] = self.step
        if self.trusted_for:
            out["trusted_for"] = list(self.trusted_for)
        if self.attributed:
            out["attributed"] = [list(p) for p in self.attributed]
        if self.evidence:
            out["evidence"] = [{"start": e.start, "end": e.end, "label": e.label} for e in self.evidence]
        return out


def _as_text(content: Any) -> str:
    # The runtime's canonical JSON: the same text the model (and the result guards) see, so a guard's spans on
    # that text are offsets into this source.
    if isinstance(content, str):
        return content
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def _attributed_fields(content: Any, fields: frozenset[str], out: list[tuple[str, str]], depth: int = 0) -> None:
    if depth > 8:
        return
    if isinstance(content, Mapping):
        for k, v in content.items():
            if isinstance(k, str) and k.casefold() in fields and isinstance(v, str | list):
                for item in v if isinstance(v, list) else [v]:
                    if isinstance(item, str):
                        out.append((k, item))
            else:
                _attributed_fields(v, fields, out, depth + 1)
    elif isinstance(content, list):
        for item in content:
            _attributed_fields(item, fields, out, depth + 1)


def name_tokens(value: str) -> set[str]:
    """The words that name a person in a sender value: display-name words and the parts of the address's local
    part (``"Bob Smith" <bob.smith@acme.com>`` → {bob, smith}). The domain is left out (a look-alike domain is
    cheap), and so are generic mailbox words (``support``, ``noreply``, ...)."""
    norm = normalize_text(value)
    words: set[str] = set()
    for m in _ADDRESS.finditer(norm):
        words.update(_WORD.findall(m.group(1).replace(".", " ").replace("_", " ")))
    words.update(_WORD.findall(_ADDRESS.sub(" ", norm)))
    return {w for w in words if w not in _UNNAMING}


class SourceLedger:
    """All sources of one run, indexed. JSON round-trips through ``to_dict``/``from_dict`` (the index is rebuilt)."""

    def __init__(self) -> None:
        self.sources: list[Source] = []
        self._by_id: dict[str, int] = {}
        # "kind:key" -> indexes into self.sources, in order of arrival, without repeats
        self._index: dict[str, list[int]] = {}
        self._trusted_blob = ""
        self.task_words: set[str] = set()

    # ------------------------------------------------------------------ adding
    def add(self, kind: SourceKind, content: Any, *, origin: str = "", trust: Trust | None = None,
            step: int | None = None, trusted_for: Iterable[str] = (), attributed_fields: Iterable[str] = (),
            source_id: str | None = None) -> Source:
        """Add one source and index it. ``trust`` defaults by kind: task/spec trusted, model output derived,
        everything else untrusted. Structured ``content`` (dict/list) is indexed as JSON text."""
        if kind not in _KINDS:
            raise ValueError(f"unknown source kind {kind!r}")
        if trust is None:
            trust = "trusted" if kind in ("task", "spec") else "derived" if kind == "model_output" else "untrusted"
        if trust not in _TRUSTS:
            raise ValueError(f"unknown trust {trust!r}")
        attributed: list[tuple[str, str]] = []
        fields = frozenset(f.casefold() for f in attributed_fields)
        if fields and not isinstance(content, str):
            _attributed_fields(content, fields, attributed)
        sid = source_id or f"s{len(self.sources) + 1}"
        if sid in self._by_id:
            raise ValueError(f"source id {sid!r} is already in the ledger")
        src = Source(sid, kind, origin or kind, trust, _as_text(content), step, tuple(trusted_for),
                     tuple(attributed))
        self._insert(src)
        return src

    def add_task(self, task: str) -> Source:
        return self.add("task", task, origin="user")

    def add_spec(self, spec: Any) -> Source:
        """The agent spec (an AgentSpec or any JSON-able value) as a trusted source."""
        return self.add("spec", _spec_text(spec) if hasattr(spec, "model_dump") else spec, origin="spec")

    def add_model_output(self, text: str, *, step: int | None = None) -> Source:
        return self.add("model_output", text, origin="model", step=step)

    def _insert(self, src: Source) -> None:
        # A spec is the same text in every run of an agent: its index is computed once per process.
        text = src.text if len(src.text) <= MAX_INDEXED_CHARS else src.text[:MAX_INDEXED_CHARS]
        src.norm, entities = _indexed(text) if src.kind == "spec" else _index_text(text)
        idx = len(self.sources)
        self.sources.append(src)
        self._by_id[src.id] = idx
        index = self._index
        for e in entities:
            if src.kind == "spec" and e.kind == "number":
                continue  # the spec's numbers are settings (timeouts, caps), not amounts anyone asked for
            bucket = index.setdefault(f"{e.kind}:{e.key}", [])
            if not bucket or bucket[-1] != idx:
                bucket.append(idx)
        if src.trust == "trusted":
            self._trusted_blob += "\x00" + src.norm
            if src.kind == "task":
                self.task_words |= {w for w in _WORD.findall(src.norm) if w not in _UNNAMING}

    def flag(self, source_id: str, start: int, end: int, label: str = "flagged") -> None:
        """Record a guard's finding on a span of a source's original text (shown highlighted by ``explain``)."""
        self.get(source_id).evidence.append(Evidence(start, end, label))

    # ------------------------------------------------------------------ lookup
    def get(self, source_id: str) -> Source:
        try:
            return self.sources[self._by_id[source_id]]
        except KeyError:
            raise KeyError(f"no source {source_id!r} in the ledger") from None

    def __len__(self) -> int:
        return len(self.sources)

    def __contains__(self, source_id: object) -> bool:
        return source_id in self._by_id

    def lookup(self, kind: str, key: str) -> list[Source]:
        """Sources whose text contains the entity ``kind:key`` (a dict hit)."""
        return [self.sources[i] for i in self._index.get(f"{kind}:{key}", ())]

    def in_trusted_text(self, norm: str) -> bool:
        """Whether a normalized string occurs in the text of any trusted source."""
        return _contains(self._trusted_blob, norm)

    def text_matches(self, norm: str) -> list[Source]:
        """Sources (not trusted ones: check ``in_trusted_text`` first) whose normalized text contains ``norm``."""
        return [s for s in self.sources if s.trust != "trusted" and _contains(s.norm, norm)]

    def names_sender(self, source: Source, address: str) -> str | None:
        """The task word that names the sender ``address`` in one of ``source``'s attributed fields, if any."""
        if not source.attributed or not self.task_words:
            return None
        for _, value in source.attributed:
            if address in normalize_text(value):
                hit = sorted(name_tokens(value) & self.task_words)
                if hit:
                    return hit[0]
        return None

    # ------------------------------------------------------------------ persistence
    def to_dict(self) -> dict[str, Any]:
        return {"version": 1, "sources": [s.to_dict() for s in self.sources]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SourceLedger:
        ledger = cls()
        for raw in data.get("sources", []):
            src = Source(
                id=raw["id"], kind=cast(SourceKind, raw["kind"]), origin=raw.get("origin", raw["kind"]),
                trust=cast(Trust, raw["trust"]), text=raw["text"], step=raw.get("step"),
                trusted_for=tuple(raw.get("trusted_for", ())),
                attributed=tuple((str(k), str(v)) for k, v in raw.get("attributed", ())),
                evidence=[Evidence(e["start"], e["end"], e.get("label", "flagged")) for e in raw.get("evidence", ())],
            )
            ledger._insert(src)
        return ledger


def _index_text(text: str) -> tuple[str, tuple[Entity, ...]]:
    norm = normalize_text(text)
    return norm, tuple(extract_entities(norm))


_indexed = lru_cache(maxsize=64)(_index_text)
_SPEC_TEXT: dict[int, tuple[weakref.ref[Any], str]] = {}


def _spec_text(spec: Any) -> str:
    """The spec's canonical JSON, computed once per spec object (specs are frozen)."""
    hit = _SPEC_TEXT.get(id(spec))
    if hit is not None and hit[0]() is spec:
        return hit[1]
    text = _as_text(spec.model_dump(mode="json"))
    key = id(spec)

    def _forget(_: weakref.ref[Any]) -> None:
        _SPEC_TEXT.pop(key, None)

    with contextlib.suppress(TypeError):  # not weak-referenceable: no cache
        _SPEC_TEXT[key] = (weakref.ref(spec, _forget), text)
    return text


def _contains(haystack: str, needle: str) -> bool:
    """Substring test; needles of up to 7 characters must also sit on word boundaries ("bob" not in "bobby")."""
    if len(needle) > 7:
        return needle in haystack
    start = haystack.find(needle)
    while start >= 0:
        end = start + len(needle)
        before = haystack[start - 1] if start else " "
        after = haystack[end] if end < len(haystack) else " "
        if not (before.isalnum() and needle[0].isalnum()) and not (after.isalnum() and needle[-1].isalnum()):
            return True
        start = haystack.find(needle, start + 1)
    return False


def add_tool_result(ledger: SourceLedger, tool: str, result: Any, settings: ProvenanceSettings | None = None,
                    *, step: int | None = None, source_id: str | None = None) -> Source:
    """Add a tool's result with the trust the spec gives that tool (untrusted unless declared trusted)."""
    settings = settings or ProvenanceSettings()
    tool_settings = settings.tool(tool)
    fields = tool_settings.attributed_fields
    if fields is None:
        fields = settings.attributed_fields
    return ledger.add("tool_result", result, origin=tool, trust="trusted" if tool_settings.trusted else "untrusted",
                      step=step, trusted_for=tool_settings.trusted_for,
                      attributed_fields=fields if settings.task_named_senders else (), source_id=source_id)


def ensure_ledger(state: dict[str, Any], task: str, spec: Any = None) -> SourceLedger:
    """The run's ledger from ``state`` (created with the task and the spec as trusted sources when missing; a
    persisted dict is revived)."""
    ledger = state.get(LEDGER_STATE_KEY)
    if isinstance(ledger, SourceLedger):
        return ledger
    if isinstance(ledger, Mapping):
        ledger = SourceLedger.from_dict(ledger)
    else:
        ledger = SourceLedger()
        ledger.add_task(task)
        if spec is not None:
            ledger.add_spec(spec)
    state[LEDGER_STATE_KEY] = ledger
    return ledger
