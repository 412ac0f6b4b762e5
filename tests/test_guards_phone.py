"""The phone test with the candidates listed once (``corral.guards._phone``) finds what presidio's per-region
matcher loop finds, on real tool output and on random number-shaped text."""

from __future__ import annotations

import json
import random
import re
import runpy
from pathlib import Path

import pytest
from phonenumbers import PhoneMetadata

from corral.guards import _phone, pii
from corral.guards._phone import phone_span, reference_phone_span

EVALS = Path(__file__).resolve().parents[1] / "evals" / "guards"
REGIONS = pii.PiiDetector().phone_regions


def _windows(text: str) -> list[str]:
    """The windows the PII pass hands the phone test: each standalone candidate with its context."""
    out = []
    for m in re.finditer(pii._PHONE_CANDIDATE, text, re.ASCII):
        s, e = m.span()
        if pii._standalone(text, s, e):
            out.append(text[max(0, s - pii._PHONE_CONTEXT):e + pii._PHONE_CONTEXT])
    return out


def _texts() -> list[str]:
    texts = [json.loads(line)["text"] for name in ("pii.jsonl", "tool_outputs.jsonl", "valid/tool_outputs.jsonl")
             for line in (EVALS / name).read_text().splitlines()]
    for path in sorted((EVALS / "train" / "written").glob("r10*.py")):  # the writers bench/guards.py times
        texts += [str(d.get("text", "")) for d in runpy.run_path(str(path)).get("DOCS", [])]
    return texts


def test_real_tool_output_gets_the_same_spans() -> None:
    windows = sorted({w for text in _texts() for w in _windows(text)})
    assert len(windows) > 1_000
    found = 0
    for w in windows:
        want = reference_phone_span.__wrapped__(w, REGIONS)
        assert phone_span.__wrapped__(w, REGIONS) == want, w
        found += want is not None
    assert found > 200  # phones of several countries, not only misses


@pytest.mark.parametrize("seed", range(3))
def test_random_number_shaped_text_gets_the_same_spans(seed: int) -> None:
    rng = random.Random(seed)
    parts = ["+1 415 555 2671", "(415) 555-2671", "+44 20 7946 0958", "020 7946 0958", "030 901820", "0176 1234567",
             "+49 30 901820", "01 42 68 53 00", "+33 1 42 68 53 00", "03-1234567", "+972 3 123 4567", "98765 43210",
             "+91 98765 43210", "(11) 91234-5678", "+55 11 91234 5678", "011 44 20 7946 0958", "00 49 30 901820",
             "2024-05-18", "18/05/2024", "12:30", "x", "ext. ", "#", "/", "%", "$", "€", "a", "é", "7", "12", "345",
             "6789", "-", ".", " ", "\n", "(", ")", "+", "pp. 123-45", "；", "1-800-FLOWERS", "+43 1234", "030 1234",
             "+683 4002", "00 43 1234", "011 43 1234", "１２３４５６７", "٠١٢٣٤٥٦٧٨٩", "+4", "1 23", "0 30 12"]
    for _ in range(400):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 8)))
        for cand in {text, *(_windows(text))}:
            assert phone_span.__wrapped__(cand, REGIONS) == reference_phone_span.__wrapped__(cand, REGIONS), cand
        for regions in (("DE", "US"), ("BR",), ("AT", "NU"), ()):
            assert phone_span.__wrapped__(text, regions) == reference_phone_span.__wrapped__(text, regions), text


def test_the_digit_bounds_reject_only_what_no_region_accepts() -> None:
    # below a bound, no parse runs: a number that short must fail in the region the bound speaks for
    for region in (*REGIONS, "AT", "NU", "TK", "SM", "MG", "GG"):
        national, international, _ = _phone._bounds(region)
        assert 3 <= min(national, international) <= 6 and national >= 3, region
        for digits in range(1, max(national, international)):
            for sep in ("", " ", "-"):
                cand = sep.join("4" * digits)  # no international dialling prefix starts with a 4
                if digits < national:
                    assert reference_phone_span.__wrapped__(cand, (region,)) is None, (region, cand)
                if digits < min(national, international):
                    assert reference_phone_span.__wrapped__("+" + cand, (region,)) is None, (region, cand)
    for cand, region in (("891234", "SM"), ("2123456", "MG"), ("0549 891234", "SM")):
        # the region's national-prefix transform rule adds digits: the number is longer than what was written
        want = reference_phone_span.__wrapped__(cand, (region,))
        assert want is not None and phone_span.__wrapped__(cand, (region,)) == want, cand
    for cand, region in (("011 43 1234", "US"), ("00 43 1234", "DE"), ("+43 1234", "FR")):
        # six digits, written internationally: under FR's and the US's national bound, not under the other
        assert phone_span.__wrapped__(cand, (region,)) == reference_phone_span.__wrapped__(cand, (region,)), cand
    assert _phone._added_digits(PhoneMetadata.metadata_for_region("SM")) == 4
    assert _phone._added_digits(PhoneMetadata.metadata_for_region("US")) == 0
    assert _phone._bounds("ZZ") == (0, 0, None)  # no metadata: no bound
    assert _phone._digits("1-800-FLOWERS")[0] > 100 and _phone._digits("１２-٣") == (3, "123", False)
    assert _phone._digits("＋1 2")[2] and _phone._least("US", "0114312", False) == 6 == _phone._least("US", "7", True)
    assert _phone._least("US", "4312345", False) == 7


def test_without_the_private_matcher_steps_the_public_loop_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_phone, "_PRIVATE_API", False)
    monkeypatch.setattr(_phone, "_verified", None)  # not called
    text = "call 020 7946 0958 or +1 415 555 2671"  # US comes first: the +1 number, though GB finds the other
    assert phone_span.__wrapped__(text, REGIONS) == (22, 37)
    assert phone_span.__wrapped__(text, ("GB", "US")) == (5, 18)


def test_the_national_pattern_test_passes_every_number_that_verifies() -> None:
    """``_national_fit`` lets no parse be skipped that would verify: every region's example numbers of every
    type, written nationally and internationally, in their own region and in presidio's, get the reference's
    answer; and dates and amounts in the US's shape are rejected without a parse."""
    import phonenumbers
    from phonenumbers import PhoneNumberFormat, PhoneNumberType

    checked = 0
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.TOLL_FREE,
                     PhoneNumberType.PREMIUM_RATE, PhoneNumberType.VOIP):
            number = phonenumbers.example_number_for_type(region, kind)
            if number is None:
                continue
            for fmt in (PhoneNumberFormat.NATIONAL, PhoneNumberFormat.INTERNATIONAL):
                cand = phonenumbers.format_number(number, fmt)
                count, digits, plus = _phone._digits(cand)
                for default in {region, *REGIONS}:
                    if reference_phone_span.__wrapped__(cand, (default,)) is not None:
                        checked += 1
                        assert _phone._national_fit(default, cand, digits, plus), (region, default, cand)
    assert checked > 1000
    for cand in ("2024-05-18", "4471 2210", "(2024) 05-30"):
        assert not _phone._national_fit("US", cand, _phone._digits(cand)[1], False), cand
    assert _phone._national_patterns("BR") is None  # a transform rule: the suffix test does not hold


def _national_shapes(rng: random.Random, number: str) -> list[str]:
    """``number``'s digits written nationally in a few shapes: as they are, without their first digit (a national
    prefix dropped), grouped by spaces, dashes or dots, the first group in brackets."""
    out = []
    for digits in (number, number[1:]):
        if len(digits) < 4:
            continue
        cut = rng.randint(2, min(5, len(digits) - 2))
        head, tail = digits[:cut], digits[cut:]
        out += [digits, f"{head} {tail}", f"{head}-{tail}", f"({head}) {tail}", f"{head}.{tail[:3]}.{tail[3:]}"]
    return [s.rstrip(".") for s in out]


def test_a_missing_national_prefix_rejects_only_numbers_that_cannot_verify() -> None:
    """``_national_fit`` says no without a parse to a number written nationally without the national prefix its
    format needs (Germany's and Britain's numbers without their 0: dates, amounts, identifiers), and only then:
    every region's example numbers of every type and random digits, written nationally with and without their
    first digit, never verify (the matcher's own step) where the test says no."""
    import phonenumbers
    from phonenumbers import PhoneNumberFormat, PhoneNumberType

    rng = random.Random(7)
    rejected = 0
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        numbers = []
        for kind in (PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.TOLL_FREE):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is not None:
                numbers.append(re.sub(r"\D", "", phonenumbers.format_number(example, PhoneNumberFormat.NATIONAL)))
        numbers += ["".join(rng.choice("0123456789") for _ in range(rng.randint(6, 12))) for _ in range(6)]
        for number in numbers:
            for cand in _national_shapes(rng, number):
                count, digits, plus = _phone._digits(cand)
                for default in {region, *REGIONS}:
                    if count < _phone._least(default, digits, plus) or _phone._national_fit(default, cand, digits, plus):
                        continue
                    rejected += 1
                    assert not _phone._verified.__wrapped__(cand, "", "", default), (region, default, cand)
    assert rejected > 2_000
    # the shapes of new tool output's parses in Germany and Britain: rejected by the prefix test alone
    for cand, regions in (("2024-10-15", "DE IL"), ("2019-2021", "DE IL"), ("555-0139", "DE"),
                          ("198.51.100.23", "GB"), ("20 7946 0958", "GB DE"), ("7700 900990", "GB DE")):
        digits = _phone._digits(cand)[1]
        assert all(_phone._prefix_missing(r, digits) for r in regions.split()), cand
    assert not _phone._prefix_missing("GB", "20241015")  # no British format fits: the prefix is not asked for
    for cand in ("030 901820", "07700 900990", "0176 1234567"):  # the prefix is there
        assert not _phone._prefix_missing("DE", _phone._digits(cand)[1]), cand
    assert not _phone._prefix_missing("US", "4155552671")  # the US's prefix is optional when formatting


def test_a_number_written_with_a_plus_sign_gets_one_answer_in_every_region() -> None:
    """One parse answers for every region when the candidate opens with a plus sign and a known country code:
    every region's example numbers written internationally, cut short, run on, or with odd marks,
    verify or fail alike with each of presidio's regions and a few more as the default."""
    import phonenumbers
    from phonenumbers import PhoneNumberFormat, PhoneNumberType

    rng = random.Random(11)
    cands: list[str] = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        example = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
        if example is None:
            continue
        text = phonenumbers.format_number(example, PhoneNumberFormat.INTERNATIONAL)
        cands += [text, text[:-2], text + "7", "(" + text + ")", "\uff0b" + text[1:], text.replace(" ", "-")]
    cands += ["+" + "".join(rng.choice("0123456789 ") for _ in range(rng.randint(6, 14))).strip() for _ in range(300)]
    cands += ["+00 43 1234", "+0 30 901820", "+999 123 4567", "+1 415 555 2671"]  # no country code: read nationally
    valid = international = 0
    for cand in cands:
        if not _phone._international(cand, _phone._digits(cand)[1]):
            continue
        international += 1
        answers = {_phone._verified.__wrapped__(cand, " ", " ", r) for r in (*REGIONS, "AT", "JP", "NU", "SM")}
        assert len(answers) == 1, cand
        valid += answers == {True}
    assert international > 1_000 and valid > 200  # numbers that verify, not only failures
    for cand in ("+00 43 1234", "+0 30 901820", "0049 30 901820 +1", "+44 20 ext 12"):
        assert not _phone._international(cand, _phone._digits(cand)[1]), cand
    assert _phone._international("(+44) 20 7946 0958", "442079460958")
