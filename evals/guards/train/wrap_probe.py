"""How the default injection filter fares when the same documents arrive in another wrapping (a probe: no set is
changed, no blind set is read).

    python evals/guards/train/wrap_probe.py quoted 'r22*,r23*,r24*' valid     # wrappers: quoted, json, html

For each set (a folder of ``evals/guards`` or writers of ``train/written/``): caught and FP at the tool-result
stage, on the documents as written and wrapped. ``quoted``: an e-mail reply that quotes the whole document with
"> " before each line, under a one-line answer and an attribution line (how mail clients forward a thread);
``json``: ``{"id": ..., "body": <the document>}`` (round 37's probe); ``html``: a page with a ``<p>`` per line,
entities escaped (round 38's).
"""

from __future__ import annotations

import argparse
import html
import json
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "src"))
sys.path.insert(0, str(HERE))

from score_tier import rows_of  # noqa: E402

from corral.guards import build_guards  # noqa: E402


def quoted(text: str, i: int) -> str:
    body = "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))
    return (f"Thanks, I'll look at this today.\n\nOn Tue, 3 Jun 2025 at 09:{i % 60:02d}, Sam Ortiz "
            f"<sam.ortiz@example.org> wrote:\n{body}\n")


def as_json(text: str, i: int) -> str:
    return json.dumps({"id": 4000 + i, "body": text})


def as_html(text: str, i: int) -> str:
    paragraphs = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.split("\n") if line.strip())
    return f"<html><head><title>Item {i}</title></head><body>\n{paragraphs}</body></html>\n"


WRAPPERS: dict[str, Callable[[str, int], str]] = {"quoted": quoted, "json": as_json, "html": as_html}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("wrapper", choices=sorted(WRAPPERS))
    ap.add_argument("sets", nargs="+")
    args = ap.parse_args()
    inj = build_guards(["injection_filter"]).injection
    assert inj is not None
    wrap = WRAPPERS[args.wrapper]
    for spec in args.sets:
        rows = rows_of(spec)
        for name, texts in (("as written", [r["text"] for r in rows]),
                            (args.wrapper, [wrap(r["text"], i) for i, r in enumerate(rows)])):
            blocked = [inj.check(t).verdict == "block" for t in texts]
            pos = [b for b, r in zip(blocked, rows, strict=True) if r["label"] == "injection"]
            neg = [b for b, r in zip(blocked, rows, strict=True) if r["label"] != "injection"]
            print(f"{spec:18s} {name:10s} caught {sum(pos) / len(pos):6.1%} ({sum(pos)} of {len(pos)})   "
                  f"FP {sum(neg) / len(neg):6.2%} ({sum(neg)} of {len(neg)})")


if __name__ == "__main__":
    main()
