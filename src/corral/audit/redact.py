"""Redaction before anything reaches the audit log: the process's redactor, the one logs and traces use.

``redact_data`` walks a value, replaces values under secret-looking keys and passes every string through a
``Redactor`` (``str -> str``). The default is :func:`corral.telemetry.redact.redact`: the secrets and PII baseline,
then the PII detector the runtime installs (the guards' presidio recognizers). The walk also makes the value
JSON-safe (tuples become lists, non-finite floats and unknown objects become strings), so canonical encoding cannot
fail mid-run.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from corral.telemetry.redact import Redactor, is_sensitive_key
from corral.telemetry.redact import redact as default_redactor

__all__ = ["Redactor", "default_redactor", "redact_data"]


def redact_data(value: Any, redactor: Redactor = default_redactor) -> Any:
    """A redacted, JSON-safe copy of ``value``."""
    if isinstance(value, str):
        return redactor(value)
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for key, item in value.items():
            name = str(key)
            if is_sensitive_key(name) and item not in (None, ""):
                out[name] = "[REDACTED:secret]"
                continue
            safe = redactor(name)  # a key can be PII too ({"jane@x.com": {...}})
            while safe in out:  # two keys that redact alike both stay
                safe += "'"
            out[safe] = redact_data(item, redactor)
        return out
    if isinstance(value, list | tuple | set | frozenset):
        return [redact_data(item, redactor) for item in value]
    if hasattr(value, "to_dict"):
        return redact_data(value.to_dict(), redactor)
    return redactor(str(value))
