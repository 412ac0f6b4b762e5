"""corral.slo: the blueprint's SLO spec, SLIs from corral's own records, burn-rate alerts, Prometheus rules."""

from corral.slo.burn import (
    STANDARD_ALERTS,
    AlertRule,
    AlertState,
    SloStatus,
    WindowBurn,
    alert_rules,
    evaluate,
)
from corral.slo.rules import metric_name, prometheus_rules, render_rules
from corral.slo.sli import (
    Sample,
    SampleSource,
    SliSource,
    samples_from_audit,
    samples_from_events,
    samples_from_store,
)
from corral.slo.spec import (
    Matcher,
    Selector,
    SliSpec,
    SloAlertSpec,
    SloSpec,
    format_duration,
    load_slos,
    parse_duration,
    parse_selector,
    parse_slos,
)

__all__ = [
    "STANDARD_ALERTS",
    "AlertRule",
    "AlertState",
    "Matcher",
    "Sample",
    "SampleSource",
    "Selector",
    "SliSource",
    "SliSpec",
    "SloAlertSpec",
    "SloSpec",
    "SloStatus",
    "WindowBurn",
    "alert_rules",
    "evaluate",
    "format_duration",
    "load_slos",
    "metric_name",
    "parse_duration",
    "parse_selector",
    "parse_slos",
    "prometheus_rules",
    "render_rules",
    "samples_from_audit",
    "samples_from_events",
    "samples_from_store",
]
