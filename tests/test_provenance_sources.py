from __future__ import annotations

import json

import pytest

from corral.provenance import SourceLedger, add_tool_result, ensure_ledger
from corral.provenance.sources import LEDGER_STATE_KEY, name_tokens
from corral.spec.agent import AgentSpec
from corral.spec.provenance import ProvenanceSettings


def test_default_trust_by_kind() -> None:
    ledger = SourceLedger()
    trusts = [ledger.add(k, "x").trust for k in ("task", "spec", "tool_result", "retrieval", "model_output")]
    assert trusts == ["trusted", "trusted", "untrusted", "untrusted", "derived"]


def test_memory_source_takes_trust_of_its_origin() -> None:
    assert SourceLedger().add("memory", "note", origin="user_profile", trust="trusted").trust == "trusted"


def test_unknown_kind_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown source kind"):
        SourceLedger().add("email", "x")  # type: ignore[arg-type]


def test_lookup_is_by_entity() -> None:
    ledger = SourceLedger()
    src = ledger.add("tool_result", {"body": "mail X@Evil.example"}, origin="read_email")
    assert ledger.lookup("email", "x@evil.example") == [src]


def test_tool_is_untrusted_unless_declared() -> None:
    settings = ProvenanceSettings(trusted_tools=("directory",))
    ledger = SourceLedger()
    assert add_tool_result(ledger, "directory", "a", settings).trust == "trusted"
    assert add_tool_result(ledger, "web", "b", settings).trust == "untrusted"


def test_trusted_for_is_recorded_on_the_source() -> None:
    settings = ProvenanceSettings(tools={"hotels": {"trusted_for": ["amount"]}})
    assert add_tool_result(SourceLedger(), "hotels", "x", settings).trusted_for == ("amount",)


def test_sender_fields_are_attributed() -> None:
    src = add_tool_result(SourceLedger(), "read_email", [{"from": "Bob <bob@acme.example>", "body": "hi"}])
    assert src.attributed == (("from", "Bob <bob@acme.example>"),)


def test_name_tokens_skip_generic_mailbox_words() -> None:
    assert name_tokens('"Bob Smith" <bob.smith@acme.example>') == {"bob", "smith"}
    assert name_tokens("support@vendor.example") == set()


def test_ledger_round_trips_through_json() -> None:
    ledger = SourceLedger()
    ledger.add_task("pay DE89 3704 0044 0532 0130 00")
    src = add_tool_result(ledger, "read_email", [{"from": "a@b.example"}], step=2)
    ledger.flag(src.id, 0, 5, "injection")
    again = SourceLedger.from_dict(json.loads(json.dumps(ledger.to_dict())))
    assert again.to_dict() == ledger.to_dict()
    assert again.lookup("iban", "de89370400440532013000")[0].kind == "task"


def test_ensure_ledger_seeds_task_and_spec_once() -> None:
    state: dict[str, object] = {}
    first = ensure_ledger(state, "the task", AgentSpec(name="a"))
    assert [s.kind for s in first.sources] == ["task", "spec"]
    assert ensure_ledger(state, "other", None) is first and state[LEDGER_STATE_KEY] is first


def test_ensure_ledger_revives_a_persisted_dict() -> None:
    ledger = SourceLedger()
    ledger.add_task("t")
    state: dict[str, object] = {LEDGER_STATE_KEY: ledger.to_dict()}
    assert isinstance(ensure_ledger(state, "t"), SourceLedger)


def test_spec_settings_do_not_vouch_for_numbers() -> None:
    ledger = SourceLedger()
    ledger.add_spec(AgentSpec(name="a", max_wall_clock_s=300))
    assert ledger.lookup("number", "300") == []
