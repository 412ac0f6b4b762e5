"""Runs inside the bubblewrap sandbox: apply limits, import the tool, call it, write the result as JSON.

Standard library only until the tool's own module is imported, so a sandboxed call pays no import cost for
corral itself. Protocol: one JSON request on stdin
``{"limits": {...}, "path": [...], "module", "qualname", "file", "arguments", "context", "context_param"}``;
one JSON reply on the original stdout (the tool's own prints go to stderr):
``{"ok": true, "result": ...}`` or ``{"ok": false, "type", "message", "retryable"}``.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import json
import os
import resource
import sys
from typing import Any, TextIO


def _apply_limits(limits: dict[str, list[int]]) -> None:
    for name, (soft, hard) in limits.items():
        resource.setrlimit(getattr(resource, name), (soft, hard))


def _import(module_name: str, file: str | None) -> Any:
    try:
        return importlib.import_module(module_name)
    except ModuleNotFoundError:
        if not file:
            raise
    # a tool module the runtime loaded from a path (spec ``tool_modules: [tools.py]``) under a synthetic name
    spec = importlib.util.spec_from_file_location(module_name, file)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"cannot load {module_name} from {file}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


def _resolve(module_name: str, qualname: str, file: str | None = None) -> Any:
    obj: Any = _import(module_name, file)
    for part in qualname.split("."):
        obj = getattr(obj, part)
    if hasattr(obj, "contract") and hasattr(obj, "fn"):  # a corral Tool wrapping the function
        obj = obj.fn
    return obj


def _call(request: dict[str, Any]) -> Any:
    fn = _resolve(request["module"], request["qualname"], request.get("file"))
    kwargs = dict(request["arguments"])
    if request.get("context_param"):
        from corral.tools.contract import ToolContext

        kwargs[request["context_param"]] = ToolContext(**request["context"])
    result = fn(**kwargs)
    if inspect.isawaitable(result):
        import asyncio

        async def _wait() -> Any:
            return await result

        result = asyncio.run(_wait())
    return result


def main(stdin: TextIO, out: TextIO) -> int:
    request = json.loads(stdin.read())
    _apply_limits(request.get("limits", {}))
    sys.path[:0] = [p for p in request.get("path", []) if p not in sys.path]
    try:
        reply: dict[str, Any] = {"ok": True, "result": _call(request)}
        text = json.dumps(reply)
    except BaseException as exc:  # noqa: BLE001 - every failure is reported to the parent
        text = json.dumps({
            "ok": False,
            "type": type(exc).__name__,
            "message": str(exc)[:2000],
            "retryable": bool(getattr(exc, "retryable", False)) or isinstance(exc, (ConnectionError, TimeoutError)),
        })
    out.write(text)
    out.flush()
    return 0


if __name__ == "__main__":
    _result_stream = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)  # the tool's prints must not corrupt the reply
    sys.exit(main(sys.stdin, _result_stream))
