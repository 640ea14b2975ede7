"""Live updates on the embedded default (SQLite, no Redis), through a real server and real
websockets: who may connect, what each viewer receives, a write from another process (the CLI)
arriving over the database bus, heartbeats, limits, and resources released after many sockets.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest
from sqlalchemy import select
from werkzeug.serving import make_server

from dashboard.app import create_app
from dashboard.migrate import upgrade
from dashboard.settings import Settings
from data.db import make_engine, make_sessionmaker
from data.events import Event
from data.schema import Project, Status
from tests.factories import add_portfolio, add_project
from tests.live_clients import LiveClient, handshake_status, sign_in
from tests.signin import add_user

ROOT = Path(__file__).resolve().parents[2]


class Site:
    def __init__(self, tmp_path: Path, **overrides) -> None:
        self.settings = Settings(data_dir=tmp_path, forecast_on_start=False,
                                 copilot_index_on_start=False, live_recheck_seconds=0.5,
                                 **overrides)
        self.engine = make_engine(self.settings.database_url)
        upgrade(self.engine)
        with make_sessionmaker(self.engine).begin() as s:
            alpha, beta = add_portfolio(s, "Alpha"), add_portfolio(s, "Beta")
            self.a1 = add_project(s, "A-1", alpha).id
            self.b1 = add_project(s, "B-1", beta).id
        add_user(self.engine, "root", "admin")
        add_user(self.engine, "alice", "viewer", ["Alpha"])
        self.app = create_app(self.settings)
        self.services = self.app.server.extensions["dashboard"]
        self.server = make_server("127.0.0.1", 0, self.app.server, threaded=True)
        self.base = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        assert self.services.bus.ready.wait(10)

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "DATA_DIR": str(self.settings.data_dir)}
        env.pop("REDIS_URL", None)
        return subprocess.run([sys.executable, "-m", "dashboard", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120, check=False)

    def stop(self) -> None:
        self.server.shutdown()
        self.services.stop()
        self.engine.dispose()


@pytest.fixture
def site(tmp_path):
    site = Site(tmp_path)
    yield site
    site.stop()


def test_refusals_before_the_upgrade(site):
    """No session, a foreign or missing Origin, and a plain GET are refused with HTTP, never
    upgraded."""
    cookie = sign_in(site.base, "alice")
    assert handshake_status(site.base, None, site.base) == 401
    assert handshake_status(site.base, cookie, "http://evil.example") == 403
    assert handshake_status(site.base, cookie, None) == 403
    assert handshake_status(site.base, cookie, site.base) == 101
    assert handshake_status(site.base, "dashboard_session=forged", site.base) == 401


def test_an_ended_session_is_refused_and_its_open_socket_closed(site):
    cookie = sign_in(site.base, "alice")
    client = LiveClient(site.base, cookie)
    assert client.hello() is not None
    # the session ends in another process (`python -m dashboard user sign-out alice`)
    done = site.cli("user", "sign-out", "alice")
    assert done.returncode == 0 and "1 session(s) ended" in done.stdout, done.stderr
    assert client.closed.wait(10), "the socket outlived its session"
    assert handshake_status(site.base, cookie, site.base) == 401
    client.close()


def test_a_viewer_receives_only_the_ids_of_granted_projects(site):
    alice = LiveClient(site.base, sign_in(site.base, "alice"))
    root = LiveClient(site.base, sign_in(site.base, "root"))
    assert alice.hello() and root.hello()
    site.services.publish(Event("project.updated", (site.b1,)))  # Beta only
    site.services.publish(Event("project.updated", (site.a1, site.b1)))  # both
    site.services.publish(Event("forecast.updated", ()))  # names no project
    assert root.wait_for(lambda e: e["type"] == "forecast.updated")
    assert alice.wait_for(lambda e: e["type"] == "forecast.updated")
    assert [e["ids"] for e in root.events()] == [[site.b1], [site.a1, site.b1], []]
    assert [e["ids"] for e in alice.events()] == [[site.a1], []]
    for c in (alice, root):
        c.close()


def test_a_cli_write_in_another_process_reaches_the_socket(site):
    """Two processes on SQLite without Redis: the CLI's committed change arrives through the
    live_events table."""
    client = LiveClient(site.base, sign_in(site.base, "alice"))
    assert client.hello()
    done = site.cli("project", "status", "A-1", "on_hold")
    assert done.returncode == 0, done.stderr
    event = client.wait_for(lambda e: e["type"] == "project.updated")
    assert event is not None and event["ids"] == [site.a1]
    with make_sessionmaker(site.engine)() as s:  # and the write is really there
        assert s.scalar(select(Status.code).join(Project, Project.status_id == Status.id)
                        .where(Project.id == site.a1)) == "on_hold"
    # a change to a project outside alice's grants never reaches her
    assert site.cli("project", "status", "B-1", "on_hold").returncode == 0
    assert client.wait_for(lambda e: site.b1 in e["ids"], timeout=2) is None
    client.close()


def test_the_version_endpoint_needs_a_session_and_follows_writes(site):
    import httpx

    cookie = sign_in(site.base, "alice")
    assert httpx.get(site.base + "/api/version").status_code == 401
    before = httpx.get(site.base + "/api/version", headers={"Cookie": cookie}).json()
    assert site.cli("project", "status", "A-1", "done").returncode == 0
    after = httpx.get(site.base + "/api/version", headers={"Cookie": cookie}).json()
    assert after["version"] > before["version"] and after["live"] is True


def test_per_user_limit(tmp_path):
    site = Site(tmp_path, live_max_per_user=2)
    try:
        cookie = sign_in(site.base, "alice")
        first, second = LiveClient(site.base, cookie), LiveClient(site.base, cookie)
        assert first.hello() and second.hello()
        assert handshake_status(site.base, cookie, site.base) == 429
        assert handshake_status(site.base, sign_in(site.base, "root"), site.base) == 101
        first.close()
        deadline = time.monotonic() + 10
        while len(site.services.hub) > 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        third = LiveClient(site.base, cookie)
        assert third.hello()
        for c in (second, third):
            c.close()
    finally:
        site.stop()


def test_a_client_that_stops_answering_pings_is_closed(tmp_path):
    """Heartbeat: a socket whose peer never answers a ping is closed and its slot freed."""
    import socket

    site = Site(tmp_path, live_ping_seconds=0.5)
    try:
        cookie = sign_in(site.base, "alice")
        sock = socket.create_connection(("127.0.0.1", site.server.server_port))
        sock.sendall((f"GET /live HTTP/1.1\r\nHost: 127.0.0.1:{site.server.server_port}\r\n"
                      "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                      f"Sec-WebSocket-Version: 13\r\nCookie: {cookie}\r\n"
                      f"Origin: {site.base}\r\n\r\n").encode())
        assert b" 101 " in sock.recv(4096)
        assert len(site.services.hub) == 1
        deadline = time.monotonic() + 10  # never read, never pong
        while len(site.services.hub) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(site.services.hub) == 0
        sock.close()
    finally:
        site.stop()


def test_many_connect_disconnect_cycles_leave_threads_and_memory_at_baseline(site):
    cookie = sign_in(site.base, "alice")
    me = psutil.Process()

    def cycle(n: int) -> None:
        for _ in range(n):
            client = LiveClient(site.base, cookie)
            assert client.hello()
            client.close()

    def settled_threads() -> int:
        deadline = time.monotonic() + 10
        while len(site.services.hub) and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)
        gc.collect()
        return threading.active_count()

    cycle(100)  # warm up: caches, pools, imports
    threads, rss = settled_threads(), me.memory_info().rss
    cycle(1000)
    assert settled_threads() <= threads
    assert len(site.services.hub) == 0
    growth = (me.memory_info().rss - rss) / rss
    print(f"\n1,000 cycles: threads {threads} -> {threading.active_count()}, "
          f"RSS growth {growth:.1%}")
    assert growth < 0.05



def test_documents_a_cli_import_wrote_are_indexed_by_the_running_app(site, tmp_path):
    """The issue's example: a CLI import's documents used to wait for a restart."""
    import json

    bundle = tmp_path / "docs.json"
    bundle.write_text(json.dumps({"documents": [{
        "project": "A-1", "kind": "meeting_minutes", "title": "Zeppelin sync",
        "body": "We agreed to move the zeppelin launch review to Thursday.",
        "created_at": "2026-11-30T10:00:00"}]}))
    runtime = site.services.copilot
    before = runtime.index.status()["documents"]
    done = site.cli("import", str(bundle))
    assert done.returncode == 0, done.stderr
    deadline = time.monotonic() + 60
    while runtime.index.status()["documents"] <= before and time.monotonic() < deadline:
        time.sleep(0.2)
    assert runtime.index.status()["documents"] == before + 1
