"""Module-level tools for test_sandbox.py: the sandbox child imports them by module and qualname.

Standard library only (importing corral.tools costs seconds of jsonschema format-checker set-up per sandboxed
call); test_sandbox.py wraps them into Tools.
"""

from __future__ import annotations

import glob
import os
import socket
import time
from typing import Any


def add(a: int, b: int) -> int:
    return a + b


def whoami(ctx: Any) -> dict[str, Any]:
    print("noise on stdout must not break the reply")
    return {"run_id": ctx.run_id, "step": ctx.step, "cwd": os.getcwd(), "uid": os.getuid()}


def write_file(path: str, text: str) -> dict[str, Any]:
    try:
        with open(path, "w") as fh:
            fh.write(text)
    except OSError as exc:
        return {"written": False, "error": f"{type(exc).__name__}: {exc}"}
    return {"written": True, "error": None}


def connect(host: str, port: int) -> dict[str, Any]:
    try:
        with socket.create_connection((host, port), timeout=2):
            return {"connected": True, "error": None}
    except OSError as exc:
        return {"connected": False, "error": f"{type(exc).__name__}: {exc}"}


def environment() -> dict[str, Any]:
    leaked = []
    for path in glob.glob("/proc/*/environ"):
        try:
            with open(path, "rb") as fh:
                leaked.append(fh.read().decode("utf-8", "replace"))
        except OSError:
            pass
    return {"env": dict(os.environ), "proc_environ": leaked}


def sleep(seconds: float) -> str:
    time.sleep(seconds)
    return "woke up"


def allocate(megabytes: int) -> int:
    block = bytearray(megabytes * 1024 * 1024)
    return len(block)


def spin() -> None:
    while True:
        pass


def fetch(url: str) -> dict[str, Any]:
    from corral.tools.sandbox import sandbox_egress_client

    with sandbox_egress_client() as client:
        response = client.get(url)
    return {"status": response.status_code, "text": response.text}
