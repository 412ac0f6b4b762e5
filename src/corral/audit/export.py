"""The forensics bundle for one run: the run and its steps as the store holds them, the policy decisions, the
trace id and every audit record of the run, each with its canonical body and hash so a reader can re-check
them against the chain (``verify`` checks the whole chain and is summarized in the bundle).
"""

from __future__ import annotations

import base64
import datetime as dt
import time
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from corral.audit.anchor import Anchor
from corral.audit.log import AuditLog
from corral.audit.redact import Redactor, default_redactor, redact_data
from corral.audit.verify import verify

__all__ = ["BUNDLE_VERSION", "export_run", "load_run_state"]

BUNDLE_VERSION = 1


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes | memoryview):
        raw = bytes(value)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return {"base64": base64.b64encode(raw).decode("ascii")}
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def load_run_state(engine: sa.Engine, run_id: str) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """The run row and its step rows from the runtime's ``runs`` and ``steps`` tables, when they exist.

    Read by reflection, so the bundle carries every column the store persists without this module knowing
    the store's schema: runs are matched on ``id`` or ``run_id``, steps on ``run_id`` and ordered by the first
    of ``step``, ``seq``, ``idx``, ``id`` that exists.
    """
    inspector = sa.inspect(engine)
    run: dict[str, Any] | None = None
    steps: list[dict[str, Any]] = []
    with engine.connect() as conn:
        if inspector.has_table("runs"):
            runs = sa.Table("runs", sa.MetaData(), autoload_with=conn)
            key = runs.c.get("run_id") if "run_id" in runs.c else runs.c.get("id")
            if key is not None:
                row = conn.execute(sa.select(runs).where(key == run_id)).mappings().first()
                run = _jsonable(dict(row)) if row is not None else None
        if inspector.has_table("steps"):
            table = sa.Table("steps", sa.MetaData(), autoload_with=conn)
            if "run_id" in table.c:
                order = [table.c[name] for name in ("step", "seq", "idx", "id") if name in table.c][:1]
                query = sa.select(table).where(table.c.run_id == run_id).order_by(*order)
                steps = [_jsonable(dict(r)) for r in conn.execute(query).mappings()]
    return run, steps


def export_run(log: AuditLog, run_id: str, *, anchor: Anchor | None = None, check_chain: bool = True,
               redactor: Redactor = default_redactor) -> dict[str, Any]:
    """The forensics bundle (a JSON-ready dict) for ``run_id``. The run and step rows pass through ``redactor``
    like the audit records did, so the bundle can leave the building."""
    run, steps = load_run_state(log.engine, run_id)
    run = redact_data(run, redactor) if run is not None else None
    steps = [redact_data(s, redactor) for s in steps]
    records = list(log.records(run_id=run_id))
    trace_id = (run or {}).get("trace_id")
    for rec in records:
        trace_id = trace_id or rec.data.get("trace_id")
    bundle: dict[str, Any] = {
        "bundle_version": BUNDLE_VERSION,
        "run_id": run_id,
        "exported_at": time.time(),
        "trace_id": trace_id,
        "run": run,
        "steps": steps,
        "decisions": [
            {"seq": r.seq, "step": r.data.get("step"), "tool": r.data.get("tool"), "actor": r.actor,
             "decision": r.data.get("decision")}
            for r in records if r.kind == "decision"
        ],
        "approvals": [r.to_dict() for r in records if r.kind in ("approval_requested", "approval_decided")],
        "audit": {
            "hash": "sha256(prev_hash + canonical body); see corral.audit.canonical",
            "records": [{**r.to_dict(), "canonical": r.body.decode("utf-8")} for r in records],
        },
    }
    if check_chain:
        report = verify(log.engine, anchor=anchor)
        bundle["audit"]["chain"] = {
            "ok": report.ok, "records": report.records, "head_seq": report.last_seq, "head_hash": report.last_hash,
            "broken": None if report.broken is None else {"seq": report.broken.seq, "reason": report.broken.reason},
        }
    return bundle
