"""Burn rates and multi-window alerts over synthetic event streams."""

from __future__ import annotations

from corral.events import RunEvent
from corral.slo import SampleSource, evaluate, parse_slos, samples_from_events

SLO = parse_slos('''
slos:
  - name: tickets
    objective: ">= 99.0% over 30 days"
    sli:
      numerator: tool_calls{tool="CreateSupportTicket",status="ok"}
      denominator: tool_calls{tool="CreateSupportTicket"}
    alerts:
      - burn_rate_window: 2h
        threshold: 14x
''')[0]
NOW = 1_000_000_000.0


def _calls(start_ago: float, end_ago: float, n: int, status: str, tool: str = "CreateSupportTicket") -> list[RunEvent]:
    step = (start_ago - end_ago) / n
    return [RunEvent("tool_call", "r", i, {"tool": tool, "status": status}, ts=NOW - start_ago + i * step)
            for i in range(n)]


def _status(events: list[RunEvent]):  # type: ignore[no-untyped-def]
    return evaluate(SLO, SampleSource(samples_from_events(events)), now=NOW)


def _firing(events: list[RunEvent]) -> set[tuple[str, float]]:
    return {(a.rule.severity, a.rule.burn_rate) for a in _status(events).firing}


def test_healthy_traffic_fires_nothing_and_keeps_the_budget() -> None:
    status = _status(_calls(30 * 86400, 0, 10_000, "ok"))
    assert status.ratio == 1.0 and status.budget_remaining == 1.0 and not status.firing


def test_ratio_and_budget_over_the_slo_window() -> None:
    events = _calls(20 * 86400, 10 * 86400, 995, "ok") + _calls(20 * 86400, 10 * 86400, 5, "error")
    status = _status(events)
    assert status.ratio == 0.995
    assert abs(status.budget_remaining - 0.5) < 1e-9  # half the 1% budget spent


def test_other_tools_do_not_count() -> None:
    status = _status(_calls(3600, 0, 100, "error", tool="Search") + _calls(3600, 0, 100, "ok"))
    assert status.ratio == 1.0 and not status.firing


def test_outage_in_both_windows_pages() -> None:
    events = _calls(30 * 86400, 2 * 3600, 10_000, "ok") + _calls(3600, 0, 200, "error")
    assert ("page", 14.4) in _firing(events)


def test_spike_only_in_the_short_window_does_not_page() -> None:
    # 1h window: 40 errors in 10_000 calls (burn 0.4×); 5m window: all errors (burn 100×)
    events = _calls(3600, 300, 9_960, "ok") + _calls(300, 0, 40, "error")
    status = _status(events)
    fast = next(a for a in status.alerts if a.rule.burn_rate == 14.4)
    assert fast.short.burn_rate > 14.4 and fast.long.burn_rate < 14.4
    assert not fast.firing


def test_old_outage_that_recovered_stops_paging() -> None:
    # errors 40-50 min ago: the 1h window still burns hot, the 5m window is clean
    events = _calls(3000, 2400, 100, "error") + _calls(2400, 0, 100, "ok")
    fast = next(a for a in _status(events).alerts if a.rule.burn_rate == 14.4)
    assert fast.long.burn_rate > 14.4 and fast.short.burn_rate == 0
    assert not fast.firing


def test_slow_burn_opens_a_ticket_but_does_not_page() -> None:
    # 2% errors steadily for three days: burn 2× — above the ticket row (1×), below both page rows
    events = _calls(3 * 86400, 0, 9_800, "ok") + _calls(3 * 86400, 0, 200, "error")
    assert _firing(events) == {("ticket", 1.0)}


def test_spec_alert_uses_its_window_and_a_twelfth_of_it() -> None:
    rule = next(a.rule for a in _status([]).alerts if a.rule.origin == "spec")
    assert (rule.severity, rule.burn_rate, rule.long_s, rule.short_s) == ("page", 14.0, 7200, 600)


def test_no_traffic_has_no_ratio_and_no_burn() -> None:
    status = _status([])
    assert status.ratio is None and status.budget_remaining == 1.0
    assert all(w.burn_rate == 0 for w in status.windows)
