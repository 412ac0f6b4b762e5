"""deploy/grafana/corral.json: well-formed, uses only corral's metric names, every query is valid PromQL."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

DASHBOARD = Path(__file__).resolve().parents[1] / "deploy" / "grafana" / "corral.json"

# the names corral.telemetry exports (prometheus-client adds _total to counters, _bucket to histograms)
METRICS = {
    "corral_tokens_in_total", "corral_tokens_out_total", "corral_cost_usd_total", "corral_model_calls_total",
    "corral_model_retries_total", "corral_model_repairs_total", "corral_step_duration_seconds_bucket",
    "corral_run_duration_seconds_bucket", "corral_tool_calls_total", "corral_tool_duration_seconds_bucket",
    "corral_tool_retries_total", "corral_guardrail_blocks_total", "corral_policy_decisions_total",
    "corral_breaker_state", "corral_approvals_total", "corral_approvals_pending", "corral_runs_started_total",
    "corral_runs_total", "corral_runs_paused_total",
}


def _exprs() -> list[str]:
    panels: list[dict[str, Any]] = json.loads(DASHBOARD.read_text())["panels"]
    return [t["expr"] for p in panels for t in p.get("targets", [])]


def test_dashboard_is_well_formed() -> None:
    dash = json.loads(DASHBOARD.read_text())
    ids = [p["id"] for p in dash["panels"]]
    assert dash["uid"] == "corral-overview" and len(ids) == len(set(ids))
    assert {v["name"] for v in dash["templating"]["list"]} == {"datasource", "agent", "tenant"}


def test_dashboard_uses_only_corral_metrics_and_covers_them_all() -> None:
    used = {m for e in _exprs() for m in re.findall(r"\bcorral_[a-z_]+", e)}
    assert used == METRICS


def test_every_query_is_valid_promql(tmp_path: Path) -> None:
    promtool = shutil.which("promtool")
    if promtool is None:
        if os.environ.get("CI") == "true":
            pytest.fail("promtool is missing: .ci/run must `apt-get install -y prometheus`")
        pytest.skip("promtool not installed (apt-get install prometheus); CI fails instead of skipping")
    concrete = {"$__rate_interval": "5m", "$__range": "6h", "$agent": ".*", "$tenant": ".*"}
    rules = []
    for i, expr in enumerate(_exprs()):
        for var, value in concrete.items():
            expr = expr.replace(var, value)
        rules.append({"record": f"dashboard:query:{i}", "expr": expr})
    path = tmp_path / "dashboard-queries.yaml"
    path.write_text(yaml.safe_dump({"groups": [{"name": "dashboard", "rules": rules}]}))
    done = subprocess.run([promtool, "check", "rules", str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
