"""The Guard interface and the result every guard returns.

A guard looks at one piece of text at one point of a run (``stage``: the user's input, a tool result, a
proposed tool call's arguments, the final output) and returns a :class:`GuardResult`: a verdict, a score,
the evidence spans and, when it rewrote the text (redaction, spotlighting), the new text. Results are plain
JSON (``to_dict``) so the runtime can store them on the step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

__all__ = ["Guard", "GuardResult", "Span", "Stage", "Verdict"]

Verdict = Literal["pass", "redact", "block", "flag"]
Stage = Literal["input", "tool_result", "arguments", "output"]
_RANK: dict[str, int] = {"pass": 0, "flag": 1, "redact": 2, "block": 3}


@dataclass(frozen=True, slots=True)
class Span:
    """Evidence: ``text[start:end]`` triggered ``label``. Offsets refer to the text the guard was given."""

    start: int
    end: int
    label: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "label": self.label}


@dataclass(frozen=True, slots=True)
class GuardResult:
    """One guard's verdict on one text. ``text`` is set only when the guard transformed it."""

    guard: str
    verdict: Verdict
    score: float = 0.0
    spans: tuple[Span, ...] = ()
    text: str | None = None
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def blocked(self) -> bool:
        return self.verdict == "block"

    def to_dict(self) -> dict[str, Any]:
        """JSON-serializable form. The transformed text is left out: it may be long and is stored elsewhere;
        spans locate the evidence without copying (possibly sensitive) content."""
        out: dict[str, Any] = {"guard": self.guard, "verdict": self.verdict, "score": round(self.score, 4),
                               "spans": [s.to_dict() for s in self.spans]}
        if self.text is not None:
            out["transformed"] = True
        if self.details:
            out["details"] = self.details
        return out

    @staticmethod
    def worst(results: list[GuardResult]) -> Verdict:
        """The strictest verdict among ``results`` (block > redact > flag > pass)."""
        if not results:
            return "pass"
        return max((r.verdict for r in results), key=lambda v: _RANK[v])


@runtime_checkable
class Guard(Protocol):
    """A guardrail. ``check`` must not raise on odd input; if it cannot run at all it raises GuardError and the
    caller fails closed."""

    name: str

    def check(self, text: str, *, stage: Stage = "tool_result") -> GuardResult: ...
