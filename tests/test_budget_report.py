from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from corral.budget import BudgetStore, Charge
from corral.budget.report import cost_per_successful_task, spend_by
from corral.errors import ConfigError


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def store(engine: sa.Engine) -> BudgetStore:
    clock = Clock()
    s = BudgetStore(engine, clock=clock)
    s.create_tables()
    spend = [("acme", "ann", "r1", "openai:gpt-4o-mini", 0.10), ("acme", "bob", "r2", "openai:gpt-4o", 0.30),
             ("globex", "cy", "r3", "openai:gpt-4o", 0.05)]
    for tenant, user, run, model, usd in spend:
        c = Charge(tenant=tenant, user=user, run_id=run, agent="helper", model=model)
        s.settle(s.reserve(c, usd), usd, input_tokens=10, output_tokens=5)
    clock.now += timedelta(days=1)
    c = Charge(tenant="acme", user="ann", run_id="r4", agent="helper", model="openai:gpt-4o-mini")
    s.settle(s.reserve(c, 0.01), 0.0, cached=True)
    return s


def test_spend_by_tenant(store: BudgetStore) -> None:
    rows = spend_by(store.engine, ["tenant"])
    assert [(r["tenant"], round(r["cost_usd"], 4), r["calls"]) for r in rows] == [("acme", 0.4, 3),
                                                                                   ("globex", 0.05, 1)]


def test_spend_by_model_and_day(store: BudgetStore) -> None:
    rows = spend_by(store.engine, ["model", "day"], tenant="acme")
    assert {(r["model"], r["day"]) for r in rows} == {("openai:gpt-4o", "2026-11-24"),
                                                       ("openai:gpt-4o-mini", "2026-11-24"),
                                                       ("openai:gpt-4o-mini", "2026-11-25")}
    assert next(r for r in rows if r["day"] == "2026-11-25")["cache_hits"] == 1


def test_spend_since_filters_days(store: BudgetStore) -> None:
    assert [r["user"] for r in spend_by(store.engine, ["user"], since="2026-11-25")] == ["ann"]


def test_unknown_group_is_rejected(store: BudgetStore) -> None:
    with pytest.raises(ConfigError):
        spend_by(store.engine, ["colour"])


def test_cost_per_task_without_runs_table(store: BudgetStore) -> None:
    econ = cost_per_successful_task(store.engine)
    assert (round(econ.total_usd, 4), econ.runs, econ.successful_runs) == (0.45, 4, None)


def test_cost_per_successful_task_reads_runs(store: BudgetStore) -> None:
    md = sa.MetaData()
    runs = sa.Table("runs", md, sa.Column("id", sa.String(64), primary_key=True), sa.Column("status", sa.String(32)))
    md.create_all(store.engine)
    with store.engine.begin() as conn:
        conn.execute(runs.insert(), [{"id": "r1", "status": "succeeded"}, {"id": "r2", "status": "failed"},
                                     {"id": "r3", "status": "succeeded"}])
    econ = cost_per_successful_task(store.engine)
    assert econ.successful_runs == 2
    assert econ.cost_per_successful_task == pytest.approx(0.45 / 2)
