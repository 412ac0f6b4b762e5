"""Build ``blind3/tool_outputs.jsonl`` from the writers' files in this folder (``b3*.py``), as ``blind2/`` is built.

    python evals/guards/blind3/build.py

Prints counts only: the texts of this set are not to be read (see README.md). Deterministic.
"""

from __future__ import annotations

import runpy
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
_BLIND2 = runpy.run_path(str(HERE.parent / "blind2" / "build.py"), run_name="blind2_build")


def build(folder: Path = HERE) -> list[dict[str, Any]]:
    """The set's rows, in writer-file order: every document of 20 characters or more with a known label."""
    rows: list[dict[str, Any]] = _BLIND2["build"](folder, "blind3", "b3")
    return rows


if __name__ == "__main__":
    _BLIND2["write"](build(), HERE)
