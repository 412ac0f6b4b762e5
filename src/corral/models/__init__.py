"""The LLM router box: the Model interface, providers, pricing and the ``provider:model`` factory."""

from corral.models.base import Message, Model, ModelRequest, ModelResponse, ModelSettings, Usage

__all__ = ["Message", "Model", "ModelRequest", "ModelResponse", "ModelSettings", "Usage"]
