"""Audit log speed: append throughput (batched and one record per transaction) and full-chain verify time.

    PYTHONPATH=src python bench/audit.py                 # SQLite, 1M records
    PYTHONPATH=src python bench/audit.py --pg            # also PostgreSQL (CORRAL_TEST_POSTGRES_URL), 200k records

Goals (issue 5): >= 20k records/s appended on SQLite; verify 1M records in <= 10 s.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import uuid
from pathlib import Path

import sqlalchemy as sa

from corral.audit import AuditEntry, AuditLog, verify
from corral.store.db import make_engine

PG_URL = os.environ.get("CORRAL_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")

# a realistic record: a tool call with arguments and a result summary (~380 bytes canonical)
DATA = {"tool": "CreateSupportTicket", "version": "1", "call_id": "call_0123456789",
        "arguments": {"title": "EU replication lag", "severity": "high", "description": "see KB-12, KB-40"},
        "idempotency_key": "9f2c1e7a5b3d4f60", "status": "ok", "attempts": 1,
        "result_summary": "ticket T-1234 created", "step": 3, "trace_id": "4bf92f3577b34da6a3ce929d0e0e4736"}


def _entries(n: int, offset: int) -> list[AuditEntry]:
    now = time.time()
    return [AuditEntry("tool_call", DATA, run_id=f"run-{(offset + i) // 20:08d}", tenant="acme",
                       actor="tool:CreateSupportTicket", ts=now) for i in range(n)]


def fill(log: AuditLog, total: int, batch: int) -> tuple[float, float]:
    """Append ``total`` records in batches; returns (records/s wall clock, records/s of this process's CPU)."""
    started, cpu = time.perf_counter(), time.process_time()
    for offset in range(0, total, batch):
        log.append_many(_entries(min(batch, total - offset), offset))
    return total / (time.perf_counter() - started), total / (time.process_time() - cpu)


def single(log: AuditLog, n: int) -> float:
    started = time.perf_counter()
    for entry in _entries(n, 0):
        log.append(entry)
    return n / (time.perf_counter() - started)


def bench(label: str, engine: sa.Engine, records: int, batch: int) -> None:
    log = AuditLog(engine)
    rate, cpu_rate = fill(log, records, batch)
    print(f"{label}: append_many ({batch}/txn): {rate:,.0f} records/s  ({records:,} records; "
          f"{cpu_rate:,.0f}/s of client CPU)")
    print(f"{label}: append (1/txn):        {single(log, 2000):,.0f} records/s")
    cpu = time.process_time()
    report = verify(engine)
    cpu = time.process_time() - cpu
    assert report.ok, report.broken
    print(f"{label}: verify {report.records:,} records: {report.elapsed_s:.2f} s "
          f"({report.records / report.elapsed_s:,.0f} records/s; {cpu:.2f} s of client CPU)")
    print(f"(load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--pg", action="store_true", help="also run on PostgreSQL")
    parser.add_argument("--pg-records", type=int, default=200_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'audit.db'}")
        bench("sqlite", engine, args.records, args.batch)
        engine.dispose()
    if args.pg:
        schema = f"bench_audit_{uuid.uuid4().hex[:8]}"
        admin = sa.create_engine(PG_URL)
        with admin.begin() as conn:
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
        try:
            engine = make_engine(PG_URL, schema=schema)
            bench("postgresql", engine, args.pg_records, args.batch)
            engine.dispose()
        finally:
            with admin.begin() as conn:
                conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()


if __name__ == "__main__":
    main()
