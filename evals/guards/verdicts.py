"""Every verdict of the default guards on the non-blind sets, to compare two versions of corral document by document.

    PYTHONPATH=src python evals/guards/verdicts.py --save /tmp/before.json        # on the old commit
    PYTHONPATH=src python evals/guards/verdicts.py --against /tmp/before.json     # on the new one

For changes meant to move no verdict (speed rounds): the injection filter's verdict, score (to four decimals) and
evidence on each document of ``tool_outputs.jsonl``, ``direct.jsonl`` (judged as the task), ``valid``–``valid4``
and rounds 20–24 of ``train/written/``, and the PII detector's spans on ``pii.jsonl`` and on the same tool outputs.
``--against`` lists every document where any of them differs, with its label, and exits 1 if any does. The blind
sets are never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "train"))

from corral.guards import build_guards  # noqa: E402
from corral.guards.evaluate import load_jsonl  # noqa: E402
from corral.guards.pii import PiiDetector  # noqa: E402


def _sets() -> dict[str, list[dict[str, Any]]]:
    import written  # noqa: PLC0415

    sets = {name: load_jsonl(HERE / f"{name}.jsonl") for name in ("tool_outputs", "direct")}
    for name in ("valid", "valid2", "valid3", "valid4"):
        plain = HERE / name / "tool_outputs.jsonl"
        sets[name] = load_jsonl(plain if plain.exists() else plain.with_suffix(".jsonl.gz"))
    docs, _ = written.load()
    sets["written-r20-24"] = [d for d in docs if written.matches(d["source"].removeprefix("written/"),
                                                                   [f"r{n}*" for n in range(20, 25)])]
    return sets


def verdicts() -> dict[str, list[list[Any]]]:
    """Per set, per document: [label, injection verdict, PII spans, injection score, injection evidence]."""
    inj, pii = build_guards(["injection_filter"]).injection, PiiDetector()
    assert inj is not None
    out: dict[str, list[list[Any]]] = {}
    for name, rows in _sets().items():
        stage = "input" if name == "direct" else "tool_result"
        out[name] = []
        for r in rows:
            res = inj.check(r["text"], stage=stage)
            out[name].append([r.get("label"), res.verdict, [[f.start, f.end, f.entity] for f in pii.analyze(r["text"])],
                              round(res.score, 4), [s.to_dict() for s in res.spans]])
    out["pii"] = [[None, None, [[f.start, f.end, f.entity] for f in pii.analyze(r["text"])]]
                  for r in load_jsonl(HERE / "pii.jsonl")]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the verdicts to this file")
    group.add_argument("--against", type=Path, help="compare with verdicts saved by --save")
    args = parser.parse_args()
    now = verdicts()
    for name, rows in now.items():
        counts = {v: sum(r[1] == v for r in rows) for v in ("pass", "flag", "block")}
        print(f"{name:16s} {len(rows):6d} documents  {counts}  PII spans {sum(len(r[2]) for r in rows)}")
    if args.save:
        args.save.write_text(json.dumps(now))
        return 0
    before = json.loads(args.against.read_text())
    changed = 0
    for name, rows in now.items():
        for i, (old, new) in enumerate(zip(before.get(name, []), rows, strict=False)):
            if old != new:
                changed += 1
                print(f"  {name}[{i}] ({new[0]}): {old[1]} -> {new[1]}" + ("" if old[2] == new[2] else
                                                                        f"; PII {old[2]} -> {new[2]}")
                      + ("" if old[3:] == new[3:] else f"; score {old[3:4]} -> {new[3:4]}, evidence "
                         f"{'the same' if old[4:] == new[4:] else 'moved'}"))
        if len(before.get(name, [])) != len(rows):
            print(f"  {name}: {len(before.get(name, []))} documents before, {len(rows)} now")
            changed += 1
    print(f"{changed} documents differ")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
