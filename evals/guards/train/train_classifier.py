"""Train the packaged injection classifier (``corral.guards.classifier``) from the TRAINING data only.

    pip install scikit-learn          # training only; corral itself needs numpy
    python evals/guards/train/train_classifier.py [--out src/corral/guards/models/injection-ngram.npz]

Training data: the synthetic grammar (``synth.py``), the public datasets in this folder (``public_*.jsonl``,
``split == "train"`` rows only), the hand-written tool outputs and payloads of ``written/`` (``split == "train"``;
see ``written.py``) and the ``dev`` split of ``evals/guards/*.jsonl``. Never the ``heldout`` split of
those files, the public rows marked ``heldout``, or ``evals/guards/blind/`` (an independent writer's set that
nobody trains or tunes on), nor ``evals/guards/valid/`` (unless ``--train-on-valid``). The script prints figures
on the validation data it may look at (synthetic rows from another seed, public ``heldout`` rows, the held-out
fifth of ``written/``) and picks the threshold there; ``calibrate.py`` then sets the tool-result operating point.

A segment of the prepared text is one training example: an injection's payload (and jittered copies) is
positive; random segments of benign text and of injected texts away from the payload are negative. Later passes
mine the segment the current model scores highest: in a benign text it becomes a hard negative, in an injected
text without a known payload span it becomes the positive (multiple-instance learning).
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from collections.abc import Collection
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

import synth  # noqa: E402
import written  # noqa: E402

from corral.guards.classifier import NgramClassifier, featurize, prepare  # noqa: E402
from corral.guards.evaluate import load_jsonl as _load_jsonl  # noqa: E402
from corral.guards.normalize import views  # noqa: E402

sys.path.insert(0, str(HERE.parent))
import corpus_tool  # noqa: E402


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    return _load_jsonl(path) if path.exists() else []


def _prep(text: str) -> tuple[np.ndarray, np.ndarray, str]:
    norm = views(text).views[0].text
    b, pos = prepare(norm)
    return b, pos, norm


def _byte_span(norm: str, span: tuple[int, int]) -> tuple[int, int]:
    low = norm.lower()
    return len(low[: span[0]].encode()), len(low[: span[1]].encode())


class Featurizer:
    def __init__(self, ngrams: tuple[int, ...], bits: int) -> None:
        self.ngrams, self.bits = ngrams, bits
        self.len_col = len(ngrams) << bits  # the per-byte cost: one extra column, value = length / 100

    def position_buckets(self, b: np.ndarray) -> list[np.ndarray]:
        return list(featurize(b, self.ngrams, self.bits).astype(np.int64))

    def segment(self, feats: list[np.ndarray], s: int, e: int) -> tuple[np.ndarray, int]:
        return np.concatenate([f[s:min(e, f.size)] for f in feats]), e - s


def random_segments(n: int, k: int, rng: random.Random, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    hi = n if hi is None else hi
    out = []
    for _ in range(k):
        if hi - lo < 8:
            break
        length = min(hi - lo, int(math.exp(rng.uniform(math.log(12), math.log(512)))))
        s = rng.randint(lo, hi - length)
        out.append((s, s + length))
    return out


Example = tuple[np.ndarray, int]


def build_examples(docs: list[dict[str, Any]], fz: Featurizer, rng: random.Random,
                   model: NgramClassifier | None) -> tuple[list[Example], list[int], list[float]]:
    """Pass 1 (``model`` None): payloads, jittered payloads, random benign segments. Later passes: only the
    segments the current model scores highest (hard negatives; positives of injected texts without a span)."""
    xs: list[Example] = []
    ys: list[int] = []
    ws: list[float] = []

    def add(feats: list[np.ndarray], s: int, e: int, y: int, w: float) -> None:
        if e > s:
            xs.append(fz.segment(feats, s, e))
            ys.append(y)
            ws.append(w)

    for d in docs:
        b, pos, norm = _prep(d["text"])
        if b.size == 0:
            continue
        feats = fz.position_buckets(b)
        weight = float(d.get("weight", 1.0))
        if d["label"] == "benign" and str(d.get("source", "")).startswith(("gettext/", "man/")):
            weight *= 3.0  # non-English benign text is scarce: keep language itself from meaning "injection"
        best = model.best_segment(b) if model is not None else None
        if best is not None:
            if d["label"] == "benign":
                add(feats, best[1], best[2], 0, 2.0 * weight)
            elif d.get("span") is None and b.size > 400:
                add(feats, best[1], best[2], 1, weight)
            continue
        if d["label"] == "benign":
            if b.size <= 600:
                add(feats, 0, b.size, 0, weight)
            for s, e in random_segments(b.size, min(6, 1 + b.size // 300), rng):
                add(feats, s, e, 0, 0.5 * weight)
            continue
        span = d.get("span")
        if span is not None:
            bs, be = _byte_span(norm, (int(span[0]), int(span[1])))
            ps, pe = int(np.searchsorted(pos, bs)), int(np.searchsorted(pos, be))
            if pe - ps <= 0:
                continue
            add(feats, ps, pe, 1, weight)
            for _ in range(2):
                add(feats, max(0, ps + rng.randint(-12, 12)), min(b.size, pe + rng.randint(-12, 12)), 1, 0.5 * weight)
            for s, e in random_segments(b.size, 2, rng, 0, max(0, ps - 4)) + random_segments(b.size, 2, rng, pe + 4):
                add(feats, s, e, 0, 0.5 * weight)
            continue
        if b.size <= 400:
            add(feats, 0, b.size, 1, weight)
    return xs, ys, ws


def fit(xs: list[Example], ys: list[int], ws: list[float], fz: Featurizer, c: float) -> NgramClassifier:
    n_features = fz.len_col + 1
    indptr = np.zeros(len(xs) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([x.size + 1 for x, _ in xs])
    indices = np.concatenate([np.append(x, fz.len_col) for x, _ in xs])
    data = np.concatenate([np.append(np.ones(x.size, dtype=np.float32), n / 100.0) for x, n in xs])
    X = sp.csr_matrix((data, indices, indptr), shape=(len(xs), n_features))
    X.sum_duplicates()
    y = np.array(ys)
    w = np.array(ws)
    pos_w = w[y == 0].sum() / max(w[y == 1].sum(), 1e-9)
    w = np.where(y == 1, w * pos_w, w)
    clf = LogisticRegression(C=c, solver="liblinear", max_iter=300)
    clf.fit(X, y, sample_weight=w)
    coef = clf.coef_[0]
    return NgramClassifier(coef[:-1].astype(np.float32), float(clf.intercept_[0]), ngrams=fz.ngrams,
                           per_byte=float(coef[-1]) / 100.0, bits=fz.bits, name="ngram", version="2")


def doc_scores(model: NgramClassifier, docs: list[dict[str, Any]]) -> np.ndarray:
    out = []
    for d in docs:
        out.append(max(model.logit(v.text) for v in views(d["text"]).views))
    return np.array(out)


def report(name: str, model: NgramClassifier, docs: list[dict[str, Any]], thr: float) -> None:
    if not docs:
        return
    s = doc_scores(model, docs)
    y = np.array([d["label"] != "benign" for d in docs])
    tp = int(((s >= thr) & y).sum())
    fp = int(((s >= thr) & ~y).sum())
    print(f"  {name:34s} inj {int(y.sum()):5d} caught {tp / max(1, y.sum()):6.1%}   "
          f"benign {int((~y).sum()):5d} FP {fp / max(1, (~y).sum()):6.2%}")


def carriers_from(rows: list[dict[str, Any]]) -> list[str]:
    return [r["text"] for r in rows if r["label"] == "benign" and len(r["text"]) >= 40]


def written_rows(rng: random.Random, gen_train: list[dict[str, Any]], gen_val: list[dict[str, Any]],
                 copies: int, weight: float, exclude: Collection[str] = ()
                 ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The hand-written documents (``written/``), plus each written payload inserted into ``copies`` benign
    documents (written ones and generated ones), for training and for validation (never mixed)."""
    docs, payloads = written.load(exclude=exclude)
    out: dict[str, list[dict[str, Any]]] = {"train": [], "val": []}
    for d in docs:
        out[d["split"]].append({**d, "weight": weight})
    for split, gen in (("train", gen_train), ("val", gen_val)):
        carriers = [d["text"] for d in out[split] if d["label"] == "benign"]
        pool = carriers * 3 + [d["text"] for d in gen[: 2 * len(carriers) + 1]]
        if not pool:
            continue
        for p in payloads:
            if p["split"] != split:
                continue
            for _ in range(copies if split == "train" else 1):
                text, span = synth.embed(rng.choice(pool), p["text"], rng)
                out[split].append({"text": text, "label": "injection", "span": list(span), "source": p["source"]})
    return out["train"], out["val"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "src/corral/guards/models/injection-ngram.npz"))
    ap.add_argument("--ngrams", default="3,5,7")
    ap.add_argument("--bits", type=int, default=18)
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--benign-docs", type=int, default=8000, help="generated benign tool outputs (benign_docs.py)")
    ap.add_argument("--C", type=float, default=0.1)
    ap.add_argument("--synth", type=int, default=6000)
    ap.add_argument("--target-fp", type=float, default=0.01)
    ap.add_argument("--public", default=str(HERE), help="folder holding public_injections/benign.jsonl.gz")
    ap.add_argument("--written-copies", type=int, default=6,
                    help="insertions of each written payload into written/generated benign documents")
    ap.add_argument("--written-weight", type=float, default=6.0, help="weight of the written documents")
    ap.add_argument("--train-on-valid", action="store_true",
                    help="also train on evals/guards/valid (then its figures are no longer a measure)")
    ap.add_argument("--exclude-written", default="",
                    help="comma-separated written/ files (stems) to leave out: for cross-writer calibration")
    args = ap.parse_args()
    exclude = {x for x in args.exclude_written.split(",") if x}
    fz = Featurizer(tuple(int(n) for n in args.ngrams.split(",")), args.bits)
    rng = random.Random(7)

    pub_inj = load_jsonl(Path(args.public) / "public_injections.jsonl.gz")
    pub_ben = load_jsonl(Path(args.public) / "public_benign.jsonl.gz") + load_jsonl(HERE / "multilingual_benign.jsonl.gz")
    dev = [r for f in ("tool_outputs.jsonl", "direct.jsonl") for r in load_jsonl(HERE.parent / f) if r["split"] == "dev"]
    # dev injected tool outputs have no payload span: rebuild them from the dev payloads with known spans
    dev_train = [r for r in dev if r["label"] == "benign" or "kind" not in r]
    pub_train = [r for r in pub_inj + pub_ben if r.get("split", "train") == "train"]
    pub_val = [r for r in pub_inj + pub_ben if r.get("split") == "heldout"]
    gen_train: list[dict[str, Any]] = []
    gen_val: list[dict[str, Any]] = []
    if (HERE / "benign_docs.py").exists() and args.benign_docs:
        import benign_docs
        gen_train = benign_docs.documents(11, args.benign_docs)
        gen_val = benign_docs.documents(12, max(200, args.benign_docs // 10))
    pub_train += gen_train
    pub_val += gen_val
    carriers = carriers_from(pub_train + dev)
    rng.shuffle(carriers)
    val_carriers, train_carriers = carriers[: len(carriers) // 5], carriers[len(carriers) // 5:]
    dev_payloads = corpus_tool.DEV_PAYLOADS + corpus_tool.DEV2_PAYLOADS + corpus_tool.DEV3_PAYLOADS
    for p in dev_payloads * 4:
        text, span = synth.embed(rng.choice(train_carriers), p, rng)
        dev_train.append({"text": text, "label": "injection", "span": list(span), "source": "dev-payload"})
    w_train, w_val = written_rows(rng, gen_train, gen_val, args.written_copies, args.written_weight,
                                  exclude)
    valid = load_jsonl(HERE.parent / "valid" / "tool_outputs.jsonl")
    extra = [{**r, "weight": args.written_weight} for r in valid] if args.train_on_valid else []
    train_docs = synth.rows(1, train_carriers, args.synth, args.synth) + pub_train + dev_train + w_train + extra
    val_synth = synth.rows(2, val_carriers, 800, 400)
    print(f"written: train {len(w_train)} rows, val {len(w_val)} rows; valid/ in training: {args.train_on_valid}")
    print(f"train docs {len(train_docs)} (synth {2 * args.synth}, public {len(pub_train)}, dev {len(dev)})")

    model = None
    xs: list[Example] = []
    ys: list[int] = []
    ws: list[float] = []
    for k in range(args.passes):
        x2, y2, w2 = build_examples(train_docs, fz, rng, model)
        if k == 0:
            xs, ys, ws = x2, y2, w2
        else:  # keep pass 1's examples, add this pass's mined segments
            xs, ys, ws = xs + x2, ys + y2, ws + w2
        print(f"pass {k + 1}: {len(ys)} segments, {sum(ys)} positive")
        model = fit(xs, ys, ws, fz, args.C)
    assert model is not None
    print(f"per-byte cost {model.per_byte:.4f}")
    benign_val = [d for d in val_synth + pub_val + w_val if d["label"] == "benign"]
    s = np.sort(doc_scores(model, benign_val))
    thr = float(s[min(len(s) - 1, int(len(s) * (1 - args.target_fp)))]) if len(s) else 0.0
    model.bias -= thr  # so that the chosen threshold is probability 0.5 (logit 0)
    print(f"threshold at {args.target_fp:.1%} validation FP: logit {thr:.3f} (folded into the bias)")
    report("train (dev split of evals/guards)", model, dev, 0.0)
    report("validation: synthetic (seed 2)", model, val_synth, 0.0)
    report("validation: written (held-out fifth)", model, w_val, 0.0)
    report("valid/ (second writer" + (", TRAINED ON)" if args.train_on_valid else ")"), model, valid, 0.0)
    for src in sorted({d.get("source", "?") for d in pub_val}):
        report(f"validation: {src}", model, [d for d in pub_val if d.get("source") == src], 0.0)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    print(f"wrote {args.out} ({Path(args.out).stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
