"""Assemble ``valid2/tool_outputs.jsonl.gz`` from its writers' parts: ``python evals/guards/valid2/build.py [--folder D]``.

Each writer's file (``v2a_inbox.py`` …; ``valid3/``'s ``v3*.py`` with ``--name valid3``, ``valid4/``'s ``v4*.py``; written to ``BRIEF.md``) holds carriers, JSON carriers, injection snippets,
hard-benign snippets and complete documents. They are put together with ``valid/``'s own assembly
(``build_valid.insert_text`` and friends), so the two sets are built the same way: each injection snippet in one
carrier of its kind (one in five in a bundle of several), each hard snippet in two, every carrier also plain, one
long export per writer with and one without a snippet. Prints counts only.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import runpy
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "valid"))

from build_valid import bundle, insert_text, json_text, mega, transform  # noqa: E402

Carrier = tuple[str, str, str]


def _carriers(d: dict[str, Any]) -> dict[str, list[Carrier]]:
    by: dict[str, list[Carrier]] = {}
    for c in d["CARRIERS"]:
        by.setdefault(c["kind"], []).append((c.get("wrap", "plain"), c.get("sep", "\n\n"), c["text"]))
    prose = [c for pool in by.values() for c in pool if c[0] == "plain"]
    for kind in ("file", "doc", "email"):  # mega() draws on these
        by.setdefault(kind, prose)
    return by


def _pool(by: dict[str, list[Carrier]], kind: str) -> list[Carrier]:
    return by.get(kind) or by["doc"]


def writer_rows(source: str, d: dict[str, Any]) -> list[dict[str, Any]]:
    by, jsons = _carriers(d), [(j["obj"], j["paths"]) for j in d.get("JSON_CARRIERS", [])]
    rows: list[dict[str, Any]] = []

    def add(kind: str, label: str, text: str) -> None:
        rows.append({"kind": kind, "label": label, "text": text})

    counters: dict[str, int] = {}
    for i, inj in enumerate(d["INJECTIONS"]):
        kind, text = inj["kind"], transform(inj.get("style", "plain"), inj["text"])
        c = counters[kind] = counters.get(kind, -1) + 1
        pos = (i + c) % 3
        if kind == "json_api" and jsons:
            obj, paths = jsons[c % len(jsons)]
            add(kind, "injection", json_text(obj, paths[pos % len(paths)], text))
            continue
        pool = _pool(by, kind)
        car = pool[c % len(pool)]
        if i % 5 == 4 and kind in by and kind not in ("table", "code", "calendar"):
            car = bundle(by, kind, c, 2 + (i % 7))
        add(kind, "injection", insert_text(car, text, pos, i))
    first = d["INJECTIONS"][0]
    add("file", "injection", insert_text(mega(by, 0), transform(first.get("style", "plain"), first["text"]), 1, 0))
    add("file", "benign", mega(by, 1)[2])
    for doc in d.get("INJ_STANDALONE", []):
        add(doc["kind"], "injection", doc["text"])
    for kind, pool in by.items():
        for car in pool:
            add(kind, "benign", car[2])
    for obj, _ in jsons:
        add("json_api", "benign", json_text(obj))
    hc: dict[str, int] = {}
    for i, hard in enumerate(d["HARD"]):
        kind, text = hard["kind"], transform(hard.get("style", "plain"), hard["text"])
        for rep in range(2):
            c = hc[kind] = hc.get(kind, -1) + 1
            pos = (i + rep) % 3
            if kind == "json_api" and jsons:
                obj, paths = jsons[(c + 1) % len(jsons)]
                add(kind, "benign", json_text(obj, paths[pos % len(paths)], text))
                continue
            pool = _pool(by, kind)
            add(kind, "benign", insert_text(pool[(c + 1) % len(pool)], text, pos, i + rep))
    for doc in d.get("STANDALONE", []):
        add(doc["kind"], "benign", doc["text"])
    seen: set[str] = set()
    out = []
    for r in rows:
        h = hashlib.sha1(r["text"].encode()).hexdigest()
        if h not in seen:
            seen.add(h)
            out.append({**r, "source": source})
    return out


def build(folder: Path, name: str = "valid2") -> list[dict[str, Any]]:
    """The rows of set ``name`` from the writers' files in ``folder`` (``valid2``; ``valid3`` is built the same way)."""
    rows: list[dict[str, Any]] = []
    for path in sorted(folder.glob("v[0-9][a-z]_*.py")):
        rows += writer_rows(f"corral-{name}/{path.stem}", runpy.run_path(str(path)))
    random.Random(20261126).shuffle(rows)
    return [{"id": f"{name}-{n:04d}", "split": name, "source": r["source"], "kind": r["kind"],
             "label": r["label"], "text": r["text"]} for n, r in enumerate(rows)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folder", type=Path, default=HERE)
    ap.add_argument("--name", default="valid2", help="the set's name (its rows' split and id prefix)")
    ap.add_argument("--out", type=Path, default=HERE / "tool_outputs.jsonl.gz")
    args = ap.parse_args()
    rows = build(args.folder, args.name)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()
    args.out.write_bytes(gzip.compress(text, mtime=0) if args.out.suffix == ".gz" else text)
    print("rows", len(rows), dict(Counter(r["label"] for r in rows)))
    for src, n in sorted(Counter((r["source"], r["label"]) for r in rows).items()):
        print(f"  {src[0]:28} {src[1]:9} {n}")


if __name__ == "__main__":
    main()
