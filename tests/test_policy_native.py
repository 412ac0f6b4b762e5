from __future__ import annotations

import importlib
import importlib.util
import subprocess
import sys

import pytest

from corral.policy import _native


def test_torch_is_loaded_before_regopy_when_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    loaded: list[str] = []
    monkeypatch.delitem(sys.modules, "torch", raising=False)
    monkeypatch.delitem(sys.modules, "regopy", raising=False)
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: object() if name == "torch" else None)
    monkeypatch.setattr(importlib, "import_module", lambda name: loaded.append(name))
    assert _native.torch_before_regopy() is True and loaded == ["torch"]


def test_nothing_is_loaded_without_torch_or_once_regopy_is_in(monkeypatch: pytest.MonkeyPatch) -> None:
    loaded: list[str] = []
    monkeypatch.setattr(importlib, "import_module", lambda name: loaded.append(name))
    monkeypatch.delitem(sys.modules, "torch", raising=False)
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    assert _native.torch_before_regopy() is False
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: object())
    monkeypatch.setitem(sys.modules, "regopy", sys.modules.get("regopy") or object())
    assert _native.torch_before_regopy() is False and loaded == []


def test_the_policy_engine_imports_the_load_order_first() -> None:
    """In a fresh interpreter, importing corral's Rego engine loads ``_native`` before regopy."""
    code = ("import sys\n"
            "import corral.policy.rego\n"
            "names = list(sys.modules)\n"
            "print(names.index('corral.policy._native') < names.index('regopy'))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "True"
