"""Round 59: does the e5 tier lose anything when it reads at most 16 windows of a long tool output instead of 64?

    python evals/guards/train/window_cap.py [--writers 'r22*,r23*,r24*,r25*'] [--per-writer 4] [--jobs 2]

No eval document is long enough for the cap to matter, so the test is built: for each writer, 10 KB composites
of its own documents in random order (seed 59), an injected composite holding exactly one injected document at a
random place among benign ones, a benign composite none. Each composite is scored by the shipped tier through the
injection filter (tool-result stage, verdict ``block``) with ``max_windows`` 64 and 16; prints caught / blocked at
each cap, the composites whose verdict differs, and how many eval documents have more than 16 windows.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from multiprocessing import Pool
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "src"))
sys.path.insert(0, str(HERE))

import written  # noqa: E402
from score_tier import rows_of  # noqa: E402

from corral.guards.injection import InjectionFilter  # noqa: E402
from corral.guards.tier import TierClassifier, load_tier, windows  # noqa: E402

CAPS = (64, 16)
SIZE = 10_240
_TIER: TierClassifier | None = None
_FILTER: InjectionFilter | None = None


def composites(docs: list[dict[str, Any]], per_writer: int, rng: random.Random) -> list[dict[str, Any]]:
    """Per writer, ``per_writer`` injected and ``per_writer`` benign composites of about ``SIZE`` characters, each
    with the [start, end) of its injected document (``span``; None for a benign one)."""
    by_writer: dict[str, list[dict[str, Any]]] = {}
    for d in docs:
        by_writer.setdefault(d["source"].split("/")[-1], []).append(d)
    out = []
    for writer, rows in sorted(by_writer.items()):
        benign = [d["text"] for d in rows if d["label"] == "benign"]
        injected = [d["text"] for d in rows if d["label"] == "injection"]
        for label in ("injection", "benign"):
            for _ in range(per_writer):
                parts: list[str] = [rng.choice(injected)] if label == "injection" else []
                at = 0  # where the injected document is among the parts
                for text in rng.sample(benign, len(benign)):
                    if sum(len(p) + 2 for p in parts) >= SIZE:
                        break
                    i = rng.randint(0, len(parts))
                    parts.insert(i, text)
                    at += i <= at
                start = sum(len(p) + 2 for p in parts[:at])
                span = (start, start + len(parts[at])) if label == "injection" else None
                out.append({"writer": writer, "label": label, "text": "\n\n".join(parts), "span": span})
    return out


def _init() -> None:
    global _TIER, _FILTER
    _TIER = load_tier()
    _FILTER = InjectionFilter(classifier=_TIER, classifier_stages=("input", "tool_result"))


def _verdicts(text: str) -> tuple[bool, ...]:
    assert _TIER is not None and _FILTER is not None
    out = []
    for cap in CAPS:
        _TIER.max_windows = cap
        out.append(bool(_FILTER.score(text, stage="tool_result")[0] >= _FILTER.threshold))
    return tuple(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--writers", default="r22*,r23*,r24*,r25*")
    ap.add_argument("--per-writer", type=int, default=4)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    docs, _ = written.load()
    docs = [d for d in docs if written.matches(d["source"].split("/")[-1], args.writers.split(","))]
    rows = composites(docs, args.per_writer, random.Random(59))
    t0 = time.time()
    with Pool(args.jobs, initializer=_init) as pool:
        verdicts = pool.map(_verdicts, [r["text"] for r in rows], chunksize=2)
    print(f"{len(rows)} composites ({sum(len(windows(r['text'])) for r in rows) / len(rows):.0f} windows on average) "
          f"in {time.time() - t0:.0f} s")
    for label, word in (("injection", "caught"), ("benign", "blocked")):
        picked = [v for r, v in zip(rows, verdicts, strict=True) if r["label"] == label]
        cells = ", ".join(f"cap {cap}: {sum(v[i] for v in picked)} of {len(picked)} "
                          f"({sum(v[i] for v in picked) / len(picked):.1%})" for i, cap in enumerate(CAPS))
        print(f"{label} composites {word}: {cells}")
    for r, v in zip(rows, verdicts, strict=True):
        if len(set(v)) > 1:
            print(f"  differs: {r['writer']} {r['label']} {dict(zip(CAPS, v, strict=True))}")
    long = {spec: sum(len(windows(r["text"])) > CAPS[-1] for r in rows_of(spec))
            for spec in ("valid", "valid2", "valid3", "valid4", "r20*,r21*,r22*,r23*,r24*,r25*")}
    print(f"eval documents with more than {CAPS[-1]} windows: {long}")


if __name__ == "__main__":
    main()
