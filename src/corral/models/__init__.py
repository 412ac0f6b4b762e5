"""The LLM router box: the Model interface, providers, pricing and the ``provider:model`` factory."""

from corral.models.base import Message, Model, ModelRequest, ModelResponse, ModelSettings, Usage
from corral.models.factory import infer_model
from corral.models.pricing import ModelPrice, cost_of, price_for

__all__ = [
    "Message",
    "Model",
    "ModelPrice",
    "ModelRequest",
    "ModelResponse",
    "ModelSettings",
    "Usage",
    "cost_of",
    "infer_model",
    "price_for",
]
