"""The provenance gate: trace a proposed call's arguments, attach the result, and apply the sink rules.

Runs in the action pipeline before the policy gate, so the policy engine finds the provenance in
``action.annotations["provenance"]`` and can hand it to Rego as ``input.provenance`` (``provenance_input``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from corral.actions import ActionContext, Decision, ProposedAction, Reason
from corral.provenance.explain import describe_finding
from corral.provenance.hooks import run_ledger
from corral.provenance.sinks import SinkFinding, evaluate_sinks
from corral.provenance.sources import SourceLedger
from corral.provenance.trace import ArgumentProvenance, trace_arguments
from corral.spec.provenance import ProvenanceSettings

__all__ = ["ANNOTATION_KEY", "POLICY_ID", "ProvenanceGate", "check_provenance", "provenance_input"]

Resolver = Callable[[ActionContext, dict[str, Any]], dict[str, Any]]
ANNOTATION_KEY = "provenance"
POLICY_ID = "corral.provenance"
POLICY_VERSION = "1"
_CODES = {"untrusted": "provenance.untrusted_value", "generated": "provenance.generated_value",
          "trusted": "provenance.rule"}


def _settings(action: ProposedAction) -> ProvenanceSettings:
    settings = getattr(action.ctx.agent, "provenance", None)
    return settings if isinstance(settings, ProvenanceSettings) else ProvenanceSettings()


def check_provenance(tool: str, arguments: dict[str, Any], contract: Any, ledger: SourceLedger,
                     settings: ProvenanceSettings | None = None) -> tuple[dict[str, Any], Decision | None]:
    """Trace ``arguments``, check the sinks; return the provenance document and the decision (None when no
    sink rule objected). The document is what ``action.annotations["provenance"]`` holds."""
    settings = settings or ProvenanceSettings()
    prov = trace_arguments(tool, arguments, ledger, endorse_senders=settings.task_named_senders)
    findings = evaluate_sinks(prov, contract, settings)
    doc = prov.to_dict()
    doc["sinks"] = [f.to_dict() for f in findings]
    return doc, _decide(prov, findings)


def _decide(prov: ArgumentProvenance, findings: list[SinkFinding]) -> Decision | None:
    objections = [f for f in findings if f.outcome != "allow"]
    if not objections:
        return None
    decisions = []
    for f in objections:
        v = prov.values[f.value_index]
        data: dict[str, Any] = {"path": f.path, "value": v.value, "kind": v.kind, "label": f.label,
                                "sink": f.kind, "rule": f.rule.describe()}
        if v.sources:
            first = v.sources[0]
            data["source_id"] = first.source_id
            data["origin"] = first.origin
            if first.snippet is not None:
                data["snippet"] = first.snippet
        reason = Reason(_CODES.get(f.label, "provenance.rule"), describe_finding(prov.tool, v.to_dict(), f.to_dict()),
                        data)
        decisions.append(Decision(f.outcome, (reason,), POLICY_ID, POLICY_VERSION))
    return Decision.combine(decisions)


class ProvenanceGate:
    """``ActionGate`` "provenance". ``resolve`` maps the arguments to the values they stand for before tracing
    (e.g. PII placeholders such as ``<EMAIL_1>`` back to the address the tool returned); the call itself is not
    changed. Reads the run's ledger from ``ctx.state["provenance_ledger"]`` (created
    from the task, the spec and the conversation when missing: see ``corral.provenance.hooks``), writes the provenance document to
    ``action.annotations["provenance"]`` and returns deny / require_approval when a sink rule objects."""

    name = "provenance"

    def __init__(self, resolve: Resolver | None = None) -> None:
        self._resolve = resolve

    def check(self, action: ProposedAction) -> Decision | None:
        settings = _settings(action)
        if not settings.enabled:
            return None
        ledger = run_ledger(action.ctx)
        arguments = action.call.arguments
        if self._resolve is not None:
            arguments = self._resolve(action.ctx, arguments)
        doc, decision = check_provenance(action.call.name, arguments, action.contract, ledger, settings)
        action.annotations[ANNOTATION_KEY] = doc
        return decision


def provenance_input(action: ProposedAction) -> dict[str, Any] | None:
    """The provenance document for the policy input (``input.provenance``), or None when the gate did not run."""
    doc = action.annotations.get(ANNOTATION_KEY)
    return doc if isinstance(doc, dict) else None
