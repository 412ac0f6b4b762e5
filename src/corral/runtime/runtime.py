"""The Runtime: start runs, wait for them, approve or reject them. One per process.

    rt = Runtime.open()                        # SQLite under CORRAL_HOME, or CORRAL_DATABASE_URL
    run_id = rt.start(load_spec("agent.yaml"), "Customer data loss risk in EU region")
    run = rt.wait(run_id)                      # returns when the run completes, fails or pauses
    rt.approve(run_id, actor="alice")          # resumes a paused run (in this or any other process)
"""

from __future__ import annotations

import os
import secrets
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from dbos import DBOS, SetWorkflowID

from corral.audit import AuditLog, AuditSubscriber
from corral.budget.gate import BudgetGate
from corral.errors import ApprovalForbidden, ConfigError, RunStateConflict, ToolArgumentsInvalid
from corral.events import EventBus, RunEvent
from corral.guards.pii import install_log_redactor
from corral.models.base import Model
from corral.models.cache import CachedModel, DbCache, MemoryCache, TieredCache
from corral.models.factory import infer_model
from corral.models.router import RouterModel
from corral.runtime import durable
from corral.runtime.runner import Runner, drive, result_text
from corral.runtime.services import RunServices
from corral.spec.agent import AgentSpec
from corral.spec.loader import LoadedSpec
from corral.store.db import corral_home, database_url, is_postgres, make_engine
from corral.store.records import FINAL_STATUSES, ApprovalRecord, RunRecord, StepRecord
from corral.store.sql import MemoryStore, SqlStore, Store
from corral.telemetry import install_telemetry, store_lookup
from corral.tools.contract import ToolRegistry, default_registry
from corral.tools.idempotency import Ledger, MemoryLedger, SqlLedger

__all__ = ["Runtime"]

ModelFactory = Callable[[AgentSpec, str, Path | None], Model]


def _default_model_factory(spec: AgentSpec, name: str, base_dir: Path | None) -> Model:
    if spec.routing is not None:  # the spec's pinned models, routed by difficulty and budget, with fallback
        return RouterModel.from_spec(spec.routing, lambda n: infer_model(n, base_dir=base_dir))
    return infer_model(name, base_dir=base_dir)


def _filtered_results(steps: list[StepRecord], name: str) -> list[tuple[str, list[dict[str, Any]]]]:
    """``(text, results)`` for each step whose tool result the filter ``name`` saw: the text as the runner gave
    it (the result, or ``ERROR: <message>`` for a failed call) and the results the filter recorded."""
    out: list[tuple[str, list[dict[str, Any]]]] = []
    for s in steps:
        notes = (s.annotations.get("result_filters") or {}).get(name)
        if not isinstance(notes, dict):
            continue
        if s.status == "executed" and s.result is not None:
            text = result_text(s.result)
        elif s.error:
            text = f"ERROR: {s.error.get('message', '')}"
        else:
            continue
        out.append((text, [r for r in notes.get("results", []) if isinstance(r, dict)]))
    return out


class Runtime:
    """Owns the store, the event bus, the runner and (when durable) DBOS."""

    def __init__(self, store: Store, *, durable_runs: bool = True, registry: ToolRegistry | None = None,
                 bus: EventBus | None = None, model_factory: ModelFactory | None = None,
                 dbos_url: str | None = None, dbos_schema: str | None = None,
                 approver: Callable[[str, str], dict[str, Any] | None] | None = None, audit: bool = True,
                 budget: BudgetGate | None = None) -> None:
        self.store = store
        self.durable = durable_runs
        self.registry = registry or default_registry
        self.bus = bus or EventBus()
        install_log_redactor()  # logs, traces and audit: the guards' PII detector after the regex baseline
        self.audit: AuditSubscriber | None = None
        if audit and isinstance(store, SqlStore):  # the audit log lives beside the runs it records
            self.audit = AuditSubscriber(AuditLog(store.engine))
            self.bus.subscribe(self.audit, critical=True)
        self.telemetry = install_telemetry(self.bus, lookup=store_lookup(store))  # traces, metrics, logs
        self.model_factory = model_factory or _default_model_factory
        self._services: dict[str, RunServices] = {}
        self._models: dict[str, Model] = {}  # run id -> a model given to start() directly
        self._cond = threading.Condition()
        self._dbos_url = dbos_url
        self._dbos_schema = dbos_schema or os.environ.get("CORRAL_DBOS_SCHEMA")
        self._approver = approver
        self._launched = False
        if budget is None and isinstance(store, SqlStore):
            budget = BudgetGate.for_engine(store.engine)
        self.budget = budget
        self._cache: TieredCache | None = None
        self.runner = Runner(store, self.bus, self.services_for, on_status=self._notify, budget=budget)
        engine = getattr(store, "engine", None)  # write-tool ledger next to the runs, or in memory without a DB
        self.tool_ledger: Ledger = SqlLedger(engine) if isinstance(engine, sa.Engine) else MemoryLedger()

    # --- construction ---------------------------------------------------------------------------------

    @classmethod
    def open(cls, *, url: str | None = None, durable_runs: bool = True, **kw: Any) -> Runtime:
        """The standard runtime: SQL store (SQLite under CORRAL_HOME or CORRAL_DATABASE_URL), DBOS durability."""
        db_url = url or database_url()
        store = SqlStore(make_engine(db_url))
        if durable_runs and "dbos_url" not in kw:
            kw["dbos_url"] = db_url if is_postgres(db_url) else f"sqlite:///{_dbos_path()}"
        return cls(store, durable_runs=durable_runs, **kw)

    @classmethod
    def in_memory(cls, **kw: Any) -> Runtime:
        """No persistence at all: a MemoryStore and in-process steps."""
        return cls(MemoryStore(), durable_runs=False, **kw)

    def launch(self) -> Runtime:
        """Start DBOS (durable runtimes). Recovers runs this executor left unfinished."""
        durable.set_current(self)
        if self.budget is not None and not self._launched:
            self.budget.store.sweep_expired()  # holds a crashed worker never settled go back to the budget
        if self.durable and not self._launched:
            url = self._dbos_url or f"sqlite:///{_dbos_path()}"
            config: dict[str, Any] = {"name": "corral", "log_level": os.environ.get("CORRAL_DBOS_LOG", "WARNING"),
                                      "system_database_url": url,
                                      "notification_listener_polling_interval_sec": 0.25}
            if url.startswith("sqlite"):
                config["system_database_engine"] = make_engine(url)
            else:
                config["system_database_url"] = url.replace("postgresql+psycopg://", "postgresql://")
                if self._dbos_schema:
                    config["dbos_system_schema"] = self._dbos_schema
            DBOS(config=config)  # type: ignore[arg-type]
            DBOS.launch()
            self._launched = True
        return self

    def shutdown(self) -> None:
        if self.audit is not None:
            self.audit.flush()
        if self.budget is not None:
            self.budget.save_calibration()
        if self._launched:
            DBOS.destroy(destroy_registry=False)
            self._launched = False
        for model in self._models.values():
            model.close()
        self.telemetry.flush()  # the CLI leaves with os._exit: atexit never sends the OTLP batch
        durable.set_current(None)

    def __enter__(self) -> Runtime:
        return self.launch()

    def __exit__(self, *exc: object) -> None:
        self.shutdown()

    # --- services -------------------------------------------------------------------------------------

    def services_for(self, run_id: str) -> RunServices:
        svc = self._services.get(run_id)
        if svc is not None:
            return svc
        run = self.store.get_run(run_id)
        spec = AgentSpec.model_validate(run.spec)
        base_dir = Path(run.spec_path).parent if run.spec_path else None
        model = self._models.get(run_id) or self.model_factory(spec, run.model or spec.model, base_dir)
        if spec.cache is not None and isinstance(self.store, SqlStore):
            model = CachedModel(model, self._response_cache(), ttl_s=spec.cache.ttl_s)
        svc = RunServices.build(spec, model, self.registry, base_dir, run.spec_path, ledger=self.tool_ledger)
        self._services[run_id] = svc
        if run.steps:  # resumed in a new process: per-run guard state (the PII vault) is rebuilt, same numbering
            self._restore_scratch(svc, run)
        return svc

    def _response_cache(self) -> TieredCache:
        if self._cache is None:
            assert isinstance(self.store, SqlStore)
            self._cache = TieredCache(MemoryCache(), DbCache(self.store.engine))
        return self._cache

    def _restore_scratch(self, svc: RunServices, run: RunRecord) -> None:
        """Per-run state the gates and filters keep in memory, rebuilt from the store (same PII placeholders,
        same tainted addresses): each component with ``restore`` gets the task and, in order, the text of every
        tool result it filtered with the results it recorded on the step."""
        steps = self.store.list_steps(run.id)
        for f in {id(f): f for f in (*svc.pipeline.input_filters, *svc.pipeline.result_filters)}.values():
            restore = getattr(f, "restore", None)
            if restore is not None:
                restore(run.task, _filtered_results(steps, getattr(f, "name", "")), svc.scratch)

    def _notify(self, run_id: str, status: str) -> None:
        with self._cond:
            self._cond.notify_all()

    # --- runs -----------------------------------------------------------------------------------------

    def start(self, spec: LoadedSpec | AgentSpec, task: str, *, model: str | Model | None = None,
              tenant: str = "default", user: str = "anonymous", run_id: str | None = None) -> str:
        """Create a run and start it in the background; returns its id at once."""
        loaded = spec if isinstance(spec, LoadedSpec) else LoadedSpec(spec, None)
        if not task.strip():
            raise ConfigError("the task is empty", hint='give the agent something to do: corral run SPEC "task"')
        run_id = run_id or uuid.uuid4().hex
        model_name = model.name if isinstance(model, Model) else (model or loaded.agent.model)
        if isinstance(model, Model):
            self._models[run_id] = model
        run = RunRecord(id=run_id, agent=loaded.agent.name, task=task, spec=loaded.agent.model_dump(mode="json"),
                        spec_path=str(loaded.path) if loaded.path else None, model=model_name,
                        autonomy=loaded.agent.autonomy, tenant=tenant, user=user, trace_id=secrets.token_hex(16))
        self.store.create_run(run)
        try:
            self.services_for(run_id)  # fail fast on a bad spec or model, with the run recorded
        except Exception as exc:
            from corral.errors import CorralError

            err = exc.to_dict() if isinstance(exc, CorralError) else {"type": type(exc).__name__, "message": str(exc)}
            self.store.update_run(run_id, status="failed", error=err, finished_at=time.time())
            raise
        self._dispatch(run_id)
        return run_id

    def _dispatch(self, run_id: str) -> None:
        if self.durable:
            self.launch()
            with SetWorkflowID(run_id):
                DBOS.start_workflow(durable.run_workflow, run_id)
        else:
            durable.set_current(self)
            drive(self.runner, durable.Direct(self._approver), run_id)

    def wait(self, run_id: str, timeout_s: float = 300.0, *, until_change_from: str | None = None) -> RunRecord:
        """Block until the run is finished or paused (or its status leaves ``until_change_from``)."""
        deadline = time.monotonic() + timeout_s
        while True:
            run = self.store.get_run(run_id)
            settled = run.status in FINAL_STATUSES or run.status in ("waiting_approval", "budget_exhausted")
            if (until_change_from is None and settled) or (until_change_from and run.status != until_change_from):
                return run
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return run
            with self._cond:
                self._cond.wait(min(0.05, remaining))

    def run(self, spec: LoadedSpec | AgentSpec, task: str, **kw: Any) -> RunRecord:
        """Start a run and wait until it finishes or pauses."""
        return self.wait(self.start(spec, task, **kw))

    # --- approvals ------------------------------------------------------------------------------------

    def approve(self, run_ref: str, *, actor: str, reason: str | None = None,
                arguments: dict[str, Any] | None = None, wait: bool = True, budget: float | None = None) -> RunRecord:
        """Approve the run's pending action (optionally with edited arguments, re-validated) and resume it.
        A run paused in ``budget_exhausted`` needs ``budget``: its new total cost cap in USD."""
        if budget is not None:
            arguments = self._grant_budget(run_ref, budget, arguments)
        return self._decide(run_ref, "approved", actor=actor, reason=reason, arguments=arguments, wait=wait)

    def _grant_budget(self, run_ref: str, budget: float, arguments: dict[str, Any] | None) -> dict[str, Any] | None:
        run = self.store.find_run(run_ref)
        if run.status in FINAL_STATUSES:
            return arguments  # _decide reports the conflict
        pending = self.store.pending_approval(run.id)
        if self.budget is None:
            raise ConfigError("raising a run's budget needs the SQL store (Runtime.open())")
        if budget <= run.cost_usd:
            raise ConfigError(f"--budget ${budget:.4f} is not above what run {run.id[:12]} has already cost "
                              f"(${run.cost_usd:.4f})")
        self.budget.approve_budget(run.id, budget)
        if pending is not None and pending.kind == "budget":
            return {"budget_usd": budget}
        return arguments

    def reject(self, run_ref: str, *, actor: str, reason: str, wait: bool = True) -> RunRecord:
        return self._decide(run_ref, "rejected", actor=actor, reason=reason, arguments=None, wait=wait)

    def _decide(self, run_ref: str, status: str, *, actor: str, reason: str | None,
                arguments: dict[str, Any] | None, wait: bool) -> RunRecord:
        run = self.store.find_run(run_ref)
        if run.status in FINAL_STATUSES:
            raise RunStateConflict(f"run {run.id[:12]} is already {run.status}; there is nothing to approve",
                                   hint="list runs waiting for approval with `corral runs --status waiting_approval`"
                                   ).with_context(run_id=run.id)
        pending = self.store.pending_approval(run.id)
        if pending is None:
            approved = self.store.list_approvals(status=None, run_id=run.id)
            redeliver = [a for a in approved if a.status in ("approved", "rejected", "cancelled")
                         and run.status in ("waiting_approval", "budget_exhausted")]
            if not redeliver:
                raise RunStateConflict(f"run {run.id[:12]} is {run.status}, not waiting for approval").with_context(
                    run_id=run.id)
            pending = redeliver[-1]  # decided but never delivered (the deciding process died): deliver again
            status, actor, reason = pending.status, pending.decided_by or actor, pending.reason
            arguments = pending.edited_arguments
        else:
            if pending.kind == "budget" and status == "approved" and not (arguments or {}).get("budget_usd"):
                raise RunStateConflict(
                    f"run {run.id[:12]} is paused because its budget is exhausted: "
                    f"{pending.reasons[0]['message'] if pending.reasons else ''}",
                    hint=f"approve with a higher cap: corral approve {run.id[:12]} --budget USD, or reject it",
                ).with_context(run_id=run.id)
            if status == "approved":
                voters = self._check_approver(run, pending, actor, reason,
                                              arguments if pending.kind != "budget" else None)
                if voters is None:
                    return self.store.get_run(run.id)  # a quorum vote was recorded; more approvers are needed
                actor = "+".join(voters)
            if arguments is not None and status == "approved" and pending.kind != "budget":
                tool = self.services_for(run.id).tools[pending.tool or ""]
                try:
                    tool.contract.validate_arguments(arguments)
                except ToolArgumentsInvalid as exc:
                    raise exc.with_context(run_id=run.id) from None
            if not self.store.decide_approval(pending.id, status, actor=actor, reason=reason,
                                              edited_arguments=arguments, expect=pending.status):
                raise RunStateConflict(f"the approval {pending.id} was decided by someone else meanwhile")
        self._deliver(run.id, {"approval_id": pending.id, "status": status, "actor": actor, "reason": reason,
                               "arguments": arguments})
        if not wait:
            return self.store.get_run(run.id)
        self.wait(run.id, until_change_from=run.status, timeout_s=30)
        return self.wait(run.id)

    def _check_approver(self, run: RunRecord, pending: ApprovalRecord, actor: str, reason: str | None,
                        arguments: dict[str, Any] | None) -> list[str] | None:
        """Self-approval and quorum (``agent.approval``). Returns every approver once the quorum is met, or
        None after recording one more vote towards it."""
        settings = AgentSpec.model_validate(run.spec).approval
        if settings.forbid_self_approval and actor == run.user:
            raise ApprovalForbidden(f"{actor} started run {run.id[:12]} and may not approve its actions",
                                    hint="ask another approver").with_context(run_id=run.id)
        needed = settings.quorum_for(pending.reasons)
        if needed <= 1:
            return [actor]
        if arguments is not None:
            raise RunStateConflict("edited arguments cannot be approved by a quorum; reject the action "
                                   "with the edit as the reason instead").with_context(run_id=run.id)
        voters = self.store.add_vote(pending.id, actor, reason)
        self.bus.emit(RunEvent("approval_vote", run.id, pending.step_idx, {
            "approval_id": pending.id, "actor": actor, "reason": reason, "votes": len(voters), "needed": needed},
            trace_id=run.trace_id))
        return voters if len(voters) >= needed else None

    def cancel(self, run_ref: str, *, actor: str, reason: str = "cancelled") -> RunRecord:
        """Cancel a run: a paused run ends at once (its pending approval is cancelled); a running one is
        stopped at its next step boundary."""
        run = self.store.find_run(run_ref)
        if run.status in FINAL_STATUSES:
            raise RunStateConflict(f"run {run.id[:12]} is already {run.status}").with_context(run_id=run.id)
        pending = self.store.pending_approval(run.id)
        if pending is not None and self.store.decide_approval(pending.id, "cancelled", actor=actor, reason=reason,
                                                              expect=pending.status):
            self._deliver(run.id, {"approval_id": pending.id, "status": "cancelled", "actor": actor,
                                   "reason": reason, "arguments": None})
            self.wait(run.id, until_change_from="waiting_approval", timeout_s=30)
            return self.store.get_run(run.id)
        if self.durable:
            DBOS.cancel_workflow(run.id)
        err = {"type": "Cancelled", "code": "cancelled", "message": reason, "context": {"actor": actor}}
        self.store.update_run(run.id, status="cancelled", error=err, finished_at=time.time())
        self.bus.emit(RunEvent("run_cancelled", run.id, run.steps, {"actor": actor, "reason": reason},
                               trace_id=run.trace_id))
        self._notify(run.id, "cancelled")
        return self.store.get_run(run.id)

    def compensate(self, run_ref: str, step_idx: int, *, actor: str, reason: str) -> StepRecord:
        """Undo a completed write step with its tool's declared compensating action (see compensation.py)."""
        from corral.runtime.compensation import compensate

        return compensate(self, self.store.find_run(run_ref), step_idx, actor=actor, reason=reason)

    def _deliver(self, run_id: str, message: dict[str, Any]) -> None:
        if self.durable:
            self.launch()
            DBOS.send(run_id, message, topic=durable.APPROVAL_TOPIC)
            return
        # in memory: replay the run's last paused state is not possible; approvals need a durable runtime
        raise ConfigError("approving a paused run needs a durable runtime (Runtime.open())")


def _dbos_path() -> Path:
    home = corral_home()
    home.mkdir(parents=True, exist_ok=True)
    return home / "dbos.sqlite"
