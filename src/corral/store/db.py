"""Database plumbing shared by every box that persists: one SQLAlchemy metadata, one URL resolution.

SQLite under ``CORRAL_HOME`` (default ``./.corral``) unless ``CORRAL_DATABASE_URL`` names PostgreSQL;
PostgreSQL goes through psycopg 3 (``postgresql+psycopg://``). Each package declares its own tables on
``metadata``; ``create_all`` creates what is missing.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event

__all__ = ["corral_home", "database_url", "is_postgres", "make_engine", "metadata", "normalize_url"]

metadata = sa.MetaData()


def corral_home() -> Path:
    return Path(os.environ.get("CORRAL_HOME", ".corral")).resolve()


def normalize_url(url: str) -> str:
    """Accept ``postgres://`` / ``postgresql://`` and pin the psycopg 3 driver."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def database_url() -> str:
    url = os.environ.get("CORRAL_DATABASE_URL")
    if url:
        return normalize_url(url)
    home = corral_home()
    home.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{home / 'corral.db'}"


def is_postgres(engine_or_url: sa.Engine | str) -> bool:
    url = engine_or_url if isinstance(engine_or_url, str) else str(engine_or_url.url)
    return url.startswith("postgresql")


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def make_engine(url: str | None = None, *, schema: str | None = None) -> sa.Engine:
    """An engine for ``url`` (default: ``database_url()``). ``schema`` sets the PostgreSQL search_path, so
    tests and tenants can live side by side in one database."""
    url = normalize_url(url or database_url())
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    connect_args: dict[str, Any] = {}
    if schema:
        connect_args["options"] = f"-csearch_path={schema}"
    return sa.create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20, connect_args=connect_args)
