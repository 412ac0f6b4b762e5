"""Compiled inner loops for the packaged injection classifier (numba), one pass each with no temporaries.

The numpy code in :mod:`corral.guards.classifier` and :mod:`corral.guards.semantic` is the reference: each kernel
(:mod:`corral.guards._jit`) computes the same thing in one fused loop (hash, gather, sum and maximum-subarray
search for the n-gram model; word split, cache lookup, shifted sums, block maxima and window logits for the
convolution head), which takes a 10 KB text from about a millisecond of numpy calls to a fraction of that. Sums
run in the same order and precision as the numpy code (float32), so the two agree to rounding;
``tests/test_guards_kernels.py`` holds them to it.

numba compiles the kernels on their first call and caches the machine code beside them (or in a user-wide cache
where that is not writable), so only the first process on a new install pays the compile (about 10 s on two
cores); later processes load it in well under a second. ``kernels()`` returns ``None`` when numba is missing or
``CORRAL_GUARDS_JIT=0``: the numpy code runs instead. The kernels release the GIL, so scans on several threads run
in parallel.
"""

from __future__ import annotations

import logging
import os
import sys
from functools import lru_cache
from pathlib import Path
from types import ModuleType

__all__ = ["kernels"]


@lru_cache(maxsize=1)
def kernels() -> ModuleType | None:
    """The compiled kernels, or ``None`` (numba missing, or ``CORRAL_GUARDS_JIT=0``): the numpy code runs."""
    if os.environ.get("CORRAL_GUARDS_JIT", "1") == "0" or sys.byteorder != "little":  # load8 reads little-endian
        return None
    try:
        from corral.guards import _jit
    except ImportError:
        return None
    cache = Path(_jit.__file__).parent / "__pycache__"
    if os.access(cache if cache.is_dir() else cache.parent, os.W_OK) and not any(cache.glob("_jit.*.nbi")):
        logging.getLogger("corral.guards").warning(
            "compiling the guards' kernels (numba; once per install, about 15 s on two cores)")
    return _jit
