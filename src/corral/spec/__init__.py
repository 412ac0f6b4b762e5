"""Agent policy as code: the spec model and its loader."""

from corral.spec.agent import AgentSpec, ApprovalSettings, Autonomy, SpecDocument, ToolSettings
from corral.spec.loader import LoadedSpec, load_spec, parse_spec

__all__ = [
    "AgentSpec",
    "ApprovalSettings",
    "Autonomy",
    "LoadedSpec",
    "SpecDocument",
    "ToolSettings",
    "load_spec",
    "parse_spec",
]
