"""Gateway latency for starting runs: ``POST /v1/runs`` → 202 under an open-loop load on loopback.

    PYTHONPATH=src python bench/gateway.py [--rate 500] [--seconds 10] [--database-url postgresql+psycopg://...]

Starts the gateway (uvicorn, one process, rate limits off) on 127.0.0.1 with a scripted-model agent
(bench/gateway-agent: it answers at once), then sends requests at a fixed rate for a bounded time
(a raw asyncio HTTP/1.1 client over 64 keep-alive connections, open loop: request i is due at t0 + i/rate\nwhatever the earlier ones are doing). The runs
execute on the server's DBOS worker threads meanwhile, as they would in production. Prints p50/p90/p99 of the
202 latency (time to the gateway's answer, measured from each request's scheduled send time, so queueing in
the client or server counts), the same for ``GET /healthz`` at the same rate (HTTP + loopback baseline), and
the added latency (the difference). Stops by itself; nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx  # only to wait for the server to come up

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


class Conn:
    """One keep-alive HTTP/1.1 connection: a request's bytes out, the status and body back (raw asyncio
    streams: a load generator must cost far less than the server it measures)."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    async def send(self, raw: bytes) -> int:
        self.writer.write(raw)
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        length = 0
        for line in head.split(b"\r\n"):
            if line[:15].lower() == b"content-length:":
                length = int(line[15:])
        if length:
            await self.reader.readexactly(length)
        return status


def request(method: str, path: str, headers: dict[str, str], body: bytes = b"") -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", f"Content-Length: {len(body)}",
             *(f"{k}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def drive(port: int, rate: float, seconds: float, raw: bytes,
                connections: int) -> tuple[list[float], dict[int, int], float]:
    """Open loop: request i is due at t0 + i/rate; a free connection sends it (a late start counts as latency)."""
    latencies: list[float] = []
    codes: dict[int, int] = {}
    n = int(rate * seconds)
    due: asyncio.Queue[float] = asyncio.Queue()
    t0 = time.perf_counter() + 0.3
    for i in range(n):
        due.put_nowait(t0 + i / rate)

    async def worker() -> None:
        conn = Conn(*await asyncio.open_connection("127.0.0.1", port))
        try:
            while not due.empty():
                at = due.get_nowait()
                delay = at - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
                try:
                    status = await asyncio.wait_for(conn.send(raw), timeout=60)
                except (OSError, asyncio.IncompleteReadError, TimeoutError):
                    codes[0] = codes.get(0, 0) + 1
                    conn.writer.close()
                    conn = Conn(*await asyncio.open_connection("127.0.0.1", port))
                    continue
                codes[status] = codes.get(status, 0) + 1
                if status < 300:
                    latencies.append((time.perf_counter() - at) * 1000)
        finally:
            conn.writer.close()

    await asyncio.gather(*(worker() for _ in range(connections)))
    return latencies, codes, time.perf_counter() - t0


def report(name: str, lat: list[float], codes: dict[int, int], took: float) -> None:
    ok = len(lat)
    print(f"{name:<16} sent {sum(codes.values()):>6} in {took:5.1f} s ({sum(codes.values()) / took:6.0f}/s)  "
          f"ok {ok:>6}  codes {dict(sorted(codes.items()))}")
    if ok:
        print(f"{'':<16} p50 {pct(lat, 50):7.2f} ms   p90 {pct(lat, 90):7.2f} ms   p99 {pct(lat, 99):7.2f} ms   "
              f"mean {statistics.fmean(lat):7.2f} ms")


async def main_async(args: argparse.Namespace, port: int, key: str) -> None:
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    start = request("POST", "/v1/runs", headers, json.dumps({"agent": "gateway-bench", "task": "disk full on db-7"}).encode())
    warm = Conn(*await asyncio.open_connection("127.0.0.1", port))
    for _ in range(50):  # warm-up: the first runs, caches
        assert await warm.send(start) == 202
    warm.writer.close()
    await asyncio.sleep(2)
    base = await drive(port, args.rate, args.seconds, request("GET", "/healthz", {}), args.connections)
    report("GET /healthz", *base)
    await asyncio.sleep(2)
    runs = await drive(port, args.rate, args.seconds, start, args.connections)
    report("POST /v1/runs", *runs)
    if runs[0] and base[0]:
        print(f"added latency    p50 {pct(runs[0], 50) - pct(base[0], 50):7.2f} ms   "
              f"p99 {pct(runs[0], 99) - pct(base[0], 99):7.2f} ms   (202 minus the /healthz baseline)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rate", type=float, default=500.0, help="requests per second")
    ap.add_argument("--seconds", type=float, default=10.0, help="how long to send (bounded)")
    ap.add_argument("--database-url", default=None, help="PostgreSQL URL (default: SQLite in a temp dir)")
    ap.add_argument("--connections", type=int, default=64, help="keep-alive connections of the load generator")
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
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        asyncio.run(main_async(args, port, key))
        print(f"load average after:  {' '.join(f'{x:.2f}' for x in os.getloadavg())}  (other processes on the "
              "machine share its 2 cores)")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    main()
