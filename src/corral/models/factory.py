"""Choose a model backend in exactly one place: ``infer_model("provider:model")``."""

from __future__ import annotations

from pathlib import Path

from corral.errors import ConfigError
from corral.models.base import Model

__all__ = ["infer_model"]


def infer_model(name: str, *, base_dir: Path | None = None) -> Model:
    """``openai:gpt-4o-mini``, ``anthropic:claude-sonnet-4-0``, ``scripted:path/to/script.yaml`` (relative to
    ``base_dir``, the spec's folder). Provider modules are imported lazily."""
    provider, _, model = name.partition(":")
    if provider == "openai":
        from corral.models.openai import OpenAIModel

        return OpenAIModel(model)
    if provider == "anthropic":
        from corral.models.anthropic import AnthropicModel

        return AnthropicModel(model)
    if provider == "scripted":
        from corral.testing.scripted import ScriptedModel, load_script

        if not model:
            raise ConfigError('the scripted model needs a script: "scripted:path/to/script.yaml"')
        path = Path(model)
        if not path.is_absolute() and base_dir is not None:
            path = base_dir / path
        return ScriptedModel(load_script(path), model_name="scripted")
    raise ConfigError(f"unknown model provider {provider!r} in {name!r}; use openai:, anthropic: or scripted:")
