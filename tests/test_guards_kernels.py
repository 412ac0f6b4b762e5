"""The compiled kernels (numba) give the numpy reference's answers: the same segments, windows and words."""

from __future__ import annotations

import random

import numpy as np
import pytest

from corral.guards import _kernels, classifier, semantic
from corral.guards._wordtable import WordTable
from corral.guards.classifier import load_default, prepare
from corral.guards.normalize import well_formed

_SPACES = "".join(chr(c) for c in range(0x110000) if chr(c).isspace())
_LETTERS = "abcXYZ09éßЖж中文ไทย😀\u00ad\u200b-./'\""


def _texts(seed: int, count: int = 300) -> list[str]:
    rng = random.Random(seed)
    words = ["ignore", "previous", "instructions", "send", "the", "file", "to", "attacker@evil.example", "Invoice",
             "4471", "привет", "数据", "x" * 70, "é" * 40, "wire", "funds"]
    out = ["", " ", "a", "\u3000", "word " * 600]
    for _ in range(count):
        parts = [rng.choice(words) if rng.random() < 0.7 else "".join(rng.choices(_LETTERS, k=rng.randint(1, 9)))
                 for _ in range(rng.randint(1, 400))]
        seps = rng.choices([" ", " ", "\n", "  ", *_SPACES], k=len(parts))
        out.append("".join(p + s for p, s in zip(parts, seps, strict=True)))
    return out


@pytest.fixture
def jit() -> object:
    k = _kernels.kernels()
    assert k is not None, "numba is a core dependency: the kernels must load"
    return k


def test_words_are_cut_where_str_split_cuts(jit: object) -> None:
    table = WordTable(jit)  # type: ignore[arg-type]
    for text in _texts(1) + [_SPACES, "a" + _SPACES + "b", "\u2029x\u0085y\u00a0z\u1680w\u205f"]:
        raw = text.encode("utf-8")
        rows, starts, ends = table.lookup(table.words(raw), len(raw))
        assert [raw[s:e].decode("utf-8") for s, e in zip(starts, ends, strict=True)] == text.split()
        assert (rows == -1).all()


def test_the_word_table_maps_words_to_rows_through_growth_and_clear(jit: object) -> None:
    table = WordTable(jit, entries=4)  # type: ignore[arg-type]
    words = [f"w{i}" for i in range(3000)] + ["é" * 30, "x" * 9, "x" * 8, "x" * 7, "x" * 16, "y" * 17]
    raw = " ".join(words).encode()
    buf = table.words(raw)
    _, starts, ends = table.lookup(buf, len(raw))
    table.add(buf, starts[:1000], ends[:1000], np.arange(1000, dtype=np.int64) + 7)
    table.add(buf, starts[500:], ends[500:], np.arange(500, starts.size, dtype=np.int64) + 7)
    rows, _, _ = table.lookup(buf, len(raw))
    assert (rows == np.arange(starts.size) + 7).all()  # the first mapping kept, every word found after growth
    assert len(table) == starts.size
    other = "x" * 10 + " w30000 " + "é" * 29
    rows, _, _ = table.lookup(table.words(other.encode()), len(other.encode()))
    assert (rows == -1).all()  # a prefix, an extension, a shorter run: none is a word in the table
    table.clear()
    rows, _, _ = table.lookup(buf, len(raw))
    assert (rows == -1).all() and len(table) == 0


def test_text_rows_are_the_rows_of_the_split_words() -> None:
    emb = semantic.embedder(64)
    for text in _texts(2, 60) + ["lone \ud800 surrogate", "x" * 200 + " short"]:
        with emb._lock:
            fast = emb.text_rows(text).copy()
            plain = emb.rows(well_formed(text).split())
            assert np.array_equal(emb._sums[fast], emb._sums[plain])


def test_text_rows_survive_a_cache_reset_midway(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "_CACHE_MAX", 40)
    emb = semantic.Embedder(*semantic.base(), width=None)
    first = " ".join(f"a{i}" for i in range(30))
    second = first + " " + " ".join(f"b{i}" for i in range(30))  # 30 cached hits, 30 new words: a reset
    for text in (first, second, second):
        with emb._lock:
            rows = emb.text_rows(text).copy()
            want = np.array([emb.row(w) for w in text.split()])
            assert np.array_equal(rows, want)


def _numpy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(classifier, "kernels", lambda: None)
    monkeypatch.setattr(semantic, "kernels", lambda: None)


@pytest.mark.parametrize("seed", [3, 4])
def test_the_ngram_kernel_finds_the_numpy_segment(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    model = load_default()
    texts = _texts(seed, 150)
    compiled = [model.best_segment(prepare(t)[0]) for t in texts]
    _numpy(monkeypatch)
    assert [model.best_segment(prepare(t)[0]) for t in texts] == compiled  # same sums, same order: bit for bit


@pytest.mark.parametrize("seed", [5, 6])
def test_the_conv_kernel_finds_the_numpy_window(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    head = load_default().semantic
    assert isinstance(head, semantic.ConvHead)
    texts = _texts(seed, 150)
    compiled = [head._best(t) for t in texts]  # the first read of a word fills the cache
    assert [head._best(t) for t in texts] == compiled  # every word cached: split, lookup and windows in one call
    _numpy(monkeypatch)
    for text, (z, i, j) in zip(texts, compiled, strict=True):
        rz, ri, rj = head._best(text)
        assert z == pytest.approx(rz, abs=1e-4) and (i, j) == (ri, rj)


def test_the_kernels_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    _kernels.kernels.cache_clear()
    monkeypatch.setenv("CORRAL_GUARDS_JIT", "0")
    try:
        assert _kernels.kernels() is None
    finally:
        _kernels.kernels.cache_clear()


def test_prepare_keeps_the_numpy_bytes_and_offsets(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts(7, 100) + ["  lead", "trail  ", "\t\n \r", "Ünïcode  ＦＵＬＬ 123"]
    compiled = [prepare(t) for t in texts]
    _numpy(monkeypatch)
    for text, (b, pos) in zip(texts, compiled, strict=True):
        rb, rpos = prepare(text)
        assert np.array_equal(b, rb) and np.array_equal(pos, rpos)


@pytest.mark.parametrize("ngrams", [(2, 4), (1, 3, 5, 8)])
def test_the_ngram_kernel_reads_any_orders(ngrams: tuple[int, ...], monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(len(ngrams))
    model = classifier.NgramClassifier(rng.normal(size=len(ngrams) << 10).astype(np.float32), -1.0, ngrams=ngrams,
                                       per_byte=-0.05, bits=10, max_len=64)
    texts = _texts(8, 60)
    compiled = [model.best_segment(prepare(t)[0]) for t in texts]
    _numpy(monkeypatch)
    assert [model.best_segment(prepare(t)[0]) for t in texts] == compiled


def test_base64_runs_are_the_matches_re2_finds(jit: object) -> None:
    from corral.guards._patterns import iter_spans
    from corral.guards.normalize import _B64, _B64_BYTES

    rng = random.Random(11)
    alphabet = ["A", "z", "0", "+", "/", "_", "-", "=", "==", "===", " ", ".", "é", "\n"]
    for _ in range(2000):
        data = "".join(rng.choice(alphabet) * rng.randint(1, 12) for _ in range(rng.randint(0, 30))).encode()
        got = jit.runs(np.frombuffer(data, np.uint8), _B64_BYTES, 20, 2).tolist()  # type: ignore[attr-defined]
        assert [tuple(s) for s in got] == list(iter_spans(_B64, data))


def test_token_sums_add_each_words_rows_in_order(jit: object) -> None:
    rng = np.random.default_rng(3)
    table = rng.standard_normal((500, 37)).astype(np.float32) * np.float32(1e3)
    counts = rng.integers(0, 12, size=400).astype(np.int64)
    ids = rng.integers(0, 500, size=int(counts.sum())).astype(np.int64)
    got = jit.token_sums(table, ids, counts)  # type: ignore[attr-defined]
    assert got.dtype == np.float32 and got.shape == (400, 37)
    p = 0
    for w, c in enumerate(counts.tolist()):
        want = np.zeros(37, dtype=np.float32)
        if c:
            want = table[ids[p]].copy()
            for i in range(p + 1, p + c):
                want = want + table[ids[i]]  # float32, left to right
        assert np.array_equal(got[w], want), w
        exact = table[ids[p:p + c]].astype(np.float64).sum(axis=0)
        np.testing.assert_allclose(got[w], exact, rtol=1e-5, atol=1e-2)  # and the old reduceat's, to rounding
        p += c
    assert jit.token_sums(table, ids[:0], counts[:0]).shape == (0, 37)  # type: ignore[attr-defined]


def test_word_tokenizer_gives_encode_batch_ids() -> None:
    _, tok = semantic.base("wordllama")
    fast = semantic._WordTokenizer(tok)
    assert fast._model is not None  # WordLlama's tokenizer takes the fast path
    words = [w for text in _texts(4, 60) for w in text.split()]
    words += ["<s>", "a<s>b", "</s>x", "<unk>", "x y", "▁", "▁▁a", "\u00a0", "ab\u0301", "😀😀", "\x00", "a" * 200]
    rng = random.Random(9)
    words += ["".join(chr(rng.choice([rng.randint(33, 0x24F), rng.randint(0x370, 0x3000),
                                      rng.randint(0x10000, 0x1F9FF)])) for _ in range(rng.randint(1, 12)))
              for _ in range(3000)]
    want = [e.ids for e in tok.encode_batch(words, add_special_tokens=False)]
    assert fast.ids(words) == want


def test_word_tokenizer_falls_back_for_other_tokenizers() -> None:
    from tokenizers import Tokenizer, normalizers, pre_tokenizers
    from tokenizers.models import WordLevel

    tok = Tokenizer(WordLevel({"[UNK]": 0, "hello": 1, "world": 2}, unk_token="[UNK]"))
    tok.normalizer = normalizers.Lowercase()
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    fast = semantic._WordTokenizer(tok)
    assert fast._model is None
    assert fast.ids(["Hello", "WORLD", "x"]) == [[1], [2], [0]]
