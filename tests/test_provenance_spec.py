from __future__ import annotations

from pathlib import Path

import pytest

from corral.errors import SpecError
from corral.spec import load_spec, parse_spec

YAML = """
agent:
  name: mailer
  allowed_tools: [read_email, send_money]
  provenance:
    trusted_tools: [list_payees]
    tools:
      search_hotels: {trusted_for: [amount]}
    sinks:
      send_money:
        iban: {require: trusted}
        amount: {approve_if: untrusted}
        memo: null
"""


def test_provenance_section_loads() -> None:
    p = parse_spec(YAML).provenance
    assert p.tool("list_payees").trusted and p.tool("search_hotels").trusted_for == ("amount",)
    assert p.sinks["send_money"]["iban"] is not None and p.sinks["send_money"]["iban"].require == "trusted"
    assert p.sinks["send_money"]["memo"] is None


def test_single_label_is_accepted_for_approve_if() -> None:
    assert parse_spec(YAML).provenance.sinks["send_money"]["amount"].approve_if == ("untrusted",)  # type: ignore[union-attr]


def test_unknown_provenance_key_is_a_spec_error() -> None:
    with pytest.raises(SpecError, match="unknown key"):
        parse_spec("agent:\n  name: a\n  provenance:\n    trusted_tool: [x]\n")


def test_example_spec_loads_verbatim_with_default_provenance() -> None:
    example = Path(__file__).resolve().parents[1] / "examples" / "incident-resolver" / "agent.yaml"
    spec = load_spec(example).agent
    assert spec.provenance.enabled and spec.provenance.default_sinks
