"""Cached reads, write events and cache invalidation with the real cache backends."""

from __future__ import annotations

import time

import pytest
import redis
from flask import Flask

from dashboard.auth import everyone_is_system
from dashboard.background import Forecasting
from dashboard.cache import QueryCache
from dashboard.services import Services
from dashboard.settings import Settings
from data import commands, events, queries
from data.errors import ValidationFailed
from data.scope import Scope
from data.viewer import Viewer
from models.copilot.runtime import CopilotRuntime
from tests.conftest import require
from tests.factories import TODAY, add_portfolio, add_project
from tests.signin import TEST_SECRET

DEAD_REDIS_URL = "redis://127.0.0.1:1/0"  # nothing listens on port 1


def make_services(db, redis_url: str | None) -> Services:
    cache = QueryCache()
    cache.init_app(Flask(__name__), redis_url, timeout=300)
    engine = db.kw["bind"]
    settings = Settings(secret_key=TEST_SECRET,
                        database_url=engine.url.render_as_string(hide_password=False))
    return Services(settings, engine, db, cache, everyone_is_system, Forecasting(settings),
                    CopilotRuntime(settings, db), background=None, today=lambda: TODAY)


def _active_count(services: Services) -> int:
    viewer = Viewer.system()
    kpis = services.cached("kpis", viewer, {"today": TODAY},
                           lambda s: queries.overview_kpis(s, viewer.scope, TODAY))
    return kpis.active


@pytest.mark.parametrize("backend", ["memory", "redis"])
def test_write_invalidates_cached_read(db, backend, request):
    url = request.getfixturevalue("redis_url") if backend == "redis" else None
    services = make_services(db, url)
    seen: list[events.Event] = []
    services.subscribers.append(seen.append)
    with db.begin() as s:
        add_project(s, "A-1", add_portfolio(s, "Alpha"))

    assert _active_count(services) == 1
    with db.begin() as s:  # written behind the cache's back: a cached read stays stale
        beta = add_portfolio(s, "Beta")
        add_project(s, "B-1", beta)
        add_project(s, "B-2", beta)
    assert _active_count(services) == 1

    version = services.data_version()
    with db.begin() as s:  # a command bumps the data version in its own transaction
        commands.set_project_status(s, Scope.everything(), "A-1", "on_hold")
    assert services.data_version() == version + 1
    assert [e.type for e in seen] == ["project.updated"]
    assert _active_count(services) == 2  # B-1 and B-2 now visible, A-1 on hold


def test_rolled_back_write_publishes_nothing(db):
    services = make_services(db, None)
    seen: list[events.Event] = []
    services.subscribers.append(seen.append)
    with db.begin() as s:
        add_project(s, "A-1", add_portfolio(s, "Alpha"))
    with pytest.raises(RuntimeError), db.begin() as s:
        commands.set_project_status(s, Scope.everything(), "A-1", "done")
        raise RuntimeError("boom")
    assert seen == []
    with db() as s:
        assert queries.overview_kpis(s, Scope.everything(), TODAY).active == 1


def test_a_failing_subscriber_does_not_stop_the_others(db):
    services = make_services(db, None)
    seen = []

    def broken(_event):
        raise ValueError("subscriber bug")

    services.subscribers[:] = [broken, seen.append]
    services.publish(events.Event("project.updated", (1,)))
    assert seen == [events.Event("project.updated", (1,))]


def test_unreachable_redis_makes_reads_slower_not_broken(db):
    services = make_services(db, DEAD_REDIS_URL)
    with db.begin() as s:
        add_project(s, "A-1", add_portfolio(s, "Alpha"))
    assert _active_count(services) == 1
    with db.begin() as s:
        add_project(s, "A-2", add_portfolio(s, "Beta"))
    assert _active_count(services) == 2  # nothing cached, so every read is fresh


def test_set_project_status_validates_and_respects_scope(db):
    with db.begin() as s:
        alpha, beta = add_portfolio(s, "Alpha"), add_portfolio(s, "Beta")
        add_project(s, "A-1", alpha)
        add_project(s, "B-1", beta)
        alpha_id = alpha.id
    with pytest.raises(ValidationFailed) as err, db.begin() as s:
        commands.set_project_status(s, Scope.of(alpha_id), "B-1", "nonsense")
    fields = {(e.field, e.message.split()[0]) for e in err.value.errors}
    assert fields == {("key", "no"), ("status", "unknown")}

    with db.begin() as s:
        done = commands.set_project_status(s, Scope.of(alpha_id), "A-1", "done")
        assert done.completed_at is not None
    with db.begin() as s:
        reopened = commands.set_project_status(s, Scope.everything(), "A-1", "active")
        assert reopened.completed_at is None


@pytest.fixture
def own_redis(tmp_path):
    """A private redis-server this test may stop and start again."""
    import shutil
    import socket
    import subprocess
    import time

    binary = shutil.which("redis-server")
    require(binary is not None, "redis-server")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"redis://127.0.0.1:{port}/0"

    class Server:
        process = None

        def start(self):
            self.process = subprocess.Popen(
                [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                 "--appendonly", "no", "--dir", str(tmp_path)],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            client = redis.Redis.from_url(url)
            for _ in range(100):
                try:
                    client.ping()
                    return
                except redis.ConnectionError:
                    time.sleep(0.05)
            raise RuntimeError("private redis-server did not start")

        def stop(self):
            self.process.terminate()
            self.process.wait(timeout=10)

    server = Server()
    server.start()
    yield url, server
    if server.process.poll() is None:
        server.stop()


def test_redis_stopped_mid_test_reads_go_to_the_database(db, own_redis):
    url, server = own_redis
    services = make_services(db, url)
    with db.begin() as s:
        add_project(s, "A-1", add_portfolio(s, "Alpha"))
    assert _active_count(services) == 1
    assert redis.Redis.from_url(url).dbsize() >= 1  # the read was cached in Redis

    server.stop()
    with db.begin() as s:
        add_project(s, "A-2", add_portfolio(s, "Beta"))
    assert _active_count(services) == 2  # Redis is gone: fresh from the database, no error
    with db.begin() as s:  # a write while Redis is down still commits and publishes
        commands.set_project_status(s, Scope.everything(), "A-1", "on_hold")
    assert _active_count(services) == 1

    assert services.cache.degraded  # visible: /readyz, the gauge, the counter
    server.start()  # Redis is back (empty): caching resumes once the degraded spell ends
    deadline = time.monotonic() + services.cache.retry_after + 5
    while redis.Redis.from_url(url).dbsize() == 0 and time.monotonic() < deadline:
        assert _active_count(services) == 1
        time.sleep(0.2)
    assert redis.Redis.from_url(url).dbsize() >= 1
    assert not services.cache.degraded


def test_gather_runs_reads_in_their_own_sessions_and_keeps_order(db):
    services = make_services(db, None)
    with db.begin() as s:
        add_project(s, "A-1", add_portfolio(s, "Alpha"))
    seen_sessions = []  # the sessions themselves, so none is freed and its id reused

    def read(n):
        def query(session):
            seen_sessions.append(session)
            return (n, queries.overview_kpis(session, Scope.everything(), TODAY).projects)
        return query

    assert services.gather(read(1), read(2), read(3)) == [(1, 1), (2, 1), (3, 1)]
    assert len({id(s) for s in seen_sessions}) == 3
