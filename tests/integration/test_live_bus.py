"""The bus on its own, on SQLite and PostgreSQL (the ``live_events`` table) and on Redis: what one
publisher sends, every started receiver gets, in order, once; a receiver started later does not
replay old events; malformed Redis messages are ignored."""

from __future__ import annotations

import threading
import time
import uuid

from dashboard.live_bus import RedisBus, TableBus, decode
from data.events import Event
from tests.conftest import redis_available


def collect(bus) -> tuple[list[Event], threading.Event]:
    got: list[Event] = []
    arrived = threading.Event()

    def deliver(event: Event) -> None:
        got.append(event)
        arrived.set()

    bus.start(deliver)
    assert bus.ready.wait(10)
    return got, arrived


def wait_for(got: list[Event], count: int, timeout: float = 10.0) -> None:
    end = time.monotonic() + timeout
    while len(got) < count and time.monotonic() < end:
        time.sleep(0.02)


def test_the_table_bus_delivers_to_every_receiver_in_order(db):
    engine = db.kw["bind"]
    TableBus(engine).publish(Event("project.updated", (99,)))  # before anyone listens
    first, second = TableBus(engine, 0.05), TableBus(engine, 0.05)
    got1, _ = collect(first)
    got2, _ = collect(second)
    publisher = TableBus(engine)
    for i in range(5):
        publisher.publish(Event("project.updated", (i, i + 1)))
    publisher.publish(Event("forecast.updated", ()))
    wait_for(got1, 6)
    wait_for(got2, 6)
    expected = [Event("project.updated", (i, i + 1)) for i in range(5)] + [
        Event("forecast.updated", ())]
    assert got1 == expected and got2 == expected  # the event from before start: not replayed
    first.stop()
    second.stop()


def test_the_redis_bus_delivers_and_ignores_garbage():
    url = redis_available()
    prefix = f"test-{uuid.uuid4().hex[:8]}"
    receiver = RedisBus(url, prefix)
    got, _ = collect(receiver)
    receiver.client.publish(f"{prefix}:events", b"not json")
    receiver.client.publish(f"{prefix}:events", b'{"type": 5}')
    RedisBus(url, prefix).publish(Event("project.updated", (7,)))
    wait_for(got, 1)
    time.sleep(0.2)
    assert got == [Event("project.updated", (7,))]
    receiver.stop()


def test_decode_is_strict():
    assert decode(b'{"type":"a.b","ids":[1,2]}') == Event("a.b", (1, 2))
    for raw in (b"", b"[]", b'{"ids":[1]}', b'{"type":"x","ids":"1"}',
                b'{"type":"x","ids":[' + b",".join([b"1"] * 501) + b"]}"):
        assert decode(raw) is None


def test_a_late_commit_on_postgresql_is_still_delivered(pg_url):
    """A sequence hands out ids before commit: the row with the lower id may commit last."""
    import datetime as dt

    from sqlalchemy import insert

    from dashboard.migrate import upgrade
    from data.db import make_engine
    from data.schema import LiveEvent

    engine = make_engine(pg_url)
    upgrade(engine)
    receiver = TableBus(engine, 0.05)
    got, _ = collect(receiver)
    slow = engine.connect()
    transaction = slow.begin()
    slow.execute(insert(LiveEvent).values(type="project.updated", ids="1",
                                          created_at=dt.datetime(2026, 1, 1)))  # takes id n
    TableBus(engine).publish(Event("project.updated", (2,)))  # id n+1, committed first
    wait_for(got, 1)
    transaction.commit()  # id n becomes visible after n+1 was read
    slow.close()
    wait_for(got, 2)
    time.sleep(0.3)
    assert got == [Event("project.updated", (2,)), Event("project.updated", (1,))]
    receiver.stop()
    engine.dispose()
