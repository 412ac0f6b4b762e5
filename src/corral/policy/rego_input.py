"""Building a regopy input document quickly.

``regopy.Input(value)`` walks the value in Python and makes a few ctypes calls per node through generic
``isinstance(..., Mapping)`` checks; on a typical action document that costs 60-130 µs, more than evaluating the
policy. ``make_input`` makes the same rego-cpp C API calls (``regoInputString``, ``regoInputObject``, ...) with
exact-type dispatch and without per-string buffers, about twice as fast. It relies on ``regopy.rego_shared``
exposing the loaded library; when it does not (another regopy version), it falls back to ``regopy.Input``.
"""

from __future__ import annotations

from typing import Any

# isort: off
from corral.policy import _native  # noqa: F401  (torch, if installed, before regopy)
# isort: on
from regopy import Input, RegoError

__all__ = ["make_input"]

_I64 = (-(2**63), 2**63)

try:
    from regopy import rego_shared as _rs

    _lib = _rs.rego
    _new, _free = _rs.rego_new_input, _rs.rego_free_input
    _STR, _INT, _FLOAT = _lib.regoInputString, _lib.regoInputInt, _lib.regoInputFloat
    _BOOL, _NULL = _lib.regoInputBoolean, _lib.regoInputNull
    _ITEM, _OBJ, _ARR = _lib.regoInputObjectItem, _lib.regoInputObject, _lib.regoInputArray
    _FAST = True
except (ImportError, AttributeError):  # pragma: no cover - depends on the installed regopy
    _FAST = False


def _fill(p: Any, value: Any) -> None:
    def add(v: Any) -> None:
        t = type(v)
        if t is str:
            rc = _STR(p, v.encode())
        elif t is dict:
            for k, x in v.items():
                if type(k) is not str:
                    raise TypeError(f"object keys must be strings, got {type(k).__name__}")
                if _STR(p, k.encode()):
                    raise RegoError("unable to create input")
                add(x)
                if _ITEM(p):
                    raise RegoError("unable to create input")
            rc = _OBJ(p, len(v))
        elif t is bool:
            rc = _BOOL(p, v)
        elif t is int:
            rc = _INT(p, v) if _I64[0] <= v < _I64[1] else _FLOAT(p, float(v))
        elif t is float:
            rc = _FLOAT(p, v)
        elif v is None:
            rc = _NULL(p)
        elif t is list or t is tuple:
            for x in v:
                add(x)
            rc = _ARR(p, len(v))
        else:
            raise TypeError(f"cannot pass a {t.__name__} to a Rego policy (JSON values only)")
        if rc:
            raise RegoError("unable to create input")

    add(value)


def make_input(document: dict[str, Any]) -> Input:
    """A regopy Input for a JSON-like document (dict, list, str, int, float, bool, None)."""
    if not _FAST:  # pragma: no cover
        return Input(document)
    p = _new()
    try:
        _fill(p, document)
    except BaseException:
        _free(p)
        raise
    inp = Input.__new__(Input)
    inp._impl = p  # freed by Input.__del__
    return inp
