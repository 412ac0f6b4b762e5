"""Rego policies evaluated in-process with regopy (rego-cpp): compiled once into a bundle, evaluated many times.

The contract for a policy (see also docs/policy.md): the query (default ``data.corral.decision``) must evaluate to

- ``"allow"``, ``"deny"`` or ``"require_approval"``, or ``true`` / ``false``; or
- ``{"outcome": "...", "reasons": [<code string> | {"code", "message", "data"}]}``.

The input document is ``PolicyInput.to_document()``. An undefined decision (no rule matched and no ``default``)
is a deny with reason ``policy_undefined``; an evaluation error (e.g. a complete rule with two values) is a deny with
reason ``policy_error``. A policy that does not compile raises PolicyError when it is loaded, so a broken policy
stops the agent before its first step instead of being skipped.

regopy pitfalls handled here: the query is compiled as a bundle *entrypoint* (``corral/decision``), which is ~25%
faster than a bound query (``x := data.corral.decision``) and, like it, reports an undefined result as the string
``undefined``; we read the JSON text of the output and never call ``Output.expressions()`` on an undefined result
(which can abort the process). An Interpreter is not thread-safe, so evaluations hold a lock.
"""

from __future__ import annotations

import ctypes
import glob
import hashlib
import json
import re
import threading
from pathlib import Path
from typing import Any

# isort: off
from corral.policy import _native  # noqa: F401  (torch, if installed, before regopy)
# isort: on
from regopy import Interpreter, LogLevel, RegoError

from corral.actions import Decision
from corral.errors import PolicyError
from corral.policy.engine import PolicyInput, decision_from_result, fail_closed
from corral.policy.rego_input import make_input

__all__ = ["RegoPolicy", "query_to_entrypoint", "resolve_rego_paths"]

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ERR_AT = re.compile(r"\(error(?: \d+:([^|\s]*)\|(\d+)\|\d+)?\s*\(errormsg \d+:([^)]*)\)")


def resolve_rego_paths(patterns: tuple[str, ...] | list[str], base_dir: Path) -> list[Path]:
    """Expand paths, directories (all ``*.rego`` inside) and globs relative to ``base_dir``; sorted, unique."""
    found: set[Path] = set()
    for pattern in patterns:
        full = Path(pattern) if Path(pattern).is_absolute() else base_dir / pattern
        if full.is_dir():
            matches = [p for p in full.rglob("*.rego") if p.is_file()]
        elif glob.has_magic(str(full)):
            matches = [Path(p) for p in glob.glob(str(full), recursive=True) if Path(p).is_file()]
        else:
            matches = [full] if full.is_file() else []
        if not matches:
            raise PolicyError(f"rego policy {pattern!r}: no file matches (relative to {base_dir})")
        found.update(m.resolve() for m in matches)
    return sorted(found)


def _describe_compile_error(exc: RegoError, sources: dict[str, str]) -> str:
    problems: list[str] = []
    for name, offset, msg in _ERR_AT.findall(str(exc)):
        text = sources.get(name)
        if text is not None and offset:
            line = text.count("\n", 0, int(offset)) + 1
            problems.append(f"{name}:{line}: {msg.strip()}")
        else:
            problems.append(f"{name or 'query'}: {msg.strip()}")
    unique = list(dict.fromkeys(problems))
    return "; ".join(unique) if unique else str(exc).splitlines()[0]


def query_to_entrypoint(query: str) -> str:
    """``data.corral.decision`` → ``corral/decision`` (a bundle entrypoint)."""
    parts = query.split(".")
    if len(parts) < 2 or parts[0] != "data" or not all(_IDENT.match(p) for p in parts[1:]):
        raise PolicyError(f"the policy query must be a data path like data.corral.decision, got {query!r}")
    return "/".join(parts[1:])


class RegoPolicy:
    """A compiled Rego policy (one or more modules) answering one query; a PolicyEngine."""

    def __init__(self, sources: dict[str, str], *, query: str = "data.corral.decision",
                 policy_id: str | None = None, policy_version: str | None = None) -> None:
        if not sources:
            raise PolicyError("a Rego policy needs at least one module")
        digest = hashlib.sha256()
        for name in sorted(sources):
            digest.update(name.encode() + b"\0" + sources[name].encode() + b"\0")
        digest.update(query.encode())
        self.policy_id = policy_id or f"rego:{query}"
        self.policy_version = policy_version or f"sha256:{digest.hexdigest()[:12]}"
        self.query = query
        self._entrypoint = query_to_entrypoint(query)
        self._lock = threading.Lock()
        self._rego = Interpreter()
        self._rego.log_level = LogLevel.NONE
        try:
            for name, text in sources.items():
                self._rego.add_module(name, text)
            self._bundle = self._rego.build(None, [self._entrypoint])
        except RegoError as exc:
            raise PolicyError(f"the Rego policy does not compile: {_describe_compile_error(exc, sources)}",
                              hint="run `corral policy test` on it to see each case") from None
        if not self._bundle.ok():
            raise PolicyError("the Rego policy does not compile (regopy built an invalid bundle)")

    @classmethod
    def from_files(cls, paths: list[Path], *, query: str = "data.corral.decision", policy_id: str | None = None,
                   policy_version: str | None = None) -> RegoPolicy:
        sources: dict[str, str] = {}
        for path in paths:
            try:
                sources[path.name if path.name not in sources else str(path)] = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise PolicyError(f"cannot read the Rego policy {path}: {exc}") from None
        return cls(sources, query=query, policy_id=policy_id, policy_version=policy_version)

    def raw_result(self, document: dict[str, Any]) -> tuple[bool, Any]:
        """(defined, value) of the query for one input document; raises PolicyError on evaluation errors."""
        try:
            inp = make_input(document)
            with self._lock:
                self._rego.set_input(inp)
                output = self._rego.query_bundle_entrypoint(self._bundle, self._entrypoint)
                ok = output.ok()
                text = str(output)
        except (RegoError, TypeError, ValueError, ctypes.ArgumentError) as exc:
            raise PolicyError(f"the Rego policy failed: {exc}") from None
        if not ok:
            raise PolicyError(f"the Rego policy failed to evaluate: {text}")
        if text == "undefined":
            return False, None
        parsed = json.loads(text)
        first = parsed[0] if isinstance(parsed, list) and parsed else parsed
        expressions = first.get("expressions") if isinstance(first, dict) else None
        if not expressions:
            return False, None
        return True, expressions[0]

    def evaluate(self, input: PolicyInput) -> Decision:  # noqa: A002
        ident = {"policy_id": self.policy_id, "policy_version": self.policy_version}
        try:
            defined, value = self.raw_result(input.to_document())
        except PolicyError as exc:
            return fail_closed(exc.message, **ident)
        return decision_from_result(value if defined else None, **ident)
