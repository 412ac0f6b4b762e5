"""OpenTelemetry traces built from the run-event stream, following the GenAI semantic conventions.

Span tree of one run (one trace per run, trace id stored on the run)::

    invoke_agent {agent}                      root; exported once, when the run finishes
    ├── plan {agent}                          one per planning step (model call(s) + parse/validate)
    │   └── chat {model}                      each model call of that step, repairs included
    ├── decide {tool}                         guards + policy verdict on a proposed tool call
    ├── await_approval {tool}                 from approval request to decision (may span days)
    └── execute_tool {tool}                   the tool call through the proxy

Events arrive after the work is done (``ts`` is the end, ``duration_ms`` the length), and a run may pause and
resume in another process, so every span is started and ended with explicit times under explicit parents, and the
ids come from :mod:`corral.telemetry.ids` so all processes agree on them. Per-run facts that later events need
(agent name, start time, tenant, pending approvals) are kept in memory; a process that resumes a run learns them
from the event data or from a ``RunLookup`` the runtime provides.
"""

from __future__ import annotations

import contextvars
import json
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import (
    BatchSpanProcessor,
    ConsoleSpanExporter,
    SimpleSpanProcessor,
    SpanExporter,
)
from opentelemetry.sdk.trace.id_generator import IdGenerator, RandomIdGenerator
from opentelemetry.trace import SpanContext, SpanKind, Status, StatusCode, TraceFlags

from corral.events import RunEvent
from corral.telemetry.ids import event_span_id, plan_span_id, root_span_id, run_trace_id
from corral.telemetry.redact import redact, redact_value

__all__ = [
    "RunInfo",
    "RunLookup",
    "TraceSubscriber",
    "content_capture_enabled",
    "make_tracer_provider",
    "setup_tracing",
    "shutdown_tracing",
]

CONTENT_ENV = "CORRAL_TRACE_CONTENT"
CONSOLE_ENV = "CORRAL_TRACE_CONSOLE"
_OK_STATUSES = frozenset({"ok", "success", "succeeded", "completed", "done", "approved", "edited"})
_FAILED_RUN = frozenset({"failed", "error", "errored", "cancelled", "canceled", "timeout", "blocked",
                         "budget_exceeded", "rejected", "expired"})
# Attribute keys whose values are identifiers we generated; everything else is redacted before export.
_ID_KEYS = frozenset({"corral.run_id", "gen_ai.conversation.id", "corral.idempotency_key", "gen_ai.tool.call.id",
                      "corral.approval.id"})

_FORCED_TRACE: contextvars.ContextVar[int | None] = contextvars.ContextVar("corral_forced_trace", default=None)
_FORCED_SPAN: contextvars.ContextVar[int | None] = contextvars.ContextVar("corral_forced_span", default=None)


def content_capture_enabled() -> bool:
    """Message content (task, plan text, tool arguments/results) goes on spans only when opted in."""
    return os.environ.get(CONTENT_ENV, "").strip().lower() in ("1", "true", "yes", "on")


class _EventIdGenerator(IdGenerator):
    """Random ids, unless the subscriber pins the next one (deterministic ids shared across processes)."""

    def __init__(self) -> None:
        self._random = RandomIdGenerator()

    def generate_span_id(self) -> int:
        return _FORCED_SPAN.get() or self._random.generate_span_id()

    def generate_trace_id(self) -> int:
        return _FORCED_TRACE.get() or self._random.generate_trace_id()


def make_tracer_provider(*exporters: SpanExporter, resource: Resource | None = None,
                         batch: bool = False, shutdown_on_exit: bool = False) -> TracerProvider:
    """A TracerProvider whose ids the event subscriber can pin; each exporter gets its own processor."""
    provider = TracerProvider(
        resource=resource or Resource.create({"service.name": "corral"}),
        id_generator=_EventIdGenerator(),
        shutdown_on_exit=shutdown_on_exit,
    )
    for exporter in exporters:
        processor = BatchSpanProcessor(exporter) if batch else SimpleSpanProcessor(exporter)
        provider.add_span_processor(processor)
    return provider


def _otlp_exporter() -> SpanExporter | None:
    if not os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT") and not os.environ.get(
            "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"):
        return None
    protocol = os.environ.get("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL",
                              os.environ.get("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"))
    if protocol == "grpc":
        try:
            from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import (
                OTLPSpanExporter as GrpcExporter,
            )
        except ImportError as exc:  # the gRPC exporter is an optional extra
            raise ImportError("OTLP over gRPC needs `pip install opentelemetry-exporter-otlp-proto-grpc`; "
                              "or set OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf") from exc
        return GrpcExporter()  # type: ignore[no-any-return]
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

    return OTLPSpanExporter()  # endpoint, headers and timeout come from the OTEL_* environment


_setup_lock = threading.Lock()
_provider: TracerProvider | None = None
_extra_exporters: list[SpanExporter] = []
_exporting = False  # whether the process provider has anywhere to send spans


def setup_tracing(exporter: SpanExporter | None = None) -> TracerProvider:
    """The process's tracer provider, created once: OTLP when ``OTEL_EXPORTER_OTLP_ENDPOINT`` is set, the console
    when ``CORRAL_TRACE_CONSOLE=1``, plus ``exporter`` if given. Calling again returns the same provider and only
    adds an exporter it has not seen."""
    global _provider, _exporting
    with _setup_lock:
        if _provider is None:
            _provider = make_tracer_provider(shutdown_on_exit=True)  # at exit: flush the OTLP batch
            otlp = _otlp_exporter()
            if otlp is not None:
                _provider.add_span_processor(BatchSpanProcessor(otlp))
                _exporting = True
            if os.environ.get(CONSOLE_ENV, "").strip() in ("1", "true", "yes"):
                _provider.add_span_processor(SimpleSpanProcessor(ConsoleSpanExporter()))
                _exporting = True
        if exporter is not None and all(exporter is not e for e in _extra_exporters):
            _extra_exporters.append(exporter)
            _provider.add_span_processor(SimpleSpanProcessor(exporter))
            _exporting = True
        return _provider


def shutdown_tracing() -> None:
    """Flush and drop the process provider (call at exit; OTLP batches are sent here)."""
    global _provider, _exporting
    with _setup_lock:
        if _provider is not None:
            _provider.shutdown()
        _provider = None
        _exporting = False
        _extra_exporters.clear()


@dataclass(frozen=True, slots=True)
class RunInfo:
    """What a resumed process needs to know about a run it did not start."""

    agent: str
    started_at: float | None = None
    tenant: str | None = None
    approvals: Mapping[str, tuple[float, str]] = field(default_factory=dict)  # id -> (requested_at, tool)


RunLookup = Callable[[str], "RunInfo | None"]


@dataclass(slots=True)
class _RunState:
    trace_id: int
    agent: str | None = None
    tenant: str | None = None
    started_at: float | None = None
    first_seen: float | None = None
    cost_usd: float = 0.0
    plan_starts: dict[int, float] = field(default_factory=dict)
    approvals: dict[str, tuple[float, str]] = field(default_factory=dict)


def error_info(error: Any) -> tuple[str, str] | None:
    """(type, message) of an event's ``error``: a CorralError dict (``to_dict()``), a string, or nothing."""
    if not error:
        return None
    if isinstance(error, Mapping):
        return str(error.get("type") or error.get("code") or "error"), str(error.get("message") or "")
    return "error", str(error)


def retries_of(data: Mapping[str, Any]) -> int:
    """Retries of a call: ``retries`` if given, else ``attempts - 1``."""
    if data.get("retries") is not None:
        return max(int(data["retries"]), 0)
    attempts = data.get("attempts")
    return max(int(attempts) - 1, 0) if attempts else 0


def _start(event: RunEvent) -> float:
    return event.ts - max(event.duration_ms, 0.0) / 1000.0


def _ns(seconds: float) -> int:
    return int(round(seconds * 1e9))


def _json(value: Any, limit: int = 4096) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str, sort_keys=True)
    return text if len(text) <= limit else text[:limit] + "…"


def _clean(attrs: Mapping[str, Any]) -> dict[str, Any]:
    """Drop Nones, turn non-primitive values into JSON, redact every string that is not an id we made."""
    out: dict[str, Any] = {}
    for key, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, bool | int | float):
            out[key] = value
        elif isinstance(value, str):
            out[key] = value if key in _ID_KEYS else redact(value)
        elif isinstance(value, Sequence) and all(isinstance(v, str) for v in value):
            out[key] = [redact(v) for v in value]
        else:
            out[key] = _json(redact_value(value))
    return out


class TraceSubscriber:
    """An EventBus subscriber turning run events into spans. Thread-safe; keeps per-run state in memory
    (bounded to ``max_runs`` live runs) and forgets a run when it finishes. On the process provider
    (``provider=None``) it does nothing until an exporter is configured, so tracing costs nothing when off."""

    def __init__(self, provider: TracerProvider | None = None, *, lookup: RunLookup | None = None,
                 capture_content: bool | None = None, max_runs: int = 10_000) -> None:
        self._on_process_provider = provider is None
        self._provider = provider or setup_tracing()
        if not isinstance(self._provider.id_generator, _EventIdGenerator):
            raise TypeError("TraceSubscriber needs a provider from make_tracer_provider() or setup_tracing()")
        self._tracer = self._provider.get_tracer("corral.telemetry")
        self._lookup = lookup
        self._content = capture_content
        self._runs: OrderedDict[str, _RunState] = OrderedDict()
        self._max_runs = max_runs
        self._lock = threading.Lock()
        self._handlers: dict[str, Callable[[RunEvent, _RunState], None]] = {
            "run_started": self._on_run_started,
            "model_call": self._on_model_call,
            "plan": self._on_plan,
            "decision": self._on_decision,
            "approval_requested": self._on_approval_requested,
            "approval_decided": self._on_approval_decided,
            "tool_call": self._on_tool_call,
            "memory": self._on_memory,
            "run_paused": self._on_run_paused,
            "run_finished": self._on_run_finished,
        }

    def flush(self, timeout_ms: int = 5000) -> None:
        """Export buffered spans now (a batch processor otherwise sends them later or at exit)."""
        if not self._on_process_provider or _exporting:
            self._provider.force_flush(timeout_ms)

    @property
    def content(self) -> bool:
        return content_capture_enabled() if self._content is None else self._content

    def __call__(self, event: RunEvent) -> None:
        handler = self._handlers.get(event.kind)
        if handler is None or (self._on_process_provider and not _exporting):
            return
        with self._lock:
            handler(event, self._state(event))

    # -- per-run state ---------------------------------------------------------------------------------
    def _state(self, event: RunEvent) -> _RunState:
        state = self._runs.get(event.run_id)
        if state is None:
            state = _RunState(trace_id=run_trace_id(event.run_id, event.trace_id), first_seen=_start(event))
            info = self._lookup(event.run_id) if self._lookup and event.kind != "run_started" else None
            if info is not None:
                state.agent, state.started_at, state.tenant = info.agent, info.started_at, info.tenant
                state.approvals.update(info.approvals)
            self._runs[event.run_id] = state
            while len(self._runs) > self._max_runs:
                self._runs.popitem(last=False)
        return state

    def _agent(self, event: RunEvent, state: _RunState) -> str:
        return str(event.data.get("agent") or state.agent or "agent")

    # -- span emission ---------------------------------------------------------------------------------
    def _parent(self, trace_id: int, span_id: int) -> Any:
        ctx = SpanContext(trace_id, span_id, is_remote=True, trace_flags=TraceFlags(TraceFlags.SAMPLED))
        return trace.set_span_in_context(trace.NonRecordingSpan(ctx))

    def _emit(self, name: str, *, state: _RunState, span_id: int, parent_id: int | None, start: float,
              end: float, attrs: Mapping[str, Any], kind: SpanKind = SpanKind.INTERNAL,
              error: str | None = None) -> None:
        context = self._parent(state.trace_id, parent_id) if parent_id is not None else Context()
        trace_token = _FORCED_TRACE.set(state.trace_id)
        span_token = _FORCED_SPAN.set(span_id)
        try:
            span = self._tracer.start_span(name, context=context, kind=kind, attributes=_clean(attrs),
                                           start_time=_ns(min(start, end)))
        finally:
            _FORCED_SPAN.reset(span_token)
            _FORCED_TRACE.reset(trace_token)
        if error is not None:
            span.set_status(Status(StatusCode.ERROR, redact(error)[:500]))
        span.end(end_time=_ns(end))

    def _root(self, state: _RunState) -> int:
        return root_span_id(state.trace_id)

    # -- handlers --------------------------------------------------------------------------------------
    def _on_run_started(self, event: RunEvent, state: _RunState) -> None:
        state.agent = str(event.data.get("agent") or state.agent or "agent")
        state.tenant = event.data.get("tenant") or state.tenant
        state.started_at = _start(event)

    def _on_model_call(self, event: RunEvent, state: _RunState) -> None:
        d = event.data
        model = str(d.get("model") or "unknown")
        state.plan_starts.setdefault(event.step, _start(event))
        state.cost_usd += float(d.get("cost_usd") or 0.0)
        finish = d.get("finish_reason")
        attrs: dict[str, Any] = {
            "gen_ai.operation.name": "chat",
            "gen_ai.provider.name": d.get("provider"),
            "gen_ai.request.model": d.get("request_model") or model,
            "gen_ai.response.model": model,
            "gen_ai.usage.input_tokens": d.get("tokens_in"),
            "gen_ai.usage.output_tokens": d.get("tokens_out"),
            "gen_ai.response.finish_reasons": [str(finish)] if finish else None,
            "gen_ai.agent.name": self._agent(event, state),
            "corral.step": event.step,
            "corral.cost_usd": d.get("cost_usd"),
            "corral.repair": int(d.get("repair") or 0),
            "corral.retry_count": retries_of(d),
            "corral.cache_hit": d.get("cached"),
        }
        if self.content:
            attrs["gen_ai.input.messages"] = d.get("messages")
            attrs["gen_ai.output.messages"] = d.get("output")
        error = error_info(d.get("error"))
        if error:
            attrs["error.type"] = error[0]
        self._emit(f"chat {model}", state=state, span_id=event_span_id(event),
                   parent_id=plan_span_id(state.trace_id, event.step), start=_start(event), end=event.ts,
                   attrs=attrs, kind=SpanKind.CLIENT, error=error[1] if error else None)

    def _plan_span(self, event_step: int, state: _RunState, *, start: float, end: float, agent: str,
                   attrs: Mapping[str, Any], error: str | None = None) -> None:
        base = {"gen_ai.operation.name": "plan", "gen_ai.agent.name": agent, "corral.step": event_step}
        self._emit(f"plan {agent}", state=state, span_id=plan_span_id(state.trace_id, event_step),
                   parent_id=self._root(state), start=start, end=end, attrs={**base, **attrs}, error=error)

    def _on_plan(self, event: RunEvent, state: _RunState) -> None:
        d = event.data
        start = min(state.plan_starts.pop(event.step, _start(event)), _start(event))
        attrs: dict[str, Any] = {"corral.plan.kind": d.get("kind"), "corral.plan.tool": d.get("tool"),
                                 "gen_ai.tool.call.id": d.get("call_id")}
        if self.content:
            attrs["corral.plan.text"] = d.get("text")
            attrs["corral.plan.arguments"] = d.get("arguments")
        self._plan_span(event.step, state, start=start, end=event.ts, agent=self._agent(event, state),
                        attrs=attrs)

    def _flush_plans(self, event: RunEvent, state: _RunState) -> None:
        """Model calls whose step produced no plan (the model failed or the run stopped): close their plan."""
        for step, start in sorted(state.plan_starts.items()):
            self._plan_span(step, state, start=start, end=max(start, _start(event)),
                            agent=self._agent(event, state), attrs={"corral.plan.kind": "none"},
                            error="no plan produced")
        state.plan_starts.clear()

    def _on_decision(self, event: RunEvent, state: _RunState) -> None:
        d = event.data
        decision: Mapping[str, Any] = d.get("decision") or {}
        reasons = [r for r in decision.get("reasons", []) if isinstance(r, Mapping)]
        tool = str(d.get("tool") or "unknown")
        attrs: dict[str, Any] = {
            "gen_ai.tool.name": tool,
            "corral.step": event.step,
            "corral.policy.decision": decision.get("outcome"),
            "corral.policy.id": decision.get("policy_id"),
            "corral.policy.version": decision.get("policy_version"),
            "corral.policy.reasons": [str(r.get("code")) for r in reasons] or None,
            "corral.policy.reason_messages": [str(r.get("message", "")) for r in reasons] or None,
            "corral.guard.blocked": guard_blocks(decision) or None,
        }
        for key, value in (d.get("annotations") or {}).items():
            if key == "provenance" and isinstance(value, Mapping):
                value = _provenance_summary(value)
            if key != "decisions" and value not in (None, "", [], {}):  # "decisions": the gates' votes, above
                attrs[f"corral.annotation.{key}"] = value
        denied = decision.get("outcome") == "deny"
        self._emit(f"decide {tool}", state=state, span_id=event_span_id(event), parent_id=self._root(state),
                   start=_start(event), end=event.ts, attrs=attrs,
                   error="denied by policy" if denied else None)

    def _on_approval_requested(self, event: RunEvent, state: _RunState) -> None:
        approval_id = str(event.data.get("approval_id") or "")
        state.approvals[approval_id] = (event.ts, str(event.data.get("tool") or "unknown"))

    def _on_approval_decided(self, event: RunEvent, state: _RunState) -> None:
        d = event.data
        approval_id = str(d.get("approval_id") or "")
        requested_at, tool = state.approvals.pop(approval_id, (None, str(d.get("tool") or "unknown")))
        if requested_at is None and d.get("requested_at") is not None:
            requested_at = float(d["requested_at"])
        start = requested_at if requested_at is not None else _start(event)
        status = str(d.get("status") or "unknown")
        attrs = {
            "gen_ai.tool.name": tool,
            "corral.step": event.step,
            "corral.approval.id": approval_id,
            "corral.approval.status": status,
            "corral.approval.actor": d.get("actor"),
            "corral.approval.reason": d.get("reason"),
            "corral.approval.wait_ms": round((event.ts - start) * 1000.0, 3),
            "corral.approval.edited": d.get("edited_arguments") is not None,
        }
        self._emit(f"await_approval {tool}", state=state, span_id=event_span_id(event),
                   parent_id=self._root(state), start=start, end=event.ts, attrs=attrs)

    def _on_tool_call(self, event: RunEvent, state: _RunState) -> None:
        d = event.data
        tool = str(d.get("tool") or "unknown")
        status = str(d.get("status") or "unknown")
        attrs: dict[str, Any] = {
            "gen_ai.operation.name": "execute_tool",
            "gen_ai.tool.name": tool,
            "gen_ai.tool.type": "function",
            "gen_ai.tool.call.id": d.get("call_id") or d.get("idempotency_key"),
            "corral.step": event.step,
            "corral.tool.version": d.get("version"),
            "corral.tool.status": status,
            "corral.idempotency_key": d.get("idempotency_key"),
            "corral.retry_count": retries_of(d),
            "corral.tool.side_effect": d.get("side_effect"),
        }
        if self.content:
            attrs["gen_ai.tool.call.arguments"] = d.get("arguments")
            attrs["gen_ai.tool.call.result"] = d.get("result_summary")
        error = error_info(d.get("error"))
        if error is None and status not in _OK_STATUSES:
            error = (status, status)
        if error:
            attrs["error.type"] = error[0]
        self._emit(f"execute_tool {tool}", state=state, span_id=event_span_id(event),
                   parent_id=self._root(state), start=_start(event), end=event.ts, attrs=attrs,
                   error=error[1] or error[0] if error else None)

    def _on_memory(self, event: RunEvent, state: _RunState) -> None:
        d = event.data
        operation = str(d.get("operation") or "search_memory")
        store = d.get("store")
        attrs = {"gen_ai.operation.name": operation, "gen_ai.memory.store.id": store,
                 "corral.step": event.step, "corral.memory.records": d.get("records")}
        if self.content:
            attrs["gen_ai.memory.query.text"] = d.get("query")
        name = f"{operation} {store}" if store else operation
        self._emit(name, state=state, span_id=event_span_id(event), parent_id=self._root(state),
                   start=_start(event), end=event.ts, attrs=attrs)

    def _on_run_paused(self, event: RunEvent, state: _RunState) -> None:
        # The root stays open: it is exported once, at run_finished, possibly by another process.
        self._flush_plans(event, state)

    def _on_run_finished(self, event: RunEvent, state: _RunState) -> None:
        self._flush_plans(event, state)
        d = event.data
        agent = self._agent(event, state)
        started = state.started_at
        if started is None and d.get("started_at") is not None:
            started = float(d["started_at"])
        if started is None:
            started = state.first_seen if state.first_seen is not None else _start(event)
        status = str(d.get("status") or "unknown")
        attrs: dict[str, Any] = {
            "gen_ai.operation.name": "invoke_agent",
            "gen_ai.agent.name": agent,
            "gen_ai.conversation.id": event.run_id,
            "corral.run_id": event.run_id,
            "corral.run.status": status,
            "corral.tenant": d.get("tenant") or state.tenant,
            "corral.steps": event.step,
            "corral.cost_usd": d.get("cost_usd", state.cost_usd if state.cost_usd else None),
            "gen_ai.usage.input_tokens": d.get("tokens_in"),
            "gen_ai.usage.output_tokens": d.get("tokens_out"),
        }
        if self.content:
            attrs["corral.run.result"] = d.get("result")
        error = error_info(d.get("error"))
        if error is None and status in _FAILED_RUN:
            error = (status, status)
        if error:
            attrs["error.type"] = error[0]
        self._emit(f"invoke_agent {agent}", state=state, span_id=self._root(state), parent_id=None,
                   start=started, end=event.ts, attrs=attrs, error=error[1] or error[0] if error else None)
        self._runs.pop(event.run_id, None)


def guard_blocks(decision: Mapping[str, Any]) -> list[str]:
    """Names of the guards that blocked an action. Convention: a guard's deny reason has the code
    ``guard.<name>[.<detail>]`` (or the decision's policy id is ``guard.<name>``)."""
    if decision.get("outcome") != "deny":
        return []
    names: list[str] = []
    for reason in decision.get("reasons", []):
        code = str(reason.get("code", "")) if isinstance(reason, Mapping) else ""
        if code.startswith(("guard.", "guard:")):
            names.append(code[6:].split(".")[0])
    policy_id = str(decision.get("policy_id", ""))
    if not names and policy_id.startswith(("guard.", "guard:")):
        names.append(policy_id[6:].split(".")[0])
    return sorted(set(filter(None, names)))


def _provenance_summary(doc: Mapping[str, Any]) -> dict[str, Any]:
    """Labels and sink verdicts by argument path, without the values or quoted source text: a span carries no
    content the redactor would have to recognise out of context (a token cut from ``password=...``)."""
    sinks = [{k: f.get(k) for k in ("path", "kind", "label", "outcome")}
             for f in doc.get("sinks", ()) if isinstance(f, Mapping)]
    return {"labels": doc.get("labels"), "untrusted": doc.get("untrusted"), "generated": doc.get("generated"),
            "sinks": sinks}
