"""Plain-text rendering of a step's provenance annotation, for ``corral show`` and approval screens."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from corral.provenance.explain import explain

__all__ = ["provenance_summary", "provenance_text"]


def provenance_summary(annotations: Mapping[str, Any] | None) -> str | None:
    """One line: the label of each argument value (``$.to untrusted · $.amount trusted``), or None."""
    doc = (annotations or {}).get("provenance")
    if not isinstance(doc, Mapping):
        return None
    labels = doc.get("labels") or {}
    shown = [f"{path} {label}" for path, label in labels.items() if label != "generic"]
    objections = [f for f in doc.get("sinks", []) if f.get("outcome") != "allow"]
    line = " · ".join(shown) or "no traced values"
    if objections:
        line += f"  ({len(objections)} sink rule(s) objected)"
    return line


def provenance_text(annotations: Mapping[str, Any] | None) -> str | None:
    """The summary line and, when a sink rule objected, the explanation with quoted sources; None when the
    step carries no provenance or nothing in it was traced (no arguments, only generic values)."""
    summary = provenance_summary(annotations)
    if summary is None or summary == "no traced values":
        return None
    doc = (annotations or {})["provenance"]
    if any(f.get("outcome") != "allow" for f in doc.get("sinks", [])):
        return f"provenance: {summary}\n{explain(doc)}"
    return f"provenance: {summary}"
