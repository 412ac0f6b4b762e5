"""Output validation and repair: check a final answer (or tool arguments) against a JSON Schema 2020-12,
build a repair prompt listing the errors, and drive a bounded repair loop that ends in a typed failure."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import SchemaError

from corral.errors import ConfigError, InvalidModelOutput
from corral.guards._base import GuardResult, Stage

__all__ = ["JsonSchemaValidator", "OutputValidation", "parse_json", "repair_loop", "repair_prompt", "validate_output"]

_FENCE = re.compile(r"^\s*```(?:json)?\s*\n?(.*?)\n?```\s*$", re.DOTALL)
_MAX_ERRORS = 20


@dataclass(frozen=True, slots=True)
class OutputValidation:
    """``ok`` with the parsed ``value``, or the list of errors (``$.path: message``)."""

    ok: bool
    value: Any = None
    errors: tuple[str, ...] = field(default_factory=tuple)


def parse_json(text: str) -> Any:
    """Parse model output as JSON, tolerating a surrounding Markdown code fence. Raises ValueError."""
    m = _FENCE.match(text)
    return json.loads(m.group(1) if m else text)


def _path(parts: Any) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts)


def _validator(schema: dict[str, Any]) -> Draft202012Validator:
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as exc:
        raise ConfigError(f"invalid output JSON Schema: {exc.message}") from None
    return Draft202012Validator(schema, format_checker=FormatChecker())


def validate_output(output: str | Any, schema: dict[str, Any]) -> OutputValidation:
    """Validate ``output`` (a JSON string, or an already parsed value) against ``schema``."""
    value = output
    if isinstance(output, str):
        try:
            value = parse_json(output)
        except ValueError as exc:
            return OutputValidation(False, None, (f"$: not valid JSON ({exc})",))
    errors = sorted(_validator(schema).iter_errors(value), key=lambda e: list(map(str, e.absolute_path)))
    if not errors:
        return OutputValidation(True, value)
    msgs = tuple(f"{_path(e.absolute_path)}: {e.message[:200]}" for e in errors[:_MAX_ERRORS])
    return OutputValidation(False, value, msgs)


def repair_prompt(errors: tuple[str, ...] | list[str], schema: dict[str, Any]) -> str:
    """The message that asks the model to fix its output."""
    lines = "\n".join(f"- {e}" for e in errors)
    return ("Your previous answer does not conform to the required JSON Schema. Errors:\n"
            f"{lines}\n\nReply with only a corrected JSON value (no prose, no code fence) that satisfies this "
            f"schema:\n{json.dumps(schema, separators=(',', ':'))}")


def repair_loop(ask: Callable[[str | None], str], schema: dict[str, Any], *, max_repairs: int = 2) -> Any:
    """Get schema-valid structured output. ``ask(None)`` returns the first answer; ``ask(prompt)`` sends a
    repair prompt and returns the next answer. At most ``max_repairs`` repairs; then InvalidModelOutput
    (with the last errors in its context)."""
    answer = ask(None)
    for attempt in range(max_repairs + 1):
        result = validate_output(answer, schema)
        if result.ok:
            return result.value
        if attempt == max_repairs:
            raise InvalidModelOutput(
                f"output still breaks its schema after {max_repairs} repair(s): " + "; ".join(result.errors[:5])
            ).with_context(errors=list(result.errors), repairs=max_repairs)
        answer = ask(repair_prompt(result.errors, schema))
    raise AssertionError("unreachable")  # pragma: no cover


class JsonSchemaValidator:
    """The ``json_schema_validator`` guard: blocks output that breaks ``schema`` (pass when no schema)."""

    name = "json_schema_validator"

    def __init__(self, schema: dict[str, Any] | None = None) -> None:
        self.schema = schema
        if schema is not None:
            _validator(schema)

    def check(self, text: str, *, stage: Stage = "output") -> GuardResult:
        if self.schema is None:
            return GuardResult(self.name, "pass", 0.0, (), None, {"stage": stage, "schema": False})
        result = validate_output(text, self.schema)
        if result.ok:
            return GuardResult(self.name, "pass", 0.0, (), None, {"stage": stage})
        return GuardResult(self.name, "block", 1.0, (), None,
                           {"stage": stage, "errors": list(result.errors),
                            "repair_prompt": repair_prompt(result.errors, self.schema)})
