"""Live updates under the production server: gunicorn with two gthread workers and Redis. A
change made in another process (the CLI, publishing to Redis) reaches websocket clients on both
workers; which worker holds which socket is read from the workers' own TCP connections, and
a low per-worker socket limit makes sure both workers get some.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
import psutil
import pytest
from websockets.exceptions import InvalidStatus

from dashboard.migrate import upgrade
from data.db import make_engine, make_sessionmaker
from tests.conftest import redis_available
from tests.factories import add_portfolio, add_project
from tests.live_clients import LiveClient, free_port, sign_in
from tests.signin import TEST_SECRET, add_user

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def served(tmp_path):
    url = redis_available()
    port = free_port()
    env = {**os.environ, "DATA_DIR": str(tmp_path), "REDIS_URL": url, "SECRET_KEY": TEST_SECRET,
           "WEB_CONCURRENCY": "2", "WEB_THREADS": "4", "HOST": "127.0.0.1", "PORT": str(port),
           "JOBS": "threads", "FORECAST_ON_START": "false", "COPILOT_INDEX_ON_START": "false",
           "LIVE_PREFIX": f"test-{uuid.uuid4().hex[:8]}", "LIVE_MAX_CONNECTIONS": "4",
           "LIVE_MAX_PER_USER": "50",
           "PROMETHEUS_MULTIPROC_DIR": str(tmp_path / "metrics")}
    engine = make_engine(f"sqlite:///{tmp_path / 'dashboard.db'}")
    upgrade(engine)
    with make_sessionmaker(engine).begin() as s:
        alpha = add_portfolio(s, "Alpha")
        project_id = add_project(s, "A-1", alpha).id
    add_user(engine, "root", "admin")
    engine.dispose()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "dashboard/gunicorn_conf.py",
         "dashboard.wsgi:server"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
        stderr=open(tmp_path / "gunicorn.log", "w"))  # noqa: SIM115 - closed with the process
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        assert time.monotonic() < deadline, (tmp_path / "gunicorn.log").read_text()[-3000:]
        time.sleep(0.3)
    workers = psutil.Process(server.pid).children()
    while len(workers) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
        workers = psutil.Process(server.pid).children()
    yield {"base": base, "port": port, "env": env, "workers": workers, "server": server,
           "project_id": project_id, "log": tmp_path / "gunicorn.log"}
    server.terminate()
    try:
        server.wait(timeout=40)
    except subprocess.TimeoutExpired:
        server.kill()


def worker_of(served, client: LiveClient) -> int | None:
    """The pid of the gunicorn worker holding this client's socket."""
    mine = client.ws.socket.getsockname()[1]
    for worker in served["workers"]:
        for conn in worker.net_connections(kind="tcp"):
            if conn.raddr and conn.raddr.port == mine and conn.laddr.port == served["port"]:
                return int(worker.pid)
    return None


def test_an_event_from_another_process_reaches_sockets_on_both_workers(served):
    cookie = sign_in(served["base"], "root")
    clients: list[LiveClient] = []
    holders: dict[int, list[LiveClient]] = {}
    # Each worker takes at most 4 sockets: once one is full (429), the next land on the other.
    for _attempt in range(80):
        try:
            client = LiveClient(served["base"], cookie)
        except InvalidStatus as exc:
            assert exc.response.status_code == 429
            continue
        assert client.hello(), served["log"].read_text()[-2000:]
        clients.append(client)
        holder = worker_of(served, client)
        if holder is not None:
            holders.setdefault(holder, []).append(client)
        if len(holders) == 2:
            break
    assert len(holders) == 2, f"all {len(clients)} sockets landed on one worker"
    time.sleep(1.0)  # both workers' Redis subscriptions are up (they start with the app)

    done = subprocess.run([sys.executable, "-m", "dashboard", "project", "status", "A-1",
                           "on_hold"], cwd=ROOT, env=served["env"], capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    for pid, held in holders.items():
        for client in held:
            event = client.wait_for(lambda e: e["type"] == "project.updated", timeout=10)
            assert event is not None, f"a socket on worker {pid} got nothing"
            assert event["ids"] == [served["project_id"]]
    # a deploy (SIGTERM) closes the sockets at once, well before the 30 s graceful timeout
    served["server"].terminate()
    for client in clients:
        assert client.closed.wait(10), "a socket held its worker through the shutdown"
        client.close()
