"""Request bodies (validated, size-capped) of the HTTP API."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["ApproveBody", "CancelBody", "DiffBody", "EscalateBody", "RejectBody", "StartRun", "UndoBody"]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class StartRun(_Body):
    agent: str = Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$",
                       description="a registered agent's name (GET /v1/agents)")
    task: str = Field(min_length=1, max_length=8000, description="what the agent should do; PII is pseudonymized")


class ApproveBody(_Body):
    reason: str | None = Field(default=None, max_length=2000)
    arguments: dict[str, Any] | None = Field(default=None, description="edited arguments (re-validated)")


class RejectBody(_Body):
    reason: str = Field(min_length=1, max_length=2000)


class CancelBody(_Body):
    reason: str = Field(default="cancelled by an operator", min_length=1, max_length=2000)


class EscalateBody(_Body):
    assignee: str = Field(min_length=1, max_length=128, description="the human operator to hand the run to")
    note: str = Field(default="", max_length=4000)


class UndoBody(_Body):
    reason: str = Field(min_length=1, max_length=2000)


class DiffBody(_Body):
    arguments: dict[str, Any]
