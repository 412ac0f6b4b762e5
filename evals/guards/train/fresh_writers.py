"""Score writers' documents with the SHIPPED detector before anything is trained on them (the fresh-writer figure).

    python evals/guards/train/fresh_writers.py 'r8*' [--model CANDIDATE.npz]

Each new round of ``written/`` is first scored, whole, by the packaged detector (default: patterns and
classifier; and the patterns alone), as ``corral guard eval`` scores a tool output: caught = verdict ``block``.
The model never saw these writers, so this is what a new deployment's text meets. Prints per writer and in all.
``--model`` scores with a candidate model file (calibrated) instead of the packaged one: to compare, on writers
neither has seen, a candidate trained on the same data as the shipped model.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "src"))
sys.path.insert(0, str(HERE))

import written  # noqa: E402

from corral.guards.classifier import NgramClassifier  # noqa: E402
from corral.guards.injection import PACKAGED, InjectionFilter  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("writers", nargs="+", help="stems or globs of written/ files, e.g. 'r8*'")
    ap.add_argument("--model", help="a candidate model file (calibrated) instead of the packaged one")
    ap.add_argument("--folder", type=Path, default=written.FOLDER,
                    help="where the writers' files are (a new round may wait outside written/ while folds train)")
    args = ap.parse_args()
    docs, _ = written.load(args.folder)
    docs = [d for d in docs if written.matches(d["source"].split("/")[-1], args.writers)]
    if not docs:
        raise SystemExit(f"no written/ file matches {args.writers}")
    classifier = NgramClassifier.load(args.model) if args.model else PACKAGED
    filters = {"default": InjectionFilter(classifier=classifier, classifier_stages=("input", "tool_result")),
               "patterns": InjectionFilter(classifier=None, classifier_stages=())}
    tally: dict[tuple[str, str], list[int]] = {}  # (writer, filter) -> [caught, injected, fp, benign]
    for d in docs:
        for name, filt in filters.items():
            blocked = filt.check(d["text"], stage="tool_result").blocked
            for writer in (d["source"].split("/")[-1], "all"):
                t = tally.setdefault((writer, name), [0, 0, 0, 0])
                if d["label"] == "benign":
                    t[2] += blocked
                    t[3] += 1
                else:
                    t[0] += blocked
                    t[1] += 1
    writers = sorted({w for w, _ in tally if w != "all"}) + ["all"]
    print(f"{'writer':28} {'injected':>8} {'benign':>6}  {'default caught / FP':>20}  {'patterns caught / FP':>21}")
    for w in writers:
        cells = []
        for name in filters:
            c, n, f, b = tally[(w, name)]
            cells.append(f"{c / max(n, 1):7.1%} / {f / max(b, 1):5.1%}")
        _, n, _, b = tally[(w, "default")]
        print(f"{w:28} {n:8} {b:6}  {cells[0]:>20}  {cells[1]:>21}")


if __name__ == "__main__":
    main()
