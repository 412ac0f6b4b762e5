"""Preflight: estimate a request's input tokens offline, its worst-case cost, and fail fast when it cannot fit.

No tokenizer is downloaded at run time. The estimate is a heuristic shaped like BPE tokenizers behave on
English prose, code and JSON (words of up to ~6 characters are one token, digits go in threes, most
punctuation is a token, non-ASCII letters cost about one each), plus per-message and per-tool overheads.
Each model then gets a calibration factor: the exponential moving average of ``reported / estimated``
input tokens, fed from the usage the provider returns, so the estimate converges on that provider's
tokenizer. Factors live in memory and can be persisted to the database.
"""

from __future__ import annotations

import importlib
import json
import math
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Protocol

import sqlalchemy as sa

from corral.errors import ContextWindowExceeded, ErrorContext
from corral.models.base import Message, Model, ModelRequest, ModelResponse, Usage
from corral.store.db import metadata

__all__ = [
    "CONTEXT_WINDOWS",
    "CostEstimate",
    "PreflightModel",
    "PriceInfo",
    "Pricing",
    "StaticPrice",
    "StaticPricing",
    "TokenEstimator",
    "calibration_table",
    "default_pricing",
    "estimate_message_tokens",
    "estimate_text_tokens",
]

# Context windows (tokens) of known models, matched by the longest prefix of the bare model name, so a
# pinned version ("gpt-4o-2024-08-06") finds its family ("gpt-4o").
CONTEXT_WINDOWS: dict[str, int] = {
    "gpt-4o": 128_000,
    "gpt-4o-mini": 128_000,
    "gpt-4.1": 1_047_576,
    "gpt-4-turbo": 128_000,
    "gpt-4": 8_192,
    "gpt-3.5-turbo": 16_385,
    "o1": 200_000,
    "o3": 200_000,
    "o4-mini": 200_000,
    "claude-3": 200_000,
    "claude-sonnet-4": 200_000,
    "claude-opus-4": 200_000,
    "claude-haiku-4": 200_000,
}

_MESSAGE_OVERHEAD = 4  # role + separators per message in chat formats
_REQUEST_OVERHEAD = 3  # the assistant priming tokens
_TOOL_OVERHEAD = 8  # per tool definition, beyond its JSON
_TOOL_CALL_OVERHEAD = 6

_PIECE = re.compile(r"[A-Za-z]+|\d+|[^\x00-\x7f]|\s+|[^\sA-Za-z\d]")
_DATE_SUFFIX = re.compile(r"-(\d{4}-\d{2}-\d{2}|\d{8})$")


@lru_cache(maxsize=8192)
def estimate_text_tokens(text: str) -> int:
    """Tokens in ``text`` as a BPE tokenizer would roughly count them (uncalibrated). Memoized: every
    preflight estimates the whole conversation again, and all but the newest messages are unchanged."""
    if not text:
        return 0
    total = 0.0
    for piece in _PIECE.findall(text):
        c = piece[0]
        if c.isspace():
            # a single space merges into the next word; runs of newlines / indentation cost about one per 4
            total += 0 if piece == " " else math.ceil(len(piece) / 4)
        elif c.isascii() and c.isalpha():
            total += 1 + (len(piece) - 1) // 6
        elif c.isdigit():
            total += math.ceil(len(piece) / 3)
        elif not c.isascii():
            total += 1 if ord(c) > 0x2FFF else 0.6  # CJK ≈ 1/char; accented latin merges partly
        else:
            total += 0.8  # punctuation: often one token, sometimes merged ('":', '{"')
    return max(1, math.ceil(total))


def estimate_message_tokens(message: Message) -> int:
    tokens = _MESSAGE_OVERHEAD + estimate_text_tokens(message.content)
    for call in message.tool_calls:
        tokens += _TOOL_CALL_OVERHEAD + estimate_text_tokens(json.dumps(call, sort_keys=True, default=str))
    if message.name:
        tokens += 1 + estimate_text_tokens(message.name)
    return tokens


def _bare(model: str) -> str:
    return model.split(":", 1)[1] if ":" in model else model


class PriceInfo(Protocol):
    """USD per million tokens, and the context window. ``corral.models.pricing.ModelPrice`` fits."""

    @property
    def input_per_mtok(self) -> float: ...
    @property
    def output_per_mtok(self) -> float: ...
    @property
    def context_window(self) -> int: ...


class Pricing(Protocol):
    def price_for(self, model: str) -> PriceInfo: ...


@dataclass(frozen=True, slots=True)
class StaticPrice:
    input_per_mtok: float
    output_per_mtok: float
    context_window: int = 128_000


class StaticPricing:
    """A price table given in code (tests, or when ``corral.models.pricing`` is absent). Keys are
    ``provider:model``; a pinned version falls back to its undated name, then to the provider alone."""

    def __init__(self, table: Mapping[str, StaticPrice], default: StaticPrice | None = None) -> None:
        self._table = dict(table)
        self._default = default or StaticPrice(0.0, 0.0, 128_000)

    def price_for(self, model: str) -> PriceInfo:
        for key in (model, _DATE_SUFFIX.sub("", model), model.split(":", 1)[0]):
            if key in self._table:
                return self._table[key]
        return self._default


class _ModulePricing:
    """Adapts ``corral.models.pricing.price_for``; a pinned, dated name unknown to the table is priced as its
    undated family (an unknown model must not look free to the budget)."""

    def __init__(self, fn: Callable[[str], Any]) -> None:
        self._fn = fn

    def price_for(self, model: str) -> PriceInfo:
        price: PriceInfo = self._fn(model)
        undated = _DATE_SUFFIX.sub("", model)
        if price.input_per_mtok == 0 and price.output_per_mtok == 0 and undated != model:
            price = self._fn(undated)
        return price


def default_pricing() -> Pricing:
    """The project's price table (``corral.models.pricing``) when present, else an empty static table."""
    try:
        mod = importlib.import_module("corral.models.pricing")
    except ImportError:  # pragma: no cover - the table ships with corral
        return StaticPricing({})
    return _ModulePricing(mod.price_for)


@dataclass(frozen=True, slots=True)
class CostEstimate:
    """A preflight estimate for one call. ``worst_case_usd`` assumes every allowed output token is used."""

    model: str
    input_tokens: int
    max_output_tokens: int
    context_window: int | None
    input_usd_per_mtok: float
    output_usd_per_mtok: float

    @property
    def worst_case_usd(self) -> float:
        return (self.input_tokens * self.input_usd_per_mtok + self.max_output_tokens * self.output_usd_per_mtok) / 1e6

    def cost_of(self, usage: Usage) -> float:
        return (usage.input_tokens * self.input_usd_per_mtok + usage.output_tokens * self.output_usd_per_mtok) / 1e6

    @property
    def fits(self) -> bool:
        return self.context_window is None or self.input_tokens + self.max_output_tokens <= self.context_window

    def to_dict(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "input_tokens": self.input_tokens,
            "max_output_tokens": self.max_output_tokens,
            "context_window": self.context_window,
            "worst_case_usd": round(self.worst_case_usd, 8),
        }


def calibration_table() -> sa.Table:
    """Persisted calibration factors, one row per model name."""
    name = "model_token_calibration"
    if name in metadata.tables:
        return metadata.tables[name]
    return sa.Table(
        name,
        metadata,
        sa.Column("model", sa.String(200), primary_key=True),
        sa.Column("factor", sa.Float, nullable=False),
        sa.Column("samples", sa.Integer, nullable=False),
    )


class TokenEstimator:
    """Estimates input tokens and worst-case cost per model, calibrated from reported usage.

    ``alpha`` weighs the newest observation in the moving average; factors are clamped to ``[0.25, 4]`` so
    one odd response (a provider counting cached tokens differently) cannot wreck the estimate.
    """

    def __init__(
        self,
        pricing: Pricing | None = None,
        *,
        alpha: float = 0.2,
        context_windows: Mapping[str, int] | None = None,
    ) -> None:
        self.pricing = pricing or default_pricing()
        self.alpha = alpha
        self._windows = dict(CONTEXT_WINDOWS if context_windows is None else context_windows)
        self._factors: dict[str, tuple[float, int]] = {}
        self._lock = threading.Lock()

    # --- estimates -----------------------------------------------------------------------------

    def raw_input_tokens(self, request: ModelRequest) -> int:
        tokens = _REQUEST_OVERHEAD + sum(estimate_message_tokens(m) for m in request.messages)
        for tool in request.tools:
            tokens += _TOOL_OVERHEAD + estimate_text_tokens(json.dumps(tool, sort_keys=True, default=str))
        return tokens

    def input_tokens(self, request: ModelRequest, model: str) -> int:
        return math.ceil(self.raw_input_tokens(request) * self.factor(model))

    def context_window(self, model: str) -> int | None:
        bare = _bare(model)
        best = max((k for k in self._windows if bare.startswith(k)), key=len, default=None)
        if best is not None:
            return self._windows[best]
        window = getattr(self.pricing.price_for(model), "context_window", None)
        return int(window) if window else None

    def estimate(self, request: ModelRequest, model: str) -> CostEstimate:
        price = self.pricing.price_for(model)
        return CostEstimate(
            model=model,
            input_tokens=self.input_tokens(request, model),
            max_output_tokens=request.settings.max_output_tokens,
            context_window=self.context_window(model),
            input_usd_per_mtok=price.input_per_mtok,
            output_usd_per_mtok=price.output_per_mtok,
        )

    def preflight(self, request: ModelRequest, model: str) -> CostEstimate:
        """The estimate, or ``ContextWindowExceeded`` when prompt + max output cannot fit the window."""
        est = self.estimate(request, model)
        if not est.fits:
            raise ContextWindowExceeded(
                f"the prompt needs ~{est.input_tokens} tokens plus {est.max_output_tokens} for the answer, "
                f"over the {est.context_window}-token window of {model}",
                context=ErrorContext(run_id=request.run_id, extra=est.to_dict()),
                hint="compress the history (corral.models.compress) or route to a model with a larger window",
            )
        return est

    # --- calibration ---------------------------------------------------------------------------

    def factor(self, model: str) -> float:
        return self._factors.get(model, (1.0, 0))[0]

    def observe(self, request: ModelRequest, model: str, reported_input_tokens: int) -> float:
        """Fold the provider-reported input tokens of ``request`` into ``model``'s factor; returns the factor."""
        raw = self.raw_input_tokens(request)
        if reported_input_tokens <= 0 or raw <= 0:
            return self.factor(model)
        ratio = min(4.0, max(0.25, reported_input_tokens / raw))
        with self._lock:
            old, n = self._factors.get(model, (1.0, 0))
            new = ratio if n == 0 else (1 - self.alpha) * old + self.alpha * ratio
            self._factors[model] = (new, n + 1)
        return new

    def save(self, engine: sa.Engine) -> None:
        table = calibration_table()
        table.create(engine, checkfirst=True)
        with self._lock:
            rows = [{"model": m, "factor": f, "samples": n} for m, (f, n) in self._factors.items()]
        with engine.begin() as conn:
            for row in rows:
                done = conn.execute(
                    table.update().where(table.c.model == row["model"]).values(factor=row["factor"],
                                                                                 samples=row["samples"])
                ).rowcount
                if not done:
                    conn.execute(table.insert().values(**row))

    def load(self, engine: sa.Engine) -> None:
        table = calibration_table()
        table.create(engine, checkfirst=True)
        with engine.connect() as conn:
            rows = conn.execute(sa.select(table)).all()
        with self._lock:
            for row in rows:
                self._factors[row.model] = (float(row.factor), int(row.samples))


class PreflightModel(Model):
    """Wraps a model: refuses oversized prompts before sending anything, and calibrates the estimator from
    the usage each response reports. The estimate is attached as ``raw["preflight"]``."""

    def __init__(self, inner: Model, estimator: TokenEstimator) -> None:
        super().__init__(inner.model_name)
        self.provider = inner.provider
        self.inner = inner
        self.estimator = estimator

    def request(self, request: ModelRequest) -> ModelResponse:
        est = self.estimator.preflight(request, self.inner.name)
        response = self.inner.request(request)
        if response.usage.input_tokens and not response.cached:
            self.estimator.observe(request, self.inner.name, response.usage.input_tokens)
        return replace(response, raw={**response.raw, "preflight": est.to_dict()})

    def close(self) -> None:
        self.inner.close()

