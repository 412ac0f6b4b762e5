from __future__ import annotations

from typing import Any

import pytest

from corral.provenance import (
    SourceLedger,
    add_tool_result,
    evaluate_sinks,
    sink_kind_for_name,
    trace_arguments,
)
from corral.spec.agent import AgentSpec
from corral.spec.provenance import ProvenanceSettings
from corral.tools.contract import ToolContract


def _contract(write: bool = True, **props: Any) -> ToolContract:
    return ToolContract("tool", "1", {"type": "object", "properties": props or {"x": {"type": "string"}}},
                        side_effect="write" if write else "read")


def _ledger(settings: ProvenanceSettings | None = None) -> SourceLedger:
    ledger = SourceLedger()
    ledger.add_task("Book the cheapest hotel in Lyon and send the confirmation to me@home.example")
    add_tool_result(ledger, "hotels", [{"name": "Hotel Rhone", "price": 182, "email": "desk@rhone.example",
                                         "url": "https://rhone.example/book?id=hx-551"}], settings)
    return ledger


def _outcomes(args: dict[str, Any], contract: ToolContract | None = None,
              settings: ProvenanceSettings | None = None) -> dict[str, str]:
    settings = settings or ProvenanceSettings()
    prov = trace_arguments("tool", args, _ledger(settings))
    return {f.path: f.outcome for f in evaluate_sinks(prov, contract or _contract(), settings)}


@pytest.mark.parametrize(("name", "kind"), [("to", "recipient"), ("recipient_email", "recipient"),
                                            ("IBAN", "account"), ("amount", "amount"), ("image_url", "url"),
                                            ("shipping_address", "address"), ("subject", None), ("total", "amount")])
def test_default_sink_names(name: str, kind: str | None) -> None:
    assert sink_kind_for_name(name) == kind


def test_untrusted_recipient_is_held() -> None:
    assert _outcomes({"to": "desk@rhone.example"}) == {"$.to": "require_approval"}


def test_trusted_recipient_passes() -> None:
    assert _outcomes({"to": "me@home.example"}) == {"$.to": "allow"}


def test_sinks_do_not_apply_to_read_tools_by_name() -> None:
    assert _outcomes({"email": "desk@rhone.example"}, _contract(write=False)) == {}


def test_non_sink_arguments_are_not_checked() -> None:
    assert _outcomes({"subject": "desk@rhone.example"}) == {}


def test_egress_applies_to_read_tools_too() -> None:
    out = _outcomes({"target": "https://rhone.example/book?id=hx-551"}, _contract(write=False))
    assert set(out.values()) == {"require_approval"}


def test_url_inside_free_text_of_a_non_sink_is_not_egress() -> None:
    assert _outcomes({"body": "see https://rhone.example/book?id=hx-551 for details"}) == {}


def test_trusted_for_makes_a_tool_value_pass_that_sink_only() -> None:
    settings = ProvenanceSettings(tools={"hotels": {"trusted_for": ["amount"]}})
    assert _outcomes({"amount": 182, "to": "desk@rhone.example"}, settings=settings) == {
        "$.amount": "allow", "$.to": "require_approval"}


def test_trusted_tool_passes_every_sink() -> None:
    settings = ProvenanceSettings(trusted_tools=("hotels",))
    assert set(_outcomes({"amount": 182, "to": "desk@rhone.example"}, settings=settings).values()) == {"allow"}


def test_spec_rule_overrides_default() -> None:
    settings = ProvenanceSettings(sinks={"tool": {"to": {"require": "trusted"}}})
    assert _outcomes({"to": "desk@rhone.example"}, settings=settings) == {"$.to": "deny"}


def test_spec_null_turns_a_default_sink_off() -> None:
    settings = ProvenanceSettings(sinks={"tool": {"to": None}})
    assert _outcomes({"to": "desk@rhone.example"}, settings=settings) == {}


def test_spec_can_make_any_argument_a_sink() -> None:
    settings = ProvenanceSettings(sinks={"tool": {"hotel": {"kind": "account", "deny_if": "untrusted"}}})
    assert _outcomes({"hotel": "hx-551"}, settings=settings) == {"$.hotel": "deny"}


def test_contract_x_sink_marks_an_argument() -> None:
    contract = _contract(dest={"type": "string", "x-sink": {"require": "trusted"}})
    assert _outcomes({"dest": "desk@rhone.example"}, contract) == {"$.dest": "deny"}


def test_contract_x_sink_kind_uses_that_kinds_default_rule() -> None:
    contract = _contract(dest={"type": "string", "x-sink": "recipient"})
    assert _outcomes({"dest": "desk@rhone.example"}, contract) == {"$.dest": "require_approval"}


def test_generic_values_pass_every_rule() -> None:
    settings = ProvenanceSettings(sinks={"tool": {"amount": {"require": "trusted"}}})
    assert _outcomes({"amount": 50}, settings=settings) == {"$.amount": "allow"}


def test_blueprint_spec_without_provenance_section_gets_defaults() -> None:
    spec = AgentSpec(name="incident-resolver", allowed_tools=("SearchKB",), allow_domains=("kb.internal.company",))
    assert spec.provenance == ProvenanceSettings()


def test_unknown_trusted_for_kind_is_a_spec_error() -> None:
    with pytest.raises(ValueError, match="unknown sink kind"):
        ProvenanceSettings(tools={"x": {"trusted_for": ["everything"]}})
