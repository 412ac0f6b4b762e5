"""SLO status and multi-window, multi-burn-rate alerts (Google SRE workbook, "Alerting on SLOs").

Burn rate over a window = error ratio in the window / error budget (1 - target): 1× spends the budget exactly
over the SLO window. Each alert row has a long and a short window and fires only when *both* burn faster than
its rate — the long window gives significance, the short one makes the alert stop soon after recovery:

    page    14.4×  over 1h and 5m     (2% of a 30-day budget in an hour)
    page    6×     over 6h and 30m    (5% in six hours)
    ticket  1×     over 3d and 6h     (10% in three days)

An ``alerts:`` entry in the spec (``burn_rate_window: 2h, threshold: 14x``) adds a row with that long window
and a short window of 1/12 of it, as the workbook recommends; rates of 6× and more page, lower ones open a ticket.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from corral.slo.sli import SliSource
from corral.slo.spec import SloSpec

__all__ = ["STANDARD_ALERTS", "AlertRule", "AlertState", "SloStatus", "WindowBurn", "alert_rules", "evaluate"]


@dataclass(frozen=True, slots=True)
class AlertRule:
    severity: str
    burn_rate: float
    long_s: float
    short_s: float
    origin: str = "standard"


STANDARD_ALERTS = (
    AlertRule("page", 14.4, 3600, 300),
    AlertRule("page", 6.0, 6 * 3600, 1800),
    AlertRule("ticket", 1.0, 3 * 86400, 6 * 3600),
)


@dataclass(frozen=True, slots=True)
class WindowBurn:
    window_s: float
    good: int
    total: int
    error_ratio: float  # 0 when there was no traffic
    burn_rate: float


@dataclass(frozen=True, slots=True)
class AlertState:
    rule: AlertRule
    long: WindowBurn
    short: WindowBurn

    @property
    def firing(self) -> bool:
        return self.long.burn_rate > self.rule.burn_rate and self.short.burn_rate > self.rule.burn_rate


@dataclass(frozen=True, slots=True)
class SloStatus:
    slo: SloSpec
    now: float
    good: int
    total: int
    ratio: float | None  # the SLI over the SLO window; None without traffic
    budget_remaining: float  # fraction of the error budget left over the SLO window (negative: overspent)
    windows: tuple[WindowBurn, ...]
    alerts: tuple[AlertState, ...]

    @property
    def firing(self) -> tuple[AlertState, ...]:
        return tuple(a for a in self.alerts if a.firing)


def alert_rules(slo: SloSpec) -> tuple[AlertRule, ...]:
    """The standard rows plus one per ``alerts:`` entry of the spec."""
    extra = tuple(
        AlertRule("page" if a.burn_rate >= 6 else "ticket", a.burn_rate, a.window_s, a.window_s / 12, "spec")
        for a in slo.alerts
    )
    return STANDARD_ALERTS + extra


def _burn(slo: SloSpec, source: SliSource, window_s: float, now: float) -> WindowBurn:
    start = now - window_s
    good = source.count(slo.sli.good, start, now)
    total = source.count(slo.sli.total, start, now)
    error_ratio = max(0.0, 1.0 - good / total) if total else 0.0
    return WindowBurn(window_s, good, total, error_ratio, error_ratio / slo.error_budget)


def evaluate(slo: SloSpec, source: SliSource, *, now: float | None = None) -> SloStatus:
    """The SLO's ratio, budget left, burn rate per window and the state of each alert row at ``now``."""
    now = time.time() if now is None else now
    rules = alert_rules(slo)
    spans = sorted({slo.window_s, *(r.long_s for r in rules), *(r.short_s for r in rules)})
    burns = {w: _burn(slo, source, w, now) for w in spans}
    overall = burns[slo.window_s]
    return SloStatus(
        slo=slo, now=now, good=overall.good, total=overall.total,
        ratio=overall.good / overall.total if overall.total else None,
        budget_remaining=1.0 - overall.burn_rate,
        windows=tuple(burns[w] for w in spans if w != slo.window_s),
        alerts=tuple(AlertState(r, burns[r.long_s], burns[r.short_s]) for r in rules),
    )
