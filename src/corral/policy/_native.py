"""Load order of native libraries that clash when loaded the wrong way round.

torch (seen with the 2.13 CPU wheel) aborts the process at import (``munmap_chunk(): invalid pointer``,
``double free or corruption``) when regopy's native library is already loaded: the two ship clashing C++
runtimes. The other order works. presidio-analyzer imports torch whenever it is installed (to pick a device),
so in an environment that has torch, corral would crash as soon as its guards loaded after its policy engine.
Importing this module before regopy loads torch first, if it is installed and not loaded yet; without torch it
costs nothing.
"""

from __future__ import annotations

import importlib.util
import sys


def torch_before_regopy() -> bool:
    """Import torch if it is installed and not loaded yet; whether this call loaded it."""
    if "torch" in sys.modules or "regopy" in sys.modules or importlib.util.find_spec("torch") is None:
        return False
    importlib.import_module("torch")
    return True


torch_before_regopy()
