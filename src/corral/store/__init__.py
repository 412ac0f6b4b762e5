"""Storage: runs, steps and approvals on SQLite (default) or PostgreSQL, behind one interface."""

from corral.store.db import corral_home, database_url, make_engine, metadata
from corral.store.records import (
    ACTIVE_STATUSES,
    FINAL_STATUSES,
    ApprovalRecord,
    RunRecord,
    StepRecord,
)
from corral.store.sql import MemoryStore, SqlStore, Store

__all__ = [
    "ACTIVE_STATUSES",
    "FINAL_STATUSES",
    "ApprovalRecord",
    "MemoryStore",
    "RunRecord",
    "SqlStore",
    "StepRecord",
    "Store",
    "corral_home",
    "database_url",
    "make_engine",
    "metadata",
]
