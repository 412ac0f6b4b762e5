"""Generated Prometheus rules: structure, and `promtool check rules` accepts them."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from corral.slo import load_slos, prometheus_rules, render_rules

EXAMPLE = Path(__file__).parent.parent / "examples" / "incident-resolver" / "slos.yaml"


def _rules() -> list[dict[str, object]]:
    (group,) = prometheus_rules(load_slos(EXAMPLE))["groups"]
    return group["rules"]  # type: ignore[no-any-return]


def test_recording_rules_use_the_corral_tool_calls_counter() -> None:
    five = next(r for r in _rules() if r.get("record") == "corral:slo_errors:ratio_rate5m")
    assert five["expr"] == (
        '1 - (sum(rate(corral_tool_calls_total{tool="CreateSupportTicket",status="ok"}[5m])) / '
        'sum(rate(corral_tool_calls_total{tool="CreateSupportTicket"}[5m])))'
    )
    assert five["labels"] == {"slo": "ticket-creation-success"}


def test_each_alert_requires_both_windows() -> None:
    alerts = {(r["labels"]["long_window"], r["labels"]["short_window"]): r  # type: ignore[index]
              for r in _rules() if "alert" in r}
    assert set(alerts) == {("1h", "5m"), ("6h", "30m"), ("3d", "6h"), ("2h", "10m")}
    page = alerts[("1h", "5m")]
    assert page["expr"] == ('corral:slo_errors:ratio_rate1h{slo="ticket-creation-success"} > (14.4 * 0.01) and '
                            'corral:slo_errors:ratio_rate5m{slo="ticket-creation-success"} > (14.4 * 0.01)')
    assert page["labels"]["severity"] == "page"  # type: ignore[index]
    assert alerts[("3d", "6h")]["labels"]["severity"] == "ticket"  # type: ignore[index]


def test_promtool_accepts_the_rules(tmp_path: Path) -> None:
    promtool = shutil.which("promtool")
    if promtool is None:
        if os.environ.get("CI") == "true":
            pytest.fail("promtool is missing: .ci/run must `apt-get install -y prometheus`")
        pytest.skip("promtool not installed (apt-get install prometheus); CI fails instead of skipping")
    path = tmp_path / "rules.yaml"
    path.write_text(render_rules(load_slos(EXAMPLE)))
    assert yaml.safe_load(path.read_text())["groups"]
    done = subprocess.run([promtool, "check", "rules", str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SUCCESS: 12 rules found" in done.stdout
