"""corral.policy loads libstdc++ before regopy: C++ extensions loaded later keep one allocator."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

_SCRIPT = textwrap.dedent("""
    import corral  # imports regopy (corral.policy) before anything below loads libstdc++
    import re2
    from corral.policy import PolicyInput, RegoPolicy

    f = re2._re2.Filter()
    for p in (rb"ignore\\s+previous", rb"[0-9]+", rb"\\bx\\b"):
        f.Add(p, re2._re2.RE2.Options())
    assert f.Compile()
    print(f.Match(b"x", False), f.Match(b"ignore   previous 7", False))
    src = 'package corral\\nimport rego.v1\\ndefault decision := "allow"\\ndecision := "deny" if input.tool.name == "rm"\\n'
    d = RegoPolicy({"p.rego": src}).evaluate(PolicyInput(tool="rm", arguments={}))
    print(d.outcome)
""")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the dynamic-linker binding is Linux's")
def test_re2_filter_works_after_corral_imported_regopy() -> None:
    # Without the preload, libstdc++'s operator new bound to regopy's snmalloc and this aborted the process
    # ("free(): invalid size") inside FilteredRE2::Add.
    done = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == ["[2] [0, 1]", "deny"]


def test_the_preload_ran_first() -> None:
    from corral.policy import _preload

    assert _preload.LOADED is sys.platform.startswith("linux")
