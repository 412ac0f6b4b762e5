"""The store on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

import pytest
import sqlalchemy as sa

from corral.errors import RunNotFound
from corral.store import ApprovalRecord, RunRecord, SqlStore, StepRecord


def _run(store: SqlStore, run_id: str, **kw: object) -> RunRecord:
    run = RunRecord(id=run_id, agent="a", task="t", spec={"name": "a"}, trace_id="0" * 32, **kw)  # type: ignore[arg-type]
    store.create_run(run)
    return run


def test_run_roundtrip_and_update(engine: sa.Engine) -> None:
    store = SqlStore(engine)
    _run(store, "abc123")
    store.update_run("abc123", status="completed", cost_usd=0.25, result="ok")
    got = store.get_run("abc123")
    assert (got.status, got.cost_usd, got.result, got.spec) == ("completed", 0.25, "ok", {"name": "a"})


def test_find_run_by_unique_prefix(engine: sa.Engine) -> None:
    store = SqlStore(engine)
    _run(store, "abc123")
    _run(store, "abd456")
    assert store.find_run("abc").id == "abc123"
    with pytest.raises(RunNotFound, match="more than one run"):
        store.find_run("ab")
    with pytest.raises(RunNotFound, match="no run matches"):
        store.find_run("zzz")
    with pytest.raises(RunNotFound):
        store.find_run("a%")  # LIKE wildcards are literal


def test_steps_upsert_in_order(engine: sa.Engine) -> None:
    store = SqlStore(engine)
    _run(store, "r1")
    store.save_step(StepRecord(run_id="r1", idx=2, kind="final", status="final", text="done"))
    store.save_step(StepRecord(run_id="r1", idx=1, kind="tool", status="planned", tool="SearchKB", arguments={"q": 1}))
    store.save_step(StepRecord(run_id="r1", idx=1, kind="tool", status="executed", tool="SearchKB",
                               arguments={"q": 1}, result=[{"id": "KB-1"}]), run_update={"steps": 2})
    steps = store.list_steps("r1")
    assert [(s.idx, s.status) for s in steps] == [(1, "executed"), (2, "final")]
    assert steps[0].result == [{"id": "KB-1"}] and store.get_run("r1").steps == 2
    assert store.get_step("r1", 3) is None


def test_list_runs_filters(engine: sa.Engine) -> None:
    store = SqlStore(engine)
    _run(store, "r1", status="completed", tenant="acme")
    _run(store, "r2", status="failed", tenant="acme")
    _run(store, "r3", status="completed", tenant="other")
    assert {r.id for r in store.list_runs(status="completed")} == {"r1", "r3"}
    assert {r.id for r in store.list_runs(tenant="acme")} == {"r1", "r2"}


def test_racing_approvers_cannot_both_win(engine: sa.Engine) -> None:
    store = SqlStore(engine)
    _run(store, "r1")
    store.create_approval(ApprovalRecord(id="r1-s2", run_id="r1", step_idx=2, kind="action", tool="T",
                                         arguments={}, reasons=[]))
    wins: list[bool] = []
    barrier = threading.Barrier(8)

    def approve(i: int) -> None:
        barrier.wait()
        wins.append(store.decide_approval("r1-s2", "approved", actor=f"user{i}"))

    threads = [threading.Thread(target=approve, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert wins.count(True) == 1
    assert store.pending_approval("r1") is None
    assert store.get_approval("r1-s2").status == "approved"
