from __future__ import annotations

import pytest
import sqlalchemy as sa

from corral.models.base import Message, Model, ModelRequest, ModelResponse, ModelSettings, Usage
from corral.models.cache import CachedModel, DbCache, EmbeddingCache, MemoryCache, TieredCache, request_key


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


class CountingModel(Model):
    provider = "test"

    def __init__(self) -> None:
        super().__init__("m1")
        self.calls = 0

    def request(self, request: ModelRequest) -> ModelResponse:
        self.calls += 1
        return ModelResponse(text=f"answer {self.calls}", usage=Usage(10, 2), model="m1", provider="test",
                             cost_usd=0.01)


def req(text: str = "hi", tenant: str = "acme", **extra: object) -> ModelRequest:
    return ModelRequest(messages=(Message("user", text),), tenant=tenant, settings=ModelSettings(extra=extra))


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def model(clock: Clock) -> CachedModel:
    return CachedModel(CountingModel(), MemoryCache(clock=clock), ttl_s=60)


def test_miss_then_hit_costs_nothing(model: CachedModel) -> None:
    first = model.request(req())
    second = model.request(req())
    assert (first.cached, second.cached) == (False, True)
    assert second.text == first.text
    assert second.cost_usd == 0.0
    assert second.raw["cache"]["hit"] is True
    assert model.inner.calls == 1  # type: ignore[attr-defined]


def test_tenants_never_share_entries(model: CachedModel) -> None:
    model.request(req(tenant="acme"))
    other = model.request(req(tenant="globex"))
    assert not other.cached


def test_different_prompt_misses(model: CachedModel) -> None:
    model.request(req("a"))
    assert not model.request(req("b")).cached


def test_entries_expire_after_ttl(model: CachedModel, clock: Clock) -> None:
    model.request(req())
    clock.t += 61
    assert not model.request(req()).cached


def test_bypass_skips_the_cache(model: CachedModel) -> None:
    model.request(req())
    bypassed = model.request(req(cache=False))
    assert not bypassed.cached
    assert bypassed.raw["cache"]["bypass"] is True


def test_key_ignores_run_id_and_cache_switch() -> None:
    a = ModelRequest(messages=(Message("user", "x"),), run_id="r1")
    b = ModelRequest(messages=(Message("user", "x"),), run_id="r2", settings=ModelSettings(extra={"cache": True}))
    assert request_key("p", "m", a) == request_key("p", "m", b)


def test_truncated_answers_are_not_cached(clock: Clock) -> None:
    class Truncating(CountingModel):
        def request(self, request: ModelRequest) -> ModelResponse:
            self.calls += 1
            return ModelResponse(text="par", finish_reason="length")

    m = CachedModel(Truncating(), MemoryCache(clock=clock))
    m.request(req())
    assert not m.request(req()).cached


def test_lru_evicts_oldest(clock: Clock) -> None:
    cache = MemoryCache(max_entries=2, clock=clock)
    for k in ("a", "b", "c"):
        cache.put("ns", "t", k, k, 60)
    assert cache.get("ns", "t", "a") is None
    assert cache.get("ns", "t", "c") == "c"


def test_db_cache_round_trip_and_ttl(engine: sa.Engine, clock: Clock) -> None:
    db = DbCache(engine, clock=clock)
    db.put("response", "acme", "k", "v1", 10)
    db.put("response", "acme", "k", "v2", 10)
    assert db.get("response", "acme", "k") == "v2"
    assert db.get("response", "globex", "k") is None
    clock.t += 11
    assert db.get("response", "acme", "k") is None
    assert db.purge_expired() == 1


def test_db_backed_model_hits_across_instances(engine: sa.Engine, clock: Clock) -> None:
    CachedModel(CountingModel(), DbCache(engine, clock=clock)).request(req())
    again = CachedModel(CountingModel(), DbCache(engine, clock=clock))
    assert again.request(req()).cached
    assert again.inner.calls == 0  # type: ignore[attr-defined]


def test_tiered_cache_fills_memory_from_db(engine: sa.Engine, clock: Clock) -> None:
    db = DbCache(engine, clock=clock)
    db.put("ns", "t", "k", "v", 60)
    tiered = TieredCache(MemoryCache(clock=clock), db)
    assert tiered.get("ns", "t", "k") == "v"
    assert tiered.memory.get("ns", "t", "k") == "v"


def test_embedding_cache_computes_only_misses(clock: Clock) -> None:
    seen: list[list[str]] = []

    def embed(texts: object) -> list[list[float]]:
        batch = list(texts)  # type: ignore[call-overload]
        seen.append(batch)
        return [[float(len(t))] for t in batch]

    cache = EmbeddingCache(MemoryCache(clock=clock), model="emb-1")
    assert cache.embed("acme", ["a", "bb"], embed) == [[1.0], [2.0]]
    assert cache.embed("acme", ["bb", "ccc"], embed) == [[2.0], [3.0]]
    assert seen == [["a", "bb"], ["ccc"]]
    cache.embed("globex", ["a"], embed)
    assert seen[-1] == ["a"]


def test_the_spotlighting_boundary_does_not_change_the_key() -> None:
    from corral.guards.injection import Spotlighter
    from corral.models.base import Message, ModelRequest

    def key(boundary: Spotlighter, data: str) -> str:
        msgs = (Message("user", "task"), Message("tool", boundary.wrap(data, "fetch"), trusted=False))
        return request_key("p", "m", ModelRequest(msgs, ()))

    a, b = Spotlighter(), Spotlighter()
    assert a.boundary != b.boundary
    assert key(a, "page text") == key(b, "page text")
    assert key(a, "page text") != key(b, "other text")
