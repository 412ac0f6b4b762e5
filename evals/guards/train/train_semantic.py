"""Train the semantic head (``corral.guards.semantic``) and attach it to an n-gram model file.

    python evals/guards/train/train_semantic.py --model src/corral/guards/models/injection-ngram.npz [--weight 1]

Training data: the hand-written tool outputs and payloads of ``written/`` (both splits: the head is judged
cross-writer, by ``cross_writer.py``'s folds; never ``valid``, ``blind``, ``blind2`` or ``heldout``), read as word windows of WordLlama token embeddings. Positives:
every window of a payload and of a short injected document; negatives: every window of a benign document. A
second pass adds, for each longer injected document, the window the first model scores highest (the planted text
is somewhere in it: multiple-instance learning). The head is a one-hidden-layer network (scikit-learn's
``MLPClassifier``) over the windows' unit-length mean embeddings. ``--exclude-written`` leaves writers out
(``cross_writer.py`` trains one head per fold). The head is stored in ``--model`` with ``--weight``: the n-gram
model's logit plus ``weight`` times the head's (``calibrate.py`` then sets the operating points of the sum).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

import written  # noqa: E402

from corral.guards.classifier import NgramClassifier  # noqa: E402
from corral.guards.normalize import views  # noqa: E402
from corral.guards.semantic import SemanticHead, embedder, window_sums  # noqa: E402


def windows(texts: list[str], window: int, dims: int) -> tuple[np.ndarray, np.ndarray]:
    """All word windows' embeddings (the sum of their tokens' first ``dims`` coordinates, scaled to unit length) and, per window, the index of
    its text."""
    emb = embedder(dims)
    feats, owner = [], []
    for i, text in enumerate(texts):
        sums = emb.words(views(text).views[0].text)
        if sums.shape[0] == 0:
            continue
        win, _, _ = window_sums(sums, window)
        feats.append(win / np.maximum(np.linalg.norm(win, axis=1, keepdims=True), 1e-6))
        owner.append(np.full(win.shape[0], i))
    return np.vstack(feats), np.concatenate(owner)


def train_heads(rows: list[dict[str, Any]], window: int, hidden: int, dims: int, seeds: int = 1,
                alpha: float = 1e-3) -> SemanticHead:
    """``seeds`` heads trained with different seeds on the same windows, as one head: their hidden units side by
    side, the output the mean of theirs."""
    X, owner = windows([r["text"] for r in rows], window, dims)
    y = np.array([r["label"] != "benign" for r in rows])[owner]
    payload = np.array([r.get("payload", False) for r in rows])[owner]
    nwin = np.bincount(owner, minlength=len(rows))[owner]
    heads = [train_head(X, owner, y, y & (payload | (nwin <= 1)), hidden, seed, alpha) for seed in range(seeds)]
    return SemanticHead(np.hstack([h[0] for h in heads]), np.concatenate([h[1] for h in heads]),
                        np.concatenate([h[2] for h in heads]) / seeds, float(np.mean([h[3] for h in heads])),
                        window=window)


def train_head(X: np.ndarray, owner: np.ndarray, y: np.ndarray, pos: np.ndarray, hidden: int, seed: int,
               alpha: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """One network over the windows ``X`` (``owner``: each window's text; ``y``: its text is injected; ``pos``:
    a sure positive window); returns its weights (w1, b1, w2, b2)."""
    from sklearn.neural_network import MLPClassifier

    neg = ~y
    clf = MLPClassifier(hidden_layer_sizes=(hidden,), alpha=alpha, max_iter=60, random_state=seed)
    extra = np.zeros(0, dtype=np.int64)  # pass 2: the best window of each longer injected document
    for step in range(2):
        take = pos | neg
        Xt = np.vstack((X[take], X[extra]))
        yt = np.concatenate((y[take], np.ones(extra.size, bool)))
        clf.fit(Xt, yt)
        if step == 0:  # MIL: the best window of every longer injected document becomes a positive
            s = clf.predict_proba(X)[:, 1]
            cand = np.flatnonzero(y & ~pos)
            order = cand[np.lexsort((-s[cand], owner[cand]))]
            if order.size:
                extra = order[np.r_[True, owner[order][1:] != owner[order][:-1]]]
        print(f"  pass {step + 1}: {int(yt.sum())} positive, {int((~yt).sum())} negative windows", flush=True)
    return (clf.coefs_[0].astype(np.float32), clf.intercepts_[0].astype(np.float32),
            clf.coefs_[1][:, 0].astype(np.float32), float(clf.intercepts_[1][0]))


def training_rows(exclude: tuple[str, ...], broad: bool = False) -> list[dict[str, Any]]:
    """The written documents and payloads; with ``broad``, also the n-gram model's other training sources (the
    train splits of the public rows and the non-English benign chunks, generated benign documents, synthetic
    payloads and benign imperatives in nine languages)."""
    docs, payloads = written.load(exclude=exclude)
    rows = docs + [{**p, "label": "injection", "payload": True} for p in payloads]
    if broad:
        import random

        import benign_docs
        import synth

        from corral.guards.evaluate import load_jsonl

        public = [r for f in ("public_injections", "public_benign", "multilingual_benign")
                  for r in load_jsonl(HERE / f"{f}.jsonl.gz") if r.get("split", "train") == "train"]
        r = random.Random(1)
        rows += public + benign_docs.documents(11, 4000)
        rows += [{"text": synth.payload(r), "label": "injection", "payload": True} for _ in range(3000)]
        rows += [x for x in synth.rows(1, [], 0, 3000) if x["label"] == "benign"]
    return rows


def attach_head(model_path: str, head: Any, weight: float, out: str | None = None) -> None:
    """Attach ``head`` (weighted ``weight``) to the n-gram model file ``model_path``; write it to ``out`` or back."""
    model = NgramClassifier.load(model_path)
    model.attach(head, weight)
    model.save(out or model_path)
    print(f"wrote {out or model_path}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True, help="the n-gram model file to attach the head to (rewritten)")
    ap.add_argument("--out", help="write here instead of --model")
    ap.add_argument("--window", type=int, default=32, help="words per window")
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--dims", type=int, default=256, help="embedding coordinates read (Matryoshka: 64, 128, 256)")
    ap.add_argument("--weight", type=float, default=1.0, help="the head's weight in the model's logit")
    ap.add_argument("--exclude-written", default="", help="written/ writers (stems or globs) to leave out")
    ap.add_argument("--broad", action="store_true", help="also the n-gram model's other training sources")
    ap.add_argument("--seeds", type=int, default=1, help="heads trained with different seeds, averaged")
    ap.add_argument("--alpha", type=float, default=1e-3, help="the network's L2 penalty")
    args = ap.parse_args()
    exclude = tuple(x for x in args.exclude_written.split(",") if x)
    rows = training_rows(exclude, args.broad)
    print(f"semantic head: {len(rows)} rows (excluding {', '.join(exclude) or 'nothing'})", flush=True)
    head = train_heads(rows, args.window, args.hidden, args.dims, args.seeds, args.alpha)
    attach_head(args.model, head, args.weight, args.out)


if __name__ == "__main__":
    main()
