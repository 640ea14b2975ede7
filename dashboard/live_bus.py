"""The cross-process event bus: committed writes' events reach every process of the deployment.

``make_bus(settings, engine)`` picks the transport: Redis pub/sub when ``REDIS_URL`` is set (one
channel, ``<LIVE_PREFIX>:events``), otherwise the database itself (``live_events`` rows that one
thread per process polls), so the embedded default and a CLI run beside it need nothing more.
A process publishes with ``bus.publish(event)`` (after commit: ``data.events.install``) and,
once ``bus.start(deliver)`` is called, every event published anywhere, its own included, is
handed to ``deliver`` in that thread. Events carry a type and project ids, never data: a
receiver reads what changed through its own viewer-scoped queries.

Publishing never raises: the write is committed already, and a lost notice only delays a page
until its next poll of the data version.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

from sqlalchemy import Engine, delete, func, insert, select

from data.events import Event
from data.schema import LiveEvent

log = logging.getLogger(__name__)
Deliver = Callable[[Event], None]
MAX_IDS = 500  # more ids than this travel as "everything changed" (no ids)
KEEP_ROWS = dt.timedelta(minutes=10)


def encode(event: Event) -> str:
    ids = list(event.ids) if len(event.ids) <= MAX_IDS else []
    return json.dumps({"type": event.type[:64], "ids": ids}, separators=(",", ":"))


def decode(raw: str | bytes) -> Event | None:
    """An event from the wire, or None for anything malformed (never trusted blindly)."""
    try:
        body = json.loads(raw)
        kind, ids = body["type"], body.get("ids") or []
        if not isinstance(kind, str) or not isinstance(ids, list) or len(ids) > MAX_IDS:
            return None
        return Event(kind[:64], tuple(int(i) for i in ids if isinstance(i, int)))
    except (ValueError, KeyError, TypeError):
        return None


class Bus(Protocol):
    def publish(self, event: Event) -> None: ...

    def start(self, deliver: Deliver) -> None: ...

    def stop(self) -> None: ...


class RedisBus:
    """Redis pub/sub: publish is one PUBLISH; a daemon thread subscribes and delivers.

    After the subscription drops and comes back, a ``live.resync`` event is delivered (events
    may have been missed meanwhile: pages re-read their data)."""

    RESYNC = "live.resync"

    def __init__(self, url: str, prefix: str) -> None:
        import redis

        self.channel = f"{prefix}:events"
        self.client = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
        self._sub_client = redis.Redis.from_url(url, socket_connect_timeout=2,
                                                health_check_interval=30)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.ready = threading.Event()  # subscribed (tests wait on it)

    def publish(self, event: Event) -> None:
        try:
            self.client.publish(self.channel, encode(event))
        except Exception:  # noqa: BLE001 - the write is committed; pages poll the version
            log.warning("live event %s not published (Redis unavailable)", event.type)

    def start(self, deliver: Deliver) -> None:
        self._thread = threading.Thread(target=self._run, args=(deliver,), name="live-redis",
                                        daemon=True)
        self._thread.start()

    def _run(self, deliver: Deliver) -> None:
        backoff, first = 0.5, True
        while not self._stop.is_set():
            pubsub = self._sub_client.pubsub(ignore_subscribe_messages=True)
            try:
                pubsub.subscribe(self.channel)
                self.ready.set()
                if not first:
                    deliver(Event(self.RESYNC, ()))
                first, backoff = False, 0.5
                while not self._stop.is_set():
                    message = pubsub.get_message(timeout=1.0)
                    if message and message.get("type") == "message":
                        event = decode(message["data"])
                        if event is not None:
                            deliver(event)
            except Exception:  # noqa: BLE001 - Redis went away: retry with backoff
                self.ready.clear()
                log.warning("live subscription lost; retrying in %.1f s", backoff)
                self._stop.wait(backoff)
                backoff = min(backoff * 2, 10.0)
            finally:
                with contextlib.suppress(Exception):  # already broken
                    pubsub.close()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=3)
        self.client.close()
        self._sub_client.close()


class TableBus:
    """The database as the bus: publish inserts a ``live_events`` row in its own transaction;
    a daemon thread per process reads rows after the last id it saw every ``interval`` seconds
    (one indexed query) and prunes rows older than ``KEEP_ROWS`` now and then.

    On PostgreSQL ids come from a sequence, so a row can commit after a row with a higher id was
    already read: each poll reads again the last ``LATE_WINDOW`` ids and delivers only rows it
    has not delivered yet. SQLite writes one transaction at a time, so ids commit in order."""

    LATE_WINDOW = 200

    def __init__(self, engine: Engine, interval: float = 0.25) -> None:
        self.engine = engine
        self.interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.ready = threading.Event()

    def publish(self, event: Event) -> None:
        ids = list(event.ids) if len(event.ids) <= MAX_IDS else []
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(LiveEvent).values(
                    type=event.type[:64], ids=",".join(str(int(i)) for i in ids),
                    created_at=dt.datetime.now(dt.UTC).replace(tzinfo=None)))
        except Exception:  # noqa: BLE001 - the write is committed; pages poll the version
            log.warning("live event %s not published (database busy or down)", event.type)

    def start(self, deliver: Deliver) -> None:
        self._thread = threading.Thread(target=self._run, args=(deliver,), name="live-table",
                                        daemon=True)
        self._thread.start()

    def _last_id(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.scalar(select(func.max(LiveEvent.id))) or 0)

    def _run(self, deliver: Deliver) -> None:
        last: int | None = None
        window = self.LATE_WINDOW if self.engine.dialect.name == "postgresql" else 0
        seen: set[int] = set()  # ids delivered within the window
        pruned = 0.0
        while not self._stop.is_set():
            try:
                if last is None:
                    last = self._last_id()
                    seen = set(range(max(0, last - window) + 1, last + 1))  # not replayed
                    self.ready.set()
                with self.engine.connect() as conn:
                    rows = conn.execute(select(LiveEvent.id, LiveEvent.type, LiveEvent.ids)
                                        .where(LiveEvent.id > last - window)
                                        .order_by(LiveEvent.id).limit(1000 + window)).all()
                for row_id, kind, ids in rows:
                    if row_id in seen or (not window and row_id <= last):
                        continue
                    seen.add(row_id)
                    last = max(last, row_id)
                    deliver(Event(kind, tuple(int(i) for i in ids.split(",") if i)))
                if window:
                    seen = {i for i in seen if i > last - window}
                if time.monotonic() - pruned > 60:
                    pruned = time.monotonic()
                    self._prune()
            except Exception:  # noqa: BLE001 - the database is down: try again later
                log.warning("live events could not be read; retrying", exc_info=True)
                self._stop.wait(2.0)
            self._stop.wait(self.interval)

    def _prune(self) -> None:
        cutoff = dt.datetime.now(dt.UTC).replace(tzinfo=None) - KEEP_ROWS
        with self.engine.begin() as conn:
            conn.execute(delete(LiveEvent).where(LiveEvent.created_at < cutoff))

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=3)


def make_bus(settings: Any, engine: Engine) -> Bus:
    """Redis pub/sub when ``REDIS_URL`` is set, else the ``live_events`` table."""
    if settings.redis_url:
        return RedisBus(settings.redis_url, settings.live_prefix)
    return TableBus(engine, settings.live_poll_seconds)
