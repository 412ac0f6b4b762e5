"""Screen a semantic-head setting quickly: the head alone, trained without one fold's writers, on those writers.

    python evals/guards/train/screen_head.py --folds /tmp/folds [--fold 0] [--alpha 3e-2] [--seeds 1] [--broad]
                                             [--ignore 'r11*'] [--kind conv --hidden 64 --k 3 --epochs 14]

Trains a head as ``train_semantic.py`` does (same options), or with ``--kind conv`` as ``train_conv.py`` does
(torch), without the writers of fold ``--fold`` (of
``cross_writer.py``'s ``folds.json``) and prints the share of those writers' injected documents, and of
``../valid/``'s, that the head's logit alone catches at 2% false positives on the same set's benign documents. A
screen only: the n-gram model is left out, and ``valid``'s 365 benign documents put the 2% point at the 8th
highest, so its figure swings by several points between close settings. Settings that pass the screen are judged
by ``calibrate.py --folds`` with a head per fold (the full detector, cross-writer).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "src"))
sys.path.insert(0, str(HERE))

import train_semantic  # noqa: E402
import written  # noqa: E402

from corral.guards.evaluate import load_jsonl  # noqa: E402
from corral.guards.normalize import views  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", required=True, help="a folder written by cross_writer.py (its folds.json)")
    ap.add_argument("--fold", type=int, default=0)
    ap.add_argument("--ignore", default="", help="writers left out of everything, as cross_writer.py --ignore")
    ap.add_argument("--alpha", type=float, default=1e-3)
    ap.add_argument("--seeds", type=int, default=1)
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--broad", action="store_true")
    ap.add_argument("--kind", choices=("window", "conv"), default="window",
                    help="the shipped window head, or a word convolution (train_conv.py; --hidden, --k, --epochs)")
    ap.add_argument("--k", type=int, default=3)
    ap.add_argument("--epochs", type=int, default=14)
    args = ap.parse_args()
    group = json.loads((Path(args.folds) / "folds.json").read_text())["folds"][args.fold]
    ignore = tuple(g for g in args.ignore.split(",") if g)
    rows = train_semantic.training_rows((*group, *ignore), args.broad)
    if args.kind == "conv":
        import train_conv

        head = train_conv.train_ensemble(rows, args.seeds, hidden=args.hidden, k=args.k, epochs=args.epochs)
    else:
        head = train_semantic.train_heads(rows, 32, args.hidden, 256, args.seeds, args.alpha)
    docs, _ = written.load(exclude=ignore)
    sets = {f"fold {args.fold}": [d for d in docs if d["source"].removeprefix("written/") in group],
            "valid": load_jsonl(HERE.parent / "valid" / "tool_outputs.jsonl")}
    for name, rows_ in sets.items():
        s = np.array([head.logit(views(d["text"]).views[0].text) for d in rows_])
        y = np.array([d["label"] != "benign" for d in rows_])
        t = np.sort(s[~y])[int((~y).sum() * 0.98)]
        print(f"{name:8} caught {np.mean(s[y] > t):6.1%} at 2% FP ({int(y.sum())} injected, {int((~y).sum())} benign)")


if __name__ == "__main__":
    main()
