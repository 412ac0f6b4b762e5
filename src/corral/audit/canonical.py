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
import math
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any

__all__ = ["GENESIS_HASH", "canonical_json", "chain_hash", "record_body"]

GENESIS_HASH = "0" * 64


_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def canonical_json(value: Any) -> bytes:
    """The canonical encoding of ``value`` (see the module docstring)."""
    return _ENCODER.encode(value).encode("utf-8")


def chain_hash(prev_hash: str, body: bytes) -> str:
    """``sha256(prev_hash + body)`` as lowercase hex."""
    return hashlib.sha256(prev_hash.encode("ascii") + body).hexdigest()


_str: Any = encode_basestring  # the C string encoder json.dumps(ensure_ascii=False) uses


def _opt(value: str | None) -> str:
    return "null" if value is None else str(_str(value))


def record_body(seq: int, ts: float, run_id: str | None, tenant: str | None, actor: str, kind: str,
                data: dict[str, Any], prev_hash: str) -> bytes:
    """``canonical_json`` of one audit record, built without sorting the eight top-level keys each time
    (they are written in sorted order here). Equal byte for byte; the append path's hot spot."""
    if not math.isfinite(ts):
        raise ValueError(f"ts must be a finite number, got {ts!r}")
    return (
        f'{{"actor":{_str(actor)},"data":{_ENCODER.encode(data)},"kind":{_str(kind)},"prev_hash":"{prev_hash}",'
        f'"run_id":{_opt(run_id)},"seq":{int(seq)},"tenant":{_opt(tenant)},"ts":{float.__repr__(ts)}}}'
    ).encode()
