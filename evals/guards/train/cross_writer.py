"""Train fold models that each leave out a group of ``written/`` writers, for cross-writer calibration.

    python evals/guards/train/cross_writer.py --out /tmp/folds [--folds 4] [--jobs 2] [--ignore 'r8*'] [--heads-only]

Every file of ``written/`` is one writer. The files are dealt into ``--folds`` groups (sorted by a hash of the
file name, so rounds and genres mix); fold ``k``'s model is trained by ``train_classifier.py`` exactly as the
shipped model is, except that it never sees group ``k``. ``calibrate.py --folds DIR`` then scores every document
of a writer with the model that never saw that writer: what the shipped model will meet on a new writer's text.
Each fold model then gets its semantic head (``train_conv.py``, or with ``--head window`` ``train_semantic.py``;
same writers left out), as the packaged model does; ``--heads-only`` (re)trains only the heads of existing fold
models.
Writes ``DIR/fold_<k>.npz`` and ``DIR/folds.json`` (the groups). ``--ignore`` (comma-separated stems or globs)
leaves writers out of every fold, as if their files did not exist: it rebuilds an earlier round's fold models,
to compare a new round's model with the previous one on the same pool.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOLDER = HERE / "written"
sys.path.insert(0, str(HERE))

import written  # noqa: E402


def groups(k: int, folder: Path = FOLDER, ignore: tuple[str, ...] = ()) -> list[list[str]]:
    stems = sorted((p.stem for p in folder.glob("*.py") if not written.matches(p.stem, ignore)),
                   key=lambda s: hashlib.sha256(s.encode()).hexdigest())
    return [sorted(stems[i::k]) for i in range(k)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, help="folder for the fold models")
    ap.add_argument("--folds", type=int, default=4)
    ap.add_argument("--jobs", type=int, default=2, help="fold models trained at once")
    ap.add_argument("--ignore", default="", help="writers (stems or globs, comma-separated) left out of every fold")
    ap.add_argument("--heads-only", action="store_true", help="only train the semantic heads of existing folds")
    ap.add_argument("--head", choices=("window", "conv"), default="conv",
                    help="the semantic head: a word convolution (train_conv.py, needs torch) or the window mean "
                         "(train_semantic.py)")
    args, extra = ap.parse_known_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    ignore = tuple(g for g in args.ignore.split(",") if g)
    folds = groups(args.folds, ignore=ignore)
    (out / "folds.json").write_text(json.dumps({"folds": folds, "ignored": list(ignore)}, indent=1))

    def train(k: int) -> int:
        left_out = ",".join([*folds[k], *ignore])
        model = str(out / f"fold_{k}.npz")
        steps = [] if args.heads_only else [[sys.executable, str(HERE / "train_classifier.py"), "--out", model,
                                            "--exclude-written", left_out, *[a for a in extra if a != "--"]]]
        trainer = "train_conv.py" if args.head == "conv" else "train_semantic.py"
        steps.append([sys.executable, str(HERE / trainer), "--model", model, "--exclude-written", left_out])
        with open(out / f"fold_{k}.log", "a" if args.heads_only else "w") as log:
            for cmd in steps:
                code = subprocess.run(cmd, stdout=log, stderr=subprocess.STDOUT, check=False).returncode
                if code:
                    return code
        return 0

    with ThreadPoolExecutor(args.jobs) as pool:
        codes = list(pool.map(train, range(args.folds)))
    for k, code in enumerate(codes):
        print(f"fold {k}: {'ok' if code == 0 else f'FAILED ({code}), see fold_{k}.log'}  leaves out {', '.join(folds[k])}")
    if any(codes):
        sys.exit(1)


if __name__ == "__main__":
    main()
