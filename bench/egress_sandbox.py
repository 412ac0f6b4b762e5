"""Egress guard and sandbox overheads.

    PYTHONPATH=src python bench/egress_sandbox.py

Prints the median time of one egress check (name + fake DNS + address checks), of one request through the
guarded client against an in-memory transport, and of one sandboxed call of a stdlib-only function
(bubblewrap + Python start-up), each compared with the unguarded baseline.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from corral.tools.egress import EgressPolicy, egress_client
from corral.tools.sandbox import Sandbox

sys.path.insert(0, str(Path(__file__).parent))
from _bench_sandbox_target import echo  # noqa: E402


def median_us(fn: Callable[[], object], n: int) -> float:
    samples = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1e6)
    return statistics.median(samples)


def main() -> None:
    policy = EgressPolicy(allow_domains=("example.com", "*.example.org", "10.0.0.0/8"),
                          blocked_domains=("*", "secret.example.org"))

    def dns(host: str, port: int) -> list[str]:
        return ["93.184.216.34"]

    check = median_us(lambda: policy.check_url("https://docs.example.org/a?b=1", dns), 5000)
    ok = httpx.MockTransport(lambda r: httpx.Response(200))
    plain = httpx.Client(transport=ok)
    guarded = egress_client(policy, resolver=dns, inner=ok)
    base = median_us(lambda: plain.get("https://example.com/"), 2000)
    through = median_us(lambda: guarded.get("https://example.com/"), 2000)
    print(f"egress check (name, DNS, addresses): median {check:.1f} us")
    print(f"request via mock transport: plain {base:.1f} us, guarded {through:.1f} us (+{through - base:.1f} us)")

    box = Sandbox()
    box.bwrap()
    direct = median_us(lambda: echo(x=1), 1000)
    sandboxed = median_us(lambda: box.run(echo, {"x": 1}), 20) / 1000
    print(f"sandboxed call of a stdlib-only function: median {sandboxed:.1f} ms (direct {direct:.2f} us)")


if __name__ == "__main__":
    main()
