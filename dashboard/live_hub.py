"""This process's open live-update sockets: admission limits, scope filtering and fan-out.

The bus thread calls ``Hub.dispatch(event)``: the event's project ids are mapped to their
portfolios once, then each client gets only the ids its viewer may see (an event whose ids are
all outside the viewer's grants is not sent at all; an event without ids, such as a full rescore,
names no project and goes to everyone). Each client has a bounded queue: a client that falls
``queue_size`` events behind is dropped (its socket shut), never buffered without bound. A
socket's own thread sends what its queue holds (``dashboard.live_routes``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import queue
import threading
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from data.events import Event
from data.viewer import Viewer

log = logging.getLogger(__name__)
PortfolioLookup = Callable[[Collection[int]], dict[int, int]]
CLOSE = None  # the sentinel a client's queue gets when it must stop


class Refused(Exception):
    """No room for another socket (for this process or this user); the message says which."""


@dataclass(eq=False)
class Client:
    user: str
    viewer: Viewer
    token: str | None
    queue: queue.Queue[str | None]
    abort: Callable[[], None] = lambda: None  # shuts the socket (set once it exists)
    dropped: bool = False
    closed: threading.Event = field(default_factory=threading.Event)

    def wake(self) -> None:
        """Tell the sending thread to stop (the socket closed, or the client was dropped)."""
        self.closed.set()
        with contextlib.suppress(queue.Full):  # the sender then finds ``closed`` set
            self.queue.put_nowait(CLOSE)


def visible_ids(viewer: Viewer, ids: tuple[int, ...], portfolios: dict[int, int]) -> list[int]:
    allowed = viewer.scope.portfolio_ids
    if allowed is None:
        return list(ids)
    return [i for i in ids if portfolios.get(i) in allowed]


class Hub:
    def __init__(self, portfolios_of: PortfolioLookup, max_connections: int,
                 max_per_user: int, queue_size: int) -> None:
        self.portfolios_of = portfolios_of
        self.max_connections = max_connections
        self.max_per_user = max_per_user
        self.queue_size = queue_size
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
            client = Client(viewer.username, viewer, token, queue.Queue(self.queue_size))
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
        for client in clients:
            ids = visible_ids(client.viewer, event.ids, portfolios)
            if event.ids and not ids:
                continue  # about projects this viewer may not see
            message = json.dumps({"type": event.type, "ids": ids, "at": at},
                                 separators=(",", ":"))
            try:
                client.queue.put_nowait(message)
                self.counts["sent"] += 1
            except queue.Full:
                self.drop(client)

    def drop(self, client: Client) -> None:
        """A client too slow to keep up: shut its socket; its thread then releases it."""
        if client.dropped:
            return
        client.dropped = True
        self.counts["dropped"] += 1
        log.info("live: dropped a slow client of %s", client.user)
        client.wake()
        try:
            client.abort()
        except Exception:  # noqa: BLE001 - already closed
            log.debug("live: abort failed", exc_info=True)

    def close_all(self) -> None:
        with self._lock:
            clients = list(self._clients)
        for client in clients:
            client.wake()
            try:
                client.abort()
            except Exception:  # noqa: BLE001 - already closed
                log.debug("live: abort failed", exc_info=True)

    def stats(self) -> dict[str, Any]:
        return {**self.counts, "open": len(self._clients)}
