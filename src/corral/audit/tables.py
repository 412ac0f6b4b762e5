"""The audit tables and the triggers that make them append-only for the runtime's database user.

``audit_log`` holds one row per record: the canonical body exactly as hashed plus a few columns copied out of
it for queries (run_id, kind, ts, tenant); ``verify`` checks that those copies still match the body.
``audit_head`` holds a single row (id 1) with the latest seq and hash. Appenders lock that row, which
serializes them across processes, and verify compares the chain's tail with it.

Enforcement. Both databases get triggers that raise on UPDATE and DELETE of ``audit_log`` (PostgreSQL also on
TRUNCATE) and on moving ``audit_head`` backwards or deleting it. A trigger stops the runtime's user; it does not
stop someone with DDL rights, which is what ``verify`` and the external anchor are for. On PostgreSQL the
stronger variant is to run the runtime as a role that does not own the tables::

    REVOKE ALL ON audit_log, audit_head FROM corral_runtime;
    GRANT SELECT, INSERT ON audit_log TO corral_runtime;
    GRANT SELECT, UPDATE ON audit_head TO corral_runtime;

(the triggers stay as a second line, since a role's grants are easy to widen by accident).
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.exc import IntegrityError

from corral.audit.canonical import GENESIS_HASH
from corral.store.db import is_postgres, metadata

__all__ = ["PROTECTIVE_TRIGGERS", "audit_head", "audit_log", "drop_protection", "ensure_schema", "install_protection"]

_SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")  # INTEGER PRIMARY KEY is SQLite's rowid: fastest

audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("seq", _SEQ, primary_key=True, autoincrement=False),
    sa.Column("ts", sa.Float(precision=53), nullable=False),
    sa.Column("run_id", sa.String(128), nullable=True),
    sa.Column("tenant", sa.String(128), nullable=True),
    sa.Column("kind", sa.String(64), nullable=False),
    sa.Column("body", sa.LargeBinary(), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
    sa.Index("ix_audit_log_run_id", "run_id"),
    sa.Index("ix_audit_log_kind_ts", "kind", "ts"),
)

audit_head = sa.Table(
    "audit_head",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
    sa.Column("seq", sa.BigInteger(), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
)

_SQLITE_TRIGGERS = {
    "audit_log_no_update": "CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE is not allowed'); END",
    "audit_log_no_delete": "CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: DELETE is not allowed'); END",
    "audit_head_forward_only": "CREATE TRIGGER IF NOT EXISTS audit_head_forward_only BEFORE UPDATE ON audit_head "
    "WHEN NEW.seq < OLD.seq OR NEW.id != OLD.id "
    "BEGIN SELECT RAISE(ABORT, 'audit_head only moves forward'); END",
    "audit_head_no_delete": "CREATE TRIGGER IF NOT EXISTS audit_head_no_delete BEFORE DELETE ON audit_head "
    "BEGIN SELECT RAISE(ABORT, 'audit_head cannot be deleted'); END",
}

_PG_FUNCTIONS = [
    """CREATE OR REPLACE FUNCTION corral_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
    MESSAGE = 'audit_log is append-only: ' || TG_OP || ' is not allowed';
END $$""",
    """CREATE OR REPLACE FUNCTION corral_audit_head_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'UPDATE' OR NEW.seq < OLD.seq OR NEW.id <> OLD.id THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = 'audit_head only moves forward (' || TG_OP || ' refused)';
  END IF;
  RETURN NEW;
END $$""",
]

_PG_TRIGGERS = {
    "audit_log_append_only": "CREATE OR REPLACE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION corral_audit_append_only()",
    "audit_log_no_truncate": "CREATE OR REPLACE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION corral_audit_append_only()",
    "audit_head_forward_only": "CREATE OR REPLACE TRIGGER audit_head_forward_only BEFORE UPDATE OR DELETE ON audit_head "
    "FOR EACH ROW EXECUTE FUNCTION corral_audit_head_forward()",
    "audit_head_no_truncate": "CREATE OR REPLACE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head "
    "FOR EACH STATEMENT EXECUTE FUNCTION corral_audit_head_forward()",
}

#: trigger name -> table, for both dialects (tests and operators use it to drop protection deliberately)
PROTECTIVE_TRIGGERS = {
    "sqlite": {name: ("audit_head" if "head" in name else "audit_log") for name in _SQLITE_TRIGGERS},
    "postgresql": {name: ("audit_head" if "head" in name else "audit_log") for name in _PG_TRIGGERS},
}



def _install(conn: sa.Connection, table: str) -> None:
    """Create the protective triggers on ``table`` (idempotent; PostgreSQL 14+ for CREATE OR REPLACE TRIGGER)."""
    if conn.dialect.name == "postgresql":
        for ddl in _PG_FUNCTIONS:
            conn.exec_driver_sql(ddl)
        triggers = _PG_TRIGGERS
    else:
        triggers = _SQLITE_TRIGGERS
    for name, ddl in triggers.items():
        if (name.startswith("audit_head")) == (table == "audit_head"):
            conn.exec_driver_sql(ddl)


def _after_create(target: sa.Table, conn: sa.Connection, **_: object) -> None:
    _install(conn, target.name)


sa.event.listen(audit_log, "after_create", _after_create)
sa.event.listen(audit_head, "after_create", _after_create)


def ensure_schema(engine: sa.Engine) -> None:
    """Create the audit tables, their triggers and the head row if missing. Safe to call from many processes."""
    inspector = sa.inspect(engine)
    if not (inspector.has_table("audit_log") and inspector.has_table("audit_head")):
        metadata.create_all(engine, tables=[audit_log, audit_head])  # triggers come with after_create
    row = {"id": 1, "seq": 0, "hash": GENESIS_HASH}
    try:
        with engine.begin() as conn:
            if is_postgres(engine):
                conn.execute(postgresql.insert(audit_head).values(row).on_conflict_do_nothing())
            else:
                conn.execute(audit_head.insert().prefix_with("OR IGNORE").values(row))
    except IntegrityError:  # another process inserted it first
        pass


def install_protection(engine: sa.Engine) -> None:
    """(Re)create the protective triggers, e.g. after a restore that did not carry them."""
    with engine.begin() as conn:
        _install(conn, "audit_log")
        _install(conn, "audit_head")


def drop_protection(engine: sa.Engine) -> None:
    """Drop the protective triggers — what an attacker with DDL rights can do; used by tamper tests."""
    dialect = "postgresql" if is_postgres(engine) else "sqlite"
    with engine.begin() as conn:
        for name, table in PROTECTIVE_TRIGGERS[dialect].items():
            on = f" ON {table}" if dialect == "postgresql" else ""
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}{on}")
