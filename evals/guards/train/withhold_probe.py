"""Round 60: what a long blocked tool output gives the model when only its suspicious parts are withheld.

    python evals/guards/train/withhold_probe.py [--writers 'r22*,r23*,r24*,r25*'] [--per-writer 4] [--seed 60]

10 KB composites of each writer's own documents, built as round 59's (``window_cap.py``): an injected composite
holds exactly one injected document at a random place among benign ones, a benign composite none. Each is passed
through ``GuardSet.check_tool_result`` (the default injection filter) with ``withhold: all`` (the shipped
behaviour) and ``withhold: parts`` (``corral.guards.withhold``). Prints, per mode: the share of the benign
composites' characters that reach the model, how many benign composites are withheld whole, and how many injected
composites deliver any of their injected document's text to the model.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "src"))
sys.path.insert(0, str(HERE))

import written  # noqa: E402
from window_cap import composites  # noqa: E402

from corral.guards import build_guards  # noqa: E402


def delivered(guards: Any, text: str, span: tuple[int, int] | None) -> tuple[int, bool]:
    """Characters of ``text`` that reach the model, and whether any of ``span``'s does."""
    _, results = guards.check_tool_result("fetch", text)
    inj = results[0]
    if inj.verdict == "block":
        return 0, False
    withheld = [(s, e) for s, e, _ in inj.details.get("withheld_parts", [])]
    kept = len(text) - sum(e - s for s, e in withheld)
    if span is None:
        return kept, False
    a, b = span
    inside = sum(max(0, min(b, e) - max(a, s)) for s, e in withheld)
    return kept, inside < b - a


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--writers", default="r22*,r23*,r24*,r25*")
    ap.add_argument("--per-writer", type=int, default=4)
    ap.add_argument("--seed", type=int, default=60)
    args = ap.parse_args()
    docs, _ = written.load()
    docs = [d for d in docs if written.matches(d["source"].split("/")[-1], args.writers.split(","))]
    rows = composites(docs, args.per_writer, random.Random(args.seed))
    benign = [r for r in rows if r["label"] == "benign"]
    injected = [r for r in rows if r["label"] == "injection"]
    total = sum(len(r["text"]) for r in benign)
    print(f"{len(benign)} benign and {len(injected)} injected composites, {total / len(benign):,.0f} characters "
          "on average")
    for mode in ("all", "parts"):
        guards = build_guards([{"injection_filter": {"withhold": mode}}])
        kept = [delivered(guards, r["text"], None)[0] for r in benign]
        whole = sum(k == 0 for k in kept)
        reach = sum(delivered(guards, r["text"], r["span"])[1] for r in injected)
        print(f"  withhold: {mode:5s}  benign characters delivered {sum(kept) / total:6.1%}   benign composites "
              f"withheld whole {whole:3d} of {len(benign)}   injected documents delivered {reach:3d} of "
              f"{len(injected)}")


if __name__ == "__main__":
    main()
