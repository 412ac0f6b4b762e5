"""Final answers pass the output filters: PII placeholders are re-hydrated for the user only, and a final
answer that breaks the output schema is re-asked within the repair budget."""

from __future__ import annotations

from corral.runtime import Runtime
from corral.spec import AgentSpec
from corral.testing import ScriptedModel
from corral.tools import ToolRegistry


def test_user_sees_rehydrated_answer_model_sees_placeholder() -> None:
    spec = AgentSpec(name="pii", autonomy="autonomous", guardrails=("pii_scrubber",))
    model = ScriptedModel([{"final": "I will write to <EMAIL_1> today."}])
    rt = Runtime.in_memory(registry=ToolRegistry())
    run = rt.run(spec, "Please contact jane.doe@example.com about the outage", model=model)
    assert run.status == "completed"
    sent = model.calls[0].messages[1].content
    assert "jane.doe@example.com" not in sent and "<EMAIL_1>" in sent
    assert run.result == "I will write to jane.doe@example.com today."
    step = rt.store.list_steps(run.id)[0]
    assert "guards" in step.annotations["output_filters"]


def test_pii_vault_is_rebuilt_when_a_run_resumes_elsewhere() -> None:
    """A second Runtime on the same store (as after a restart) numbers placeholders as the first did."""
    spec = AgentSpec(name="pii", autonomy="autonomous", guardrails=("pii_scrubber",))
    rt = Runtime.in_memory(registry=ToolRegistry())
    run = rt.run(spec, "Please contact jane.doe@example.com", model=ScriptedModel([{"final": "ok"}]))
    fresh = Runtime(rt.store, durable_runs=False, registry=ToolRegistry(),
                    model_factory=lambda spec, name, base: ScriptedModel([]))
    svc = fresh.services_for(run.id)
    guards = svc.pipeline.output_filters[0]
    assert guards.run_state(svc.scratch).vault.rehydrate("to <EMAIL_1>") == "to jane.doe@example.com"  # type: ignore[attr-defined]
