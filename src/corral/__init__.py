"""corral: run autonomous LLM agents in production, safely and at scale.

The names here are the public surface; everything else may change between versions.
"""

from corral.actions import ActionContext, ActionGate, Decision, ProposedAction, Reason, ToolCall
from corral.errors import ApprovalRequired, ControlSignal, CorralError
from corral.events import EventBus, RunEvent
from corral.models import Message, Model, ModelRequest, ModelResponse, infer_model
from corral.runtime import Runtime
from corral.spec import AgentSpec, load_spec, parse_spec
from corral.tools import Tool, ToolContext, ToolContract, ToolRegistry, tool

__version__ = "0.1.0"

__all__ = [
    "ActionContext",
    "ActionGate",
    "AgentSpec",
    "ApprovalRequired",
    "ControlSignal",
    "CorralError",
    "Decision",
    "EventBus",
    "Message",
    "Model",
    "ModelRequest",
    "ModelResponse",
    "ProposedAction",
    "Reason",
    "RunEvent",
    "Runtime",
    "Tool",
    "ToolCall",
    "ToolContext",
    "ToolContract",
    "ToolRegistry",
    "__version__",
    "infer_model",
    "load_spec",
    "parse_spec",
    "tool",
]
