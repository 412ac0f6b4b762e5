from __future__ import annotations

import pytest

from corral.errors import ModelBadRequest, ModelError, ModelUnavailable
from corral.models.base import Message, Model, ModelRequest, ModelResponse, ModelSettings
from corral.models.router import RouterModel, classify_difficulty
from corral.models.tokens import StaticPrice, StaticPricing, TokenEstimator
from corral.spec.agent import RoutingSpec
from corral.tools.reliability import BreakerBoard

SMALL, LARGE, BACKUP = "fast:small", "smart:large", "other:backup"
PRICES = StaticPricing({SMALL: StaticPrice(0.1, 0.4), LARGE: StaticPrice(5.0, 20.0), BACKUP: StaticPrice(1.0, 4.0)})


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


class FakeModel(Model):
    def __init__(self, name: str, fail: ModelError | None = None, text: str = "") -> None:
        self.provider, _, model = name.partition(":")
        super().__init__(model)
        self.fail = fail
        self.text = text or name
        self.calls = 0

    def request(self, request: ModelRequest) -> ModelResponse:
        self.calls += 1
        if self.fail is not None:
            raise self.fail
        return ModelResponse(text=self.text, model=self.model_name, provider=self.provider)


def spec(**kw: object) -> RoutingSpec:
    base: dict[str, object] = {"models": [SMALL, LARGE, BACKUP], "default": SMALL, "allow_unpinned": True,
                               "rules": [{"use": LARGE, "difficulty": "hard"}], "fallback": [BACKUP],
                               "breaker": {"failure_threshold": 2, "reset_after_s": 30}}
    return RoutingSpec.model_validate({**base, **kw})


def router(models: dict[str, FakeModel], clock: Clock | None = None, **kw: object) -> RouterModel:
    return RouterModel(models, spec(**kw), estimator=TokenEstimator(PRICES), clock=clock or Clock(),
                       board=BreakerBoard())


def models(**fail: ModelError) -> dict[str, FakeModel]:
    return {n: FakeModel(n, fail.get(n.split(":")[0])) for n in (SMALL, LARGE, BACKUP)}


def req(text: str = "hi", tools: int = 0, max_out: int = 100, **extra: object) -> ModelRequest:
    return ModelRequest(messages=(Message("user", text),), tools=tuple({"name": f"t{i}"} for i in range(tools)),
                        settings=ModelSettings(max_output_tokens=max_out, extra=extra))


def test_easy_task_goes_to_default() -> None:
    out = router(models()).request(req())
    assert out.raw["routing"]["model"] == SMALL
    assert out.raw["routing"]["difficulty"] == "easy"


def test_difficulty_hint_routes_to_rule_model() -> None:
    out = router(models()).request(req(difficulty="hard"))
    assert out.raw["routing"]["model"] == LARGE
    assert out.raw["routing"]["difficulty_source"] == "hint"
    assert out.raw["routing"]["why"] == "rule 0"


def test_many_tools_classify_as_hard() -> None:
    assert classify_difficulty(10, 9) == "hard"
    assert router(models()).request(req(tools=9)).raw["routing"]["model"] == LARGE


def test_prompt_size_rule() -> None:
    r = router(models(), rules=[{"use": LARGE, "min_prompt_tokens": 50}])
    assert r.request(req("word " * 100)).raw["routing"]["model"] == LARGE
    assert r.request(req("short")).raw["routing"]["model"] == SMALL


def test_judge_model_decides_difficulty() -> None:
    ms = models()
    ms[BACKUP] = FakeModel(BACKUP, text="Hard.")
    out = router(ms, judge=BACKUP).request(req())
    assert (out.raw["routing"]["model"], out.raw["routing"]["difficulty_source"]) == (LARGE, "judge")


def test_low_budget_downgrades_to_cheapest() -> None:
    out = router(models(), downgrade_below_usd=0.5).request(req(difficulty="hard", budget_remaining_usd=0.2))
    assert out.raw["routing"]["model"] == SMALL
    assert out.raw["routing"]["why"].startswith("budget:")


def test_budget_that_cannot_cover_worst_case_downgrades() -> None:
    # LARGE's worst case: 10_000 output tokens x $20/M = $0.20
    out = router(models()).request(req(difficulty="hard", max_out=10_000, budget_remaining_usd=0.05))
    assert out.raw["routing"]["model"] == SMALL


def test_budget_callback_is_consulted() -> None:
    r = RouterModel(models(), spec(downgrade_below_usd=1.0), estimator=TokenEstimator(PRICES),
                    budget_remaining=lambda _r: 0.01, board=BreakerBoard())
    assert r.request(req(difficulty="hard")).raw["routing"]["model"] == SMALL


def test_primary_503_falls_back() -> None:
    ms = models(fast=ModelUnavailable("503 Service Unavailable"))
    out = router(ms).request(req())
    routing = out.raw["routing"]
    assert routing["model"] == BACKUP
    assert routing["attempts"][0] == {"model": SMALL, "outcome": "model_unavailable",
                                      "error": "503 Service Unavailable"}
    assert routing["why"].startswith("fallback after model_unavailable")


def test_bad_request_does_not_fall_back() -> None:
    ms = models(fast=ModelBadRequest("bad"))
    with pytest.raises(ModelBadRequest):
        router(ms).request(req())
    assert ms[BACKUP].calls == 0


def test_breaker_opens_after_threshold_and_skips_primary() -> None:
    ms = models(fast=ModelUnavailable("503"))
    r = router(ms)
    r.request(req())
    r.request(req())
    assert r.breaker_state("fast") == "open"
    out = r.request(req())
    assert ms[SMALL].calls == 2
    assert out.raw["routing"]["attempts"][0] == {"model": SMALL, "outcome": "circuit_open"}


def test_half_open_trial_closes_breaker_on_success() -> None:
    clock = Clock()
    ms = models(fast=ModelUnavailable("503"))
    r = router(ms, clock)
    r.request(req())
    r.request(req())
    clock.t = 31
    ms[SMALL].fail = None
    assert r.request(req()).raw["routing"]["model"] == SMALL
    assert r.breaker_state("fast") == "closed"


def test_half_open_trial_failure_reopens() -> None:
    clock = Clock()
    ms = models(fast=ModelUnavailable("503"))
    r = router(ms, clock)
    r.request(req())
    r.request(req())
    clock.t = 31
    r.request(req())
    assert ms[SMALL].calls == 3
    assert r.breaker_state("fast") == "open"


def test_all_failing_raises_unavailable_with_attempts() -> None:
    ms = models(fast=ModelUnavailable("503"), other=ModelUnavailable("503"))
    with pytest.raises(ModelUnavailable) as err:
        router(ms).request(req())
    assert [a["model"] for a in err.value.context.extra["attempts"]] == [SMALL, BACKUP]


def test_breaker_is_shared_by_routers_on_one_board() -> None:
    board, ms = BreakerBoard(), models(fast=ModelUnavailable("503"))
    first = RouterModel(ms, spec(), estimator=TokenEstimator(PRICES), clock=Clock(), board=board)
    first.request(req())
    first.request(req())
    second = RouterModel(ms, spec(), estimator=TokenEstimator(PRICES), clock=Clock(), board=board)
    assert second.request(req()).raw["routing"]["attempts"][0]["outcome"] == "circuit_open"


def test_missing_model_instance_is_rejected() -> None:
    with pytest.raises(ValueError, match="no Model"):
        RouterModel({SMALL: FakeModel(SMALL)}, spec())
