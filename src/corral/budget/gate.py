"""The runtime's one entry point to budgets: preflight + reserve before each model or tool call, settle after.

    est = gate.estimate(request, model.name)            # ContextWindowExceeded: nothing was sent
    res = gate.reserve_for_model_call(ctx, est)         # BudgetPause: pause the run (budget_exhausted)
    try:
        response = model.request(request)
    except BaseException:
        gate.release(res); raise
    gate.settle_model_call(res, est, response, request=request)

A refused reservation becomes ``BudgetPause`` (a ``ControlSignal``), which the runtime turns into its
durable ``budget_exhausted`` pause; ``approve_budget(run_id, usd)`` is the human's way out.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from corral.actions import ActionContext
from corral.budget.store import BudgetStore, Charge, Reservation
from corral.errors import BudgetExceeded, BudgetPause
from corral.models.base import ModelRequest, ModelResponse
from corral.models.tokens import CostEstimate, TokenEstimator

__all__ = ["BudgetGate"]


@dataclass
class BudgetGate:
    store: BudgetStore
    estimator: TokenEstimator

    @classmethod
    def for_engine(cls, engine: sa.Engine) -> BudgetGate:
        """The gate on ``engine`` with the project's price table; creates the budget tables if missing."""
        store = BudgetStore(engine)
        store.create_tables()
        estimator = TokenEstimator()
        estimator.load(engine)  # token-count calibration learned by earlier processes
        return cls(store, estimator)

    def save_calibration(self) -> None:
        """Persist the per-model token calibration (the runtime calls this at shutdown)."""
        self.estimator.save(self.store.engine)

    @staticmethod
    def charge_for(ctx: ActionContext, *, model: str = "-", kind: str = "model") -> Charge:
        return Charge(tenant=ctx.tenant, user=ctx.user, run_id=ctx.run_id, agent=ctx.agent.name, model=model,
                      kind=kind)

    def estimate(self, request: ModelRequest, model: str) -> CostEstimate:
        """Preflight: tokens and worst-case cost; raises ``ContextWindowExceeded`` before any request."""
        return self.estimator.preflight(request, model)

    def _reserve(self, ctx: ActionContext, charge: Charge, amount_usd: float) -> Reservation:
        try:
            return self.store.reserve(charge, amount_usd, run_cap_usd=ctx.agent.max_cost_usd)
        except BudgetExceeded as exc:
            x = exc.context.extra
            raise BudgetPause(
                exc.message, scope=str(x["scope"]), cap_usd=x["cap_usd"], spent_usd=x["spent_usd"],
                reserved_usd=x["reserved_usd"], needed_usd=x["needed_usd"], run_id=ctx.run_id,
            ) from exc

    def reserve_for_model_call(self, ctx: ActionContext, estimate: CostEstimate) -> Reservation:
        """Hold the worst-case cost of the call, or raise ``BudgetPause``."""
        return self._reserve(ctx, self.charge_for(ctx, model=estimate.model), estimate.worst_case_usd)

    def settle_model_call(self, reservation: Reservation, estimate: CostEstimate, response: ModelResponse,
                          *, request: ModelRequest | None = None) -> float:
        """Charge what the call cost (the provider's figure, else usage × price; a cache hit costs 0),
        calibrate the token estimate from the reported usage, and return the cost."""
        if response.cached:
            cost = 0.0
        elif response.cost_usd > 0:
            cost = response.cost_usd
        else:
            cost = estimate.cost_of(response.usage)
        if request is not None and response.usage.input_tokens and not response.cached:
            self.estimator.observe(request, estimate.model, response.usage.input_tokens)
        answered = f"{response.provider}:{response.model}" if response.model and response.provider else None
        self.store.settle(reservation, cost, input_tokens=response.usage.input_tokens,
                          output_tokens=response.usage.output_tokens, cached=response.cached,
                          model=answered or estimate.model)
        return cost

    def reserve_for_tool_call(self, ctx: ActionContext, tool: str, cost_usd: float) -> Reservation | None:
        """Hold a tool's declared cost (None when the tool is free), or raise ``BudgetPause``."""
        if cost_usd <= 0:
            return None
        return self._reserve(ctx, self.charge_for(ctx, model=f"tool:{tool}", kind="tool"), cost_usd)

    def settle(self, reservation: Reservation | None, actual_usd: float) -> None:
        if reservation is not None:
            self.store.settle(reservation, actual_usd)

    def release(self, reservation: Reservation | None) -> None:
        if reservation is not None:
            self.store.release(reservation)

    def remaining_usd(self, ctx: ActionContext) -> float | None:
        return self.store.remaining_usd(self.charge_for(ctx))

    def approve_budget(self, run_id: str, cap_usd: float) -> None:
        """The human decision behind ``corral approve RUN --budget X``: this run may spend up to ``cap_usd``
        in total, past its user's and tenant's caps."""
        self.store.raise_run_cap(run_id, cap_usd, override_shared=True)
