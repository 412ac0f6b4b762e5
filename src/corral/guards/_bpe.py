"""A Llama-style BPE tokenizer's model as arrays, for the compiled merge loop (:func:`corral.guards._jit.bpe_ids`).

The semantic head tokenizes each word it has not seen before (about 450 new words in 10 KB of new tool output).
huggingface tokenizers' ``model.tokenize`` costs about 2 µs a word from Python (a ``Token`` object per token);
the same merges over arrays, for all the new words of a text in one compiled call, cost a tenth of that. Only the
model corral uses is taken (byte fallback, no unknown token reached, no dropout, no subword prefix or suffix, no
``ignore_merges``): for any other, :meth:`BpeTables.from_tokenizer` returns None and the tokenizer itself runs.
``tests/test_guards_bpe.py`` holds the two to the same ids.
"""

from __future__ import annotations

import json
from types import ModuleType
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["BpeTables"]

I64 = npt.NDArray[np.int64]
_MULT = 0x9E3779B97F4A7C15  # corral.guards._jit.mult: the tables' hash


def _table(items: dict[int, int]) -> I64:
    """Open addressing at most half full, probed as ``corral.guards._jit._find`` probes: rows of (key, value),
    key -1 for an empty slot."""
    size = 16
    while size < 2 * len(items):
        size *= 2
    keys, values = [-1] * size, [-1] * size
    mask = size - 1
    for key, value in items.items():
        i = ((key * _MULT) & 0xFFFFFFFFFFFFFFFF) >> 32 & mask
        while keys[i] >= 0:
            i = (i + 1) & mask
        keys[i], values[i] = key, value
    return np.array([keys, values], dtype=np.int64).T.copy()


class BpeTables:
    """A BPE model's single characters, byte-fallback tokens and merges, as the compiled loop reads them."""

    def __init__(self, prefix: int, chars: dict[int, int], byte_ids: list[int],
                 merges: dict[tuple[int, int], tuple[int, int]]) -> None:
        self.prefix = prefix
        self.chars = _table(chars)
        self.byte_ids = np.asarray(byte_ids, dtype=np.int64)
        self.pairs = _table({(a << 32) | b: (rank << 32) | new for (a, b), (rank, new) in merges.items()})

    @classmethod
    def from_tokenizer(cls, tokenizer: Any, prefix: str = "\u2581") -> BpeTables | None:
        """The tables of a ``tokenizers.Tokenizer`` whose model this loop reproduces (see the module), or None."""
        try:
            model = json.loads(tokenizer.to_str())["model"]
        except (AttributeError, TypeError, ValueError, KeyError):
            return None
        if (model.get("type") != "BPE" or model.get("dropout") is not None or not model.get("byte_fallback")
                or model.get("continuing_subword_prefix") or model.get("end_of_word_suffix")
                or model.get("ignore_merges")):
            return None
        vocab: dict[str, int] = model["vocab"]
        byte_ids = [vocab.get(f"<0x{b:02X}>", -1) for b in range(256)]
        if min(byte_ids) < 0 or prefix not in vocab:  # a character could fall to the unknown token
            return None
        merges: dict[tuple[int, int], tuple[int, int]] = {}
        for rank, merge in enumerate(model["merges"]):
            a, b = merge.split(" ", 1) if isinstance(merge, str) else merge
            if a not in vocab or b not in vocab or a + b not in vocab:
                return None  # the tokenizer itself refuses such a model
            merges[(vocab[a], vocab[b])] = (rank, vocab[a + b])  # a repeated pair: the last one, as a map keeps
        chars = {ord(tok): i for tok, i in vocab.items() if len(tok) == 1}
        return cls(vocab[prefix], chars, byte_ids, merges)

    def encode(self, jit: ModuleType, data: bytes, starts: I64, ends: I64) -> tuple[I64, I64]:
        """The tokens of prefix + each word (bytes [starts[i], ends[i]) of ``data``): all ids in order, and each
        word's count."""
        ids, counts = jit.bpe_ids(np.frombuffer(data, dtype=np.uint8), starts, ends, self.prefix, self.chars,
                                  self.byte_ids, self.pairs)
        return ids, counts
