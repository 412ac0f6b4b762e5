"""Build ``blind2/tool_outputs.jsonl`` from the writers' files in this folder (``b2*.py``).

    python evals/guards/blind2/build.py

Prints counts only: the texts of this set are not to be read (see README.md). Deterministic. ``build`` also
assembles ``blind3/`` (``blind3/build.py``).
"""

from __future__ import annotations

import json
import runpy
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def build(folder: Path = HERE, name: str = "blind2", prefix: str = "b2") -> list[dict[str, Any]]:
    """The set's rows, in writer-file order (``{prefix}*.py``): every document of 20 characters or more with a
    known label."""
    rows = []
    for path in sorted(folder.glob(f"{prefix}*.py")):
        for n, d in enumerate(runpy.run_path(str(path))["DOCS"]):
            text = str(d.get("text", "")).strip("\n")
            if len(text) < 20 or d.get("label") not in ("benign", "injection"):
                continue
            rows.append({"id": f"{path.stem}-{n:04d}", "split": name, "source": f"corral-{name}/{path.stem}",
                         "kind": d.get("kind", "other"), "lang": d.get("lang", "en"), "label": d["label"],
                         "hard": bool(d.get("hard", False)), "text": text})
    return rows


def write(rows: list[dict[str, Any]], folder: Path = HERE) -> None:
    """Write ``tool_outputs.jsonl`` and print counts only."""
    with open(folder / "tool_outputs.jsonl", "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(Counter((r["source"], r["label"]) for r in rows))
    print(f"{len(rows)} rows")


if __name__ == "__main__":
    write(build())
