"""The demo tools. ``CreateSupportTicket`` takes the blueprint's contract verbatim and is idempotent: a
repeated call with the same idempotency key returns the ticket created the first time."""

from __future__ import annotations

import json
import re
import threading
import time
from functools import lru_cache
from importlib import resources
from typing import Any

import sqlalchemy as sa

from corral.store.db import make_engine, metadata
from corral.tools.contract import ToolContext, tool

__all__ = ["CREATE_SUPPORT_TICKET_SCHEMA", "CreateSupportTicket", "SearchKB", "list_tickets", "tickets"]

CREATE_SUPPORT_TICKET_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "CreateSupportTicket",
    "type": "object",
    "required": ["title", "severity"],
    "properties": {
        "title": {"type": "string", "maxLength": 120},
        "description": {"type": "string", "maxLength": 2000},
        "severity": {"type": "string", "enum": ["low", "medium", "high"]},
    },
}

tickets = sa.Table(
    "demo_tickets", metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("idempotency_key", sa.String(128), unique=True),
    sa.Column("run_id", sa.String(64), index=True),
    sa.Column("title", sa.String(120), nullable=False),
    sa.Column("severity", sa.String(16), nullable=False),
    sa.Column("description", sa.Text),
    sa.Column("created_at", sa.Float, nullable=False),
)
_engines: dict[str, sa.Engine] = {}
_lock = threading.Lock()


def _engine() -> sa.Engine:
    from corral.store.db import database_url

    url = database_url()
    with _lock:
        if url not in _engines:
            eng = make_engine(url)
            tickets.create(eng, checkfirst=True)
            _engines[url] = eng
        return _engines[url]


@lru_cache(maxsize=1)
def _kb() -> list[dict[str, str]]:
    return json.loads(resources.files("corral.demo").joinpath("kb.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


_WORD = re.compile(r"[a-z0-9]+")


@tool(name="SearchKB", version="1", side_effect="read")
def SearchKB(query: str, limit: int = 3) -> list[dict[str, str]]:  # noqa: N802 - the blueprint's name
    """Search the incident knowledge base; returns the best-matching articles."""
    words = set(_WORD.findall(query.lower()))
    scored = []
    for art in _kb():
        text = f"{art['title']} {art['body']}".lower()
        score = sum(1 for w in words if len(w) > 2 and w in text)
        if score:
            scored.append((score, art))
    scored.sort(key=lambda x: -x[0])
    return [a for _, a in scored[: max(1, min(limit, 10))]]


@tool(name="CreateSupportTicket", version="1", side_effect="write", schema=CREATE_SUPPORT_TICKET_SCHEMA,
      compensation="CloseSupportTicket")
def CreateSupportTicket(  # noqa: N802 - the blueprint's name
    title: str, severity: str, description: str = "", ctx: ToolContext | None = None
) -> dict[str, Any]:
    """Open a support ticket for the incident."""
    key = ctx.idempotency_key if ctx else None
    eng = _engine()
    with eng.begin() as conn:
        if key:
            row = conn.execute(sa.select(tickets).where(tickets.c.idempotency_key == key)).first()
            if row is not None:
                return {"ticket_id": row.id, "status": "open", "severity": row.severity, "replayed": True}
        count = conn.execute(sa.select(sa.func.count()).select_from(tickets)).scalar_one()
        ticket_id = f"TCK-{1001 + count}"
        conn.execute(tickets.insert().values(id=ticket_id, idempotency_key=key, run_id=ctx.run_id if ctx else None,
                                             title=title, severity=severity, description=description,
                                             created_at=time.time()))
    return {"ticket_id": ticket_id, "status": "open", "severity": severity}


def list_tickets(run_id: str | None = None) -> list[dict[str, Any]]:
    q = sa.select(tickets).order_by(tickets.c.created_at)
    if run_id:
        q = q.where(tickets.c.run_id == run_id)
    with _engine().connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]
