"""Trim a conversation to a token budget, deterministically.

Kept always: the system messages and the task (the first user message). Kept verbatim: the last ``keep_last``
steps (a step is an assistant or user message with the tool results that answer it). Older tool results are
replaced by a short summary (their size and opening characters); if that is not enough, the oldest steps are
dropped whole — an assistant tool call never loses its results, so providers still pair them — and the task
message notes how many were omitted. Same input, same output.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from corral.models.base import Message, Model, ModelRequest, ModelResponse
from corral.models.tokens import TokenEstimator, estimate_message_tokens

__all__ = ["CompressingModel", "compress_history", "summarize_tool_result"]

Counter = Callable[[Message], int]
_WS = re.compile(r"\s+")


def summarize_tool_result(content: str, *, chars: int = 160) -> str:
    flat = _WS.sub(" ", content).strip()
    head = flat if len(flat) <= chars else flat[:chars].rstrip() + "…"
    return f"[earlier tool result, {len(content)} chars, summarized] {head}"


def _split(messages: Sequence[Message]) -> tuple[list[Message], list[list[Message]]]:
    head: list[Message] = []
    i = 0
    while i < len(messages) and messages[i].role == "system":
        head.append(messages[i])
        i += 1
    if i < len(messages) and messages[i].role == "user":
        head.append(messages[i])
        i += 1
    steps: list[list[Message]] = []
    for m in messages[i:]:
        if m.role == "tool" and steps:
            steps[-1].append(m)
        else:
            steps.append([m])
    return head, steps


def _summarized(step: list[Message], chars: int) -> list[Message]:
    return [replace(m, content=summarize_tool_result(m.content, chars=chars))
            if m.role == "tool" and not m.content.startswith("[earlier tool result") else m for m in step]


def _total(head: list[Message], steps: list[list[Message]], count: Counter) -> int:
    return sum(count(m) for m in head) + sum(count(m) for s in steps for m in s)


def _with_note(head: list[Message], dropped: int) -> list[Message]:
    if not dropped:
        return head
    note = f"\n\n[{dropped} earlier step(s) omitted to fit the context window]"
    out = list(head)
    for idx in range(len(out) - 1, -1, -1):
        if out[idx].role == "user":
            out[idx] = replace(out[idx], content=out[idx].content + note)
            break
    return out


def compress_history(
    messages: Sequence[Message],
    *,
    max_tokens: int,
    keep_last: int = 4,
    summary_chars: int = 160,
    count: Counter = estimate_message_tokens,
) -> tuple[Message, ...]:
    """``messages`` trimmed to at most ``max_tokens`` (by ``count``) where that is possible without
    dropping the system messages, the task or the newest step; otherwise as small as those allow."""
    if sum(count(m) for m in messages) <= max_tokens:
        return tuple(messages)
    head, steps = _split(messages)
    keep_last = max(1, keep_last)
    old, recent = steps[:-keep_last], steps[-keep_last:]
    old = [_summarized(s, summary_chars) for s in old]
    dropped = 0

    def fits() -> bool:
        return _total(_with_note(head, dropped), old + recent, count) <= max_tokens

    while old and not fits():
        old.pop(0)
        dropped += 1
    if not fits():  # the recent steps themselves are too big: summarize all but the newest, then drop
        recent = [_summarized(s, summary_chars) for s in recent[:-1]] + recent[-1:]
        while len(recent) > 1 and not fits():
            recent.pop(0)
            dropped += 1
    return tuple(_with_note(head, dropped) + [m for s in old + recent for m in s])


class CompressingModel(Model):
    """Wraps a model: trims each request's history to the model's context window minus the answer's
    tokens (and minus ``headroom``), so long runs keep going instead of failing preflight."""

    def __init__(self, inner: Model, estimator: TokenEstimator, *, keep_last: int = 4,
                 headroom: float = 0.1, max_input_tokens: int | None = None) -> None:
        super().__init__(inner.model_name)
        self.provider = inner.provider
        self.inner = inner
        self.estimator = estimator
        self.keep_last = keep_last
        self.headroom = headroom
        self.max_input_tokens = max_input_tokens

    def _budget(self, request: ModelRequest) -> int | None:
        if self.max_input_tokens is not None:
            return self.max_input_tokens
        window = self.estimator.context_window(self.inner.name)
        if window is None:
            return None
        return int((window - request.settings.max_output_tokens) * (1 - self.headroom))

    def request(self, request: ModelRequest) -> ModelResponse:
        budget = self._budget(request)
        if budget is not None:
            factor = self.estimator.factor(self.inner.name)
            tool_tokens = self.estimator.raw_input_tokens(replace(request, messages=()))
            messages = compress_history(
                request.messages, max_tokens=int(budget / factor) - tool_tokens, keep_last=self.keep_last)
            if messages != request.messages:
                request = replace(request, messages=messages)
        return self.inner.request(request)

    def close(self) -> None:
        self.inner.close()
