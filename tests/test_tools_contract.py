from __future__ import annotations

from typing import Any

import pytest

from corral.demo import CREATE_SUPPORT_TICKET_SCHEMA
from corral.errors import ConfigError, ToolArgumentsInvalid, UnknownTool
from corral.tools.contract import ToolContext, ToolContract, ToolRegistry, tool


def _ticket_contract() -> ToolContract:
    return ToolContract("CreateSupportTicket", "1", CREATE_SUPPORT_TICKET_SCHEMA, side_effect="write")


def test_blueprint_contract_accepts_valid_arguments() -> None:
    _ticket_contract().validate_arguments({"title": "EU data loss", "severity": "high"})


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        ({"title": "x"}, "'severity' is a required property"),
        ({"title": "x", "severity": "urgent"}, "$.severity"),
        ({"title": "x" * 121, "severity": "low"}, "$.title"),
        ({"title": 5, "severity": "low"}, "is not of type 'string'"),
    ],
)
def test_blueprint_contract_rejects(args: dict[str, Any], fragment: str) -> None:
    with pytest.raises(ToolArgumentsInvalid) as info:
        _ticket_contract().validate_arguments(args)
    assert fragment in str(info.value)


def test_formats_are_checked() -> None:
    contract = ToolContract("Mail", "1", {"type": "object", "properties": {"to": {"type": "string", "format": "email"}}})
    with pytest.raises(ToolArgumentsInvalid, match="is not a 'email'"):
        contract.validate_arguments({"to": "not-an-address"})


def test_oversized_arguments_are_rejected() -> None:
    contract = ToolContract("Note", "1", {"type": "object"}, max_argument_bytes=100)
    with pytest.raises(ToolArgumentsInvalid, match="over the 100-byte limit"):
        contract.validate_arguments({"text": "x" * 200})


def test_invalid_call_never_executes() -> None:
    calls: list[dict[str, Any]] = []
    reg = ToolRegistry()

    @tool(schema=CREATE_SUPPORT_TICKET_SCHEMA, side_effect="write", registry=reg)
    def CreateSupportTicket(title: str, severity: str, description: str = "") -> dict[str, Any]:  # noqa: N802
        calls.append({"title": title})
        return {}

    with pytest.raises(ToolArgumentsInvalid):
        CreateSupportTicket.invoke({"title": "x", "severity": "catastrophic"}, ToolContext("r", 1, "c"))
    assert calls == []


def test_decorator_derives_schema_and_passes_context() -> None:
    reg = ToolRegistry()
    seen: list[str | None] = []

    @tool(registry=reg)
    def lookup(city: str, days: int = 3, ctx: ToolContext | None = None) -> str:
        """Weather for a city."""
        seen.append(ctx.run_id if ctx else None)
        return f"{city}:{days}"

    params = lookup.contract.parameters
    assert params["required"] == ["city"] and params["additionalProperties"] is False
    assert params["properties"]["days"]["type"] == "integer"
    assert lookup.contract.description == "Weather for a city."
    assert lookup.invoke({"city": "Oslo"}, ToolContext("run-1", 1, "c")) == "Oslo:3"
    assert seen == ["run-1"]
    with pytest.raises(ToolArgumentsInvalid):
        lookup.invoke({"city": "Oslo", "extra": 1}, ToolContext("run-1", 1, "c"))


def test_invalid_schema_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="invalid JSON Schema"):
        ToolContract("Bad", "1", {"type": "object", "properties": {"x": {"type": "nonsense"}}})


def test_registry_pins_versions() -> None:
    reg = ToolRegistry()

    @tool(name="T", version="1", registry=reg)
    def t1() -> str:
        return "v1"

    @tool(name="T", version="2", registry=reg)
    def t2() -> str:
        return "v2"

    assert reg.get("T").contract.version == "2"
    assert reg.get("T", "1").fn() == "v1"
    with pytest.raises(UnknownTool, match="no version '3'"):
        reg.get("T", "3")
    with pytest.raises(UnknownTool, match="unknown tool 'U'"):
        reg.get("U")


def test_a_long_value_is_described_not_quoted_in_a_contract_error() -> None:
    """jsonschema quotes the value; cut at 200 characters, a card number at the cut would leave digits no PII
    recognizer knows, in the error the model, the logs and the audit log read."""
    contract = ToolContract("add_note", "1", {"type": "object", "properties": {"note": {"type": "string",
                                                                                        "maxLength": 200}}})
    note = "." * 186 + " 4111 1111 1111 1111"
    with pytest.raises(ToolArgumentsInvalid) as info:
        contract.validate_arguments({"note": note})
    assert "4111" not in str(info.value) and "a string of 206 characters breaks maxLength: 200" in str(info.value)
    short = ToolContract("n", "1", {"type": "object", "properties": {"note": {"type": "string", "maxLength": 3}}})
    with pytest.raises(ToolArgumentsInvalid, match="'abcd' is too long"):  # a short message stays jsonschema's
        short.validate_arguments({"note": "abcd"})
