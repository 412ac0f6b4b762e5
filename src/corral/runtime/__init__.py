"""The agent orchestrator: the bounded planner–executor loop, durable runs, approvals."""

from corral.runtime.pipeline import Pipeline, build_pipeline, run_gates
from corral.runtime.planstep import PLAN_STEP_SCHEMA, PlanStep, parse_plan_step
from corral.runtime.runtime import Runtime
from corral.runtime.services import RunServices

__all__ = [
    "PLAN_STEP_SCHEMA",
    "Pipeline",
    "PlanStep",
    "RunServices",
    "Runtime",
    "build_pipeline",
    "parse_plan_step",
    "run_gates",
]
