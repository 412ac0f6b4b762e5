"""Load and validate spec files, turning every problem into a SpecError that names file, path and reason."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from corral.errors import SpecError
from corral.spec.agent import AgentSpec, SpecDocument

__all__ = ["LoadedSpec", "format_validation_error", "load_spec", "parse_spec"]


@dataclass(frozen=True)
class LoadedSpec:
    agent: AgentSpec
    path: Path | None

    @property
    def base_dir(self) -> Path:
        return self.path.parent if self.path else Path.cwd()


def _describe(err: dict[str, Any]) -> str:
    kind = err["type"]
    ctx = err.get("ctx") or {}
    got = err.get("input")
    if kind == "extra_forbidden":
        return "unknown key (check the spelling; unknown keys are not ignored)"
    if kind == "missing":
        return "required key is missing"
    bounds = {"greater_than": (">", "gt"), "greater_than_equal": (">=", "ge"),
              "less_than": ("<", "lt"), "less_than_equal": ("<=", "le")}
    if kind in bounds:
        op, key = bounds[kind]
        return f"must be {op} {ctx.get(key)}, got {got!r}"
    if kind == "literal_error":
        return f"must be one of {ctx.get('expected')}, got {got!r}"
    msg = str(err.get("msg", "invalid"))
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, "):]
    return f"{msg[0].lower()}{msg[1:]}" + (f", got {got!r}" if kind.endswith("_type") else "")


def format_validation_error(exc: ValidationError) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    for err in exc.errors():
        path = ".".join(str(p) for p in err["loc"] if not str(p).startswith("function-"))
        # union members add their type name to the location; drop it for readability
        path = ".".join(p for p in path.split(".") if p not in ("str", "dict[str,any]"))
        problems.append((path, _describe(dict(err))))
    return problems


def parse_spec(text: str, *, file: str | None = None) -> AgentSpec:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise SpecError(file, [("", f"malformed YAML: {where}{problem}")]) from None
    if not isinstance(data, dict):
        raise SpecError(file, [("", "the document must be a mapping with an 'agent:' key")])
    try:
        return SpecDocument.model_validate(data).agent
    except ValidationError as exc:
        raise SpecError(file, format_validation_error(exc)) from None


def load_spec(path: str | Path) -> LoadedSpec:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError(str(p), [("", "file not found")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(str(p), [("", f"cannot read the file: {exc}")]) from None
    return LoadedSpec(parse_spec(text, file=str(p)), p.resolve())
