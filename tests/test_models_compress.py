from __future__ import annotations

from corral.models.base import Message, Model, ModelRequest, ModelResponse, ModelSettings
from corral.models.compress import CompressingModel, compress_history, summarize_tool_result
from corral.models.tokens import StaticPrice, StaticPricing, TokenEstimator, estimate_message_tokens


def step(i: int, size: int = 400) -> list[Message]:
    call = {"id": f"c{i}", "name": "search", "arguments": {"q": str(i)}}
    return [Message("assistant", "", tool_calls=(call,)),
            Message("tool", f"result {i} " + "lorem ipsum " * size, tool_call_id=f"c{i}", trusted=False)]


def history(n: int, size: int = 400) -> list[Message]:
    msgs = [Message("system", "be careful"), Message("user", "find the answer")]
    for i in range(n):
        msgs += step(i, size)
    return msgs


def tokens(msgs: tuple[Message, ...] | list[Message]) -> int:
    return sum(estimate_message_tokens(m) for m in msgs)


def test_fitting_history_is_unchanged() -> None:
    msgs = history(2, size=5)
    assert compress_history(msgs, max_tokens=10_000) == tuple(msgs)


def test_old_tool_results_are_summarized_recent_kept() -> None:
    msgs = history(6)
    out = compress_history(msgs, max_tokens=3_000, keep_last=2)
    assert tokens(out) <= 3_000
    assert out[:2] == tuple(msgs[:2])
    assert out[-4:] == tuple(msgs[-4:])
    assert out[3].content.startswith("[earlier tool result")
    assert out[3].trusted is False


def test_oldest_steps_dropped_whole_with_a_note() -> None:
    out = compress_history(history(40), max_tokens=2_000, keep_last=2)
    assert tokens(out) <= 2_000
    assert "earlier step(s) omitted" in out[1].content
    ids = [m.tool_call_id for m in out if m.role == "tool"]
    calls = [m.tool_calls[0]["id"] for m in out if m.tool_calls]
    assert ids == calls  # every call keeps its result


def test_compression_is_deterministic() -> None:
    msgs = history(20)
    assert compress_history(msgs, max_tokens=1_500) == compress_history(msgs, max_tokens=1_500)


def test_newest_step_survives_even_when_over_budget() -> None:
    msgs = history(3, size=2000)
    out = compress_history(msgs, max_tokens=100, keep_last=2)
    assert out[-2:] == tuple(msgs[-2:])
    assert out[0] == msgs[0]


def test_summary_keeps_the_opening() -> None:
    s = summarize_tool_result("alpha   beta\ngamma " + "x" * 500, chars=20)
    assert s.startswith("[earlier tool result, 519 chars, summarized] alpha beta gamma")


def test_compressing_model_trims_to_the_window() -> None:
    seen: list[ModelRequest] = []

    class Inner(Model):
        provider = "test"

        def request(self, request: ModelRequest) -> ModelResponse:
            seen.append(request)
            return ModelResponse(text="ok")

    est = TokenEstimator(StaticPricing({"test:w": StaticPrice(1, 1, 3_000)}))
    model = CompressingModel(Inner("w"), est, keep_last=2, headroom=0.0)
    model.request(ModelRequest(messages=tuple(history(30)), settings=ModelSettings(max_output_tokens=500)))
    assert est.input_tokens(seen[0], "test:w") + 500 <= 3_000
