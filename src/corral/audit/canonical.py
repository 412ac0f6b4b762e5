"""Canonical JSON and the chain hash: the two definitions a third-party verifier needs.

A record's *canonical body* is ``json.dumps(record, sort_keys=True, separators=(",", ":"),
ensure_ascii=False, allow_nan=False)`` encoded as UTF-8: keys sorted by code point, no whitespace, non-ASCII
characters written as themselves, no NaN/Infinity. The record holds ``actor, data, kind, prev_hash, run_id,
seq, tenant, ts``.

Its *hash* is ``sha256(prev_hash_hex_ascii + canonical_body).hexdigest()``, where ``prev_hash`` is the previous
record's hash (64 lowercase hex characters) and the first record's ``prev_hash`` is 64 zeros (``GENESIS_HASH``).

The log stores the canonical bytes exactly as hashed, so verification re-hashes what is stored and never
depends on re-encoding.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

__all__ = ["GENESIS_HASH", "canonical_json", "chain_hash"]

GENESIS_HASH = "0" * 64


_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def canonical_json(value: Any) -> bytes:
    """The canonical encoding of ``value`` (see the module docstring)."""
    return _ENCODER.encode(value).encode("utf-8")


def chain_hash(prev_hash: str, body: bytes) -> str:
    """``sha256(prev_hash + body)`` as lowercase hex."""
    return hashlib.sha256(prev_hash.encode("ascii") + body).hexdigest()
