from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import sqlalchemy as sa

from corral.errors import StoreError, ToolExecutionError, ToolTimeout
from corral.tools.contract import ToolContext, ToolRegistry, tool
from corral.tools.idempotency import Idempotency, MemoryLedger, SqlLedger, idempotency_key, ledger_table
from corral.tools.proxy import ContractCheck, ToolInvocation, ToolProxy
from corral.tools.reliability import Retry, RetryPolicy, Timeout

SCHEMA = {"type": "object", "properties": {"title": {"type": "string"}, "n": {"type": "integer"}},
          "required": ["title"]}


class TicketSystem:
    def __init__(self) -> None:
        self.created: list[dict[str, Any]] = []
        self.keys: list[str | None] = []
        self.lock = threading.Lock()

    def create(self, title: str, ctx: ToolContext, n: int = 0) -> dict[str, Any]:
        with self.lock:
            self.created.append({"title": title, "n": n})
            self.keys.append(ctx.idempotency_key)
            return {"id": f"T-{len(self.created)}", "title": title}


def _write_tool(system: TicketSystem) -> Any:
    def CreateTicket(title: str, ctx: ToolContext, n: int = 0) -> dict[str, Any]:
        return system.create(title, ctx, n)

    return tool(CreateTicket, side_effect="write", schema=SCHEMA, registry=ToolRegistry())


def _inv(t: Any, args: dict[str, Any] | None = None, *, run_id: str = "run-1", step: int = 3) -> ToolInvocation:
    return ToolInvocation(t, args or {"title": "printer on fire"},
                          ToolContext(run_id=run_id, step=step, call_id="call-x"))


def test_key_is_stable_under_argument_order_and_changes_with_inputs() -> None:
    k = idempotency_key("r", 1, "T", {"a": 1, "b": [1, 2]})
    assert k == idempotency_key("r", 1, "T", {"b": [1, 2], "a": 1})
    assert len(k) == 64
    assert len({k, idempotency_key("r", 2, "T", {"a": 1, "b": [1, 2]}),
                idempotency_key("r2", 1, "T", {"a": 1, "b": [1, 2]}),
                idempotency_key("r", 1, "T", {"a": 2, "b": [1, 2]})}) == 4


def test_write_call_replayed_100_times_acts_once(engine: sa.Engine) -> None:
    system = TicketSystem()
    proxy = ToolProxy([ContractCheck(), Idempotency(engine)])
    t = _write_tool(system)
    outcomes = [proxy.call(_inv(t)) for _ in range(100)]
    assert len(system.created) == 1
    assert all(o.result == {"id": "T-1", "title": "printer on fire"} for o in outcomes)
    assert [o.replayed for o in outcomes].count(False) == 1


def test_tool_receives_the_key_and_the_ledger_records_the_result(engine: sa.Engine) -> None:
    system = TicketSystem()
    idem = Idempotency(engine)
    outcome = ToolProxy([idem]).call(_inv(_write_tool(system)))
    key = idempotency_key("run-1", 3, "CreateTicket", {"title": "printer on fire"})
    assert system.keys == [key]
    assert outcome.notes["idempotency_key"] == key
    entry = idem.entry(key)
    assert entry is not None
    assert (entry.status, entry.value, entry.run_id, entry.step) == ("done", outcome.result, "run-1", 3)


def test_resume_in_a_new_process_replays_from_the_ledger(engine: sa.Engine) -> None:
    system = TicketSystem()
    t = _write_tool(system)
    ToolProxy([Idempotency(engine)]).call(_inv(t))
    again = ToolProxy([Idempotency(engine)]).call(_inv(t))  # a fresh proxy, as after a restart
    assert again.replayed
    assert len(system.created) == 1


def test_different_step_or_arguments_act_again(engine: sa.Engine) -> None:
    system = TicketSystem()
    proxy = ToolProxy([Idempotency(engine)])
    t = _write_tool(system)
    proxy.call(_inv(t))
    proxy.call(_inv(t, step=4))
    proxy.call(_inv(t, {"title": "printer on fire", "n": 2}))
    assert len(system.created) == 3


def test_read_tools_get_no_key_and_no_ledger_row(engine: sa.Engine) -> None:
    seen: list[str | None] = []

    def Lookup(q: str, ctx: ToolContext) -> str:
        seen.append(ctx.idempotency_key)
        return q

    t = tool(Lookup, registry=ToolRegistry())
    proxy = ToolProxy([Idempotency(engine)])
    proxy.call(ToolInvocation(t, {"q": "a"}, ToolContext(run_id="r", step=1, call_id="c")))
    proxy.call(ToolInvocation(t, {"q": "a"}, ToolContext(run_id="r", step=1, call_id="c")))
    assert seen == [None, None]
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(ledger_table)).scalar() == 0


def test_failed_call_is_recorded_and_runs_again_under_the_same_key(engine: sa.Engine) -> None:
    system = TicketSystem()
    fail = [True]
    keys: list[str | None] = []

    def CreateTicket(title: str, ctx: ToolContext) -> dict[str, Any]:
        keys.append(ctx.idempotency_key)
        if fail[0]:
            raise ValueError("upstream said no")
        return system.create(title, ctx)

    t = tool(CreateTicket, side_effect="write", schema=SCHEMA, registry=ToolRegistry())
    idem = Idempotency(engine)
    proxy = ToolProxy([idem])
    with pytest.raises(ToolExecutionError):
        proxy.call(_inv(t))
    assert keys[0] is not None
    entry = idem.entry(keys[0])
    assert entry is not None and entry.status == "failed" and "upstream said no" in (entry.error or "")
    fail[0] = False
    assert not proxy.call(_inv(t)).replayed
    assert proxy.call(_inv(t)).replayed
    assert len(set(keys)) == 1 and len(system.created) == 1


def test_retries_inside_keep_the_same_key(engine: sa.Engine) -> None:
    keys: list[str | None] = []
    failures = iter([True, True, False])

    def CreateTicket(title: str, ctx: ToolContext) -> str:
        keys.append(ctx.idempotency_key)
        if next(failures):
            raise ConnectionError("reset")
        return "ok"

    t = tool(CreateTicket, side_effect="write", schema=SCHEMA, registry=ToolRegistry())
    proxy = ToolProxy([Idempotency(engine), Retry(RetryPolicy(max_attempts=3), sleep=lambda s: None)])
    assert proxy.call(_inv(t)).attempts == 3
    assert len(keys) == 3 and len(set(keys)) == 1


def test_concurrent_callers_with_one_key_act_once(engine: sa.Engine) -> None:
    system = TicketSystem()
    gate = threading.Barrier(8)

    def CreateTicket(title: str, ctx: ToolContext) -> dict[str, Any]:
        return system.create(title, ctx)

    t = tool(CreateTicket, side_effect="write", schema=SCHEMA, registry=ToolRegistry())
    proxy = ToolProxy([Idempotency(engine, poll_s=0.01)])

    def call(_: int) -> Any:
        gate.wait()
        return proxy.call(_inv(t)).result

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(call, range(8)))
    assert len(system.created) == 1
    assert all(r == results[0] for r in results)


def test_caller_gives_up_waiting_on_a_live_owner(engine: sa.Engine) -> None:
    system = TicketSystem()
    t = _write_tool(system)
    key = idempotency_key("run-1", 3, "CreateTicket", {"title": "printer on fire"})
    clock = [1000.0]

    def sleep(s: float) -> None:
        clock[0] += s

    idem = Idempotency(engine, wait_s=1, poll_s=0.5, clock=lambda: clock[0], sleep=sleep)
    with engine.begin() as conn:
        conn.execute(ledger_table.insert().values(key=key, tool="CreateTicket", run_id="run-1", step=3,
                                                  status="pending", owner="other", created_at=1000.0,
                                                  updated_at=1000.0))
    with pytest.raises(ToolExecutionError) as err:
        ToolProxy([idem]).call(_inv(t))
    assert err.value.retryable
    assert system.created == []


def test_orphaned_pending_row_is_taken_over(engine: sa.Engine) -> None:
    system = TicketSystem()
    t = _write_tool(system)
    key = idempotency_key("run-1", 3, "CreateTicket", {"title": "printer on fire"})
    idem = Idempotency(engine, stale_after_s=60, clock=lambda: 2000.0)
    with engine.begin() as conn:
        conn.execute(ledger_table.insert().values(key=key, tool="CreateTicket", run_id="run-1", step=3,
                                                  status="pending", owner="crashed", created_at=1000.0,
                                                  updated_at=1000.0))
    outcome = ToolProxy([idem]).call(_inv(t))
    assert not outcome.replayed
    assert system.keys == [key]
    entry = idem.entry(key)
    assert entry is not None and entry.status == "done"


def test_key_survives_values_outside_i_json() -> None:
    assert idempotency_key("r", 1, "T", {"big": 2**80}) == idempotency_key("r", 1, "T", {"big": 2**80})
    assert idempotency_key("r", 1, "T", {"big": 2**80}) != idempotency_key("r", 1, "T", {"big": 2**81})


def test_memory_ledger_replays_100_times_acting_once() -> None:
    system = TicketSystem()
    proxy = ToolProxy([Idempotency(MemoryLedger())])
    t = _write_tool(system)
    outcomes = [proxy.call(_inv(t)) for _ in range(100)]
    assert len(system.created) == 1
    assert sum(o.replayed for o in outcomes) == 99


def test_memory_ledger_concurrent_callers_act_once() -> None:
    system = TicketSystem()
    gate = threading.Barrier(8)
    t = _write_tool(system)
    proxy = ToolProxy([Idempotency(MemoryLedger(), poll_s=0.005)])

    def call(_: int) -> Any:
        gate.wait()
        return proxy.call(_inv(t)).result

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(call, range(8)))
    assert len(system.created) == 1 and len({str(r) for r in results}) == 1


def test_unreachable_ledger_fails_closed_without_running_the_write() -> None:
    system = TicketSystem()
    engine = sa.create_engine("postgresql+psycopg://postgres@127.0.0.1:1/none")  # nothing listens there
    idem = Idempotency(SqlLedger(engine, create=False))
    with pytest.raises(StoreError):
        ToolProxy([idem]).call(_inv(_write_tool(system)))
    assert system.created == []


def test_result_that_cannot_be_recorded_is_still_returned() -> None:
    class ForgetfulLedger(MemoryLedger):
        def finish(self, *args: Any) -> None:
            raise StoreError("db went away")

    system = TicketSystem()
    outcome = ToolProxy([Idempotency(ForgetfulLedger())]).call(_inv(_write_tool(system)))
    assert outcome.result == {"id": "T-1", "title": "printer on fire"}
    assert outcome.notes["idempotency_unrecorded"] is True


def test_timed_out_write_stays_pending_so_a_repeat_does_not_run_beside_it(engine: sa.Engine) -> None:
    release = threading.Event()
    calls: list[int] = []

    def CreateTicket(title: str) -> str:
        calls.append(1)
        release.wait(5)
        return title

    t = tool(CreateTicket, side_effect="write", schema=SCHEMA, registry=ToolRegistry())
    idem = Idempotency(engine, wait_s=0.1, poll_s=0.02)
    proxy = ToolProxy([idem, Timeout(0.05)])
    with pytest.raises(ToolTimeout):
        proxy.call(_inv(t))
    key = idempotency_key("run-1", 3, "CreateTicket", {"title": "printer on fire"})
    entry = idem.entry(key)
    assert entry is not None and entry.status == "pending"
    with pytest.raises(ToolExecutionError, match="still running"):
        proxy.call(_inv(t))
    release.set()
    assert calls == [1]
