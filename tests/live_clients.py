"""Live-updates test helpers: sign in over real HTTP, open real websockets, read their events.

Used by tests/integration/test_live*.py and benchmarks/live_latency.py: an HTTP client
(httpx) signs in through the form, and ``websockets`` clients connect to ``/live`` with the
session cookie and an ``Origin`` header, as a browser does.
"""

from __future__ import annotations

import contextlib
import json
import re
import socket
import threading
import time
from typing import Any

import httpx
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from tests.signin import PASSWORD

_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def sign_in(base: str, username: str, password: str = PASSWORD) -> str:
    """The ``Cookie`` header of a fresh signed-in session."""
    with httpx.Client(base_url=base, timeout=10) as http:
        page = http.get("/login")
        token = _CSRF.search(page.text)
        assert token, page.text[:300]
        done = http.post("/login", data={"username": username, "password": password,
                                         "csrf_token": token.group(1), "next": "/"})
        assert done.status_code in (302, 303), done.text[:300]
        return "; ".join(f"{k}={v}" for k, v in http.cookies.items())


def handshake_status(base: str, cookie: str | None, origin: str | None) -> int:
    """The HTTP status ``/live`` answers a websocket handshake with (101 when accepted)."""
    headers = {"Upgrade": "websocket", "Connection": "Upgrade",
               "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Version": "13"}
    if cookie:
        headers["Cookie"] = cookie
    if origin:
        headers["Origin"] = origin
    host, port = base.removeprefix("http://").split(":")
    request = "GET /live HTTP/1.1\r\nHost: " + f"{host}:{port}\r\n" + "".join(
        f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(request.encode())
        status_line = sock.recv(4096).split(b"\r\n", 1)[0].decode()
    return int(status_line.split()[1])


class LiveClient:
    """One websocket on ``/live``; a thread collects every message with its arrival time."""

    def __init__(self, base: str, cookie: str, origin: str | None = None) -> None:
        url = base.replace("http://", "ws://") + "/live"
        self.ws = connect(url, origin=origin or base,  # type: ignore[arg-type]
                          additional_headers={"Cookie": cookie}, open_timeout=30,
                          compression=None, legacy=True)
        self.messages: list[tuple[float, dict[str, Any]]] = []
        self.closed = threading.Event()
        self._new = threading.Condition()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        try:
            while True:
                raw = self.ws.recv()
                with self._new:
                    self.messages.append((time.time(), json.loads(raw)))
                    self._new.notify_all()
        except (ConnectionClosed, OSError):
            pass
        finally:
            self.closed.set()
            with self._new:
                self._new.notify_all()

    def events(self) -> list[dict[str, Any]]:
        return [m for _t, m in self.messages if m.get("type") != "hello"]

    def wait_for(self, predicate: Any, timeout: float = 10.0) -> dict[str, Any] | None:
        """The first event matching ``predicate`` within ``timeout`` s (None: none came)."""
        end = time.monotonic() + timeout
        with self._new:
            while True:
                for event in self.events():
                    if predicate(event):
                        return event
                left = end - time.monotonic()
                if left <= 0 or self.closed.is_set():
                    return None
                self._new.wait(left)

    def hello(self, timeout: float = 10.0) -> dict[str, Any] | None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            for _t, m in self.messages:
                if m.get("type") == "hello":
                    return m
            time.sleep(0.01)
        return None

    def close(self) -> None:
        with contextlib.suppress(Exception):  # the server closed it already
            self.ws.close()
        self._thread.join(timeout=5)
