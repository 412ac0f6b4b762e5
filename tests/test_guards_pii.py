from __future__ import annotations

import json

import pytest

from corral.guards import PiiDetector, PiiScrubber, PiiVault, redact, redact_obj
from corral.guards.pii import presidio_analyzer_engine

D = PiiDetector()


def _entities(text: str) -> list[tuple[str, str]]:
    return [(f.entity, f.text) for f in D.analyze(text)]


@pytest.mark.parametrize(("text", "entity", "value"), [
    ("mail me at jane.roe@example.org today", "EMAIL_ADDRESS", "jane.roe@example.org"),
    ("call +1 415 555 2671 now", "PHONE_NUMBER", "+1 415 555 2671"),
    ("card 4111 1111 1111 1111 exp 12/29", "CREDIT_CARD", "4111 1111 1111 1111"),
    ("IBAN DE89 3704 0044 0532 0130 00 please", "IBAN_CODE", "DE89 3704 0044 0532 0130 00"),
    ("server at 10.20.30.40 is down", "IP_ADDRESS", "10.20.30.40"),
    ("ssn: 536-22-1234", "US_SSN", "536-22-1234"),
])
def test_each_pattern_type_is_found(text: str, entity: str, value: str) -> None:
    assert (entity, value) in _entities(text)


def test_card_failing_luhn_is_not_pii() -> None:
    assert _entities("card 4111 1111 1111 1112") == []


def test_iban_with_bad_checksum_is_not_pii() -> None:
    assert _entities("IBAN DE88 3704 0044 0532 0130 00") == []


def test_weak_ssn_needs_context() -> None:
    assert _entities("order 536221234 shipped") == []
    assert ("US_SSN", "536221234") in _entities("social security number 536221234")


def test_explicit_context_words_raise_weak_matches() -> None:
    assert [f.entity for f in D.analyze("536221234", context=["ssn"])] == ["US_SSN"]


def test_dates_and_versions_are_not_phones() -> None:
    assert _entities("released 2024-03-01 as version 1.2.3 build 20240301") == []


def test_fast_pass_agrees_with_presidio_analyzer_engine() -> None:
    text = ("Contact bob.smith@example.com or +1 415 555 2671, card 4111 1111 1111 1111, IBAN "
            "GB82WEST12345698765432, ip 192.168.1.20, my ssn: 536-22-1234.")
    reference = {(r.entity_type, r.start, r.end) for r in presidio_analyzer_engine().analyze(text, language="en")
                 if r.score >= D.threshold}
    assert {(f.entity, f.start, f.end) for f in D.analyze(text)} == reference


@pytest.mark.parametrize("text", [
    "Reach us at ＋１ ４１５ ５５５ ２６７１ (full-width).",
    "電話：０３－１２３４－５６７８ までご連絡ください",
    "Tel. ٠١٢٣٤٥٦٧٨٩ — шлите на bob.smith@example.com",
])
def test_digits_of_other_scripts_are_read_as_presidio_reads_them(text: str) -> None:
    """presidio's patterns (Python's \\d) and python-phonenumbers read any script's digits; the fast pass reads
    them too, with spans and text in the text given."""
    reference = {(r.entity_type, r.start, r.end) for r in presidio_analyzer_engine().analyze(text, language="en")
                 if r.score >= D.threshold}
    found = D.analyze(text)
    assert found and {(f.entity, f.start, f.end) for f in found} == reference
    assert all(f.text == text[f.start:f.end] for f in found)


def test_a_card_number_in_full_width_digits_is_found() -> None:
    # presidio's card pattern spells its leading digit in ASCII ("4\\d{3}"), so it misses this one; Luhn holds
    text = "カード番号 ４１１１ １１１１ １１１１ １１１１ です"
    assert _entities(text) == [("CREDIT_CARD", "４１１１ １１１１ １１１１ １１１１")]
    assert _entities("カード番号 ４１１１ １１１１ １１１１ １１１２ です") == []


def test_vault_gives_stable_placeholders() -> None:
    vault = PiiVault()
    s = PiiScrubber(D, vault)
    r1 = s.check("from a@example.com to b@example.com")
    r2 = s.check("again a@example.com")
    assert r1.text == "from <EMAIL_1> to <EMAIL_2>" and r2.text == "again <EMAIL_1>"
    assert vault.rehydrate("reply to <EMAIL_2>") == "reply to b@example.com"


def test_rehydrate_obj_walks_nested_arguments_and_keeps_unknown_placeholders() -> None:
    vault = PiiVault()
    ph = vault.placeholder("EMAIL_ADDRESS", "x@example.com")
    assert vault.rehydrate_obj({"to": [ph], "cc": "<EMAIL_9>"}) == {"to": ["x@example.com"], "cc": "<EMAIL_9>"}


def test_vault_repr_never_shows_values() -> None:
    vault = PiiVault()
    vault.placeholder("EMAIL_ADDRESS", "secret@example.com")
    assert "secret" not in repr(vault)


def test_scrub_result_spans_and_verdict() -> None:
    r = PiiScrubber(D).check("ip 10.0.0.1")
    assert r.verdict == "redact" and r.spans[0].label == "IP_ADDRESS" and r.details["entities"] == {"IP_ADDRESS": 1}


def test_redact_for_logs() -> None:
    assert redact("user jane@example.org from 10.0.0.7") == "user <EMAIL> from <IP>"
    assert redact_obj({"msg": ["jane@example.org"], "n": 3}) == {"msg": ["<EMAIL>"], "n": 3}


def test_unknown_entity_is_rejected() -> None:
    with pytest.raises(ValueError, match="unsupported"):
        PiiDetector(["PASSPORT"])


def test_pii_right_after_a_json_escape_is_found_whole() -> None:
    body = ("Contact:\nann@example.com\nPhone:\n+1 415 555 2671\tIBAN:\tDE89 3704 0044 0532 0130 00\n"
            "Note: \"bob@example.org\" and caf\u00e9 C:\\Users")
    raw = json.dumps({"id": 7, "body": body})
    found = {(f.entity, f.text) for f in PiiDetector().analyze(raw)}
    assert {("EMAIL_ADDRESS", "ann@example.com"), ("PHONE_NUMBER", "+1 415 555 2671"),  # was "nann@...", no phone
            ("IBAN_CODE", "DE89 3704 0044 0532 0130 00"), ("EMAIL_ADDRESS", "bob@example.org")} <= found
    vault = PiiVault()
    scrubbed = PiiScrubber().check(raw, vault=vault).text
    assert scrubbed is not None and "ann@" not in scrubbed and "415 555" not in scrubbed
    assert json.loads(scrubbed)["body"].startswith("Contact:\n<EMAIL_1>\nPhone:\n<PHONE_1>\t")  # still JSON
    assert vault.rehydrate(scrubbed) == raw
