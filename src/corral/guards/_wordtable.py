"""A word -> row index that compiled code reads: the semantic layer's word cache, looked up from UTF-8 bytes.

:class:`corral.guards.semantic.Embedder` caches a row per word; splitting 10 KB into ``str`` words and looking
each up in a dict costs more than the model itself. With numba, this table is the cache's map, keyed by the
words' UTF-8 bytes (kept in an arena and compared in full, so a hash collision costs a probe, never a wrong row),
and the kernels in :mod:`corral.guards._kernels` split the text and look every word up in one pass. Words it
lacks are given the next free rows and added in one more (:meth:`WordTable.claim`); the embedder then tokenizes
just those (:mod:`corral.guards._bpe`).
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

    def rows_at(self, buf: npt.NDArray[np.uint64], starts: I64, ends: I64) -> I64:
        """The rows of the words at bytes [starts[i], ends[i]) of ``buf`` (-1: not in the table)."""
        return self.jit.lookup_spans(buf, starts, ends, self.slots, self.hashes, self.offs,  # type: ignore[no-any-return]
                                     self.lens, self.arena, self.rows)

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
        self._claim(buf, starts, ends, rows, 0)

    def claim(self, buf: npt.NDArray[np.uint64], starts: I64, ends: I64, next_row: int) -> tuple[I64, I64, int]:
        """Each word's row, a word not in the table taking the next free row from ``next_row`` on (and added):
        the rows, the indices of the words added (their rows are consecutive, in order) and the next free row."""
        return self._claim(buf, starts, ends, np.empty(0, dtype=np.int64), next_row)

    def _claim(self, buf: npt.NDArray[np.uint64], starts: I64, ends: I64, given: I64, next_row: int
               ) -> tuple[I64, I64, int]:
        self._reserve(starts, ends)
        rows, added, self.count, self.used, next_row = self.jit.claim(
            buf, starts, ends, given, self.slots, self.hashes, self.offs, self.lens, self.arena, self.rows,
            self.count, self.used, next_row)
        return rows, added, int(next_row)

    def _reserve(self, starts: I64, ends: I64) -> None:
        """Room for every word [starts[i], ends[i]) to be added."""
        need, size = self.count + starts.size, int((ends - starts).sum())
        if need > self.hashes.size or 2 * need > self.slots.size or self.used + size > 8 * (self.arena.size - 2):
            self._grow(need, self.used + size)

    def _grow(self, entries: int, arena: int) -> None:
        offs, lens = self.offs[: self.count].copy(), self.lens[: self.count].copy()
        rows, old = self.rows[: self.count].copy(), self.arena
        self._alloc(max(entries, 2 * self.hashes.size), max(arena, 16 * (self.arena.size - 2)))
        if offs.size:  # re-insert the old words from their own bytes
            self.add(old, offs, offs + lens, rows)


def _pow2(n: int) -> int:
    return 1 << max(4, (n - 1).bit_length())
