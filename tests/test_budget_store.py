from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from corral.budget import BudgetStore, Charge, Scope
from corral.budget._tables import ledger
from corral.errors import BudgetExceeded, ConfigError


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(engine: sa.Engine, clock: Clock) -> BudgetStore:
    s = BudgetStore(engine, clock=clock, reservation_ttl_s=60)
    s.create_tables()
    return s


def test_reserve_within_cap_then_settle_counts_actual(store: BudgetStore) -> None:
    store.set_cap("tenant", "acme", "month", 1.0)
    res = store.reserve(Charge(tenant="acme", run_id="r1"), 0.30)
    assert store.usage(Scope("tenant", "acme", "month")).reserved_usd == pytest.approx(0.30)
    assert store.settle(res, 0.10)
    used = store.usage(Scope("tenant", "acme", "month"))
    assert (used.spent_usd, used.reserved_usd) == (pytest.approx(0.10), 0.0)


def test_reserve_over_cap_raises_and_holds_nothing(store: BudgetStore) -> None:
    store.set_cap("tenant", "acme", "day", 0.05)
    store.reserve(Charge(tenant="acme"), 0.03)
    with pytest.raises(BudgetExceeded) as err:
        store.reserve(Charge(tenant="acme"), 0.03)
    assert err.value.context.extra["scope"] == "tenant:acme:day:2026-11-25"
    assert store.usage(Scope("tenant", "acme", "month")).reserved_usd == pytest.approx(0.03)


def test_exact_fill_of_cap_is_allowed(store: BudgetStore) -> None:
    store.set_cap("tenant", "acme", "month", 0.09)
    for _ in range(3):
        store.reserve(Charge(tenant="acme"), 0.03)
    with pytest.raises(BudgetExceeded):
        store.reserve(Charge(tenant="acme"), 0.000001)


def test_run_cap_comes_from_the_spec_value(store: BudgetStore) -> None:
    store.reserve(Charge(run_id="r1"), 0.40, run_cap_usd=0.5)
    with pytest.raises(BudgetExceeded) as err:
        store.reserve(Charge(run_id="r1"), 0.20, run_cap_usd=0.5)
    assert err.value.context.extra["kind"] == "run"


def test_spec_run_cap_beats_the_default_run_cap(store: BudgetStore) -> None:
    store.set_cap("run", "*", "total", 0.01)
    store.reserve(Charge(run_id="r1"), 0.40, run_cap_usd=0.5)
    with pytest.raises(BudgetExceeded):
        store.reserve(Charge(run_id="r2"), 0.02)  # no spec cap given: the default applies


def test_release_returns_the_hold(store: BudgetStore) -> None:
    store.set_cap("user", "acme/ann", "day", 0.05)
    res = store.reserve(Charge(tenant="acme", user="ann"), 0.05)
    assert store.release(res)
    assert not store.release(res)
    store.reserve(Charge(tenant="acme", user="ann"), 0.05)


def test_settle_twice_is_a_noop(store: BudgetStore) -> None:
    res = store.reserve(Charge(tenant="acme"), 0.05)
    assert store.settle(res, 0.02)
    assert not store.settle(res, 0.02)
    assert store.usage(Scope("tenant", "acme", "day")).spent_usd == pytest.approx(0.02)


def test_sweeper_releases_expired_reservations(store: BudgetStore, clock: Clock) -> None:
    store.set_cap("tenant", "acme", "month", 0.05)
    store.reserve(Charge(tenant="acme"), 0.05)
    assert store.sweep_expired() == 0
    clock.now += timedelta(seconds=61)
    assert store.sweep_expired() == 1
    assert store.usage(Scope("tenant", "acme", "month")).reserved_usd == 0
    store.reserve(Charge(tenant="acme"), 0.05)


def test_late_settle_after_expiry_still_charges(store: BudgetStore, clock: Clock) -> None:
    res = store.reserve(Charge(tenant="acme"), 0.05)
    clock.now += timedelta(seconds=61)
    store.sweep_expired()
    assert store.settle(res, 0.04)
    used = store.usage(Scope("tenant", "acme", "month"))
    assert (used.spent_usd, used.reserved_usd) == (pytest.approx(0.04), 0.0)


def test_default_cap_applies_to_every_tenant(store: BudgetStore) -> None:
    store.set_cap("tenant", "*", "day", 0.01)
    with pytest.raises(BudgetExceeded):
        store.reserve(Charge(tenant="zeta"), 0.02)


def test_specific_cap_beats_default(store: BudgetStore) -> None:
    store.set_cap("tenant", "*", "day", 0.01)
    store.set_cap("tenant", "big", "day", 5.0)
    store.reserve(Charge(tenant="big"), 0.02)


def test_new_day_starts_a_fresh_window(store: BudgetStore, clock: Clock) -> None:
    store.set_cap("tenant", "acme", "day", 0.05)
    store.settle(store.reserve(Charge(tenant="acme"), 0.05), 0.05)
    clock.now += timedelta(days=1)
    store.reserve(Charge(tenant="acme"), 0.05)


def test_cap_change_applies_to_the_current_window(store: BudgetStore) -> None:
    store.set_cap("tenant", "acme", "month", 0.05)
    store.reserve(Charge(tenant="acme"), 0.05)
    store.set_cap("tenant", "acme", "month", 0.10)
    store.reserve(Charge(tenant="acme"), 0.05)
    store.set_cap("tenant", "acme", "month", None)
    store.reserve(Charge(tenant="acme"), 50.0)


def test_raise_run_cap_overrides_shared_caps(store: BudgetStore) -> None:
    store.set_cap("tenant", "acme", "month", 0.05)
    store.settle(store.reserve(Charge(tenant="acme", run_id="r1"), 0.05), 0.05)
    with pytest.raises(BudgetExceeded):
        store.reserve(Charge(tenant="acme", run_id="r1"), 0.03, run_cap_usd=0.5)
    store.raise_run_cap("r1", 0.20)
    store.reserve(Charge(tenant="acme", run_id="r1"), 0.10)
    with pytest.raises(BudgetExceeded) as err:
        store.reserve(Charge(tenant="acme", run_id="r1"), 0.10)
    assert err.value.context.extra["kind"] == "run"
    with pytest.raises(BudgetExceeded):  # other runs of the tenant are still held to the cap
        store.reserve(Charge(tenant="acme", run_id="r2"), 0.01)


def test_remaining_is_the_tightest_scope(store: BudgetStore) -> None:
    store.set_cap("tenant", "acme", "month", 1.0)
    store.set_cap("user", "acme/ann", "day", 0.2)
    store.reserve(Charge(tenant="acme", user="ann"), 0.05)
    assert store.remaining_usd(Charge(tenant="acme", user="ann")) == pytest.approx(0.15)


def test_invalid_scope_is_a_config_error(store: BudgetStore) -> None:
    with pytest.raises(ConfigError):
        store.set_cap("tenant", "acme", "total", 1.0)


def test_concurrent_runs_never_overspend_a_tenant_cap(store: BudgetStore) -> None:
    """100 runs in threads, each stepping at $0.03 against a $1.00 tenant cap until refused."""
    store.set_cap("tenant", "acme", "month", 1.00)
    paused: list[str] = []
    completed: list[str] = []
    failures: list[BaseException] = []
    lock = threading.Lock()
    start = threading.Barrier(100)

    def run(i: int) -> None:
        charge = Charge(tenant="acme", user=f"u{i % 7}", run_id=f"run-{i}")
        try:
            start.wait()
            for _ in range(3):
                res = store.reserve(charge, 0.03, run_cap_usd=10.0)
                store.settle(res, 0.03)
            with lock:
                completed.append(charge.run_id or "")
        except BudgetExceeded:
            with lock:
                paused.append(charge.run_id or "")
        except BaseException as exc:  # pragma: no cover - surfaced by the assertion below
            with lock:
                failures.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(100)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    used = store.usage(Scope("tenant", "acme", "month"))
    assert used.spent_usd <= 1.00
    assert used.spent_usd == pytest.approx(0.99)  # 33 steps fit; none lost
    assert used.reserved_usd == 0
    assert len(paused) + len(completed) == 100  # every run that could not step was told so
    assert len(completed) <= 11
    with store.engine.connect() as conn:
        total = int(conn.execute(sa.select(sa.func.sum(ledger.c.cost_nusd))).scalar())
    assert total <= 1_000_000_000
