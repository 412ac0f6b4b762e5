"""Tool contracts, the registry and the tool proxy."""

from corral.tools.contract import (
    SideEffect,
    Tool,
    ToolContext,
    ToolContract,
    ToolRegistry,
    default_registry,
    tool,
)

__all__ = ["SideEffect", "Tool", "ToolContext", "ToolContract", "ToolRegistry", "default_registry", "tool"]
