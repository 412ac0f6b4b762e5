"""A model that routes: pick a model by task difficulty and remaining budget, fall back on provider errors,
and keep a circuit breaker per provider.

Difficulty comes from, in order: an explicit ``settings.extra["difficulty"]``, a small judge model's one-word
answer (if configured), or a cheap classifier on prompt size and tool count. The first ``routing.rules``
entry that matches names the model, else ``routing.default``. When the remaining budget is below
``downgrade_below_usd`` or cannot cover the chosen model's worst case, the cheapest model that fits is used.
The answer records which model answered and why in ``raw["routing"]``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from corral.errors import ErrorContext, ModelError, ModelRateLimited, ModelTimeout, ModelUnavailable
from corral.models.base import Message, Model, ModelRequest, ModelResponse, ModelSettings
from corral.models.tokens import TokenEstimator
from corral.spec.agent import RoutingRule, RoutingSpec
from corral.tools.reliability import BreakerBoard, BreakerConfig

__all__ = ["RouteChoice", "RouterModel", "classify_difficulty", "find_router", "provider_breakers", "with_route"]

_FALLBACK_ON = (ModelUnavailable, ModelRateLimited, ModelTimeout)
# One board per process, keyed by provider: an outage one run sees protects every other run's router.
_PROVIDER_BOARD = BreakerBoard()


def provider_breakers() -> BreakerBoard:
    """The process-wide provider breakers (``provider_breakers().states()`` for metrics)."""
    return _PROVIDER_BOARD
_LEVELS = ("easy", "medium", "hard")
_JUDGE_PROMPT = (
    "Rate how hard the following task is for an AI assistant. Answer with exactly one word: easy, medium or hard."
)


def classify_difficulty(prompt_tokens: int, tool_count: int) -> str:
    """The cheap classifier: long prompts and many tools mean harder tasks."""
    if prompt_tokens >= 8_000 or tool_count >= 8:
        return "hard"
    if prompt_tokens >= 2_000 or tool_count >= 3:
        return "medium"
    return "easy"


@dataclass(frozen=True, slots=True)
class RouteChoice:
    model: str
    difficulty: str
    difficulty_source: str  # hint | judge | heuristic
    reason: str
    prompt_tokens: int

    def to_dict(self) -> dict[str, Any]:
        return {"chosen": self.model, "difficulty": self.difficulty, "difficulty_source": self.difficulty_source,
                "reason": self.reason, "prompt_tokens": self.prompt_tokens}


def _rule_matches(rule: RoutingRule, difficulty: str, tokens: int, tools: int) -> bool:
    return ((rule.difficulty is None or rule.difficulty == difficulty)
            and (rule.min_prompt_tokens is None or tokens >= rule.min_prompt_tokens)
            and (rule.min_tools is None or tools >= rule.min_tools))


class RouterModel(Model):
    """Routes each request to one of ``models`` (name → Model, the names of ``spec.models``)."""

    provider = "router"

    def __init__(
        self,
        models: Mapping[str, Model],
        spec: RoutingSpec,
        *,
        estimator: TokenEstimator | None = None,
        budget_remaining: Callable[[ModelRequest], float | None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        board: BreakerBoard | None = None,
    ) -> None:
        super().__init__(spec.default_model)
        missing = [n for n in spec.models if n not in models]
        if missing:
            raise ValueError(f"no Model given for routed model(s) {missing}")
        self.models = dict(models)
        self.spec = spec
        self.estimator = estimator or TokenEstimator()
        self.budget_remaining = budget_remaining
        self.board = board or _PROVIDER_BOARD
        b = spec.breaker
        self.breaker_config = BreakerConfig(consecutive_failures=b.failure_threshold, failure_rate=None,
                                            open_s=b.reset_after_s, half_open_probes=1)
        self._clock = clock

    @classmethod
    def from_spec(cls, spec: RoutingSpec, factory: Callable[[str], Model], **kw: Any) -> RouterModel:
        return cls({name: factory(name) for name in spec.models}, spec, **kw)

    def breaker_state(self, provider: str) -> str:
        return self.board.state(provider)

    # --- choosing ------------------------------------------------------------------------------

    def _difficulty(self, request: ModelRequest, tokens: int) -> tuple[str, str]:
        hint = request.settings.extra.get("difficulty")
        if hint in _LEVELS:
            return str(hint), "hint"
        if self.spec.judge is not None:
            judged = self._ask_judge(request)
            if judged is not None:
                return judged, "judge"
        return classify_difficulty(tokens, len(request.tools)), "heuristic"

    def _ask_judge(self, request: ModelRequest) -> str | None:
        task = next((m.content for m in request.messages if m.role == "user"), "")
        ask = ModelRequest(
            messages=(Message("system", _JUDGE_PROMPT), Message("user", task[:4000])),
            settings=ModelSettings(max_output_tokens=3, temperature=0.0, extra={"cache": True}),
            run_id=request.run_id, tenant=request.tenant,
        )
        try:
            word = self.models[str(self.spec.judge)].request(ask).text.strip().lower().strip(".")
        except ModelError:
            return None
        return word if word in _LEVELS else None

    def choose(self, request: ModelRequest, *, remaining: float | None = None) -> RouteChoice:
        """Which model this request goes to first, and why (no model is called unless a judge is set).
        ``remaining`` is the budget left, when the caller knows it better than the request does."""
        tokens = self.estimator.raw_input_tokens(request)
        difficulty, source = self._difficulty(request, tokens)
        model, reason = self.spec.default_model, "default"
        for i, rule in enumerate(self.spec.rules):
            if _rule_matches(rule, difficulty, tokens, len(request.tools)):
                model, reason = rule.use, f"rule {i}"
                break
        remaining = self._remaining(request) if remaining is None else remaining
        if remaining is not None:
            model, reason = self._fit_budget(request, model, reason, remaining)
        return RouteChoice(model, difficulty, source, reason, tokens)

    def _remaining(self, request: ModelRequest) -> float | None:
        given = request.settings.extra.get("budget_remaining_usd")
        if given is not None:
            return float(given)
        return self.budget_remaining(request) if self.budget_remaining else None

    def _fit_budget(self, request: ModelRequest, model: str, reason: str, remaining: float) -> tuple[str, str]:
        cost = {n: self.estimator.estimate(request, n).worst_case_usd for n in self.spec.models}
        low = self.spec.downgrade_below_usd is not None and remaining < self.spec.downgrade_below_usd
        if not low and cost[model] <= remaining:
            return model, reason
        fitting = [n for n in self.spec.models if cost[n] <= remaining]
        cheapest = min(fitting or self.spec.models, key=lambda n: cost[n])
        if cheapest == model:
            return model, reason
        why = "below the downgrade threshold" if low else f"cannot cover {model}'s ${cost[model]:.4f} worst case"
        return cheapest, f"budget: ${remaining:.4f} left, {why}"

    # --- calling -------------------------------------------------------------------------------

    def request(self, request: ModelRequest) -> ModelResponse:
        pinned = request.settings.extra.get("route")
        if isinstance(pinned, dict) and pinned.get("chosen") in self.models:
            choice = RouteChoice(pinned["chosen"], pinned["difficulty"], pinned["difficulty_source"],
                                 pinned["reason"], pinned["prompt_tokens"])
        else:
            choice = self.choose(request)
        chain = list(dict.fromkeys([choice.model, *self.spec.fallback]))
        attempts: list[dict[str, Any]] = []
        for name in chain:
            provider = name.split(":", 1)[0]
            if not self.board.admit(provider, self.breaker_config, self._clock()):
                attempts.append({"model": name, "outcome": "circuit_open"})
                continue
            try:
                response = self.models[name].request(request)
            except _FALLBACK_ON as exc:
                self.board.record(provider, self.breaker_config, self._clock(), True)
                attempts.append({"model": name, "outcome": exc.code, "error": exc.message})
                continue
            except BaseException:
                self.board.record(provider, self.breaker_config, self._clock(), None)  # says nothing of health
                raise
            self.board.record(provider, self.breaker_config, self._clock(), False)
            attempts.append({"model": name, "outcome": "ok"})
            why = choice.reason if name == choice.model else f"fallback after {attempts[0]['outcome']} on {chain[0]}"
            routing = {**choice.to_dict(), "model": name, "why": why, "attempts": attempts}
            return replace(response, raw={**response.raw, "routing": routing})
        raise ModelUnavailable(
            f"every routed model failed or is circuit-open: {', '.join(a['model'] for a in attempts)}",
            context=ErrorContext(run_id=request.run_id, extra={"attempts": attempts}),
            hint="check the providers' status; the breakers retry after routing.breaker.reset_after_s",
        )

    def close(self) -> None:
        for model in self.models.values():
            model.close()


def find_router(model: Model) -> RouterModel | None:
    """The RouterModel inside ``model``'s wrappers (CachedModel, PreflightModel ...), if any."""
    seen = 0
    current: Any = model
    while current is not None and seen < 10:
        if isinstance(current, RouterModel):
            return current
        current, seen = getattr(current, "inner", None), seen + 1
    return None


def with_route(request: ModelRequest, choice: RouteChoice) -> ModelRequest:
    """``request`` pinned to ``choice``: the router then skips choosing (the caller already reserved the
    budget for that model)."""
    settings = replace(request.settings, extra={**request.settings.extra, "route": choice.to_dict()})
    return replace(request, settings=settings)
