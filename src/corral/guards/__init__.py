"""corral.guards: guardrails on the user's input, tool results, proposed tool calls and the final answer.

Injection filter (normalization + weighted signals, spotlighting), PII (presidio recognizers, fast pass,
per-run vault), content moderation (keyword baseline, OpenAI backend), output validation and repair.
``build_guards(spec)`` assembles them from the agent spec.
"""

from corral.guards._base import Guard, GuardResult, Span, Stage, Verdict
from corral.guards.guardset import GUARD_NAMES, GuardSet, RunGuardState, build_guards
from corral.guards.injection import (
    InjectionClassifier,
    InjectionFilter,
    NoOpClassifier,
    Spotlighter,
    spotlight,
)
from corral.guards.moderation import KeywordModeration, ModerationGuard, OpenAIModeration
from corral.guards.normalize import normalize, views
from corral.guards.output import JsonSchemaValidator, repair_loop, repair_prompt, validate_output
from corral.guards.pii import PiiDetector, PiiScrubber, PiiVault, redact, redact_obj

__all__ = [
    "GUARD_NAMES",
    "Guard",
    "GuardResult",
    "GuardSet",
    "InjectionClassifier",
    "InjectionFilter",
    "JsonSchemaValidator",
    "KeywordModeration",
    "ModerationGuard",
    "NoOpClassifier",
    "OpenAIModeration",
    "PiiDetector",
    "PiiScrubber",
    "PiiVault",
    "RunGuardState",
    "Span",
    "Spotlighter",
    "Stage",
    "Verdict",
    "build_guards",
    "normalize",
    "redact",
    "redact_obj",
    "repair_loop",
    "repair_prompt",
    "spotlight",
    "validate_output",
    "views",
]
