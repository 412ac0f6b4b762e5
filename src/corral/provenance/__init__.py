"""Information-flow control: where every tool argument came from, and rules for arguments that must come from
someone we trust.

Sources (``sources``) are indexed as they enter the run; ``trace`` labels every argument value trusted /
untrusted / generated / generic; ``sinks`` says which arguments matter and what happens; ``ProvenanceGate``
(``gate``) ties them into the action pipeline; ``explain`` words the result for approvers.
"""

from corral.provenance.explain import describe_finding, explain, quote
from corral.provenance.gate import ANNOTATION_KEY, ProvenanceGate, check_provenance, provenance_input
from corral.provenance.hooks import (
    flag_guard_findings,
    flag_tool_result,
    record_tool_result,
    run_ledger,
    sync_messages,
)
from corral.provenance.sinks import DEFAULT_RULES, SinkFinding, SinkRule, evaluate_sinks, sink_kind_for_name
from corral.provenance.sources import (
    LEDGER_STATE_KEY,
    Evidence,
    Source,
    SourceLedger,
    add_tool_result,
    ensure_ledger,
)
from corral.provenance.trace import ArgumentProvenance, Occurrence, ValueTrace, trace_arguments

__all__ = [
    "ANNOTATION_KEY",
    "DEFAULT_RULES",
    "LEDGER_STATE_KEY",
    "ArgumentProvenance",
    "Evidence",
    "Occurrence",
    "ProvenanceGate",
    "SinkFinding",
    "SinkRule",
    "Source",
    "SourceLedger",
    "ValueTrace",
    "add_tool_result",
    "check_provenance",
    "describe_finding",
    "ensure_ledger",
    "evaluate_sinks",
    "explain",
    "flag_guard_findings",
    "flag_tool_result",
    "provenance_input",
    "quote",
    "record_tool_result",
    "run_ledger",
    "sink_kind_for_name",
    "sync_messages",
    "trace_arguments",
]
