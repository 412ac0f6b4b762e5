"""How many rows of an eval set share a run of words with the training documents (``train/written/``).

    python evals/guards/overlap.py blind3            # runs of 15, 20 and 30 words

Prints counts only (per label), never text: the blind sets are not to be read. A row counts at a run length when
some run of that many consecutive words (lower-cased, split on whitespace) also occurs in a written document or
payload. Writers reach for the same boilerplate (footers, disclaimers, licences), so a few short overlaps are
expected; long ones would mean a text was copied.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
sys.path.insert(0, str(HERE / "train"))

import written  # noqa: E402

from corral.guards.evaluate import load_jsonl  # noqa: E402

LENGTHS = (15, 20, 30)


def _runs(text: str, n: int) -> set[int]:
    words = text.lower().split()
    return {hash(" ".join(words[i:i + n])) for i in range(len(words) - n + 1)}


def _rows(folder: Path) -> list[dict[str, Any]]:
    return [r for path in sorted(folder.glob("tool_outputs.jsonl*")) for r in load_jsonl(path)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("set", help="a folder under evals/guards (e.g. blind3)")
    args = ap.parse_args()
    rows = _rows(HERE / args.set)
    if not rows:
        sys.exit(f"no tool_outputs.jsonl[.gz] under {HERE / args.set}")
    docs, payloads = written.load()
    corpus = [str(d["text"]) for d in (*docs, *payloads)]
    print(f"{len(rows)} rows of {args.set} against {len(corpus)} written texts")
    for n in LENGTHS:
        seen: set[int] = set()
        for text in corpus:
            seen |= _runs(text, n)
        hits = Counter(r["label"] for r in rows if _runs(str(r["text"]), n) & seen)
        print(f"  run of {n} words: {sum(hits.values())} rows ({dict(sorted(hits.items()))})")


if __name__ == "__main__":
    main()
