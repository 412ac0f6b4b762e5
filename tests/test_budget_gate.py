from __future__ import annotations

import threading

import pytest
import sqlalchemy as sa

from corral.actions import ActionContext
from corral.budget import BudgetGate, BudgetStore, Scope
from corral.budget._tables import ledger
from corral.errors import BudgetPause, ContextWindowExceeded
from corral.models.base import Message, ModelRequest, ModelResponse, ModelSettings, Usage
from corral.models.tokens import StaticPrice, StaticPricing, TokenEstimator
from corral.spec.agent import AgentSpec

PRICES = StaticPricing({"test:m": StaticPrice(1.0, 10.0, 50_000)})  # $ per million tokens


@pytest.fixture
def gate(engine: sa.Engine) -> BudgetGate:
    store = BudgetStore(engine)
    store.create_tables()
    return BudgetGate(store, TokenEstimator(PRICES))


def ctx(run_id: str = "r1", max_cost: float = 0.5, tenant: str = "acme") -> ActionContext:
    return ActionContext(run_id=run_id, agent=AgentSpec(name="helper", max_cost_usd=max_cost), task="t", step=1,
                         tenant=tenant, user="ann")


def req(max_out: int = 1000) -> ModelRequest:
    return ModelRequest(messages=(Message("user", "hello"),), settings=ModelSettings(max_output_tokens=max_out))


def test_model_call_reserves_worst_case_and_settles_actual(gate: BudgetGate) -> None:
    est = gate.estimate(req(), "test:m")
    res = gate.reserve_for_model_call(ctx(), est)
    assert res.amount_usd == pytest.approx(est.worst_case_usd)
    cost = gate.settle_model_call(res, est, ModelResponse(text="hi", usage=Usage(100, 50), model="m",
                                                          provider="test"), request=req())
    assert cost == pytest.approx((100 * 1.0 + 50 * 10.0) / 1e6)
    used = gate.store.usage(Scope("run", "r1", "total"))
    assert (used.spent_usd, used.reserved_usd) == (pytest.approx(cost), 0.0)
    with gate.store.engine.connect() as conn:
        row = conn.execute(sa.select(ledger)).one()
    assert (row.model, row.agent, row.input_tokens) == ("test:m", "helper", 100)


def test_cache_hit_settles_at_zero(gate: BudgetGate) -> None:
    est = gate.estimate(req(), "test:m")
    res = gate.reserve_for_model_call(ctx(), est)
    assert gate.settle_model_call(res, est, ModelResponse(usage=Usage(100, 50), cached=True)) == 0.0


def test_oversized_prompt_fails_before_reserving(gate: BudgetGate) -> None:
    with pytest.raises(ContextWindowExceeded):
        gate.estimate(req(max_out=60_000), "test:m")


def test_run_cap_exhausted_pauses_and_approval_resumes(gate: BudgetGate) -> None:
    est = gate.estimate(req(max_out=10_000), "test:m")  # ~$0.10 worst case
    c = ctx(max_cost=0.15)
    gate.reserve_for_model_call(c, est)
    with pytest.raises(BudgetPause) as pause:
        gate.reserve_for_model_call(c, est)
    assert pause.value.scope == "run:r1:total:-"
    assert pause.value.cap_usd == pytest.approx(0.15)
    assert pause.value.run_id == "r1"
    gate.approve_budget("r1", 0.50)
    gate.reserve_for_model_call(c, est)


def test_tenant_cap_pause_is_lifted_for_the_approved_run_only(gate: BudgetGate) -> None:
    gate.store.set_cap("tenant", "acme", "month", 0.05)
    with pytest.raises(BudgetPause) as pause:
        gate.reserve_for_tool_call(ctx("r1"), "paid_api", 0.06)
    assert pause.value.scope.startswith("tenant:acme:month:")
    gate.approve_budget("r1", 0.50)
    assert gate.reserve_for_tool_call(ctx("r1"), "paid_api", 0.06) is not None
    with pytest.raises(BudgetPause):
        gate.reserve_for_tool_call(ctx("r2"), "paid_api", 0.06)


def test_free_tool_reserves_nothing(gate: BudgetGate) -> None:
    assert gate.reserve_for_tool_call(ctx(), "search", 0.0) is None
    gate.settle(None, 0.0)
    gate.release(None)


def test_release_after_failed_call_frees_the_hold(gate: BudgetGate) -> None:
    res = gate.reserve_for_tool_call(ctx(max_cost=0.1), "paid_api", 0.1)
    gate.release(res)
    assert gate.store.usage(Scope("run", "r1", "total")).reserved_usd == 0


def test_100_concurrent_runs_hold_a_one_dollar_tenant_cap(gate: BudgetGate) -> None:
    gate.store.set_cap("tenant", "acme", "month", 1.00)
    paused, done, errors = [], [], []
    lock = threading.Lock()
    barrier = threading.Barrier(100)

    def run(i: int) -> None:
        c = ctx(f"run-{i}", max_cost=5.0)
        barrier.wait()
        try:
            for _ in range(2):
                res = gate.reserve_for_tool_call(c, "paid_api", 0.03)
                gate.settle(res, 0.03)
        except BudgetPause as p:
            with lock:
                paused.append(p)
            return
        except BaseException as exc:  # pragma: no cover - reported by the assertion
            with lock:
                errors.append(exc)
            return
        with lock:
            done.append(i)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(100)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    spent = gate.store.usage(Scope("tenant", "acme", "month")).spent_usd
    assert spent <= 1.00
    assert spent == pytest.approx(0.99)
    assert len(paused) + len(done) == 100
    assert all(p.scope.startswith("tenant:acme:month") for p in paused)


def test_calibration_survives_a_new_gate(engine: sa.Engine) -> None:
    gate = BudgetGate.for_engine(engine)
    gate.estimator.observe(req(), "test:m", 40)
    gate.save_calibration()
    assert BudgetGate.for_engine(engine).estimator.factor("test:m") == pytest.approx(gate.estimator.factor("test:m"))
