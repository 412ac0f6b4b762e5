from __future__ import annotations

import pytest

from corral.provenance.entities import (
    extract_entities,
    is_generic_text,
    normalize_text,
    number_keys,
    split_url,
    top_level_entities,
)


def _keys(text: str, kind: str) -> set[str]:
    return {e.key for e in extract_entities(normalize_text(text)) if e.kind == kind}


def test_normalize_folds_case_width_and_whitespace() -> None:
    assert normalize_text("  Ｂｏｂ\u200b@Example.COM \n\t now ") == "bob@example.com now"


def test_normalize_decodes_html_and_percent_escapes() -> None:
    assert normalize_text("mallory&#64;evil.example and x%40y.example") == "mallory@evil.example and x@y.example"


def test_percent_encoded_space_stays_encoded_inside_urls() -> None:
    assert "https://a.example/x?q=a%20b" in normalize_text("see https://a.example/x?q=a%20b now")


def test_email_extracted_case_insensitively() -> None:
    assert _keys("Write to Bob.Smith@Acme.com.", "email") == {"bob.smith@acme.com"}


def test_iban_with_spaces_matches_compact_form() -> None:
    assert _keys("IBAN: DE89 3704 0044 0532 0130 00, thanks", "iban") == {"de89370400440532013000"}


def test_four_letter_words_are_not_an_iban() -> None:
    assert _keys("ab12 this that with from here", "iban") == set()


def test_phone_compares_last_nine_digits() -> None:
    assert _keys("call +49 170 1234567", "phone") == _keys("call 0170-1234567", "phone")


def test_dates_are_not_phones() -> None:
    assert _keys("due 2024-05-01", "phone") == set()


@pytest.mark.parametrize(("token", "expected"), [("1,250.00", "1250"), ("1.250,00", "1250"), ("12,5", "12.5"),
                                                  ("4999", "4999"), ("1'000", "1000")])
def test_number_readings(token: str, expected: str) -> None:
    assert expected in number_keys(token)


def test_ambiguous_number_has_both_readings() -> None:
    assert set(number_keys("1.250")) == {"1.25", "1250"}


def test_url_split_drops_www_and_default_port_and_decodes_query() -> None:
    assert split_url("https://www.evil.example:443/c?d=a%20b&x=1") == (
        "https://evil.example/c?d=a%20b&x=1", "evil.example", ["a b", "1"])


def test_bare_domains_are_hosts_but_file_names_are_not() -> None:
    assert _keys("see kb.internal.company and report.pdf", "host") == {"kb.internal.company"}


def test_top_level_drops_parts_of_larger_entities() -> None:
    kinds = [e.kind for e in top_level_entities(normalize_text("pay GB33 BUKB 2020 1555 5555 55 now"))]
    assert kinds == ["iban"]


@pytest.mark.parametrize("value", ["1", "42", "yes", "ok", "no", "ab", "EUR"])
def test_generic_values(value: str) -> None:
    assert is_generic_text(normalize_text(value))


@pytest.mark.parametrize("value", ["100", "Paris", "INV-1"])
def test_not_generic_values(value: str) -> None:
    assert not is_generic_text(normalize_text(value))
