"""Exact response and embedding caches.

A response is cached under a hash of (provider, model, the canonical request JSON, tenant); tenants never
share an entry — the tenant is part of the key *and* a column every lookup filters on. Entries carry a TTL.
A request opts out with ``ModelSettings.extra["cache"] = False``. Hits come back as ``cached=True`` with
``cost_usd=0`` and ``raw["cache"]`` saying so, so the step and its span show the hit.

Storage is a small ``KeyedCache`` interface: an in-memory LRU, a database table, or the two tiered.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from corral.models.base import Model, ModelRequest, ModelResponse, Usage
from corral.store.db import metadata

__all__ = [
    "CachedModel",
    "DbCache",
    "EmbeddingCache",
    "KeyedCache",
    "MemoryCache",
    "TieredCache",
    "cache_entries",
    "request_key",
]

cache_entries = sa.Table(
    "cache_entries",
    metadata,
    sa.Column("namespace", sa.String(32), primary_key=True),  # "response" | "embedding" | ...
    sa.Column("tenant", sa.String(128), primary_key=True),
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
    sa.Column("expires_at", sa.Float, nullable=False),  # epoch seconds
)

Clock = Callable[[], float]
_INCOMPLETE = frozenset({"length", "max_tokens", "content_filter", "error"})


class KeyedCache(Protocol):
    """A string-valued cache partitioned by namespace and tenant."""

    def get(self, namespace: str, tenant: str, key: str) -> str | None: ...
    def put(self, namespace: str, tenant: str, key: str, value: str, ttl_s: float) -> None: ...


class MemoryCache:
    """A thread-safe LRU with per-entry TTL."""

    def __init__(self, max_entries: int = 10_000, *, clock: Clock = time.time) -> None:
        self.max_entries = max_entries
        self.clock = clock
        self._data: OrderedDict[tuple[str, str, str], tuple[str, float]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, namespace: str, tenant: str, key: str) -> str | None:
        k = (namespace, tenant, key)
        with self._lock:
            hit = self._data.get(k)
            if hit is None:
                return None
            if hit[1] <= self.clock():
                del self._data[k]
                return None
            self._data.move_to_end(k)
            return hit[0]

    def put(self, namespace: str, tenant: str, key: str, value: str, ttl_s: float) -> None:
        with self._lock:
            self._data[(namespace, tenant, key)] = (value, self.clock() + ttl_s)
            self._data.move_to_end((namespace, tenant, key))
            while len(self._data) > self.max_entries:
                self._data.popitem(last=False)


class DbCache:
    """Entries in the ``cache_entries`` table (SQLite or PostgreSQL); shared by every worker."""

    def __init__(self, engine: sa.Engine, *, clock: Clock = time.time) -> None:
        self.engine = engine
        self.clock = clock
        cache_entries.create(engine, checkfirst=True)

    def get(self, namespace: str, tenant: str, key: str) -> str | None:
        t = cache_entries.c
        with self.engine.connect() as conn:
            value = conn.execute(sa.select(t.value).where(
                t.namespace == namespace, t.tenant == tenant, t.key == key, t.expires_at > self.clock()
            )).scalar()
        return None if value is None else str(value)

    def put(self, namespace: str, tenant: str, key: str, value: str, ttl_s: float) -> None:
        row = {"namespace": namespace, "tenant": tenant, "key": key, "value": value,
               "expires_at": self.clock() + ttl_s}
        ins = sqlite.insert(cache_entries) if self.engine.dialect.name == "sqlite" else postgresql.insert(cache_entries)
        stmt = ins.values(**row).on_conflict_do_update(
            index_elements=["namespace", "tenant", "key"],
            set_={"value": row["value"], "expires_at": row["expires_at"]},
        )
        with self.engine.begin() as conn:
            conn.execute(stmt)

    def purge_expired(self) -> int:
        with self.engine.begin() as conn:
            return int(conn.execute(cache_entries.delete().where(cache_entries.c.expires_at <= self.clock())).rowcount)


class TieredCache:
    """Memory in front of the database: reads fill the memory tier, writes go to both."""

    def __init__(self, memory: MemoryCache, db: DbCache, *, memory_ttl_s: float = 300.0) -> None:
        self.memory = memory
        self.db = db
        self.memory_ttl_s = memory_ttl_s

    def get(self, namespace: str, tenant: str, key: str) -> str | None:
        value = self.memory.get(namespace, tenant, key)
        if value is None:
            value = self.db.get(namespace, tenant, key)
            if value is not None:
                self.memory.put(namespace, tenant, key, value, self.memory_ttl_s)
        return value

    def put(self, namespace: str, tenant: str, key: str, value: str, ttl_s: float) -> None:
        self.db.put(namespace, tenant, key, value, ttl_s)
        self.memory.put(namespace, tenant, key, value, min(ttl_s, self.memory_ttl_s))


def _canonical(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


# A tool result reaches the model between ``<<data:BOUNDARY tool=...>>`` and ``<</data:BOUNDARY>>``, BOUNDARY a
# random nonce per run (``corral.guards.injection.Spotlighter``, 16 hex digits): like the run id it does not change
# the answer, so the key reads every such nonce as one placeholder.
_BOUNDARY = re.compile(r"(<</?data:)[0-9a-f]{16}(?=[ >])")


def _message(m: Any) -> dict[str, Any]:
    d: dict[str, Any] = m.to_dict()
    if isinstance(d.get("content"), str) and "data:" in d["content"]:
        d["content"] = _BOUNDARY.sub(r"\1*", d["content"])
    return d


def request_key(provider: str, model: str, request: ModelRequest) -> str:
    """sha256 of provider, model, tenant and the canonical request. The run id, the timeout, the cache switch
    and the spotlighting nonce around tool results do not change the answer and are left out, so identical prompts
    in different runs share a hit."""
    s = request.settings
    extra = {k: v for k, v in s.extra.items() if k != "cache"}
    body = {
        "provider": provider,
        "model": model,
        "tenant": request.tenant,
        "messages": [_message(m) for m in request.messages],
        "tools": list(request.tools),
        "settings": {"max_output_tokens": s.max_output_tokens, "temperature": s.temperature, "extra": extra},
    }
    return hashlib.sha256(_canonical(body).encode()).hexdigest()


def _dump_response(r: ModelResponse) -> str:
    d = asdict(r)
    d.pop("raw", None)
    return _canonical(d)


def _load_response(text: str) -> ModelResponse:
    d = json.loads(text)
    return ModelResponse(
        text=d["text"], tool_calls=tuple(d["tool_calls"]), usage=Usage(**d["usage"]), model=d["model"],
        provider=d["provider"], finish_reason=d["finish_reason"], cost_usd=d["cost_usd"],
    )


class CachedModel(Model):
    """Wraps a model with the exact response cache. Only complete answers are stored."""

    namespace = "response"

    def __init__(self, inner: Model, cache: KeyedCache, *, ttl_s: float = 3600.0) -> None:
        super().__init__(inner.model_name)
        self.provider = inner.provider
        self.inner = inner
        self.cache = cache
        self.ttl_s = ttl_s

    def request(self, request: ModelRequest) -> ModelResponse:
        if request.settings.extra.get("cache", True) is False:
            response = self.inner.request(request)
            return replace(response, raw={**response.raw, "cache": {"hit": False, "bypass": True}})
        key = request_key(self.inner.provider, self.inner.model_name, request)
        hit = self.cache.get(self.namespace, request.tenant, key)
        if hit is not None:
            stored = _load_response(hit)
            return replace(stored, cached=True, cost_usd=0.0,
                           raw={"cache": {"hit": True, "key": key, "original_cost_usd": stored.cost_usd}})
        response = self.inner.request(request)
        if response.finish_reason not in _INCOMPLETE and not response.cached:
            self.cache.put(self.namespace, request.tenant, key, _dump_response(response), self.ttl_s)
        return replace(response, raw={**response.raw, "cache": {"hit": False, "key": key}})

    def close(self) -> None:
        self.inner.close()


Embedder = Callable[[Sequence[str]], list[list[float]]]


@dataclass
class EmbeddingCache:
    """Caches vectors per (tenant, model, text); ``embed`` computes only the misses, in one batch."""

    cache: KeyedCache
    model: str
    ttl_s: float = 7 * 86_400.0
    namespace: str = "embedding"

    def _key(self, text: str) -> str:
        return hashlib.sha256(_canonical([self.model, text]).encode()).hexdigest()

    def embed(self, tenant: str, texts: Sequence[str], compute: Embedder) -> list[list[float]]:
        keys = [self._key(t) for t in texts]
        found: dict[int, list[float]] = {}
        for i, key in enumerate(keys):
            hit = self.cache.get(self.namespace, tenant, key)
            if hit is not None:
                found[i] = json.loads(hit)
        misses = [i for i in range(len(texts)) if i not in found]
        if misses:
            vectors = compute([texts[i] for i in misses])
            for i, vec in zip(misses, vectors, strict=True):
                found[i] = vec
                self.cache.put(self.namespace, tenant, keys[i], json.dumps(vec), self.ttl_s)
        return [found[i] for i in range(len(texts))]

