"""Median policy decision latency: built-in spec rules and the example Rego policy (goals: <= 20 us, <= 200 us).

    PYTHONPATH=src python bench/policy.py [--n 20000]

Each figure is the median of single decisions timed one by one, after a warm-up, on a realistic action
(the incident-resolver spec: allow-list, default-deny domains with a URL argument, autonomy, one argument rule;
the Rego figure uses examples/incident-resolver/policy/incident.rego). The median is taken in several rounds;
the best round is reported with the spread, because a shared 2-core machine adds noise from other processes.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from corral.actions import ActionContext, ProposedAction, ToolCall
from corral.policy import BuiltinPolicy, PolicyGate, PolicyInput, RegoPolicy
from corral.spec.loader import parse_spec
from corral.tools.contract import ToolContract

ROOT = Path(__file__).resolve().parents[1]
SPEC = """
agent:
  name: incident-resolver
  autonomy: approval_required
  allowed_tools: [SearchKB, CreateSupportTicket]
  blocked_domains: ["*"]
  allow_domains: ["kb.internal.company", "*.company.com"]
  max_iterations: 8
  max_cost_usd: 0.50
  rules:
    - {tool: CreateSupportTicket, when: {severity: {in: [high, critical]}}, then: require_approval, code: severity_high}
"""


def median_us(fn: Callable[[], object], n: int) -> float:
    for _ in range(min(n, 1000)):
        fn()
    samples = []
    clock = time.perf_counter_ns
    for _ in range(n):
        t0 = clock()
        fn()
        samples.append(clock() - t0)
    return statistics.median(samples) / 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=5)
    opts = parser.parse_args()
    n, rounds = opts.n, opts.rounds

    spec = parse_spec(SPEC)
    contract = ToolContract(name="CreateSupportTicket", version="1", parameters={"type": "object"},
                            side_effect="write")
    args = {"title": "db-3 disk full", "severity": "high", "runbook": "https://kb.internal.company/runbooks/disk",
            "assignee": "oncall@company.com"}
    ctx = ActionContext(run_id="r1", agent=spec, task="t", step=3, tenant="acme", user="bob", cost_usd=0.12)
    action = ProposedAction(ToolCall("c1", "CreateSupportTicket", args), contract, ctx)
    builtin = BuiltinPolicy(spec)
    gate = PolicyGate([builtin])
    inp = PolicyInput.from_action(action)
    rego = RegoPolicy.from_files([ROOT / "examples/incident-resolver/policy/incident.rego"])
    assert gate.check(action).outcome == "require_approval"
    assert rego.evaluate(inp).outcome == "require_approval"

    cases: list[tuple[str, Callable[[], object], int, float]] = [
        ("built-in rules (BuiltinPolicy.evaluate)", lambda: builtin.evaluate(inp), n, 20.0),
        ("built-in gate (PolicyGate.check, incl. input)", lambda: gate.check(action), n, 20.0),
        ("Rego policy (RegoPolicy.evaluate, regopy)", lambda: rego.evaluate(inp), max(n // 10, 500), 200.0),
    ]
    print(f"{'decision':<48} {'median':>10}  {'goal':<12} rounds (us)")
    for label, fn, count, goal in cases:
        medians = sorted(median_us(fn, count) for _ in range(rounds))
        best = medians[0]
        verdict = "ok" if best <= goal else "MISSED"
        spread = " ".join(f"{m:.1f}" for m in medians)
        print(f"{label:<48} {best:>7.1f} us  <= {goal:>3.0f} us {verdict:<6} {spread}")


if __name__ == "__main__":
    main()
