"""Median runtime overhead per step: scripted model, no-op tool, 20 steps per run.

    python bench/step_overhead.py [--runs 15] [--steps 20]

Prints the figure with persistence on (SQLite store + DBOS durable steps, WAL) and off (memory store,
in-process steps). The model and tool cost microseconds, so the time per step is corral's own overhead:
prompt building, plan parsing, the gate pipeline, the tool proxy, events and persistence.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time


def _spec(steps: int):  # type: ignore[no-untyped-def]
    from corral.spec import AgentSpec

    return AgentSpec(name="bench", autonomy="autonomous", allowed_tools=["Noop"], max_iterations=steps + 2,
                     max_cost_usd=100.0)


def _script(steps: int) -> list[dict[str, object]]:
    return [{"tool": "Noop", "args": {"i": i}} for i in range(steps)] + [{"final": "done"}]


def measure(rt, steps: int, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    from corral.testing import ScriptedModel

    per_step: list[float] = []
    for _ in range(runs + 2):  # two warm-up runs
        model = ScriptedModel(_script(steps))
        t0 = time.perf_counter()
        run = rt.run(_spec(steps), "benchmark task", model=model)
        elapsed = time.perf_counter() - t0
        assert run.status == "completed", (run.status, run.error)
        per_step.append(elapsed / (steps + 1) * 1000)
    return per_step[2:]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--steps", type=int, default=20)
    args = ap.parse_args()
    os.environ["CORRAL_HOME"] = tempfile.mkdtemp(prefix="corral-bench-")
    os.environ.pop("CORRAL_DATABASE_URL", None)

    from corral.runtime import Runtime
    from corral.tools import ToolRegistry, tool

    registry = ToolRegistry()

    @tool(name="Noop", registry=registry)
    def noop(i: int) -> str:
        return "ok"

    off = measure(Runtime.in_memory(registry=registry), args.steps, args.runs)
    rt = Runtime.open(registry=registry).launch()
    try:
        on = measure(rt, args.steps, args.runs)
    finally:
        rt.shutdown()
    print(f"steps per run: {args.steps} tool steps + 1 final; runs: {args.runs}")
    print(f"persistence off (memory store, in-process): median {statistics.median(off):.3f} ms/step")
    print(f"persistence on  (SQLite + DBOS, WAL):       median {statistics.median(on):.3f} ms/step")
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
