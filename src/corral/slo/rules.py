"""Prometheus recording and alerting rules equivalent to ``evaluate``: one error-ratio recording rule per SLO and
window, one alert per burn-rate row that fires when both of its windows exceed the rate.

The SLI metric ``tool_calls`` is the counter ``corral_tool_calls_total{tool, status, ...}`` that corral's
telemetry exports; any metric ``m`` maps to ``corral_m_total`` (names already starting ``corral_`` are kept).
Check the output with ``promtool check rules``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import yaml

from corral.slo.burn import alert_rules
from corral.slo.spec import Selector, SloSpec, format_duration

__all__ = ["error_ratio_record", "metric_name", "prometheus_rules", "render_rules"]


def metric_name(metric: str) -> str:
    return metric if metric.startswith("corral_") else f"corral_{metric}_total"


def error_ratio_record(window_s: float) -> str:
    return f"corral:slo_errors:ratio_rate{format_duration(window_s)}"


def _rate(selector: Selector, window: str) -> str:
    return f"sum(rate({selector.promql(metric_name(selector.metric))}[{window}]))"


def _number(value: float) -> str:
    return f"{value:.6g}"


def _slo_group(slo: SloSpec) -> dict[str, Any]:
    rules = alert_rules(slo)
    windows = sorted({slo.window_s, *(r.long_s for r in rules), *(r.short_s for r in rules)})
    out: list[dict[str, Any]] = []
    for w in windows:
        window = format_duration(w)
        out.append({
            "record": error_ratio_record(w),
            "expr": f"1 - ({_rate(slo.sli.good, window)} / {_rate(slo.sli.total, window)})",
            "labels": {"slo": slo.name},
        })
    budget = _number(slo.error_budget)
    for rule in rules:
        long_w, short_w = format_duration(rule.long_s), format_duration(rule.short_s)
        rate = _number(rule.burn_rate)
        out.append({
            "alert": "CorralSloErrorBudgetBurn",
            "expr": (f'{error_ratio_record(rule.long_s)}{{slo="{slo.name}"}} > ({rate} * {budget})'
                     f' and {error_ratio_record(rule.short_s)}{{slo="{slo.name}"}} > ({rate} * {budget})'),
            "labels": {"severity": rule.severity, "slo": slo.name, "long_window": long_w, "short_window": short_w},
            "annotations": {
                "summary": f"SLO {slo.name} is burning its error budget at more than {rate}x",
                "description": (f"Objective {slo.objective}; error ratio above {rate}x the budget over both "
                                f"{long_w} and {short_w}."),
            },
        })
    return {"name": f"corral-slo-{slo.name}", "rules": out}


def prometheus_rules(slos: Iterable[SloSpec]) -> dict[str, Any]:
    """The rules file as a dict (``{"groups": [...]}``), one group per SLO."""
    return {"groups": [_slo_group(slo) for slo in slos]}


def render_rules(slos: Iterable[SloSpec]) -> str:
    return yaml.safe_dump(prometheus_rules(slos), sort_keys=False, width=120)
