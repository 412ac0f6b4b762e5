"""Words for people: why a call was held, which value is untrusted, and the source text it came from.

In quotes, ``»…«`` marks the value and ``⟦…⟧`` marks text a guard flagged (e.g. the injected instruction).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["describe_finding", "explain", "quote"]

_VERB = {"deny": "denied", "require_approval": "held for approval", "allow": "allowed"}
_MAX_VALUE = 80


def _short(value: str) -> str:
    return value if len(value) <= _MAX_VALUE else value[:_MAX_VALUE] + "…"


def _span(item: Any) -> tuple[int, int] | None:
    if isinstance(item, Mapping):
        return int(item["start"]), int(item["end"])
    if isinstance(item, tuple | list) and len(item) >= 2:
        return int(item[0]), int(item[1])
    start, end = getattr(item, "start", None), getattr(item, "end", None)
    return (int(start), int(end)) if start is not None and end is not None else None


def quote(occurrence: Mapping[str, Any], evidence: Iterable[Any] = ()) -> str:
    """The occurrence's snippet with the value marked ``»…«`` and flagged spans marked ``⟦…⟧``."""
    snippet = occurrence.get("snippet")
    if snippet is None:
        return ""
    base = occurrence.get("snippet_start")
    marks: list[tuple[int, int, str]] = []  # (position in snippet, order, marker)
    if base is not None:
        hi = len(snippet)
        spans = [s for s in (_span(e) for e in [*occurrence.get("evidence", ()), *evidence]) if s]
        for start, end in sorted(set(spans)):
            lo_, hi_ = max(start - base, 0), min(end - base, hi)
            if lo_ < hi_:
                marks += [(lo_, 1, "⟦"), (hi_, 0, "⟧")]
        if occurrence.get("start") is not None:
            marks += [(occurrence["start"] - base, 2, "»"), (occurrence["end"] - base, -1, "«")]
    text = snippet
    for pos, _, marker in sorted(marks, key=lambda m: (m[0], m[1]), reverse=True):
        text = text[:pos] + marker + text[pos:]
    text = " ".join(text.split())
    lead = "…" if (base or 0) > 0 else ""
    return f'"{lead}{text}"'


def _where(occurrence: Mapping[str, Any]) -> str:
    kind = occurrence.get("source_kind", "source")
    origin = occurrence.get("origin", "")
    what = f"the result of {origin}" if kind == "tool_result" else f"{kind.replace('_', ' ')} ({origin})"
    step = occurrence.get("step")
    return f"{what} (source {occurrence.get('source_id')}" + (f", step {step})" if step is not None else ")")


def describe_finding(tool: str, value: Mapping[str, Any], finding: Mapping[str, Any]) -> str:
    """One sentence: the value, its label, where it came from, the rule and the verdict."""
    label = finding.get("label", value.get("label"))
    head = f'{tool} {value["path"]}: {value["kind"]} "{_short(str(value["value"]))}" is {label}'
    sources = value.get("sources") or []
    if label == "untrusted" and sources:
        first = sources[0]
        more = f" and {len(sources) - 1} more" if len(sources) > 1 else ""
        snippet = quote(first)
        head += f" — it appears only in {_where(first)}{more}" + (f": {snippet}" if snippet else "")
    elif label == "generated":
        head += " — it appears in no source of this run (the model produced it)"
    verdict = _VERB.get(str(finding.get("outcome")), str(finding.get("outcome")))
    # No square brackets: approval screens render reasons as Rich markup.
    return f"{head} ({finding.get('kind')} sink, {finding.get('rule')} → {verdict})"


def explain(provenance: Mapping[str, Any], evidence: Mapping[str, Iterable[Any]] | None = None) -> str:
    """A readable account of a provenance document (``action.annotations["provenance"]``): each sink rule that
    objected, with the untrusted value and the quoted source text it came from. ``evidence`` maps a source id
    to spans (``(start, end)``, dicts or ``Evidence``) a guard flagged in that source, highlighted ``⟦…⟧``."""
    evidence = evidence or {}
    tool = str(provenance.get("tool", "?"))
    values: list[Mapping[str, Any]] = list(provenance.get("values", []))
    objections = [f for f in provenance.get("sinks", []) if f.get("outcome") != "allow"]
    if not objections:
        untrusted = [v for v in values if v.get("label") == "untrusted"]
        if not untrusted:
            return f"{tool}: every traced argument value is trusted, generic or generated outside any sink."
        paths = ", ".join(sorted({str(v["path"]) for v in untrusted}))
        return f"{tool}: no sink rule objected; untrusted values outside sinks at {paths}."
    lines = [f"{tool}: {len(objections)} argument value(s) failed a provenance rule."]
    for f in objections:
        v = values[f["value"]]
        verdict = _VERB.get(f["outcome"], f["outcome"])
        lines.append(f'- {v["path"]} = "{_short(str(v["value"]))}" ({v["kind"]}) is {f["label"].upper()}; '
                     f'{f["kind"]} sink rule "{f["rule"]}" → {verdict}.')
        if f["label"] == "generated":
            lines.append("  It appears in no source the run has seen: the model produced it.")
        for occ in v.get("sources", []):
            if occ.get("trust") != "untrusted":
                continue
            lines.append(f"  Found in {_where(occ)}:")
            q = quote(occ, evidence.get(str(occ.get("source_id")), ()))
            if q:
                lines.append(f"    {q}")
    if any("⟦" in line for line in lines):
        lines.append("⟦…⟧ = text a guard flagged; »…« = the value.")
    return "\n".join(lines)
