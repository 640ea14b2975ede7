"""How fast an oversized request is refused, and whether the app stays responsive meanwhile.

Serves the app (embedded demo database) on a threaded loopback server (the size is checked
before who is signed in, so no session is needed) and
measures, over N runs: the time from sending the headers of a POST announcing 50 MB (or the
issue's 4 MB copilot history, 20,000 entries) to the 413; and /healthz latency while ten such
uploads trickle in. Prints figures; asserts nothing.

    python benchmarks/oversized_request.py --runs 20
"""

from __future__ import annotations

import argparse
import json
import logging
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path

from werkzeug.serving import make_server

from dashboard.app import create_app
from dashboard.migrate import upgrade
from dashboard.settings import Settings
from data.db import make_engine
from data.demo import load_demo


def refuse_time(port: int, headers: bytes, first_chunk: bytes) -> tuple[float, bytes]:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        started = time.perf_counter()
        sock.sendall(headers + first_chunk)
        answer = sock.recv(64)
        return (time.perf_counter() - started) * 1000, answer


def health_ms(port: int) -> float:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        started = time.perf_counter()
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        sock.recv(64)
        return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    settings = Settings(data_dir=Path(tempfile.mkdtemp()), forecast_on_start=False,
                        copilot_index_on_start=False)
    engine = make_engine(settings.database_url)
    upgrade(engine)
    load_demo(engine, 50, seed=1)
    app = create_app(settings, start=False)
    server = make_server("127.0.0.1", 0, app.server, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_port

    history = json.dumps([{"question": "q" * 100, "answer": {"text": "a" * 100}}] * 20_000)
    cases = {
        "50 MB announced": b"x" * 65_536,
        f"{len(history) / 1e6:.1f} MB copilot history": history.encode()[:65_536],
    }
    for name, chunk in cases.items():
        size = 50_000_000 if name.startswith("50") else len(history)
        headers = (f"POST /_dash-update-component HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                   f"Content-Type: application/json\r\nContent-Length: {size}\r\n\r\n").encode()
        times, answers = zip(*(refuse_time(port, headers, chunk) for _ in range(args.runs)),
                             strict=True)
        codes = {a[:12].decode(errors="replace") for a in answers}
        print(f"{name:28} -> {codes}: median {statistics.median(times):.1f} ms, "
              f"max {max(times):.1f} ms over {args.runs} runs")

    baseline = [health_ms(port) for _ in range(args.runs)]
    trickles = []
    for _ in range(10):
        sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        sock.sendall(b"POST /_dash-update-component HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     b"Content-Type: application/json\r\nContent-Length: 34000000\r\n\r\n[")
        trickles.append(sock)
    during = [health_ms(port) for _ in range(args.runs)]
    for sock in trickles:
        sock.close()
    print(f"/healthz alone: median {statistics.median(baseline):.1f} ms; with 10 oversized "
          f"uploads open: median {statistics.median(during):.1f} ms, max {max(during):.1f} ms")
    server.shutdown()


if __name__ == "__main__":
    main()
