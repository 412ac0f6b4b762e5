"""Per-call overhead of the standard tool proxy chain (corral.tools.chain) over calling the tool directly.

    PYTHONPATH=src python bench/tool_proxy.py [N]

Prints the median and p95 in microseconds for: a bare call, a read tool through the chain, a read tool
through the chain without the timeout thread, and a write tool through the chain (fresh idempotency key
each call: one ledger insert + one update, SQLite in WAL mode in a temp dir, and an in-memory ledger).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from corral.spec.agent import AgentSpec
from corral.store.db import make_engine
from corral.tools.chain import build_proxy
from corral.tools.contract import ToolContext, ToolRegistry, tool
from corral.tools.credentials import InProcessVault
from corral.tools.idempotency import Ledger, MemoryLedger, SqlLedger
from corral.tools.proxy import ToolInvocation
from corral.tools.ratelimit import InMemoryBuckets
from corral.tools.reliability import BreakerBoard


def _measure(fn: Callable[[int], object], n: int) -> tuple[float, float]:
    for i in range(min(200, n)):
        fn(-i - 1)
    samples = []
    for i in range(n):
        t0 = time.perf_counter()
        fn(i)
        samples.append((time.perf_counter() - t0) * 1e6)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95)]


def main(n: int) -> None:
    reg = ToolRegistry()
    read = tool(lambda q: q, name="Lookup", schema={"type": "object", "properties": {"q": {"type": "integer"}}},
                registry=reg)
    write = tool(lambda q: {"ok": q}, name="Write", side_effect="write",
                 schema={"type": "object", "properties": {"q": {"type": "integer"}}}, registry=reg)
    spec = AgentSpec.model_validate({"name": "bench", "allowed_tools": ["Lookup", "Write"]})
    tmp = Path(tempfile.mkdtemp())

    def proxy(ledger: Ledger, timeout: float | None = 30.0) -> object:
        return build_proxy(spec, ledger=ledger, vault=InProcessVault({}), buckets=InMemoryBuckets(),
                           breakers=BreakerBoard(), default_timeout_s=timeout)

    p_thread = proxy(MemoryLedger())
    p_inline = proxy(MemoryLedger(), timeout=None)
    p_sqlite = proxy(SqlLedger(make_engine(f"sqlite:///{tmp / 'bench.db'}")))
    ctx = ToolContext(run_id="bench", step=1, call_id="c")

    def inv(t: object, i: int) -> ToolInvocation:
        return ToolInvocation(t, {"q": i}, ctx)  # type: ignore[arg-type]

    rows = [
        ("bare call (fn)", lambda i: read.fn(q=i)),
        ("read tool, full chain (timeout thread)", lambda i: p_thread.call(inv(read, i))),  # type: ignore[attr-defined]
        ("read tool, chain without deadline", lambda i: p_inline.call(inv(read, i))),  # type: ignore[attr-defined]
        ("write tool, chain, in-memory ledger", lambda i: p_thread.call(inv(write, i))),  # type: ignore[attr-defined]
        ("write tool, chain, SQLite ledger", lambda i: p_sqlite.call(inv(write, i))),  # type: ignore[attr-defined]
    ]
    print(f"tool proxy overhead, {n} calls each (µs)")
    for label, fn in rows:
        med, p95 = _measure(fn, n)
        print(f"  {label:<42} median {med:8.1f}   p95 {p95:8.1f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
