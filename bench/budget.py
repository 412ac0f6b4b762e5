"""Reservations per second under 8 concurrent workers, on SQLite and PostgreSQL.

Each worker loops reserve → settle for its own run (5 counter rows per charge: run, user day/month, tenant
day/month). "one tenant": all workers share the tenant rows, the worst case for contention; "own
tenants": each worker charges its own tenant, so only the database itself is shared. "reserve+settle" is one
budgeted model call; "reserve only" counts holds alone. "pg async" is PostgreSQL with ``async_holds=True``
(holds commit without waiting for the WAL flush; settlements stay synchronous).

    PYTHONPATH=src python bench/budget.py [--seconds 5] [--workers 8] [--pg URL]
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
import uuid
from pathlib import Path

import sqlalchemy as sa

from corral.budget import BudgetStore, Charge
from corral.store.db import make_engine

PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def run(store: BudgetStore, workers: int, seconds: float, settle: bool, shared: bool) -> tuple[int, float]:
    store.set_cap("tenant", "*", "month", 1e9)
    counts = [0] * workers
    stop = time.perf_counter() + seconds
    barrier = threading.Barrier(workers)

    def work(i: int) -> None:
        tenant = "bench" if shared else f"bench-{i}"
        charge = Charge(tenant=tenant, user=f"u{i}", run_id=f"{uuid.uuid4().hex[:8]}-{i}")
        barrier.wait()
        n = 0
        while time.perf_counter() < stop:
            res = store.reserve(charge, 0.03, run_cap_usd=1e9)
            if settle:
                store.settle(res, 0.02)
            n += 1
        counts[i] = n

    threads = [threading.Thread(target=work, args=(i,)) for i in range(workers)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(counts), time.perf_counter() - t0


def report(label: str, store: BudgetStore, workers: int, seconds: float) -> None:
    for shared in (True, False):
        for settle in (False, True):
            n, dt = run(store, workers, seconds, settle, shared)
            what = "reserve+settle" if settle else "reserve only  "
            who = "one tenant " if shared else "own tenants"
            print(f"{label:9} {who} {what} {workers} workers: {n / dt:7.0f} /s   "
                  f"latency {dt / n * 1e3 * workers:6.2f} ms  ({n} in {dt:.1f}s)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--workers", type=int, default=8)
    ap.add_argument("--pg", default=PG_URL)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'bench.db'}")
        store = BudgetStore(engine)
        store.create_tables()
        report("sqlite", store, args.workers, args.seconds)
        engine.dispose()

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(args.pg)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        engine = make_engine(args.pg, schema=schema)
        store = BudgetStore(engine)
        store.create_tables()
        report("postgres", store, args.workers, args.seconds)
        fast = BudgetStore(engine, async_holds=True)
        report("pg async", fast, args.workers, args.seconds)
        engine.dispose()
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


if __name__ == "__main__":
    main()
