"""Hand-written realistic tool outputs for TRAINING the injection classifier (``written/*.py``).

Each file in ``written/`` was written for corral by a separate writer (an assistant session briefed only with
the genre and the kinds of benign and injected text wanted, see ``written/BRIEFS.md``; it saw no eval set, no
detector and no dataset).
A file defines ``DOCS`` (whole documents: benign, many of them hard negatives, and documents with an injection
woven in) and ``PAYLOADS`` (stand-alone injection texts that the training script inserts into benign
documents). The texts are released under the project's licence (Apache-2.0); all names, addresses and numbers
are fictional. AgentDojo and BIPIA were not used.

``load()`` gives every document and payload a ``split``: about one in five is ``val`` (chosen by a hash of the
text), never trained on, so that the training script can report figures on realistic text it did not see.
"""

from __future__ import annotations

import fnmatch
import hashlib
import runpy
from collections.abc import Collection
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FOLDER = HERE / "written"


def _split(text: str) -> str:
    return "val" if int(hashlib.sha256(text.encode()).hexdigest(), 16) % 5 == 0 else "train"


def matches(stem: str, patterns: Collection[str]) -> bool:
    """Whether a writer (file stem) is one of ``patterns`` (stems or globs such as ``r8*``)."""
    return any(fnmatch.fnmatchcase(stem, pattern) for pattern in patterns)


def load(folder: Path = FOLDER, exclude: Collection[str] = ()) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(documents, payloads) from every ``written/*.py`` except the files named in ``exclude`` (stems, e.g.
    ``r3c_social``, or globs, e.g. ``r8*``); rows carry ``source`` (the file) and ``split``."""
    docs: list[dict[str, Any]] = []
    payloads: list[dict[str, Any]] = []
    for path in sorted(folder.glob("*.py")):
        if matches(path.stem, exclude):
            continue
        data = runpy.run_path(str(path))
        for d in data.get("DOCS", []):
            text = str(d.get("text", "")).strip("\n")
            if len(text) < 20 or d.get("label") not in ("benign", "injection"):
                continue
            docs.append({**d, "text": text, "source": f"written/{path.stem}", "split": _split(text)})
        for p in data.get("PAYLOADS", []):
            text = str(p.get("text", "")).strip()
            if len(text) >= 10:
                payloads.append({**p, "text": text, "source": f"written/{path.stem}", "split": _split(text)})
    return docs, payloads


if __name__ == "__main__":
    ds, ps = load()
    by: dict[tuple[str, str], int] = {}
    for d in ds:
        key = (d["source"], d["label"])
        by[key] = by.get(key, 0) + 1
    for (src, label), n in sorted(by.items()):
        print(f"{src:28} {label:10} {n:4}")
    print(f"documents {len(ds)}, payloads {len(ps)}")
