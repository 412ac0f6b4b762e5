from __future__ import annotations

import pytest
import sqlalchemy as sa

from corral.errors import ContextWindowExceeded
from corral.models.base import Message, Model, ModelRequest, ModelResponse, ModelSettings, Usage
from corral.models.tokens import (
    PreflightModel,
    StaticPrice,
    StaticPricing,
    TokenEstimator,
    estimate_text_tokens,
)

PRICES = StaticPricing({"openai:gpt-4o-mini": StaticPrice(0.15, 0.60, 128_000),
                        "test:tiny": StaticPrice(1.0, 2.0, 100)})


class CountingModel(Model):
    provider = "test"

    def __init__(self, name: str = "tiny", input_tokens: int = 0) -> None:
        super().__init__(name)
        self.calls = 0
        self.input_tokens = input_tokens

    def request(self, request: ModelRequest) -> ModelResponse:
        self.calls += 1
        return ModelResponse(text="ok", usage=Usage(self.input_tokens, 1), model=self.model_name,
                             provider=self.provider)


def req(text: str, max_out: int = 10) -> ModelRequest:
    return ModelRequest(messages=(Message("user", text),), settings=ModelSettings(max_output_tokens=max_out))


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Hello, world!", 3, 5),
    ("The quick brown fox jumps over the lazy dog.", 9, 12),
    ("", 0, 0),
])
def test_text_estimate_is_near_bpe_counts(text: str, low: int, high: int) -> None:
    assert low <= estimate_text_tokens(text) <= high


def test_tools_add_to_the_estimate() -> None:
    est = TokenEstimator(PRICES)
    tool = {"name": "search", "description": "Search the web", "parameters": {"type": "object"}}
    bare, with_tool = req("hi"), ModelRequest(messages=(Message("user", "hi"),), tools=(tool,))
    assert est.raw_input_tokens(with_tool) > est.raw_input_tokens(bare) + 5


def test_worst_case_cost_uses_max_output() -> None:
    e = TokenEstimator(PRICES).estimate(req("hi", max_out=1000), "openai:gpt-4o-mini")
    assert e.worst_case_usd == pytest.approx((e.input_tokens * 0.15 + 1000 * 0.60) / 1e6)


def test_pinned_version_is_priced_as_its_family() -> None:
    e = TokenEstimator(PRICES).estimate(req("hi"), "openai:gpt-4o-mini-2024-07-18")
    assert e.input_usd_per_mtok == 0.15
    assert e.context_window == 128_000


def test_context_window_from_pricing_when_not_in_table() -> None:
    assert TokenEstimator(PRICES).context_window("test:tiny") == 100


def test_preflight_overflow_never_calls_the_model() -> None:
    inner = CountingModel()
    model = PreflightModel(inner, TokenEstimator(PRICES))
    with pytest.raises(ContextWindowExceeded):
        model.request(req("word " * 200))
    assert inner.calls == 0


def test_preflight_counts_max_output_against_the_window() -> None:
    with pytest.raises(ContextWindowExceeded):
        TokenEstimator(PRICES).preflight(req("hi", max_out=99), "test:tiny")


def test_calibration_moves_toward_reported_usage() -> None:
    est = TokenEstimator(PRICES, alpha=0.5)
    r = req("The quick brown fox jumps over the lazy dog.")
    raw = est.raw_input_tokens(r)
    est.observe(r, "test:tiny", raw * 2)
    assert est.factor("test:tiny") == pytest.approx(2.0)
    est.observe(r, "test:tiny", raw)
    assert est.factor("test:tiny") == pytest.approx(1.5)
    assert est.input_tokens(r, "test:tiny") == pytest.approx(raw * 1.5, abs=1)
    assert est.factor("openai:gpt-4o-mini") == 1.0


def test_preflight_model_calibrates_from_response_usage() -> None:
    est = TokenEstimator(PRICES)
    PreflightModel(CountingModel(input_tokens=40), est).request(req("hello there"))
    assert est.factor("test:tiny") > 1.0


def test_calibration_persists(tmp_path: object) -> None:
    engine = sa.create_engine(f"sqlite:///{tmp_path}/cal.db")
    est = TokenEstimator(PRICES)
    est.observe(req("hello there friend"), "test:tiny", 30)
    est.save(engine)
    est.save(engine)
    fresh = TokenEstimator(PRICES)
    fresh.load(engine)
    assert fresh.factor("test:tiny") == pytest.approx(est.factor("test:tiny"))
    engine.dispose()
