"""Time the injection filter on a stream of realistic tool outputs the process has not seen.

    PYTHONPATH=src python bench/guards_stream.py

``bench/guards.py`` re-scans one 10 KB text, so every word is in the semantic layer's cache. Here the filter
first scans three writers' documents (a warm-up, as a running agent would have), then every document of the
round-10 writers (``evals/guards/train/written/r10*``), each once, and prints the mean time per document with the
packaged model and with the same model without its semantic head. The difference is what the semantic layer
costs on new text: mostly tokenizing words it has not seen before (each once per process).
"""

from __future__ import annotations

import copy
import sys
import time
from pathlib import Path

from corral.guards._base import Stage
from corral.guards.classifier import load_default
from corral.guards.injection import InjectionFilter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "evals" / "guards" / "train"))
import written  # noqa: E402


def _mean_ms(f: InjectionFilter, warm: list[str], stream: list[str]) -> float:
    for text in warm:
        f.check(text)
    t0 = time.perf_counter()
    for text in stream:
        f.check(text)
    return (time.perf_counter() - t0) * 1000 / len(stream)


def main() -> None:
    docs, _ = written.load()
    warm = [d["text"] for d in docs if d["source"].endswith(("w1_mail_chat", "r2b_support", "r3f_inbox"))]
    stream = [d["text"] for d in docs if d["source"].startswith("written/r10")]
    size = sum(len(t.encode()) for t in stream) / len(stream)
    packaged = load_default()
    surface = copy.copy(packaged)
    surface.attach(None)  # the same n-gram model, no semantic head
    stages: tuple[Stage, ...] = ("input", "tool_result")
    # the model without a head first: the packaged one's word cache starts empty either way
    plain = _mean_ms(InjectionFilter(classifier=surface, classifier_stages=stages), warm, stream)
    full = _mean_ms(InjectionFilter(classifier=packaged, classifier_stages=stages), warm, stream)
    print(f"{len(stream)} unseen tool outputs (mean {size:.0f} B), after {len(warm)} others:")
    print(f"  injection filter, packaged model        {full:6.3f} ms per document")
    print(f"  injection filter, without semantic head {plain:6.3f} ms per document")
    print(f"  semantic layer                          {full - plain:6.3f} ms per document")


if __name__ == "__main__":
    main()
