"""Persisted records: runs, steps and approvals, as plain dataclasses shared by every Store backend."""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

__all__ = [
    "ACTIVE_STATUSES",
    "FINAL_STATUSES",
    "ApprovalRecord",
    "ApprovalStatus",
    "RunRecord",
    "RunStatus",
    "StepRecord",
]

RunStatus = Literal[
    "running", "waiting_approval", "budget_exhausted", "completed", "failed", "rejected", "cancelled"
]
FINAL_STATUSES: frozenset[str] = frozenset({"completed", "failed", "rejected", "cancelled"})
ACTIVE_STATUSES: frozenset[str] = frozenset({"running", "waiting_approval", "budget_exhausted"})
ApprovalStatus = Literal["pending", "approved", "rejected", "expired", "escalated"]


@dataclass(slots=True)
class RunRecord:
    id: str
    agent: str
    task: str
    spec: dict[str, Any]
    spec_path: str | None = None
    model: str = ""
    status: str = "running"
    autonomy: str = "approval_required"
    tenant: str = "default"
    user: str = "anonymous"
    trace_id: str = ""
    steps: int = 0
    cost_usd: float = 0.0
    tokens_in: int = 0
    tokens_out: int = 0
    result: str | None = None
    error: dict[str, Any] | None = None
    created_at: float = field(default_factory=time.time)
    updated_at: float = field(default_factory=time.time)
    finished_at: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def duration_s(self) -> float:
        end = self.finished_at or self.updated_at
        return max(0.0, end - self.created_at)


@dataclass(slots=True)
class StepRecord:
    """One iteration of the loop: what the model planned, what the gates decided, what ran."""

    run_id: str
    idx: int
    kind: str  # tool | final | proposed | invalid
    status: str  # planned | awaiting_approval | executed | denied | proposed | failed | final | rejected
    tool: str | None = None
    tool_version: str | None = None
    arguments: dict[str, Any] | None = None
    text: str | None = None
    decision: dict[str, Any] | None = None
    annotations: dict[str, Any] = field(default_factory=dict)
    result: Any = None
    result_summary: str | None = None
    error: dict[str, Any] | None = None
    idempotency_key: str | None = None
    model: str | None = None
    tokens_in: int = 0
    tokens_out: int = 0
    cost_usd: float = 0.0
    repairs: int = 0
    attempts: int = 0
    started_at: float = field(default_factory=time.time)
    duration_ms: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class ApprovalRecord:
    id: str
    run_id: str
    step_idx: int
    kind: str  # action | budget
    tool: str | None
    arguments: dict[str, Any] | None
    reasons: list[dict[str, Any]]
    status: str = "pending"
    decided_by: str | None = None
    reason: str | None = None
    edited_arguments: dict[str, Any] | None = None
    created_at: float = field(default_factory=time.time)
    decided_at: float | None = None
    expires_at: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
