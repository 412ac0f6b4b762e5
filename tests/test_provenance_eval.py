from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from corral.provenance.cli import app
from corral.provenance.evaluate import evaluate

CASES = Path(__file__).resolve().parents[1] / "evals" / "provenance"


def test_every_attack_case_is_held() -> None:
    report = evaluate(CASES)
    assert report.counts("attack", declared=False) == (5, 0)


def test_benign_set_has_at_least_ten_cases() -> None:
    assert sum(1 for r in evaluate(CASES).results if r.kind == "benign") >= 10


def test_declared_trust_never_holds_more_than_defaults() -> None:
    report = evaluate(CASES)
    assert report.counts("benign", declared=True)[0] <= report.counts("benign", declared=False)[0]


def test_cli_prints_held_and_allowed_counts() -> None:
    result = CliRunner().invoke(app, ["eval", str(CASES)])
    assert result.exit_code == 0
    assert "benign · default rules : held" in result.output


def test_cli_json_report() -> None:
    result = CliRunner().invoke(app, ["eval", str(CASES), "--json"])
    assert json.loads(result.output)["summary"]["attack_default"] == {"held": 5, "allowed": 0}


def test_cli_missing_path_is_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", str(tmp_path)])
    assert result.exit_code == 1 and "no case files" in result.output
