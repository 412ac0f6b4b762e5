"""Choose the packaged classifier's operating points and write them into the model file.

    python evals/guards/train/calibrate.py --folds DIR [--model src/corral/guards/models/injection-ngram.npz]

With the classifier on, the filter blocks when ``z + gain * pattern_score >= t`` (``z``: the classifier's logit,
best view). Per stage, this script picks ``gain`` and ``t`` so that at most a given share of that stage's benign
TUNING texts (pooled) is blocked, maximising the share of injected ones caught (the mean over the sets), and
stores ``(gain, logit(0.7) - t)`` in the model's ``points``, which :func:`corral.guards.injection.combine` reads.

- ``tool_result`` (and ``output``): at most ``--fp`` (2%) of the benign tool outputs of ``evals/guards/valid/``
  (a second writer's tool outputs, never trained on) and of ``written/``. With ``--folds DIR`` (the fold models
  of ``cross_writer.py``) every written document counts, each scored by the fold model that never saw its writer:
  cross-writer, as a new deployment's documents will be. Without it, only the held-out fifth of ``written/``,
  scored by the model itself (in-writer; the operating point then did not hold on another writer's text).
  With ``--holdout 'r15*'`` instead: ``valid`` and every document of those writers, which the model must never
  have read (trained with ``--exclude-written``), scored by the model itself: a cheaper cross-writer pool.
- ``input`` (the user's task): at most ``--input-fp`` (1%) of the benign rows of the public held-out split and
  of ``evals/guards/direct.jsonl``'s held-out split.

    python evals/guards/train/calibrate.py --task-model OLD.npz NEW.npz

installs, of the given (calibrated) models, the one that catches more on the ``input`` sets at ``--input-fp`` as
the task's model (``corral.guards.classifier.TASK_MODEL``): the filter judges the user's task with it and tool
results with the main model, because a model chosen on tool results can be the weaker one on direct prompts.

Never ``evals/guards/blind/`` or ``blind2/``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

import written  # noqa: E402

from corral.guards._base import Stage  # noqa: E402
from corral.guards.classifier import TASK_MODEL, NgramClassifier  # noqa: E402
from corral.guards.evaluate import load_jsonl  # noqa: E402
from corral.guards.injection import InjectionFilter  # noqa: E402
from corral.guards.normalize import views  # noqa: E402

GAINS = (1.0, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0)


def tuning_sets(without: tuple[str, ...] = ()) -> dict[str, list[dict[str, Any]]]:
    docs, _ = written.load(exclude=without)
    return {"valid": load_jsonl(HERE.parent / "valid" / "tool_outputs.jsonl"),
            "written-val": [d for d in docs if d["split"] == "val"]}


def holdout_sets(writers: tuple[str, ...]) -> dict[str, list[dict[str, Any]]]:
    """``valid`` and all documents (both splits) of ``written/`` writers matching ``writers``."""
    docs, _ = written.load()
    held = [d for d in docs if written.matches(d["source"].split("/")[-1], writers)]
    if not held:
        raise SystemExit(f"no written/ writer matches {writers}")
    return {"valid": load_jsonl(HERE.parent / "valid" / "tool_outputs.jsonl"), "written-holdout": held}


def cross_writer(model: NgramClassifier, folds_dir: Path, without: tuple[str, ...] = ()
                 ) -> tuple[Callable[[dict[str, Any]], NgramClassifier], dict[str, list[dict[str, Any]]]]:
    """Every ``written/`` document (both splits), each to be scored by the fold model that never saw its writer
    (``cross_writer.py``), and ``valid/`` (never trained on) scored by ``model``. Writers the folds were built
    without (``cross_writer.py --ignore``: a later round's) are scored by ``model`` too, which must not have been
    trained on them: that is how a shipped model is compared with its successor on the successor's pool."""
    meta = json.loads((folds_dir / "folds.json").read_text())
    folds, ignored = meta["folds"], tuple(meta.get("ignored", ()))
    fold_of = {stem: k for k, stems in enumerate(folds) for stem in stems}
    fold_models = [NgramClassifier.load(folds_dir / f"fold_{k}.npz") for k in range(len(folds))]
    docs, _ = written.load(exclude=without)
    missing = sorted({d["source"] for d in docs if d["source"].split("/")[-1] not in fold_of
                      and not written.matches(d["source"].split("/")[-1], ignored)})
    if missing:
        raise SystemExit(f"{folds_dir}/folds.json does not cover {missing}: re-run cross_writer.py")

    def pick(row: dict[str, Any]) -> NgramClassifier:
        src = str(row.get("source", ""))
        stem = src.split("/")[-1]
        return fold_models[fold_of[stem]] if src.startswith("written/") and stem in fold_of else model

    return pick, {"valid": load_jsonl(HERE.parent / "valid" / "tool_outputs.jsonl"), "written-xw": docs}


def input_sets() -> dict[str, list[dict[str, Any]]]:
    public = [r for name in ("public_injections", "public_benign")
              for r in load_jsonl(HERE / f"{name}.jsonl.gz") if r.get("split") == "heldout"]
    direct = [r for r in load_jsonl(HERE.parent / "direct.jsonl") if r["split"] == "heldout"]
    return {"public-heldout": public, "direct-heldout": direct}


class _Silent:
    """A classifier that never fires: the filter's score is then the pattern floor alone."""

    name = "silent"

    def score(self, text: str) -> float:
        return 0.0


Models = NgramClassifier | Callable[[dict[str, Any]], NgramClassifier]


def scores(model: Models, rows: list[dict[str, Any]], stage: Stage = "tool_result"
           ) -> tuple[np.ndarray, np.ndarray, list[list[tuple[float, ...]]], np.ndarray]:
    """Per row: label (injected?), pattern score, per view the classifier's logit parts (n-gram, and the
    semantic head's if any: :func:`logits` adds them up), and whether the pattern floor alone blocks it
    (``injection.pattern_floor``: strong pattern evidence outside a discussion). ``model`` may be a function of
    the row (cross-writer calibration: the fold model that never saw the row's writer)."""
    pick = model if callable(model) and not isinstance(model, NgramClassifier) else (lambda _r: model)
    floor = InjectionFilter(classifier=_Silent(), classifier_stages=(stage,))
    judged = [floor.score(r["text"], stage=stage) for r in rows]  # score = the floor; details: the pattern score
    y = np.array([r["label"] != "benign" for r in rows])
    p = np.array([float(details["pattern_score"]) for _, _, details in judged])  # type: ignore[arg-type]
    parts = [[pick(r).logit_parts(v.text) for v in views(r["text"]).views] for r in rows]
    fixed = np.array([score >= floor.threshold for score, _, _ in judged])
    return y, p, parts, fixed


def logits(parts: list[list[tuple[float, ...]]], weight: float) -> np.ndarray:
    """Per row, the best view's logit: n-gram part plus ``weight`` times the semantic part."""
    return np.array([max(v[0] + (weight * v[1] if len(v) > 1 else 0.0) for v in row) for row in parts])


def choose(model: Models, sets: dict[str, list[dict[str, Any]]], fp: float, stage: Stage = "tool_result",
           weights: tuple[float, ...] = (1.0,)) -> tuple[float, float, float, float]:
    """The (gain, offset) that catches the most injected texts (mean of the sets' rates) with at most ``fp`` of
    the benign ones (pooled) blocked, counting those the pattern floor blocks anyway; that mean; and, of
    ``weights``, the semantic head's weight that gives it (models without a head: any)."""
    data = {name: scores(model, rows, stage) for name, rows in sets.items()}
    y, p, fixed = (np.concatenate([d[i] for d in data.values()]) for i in (0, 1, 3))
    budget = int(math.floor(fp * (~y).sum())) - int((fixed & ~y).sum())
    best: tuple[float, float, float, float] | None = None
    for weight in weights:
        zs = {name: logits(d[2], weight) for name, d in data.items()}
        z = np.concatenate(list(zs.values()))
        for gain in GAINS:
            s = z + gain * p
            free = np.sort(s[~y & ~fixed])[::-1]
            t = float(free[budget]) + 1e-6 if 0 <= budget < free.size else float(free[0]) + 1e-6
            blocked = (s >= t) | fixed
            line = (f"  weight {weight:4.2f} gain {gain:4.1f}  t {t:6.2f}  pooled: caught {blocked[y].mean():6.1%} "
                    f"FP {blocked[~y].mean():5.1%}")
            per_set = []
            for name, (yy, pp, _, ff) in data.items():
                bb = (zs[name] + gain * pp >= t) | ff
                per_set.append(float(bb[yy].mean()))
                line += f" | {name}: {per_set[-1]:6.1%} / {bb[~yy].mean():5.1%}"
            caught = sum(per_set) / len(per_set)  # every set counts the same, whatever its size
            print(line)
            if best is None or caught > best[0] + 1e-9:
                best = (caught, gain, t, weight)
    assert best is not None
    caught, gain, t, weight = best
    return gain, math.log(0.7 / 0.3) - t, caught, weight


def choose_task_model(paths: list[Path], input_fp: float, dry_run: bool) -> None:
    """The input stage's model: of ``paths``, the one with the higher mean caught on ``input_sets`` at
    ``input_fp`` (its input point set there), copied to the package as ``TASK_MODEL``."""
    best: tuple[float, Path, NgramClassifier] | None = None
    for path in paths:
        model = NgramClassifier.load(path)
        print(f"{path}:")
        gain, offset, caught, _ = choose(model, input_sets(), input_fp, stage="input",
                                         weights=(model.semantic_weight,))
        model.points["input"] = (gain, offset)
        print(f" chosen: gain {gain:.1f}, mean caught {caught:.1%}")
        if best is None or caught > best[0] + 1e-9:
            best = (caught, path, model)
    assert best is not None
    out = ROOT / "src/corral/guards/models" / TASK_MODEL
    if dry_run:
        print(f"dry run: would install {best[1]} as {out}")
        return
    best[2].save(out)
    print(f"wrote {out} (from {best[1]})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=str(ROOT / "src/corral/guards/models/injection-ngram.npz"))
    ap.add_argument("--fp", type=float, default=0.02, help="largest share of benign tool outputs blocked")
    ap.add_argument("--input-fp", type=float, default=0.01, help="largest share of benign tasks/documents blocked")
    ap.add_argument("--folds", help="cross-writer calibration: the folder written by cross_writer.py")
    ap.add_argument("--holdout", default="",
                    help="writers (stems or globs, comma-separated) the model never read: calibrate on them and "
                         "valid, scored by the model itself")
    ap.add_argument("--dry-run", action="store_true", help="print the operating points, do not write them")
    ap.add_argument("--task-model", nargs="+", metavar="NPZ",
                    help="instead: of these models, install the one that judges the task best (input stage, "
                         f"mean caught at --input-fp) as {TASK_MODEL}")
    ap.add_argument("--without", default="",
                    help="writers (stems or globs, comma-separated) left out of the pool: a later round's, to "
                         "compare earlier models on the pool they were built for")
    ap.add_argument("--semantic-weights", default="",
                    help="weights of the model's semantic head to try (comma-separated); default: the model's")
    args = ap.parse_args()
    without = tuple(g for g in args.without.split(",") if g)
    if args.task_model:
        choose_task_model([Path(p) for p in args.task_model], args.input_fp, args.dry_run)
        return
    model = NgramClassifier.load(args.model)
    weights = tuple(float(w) for w in args.semantic_weights.split(",") if w) or (model.semantic_weight,)
    print("tool_result:")
    if args.folds:
        pick, sets = cross_writer(model, Path(args.folds), without)
        print(" in-writer (held-out fifth), for comparison:")
        choose(model, tuning_sets(without), args.fp, weights=weights)
        print(" cross-writer:")
        point = choose(pick, sets, args.fp, weights=weights)
    elif args.holdout:
        point = choose(model, holdout_sets(tuple(g for g in args.holdout.split(",") if g)), args.fp,
                       weights=weights)
    else:
        point = choose(model, tuning_sets(without), args.fp, weights=weights)
    if model.semantic is not None:
        model.semantic_weight = point[3]
        print(f" semantic head weight {point[3]:.2f}")
    print(f" chosen: gain {point[0]:.1f}, mean caught {point[2]:.1%}")
    model.points["tool_result"] = model.points["output"] = point[:2]
    print("input:")
    model.points["input"] = choose(model, input_sets(), args.input_fp, stage="input",
                                   weights=(model.semantic_weight,))[:2]
    if args.dry_run:
        print("dry run: nothing written")
        return
    model.save(args.model)
    for stage, (gain, offset) in sorted(model.points.items()):
        print(f"{stage:12} gain {gain:3.1f} offset {offset:7.3f} (block at z + gain * pattern >= "
              f"{math.log(0.7 / 0.3) - offset:.2f})")
    print(f"wrote {args.model}")


if __name__ == "__main__":
    main()
