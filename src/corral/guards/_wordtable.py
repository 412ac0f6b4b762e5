"""A word -> row index that compiled code reads: the semantic layer's word cache, looked up from UTF-8 bytes.

:class:`corral.guards.semantic.Embedder` keeps its cache as a dict from word to row; splitting 10 KB into
``str`` words and looking each up costs more than the model itself. This table holds the same map, keyed by the
words' UTF-8 bytes (kept in an arena and compared in full, so a hash collision costs a probe, never a wrong row),
and the kernels in :mod:`corral.guards._kernels` split the text and look every word up in one pass. Words it
lacks go through the embedder's own path (tokenized, cached) and are added here.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import numpy.typing as npt

__all__ = ["WordTable"]

I64 = npt.NDArray[np.int64]


class WordTable:
    """Open addressing over word bytes (FNV-1a), at most half full. Not thread-safe: the embedder's lock
    guards it."""

    def __init__(self, jit: SimpleNamespace, entries: int = 1024) -> None:
        self.jit = jit
        self._alloc(entries, arena=16 * entries)

    def _alloc(self, entries: int, arena: int) -> None:
        self.slots = np.full(2 * _pow2(entries), -1, dtype=np.int64)
        self.hashes = np.zeros(entries, dtype=np.uint64)
        self.offs = np.zeros(entries, dtype=np.int64)
        self.lens = np.zeros(entries, dtype=np.int64)
        self.rows = np.zeros(entries, dtype=np.int64)
        self.arena = np.zeros(arena, dtype=np.uint8)
        self.count = 0
        self.used = 0

    def clear(self) -> None:
        self.slots.fill(-1)
        self.count = self.used = 0

    def __len__(self) -> int:
        return self.count

    def split(self, data: npt.NDArray[np.uint8]) -> tuple[I64, I64]:
        """[start, end) byte offsets of ``str.split()``'s words in UTF-8 ``data``."""
        starts, ends = self.jit.word_bounds(data)
        return starts, ends

    def lookup(self, data: npt.NDArray[np.uint8], starts: I64, ends: I64) -> I64:
        """Per word: its row, or -1."""
        out: I64 = self.jit.lookup(data, starts, ends, self.slots, self.hashes, self.offs, self.lens, self.arena,
                                   self.rows)
        return out

    def add(self, data: npt.NDArray[np.uint8], starts: I64, ends: I64, rows: I64) -> None:
        """Map each word ``data[starts[i]:ends[i]]`` to ``rows[i]`` (words already present keep theirs)."""
        need, size = self.count + starts.size, int((ends - starts).sum())
        if need > self.hashes.size or 2 * need > self.slots.size or self.used + size > self.arena.size:
            self._grow(need, self.used + size)
        self.count, self.used = self.jit.insert(data, starts, ends, rows, self.slots, self.hashes, self.offs,
                                                self.lens, self.arena, self.rows, self.count, self.used)

    def _grow(self, entries: int, arena: int) -> None:
        old = (self.hashes[: self.count], self.offs[: self.count], self.lens[: self.count],
               self.rows[: self.count], self.arena[: self.used])
        self._alloc(max(entries, 2 * self.hashes.size), max(arena, 2 * self.arena.size))
        _, offs, lens, rows, arena_bytes = old
        if offs.size:  # re-insert the old words from their own bytes
            self.add(arena_bytes, offs, offs + lens, rows)


def _pow2(n: int) -> int:
    return 1 << max(4, (n - 1).bit_length())
