"""Live-updates delivery under the production server: latency, lost events, memory per socket.

    python -m benchmarks.live_latency [--redis redis://127.0.0.1:6379/12]
                                      [--levels 100,500,1000] [--events 40] [--workers 2]

Starts gunicorn (``dashboard/gunicorn_conf.py``, gthread workers) on a fresh SQLite database with
Redis as the bus, signs in once, and opens websockets to ``/live`` from this process (asyncio
``websockets`` clients on loopback), level by level. At each level a publisher in another
process sends ``--events`` events through Redis, 100 ms apart, and prints when it sent each;
every client stamps each arrival. Printed per level: delivery latency p50/p95/p99 (arrival
minus send, over every client and event), events lost (expected minus received), and the
workers' resident memory per socket (growth of the workers' summed RSS from no sockets, over
the sockets open). The target is p95 under 100 ms at 500 sockets on a 2-core machine.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
import psutil
from websockets.asyncio.client import connect

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.migrate import upgrade  # noqa: E402
from data.db import make_engine, make_sessionmaker  # noqa: E402
from tests.factories import add_portfolio, add_project  # noqa: E402
from tests.live_clients import free_port, sign_in  # noqa: E402
from tests.signin import TEST_SECRET, add_user  # noqa: E402

PUBLISHER = """
import json, sys, time
from dashboard.live_bus import RedisBus
from data.events import Event
url, prefix, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
bus = RedisBus(url, prefix)
sent = {}
for i in range(count):
    sent[i] = time.time()
    bus.publish(Event(f"bench.{i}", (1,)))
    time.sleep(0.1)
print(json.dumps(sent))
"""


def start_server(folder: Path, redis: str, prefix: str, workers: int, sockets: int
                 ) -> tuple[subprocess.Popen[bytes], str, dict[str, str]]:
    port = free_port()
    env = {**os.environ, "DATA_DIR": str(folder), "REDIS_URL": redis,
           "SECRET_KEY": TEST_SECRET, "WEB_CONCURRENCY": str(workers), "WEB_THREADS": "4",
           "HOST": "127.0.0.1", "PORT": str(port), "JOBS": "threads",
           "FORECAST_ON_START": "false", "COPILOT_INDEX_ON_START": "false",
           "LIVE_PREFIX": prefix, "LIVE_MAX_CONNECTIONS": str(sockets + 50),
           "LIVE_MAX_PER_USER": str(sockets + 50),
           "PROMETHEUS_MULTIPROC_DIR": str(folder / "metrics")}
    log = open(folder / "gunicorn.log", "w")  # noqa: SIM115 - lives as long as the server
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", "-c",
                               "dashboard/gunicorn_conf.py", "dashboard.wsgi:server"],
                              cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    else:
        raise SystemExit("gunicorn did not start:\n" + (folder / "gunicorn.log").read_text())
    return server, base, env


def workers_rss(server: subprocess.Popen[bytes]) -> int:
    return sum(p.memory_info().rss for p in psutil.Process(server.pid).children())


class Clients:
    def __init__(self, base: str, cookie: str) -> None:
        self.url = base.replace("http://", "ws://") + "/live"
        self.base, self.cookie = base, cookie
        self.sockets: list = []
        self.arrivals: list[dict[int, float]] = []
        self.tasks: list[asyncio.Task[None]] = []

    async def open(self, count: int) -> None:
        gate = asyncio.Semaphore(50)

        async def one() -> None:
            async with gate:
                ws = await connect(self.url, origin=self.base,  # type: ignore[arg-type]
                                   additional_headers={"Cookie": self.cookie},
                                   compression=None, open_timeout=120, ping_interval=None,
                                   max_queue=None)
                hello = json.loads(await ws.recv())
                assert hello["type"] == "hello", hello
                seen: dict[int, float] = {}
                self.sockets.append(ws)
                self.arrivals.append(seen)
                self.tasks.append(asyncio.create_task(self.read(ws, seen)))

        await asyncio.gather(*(one() for _ in range(count)))

    @staticmethod
    async def read(ws, seen: dict[int, float]) -> None:
        try:
            async for raw in ws:
                now = time.time()
                body = json.loads(raw)
                kind = body.get("type", "")
                if kind.startswith("bench."):
                    seen[int(kind.split(".", 1)[1])] = now
        except Exception:  # noqa: BLE001,S110 - closed: counted as lost events
            pass

    def reset(self) -> None:
        for seen in self.arrivals:
            seen.clear()

    async def close(self) -> None:
        for ws in self.sockets:
            await ws.close()
        for task in self.tasks:
            task.cancel()


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=1000, method="inclusive")[int(q * 1000) - 1]


async def measure(clients: Clients, redis: str, prefix: str, events: int) -> dict[str, float]:
    clients.reset()
    await asyncio.sleep(1.0)
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", PUBLISHER, redis, prefix, str(events), cwd=str(ROOT),
        stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    sent = {int(k): v for k, v in json.loads(out).items()}
    await asyncio.sleep(2.0)  # the last events' stragglers
    latencies = [(seen[i] - sent[i]) * 1000 for seen in clients.arrivals for i in seen]
    expected = events * len(clients.arrivals)
    return {"p50": percentile(latencies, 0.50), "p95": percentile(latencies, 0.95),
            "p99": percentile(latencies, 0.99), "max": max(latencies),
            "lost": expected - len(latencies), "expected": expected}


async def run(args: argparse.Namespace) -> None:
    levels = sorted(int(x) for x in args.levels.split(","))
    prefix = f"bench-{uuid.uuid4().hex[:8]}"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        engine = make_engine(f"sqlite:///{folder / 'dashboard.db'}")
        upgrade(engine)
        with make_sessionmaker(engine).begin() as s:
            add_project(s, "B-1", add_portfolio(s, "Bench"))
        add_user(engine, "bench", "admin")
        engine.dispose()
        server, base, _env = start_server(folder, args.redis, prefix, args.workers, levels[-1])
        try:
            cookie = sign_in(base, "bench")
            clients = Clients(base, cookie)
            await clients.open(2)  # warm both workers' routes before the baseline
            time.sleep(1.0)
            baseline, base_count = workers_rss(server), 2
            rows = []
            for level in levels:
                started = time.monotonic()
                await clients.open(level - len(clients.sockets))
                opened = time.monotonic() - started
                await asyncio.sleep(2.0)
                rss = workers_rss(server)
                per = (rss - baseline) / max(1, len(clients.sockets) - base_count)
                figures = await measure(clients, args.redis, prefix, args.events)
                rows.append((level, figures, per, rss, opened))
                print(f"{level:>6} sockets: p50 {figures['p50']:6.1f} ms  p95 "
                      f"{figures['p95']:6.1f} ms  p99 {figures['p99']:6.1f} ms  max "
                      f"{figures['max']:6.1f} ms  lost {figures['lost']}/{figures['expected']}"
                      f"  memory/socket {per / 1024:6.1f} KiB (workers' RSS "
                      f"{rss / 2**20:.0f} MiB; opened in {opened:.1f} s)", flush=True)
            await clients.close()
        finally:
            server.terminate()
            try:
                server.wait(timeout=40)
            except subprocess.TimeoutExpired:
                server.kill()
    print(f"\nworkers={args.workers} (gthread), events={args.events} per level, "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}")
    print("| sockets | p50 ms | p95 ms | p99 ms | lost | memory/socket |")
    print("|---:|---:|---:|---:|---:|---:|")
    for level, f, per, _rss, _opened in rows:
        print(f"| {level} | {f['p50']:.1f} | {f['p95']:.1f} | {f['p99']:.1f} | "
              f"{f['lost']}/{f['expected']} | {per / 1024:.0f} KiB |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--redis", default=os.environ.get("TEST_REDIS_URL",
                                                          "redis://127.0.0.1:6379/12"))
    parser.add_argument("--levels", default="100,500,1000")
    parser.add_argument("--events", type=int, default=40)
    parser.add_argument("--workers", type=int, default=2)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
