"""A word -> row index that compiled code reads: the semantic layer's word cache, looked up from UTF-8 bytes.

:class:`corral.guards.semantic.Embedder` keeps its cache as a dict from word to row; splitting 10 KB into
``str`` words and looking each up costs more than the model itself. This table holds the same map, keyed by the
words' UTF-8 bytes (kept in an arena and compared in full, so a hash collision costs a probe, never a wrong row),
and the kernels in :mod:`corral.guards._kernels` split the text and look every word up in one pass. Words it
lacks go through the embedder's own path (tokenized, cached) and are added here.
"""

from __future__ import annotations

from types import ModuleType

import numpy as np
import numpy.typing as npt

__all__ = ["WordTable"]

I64 = npt.NDArray[np.int64]


class WordTable:
    """Open addressing over word bytes, at most half full. Not thread-safe: the embedder's lock guards it.
    Bytes live in uint64 words (texts and the arena alike) so the kernels read eight at a time."""

    def __init__(self, jit: ModuleType, entries: int = 1024) -> None:
        self.jit = jit
        self._alloc(entries, arena=16 * entries)

    def _alloc(self, entries: int, arena: int) -> None:
        self.slots = np.full(2 * _pow2(entries), -1, dtype=np.int64)
        self.hashes = np.zeros(entries, dtype=np.uint64)
        self.offs = np.zeros(entries, dtype=np.int64)
        self.lens = np.zeros(entries, dtype=np.int64)
        self.rows = np.zeros(entries, dtype=np.int64)
        self.arena = np.zeros(arena // 8 + 2, dtype=np.uint64)  # a spare word past the last byte
        self.count = 0
        self.used = 0

    def clear(self) -> None:
        self.slots.fill(-1)
        self.count = self.used = 0

    def __len__(self) -> int:
        return self.count

    @staticmethod
    def words(raw: bytes) -> npt.NDArray[np.uint64]:
        """UTF-8 bytes as the kernels read them: uint64 words, zero-padded, a spare word at the end."""
        buf = np.zeros(len(raw) // 8 + 2, dtype=np.uint64)
        buf.view(np.uint8)[: len(raw)] = np.frombuffer(raw, dtype=np.uint8)
        return buf

    def lookup(self, buf: npt.NDArray[np.uint64], n: int) -> tuple[I64, I64, I64]:
        """The words of the first ``n`` bytes of ``buf`` (``str.split()``'s): their rows (-1: not in the table),
        and their [start, end) byte offsets."""
        rows, starts, ends = self.jit.split_lookup(buf, n, self.slots, self.hashes, self.offs, self.lens,
                                                   self.arena, self.rows)
        return rows, starts, ends

    def conv(self, buf: npt.NDArray[np.uint64], n: int, flat: npt.NDArray[np.float32], k: int, window: int,
             w2: npt.NDArray[np.float32]) -> tuple[float, int, int] | None:
        """A convolution head's best window over the words of the first ``n`` bytes of ``buf`` (``flat``: the
        embedder's cached rows as (words * k, hidden)): its logit without the bias and [start, end) words, or
        None when a word is not in the table."""
        found, z, i, j, _, _, _ = self.jit.conv_text(buf, n, self.slots, self.hashes, self.offs, self.lens,
                                                     self.arena, self.rows, flat, k, window, w2)
        return (float(z), int(i), int(j)) if found else None

    def add(self, buf: npt.NDArray[np.uint64], starts: I64, ends: I64, rows: I64) -> None:
        """Map each word (bytes ``starts[i]:ends[i]`` of ``buf``) to ``rows[i]`` (words already present keep
        theirs)."""
        need, size = self.count + starts.size, int((ends - starts).sum())
        if need > self.hashes.size or 2 * need > self.slots.size or self.used + size > 8 * (self.arena.size - 2):
            self._grow(need, self.used + size)
        self.count, self.used = self.jit.insert(buf, starts, ends, rows, self.slots, self.hashes, self.offs,
                                                self.lens, self.arena, self.rows, self.count, self.used)

    def _grow(self, entries: int, arena: int) -> None:
        offs, lens = self.offs[: self.count].copy(), self.lens[: self.count].copy()
        rows, old = self.rows[: self.count].copy(), self.arena
        self._alloc(max(entries, 2 * self.hashes.size), max(arena, 16 * (self.arena.size - 2)))
        if offs.size:  # re-insert the old words from their own bytes
            self.add(old, offs, offs + lens, rows)


def _pow2(n: int) -> int:
    return 1 << max(4, (n - 1).bit_length())
