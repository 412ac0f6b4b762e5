"""Train a word-convolution semantic head (``corral.guards.semantic.ConvHead``) and attach it to an n-gram model.

    pip install torch            # training only (the head runs on numpy); see the README for a CPU build
    python evals/guards/train/train_conv.py --model M.npz [--out OUT.npz] [--exclude-written 'r3a_agentic,...']

The same rows as ``train_semantic.py`` (the written documents and payloads; ``--exclude-written`` leaves writers
out), but read as sequences of words: each word its WordLlama token rows summed and scaled to unit length; a
convolution of ``--k`` consecutive words into ``--hidden`` units (relu); each window of ``--window`` words takes
the maximum of every unit; a linear layer scores the windows and a text's logit is its best window's. Trained end
to end on the texts' labels with that maximum in the loss (multiple-instance learning: an injected document only
has to have one window that scores high, a benign one none). The weights are written into the model file exactly
as ``ConvHead`` reads them, and the script checks that numpy and torch agree on a few texts.

``--teacher T.npz`` distils: the head also learns, window by window, the probabilities of ``T``'s head (e.g. an
average of several seeds' heads, ``--seeds``) on the same texts, weighted ``--distill`` against the labels' loss, so
one head of the shipped size carries what the larger ensemble learned. ``--split pieces`` reads Chinese, Japanese
and Thai in pieces of a few characters instead of whole clauses (stored with the head).
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from pathlib import Path
from typing import Any

import numpy as np
import torch

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

import train_semantic  # noqa: E402

from corral.guards.classifier import NgramClassifier  # noqa: E402
from corral.guards.normalize import views  # noqa: E402
from corral.guards.semantic import SPLITS, VECTORS, ConvHead, base, split_words  # noqa: E402

MAX_WORDS = 1024  # longer texts are cut for training (written documents rarely are)


def vocabulary(texts: list[list[str]], vectors: str = "wordllama") -> tuple[dict[str, int], np.ndarray]:
    """Word -> row, and the rows: unit-length summed token rows (row 0: zeros, padding)."""
    table, tok = base(vectors)
    index: dict[str, int] = {}
    for words in texts:
        for w in words:
            if w not in index:
                index[w] = len(index) + 1
    words = list(index)
    vecs = np.zeros((len(words) + 1, table.shape[1]), dtype=np.float32)
    for lo in range(0, len(words), 20_000):
        chunk = words[lo: lo + 20_000]
        enc = [e.ids for e in tok.encode_batch(chunk, add_special_tokens=False)]
        counts = np.array([len(e) for e in enc])
        ids = np.fromiter(itertools.chain.from_iterable(enc), dtype=np.int64, count=int(counts.sum()))
        starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
        rows = np.zeros((len(chunk), table.shape[1]), dtype=np.float32)
        has = counts > 0
        rows[has] = np.add.reduceat(table[ids], starts[has], axis=0)
        vecs[1 + lo: 1 + lo + len(chunk)] = rows
    vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-6)
    return index, vecs


class Net:
    """The torch twin of ``ConvHead``."""

    def __init__(self, vecs: np.ndarray, k: int, hidden: int, window: int, dropout: float, seed: int) -> None:
        torch.manual_seed(seed)
        self.emb = torch.from_numpy(vecs)
        self.k, self.hidden, self.block = k, hidden, max(1, window // 2)
        self.conv = torch.nn.Conv1d(vecs.shape[1], hidden, k)
        self.out = torch.nn.Linear(hidden, 1)
        self.drop = torch.nn.Dropout(dropout)
        self.params = [*self.conv.parameters(), *self.out.parameters()]

    def train(self, flag: bool) -> None:
        self.drop.train(flag)

    def window_logits(self, ids: Any, lengths: Any) -> tuple[Any, Any]:
        """Per text of the batch: every window's logit (B, W) and which windows exist (B, W)."""
        x = self.drop(self.emb[ids])  # (B, L, D); L is a multiple of the block, at least two blocks
        x = torch.nn.functional.pad(x.transpose(1, 2), (0, self.k - 1))  # words past the end are zeros
        h = torch.relu(self.conv(x))  # (B, H, L)
        pos = torch.arange(ids.shape[1])[None, :]
        h = h * (pos < lengths[:, None])[:, None, :]  # positions past the text: 0, neutral for the maximum
        b, hd, length = h.shape
        blocks = h.reshape(b, hd, length // self.block, self.block).amax(dim=3)
        pooled = torch.maximum(blocks[:, :, :-1], blocks[:, :, 1:])  # (B, H, W)
        logits = self.out(pooled.transpose(1, 2)).squeeze(2)
        nb = (lengths + self.block - 1) // self.block
        valid = torch.arange(pooled.shape[2])[None, :] < torch.clamp(nb - 1, min=1)[:, None]
        return logits, valid

    @classmethod
    def from_head(cls, head: ConvHead, vecs: np.ndarray) -> Net:
        """A torch twin of a trained ``ConvHead`` (a teacher), reading the same word vectors."""
        k, _, hidden = head.w1.shape
        net = cls(vecs, k, hidden, head.window, 0.0, 0)
        with torch.no_grad():
            net.conv.weight.copy_(torch.from_numpy(np.ascontiguousarray(head.w1.transpose(2, 1, 0))))
            net.conv.bias.copy_(torch.from_numpy(head.b1))
            net.out.weight.copy_(torch.from_numpy(head.w2)[None, :])
            net.out.bias.fill_(head.b2)
        net.train(False)
        return net

    def head(self, window: int, split: str = "space", vectors: str = "wordllama") -> ConvHead:
        w = self.conv.weight.detach().numpy()  # (H, D, k)
        return ConvHead(np.ascontiguousarray(w.transpose(2, 1, 0)), self.conv.bias.detach().numpy().copy(),
                        self.out.weight.detach().numpy()[0].copy(), float(self.out.bias.item()), window=window,
                        split=split, vectors=vectors)


def batches(seqs: list[np.ndarray], labels: np.ndarray, block: int, size: int, rng: random.Random) -> list[Any]:
    """Batches of similar length (shuffled), padded to a multiple of the block and at least two blocks."""
    order = sorted(range(len(seqs)), key=lambda i: (len(seqs[i]), rng.random()))
    groups = [order[i: i + size] for i in range(0, len(order), size)]
    rng.shuffle(groups)
    out = []
    for g in groups:
        n = max(len(seqs[i]) for i in g)
        length = max(2 * block, -(-n // block) * block)
        ids = np.zeros((len(g), length), dtype=np.int64)
        for r, i in enumerate(g):
            ids[r, : len(seqs[i])] = seqs[i]
        out.append((ids, np.array([len(seqs[i]) for i in g]), labels[g]))
    return out


def train_conv(rows: list[dict[str, Any]], *, window: int = 32, hidden: int = 64, k: int = 3, epochs: int = 14,
               lr: float = 2e-3, decay: float = 1e-4, dropout: float = 0.1, seed: int = 0,
               teacher: ConvHead | None = None, distill: float = 1.0, split: str = "space",
               vectors: str = "wordllama") -> ConvHead:
    texts = [split_words(views(r["text"]).views[0].text, split)[:MAX_WORDS] for r in rows]
    keep = [i for i, t in enumerate(texts) if t]
    index, vecs = vocabulary([texts[i] for i in keep], vectors)
    seqs = [np.array([index[w] for w in texts[i]], dtype=np.int64) for i in keep]
    labels = np.array([rows[i]["label"] != "benign" for i in keep], dtype=np.float32)
    net = Net(vecs, k, hidden, window, dropout, seed)
    if teacher is not None and teacher.window != window:
        raise SystemExit(f"the teacher reads windows of {teacher.window} words, not {window}")
    tnet = Net.from_head(teacher, vecs) if teacher is not None else None
    opt = torch.optim.AdamW(net.params, lr=lr, weight_decay=decay)
    pos_weight = torch.tensor(float((labels == 0).sum() / max(1, labels.sum())))
    rng = random.Random(seed)
    print(f"conv head: {len(seqs)} texts ({int(labels.sum())} injected), {len(index)} distinct words", flush=True)
    for epoch in range(epochs):
        net.train(True)
        total = 0.0
        for ids, lengths, y in batches(seqs, labels, net.block, 32, rng):
            logits, valid = net.window_logits(torch.from_numpy(ids), torch.from_numpy(lengths))
            best = logits.masked_fill(~valid, -1e9).amax(dim=1)
            loss = torch.nn.functional.binary_cross_entropy_with_logits(best, torch.from_numpy(y),
                                                                        pos_weight=pos_weight)
            if tnet is not None:  # every window's probability, as the teacher gives it
                with torch.no_grad():
                    target = torch.sigmoid(tnet.window_logits(torch.from_numpy(ids), torch.from_numpy(lengths))[0])
                soft = torch.nn.functional.binary_cross_entropy_with_logits(logits[valid], target[valid])
                loss = loss + distill * soft
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += loss.item() * len(y)
        print(f"  epoch {epoch + 1}: loss {total / len(seqs):.4f}", flush=True)
    net.train(False)
    head = net.head(window, split, vectors)
    check(net, head, [" ".join(texts[i]) for i in keep[:: max(1, len(keep) // 20)]], index)
    return head


def train_ensemble(rows: list[dict[str, Any]], seeds: int, **kw: Any) -> ConvHead:
    """``seeds`` heads (seeds 0, 1, ...) as one ``ConvHead`` whose window logit is their mean: the units side by
    side, the output layer's weights divided by ``seeds`` (a window's pooled units are per unit, so this is exact)."""
    heads = [train_conv(rows, **{**kw, "seed": kw.get("seed", 0) + s}) for s in range(seeds)]
    if len(heads) == 1:
        return heads[0]
    return ConvHead(np.concatenate([h.w1 for h in heads], axis=2), np.concatenate([h.b1 for h in heads]),
                    np.concatenate([h.w2 for h in heads]) / len(heads), float(np.mean([h.b2 for h in heads])),
                    window=heads[0].window, split=heads[0].split, vectors=heads[0].vectors)


def check(net: Net, head: ConvHead, texts: list[str], index: dict[str, int]) -> None:
    """numpy (the shipped code) and torch agree on the logits of ``texts``."""
    for text in texts:
        ids = np.array([[index[w] for w in split_words(text, head.split)]])
        n = ids.shape[1]
        length = max(2 * net.block, -(-n // net.block) * net.block)
        padded = np.zeros((1, length), dtype=np.int64)
        padded[0, :n] = ids[0]
        with torch.no_grad():
            logits, valid = net.window_logits(torch.from_numpy(padded), torch.tensor([n]))
        ref = float(logits[valid].max())
        got = head.logit(text)
        if abs(ref - got) > 1e-3 * max(1.0, abs(ref)):
            raise SystemExit(f"numpy and torch disagree: {got} against {ref} on {text[:80]!r}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True, help="the n-gram model file to attach the head to (rewritten)")
    ap.add_argument("--out", help="write here instead of --model")
    ap.add_argument("--window", type=int, default=32)
    ap.add_argument("--hidden", type=int, default=64)
    ap.add_argument("--k", type=int, default=3, help="words per convolution")
    ap.add_argument("--epochs", type=int, default=14)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--seeds", type=int, default=1, help="heads trained (seeds --seed, --seed + 1, ...), averaged")
    ap.add_argument("--weight", type=float, default=1.0, help="the head's weight in the model's logit")
    ap.add_argument("--split", choices=SPLITS, default="space",
                    help="words: at whitespace, or Chinese, Japanese and Thai runs in pieces (corral.guards.semantic)")
    ap.add_argument("--vectors", choices=VECTORS, default="wordllama",
                    help="word vectors: WordLlama's (mostly English) or the multilingual pieces (corral.guards.semantic)")
    ap.add_argument("--teacher", help="a model file whose head the new head also learns from, window by window")
    ap.add_argument("--distill", type=float, default=1.0, help="the teacher's loss's weight against the labels'")
    ap.add_argument("--exclude-written", default="", help="written/ writers (stems or globs) to leave out")
    args = ap.parse_args()
    exclude = tuple(x for x in args.exclude_written.split(",") if x)
    rows = train_semantic.training_rows(exclude)
    teacher = None
    if args.teacher:
        teacher = NgramClassifier.load(args.teacher).semantic
        if not isinstance(teacher, ConvHead):
            raise SystemExit(f"{args.teacher} has no convolution head to learn from")
    head = train_ensemble(rows, args.seeds, window=args.window, hidden=args.hidden, k=args.k, epochs=args.epochs,
                          seed=args.seed, teacher=teacher, distill=args.distill, split=args.split,
                          vectors=args.vectors)
    train_semantic.attach_head(args.model, head, args.weight, args.out)


if __name__ == "__main__":
    main()
