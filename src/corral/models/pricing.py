"""Prices (USD per million tokens) and context windows per model. Override or extend with
``CORRAL_PRICES`` (a JSON file: {"provider:model": {"input": 0.15, "output": 0.6, "context": 128000}})."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache

from corral.models.base import Usage

__all__ = ["ModelPrice", "cost_of", "price_for"]


@dataclass(frozen=True, slots=True)
class ModelPrice:
    input_per_mtok: float
    output_per_mtok: float
    context_window: int = 128_000


_BUILTIN: dict[str, ModelPrice] = {
    "openai:gpt-4o": ModelPrice(2.50, 10.00, 128_000),
    "openai:gpt-4o-mini": ModelPrice(0.15, 0.60, 128_000),
    "openai:gpt-4.1": ModelPrice(2.00, 8.00, 1_047_576),
    "openai:gpt-4.1-mini": ModelPrice(0.40, 1.60, 1_047_576),
    "openai:gpt-4.1-nano": ModelPrice(0.10, 0.40, 1_047_576),
    "openai:o4-mini": ModelPrice(1.10, 4.40, 200_000),
    "anthropic:claude-3-5-haiku-latest": ModelPrice(0.80, 4.00, 200_000),
    "anthropic:claude-sonnet-4-0": ModelPrice(3.00, 15.00, 200_000),
    "anthropic:claude-opus-4-0": ModelPrice(15.00, 75.00, 200_000),
    # the scripted fake is priced like a small hosted model so budgets and cost reports are exercised offline
    "scripted": ModelPrice(0.15, 0.60, 128_000),
}
_UNKNOWN = ModelPrice(0.0, 0.0, 128_000)


@lru_cache(maxsize=1)
def _overrides() -> dict[str, ModelPrice]:
    path = os.environ.get("CORRAL_PRICES")
    if not path:
        return {}
    with open(path, encoding="utf-8") as fh:
        raw = json.load(fh)
    return {k: ModelPrice(float(v["input"]), float(v["output"]), int(v.get("context", 128_000))) for k, v in raw.items()}


def price_for(model: str) -> ModelPrice:
    """Price of ``provider:model``; the provider alone (``scripted``) is the fallback; unknown models cost 0
    (self-hosted endpoints) with a 128k window."""
    table = {**_BUILTIN, **_overrides()}
    if model in table:
        return table[model]
    provider = model.split(":", 1)[0]
    return table.get(provider, _UNKNOWN)


def cost_of(model: str, usage: Usage) -> float:
    p = price_for(model)
    return (usage.input_tokens * p.input_per_mtok + usage.output_tokens * p.output_per_mtok) / 1_000_000
