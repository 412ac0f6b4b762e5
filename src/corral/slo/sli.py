"""SLI sources: how many recorded events match a selector in a time range.

corral computes SLIs from its own records, not from a metrics server: the runtime's ``steps`` table (each tool
step with its tool, status and start time) or the audit log's ``tool_call`` records. Both expose the metric
``tool_calls`` with labels ``tool``, ``status`` (``ok`` | ``error``), ``agent`` (store) and ``tenant`` — the same
series the telemetry package exports as ``corral_tool_calls_total``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import sqlalchemy as sa

from corral.events import RunEvent
from corral.slo.spec import Selector

__all__ = ["Sample", "SampleSource", "SliSource", "samples_from_audit", "samples_from_events", "samples_from_store"]

TOOL_CALLS = "tool_calls"


@runtime_checkable
class SliSource(Protocol):
    """Counts matching events with ``start <= ts < end``."""

    def count(self, selector: Selector, start: float, end: float) -> int: ...


@dataclass(frozen=True, slots=True)
class Sample:
    """One recorded event as a metric sample: name, labels and when it happened."""

    metric: str
    labels: tuple[tuple[str, str], ...]
    ts: float


class SampleSource:
    """An ``SliSource`` over samples held in memory: timestamps sorted per series, counted with bisect."""

    def __init__(self, samples: Iterable[Sample]) -> None:
        series: dict[tuple[str, tuple[tuple[str, str], ...]], list[float]] = {}
        for s in samples:
            series.setdefault((s.metric, s.labels), []).append(s.ts)
        self._series = [(metric, dict(labels), sorted(ts)) for (metric, labels), ts in series.items()]

    def count(self, selector: Selector, start: float, end: float) -> int:
        total = 0
        for metric, labels, stamps in self._series:
            if selector.matches(metric, labels):
                total += bisect.bisect_left(stamps, end) - bisect.bisect_left(stamps, start)
        return total


def _labels(**values: object) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((k, str(v)) for k, v in values.items() if v is not None))


def samples_from_events(events: Iterable[RunEvent]) -> list[Sample]:
    """``tool_call`` run events as ``tool_calls`` samples."""
    return [Sample(TOOL_CALLS, _labels(tool=e.data.get("tool"), status=e.data.get("status")), e.ts)
            for e in events if e.kind == "tool_call"]


def samples_from_audit(engine: sa.Engine, start: float, end: float) -> list[Sample]:
    """``tool_call`` audit records in ``[start, end)`` as ``tool_calls`` samples (works wherever audit runs)."""
    from corral.audit.log import AuditLog

    log = AuditLog(engine, create=False)
    return [Sample(TOOL_CALLS, _labels(tool=r.data.get("tool"), status=r.data.get("status"), tenant=r.tenant), r.ts)
            for r in log.records(kind="tool_call", start=start, end=end)]


_STEP_STATUS = {"executed": "ok", "failed": "error"}


def samples_from_store(engine: sa.Engine, start: float, end: float) -> list[Sample]:
    """Tool steps of the runtime's ``steps`` table in ``[start, end)``: executed → ok, failed → error. Steps whose
    tool never ran (denied, rejected, awaiting approval) are not tool calls."""
    from corral.store.sql import runs, steps

    query = (
        sa.select(steps.c.tool, steps.c.status, steps.c.started_at, runs.c.agent, runs.c.tenant)
        .join(runs, runs.c.id == steps.c.run_id)
        .where(steps.c.kind == "tool", steps.c.status.in_(list(_STEP_STATUS)),
               steps.c.started_at >= start, steps.c.started_at < end)
    )
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    return [Sample(TOOL_CALLS, _labels(tool=tool, status=_STEP_STATUS[status], agent=agent, tenant=tenant), ts)
            for tool, status, ts, agent, tenant in rows]
