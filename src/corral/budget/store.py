"""Budgets that hold under concurrency: caps, reservations, settlement and the cost ledger.

Every charge touches one counter row per scope it belongs to (the run; the user per day and per month; the
tenant per day and per month). ``reserve`` adds the worst-case amount to each row's ``reserved`` with a
conditional UPDATE (``spent + reserved + amount <= cap``) inside one transaction, rows in a fixed order;
if any row refuses, the whole transaction rolls back. PostgreSQL's row locks and re-check under READ
COMMITTED, and SQLite's ``BEGIN IMMEDIATE`` writer lock, make that safe against concurrent runs. ``settle``
moves the reservation to ``spent`` at its actual cost and writes the ledger; ``release`` gives it back;
``sweep_expired`` releases reservations a crashed worker never settled.
"""

from __future__ import annotations

import contextlib
import json
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from corral.budget._tables import caps, counters, ledger, reservations, to_nano, to_usd
from corral.errors import BudgetExceeded, ConfigError, ErrorContext

__all__ = [
    "BudgetStore",
    "Charge",
    "Kind",
    "Period",
    "Reservation",
    "Scope",
    "ScopeUsage",
]

Kind = Literal["run", "user", "tenant"]
Period = Literal["total", "day", "month"]
KINDS: tuple[str, ...] = ("run", "user", "tenant")
PERIODS: tuple[str, ...] = ("total", "day", "month")


# The hot path runs pre-built SQL, one statement for all of a charge's counter rows: building SQLAlchemy
# expressions per call, or a round trip per row, costs more than the UPDATEs themselves.
# PostgreSQL locks the rows first, in key order (ORDER BY ... FOR UPDATE), so concurrent charges never
# deadlock; SQLite's BEGIN IMMEDIATE already holds the one writer lock.
_ROWS = {
    "postgresql": "key IN (SELECT key FROM budget_counters WHERE key IN :keys ORDER BY key FOR UPDATE)",
    "sqlite": "key IN :keys",
}
# A row passes when it has no cap, when the amount fits under its cap, or when it is a shared (user /
# tenant) row and a person approved this run past shared caps (override_shared on the run's row).
_FITS = (
    "(cap_nusd IS NULL OR spent_nusd + reserved_nusd + :amt <= cap_nusd OR (kind <> 'run' AND EXISTS ("
    "SELECT 1 FROM budget_counters r WHERE r.key = :run_key AND r.override_shared)))"
)


def _keys(sql: str) -> sa.TextClause:
    return sa.text(sql).bindparams(sa.bindparam("keys", expanding=True))


@dataclass(frozen=True)
class _CounterSql:
    hold: sa.TextClause
    unhold: sa.TextClause
    charge: sa.TextClause

    @classmethod
    def for_dialect(cls, name: str) -> _CounterSql:
        rows = _ROWS["postgresql" if name == "postgresql" else "sqlite"]
        return cls(
            hold=_keys(f"UPDATE budget_counters SET reserved_nusd = reserved_nusd + :amt WHERE {rows}"
                       f" AND {_FITS} RETURNING key"),
            unhold=_keys(f"UPDATE budget_counters SET reserved_nusd = reserved_nusd - :amt WHERE {rows}"),
            charge=_keys("UPDATE budget_counters SET spent_nusd = spent_nusd + :actual,"
                         f" reserved_nusd = reserved_nusd - :held WHERE {rows}"),
        )

_MARK = sa.text("UPDATE budget_reservations SET status = :to WHERE id = :id AND status = :frm")
_INSERT_RES = sa.text(
    "INSERT INTO budget_reservations (id, counter_keys, amount_nusd, status, created_at, expires_at, run_id, kind)"
    " VALUES (:id, :keys, :amt, 'open', :created, :expires, :run_id, :kind)"
)

_INSERT_LEDGER = sa.text(
    'INSERT INTO cost_ledger (ts, day, run_id, tenant, "user", agent, model, kind, cost_nusd, input_tokens,'
    " output_tokens, cached) VALUES (:ts, :day, :run_id, :tenant, :user, :agent, :model, :kind, :cost, :tin,"
    " :tout, :cached)"
)


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Scope:
    """One budget scope: the run (``total``), a user or a tenant per ``day`` or ``month``."""

    kind: str
    scope_id: str
    period: str

    def window(self, now: datetime) -> str:
        if self.period == "day":
            return now.strftime("%Y-%m-%d")
        if self.period == "month":
            return now.strftime("%Y-%m")
        return "-"

    def key(self, now: datetime) -> str:
        return f"{self.kind}:{self.scope_id}:{self.period}:{self.window(now)}"

    def label(self) -> str:
        return f"{self.kind} {self.scope_id} ({self.period})"


@dataclass(frozen=True, slots=True)
class Charge:
    """Who a cost is charged to and what for. Users are scoped to their tenant (``tenant/user``)."""

    tenant: str = "default"
    user: str = "anonymous"
    run_id: str | None = None
    agent: str = "-"
    model: str = "-"
    kind: str = "model"  # model | tool

    def scopes(self) -> list[Scope]:
        out = [Scope("run", self.run_id, "total")] if self.run_id else []
        user_id = f"{self.tenant}/{self.user}"
        out += [Scope("user", user_id, "day"), Scope("user", user_id, "month")]
        out += [Scope("tenant", self.tenant, "day"), Scope("tenant", self.tenant, "month")]
        return out


@dataclass(frozen=True, slots=True)
class Reservation:
    id: str
    amount_usd: float
    counter_keys: tuple[str, ...]
    expires_at: float
    charge: Charge

    def to_dict(self) -> dict[str, Any]:
        """JSON-able, so a hold can travel in a durable step's output and be settled by the next step."""
        return {"id": self.id, "amount_usd": self.amount_usd, "counter_keys": list(self.counter_keys),
                "expires_at": self.expires_at, "charge": asdict(self.charge)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Reservation:
        return cls(d["id"], float(d["amount_usd"]), tuple(d["counter_keys"]), float(d["expires_at"]),
                   Charge(**d["charge"]))


@dataclass(frozen=True, slots=True)
class ScopeUsage:
    scope: Scope
    window: str
    cap_usd: float | None
    spent_usd: float
    reserved_usd: float

    @property
    def remaining_usd(self) -> float | None:
        return None if self.cap_usd is None else self.cap_usd - self.spent_usd - self.reserved_usd


@dataclass
class BudgetStore:
    """Caps, reservations and the ledger in the database. ``clock`` returns an aware UTC datetime.

    ``async_holds`` (PostgreSQL): commit reservations and releases without waiting for the WAL flush.
    A shared cap serializes every reservation on its counter row, so throughput is bounded by commit
    latency; with this on, a *database* crash can forget holds made in the last moments (their calls may
    then pass a cap by that much), while settlements — the money actually spent — stay fully durable.
    """

    engine: sa.Engine
    reservation_ttl_s: float = 600.0
    clock: Callable[[], datetime] = _utcnow
    async_holds: bool = False
    _known: set[str] = field(default_factory=set, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    _write_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    _sql: _CounterSql = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sql = _CounterSql.for_dialect(self.engine.dialect.name)

    def create_tables(self) -> None:
        for table in (caps, counters, reservations, ledger):
            table.create(self.engine, checkfirst=True)

    # --- plumbing ------------------------------------------------------------------------------

    @property
    def _sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def _tx(self, *, fast: bool = False) -> Iterator[sa.Connection]:
        """A write transaction. On SQLite it takes the writer lock up front (BEGIN IMMEDIATE, so a
        read-then-write never fails on a stale snapshot), behind an in-process lock so threads queue
        fairly instead of sleeping in SQLite's busy handler. ``fast`` on PostgreSQL skips waiting for the
        WAL flush when ``async_holds`` is set (see the class docstring)."""
        with contextlib.ExitStack() as stack:
            if self._sqlite:
                stack.enter_context(self._write_lock)
            conn = stack.enter_context(self.engine.connect())
            if self._sqlite:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            elif fast and self.async_holds:
                conn.exec_driver_sql("SET LOCAL synchronous_commit TO OFF")
            try:
                yield conn
            except BaseException:
                conn.rollback()
                raise
            conn.commit()

    def _insert_ignore(self, table: sa.Table, values: dict[str, Any]) -> Any:
        ins = sqlite.insert(table) if self._sqlite else postgresql.insert(table)
        return ins.values(**values).on_conflict_do_nothing()

    def _cap_for(self, conn: sa.Connection, scope: Scope) -> int | None:
        rows = conn.execute(
            sa.select(caps.c.scope_id, caps.c.cap_nusd).where(
                caps.c.kind == scope.kind, caps.c.period == scope.period, caps.c.scope_id.in_([scope.scope_id, "*"])
            )
        ).all()
        by_id = {r.scope_id: int(r.cap_nusd) for r in rows}
        return by_id.get(scope.scope_id, by_id.get("*"))

    @staticmethod
    def _has_specific(conn: sa.Connection, scope: Scope) -> bool:
        return conn.execute(sa.select(caps.c.cap_nusd).where(
            caps.c.kind == scope.kind, caps.c.period == scope.period, caps.c.scope_id == scope.scope_id)
        ).first() is not None

    def _ensure(self, scopes: Sequence[Scope], now: datetime, run_cap_usd: float | None) -> None:
        missing = [s for s in scopes if s.key(now) not in self._known]
        if not missing:
            return
        with self._tx() as conn:
            for scope in missing:
                cap = self._cap_for(conn, scope)
                if scope.kind == "run" and run_cap_usd is not None and not self._has_specific(conn, scope):
                    cap = to_nano(run_cap_usd)  # the spec's max_cost_usd beats a global default run cap
                conn.execute(self._insert_ignore(counters, {
                    "key": scope.key(now), "kind": scope.kind, "scope_id": scope.scope_id,
                    "period": scope.period, "window": scope.window(now), "cap_nusd": cap,
                    "spent_nusd": 0, "reserved_nusd": 0, "override_shared": False,
                }))
        with self._lock:
            if len(self._known) > 100_000:  # one key per run: forget old ones in long-lived processes
                self._known.clear()
            self._known.update(s.key(now) for s in missing)

    # --- reservations --------------------------------------------------------------------------

    def reserve(self, charge: Charge, amount_usd: float, *, run_cap_usd: float | None = None) -> Reservation:
        """Hold ``amount_usd`` against every scope of ``charge``, or raise ``BudgetExceeded`` naming the
        first scope whose cap would be passed (then nothing is held). ``run_cap_usd`` is the run's cap
        (the spec's ``max_cost_usd``) unless one was set for the run in the database."""
        if amount_usd < 0:
            raise ValueError("amount_usd must be >= 0")
        now = self.clock()
        scopes = charge.scopes()
        self._ensure(scopes, now, run_cap_usd)
        keys = tuple(sorted(s.key(now) for s in scopes))
        amount = to_nano(amount_usd)
        res_id = uuid.uuid4().hex
        ts = now.timestamp()
        with self._tx(fast=True) as conn:
            conn.execute(_INSERT_RES, {
                "id": res_id, "keys": json.dumps(list(keys)), "amt": amount, "created": ts,
                "expires": ts + self.reservation_ttl_s, "run_id": charge.run_id, "kind": charge.kind,
            })
            run_key = next((k for k in keys if k.startswith("run:")), "")
            held = {r[0] for r in conn.execute(self._sql.hold, {"keys": list(keys), "amt": amount,
                                                                "run_key": run_key})}
            if len(held) != len(keys):
                raise self._refusal(conn, next(k for k in keys if k not in held), amount_usd, charge)
        return Reservation(res_id, amount_usd, keys, ts + self.reservation_ttl_s, charge)

    def _refusal(self, conn: sa.Connection, key: str, amount_usd: float, charge: Charge) -> BudgetExceeded:
        row = conn.execute(sa.select(counters).where(counters.c.key == key)).one()
        cap, spent, reserved = to_usd(row.cap_nusd), to_usd(row.spent_nusd), to_usd(row.reserved_nusd)
        scope = Scope(row.kind, row.scope_id, row.period)
        return BudgetExceeded(
            f"{scope.label()}: ${spent:.4f} spent + ${reserved:.4f} reserved + ${amount_usd:.4f} "
            f"would pass the ${cap:.4f} cap",
            context=ErrorContext(run_id=charge.run_id, extra={
                "scope": key, "kind": row.kind, "scope_id": row.scope_id, "period": row.period,
                "cap_usd": cap, "spent_usd": spent, "reserved_usd": reserved, "needed_usd": amount_usd,
            }),
            hint="raise the cap (corral budget set / corral approve RUN --budget X) or wait for the next period",
        )

    def settle(self, reservation: Reservation, actual_usd: float, *, input_tokens: int = 0,
               output_tokens: int = 0, cached: bool = False, model: str | None = None) -> bool:
        """Charge the actual cost and free the reservation; writes one ledger row. A reservation the
        sweeper already expired is still charged (the money was spent). Settling twice is a no-op
        (returns False)."""
        actual = to_nano(max(0.0, actual_usd))
        held = to_nano(reservation.amount_usd)
        now = self.clock()
        with self._tx() as conn:
            if self._mark(conn, reservation.id, "open", "settled"):
                release = held
            elif self._mark(conn, reservation.id, "expired", "settled"):
                release = 0
            else:
                return False
            conn.execute(self._sql.charge, {"keys": list(reservation.counter_keys), "actual": actual,
                                            "held": release})
            c = reservation.charge
            conn.execute(_INSERT_LEDGER, {
                "ts": now.timestamp(), "day": now.strftime("%Y-%m-%d"), "run_id": c.run_id, "tenant": c.tenant,
                "user": c.user, "agent": c.agent, "model": model or c.model, "kind": c.kind, "cost": actual,
                "tin": input_tokens, "tout": output_tokens, "cached": cached,
            })
        return True

    def release(self, reservation: Reservation) -> bool:
        """Give the whole reservation back (the call was not made). No-op if already settled/released."""
        with self._tx(fast=True) as conn:
            if not self._mark(conn, reservation.id, "open", "released"):
                return False
            self._unhold(conn, reservation.counter_keys, to_nano(reservation.amount_usd))
        return True

    def sweep_expired(self, limit: int = 1000) -> int:
        """Release reservations past their expiry (their worker crashed); returns how many."""
        now = self.clock().timestamp()
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(reservations.c.id, reservations.c.counter_keys, reservations.c.amount_nusd)
                .where(reservations.c.status == "open", reservations.c.expires_at < now).limit(limit)
            ).all()
        swept = 0
        for row in rows:
            with self._tx() as conn:
                if self._mark(conn, row.id, "open", "expired"):
                    self._unhold(conn, tuple(row.counter_keys), int(row.amount_nusd))
                    swept += 1
        return swept

    @staticmethod
    def _mark(conn: sa.Connection, res_id: str, from_status: str, to_status: str) -> bool:
        return bool(conn.execute(_MARK, {"id": res_id, "frm": from_status, "to": to_status}).rowcount == 1)

    def _unhold(self, conn: sa.Connection, keys: Sequence[str], amount: int) -> None:
        conn.execute(self._sql.unhold, {"keys": list(keys), "amt": amount})

    # --- caps ----------------------------------------------------------------------------------

    def set_cap(self, kind: str, scope_id: str, period: str, cap_usd: float | None) -> None:
        """Set (or with ``None`` remove) a cap. ``scope_id="*"`` is the default for that kind and period.
        Applies to the current windows immediately."""
        if kind not in KINDS or period not in PERIODS:
            raise ConfigError(f"unknown budget scope {kind!r}/{period!r}; kinds {KINDS}, periods {PERIODS}")
        if (kind == "run") != (period == "total"):
            raise ConfigError("runs have a 'total' cap; users and tenants have 'day' and 'month' caps")
        if cap_usd is not None and cap_usd < 0:
            raise ConfigError("a cap cannot be negative")
        where = (caps.c.kind == kind, caps.c.scope_id == scope_id, caps.c.period == period)
        with self._tx() as conn:
            conn.execute(caps.delete().where(*where))
            if cap_usd is not None:
                conn.execute(caps.insert().values(kind=kind, scope_id=scope_id, period=period,
                                                  cap_nusd=to_nano(cap_usd), updated_at=self.clock().timestamp()))
            self._apply_cap(conn, kind, scope_id, period)

    def _apply_cap(self, conn: sa.Connection, kind: str, scope_id: str, period: str) -> None:
        base = counters.update().where(counters.c.kind == kind, counters.c.period == period)
        if scope_id != "*":
            cap = self._cap_for(conn, Scope(kind, scope_id, period))
            if cap is not None or kind != "run":
                conn.execute(base.where(counters.c.scope_id == scope_id).values(cap_nusd=cap))
            return
        if kind == "run":
            return  # live runs keep their spec's cap; the default applies to runs that start without one
        specific = sa.select(caps.c.scope_id).where(caps.c.kind == kind, caps.c.period == period,
                                                     caps.c.scope_id != "*")
        default = self._cap_for(conn, Scope(kind, "*", period))
        conn.execute(base.where(counters.c.scope_id.not_in(specific)).values(cap_nusd=default))

    def raise_run_cap(self, run_id: str, cap_usd: float, *, override_shared: bool = True) -> None:
        """A person's decision to let this run spend up to ``cap_usd`` in total; with ``override_shared``
        the run may also pass its user's and tenant's caps (its spend is still counted there)."""
        scope = Scope("run", run_id, "total")
        now = self.clock()
        self._ensure([scope], now, cap_usd)
        self.set_cap("run", run_id, "total", cap_usd)
        with self._tx() as conn:
            conn.execute(counters.update().where(counters.c.key == scope.key(now))
                         .values(override_shared=override_shared))

    def list_caps(self) -> list[tuple[str, str, str, float]]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(caps).order_by(caps.c.kind, caps.c.scope_id, caps.c.period)).all()
        return [(r.kind, r.scope_id, r.period, to_usd(r.cap_nusd)) for r in rows]

    # --- reading -------------------------------------------------------------------------------

    def usage(self, scope: Scope) -> ScopeUsage:
        """Cap, spend and outstanding reservations of ``scope`` in its current window."""
        now = self.clock()
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(counters).where(counters.c.key == scope.key(now))).first()
            cap = row.cap_nusd if row is not None else self._cap_for(conn, scope)
        if row is None:
            return ScopeUsage(scope, scope.window(now), None if cap is None else to_usd(cap), 0.0, 0.0)
        return ScopeUsage(scope, row.window, None if cap is None else to_usd(cap),
                          to_usd(row.spent_nusd), to_usd(row.reserved_nusd))

    def remaining_usd(self, charge: Charge) -> float | None:
        """The smallest headroom among the capped scopes of ``charge`` (None: nothing is capped)."""
        now = self.clock()
        keys = [s.key(now) for s in charge.scopes()]
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(counters).where(counters.c.key.in_(keys))).all()
        override = any(r.override_shared for r in rows if r.kind == "run")
        heads = [to_usd(r.cap_nusd - r.spent_nusd - r.reserved_nusd) for r in rows
                 if r.cap_nusd is not None and (r.kind == "run" or not override)]
        return min(heads) if heads else None

