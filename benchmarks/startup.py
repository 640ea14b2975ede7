"""Time from ``python -m dashboard run`` to its first 200, and the CPU time of importing the app.

    python benchmarks/startup.py [--runs 3] [--compare /work/main]

Why: a restarted worker (a deployment, a crash) serves nothing until the app is imported and
built; issue 17's target is the first 200 in under 2 s. Each run starts the server on a free
loopback port against a small SQLite demo database made once per code tree (in a temporary
DATA_DIR) and polls ``/healthz`` every 20 ms. ``--compare`` times another checkout the same way,
interleaved with this one, so both see the same machine load (the machine is shared: compare the
ratio, not the absolute seconds). The import's CPU time (user + system) is printed too, being
less sensitive to other processes than wall time.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
IMPORT_CPU = ("import resource, dashboard.app; r = resource.getrusage(resource.RUSAGE_SELF); "
              "print(r.ru_utime + r.ru_stime)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def environment(tree: Path, data_dir: Path, port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env |= {"DATA_DIR": str(data_dir), "PORT": str(port), "HOST": "127.0.0.1",
            "PYTHONPATH": str(tree), "FORECAST_ON_START": "false",
            "COPILOT_INDEX_ON_START": "false"}
    return env


def prepare(tree: Path, data_dir: Path) -> None:
    """A small demo database for this code tree (its own migrations)."""
    subprocess.run([sys.executable, "-m", "dashboard", "demo", "--projects", "40"], cwd=tree,
                   env=environment(tree, data_dir, 8050), check=True, capture_output=True)


def cpu_of(pid: int) -> float:
    """User + system CPU seconds of a running process (Linux ``/proc``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def first_200(tree: Path, data_dir: Path, timeout: float = 120.0) -> tuple[float, float]:
    """(wall seconds, server CPU seconds) from the start to the first 200."""
    port = free_port()
    began = time.perf_counter()
    server = subprocess.Popen([sys.executable, "-m", "dashboard", "run"], cwd=tree,
                              env=environment(tree, data_dir, port),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - began < timeout:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as r:
                    if r.status == 200:
                        return time.perf_counter() - began, cpu_of(server.pid)
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if server.poll() is not None:
                raise SystemExit(f"the server in {tree} exited with {server.returncode}")
            time.sleep(0.02)
        raise SystemExit(f"no 200 from {tree} within {timeout:.0f} s")
    finally:
        server.terminate()
        server.wait(timeout=30)


def import_cpu(tree: Path) -> float:
    out = subprocess.run([sys.executable, "-c", IMPORT_CPU], cwd=tree, check=True,
                         capture_output=True, text=True,
                         env=environment(tree, Path(tempfile.gettempdir()), 8050))
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--compare", type=Path, help="another checkout to time the same way")
    args = parser.parse_args()
    trees = [HERE] + ([args.compare.resolve()] if args.compare else [])
    with tempfile.TemporaryDirectory() as tmp:
        dirs = {tree: Path(tmp) / f"data{i}" for i, tree in enumerate(trees)}
        for tree in trees:
            prepare(tree, dirs[tree])
        walls: dict[Path, list[float]] = {t: [] for t in trees}
        cpus: dict[Path, list[float]] = {t: [] for t in trees}
        served: dict[Path, list[float]] = {t: [] for t in trees}
        for _ in range(args.runs):
            for tree in trees:
                wall, cpu = first_200(tree, dirs[tree])
                walls[tree].append(wall)
                served[tree].append(cpu)
                cpus[tree].append(import_cpu(tree))
    print(f"{'tree':24} {'first 200 (median, min)':>24} {'server CPU to it':>17} "
          f"{'import CPU':>11}   load average {' '.join(f'{v:.1f}' for v in os.getloadavg())}")
    for tree in trees:
        print(f"{str(tree):24} {statistics.median(walls[tree]):15.2f} s {min(walls[tree]):5.2f} s"
              f" {statistics.median(served[tree]):15.2f} s {statistics.median(cpus[tree]):9.2f} s")
    if args.compare:
        ratio = statistics.median(walls[trees[1]]) / statistics.median(walls[trees[0]])
        print(f"first 200: {trees[1].name} takes {ratio:.1f}x as long as {trees[0].name}")


if __name__ == "__main__":
    main()
