"""The compiled BPE (corral.guards._bpe) gives huggingface tokenizers' ids, and the embedder's compiled path the
rows its dict path gives."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest
from tokenizers import Tokenizer
from tokenizers.models import BPE

from corral.guards import _kernels, semantic
from corral.guards._bpe import BpeTables

EVALS = Path(__file__).resolve().parents[1] / "evals" / "guards"
_ODD = "aé漢字😀\u0301\u200b\u2581ɐ\x00\x7f<>/s\u0e01ж\ufffd𝔘"


def _words() -> list[str]:
    """Every distinct word of the eval's tool outputs and tasks, plus random strings of unusual characters."""
    words: dict[str, None] = {}
    for name in ("tool_outputs.jsonl", "direct.jsonl", "valid/tool_outputs.jsonl"):
        for line in (EVALS / name).read_text(encoding="utf-8").splitlines():
            words.update(dict.fromkeys(json.loads(line)["text"].split()))
    rng = random.Random(7)
    for _ in range(3000):
        words[("".join(rng.choices(_ODD, k=rng.randint(1, 14))))] = None
    words.update(dict.fromkeys(["a" * 101, "ab" * 40, "\u2581\u2581x", "x" * 3000, "é" * 300]))
    return [w for w in words if w and not any(t in w for t in ("<s>", "</s>", "<unk>"))]


def _encode(tables: BpeTables, words: list[str]) -> list[list[int]]:
    jit = _kernels.kernels()
    assert jit is not None
    encoded = [w.encode("utf-8") for w in words]
    lens = np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded))
    ends = np.cumsum(lens)
    ids, counts = tables.encode(jit, b"".join(encoded), ends - lens, ends)
    bounds = np.concatenate(([0], np.cumsum(counts)))
    return [ids[a:b].tolist() for a, b in zip(bounds[:-1], bounds[1:], strict=True)]


def test_the_compiled_merges_give_the_tokenizers_ids() -> None:
    _, tok = semantic.base("wordllama")
    tables = BpeTables.from_tokenizer(tok)
    assert tables is not None
    words = _words()
    assert len(words) > 10_000
    expected = [[t.id for t in tok.model.tokenize("\u2581" + w)] for w in words]
    got = _encode(tables, words)
    wrong = [(w, e, g) for w, e, g in zip(words, expected, got, strict=True) if e != g]
    assert not wrong, wrong[:5]
    assert any(len(e) > 1 and e[1] < 259 for e in expected)  # byte fallback was exercised (ids 3..258)


def test_a_tie_between_merges_goes_to_the_leftmost_and_a_stale_merge_is_skipped() -> None:
    # "abc" can be made as (ab, c) or (a, bc): whichever merge happens first decides, and once "ab" is made the
    # pending (b, c) entry is stale and must be dropped, as huggingface's heap does.
    vocab = {c: i for i, c in enumerate(["<unk>", "\u2581", "a", "b", "c", "ab", "bc", "abc", "\u2581a", "\u2581abc"])}
    vocab.update({f"<0x{b:02X}>": 10 + b for b in range(256)})
    merges = [("a", "b"), ("b", "c"), ("ab", "c"), ("a", "bc"), ("\u2581", "a"), ("\u2581", "abc")]
    tok = Tokenizer(BPE(vocab, merges, unk_token="<unk>", byte_fallback=True))
    tables = BpeTables.from_tokenizer(tok)
    assert tables is not None
    words = ["abc", "bca", "abcabc", "cab", "aabbcc", "bbc", "ababab", "é", "cé"]
    assert _encode(tables, words) == [[t.id for t in tok.model.tokenize("\u2581" + w)] for w in words]


def test_models_the_loop_does_not_reproduce_are_left_to_the_tokenizer() -> None:
    vocab = {"<unk>": 0, "\u2581": 1, "a": 2}
    assert BpeTables.from_tokenizer(Tokenizer(BPE(vocab, [], unk_token="<unk>"))) is None  # no byte fallback
    assert BpeTables.from_tokenizer(object()) is None


@pytest.mark.parametrize("width", [None, 8])
def test_the_compiled_path_gives_the_dict_paths_rows(width: int | None, monkeypatch: pytest.MonkeyPatch) -> None:
    table, tok = semantic.base("wordllama")
    table = np.ascontiguousarray(table[:, :64])
    rng = np.random.default_rng(0)
    proj = rng.standard_normal((64, 8)).astype(np.float32)
    transform = (lambda rows: (rows @ proj).astype(np.float32)) if width else None
    fast = semantic.Embedder(table, tok, transform, width)
    monkeypatch.setattr(semantic, "kernels", lambda: None)
    plain = semantic.Embedder(table, tok, transform, width)
    monkeypatch.undo()
    assert fast._table is not None and plain._table is None
    texts = ["approve the refund to IBAN DE89 3704 0044 0532 0130 00", "a <s>token</s> inside words",
             "blob " + "QUJD" * 100 + " end é" * 3, "ünïcödé 数据 😀 \u2581x", "approve approve the the"]
    for text in texts * 2:  # the second time from the cache
        with fast._lock, plain._lock:
            a = fast._sums[fast.text_rows(text)].copy()
            b = plain._sums[plain.text_rows(text)].copy()
        assert a.shape == b.shape and np.allclose(a, b, atol=1e-4), text
    assert fast.row("approve") is not None and fast.row("QUJD" * 100) is None  # long words are never kept
    assert fast.cached == plain.cached
