"""What the runtime calls: one ledger per run, fed as the run goes, rebuilt from the conversation after a restart.

    ledger = run_ledger(ctx)                                   # task + spec at the start (trusted)
    record_tool_result(ctx, call.id, call.name, result, step)  # each raw tool result as it arrives
    # model output and, after a restart, earlier tool results are picked up from ctx.messages by run_ledger

The ledger lives in ``ctx.state`` (the run's in-process scratch). A recovered run in a new process rebuilds it
from ``ctx.messages`` — the durable conversation — so no extra state is persisted; the rebuilt tool results are
the text the model saw (after result filters), not the raw results.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from corral.actions import ActionContext
from corral.provenance.sources import LEDGER_STATE_KEY, SourceLedger, add_tool_result
from corral.spec.provenance import ProvenanceSettings

__all__ = ["flag_guard_findings", "flag_tool_result", "record_tool_result", "run_ledger", "sync_messages"]

_CURSOR_KEY = "provenance_cursor"


def _settings(ctx: ActionContext) -> ProvenanceSettings:
    settings = getattr(ctx.agent, "provenance", None)
    return settings if isinstance(settings, ProvenanceSettings) else ProvenanceSettings()


def _field(message: Any, name: str) -> Any:
    return message.get(name) if isinstance(message, dict) else getattr(message, name, None)


def sync_messages(ledger: SourceLedger, messages: Sequence[Any], settings: ProvenanceSettings,
                  cursor: int = 0) -> int:
    """Add the messages from ``cursor`` on: assistant text as model output (derived), tool messages whose raw
    result was not recorded as tool results (runtime error notes as derived). Returns the new cursor."""
    step = sum(1 for m in messages[:cursor] if _field(m, "role") == "assistant")
    for m in messages[cursor:]:
        role, content = _field(m, "role"), _field(m, "content") or ""
        if role == "assistant":
            step += 1
            if content.strip():
                ledger.add_model_output(content, step=step)
        elif role == "tool":
            sid = f"tool:{_field(m, 'tool_call_id') or len(ledger)}"
            if sid in ledger:
                continue
            name = _field(m, "name") or "tool"
            if content.startswith("ERROR:") or content.startswith("NOT EXECUTED:"):
                ledger.add("model_output", content, origin=f"runtime:{name}", step=step, source_id=sid)
                continue
            try:
                value: Any = json.loads(content)
            except ValueError:
                value = content
            add_tool_result(ledger, name, value, settings, step=step, source_id=sid)
    return len(messages)


def run_ledger(ctx: ActionContext) -> SourceLedger:
    """The run's ledger, created with the task and the spec when missing, and brought up to date with the
    conversation (model output; tool results the runtime did not record directly)."""
    ledger = ctx.state.get(LEDGER_STATE_KEY)
    if not isinstance(ledger, SourceLedger):
        ledger = SourceLedger.from_dict(ledger) if isinstance(ledger, dict) else SourceLedger()
        if not ledger.sources:
            ledger.add_task(ctx.task)
            ledger.add_spec(ctx.agent)
        ctx.state[LEDGER_STATE_KEY] = ledger
        ctx.state[_CURSOR_KEY] = 0
    messages = tuple(getattr(ctx, "messages", ()) or ())
    cursor = int(ctx.state.get(_CURSOR_KEY, 0))
    if len(messages) > cursor:
        ctx.state[_CURSOR_KEY] = sync_messages(ledger, messages, _settings(ctx), cursor)
    return ledger


def record_tool_result(ctx: ActionContext, call_id: str, tool: str, result: Any, step: int | None = None) -> None:
    """Add one raw tool result to the run's ledger (idempotent per call id, so a replayed step adds nothing)."""
    ledger = run_ledger(ctx)
    sid = f"tool:{call_id}"
    if sid not in ledger:
        add_tool_result(ledger, tool, result, _settings(ctx), step=step, source_id=sid)


def flag_tool_result(ctx: ActionContext, call_id: str, spans: Iterable[Any], label: str = "flagged") -> int:
    """Record spans a guard flagged in a tool result (offsets into the result's canonical JSON text, the text
    the model sees), so ``explain`` highlights them when a value from that result is quoted. ``spans`` items
    are ``(start, end)`` pairs or mappings with ``start``, ``end`` and an optional ``label``. Returns how many
    spans were recorded (0 when the result is not in the ledger)."""
    ledger = ctx.state.get(LEDGER_STATE_KEY)
    sid = f"tool:{call_id}"
    if not isinstance(ledger, SourceLedger) or sid not in ledger:
        return 0
    count = 0
    for item in spans:
        if isinstance(item, Mapping):
            start, end, name = item.get("start"), item.get("end"), str(item.get("label", label))
        elif isinstance(item, Sequence) and len(item) >= 2:
            start, end, name = item[0], item[1], label
        else:
            continue
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end:
            ledger.flag(sid, start, end, name)
            count += 1
    return count


def flag_guard_findings(ctx: ActionContext, call_id: str, guarded_text: str, notes: Mapping[str, Any]) -> int:
    """Adapter for result filters that report ``{"results": [{"verdict", "spans": [{start, end, label}]}]}``
    (``corral.guards``): the evidence spans of every non-passing verdict become flags on the tool result.
    Spans of the normalized view are offsets into the text the guard scanned (through NFKC, a decoded JSON body
    or a reply's quote markers, ``corral.guards.normalize.OffsetMap``); they are used where that text is the
    recorded result's, character for character."""
    ledger = ctx.state.get(LEDGER_STATE_KEY)
    sid = f"tool:{call_id}"
    if not isinstance(ledger, SourceLedger) or sid not in ledger:
        return 0
    source_text = ledger.get(sid).text
    spans: list[dict[str, Any]] = []
    for result in notes.get("results", ()) or ():
        if not isinstance(result, Mapping) or result.get("verdict", "pass") == "pass":
            continue
        for span in result.get("spans", ()) or ():
            if not isinstance(span, Mapping):
                continue
            start, end, label = span.get("start"), span.get("end"), str(span.get("label", "flagged"))
            if not (isinstance(start, int) and isinstance(end, int)) or not label.endswith("@normalized"):
                continue
            if guarded_text[start:end] and guarded_text[start:end] == source_text[start:end]:
                spans.append({"start": start, "end": end, "label": label.rpartition("@")[0]})
    return flag_tool_result(ctx, call_id, spans)
