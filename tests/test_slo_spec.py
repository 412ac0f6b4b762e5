"""The SLO spec: the blueprint's YAML loads verbatim; mistakes become SpecErrors naming the path."""

from __future__ import annotations

from pathlib import Path

import pytest

from corral.errors import SpecError
from corral.slo import format_duration, load_slos, parse_duration, parse_selector, parse_slos

EXAMPLE = Path(__file__).parent.parent / "examples" / "incident-resolver" / "slos.yaml"

BLUEPRINT = '''
slos:
  - name: ticket-creation-success
    objective: ">= 99.0% over 30 days"
    sli:
      numerator: tool_calls{tool="CreateSupportTicket",status="ok"}
      denominator: tool_calls{tool="CreateSupportTicket"}
    alerts:
      - burn_rate_window: 2h
        threshold: 14x
'''


def test_blueprint_slo_loads_verbatim() -> None:
    (slo,) = parse_slos(BLUEPRINT)
    assert (slo.name, slo.target, slo.window_s) == ("ticket-creation-success", 0.99, 30 * 86400)
    assert slo.sli.good.matchers[1].value == "ok" and slo.sli.total.metric == "tool_calls"
    assert (slo.alerts[0].window_s, slo.alerts[0].burn_rate) == (7200, 14.0)


def test_shipped_example_is_the_blueprint_snippet() -> None:
    assert load_slos(EXAMPLE) == parse_slos(BLUEPRINT)


def test_selector_matches_labels_and_renders_promql() -> None:
    sel = parse_selector('tool_calls{tool=~"Create.*", status!="error"}')
    assert sel.matches("tool_calls", {"tool": "CreateTicket", "status": "ok"})
    assert not sel.matches("tool_calls", {"tool": "CreateTicket", "status": "error"})
    assert not sel.matches("tool_calls", {"tool": "Search", "status": "ok"})
    assert sel.promql("corral_tool_calls_total") == 'corral_tool_calls_total{tool=~"Create.*",status!="error"}'


def test_durations_parse_and_format() -> None:
    assert [parse_duration(t) for t in ("5m", "2h", "30 days", "3d", "1 week")] == [300, 7200, 2592000, 259200, 604800]
    assert [format_duration(s) for s in (300, 7200, 259200, 90)] == ["5m", "2h", "3d", "90s"]


def test_bad_objective_names_the_path() -> None:
    text = BLUEPRINT.replace(">= 99.0% over 30 days", "ninety-nine percent")
    with pytest.raises(SpecError) as info:
        parse_slos(text, file="slos.yaml")
    assert info.value.problems[0][0] == "slos.0.objective"
    assert "99.0% over 30 days" in info.value.problems[0][1]


def test_bad_selector_and_threshold_are_both_reported() -> None:
    text = BLUEPRINT.replace('numerator: tool_calls{tool="CreateSupportTicket",status="ok"}',
                             "numerator: tool_calls{tool=CreateSupportTicket}").replace("14x", "fast")
    with pytest.raises(SpecError) as info:
        parse_slos(text)
    paths = [p for p, _ in info.value.problems]
    assert paths == ["slos.0.sli.numerator", "slos.0.alerts.0.threshold"]


def test_unknown_key_in_an_slo_is_an_error() -> None:
    with pytest.raises(SpecError, match="unknown key"):
        parse_slos(BLUEPRINT.replace("    objective:", "    objectiv: x\n    objective:"))


def test_document_without_slos_is_an_error() -> None:
    with pytest.raises(SpecError, match="'slos:' key"):
        parse_slos("agent:\n  name: x\n")


def test_duplicate_slo_names_are_an_error() -> None:
    body = BLUEPRINT.split("slos:\n", 1)[1]
    with pytest.raises(SpecError, match="duplicate SLO names: ticket-creation-success"):
        parse_slos("slos:\n" + body + body)
