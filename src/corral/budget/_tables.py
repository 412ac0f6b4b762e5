"""Budget tables on the shared metadata: caps, counters (one row per scope and period), reservations, ledger."""

from __future__ import annotations

import sqlalchemy as sa

from corral.store.db import metadata

__all__ = ["NANO", "caps", "counters", "ledger", "reservations", "to_nano", "to_usd"]

# Money is stored as integer nano-dollars: exact sums and comparisons on SQLite and PostgreSQL alike
# (floats would refuse 3 x $0.03 against a $0.09 cap). 1 USD = 1e9.
_MONEY = sa.BigInteger
NANO = 1_000_000_000


def to_nano(usd: float) -> int:
    return round(usd * NANO)


def to_usd(nano: int | None) -> float:
    return 0.0 if nano is None else nano / NANO

# A configured cap: (kind, scope_id, period) → USD. scope_id "*" is the default for every scope of that kind.
caps = sa.Table(
    "budget_caps",
    metadata,
    sa.Column("kind", sa.String(16), primary_key=True),  # run | user | tenant
    sa.Column("scope_id", sa.String(300), primary_key=True),
    sa.Column("period", sa.String(8), primary_key=True),  # total | day | month
    sa.Column("cap_nusd", _MONEY, nullable=False),
    sa.Column("updated_at", sa.Float, nullable=False),  # epoch seconds
)

# The hot rows: spend and outstanding reservations per scope and period window. Reservation is one
# conditional UPDATE per row (spent + reserved + amount <= cap), so concurrent runs cannot overspend.
counters = sa.Table(
    "budget_counters",
    metadata,
    sa.Column("key", sa.String(400), primary_key=True),  # kind:scope_id:period:window
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("scope_id", sa.String(300), nullable=False),
    sa.Column("period", sa.String(8), nullable=False),
    sa.Column("window", sa.String(16), nullable=False),  # "-" | 2026-11-25 | 2026-11
    sa.Column("cap_nusd", _MONEY, nullable=True),  # NULL: no cap, spend is only counted
    sa.Column("spent_nusd", _MONEY, nullable=False, server_default="0"),
    sa.Column("reserved_nusd", _MONEY, nullable=False, server_default="0"),
    # a person approved this run past shared (user / tenant) caps; only the run's own cap still binds
    sa.Column("override_shared", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Index("ix_budget_counters_scope", "kind", "scope_id", "period"),
)

reservations = sa.Table(
    "budget_reservations",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("counter_keys", sa.JSON, nullable=False),
    sa.Column("amount_nusd", _MONEY, nullable=False),
    sa.Column("status", sa.String(10), nullable=False),  # open | settled | released | expired
    sa.Column("created_at", sa.Float, nullable=False),  # epoch seconds: portable comparisons
    sa.Column("expires_at", sa.Float, nullable=False),
    sa.Column("run_id", sa.String(64), nullable=True),
    sa.Column("kind", sa.String(10), nullable=False),  # model | tool
    sa.Index("ix_budget_reservations_open", "status", "expires_at"),
)

# What was actually spent, one row per settled call: the source of `corral costs`.
ledger = sa.Table(
    "cost_ledger",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("ts", sa.Float, nullable=False),  # epoch seconds
    sa.Column("day", sa.String(10), nullable=False),
    sa.Column("run_id", sa.String(64), nullable=True),
    sa.Column("tenant", sa.String(128), nullable=False),
    sa.Column("user", sa.String(128), nullable=False),
    sa.Column("agent", sa.String(128), nullable=False),
    sa.Column("model", sa.String(200), nullable=False),  # "provider:model", or "tool:<name>"
    sa.Column("kind", sa.String(10), nullable=False),  # model | tool
    sa.Column("cost_nusd", _MONEY, nullable=False),
    sa.Column("input_tokens", sa.Integer, nullable=False, server_default="0"),
    sa.Column("output_tokens", sa.Integer, nullable=False, server_default="0"),
    sa.Column("cached", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Index("ix_cost_ledger_tenant_day", "tenant", "day"),
    sa.Index("ix_cost_ledger_run", "run_id"),
)
