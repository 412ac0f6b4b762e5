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

__all__ = [
    "AgentSpec",
    "ApprovalSettings",
    "ArgumentRule",
    "Autonomy",
    "LoadedSpec",
    "PolicySettings",
    "SpecDocument",
    "ToolSettings",
    "load_spec",
    "parse_spec",
]
