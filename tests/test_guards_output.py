from __future__ import annotations

from typing import Any

import pytest

from corral.errors import ConfigError, InvalidModelOutput
from corral.guards import JsonSchemaValidator, repair_loop, repair_prompt, validate_output

SCHEMA: dict[str, Any] = {"type": "object", "required": ["severity"], "additionalProperties": False,
                          "properties": {"severity": {"enum": ["low", "high"]}}}


def test_valid_output_parses_through_a_code_fence() -> None:
    r = validate_output('```json\n{"severity": "low"}\n```', SCHEMA)
    assert r.ok and r.value == {"severity": "low"}


def test_errors_name_the_path() -> None:
    r = validate_output('{"severity": "medium", "x": 1}', SCHEMA)
    assert not r.ok and any(e.startswith("$.severity") for e in r.errors)


def test_invalid_json_is_an_error() -> None:
    assert validate_output("not json", SCHEMA).errors[0].startswith("$: not valid JSON")


def test_repair_prompt_lists_errors_and_schema() -> None:
    p = repair_prompt(["$.severity: bad"], SCHEMA)
    assert "- $.severity: bad" in p and '"enum"' in p


def test_repair_loop_recovers_after_one_repair() -> None:
    answers = iter(['{"severity": "medium"}', '{"severity": "high"}'])
    prompts: list[str | None] = []

    def ask(prompt: str | None) -> str:
        prompts.append(prompt)
        return next(answers)

    assert repair_loop(ask, SCHEMA, max_repairs=2) == {"severity": "high"}
    assert prompts[0] is None and prompts[1] is not None and "$.severity" in prompts[1]


def test_repair_loop_is_bounded() -> None:
    calls: list[str | None] = []

    def ask(prompt: str | None) -> str:
        calls.append(prompt)
        return "{}"

    with pytest.raises(InvalidModelOutput, match="after 1 repair"):
        repair_loop(ask, SCHEMA, max_repairs=1)
    assert len(calls) == 2


def test_validator_guard_blocks_with_a_repair_prompt() -> None:
    r = JsonSchemaValidator(SCHEMA).check("{}")
    assert r.verdict == "block" and "repair_prompt" in r.details
    assert JsonSchemaValidator(SCHEMA).check('{"severity": "low"}').verdict == "pass"


def test_bad_schema_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        JsonSchemaValidator({"type": 12})
