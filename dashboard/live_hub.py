"""This process's open live-update sockets: admission limits, scope filtering and fan-out.

The bus thread calls ``Hub.dispatch(event)``: the event's project ids are mapped to their
portfolios once, then each client gets only the ids its viewer may see (an event whose ids are
all outside the viewer's grants is not sent at all; an event without ids, such as a full rescore,
names no project and goes to everyone). The frame for each distinct message is built once and
written to every socket by this one thread, without blocking: waking a thread per socket for
every event made the tail latency grow with the number of sockets. Each socket's send buffer is
its bounded queue (``SEND_BUFFER`` bytes): a client that has not read enough to make room for
the next frame is too slow and is dropped (its socket shut), never buffered without bound.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import socket
import threading
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from wsproto.frame_protocol import FrameProtocol

from data.events import Event
from data.viewer import Viewer

log = logging.getLogger(__name__)
PortfolioLookup = Callable[[Collection[int]], dict[int, int]]
SEND_BUFFER = 64 * 1024  # bytes a client may leave unread before it is dropped
LOCK_WAIT = 1.0  # seconds to wait for a socket another thread is writing to


def text_frame(text: str) -> bytes:
    """A server's unfragmented text frame (unmasked, no extensions): the same bytes for every
    socket, so it is built once per message."""
    return bytes(FrameProtocol(client=False, extensions=[]).send_data(text, True))


class LockedSocket:
    """The socket of one websocket, every write under one lock: the hub's fan-out, the socket's
    own thread (hello, close) and simple-websocket's reader (pings, pongs) never interleave."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.lock = threading.Lock()
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SEND_BUFFER)

    def send(self, data: bytes) -> int:
        with self.lock:
            self.sock.sendall(data)
        return len(data)

    def try_send(self, frame: bytes) -> bool:
        """Write ``frame`` whole without blocking; False when it does not fit (a slow client)
        or the socket is gone."""
        if not self.lock.acquire(timeout=LOCK_WAIT):
            return False
        try:
            return self.sock.send(frame, socket.MSG_DONTWAIT) == len(frame)
        except OSError:  # BlockingIOError (buffer full) included
            return False
        finally:
            self.lock.release()

    def shutdown(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)

    def __getattr__(self, name: str) -> Any:  # recv, fileno, close... of the real socket
        return getattr(self.sock, name)


class Refused(Exception):
    """No room for another socket (for this process or this user); the message says which."""


@dataclass(eq=False)
class Client:
    user: str
    viewer: Viewer
    token: str | None
    sock: LockedSocket | None = None  # set once the handshake is done
    dropped: bool = False
    closed: threading.Event = field(default_factory=threading.Event)

    def wake(self) -> None:
        """Tell the socket's own thread to finish (the peer went away, or it was dropped)."""
        self.closed.set()


def visible_ids(viewer: Viewer, ids: tuple[int, ...], portfolios: dict[int, int]) -> list[int]:
    allowed = viewer.scope.portfolio_ids
    if allowed is None:
        return list(ids)
    return [i for i in ids if portfolios.get(i) in allowed]


class Hub:
    def __init__(self, portfolios_of: PortfolioLookup, max_connections: int,
                 max_per_user: int) -> None:
        self.portfolios_of = portfolios_of
        self.max_connections = max_connections
        self.max_per_user = max_per_user
        self._clients: set[Client] = set()
        self._lock = threading.Lock()
        self.counts = {"sent": 0, "dropped": 0, "refused": 0, "events": 0}

    def admit(self, viewer: Viewer, token: str | None) -> Client:
        """A slot for a new socket, or ``Refused`` when this process or this user is full."""
        with self._lock:
            if len(self._clients) >= self.max_connections:
                self.counts["refused"] += 1
                raise Refused("Too many live connections on this server; polling instead.")
            if sum(c.user == viewer.username for c in self._clients) >= self.max_per_user:
                self.counts["refused"] += 1
                raise Refused("Too many live connections for this user; polling instead.")
            client = Client(viewer.username, viewer, token)
            self._clients.add(client)
            return client

    def release(self, client: Client) -> None:
        """Forget a client (idempotent): called when its socket ends, however it ends."""
        with self._lock:
            self._clients.discard(client)
        client.wake()

    def __len__(self) -> int:
        return len(self._clients)

    def dispatch(self, event: Event) -> None:
        """Queue ``event`` for every client allowed to see it (the bus thread calls this)."""
        self.counts["events"] += 1
        with self._lock:
            clients = list(self._clients)
        if not clients:
            return
        try:
            portfolios = self.portfolios_of(event.ids) if event.ids else {}
        except Exception:  # noqa: BLE001 - without the mapping only unscoped viewers get ids
            log.exception("live: could not map the event's projects")
            portfolios = {}
        at = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
        frames: dict[tuple[int, ...], bytes] = {}  # one frame per distinct visible id list
        for client in clients:
            if client.sock is None or client.closed.is_set():
                continue
            ids = tuple(visible_ids(client.viewer, event.ids, portfolios))
            if event.ids and not ids:
                continue  # about projects this viewer may not see
            frame = frames.get(ids)
            if frame is None:
                frame = frames[ids] = text_frame(json.dumps(
                    {"type": event.type, "ids": list(ids), "at": at}, separators=(",", ":")))
            if client.sock.try_send(frame):
                self.counts["sent"] += 1
            else:
                self.drop(client)

    def drop(self, client: Client) -> None:
        """A client too slow to keep up (or already gone): shut its socket; its thread then
        releases it."""
        if client.dropped:
            return
        client.dropped = True
        self.counts["dropped"] += 1
        log.info("live: dropped a slow client of %s", client.user)
        client.wake()
        if client.sock is not None:
            client.sock.shutdown()

    def close_all(self) -> None:
        with self._lock:
            clients = list(self._clients)
        for client in clients:
            client.wake()
            if client.sock is not None:
                client.sock.shutdown()

    def stats(self) -> dict[str, Any]:
        return {**self.counts, "open": len(self._clients)}
