"""The SLO spec: the blueprint's ``slos:`` YAML, loaded verbatim and validated with clear errors.

    slos:
      - name: ticket-creation-success
        objective: ">= 99.0% over 30 days"
        sli:
          numerator: tool_calls{tool="CreateSupportTicket",status="ok"}
          denominator: tool_calls{tool="CreateSupportTicket"}
        alerts:
          - burn_rate_window: 2h
            threshold: 14x

Selectors use Prometheus syntax (``metric{label="v", other!="w"}``, also ``=~`` / ``!~``). The document may hold
other top-level keys (an ``agent:`` beside the ``slos:``); only ``slos`` is read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from corral.errors import SpecError
from corral.spec.loader import format_validation_error

__all__ = [
    "Matcher",
    "Selector",
    "SliSpec",
    "SloAlertSpec",
    "SloSpec",
    "format_duration",
    "load_slos",
    "parse_duration",
    "parse_selector",
    "parse_slos",
]

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_WORDS = {"second": "s", "minute": "m", "hour": "h", "day": "d", "week": "w"}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([a-z]+)\s*$")
_OBJECTIVE = re.compile(r"^\s*(>=|>)?\s*(\d+(?:\.\d+)?)\s*%\s+over\s+(.+?)\s*$")
_SELECTOR = re.compile(r"^\s*([A-Za-z_:][A-Za-z0-9_:]*)\s*(?:\{(.*)\})?\s*$", re.DOTALL)
_MATCHER = re.compile(r'\s*([A-Za-z_][A-Za-z0-9_]*)\s*(=~|!~|!=|=)\s*"((?:[^"\\]|\\.)*)"\s*(?:,|$)')


def parse_duration(text: str) -> float:
    """``"5m"``, ``"2h"``, ``"30 days"``, ``"3d"`` → seconds."""
    m = _DURATION.match(text.lower())
    unit = m.group(2) if m else ""
    unit = _WORDS.get(unit.rstrip("s"), unit) if len(unit) > 1 else unit
    if m is None or unit not in _UNITS or float(m.group(1)) <= 0:
        raise ValueError(f"not a duration: {text!r} (use e.g. 5m, 2h, 3d, 30 days)")
    return float(m.group(1)) * _UNITS[unit]


def format_duration(seconds: float) -> str:
    """Seconds → the largest whole Prometheus unit: 300 → ``5m``, 259200 → ``3d``."""
    for unit in ("w", "d", "h", "m"):
        size = _UNITS[unit]
        if seconds >= size and seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
    return f"{int(seconds)}s"


@dataclass(frozen=True, slots=True)
class Matcher:
    label: str
    op: Literal["=", "!=", "=~", "!~"]
    value: str

    def matches(self, labels: dict[str, str]) -> bool:
        got = labels.get(self.label, "")
        if self.op == "=":
            return got == self.value
        if self.op == "!=":
            return got != self.value
        hit = re.fullmatch(self.value, got) is not None
        return hit if self.op == "=~" else not hit

    def promql(self) -> str:
        value = self.value.replace("\\", "\\\\").replace('"', '\\"')
        return f'{self.label}{self.op}"{value}"'


@dataclass(frozen=True, slots=True)
class Selector:
    """A metric name with label matchers, as in ``tool_calls{tool="X",status="ok"}``."""

    metric: str
    matchers: tuple[Matcher, ...] = ()

    def matches(self, metric: str, labels: dict[str, str]) -> bool:
        return metric == self.metric and all(m.matches(labels) for m in self.matchers)

    def promql(self, metric_name: str | None = None) -> str:
        inner = ",".join(m.promql() for m in self.matchers)
        return f"{metric_name or self.metric}{{{inner}}}" if inner else (metric_name or self.metric)

    def __str__(self) -> str:
        return self.promql()


def parse_selector(text: str) -> Selector:
    m = _SELECTOR.match(text)
    if m is None:
        raise ValueError(f'not a selector: {text!r} (use e.g. tool_calls{{tool="X",status="ok"}})')
    body = (m.group(2) or "").strip()
    matchers: list[Matcher] = []
    pos = 0
    while pos < len(body):
        mm = _MATCHER.match(body, pos)
        if mm is None:
            raise ValueError(f"cannot read the label matchers in {text!r} at {body[pos:]!r}")
        value = re.sub(r"\\(.)", r"\1", mm.group(3))
        if mm.group(2) in ("=~", "!~"):
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"bad regular expression {value!r} in {text!r}: {exc}") from None
        matchers.append(Matcher(mm.group(1), mm.group(2), value))  # type: ignore[arg-type]
        pos = mm.end()
    return Selector(m.group(1), tuple(matchers))


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SliSpec(_Strict):
    numerator: str
    denominator: str

    @field_validator("numerator", "denominator")
    @classmethod
    def _selector(cls, value: str) -> str:
        parse_selector(value)
        return value

    @property
    def good(self) -> Selector:
        return parse_selector(self.numerator)

    @property
    def total(self) -> Selector:
        return parse_selector(self.denominator)


class SloAlertSpec(_Strict):
    burn_rate_window: str
    threshold: str | float = Field(description='burn rate, "14x" or 14.4')

    @field_validator("burn_rate_window")
    @classmethod
    def _window(cls, value: str) -> str:
        parse_duration(value)
        return value

    @field_validator("threshold")
    @classmethod
    def _threshold(cls, value: str | float) -> str | float:
        _burn_rate(value)
        return value

    @property
    def window_s(self) -> float:
        return parse_duration(self.burn_rate_window)

    @property
    def burn_rate(self) -> float:
        return _burn_rate(self.threshold)


def _burn_rate(value: str | float) -> float:
    text = str(value).strip().lower().removesuffix("x")
    try:
        rate = float(text)
    except ValueError:
        raise ValueError(f"threshold must be a burn rate like 14x or 6, got {value!r}") from None
    if rate <= 0:
        raise ValueError(f"threshold must be > 0, got {value!r}")
    return rate


class SloSpec(_Strict):
    name: str = Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
    objective: str
    sli: SliSpec
    alerts: tuple[SloAlertSpec, ...] = ()
    description: str | None = None

    @field_validator("objective")
    @classmethod
    def _objective(cls, value: str) -> str:
        _parse_objective(value)
        return value

    @property
    def target(self) -> float:
        """The objective as a fraction: ``">= 99.0% over 30 days"`` → 0.99."""
        return _parse_objective(self.objective)[0]

    @property
    def window_s(self) -> float:
        return _parse_objective(self.objective)[1]

    @property
    def error_budget(self) -> float:
        return 1.0 - self.target


def _parse_objective(text: str) -> tuple[float, float]:
    m = _OBJECTIVE.match(text)
    if m is None:
        raise ValueError(f'objective must look like ">= 99.0% over 30 days", got {text!r}')
    percent = float(m.group(2))
    if not 0 < percent < 100:
        raise ValueError(f"objective must be between 0% and 100% (exclusive), got {percent}%")
    return percent / 100.0, parse_duration(m.group(3))


class _SloDocument(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)
    slos: tuple[SloSpec, ...]


def parse_slos(text: str, *, file: str | None = None) -> tuple[SloSpec, ...]:
    """The SLOs in a YAML document (its ``slos:`` key). Every problem becomes one SpecError."""
    try:
        data: Any = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SpecError(file, [("", f"malformed YAML: {exc}")]) from None
    if not isinstance(data, dict) or "slos" not in data:
        raise SpecError(file, [("", "the document must be a mapping with an 'slos:' key")])
    try:
        slos = _SloDocument.model_validate(data).slos
    except ValidationError as exc:
        raise SpecError(file, format_validation_error(exc)) from None
    names = [s.name for s in slos]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise SpecError(file, [("slos", f"duplicate SLO names: {', '.join(dupes)}")])
    return slos


def load_slos(path: str | Path) -> tuple[SloSpec, ...]:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError(str(p), [("", "file not found")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(str(p), [("", f"cannot read the file: {exc}")]) from None
    return parse_slos(text, file=str(p))
