"""Spend reports from the cost ledger: by tenant, user, agent, model, day (any combination), and the cost per
successful task (spend of runs that succeeded ÷ their number, read from the runs table when it exists)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from corral.budget._tables import ledger, to_usd
from corral.errors import ConfigError

__all__ = ["GROUPS", "SUCCESS_STATUSES", "TaskEconomics", "cost_per_successful_task", "spend_by"]

GROUPS = ("tenant", "user", "agent", "model", "day", "run_id", "kind")
SUCCESS_STATUSES = ("succeeded", "completed", "success", "done")


def _filters(tenant: str | None, since: str | None, until: str | None) -> list[sa.ColumnElement[bool]]:
    out: list[sa.ColumnElement[bool]] = []
    if tenant:
        out.append(ledger.c.tenant == tenant)
    if since:
        out.append(ledger.c.day >= since)
    if until:
        out.append(ledger.c.day <= until)
    return out


def spend_by(engine: sa.Engine, group_by: Sequence[str], *, tenant: str | None = None, since: str | None = None,
             until: str | None = None) -> list[dict[str, Any]]:
    """Rows of ``{<group columns>, cost_usd, calls, input_tokens, output_tokens, cache_hits}``, costliest first.
    ``since``/``until`` are inclusive ``YYYY-MM-DD`` days (UTC)."""
    bad = [g for g in group_by if g not in GROUPS]
    if bad or not group_by:
        raise ConfigError(f"cannot group by {bad or 'nothing'}; choose from {', '.join(GROUPS)}")
    cols = [ledger.c[g] for g in group_by]
    cost = sa.func.sum(ledger.c.cost_nusd)
    stmt = (
        sa.select(*cols, cost.label("cost"), sa.func.count().label("calls"),
                  sa.func.sum(ledger.c.input_tokens).label("tin"), sa.func.sum(ledger.c.output_tokens).label("tout"),
                  sa.func.sum(sa.case((ledger.c.cached, 1), else_=0)).label("hits"))
        .where(*_filters(tenant, since, until)).group_by(*cols).order_by(cost.desc(), *cols)
    )
    with engine.connect() as conn:
        rows = conn.execute(stmt).all()
    return [{**{g: getattr(r, g) for g in group_by}, "cost_usd": to_usd(int(r.cost)), "calls": int(r.calls),
             "input_tokens": int(r.tin or 0), "output_tokens": int(r.tout or 0), "cache_hits": int(r.hits or 0)}
            for r in rows]


@dataclass(frozen=True, slots=True)
class TaskEconomics:
    total_usd: float
    runs: int
    successful_runs: int | None  # None: no runs table to tell success from failure
    successful_spend_usd: float | None

    @property
    def cost_per_successful_task(self) -> float | None:
        if not self.successful_runs:
            return None
        return self.total_usd / self.successful_runs


def _runs_table(engine: sa.Engine) -> tuple[sa.Table, sa.Column[Any], sa.Column[Any]] | None:
    if not sa.inspect(engine).has_table("runs"):
        return None
    runs = sa.Table("runs", sa.MetaData(), autoload_with=engine)
    id_col = runs.c.get("run_id") if "run_id" in runs.c else runs.c.get("id")
    status = runs.c.get("status")
    if id_col is None or status is None:
        return None
    return runs, id_col, status


def cost_per_successful_task(engine: sa.Engine, *, tenant: str | None = None, since: str | None = None,
                             until: str | None = None,
                             success_statuses: Sequence[str] = SUCCESS_STATUSES) -> TaskEconomics:
    """All spend (failed runs included — they are part of the price of success) ÷ runs that succeeded."""
    where = _filters(tenant, since, until)
    with engine.connect() as conn:
        total, runs = conn.execute(
            sa.select(sa.func.sum(ledger.c.cost_nusd), sa.func.count(sa.distinct(ledger.c.run_id))).where(*where)
        ).one()
        found = _runs_table(engine)
        if found is None:
            return TaskEconomics(to_usd(int(total or 0)), int(runs), None, None)
        table, id_col, status = found
        ok_ids = sa.select(id_col).where(status.in_(list(success_statuses)))
        ok_where = [*where, ledger.c.run_id.in_(ok_ids)]
        ok_spend, ok_runs = conn.execute(
            sa.select(sa.func.sum(ledger.c.cost_nusd), sa.func.count(sa.distinct(ledger.c.run_id))).where(*ok_where)
        ).one()
    return TaskEconomics(to_usd(int(total or 0)), int(runs), int(ok_runs), to_usd(int(ok_spend or 0)))
