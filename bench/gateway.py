"""Gateway latency for starting runs: ``POST /v1/runs`` → 202 under an open-loop load on loopback.

    PYTHONPATH=src python bench/gateway.py [--rate 500] [--seconds 10] [--database-url postgresql+psycopg://...]

Starts the gateway (uvicorn, one process, rate limits off) on 127.0.0.1 with a scripted-model agent
(bench/gateway-agent: one KB search, then an answer), then sends requests at a fixed rate for a bounded time
(httpx async client, open loop: request i is sent at t0 + i/rate whatever the earlier ones are doing). The runs
execute on the server's DBOS worker threads meanwhile, as they would in production. Prints p50/p90/p99 of the
202 latency (time to the gateway's answer, measured from each request's scheduled send time, so queueing in
the client or server counts), the same for ``GET /healthz`` at the same rate (HTTP + loopback baseline), and
the added latency (the difference). Stops by itself; nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SERVER = """
import os, sys, uvicorn
from corral.runtime import Runtime
from corral.server.app import create_app, load_agents
rt = Runtime.open().launch()
app = create_app(rt, load_agents([sys.argv[1]]))
key, _ = app.state.keys.create("bench", "operator", user="bench")
print(key, flush=True)
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="error", access_log=False)
"""


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] if ordered else float("nan")


async def drive(client: httpx.AsyncClient, rate: float, seconds: float, method: str, url: str,
                **kw: object) -> tuple[list[float], dict[int, int], float]:
    latencies: list[float] = []
    codes: dict[int, int] = {}
    n = int(rate * seconds)

    async def one(at: float) -> None:
        delay = at - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        try:
            r = await client.request(method, url, **kw)  # type: ignore[arg-type]
            codes[r.status_code] = codes.get(r.status_code, 0) + 1
            if r.status_code < 300:
                latencies.append((time.perf_counter() - at) * 1000)
        except httpx.HTTPError:
            codes[0] = codes.get(0, 0) + 1

    t0 = time.perf_counter() + 0.2
    await asyncio.gather(*(one(t0 + i / rate) for i in range(n)))
    return latencies, codes, time.perf_counter() - t0


def report(name: str, lat: list[float], codes: dict[int, int], took: float) -> None:
    ok = len(lat)
    print(f"{name:<16} sent {sum(codes.values()):>6} in {took:5.1f} s ({sum(codes.values()) / took:6.0f}/s)  "
          f"ok {ok:>6}  codes {dict(sorted(codes.items()))}")
    if ok:
        print(f"{'':<16} p50 {pct(lat, 50):7.2f} ms   p90 {pct(lat, 90):7.2f} ms   p99 {pct(lat, 99):7.2f} ms   "
              f"mean {statistics.fmean(lat):7.2f} ms")


async def main_async(args: argparse.Namespace, base: str, key: str) -> None:
    limits = httpx.Limits(max_connections=512, max_keepalive_connections=512)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        headers = {"Authorization": f"Bearer {key}"}
        for _ in range(50):  # warm-up: connections, first runs
            await client.post("/v1/runs", json={"agent": "gateway-bench", "task": "warm up"}, headers=headers)
        await asyncio.sleep(1)
        base_lat, base_codes, base_took = await drive(client, args.rate, args.seconds, "GET", "/healthz")
        report("GET /healthz", base_lat, base_codes, base_took)
        await asyncio.sleep(1)
        lat, codes, took = await drive(client, args.rate, args.seconds, "POST", "/v1/runs", headers=headers,
                                       json={"agent": "gateway-bench", "task": "disk full on db-7"})
        report("POST /v1/runs", lat, codes, took)
        if lat and base_lat:
            print(f"added latency    p50 {pct(lat, 50) - pct(base_lat, 50):7.2f} ms   "
                  f"p99 {pct(lat, 99) - pct(base_lat, 99):7.2f} ms   (202 minus the /healthz baseline)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rate", type=float, default=500.0, help="requests per second")
    ap.add_argument("--seconds", type=float, default=10.0, help="how long to send (bounded)")
    ap.add_argument("--database-url", default=None, help="PostgreSQL URL (default: SQLite in a temp dir)")
    args = ap.parse_args()
    port = _port()
    env = {**os.environ, "CORRAL_HOME": tempfile.mkdtemp(prefix="corral-bench-"), "CORRAL_RATE_PER_KEY": "0",
           "CORRAL_RATE_PER_TENANT": "0", "PYTHONPATH": str(ROOT / "src")}
    if args.database_url:
        env["CORRAL_DATABASE_URL"] = args.database_url
    proc = subprocess.Popen([sys.executable, "-c", SERVER, str(ROOT / "bench/gateway-agent/agent.yaml"), str(port)],
                            env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        key = proc.stdout.readline().strip()
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.05)
        print(f"gateway on {base}, {args.rate:.0f} req/s for {args.seconds:.0f} s, "
              f"{'PostgreSQL' if args.database_url else 'SQLite'}, {os.cpu_count()} cores (client and server share them)")
        asyncio.run(main_async(args, base, key))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    main()
