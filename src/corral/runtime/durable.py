"""Durable execution: runs as DBOS workflows, one DBOS step per loop step (plan / act / resolve / finish),
approvals as durable ``recv`` waits. ``Direct`` runs the same loop in memory, for persistence-off runs.

DBOS is a process-wide singleton, so the runtime that owns it is too: ``current()``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from dbos import DBOS

from corral.runtime.runner import Suspend, drive

if TYPE_CHECKING:
    from corral.runtime.runtime import Runtime

__all__ = ["APPROVAL_TOPIC", "DBOSDurability", "Direct", "current", "run_workflow", "set_current"]

APPROVAL_TOPIC = "corral.approval"
_current: Runtime | None = None
_lock = threading.Lock()


def set_current(rt: Runtime | None) -> None:
    global _current
    with _lock:
        _current = rt


def current() -> Runtime:
    if _current is None:
        raise RuntimeError("no corral Runtime is active in this process")
    return _current


class Direct:
    """In memory: steps are plain calls; an approval is asked of ``approver`` or suspends the run."""

    def __init__(self, approver: Callable[[str, str], dict[str, Any] | None] | None = None) -> None:
        self.approver = approver

    def step(self, name: str, fn: Callable[..., Any], *args: Any) -> Any:
        return fn(*args)

    def wait_approval(self, run_id: str, approval_id: str, timeout_s: float) -> dict[str, Any] | None:
        if self.approver is None:
            raise Suspend()
        return self.approver(run_id, approval_id)


@DBOS.step(name="corral.step")
def _durable_step(name: str, args: tuple[Any, ...]) -> Any:
    runner = current().runner
    steps: dict[str, Callable[..., Any]] = {
        "load": runner.load, "plan": runner.plan, "resolve": runner.resolve, "act": runner.act,
        "finish": runner.finish,
    }
    return steps[name](*args)


class DBOSDurability:
    def step(self, name: str, fn: Callable[..., Any], *args: Any) -> Any:
        return cast(Callable[..., Any], _durable_step)(name, args)

    def wait_approval(self, run_id: str, approval_id: str, timeout_s: float) -> dict[str, Any] | None:
        while True:
            msg = DBOS.recv(APPROVAL_TOPIC, timeout_seconds=timeout_s)
            if msg is None or msg.get("approval_id") == approval_id:
                return msg  # type: ignore[no-any-return]
            # a stale message for an earlier approval (e.g. a duplicate send): skip it


@DBOS.workflow(name="corral.run")
def run_workflow(run_id: str) -> dict[str, Any]:
    return drive(current().runner, DBOSDurability(), run_id)
