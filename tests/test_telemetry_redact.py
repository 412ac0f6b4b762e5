"""The secrets/PII regex baseline and the pluggable redactor."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from corral.telemetry.redact import baseline_redact, redact, redact_value, set_redactor


@pytest.fixture(autouse=True)
def _restore() -> Iterator[None]:
    yield
    set_redactor(None)


@pytest.mark.parametrize(("text", "marker"), [
    ("key sk-live-4f9aXb12Cd34Ef56Gh78", "[REDACTED:api_key]"),
    ("sk-proj-abcdefghijklmnopqrstu", "[REDACTED:api_key]"),
    ("AKIAIOSFODNN7EXAMPLE", "[REDACTED:aws_key]"),
    ("ghp_" + "a" * 36, "[REDACTED:github_token]"),
    ("Authorization: Bearer abc.def.ghi123", "[REDACTED:bearer]"),
    ("password=hunter2", "password=[REDACTED:secret]"),
    ("my password is Tr0ub4dor&3", "password is [REDACTED:secret]"),
    ('{"api_key": "abcd1234"}', '"api_key": "[REDACTED:secret]"'),
    ("postgresql://app:s3cret@db/prod", "postgresql://[REDACTED:credentials]@db/prod"),
    ("mail bob@example.com", "[REDACTED:email]"),
    ("call (415) 555-0100", "[REDACTED:phone]"),
    ("call +44 20 7946 0958", "[REDACTED:phone]"),
    ("ssn 123-45-6789", "[REDACTED:ssn]"),
    ("card 4111 1111 1111 1111", "[REDACTED:card]"),
])
def test_baseline_redacts(text: str, marker: str) -> None:
    assert marker in baseline_redact(text)


@pytest.mark.parametrize("text", [
    "step 12 of 20 cost 0.0031", "2026-11-25T10:00:00Z", "run 4bf92f3577b34da6a3ce929d0e0e4736",
    "order 1234567890123456",  # not Luhn-valid
])
def test_baseline_leaves_ordinary_text(text: str) -> None:
    assert baseline_redact(text) == text


def test_sensitive_keys_are_dropped_in_nested_values() -> None:
    value = redact_value({"user": {"password": "x", "contact": ["a@b.co"]}, "n": 3})
    assert value == {"user": {"password": "[REDACTED:secret]", "contact": ["[REDACTED:email]"]}, "n": 3}


def test_a_plugged_in_redactor_runs_after_the_secrets_baseline() -> None:
    set_redactor(lambda text: text.replace("Alice", "[PERSON]"))
    assert redact("Alice's key sk-live-4f9aXb12Cd34Ef56Gh78") == "[PERSON]'s key [REDACTED:api_key]"


def test_the_runtime_adds_the_guards_detector_unless_one_is_installed() -> None:
    from corral.guards.pii import install_log_redactor, log_redact
    from corral.runtime import Runtime
    from corral.telemetry.redact import get_redactor

    Runtime.in_memory()
    assert get_redactor() is log_redact
    assert redact("iban DE89 3704 0044 0532 0130 00") == "iban [REDACTED:iban]"
    mine = lambda text: text.replace("Alice", "[PERSON]")  # noqa: E731
    set_redactor(mine)
    Runtime.in_memory()
    assert install_log_redactor() is False and get_redactor() is mine


def test_a_value_remembered_as_sensitive_is_redacted_in_any_context(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib
    from collections import OrderedDict

    from corral.telemetry.redact import remember_sensitive

    module = importlib.import_module("corral.telemetry.redact")
    monkeypatch.setattr(module, "_known", OrderedDict())
    monkeypatch.setattr(module, "_by_prefix", {})
    assert redact("filed for 551209987 today") == "filed for 551209987 today"  # plain digits: no context
    remember_sensitive("551209987", "ssn")
    remember_sensitive("jane.doe@example.com", "email")
    remember_sensitive("12345", "ssn")  # too short to redact everywhere
    assert redact("filed for 551209987 today") == "filed for [REDACTED:ssn] today"
    assert redact("exports/jane.doe@example.com_profile.json, _jane.doe@example.com_") == \
        "exports/[REDACTED:email]_profile.json, _[REDACTED:email]_"  # glued to other text: no \\b for a pattern
    assert redact("order 12345") == "order 12345"
    remember_sensitive("5512099870", "phone")  # a longer value starting the same way wins where both match
    assert redact("call 5512099870 or 551209987") == "call [REDACTED:phone] or [REDACTED:ssn]"


def test_the_least_recently_used_value_is_forgotten_first(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib
    from collections import OrderedDict

    from corral.telemetry.redact import remember_sensitive

    module = importlib.import_module("corral.telemetry.redact")
    monkeypatch.setattr(module, "_known", OrderedDict())
    monkeypatch.setattr(module, "_by_prefix", {})
    monkeypatch.setattr(module, "_KNOWN_MAX", 3)
    for v in ("100000001", "100000002", "100000003"):
        remember_sensitive(v, "ssn")
    remember_sensitive("100000001", "ssn")  # used again: now the most recent
    remember_sensitive("100000004", "ssn")  # forgets 100000002
    assert redact("100000001 100000002 100000004") == "[REDACTED:ssn] 100000002 [REDACTED:ssn]"


def test_a_cut_head_never_splits_a_value_the_redactor_knows_whole() -> None:
    from corral.telemetry.redact import redact_head

    card = "4111 1111 1111 1111"
    for pad in range(150, 200):
        text = "x" * pad + " " + card + " and more text after it " * 5
        head = redact_head(text, 190)
        assert len(head) <= 190 and "4111 1111" not in head and "1111 1111" not in head, pad
    assert redact_head("short text", 190) == "short text"
