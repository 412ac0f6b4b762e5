"""External anchors: the chain's head (seq, hash) written outside the database, so that cutting off the tail of
the log — which leaves a perfectly valid, shorter chain — is still detected.

An anchor file is JSON lines, one ``{"seq": N, "hash": "...", "ts": T}`` per anchor, appended and never
rewritten; ship it somewhere the database's users cannot write (another host, a WORM bucket, a log pipeline).
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from corral.errors import StoreError
from corral.store.db import corral_home

__all__ = ["Anchor", "default_anchor_path", "latest_anchor", "write_anchor"]


@dataclass(frozen=True, slots=True)
class Anchor:
    seq: int
    hash: str
    ts: float = 0.0


def default_anchor_path() -> Path:
    """``$CORRAL_AUDIT_ANCHOR`` or ``$CORRAL_HOME/audit-anchors.jsonl``."""
    env = os.environ.get("CORRAL_AUDIT_ANCHOR")
    return Path(env) if env else corral_home() / "audit-anchors.jsonl"


def write_anchor(path: Path, seq: int, hash_: str) -> Anchor:
    """Append one anchor line (a single ``write`` in append mode, so concurrent writers do not interleave)."""
    anchor = Anchor(seq, hash_, time.time())
    line = json.dumps({"seq": anchor.seq, "hash": anchor.hash, "ts": anchor.ts}, separators=(",", ":")) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line.encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    return anchor


def latest_anchor(path: Path) -> Anchor | None:
    """The anchor with the highest seq in ``path`` (None when the file is missing or empty)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    best: Anchor | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            anchor = Anchor(int(item["seq"]), str(item["hash"]), float(item.get("ts", 0.0)))
        except (ValueError, KeyError, TypeError):
            raise StoreError(f"{path}:{number}: not a valid anchor line") from None
        if best is None or anchor.seq >= best.seq:
            best = anchor
    return best
