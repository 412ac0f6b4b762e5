"""A semantic layer for the injection classifier: static token embeddings, a small network over word windows.

The n-gram model (:mod:`corral.guards.classifier`) knows surface forms; it cannot tell that "wire the balance to"
and "transfer the remaining funds to" ask for the same thing. This layer reads the text as WordLlama's static token
embeddings (the ``wordllama`` package: a Llama-2 tokenizer and 256-dimensional token vectors trained for semantic
similarity, 16 MB of weights inside its wheel; nothing is downloaded) and scores windows of ``window`` words
(stride ``window // 2``) with a one-hidden-layer network: ``w2 . relu(W1 . unit(mean(embeddings)) + b1) + b2``.
The text's logit is its best window's. WordLlama's vectors are trained Matryoshka-style, so their first ``dims``
coordinates are an embedding of their own: the head may read 64 or 128 of them.

Fast enough for every tool result: words are tokenized once per process (a bounded cache of word -> summed
rows), and a 10 KB text costs one gather, block sums over its words and two small matrix products.
"""

from __future__ import annotations

import itertools
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["Embedder", "SemanticHead", "embedder", "window_sums", "word_windows"]

F32 = npt.NDArray[np.float32]
_WORD = re.compile(r"\S+")
_CACHE_MAX = 32_768  # distinct words cached per process (1 KB each at 256 dimensions: 32 MB at most)
_LONG_WORD = 64  # longer words are not cached (their keys would make the cache's memory unbounded)


class Embedder:
    """Words -> summed token rows of WordLlama's table (its first ``dims`` coordinates), with a per-process word
    cache. Only directions matter downstream (windows are scaled to unit length), so no token counts are kept."""

    def __init__(self, table: F32, tokenizer: Any) -> None:
        self.table = np.ascontiguousarray(table, dtype=np.float32)
        self.tokenizer = tokenizer
        self._sums = np.zeros((1024, self.table.shape[1]), dtype=np.float32)  # rows: cached words (capacity doubles)
        self._index: dict[str, int] = {"": 0}  # row 0 stays zero: padding
        self._lock = threading.Lock()  # the cache grows and is reset in place: one text at a time

    def _write(self, words: list[str]) -> int:
        """Tokenize ``words`` into the rows after the cached ones (growing the table); returns the first row."""
        n = len(self._index)
        if n + len(words) > self._sums.shape[0]:
            size = max(2 * self._sums.shape[0], n + len(words))
            self._sums = np.concatenate((self._sums[:n], np.zeros((size - n, self.table.shape[1]), np.float32)))
        if not words:
            return n
        encoded = [enc.ids for enc in self.tokenizer.encode_batch(words, add_special_tokens=False)]
        counts = np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded))
        ids = np.fromiter(itertools.chain.from_iterable(encoded), dtype=np.int64, count=int(counts.sum()))
        starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
        rows = np.zeros((len(words), self.table.shape[1]), dtype=np.float32)
        has = counts > 0
        if ids.size:  # one gather and one segmented sum for all the new words
            rows[has] = np.add.reduceat(self.table[ids], starts[has], axis=0)
        self._sums[n: n + len(words)] = rows
        return n

    def rows(self, words: list[str]) -> npt.NDArray[np.int64]:
        """The cache rows of ``words`` (tokenizing those not seen yet); callers hold the lock. Words longer than
        ``_LONG_WORD`` characters (blobs, long URLs) are tokenized every time and never kept, so the cache's
        memory stays bounded whatever the texts hold."""
        try:
            return np.fromiter(map(self._index.__getitem__, words), dtype=np.int64, count=len(words))
        except KeyError:
            missing = [w for w in dict.fromkeys(words) if w not in self._index]
            short = [w for w in missing if len(w) <= _LONG_WORD]
            if len(self._index) + len(short) > _CACHE_MAX:  # full: start again with this text's words
                self._index = {"": 0}
                short = [w for w in dict.fromkeys(words) if len(w) <= _LONG_WORD]
            first = self._write(short)
            self._index.update((w, first + i) for i, w in enumerate(short))
            long = [w for w in missing if len(w) > _LONG_WORD]
            first = self._write(long)  # rows past the cached ones: overwritten by the next text's new words
            scratch = {w: first + i for i, w in enumerate(long)}
            index = self._index
            return np.fromiter((index[w] if w in index else scratch[w] for w in words), dtype=np.int64,
                               count=len(words))

    def words(self, text: str) -> F32:
        """Per word (``text.split()``) of ``text``: its summed token rows."""
        with self._lock:
            rows = self.rows(text.split())  # may grow the cache: index the grown array
            return self._sums[rows]

    def block_sums(self, text: str, block: int) -> tuple[F32, int]:
        """Summed token rows of consecutive blocks of ``block`` words (the last block may be shorter), and the
        number of words."""
        with self._lock:
            rows = self.rows(text.split())
            n = rows.size
            nb = max(1, -(-n // block))
            padded = np.zeros(nb * block, dtype=np.int64)  # row 0: zeros
            padded[:n] = rows
            gathered = np.take(self._sums, padded, axis=0)
        ones = np.ones(block, dtype=np.float32)
        sums: F32 = np.matmul(ones, gathered.reshape(nb, block, -1))  # faster than .sum(axis=1)
        return sums, n


def word_windows(n: int, window: int) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """[start, end) word indices of the windows over ``n`` words: two consecutive blocks of ``window // 2`` words
    each (the last block may be shorter); one window if the text has at most ``window`` words."""
    if n <= window:
        return np.array([0]), np.array([n])
    stride = max(1, window // 2)
    starts = np.arange(0, n, stride)[:-1]
    return starts, np.minimum(starts + 2 * stride, n)


def window_sums(sums: F32, window: int) -> tuple[F32, npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """From per-word rows: the summed token rows of every word window (rows: windows), with the windows' bounds
    (what :meth:`SemanticHead.best` reads, from block sums; training reads it from here)."""
    n = sums.shape[0]
    starts, ends = word_windows(n, window)
    if starts.size == 1:
        return sums.sum(axis=0, keepdims=True), starts, ends
    block = max(1, window // 2)
    nb = -(-n // block)
    padded = np.zeros((nb * block, sums.shape[1]), dtype=np.float32)
    padded[:n] = sums
    blocks = padded.reshape(nb, block, -1).sum(axis=1)
    return blocks[:-1] + blocks[1:], starts, ends


@dataclass(frozen=True, slots=True)
class WindowHit:
    logit: float
    start: int  # char offsets
    end: int


class SemanticHead:
    """The network over word windows. ``w1`` is (dims, hidden): it reads the first ``dims`` coordinates."""

    def __init__(self, w1: F32, b1: F32, w2: F32, b2: float, *, window: int) -> None:
        self.w1 = np.asarray(w1, dtype=np.float32)
        self.b1 = np.asarray(b1, dtype=np.float32)
        self.w2 = np.asarray(w2, dtype=np.float32)
        self.b2 = float(b2)
        self.window = int(window)
        self.embed = embedder(self.w1.shape[0])

    def best(self, text: str) -> WindowHit:
        """The best window's logit and its char offsets in ``text``."""
        z, i, j = self._best(text)
        if j == 0:
            return WindowHit(z, 0, 0)
        matches = list(_WORD.finditer(text))
        return WindowHit(z, matches[i].start(), matches[j - 1].end())

    def _best(self, text: str) -> tuple[float, int, int]:
        block = max(1, self.window // 2)
        sums, n = self.embed.block_sums(text, block)
        if n == 0:
            return float(self.w2 @ np.maximum(self.b1, 0.0)) + self.b2, 0, 0
        starts, ends = word_windows(n, self.window)
        pair = sums.sum(axis=0, keepdims=True) if starts.size == 1 else sums[:-1] + sums[1:]
        # unit(window) @ w1 == (window @ w1) / |window|: the division runs on the hidden units
        hidden = pair @ self.w1
        hidden /= np.maximum(np.sqrt(np.einsum("ij,ij->i", pair, pair)), 1e-6)[:, None]
        logits = np.maximum(hidden + self.b1, 0.0) @ self.w2
        j = int(np.argmax(logits))
        return float(logits[j]) + self.b2, int(starts[j]), int(ends[j])

    def logit(self, text: str) -> float:
        return self._best(text)[0]


def _assets() -> tuple[Path, Path]:
    try:
        import wordllama
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise RuntimeError("the semantic layer needs the 'wordllama' package: pip install wordllama") from exc
    root = Path(wordllama.__file__).resolve().parent
    return root / "weights" / "l2_supercat_256.safetensors", root / "tokenizers" / "l2_supercat_tokenizer_config.json"


@lru_cache(maxsize=1)
def _base() -> tuple[F32, Any]:
    """WordLlama's 256-dimensional token table and its tokenizer, read from the installed package's files."""
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    weights, tokenizer = _assets()
    table = load_file(str(weights))["embedding.weight"].astype(np.float32)
    tok = Tokenizer.from_file(str(tokenizer))
    tok.no_padding()
    tok.no_truncation()
    return table, tok


_EMBEDDERS: dict[int, Embedder] = {}


def embedder(dims: int = 256) -> Embedder:
    """An embedder over the first ``dims`` coordinates of the table, shared per process."""
    emb = _EMBEDDERS.get(dims)
    if emb is None:
        table, tok = _base()
        if not 1 <= dims <= table.shape[1]:
            raise ValueError(f"dims must be 1..{table.shape[1]}")
        emb = _EMBEDDERS[dims] = Embedder(np.ascontiguousarray(table[:, :dims]), tok)
    return emb
