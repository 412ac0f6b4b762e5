from __future__ import annotations

import threading
import uuid
from typing import Any

import pytest
import redis

from corral.errors import RateLimited
from corral.tools.contract import ToolContext, ToolRegistry, tool
from corral.tools.proxy import ToolInvocation, ToolProxy
from corral.tools.ratelimit import InMemoryBuckets, Rate, RateLimit, RedisBuckets, bucket_store


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _tool(name: str = "Search") -> Any:
    @tool(name=name, registry=ToolRegistry())
    def fn(q: str) -> str:
        return q

    return fn


def _inv(t: Any, run_id: str = "r1", tenant: str = "acme") -> ToolInvocation:
    return ToolInvocation(t, {"q": "x"}, ToolContext(run_id=run_id, step=1, call_id="c"), tenant=tenant)


@pytest.fixture
def redis_store() -> Any:
    client = redis.Redis.from_url("redis://127.0.0.1:6379/0")
    prefix = f"test:{uuid.uuid4().hex}:"
    yield RedisBuckets(client=client, prefix=prefix)
    for key in client.scan_iter(match=prefix + "*"):
        client.delete(key)
    client.close()


def test_per_minute_rate_refills_by_the_second() -> None:
    rate = Rate.per_minute(60)
    assert (rate.capacity, rate.per_s) == (60, 1.0)


def test_empty_bucket_raises_rate_limited_with_retry_after() -> None:
    clock = FakeClock()
    proxy = ToolProxy([RateLimit(InMemoryBuckets(clock=clock), default_tool=Rate(capacity=2, per_s=0.5))])
    t = _tool()
    proxy.call(_inv(t))
    proxy.call(_inv(t))
    with pytest.raises(RateLimited) as err:
        proxy.call(_inv(t))
    assert err.value.retry_after == pytest.approx(2.0)
    clock.now += 2.0
    assert proxy.call(_inv(t)).result == "x"


def test_tenant_bucket_is_shared_across_tools_and_runs() -> None:
    limit = RateLimit(InMemoryBuckets(clock=FakeClock()), per_tenant=Rate(capacity=1, per_s=0.01))
    proxy = ToolProxy([limit])
    proxy.call(_inv(_tool("A"), run_id="r1"))
    with pytest.raises(RateLimited):
        proxy.call(_inv(_tool("B"), run_id="r2"))
    assert proxy.call(_inv(_tool("B"), tenant="other")).result == "x"


def test_run_bucket_limits_one_run_only() -> None:
    proxy = ToolProxy([RateLimit(InMemoryBuckets(clock=FakeClock()), per_run=Rate(capacity=1, per_s=0.01))])
    t = _tool()
    proxy.call(_inv(t, run_id="r1"))
    with pytest.raises(RateLimited):
        proxy.call(_inv(t, run_id="r1"))
    assert proxy.call(_inv(t, run_id="r2")).result == "x"


def test_denied_call_charges_no_bucket() -> None:
    store = InMemoryBuckets(clock=FakeClock())
    tight, loose = ("tight", Rate(1, 0.01)), ("loose", Rate(2, 0.01))
    assert store.take([tight, loose]) == 0.0
    assert store.take([tight, loose]) > 0  # tight is empty: loose must keep its second token
    assert store.take([loose]) == 0.0
    assert store.take([loose]) > 0


def test_per_tool_rate_overrides_default() -> None:
    limit = RateLimit(InMemoryBuckets(clock=FakeClock()), per_tool={"A": Rate(1, 0.01)}, default_tool=Rate(5, 1))
    proxy = ToolProxy([limit])
    proxy.call(_inv(_tool("A")))
    with pytest.raises(RateLimited):
        proxy.call(_inv(_tool("A")))
    proxy.call(_inv(_tool("B")))
    proxy.call(_inv(_tool("B")))


def test_in_memory_buckets_are_thread_safe() -> None:
    store = InMemoryBuckets(clock=FakeClock())
    granted: list[float] = []

    def worker() -> None:
        for _ in range(50):
            if store.take([("k", Rate(100, 0.001))]) == 0.0:
                granted.append(1)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert len(granted) == 100


def test_redis_bucket_empties_and_reports_wait(redis_store: RedisBuckets) -> None:
    rate = Rate(capacity=3, per_s=0.1)
    assert [redis_store.take([("tool:A", rate)]) for _ in range(3)] == [0.0, 0.0, 0.0]
    wait = redis_store.take([("tool:A", rate)])
    assert 9.0 < wait <= 10.0


def test_redis_denied_call_charges_no_bucket(redis_store: RedisBuckets) -> None:
    tight, loose = ("tight", Rate(1, 0.01)), ("loose", Rate(2, 0.01))
    assert redis_store.take([tight, loose]) == 0.0
    assert redis_store.take([tight, loose]) > 0
    assert redis_store.take([loose]) == 0.0
    assert redis_store.take([loose]) > 0


def test_redis_bucket_is_shared_by_concurrent_workers(redis_store: RedisBuckets) -> None:
    granted: list[int] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(25):
            if redis_store.take([("k", Rate(40, 0.001))]) == 0.0:
                with lock:
                    granted.append(1)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert len(granted) == 40


def test_rate_limit_interceptor_on_redis(redis_store: RedisBuckets) -> None:
    proxy = ToolProxy([RateLimit(redis_store, per_tool={"Search": Rate(1, 0.01)})])
    t = _tool()
    proxy.call(_inv(t))
    with pytest.raises(RateLimited) as err:
        proxy.call(_inv(t))
    assert err.value.retry_after > 90


def test_bucket_store_picks_redis_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CORRAL_REDIS_URL", "redis://127.0.0.1:6379/0")
    assert isinstance(bucket_store(prefix=f"test:{uuid.uuid4().hex}:"), RedisBuckets)
    monkeypatch.delenv("CORRAL_REDIS_URL")
    assert isinstance(bucket_store(), InMemoryBuckets)


def test_unreachable_redis_fails_closed() -> None:
    limit = RateLimit(RedisBuckets("redis://127.0.0.1:1/0"), per_tool={"Search": Rate(10, 1)})  # no server there
    with pytest.raises(RateLimited, match="unavailable"):
        ToolProxy([limit]).call(_inv(_tool()))
