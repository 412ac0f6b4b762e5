"""Agent policy as code: the spec model and its loader."""

from corral.spec.agent import (
    AgentSpec,
    ApprovalSettings,
    ArgumentRule,
    Autonomy,
    PolicySettings,
    SpecDocument,
    ToolSettings,
)
from corral.spec.loader import LoadedSpec, load_spec, parse_spec
from corral.spec.provenance import ProvenanceSettings, SinkRuleSpec, ToolProvenance

__all__ = [
    "AgentSpec",
    "ApprovalSettings",
    "ArgumentRule",
    "Autonomy",
    "LoadedSpec",
    "PolicySettings",
    "ProvenanceSettings",
    "SinkRuleSpec",
    "SpecDocument",
    "ToolProvenance",
    "ToolSettings",
    "load_spec",
    "parse_spec",
]
