"""Faults, over HTTP against the app: PostgreSQL, Redis and Chroma stopped and started again
(private servers on spare ports), Ollama refusing, stalling, trickling and failing mid-stream.

Each test checks what the user gets while the service is down (the page's message, a clear copilot
answer within the deadline plus one second, never a 500) and that the app recovers by itself when
the service is back, without a restart. The times to recover are printed (``-s``) for the report.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import time

import pytest
import redis

from components.feedback import DB_DOWN
from dashboard.app import create_app
from dashboard.auth import everyone_is_system
from dashboard.downloads import DATABASE_DOWN
from dashboard.migrate import upgrade
from dashboard.settings import Settings
from data.db import make_engine, make_sessionmaker
from data.schema import Document
from models.copilot import answer, retrieval  # noqa: F401 - imported here, not by a timed answer
from models.copilot.runtime import MESSAGES
from tests.conftest import require
from tests.factories import add_portfolio, add_project
from tests.integration.test_copilot_pages import callback
from tests.ollama_stub import OllamaStub
from tests.private_services import PrivateChroma, PrivatePostgres, PrivateRedis, postgres_bin
from tests.signin import TEST_SECRET

# The first question of a process starts the index's background sync, whose first import of
# Chroma (seconds of CPU) competes with the answer for the interpreter: the import happens
# above, at collection, so the timed answers measure the model's deadline, not a cold start.
DEADLINE = 3.0
QUESTION = "Which projects are late?"
pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def private_pg():
    require(postgres_bin() is not None, "PostgreSQL binaries (initdb, pg_ctl)")
    server = PrivatePostgres()
    server.start()
    engine = make_engine(server.url)
    upgrade(engine)
    with make_sessionmaker(engine).begin() as s:
        alpha = add_portfolio(s, "Alpha")
        late = add_project(s, "A-1", alpha, start=dt.date(2019, 1, 1), due=dt.date(2020, 1, 1),
                           name="Battery remote")
        add_project(s, "A-2", alpha, name="Solar charger")
        s.add(Document(project_id=late.id, kind="meeting_minutes", title="Sync",
                       body="We decided the battery will be lithium.",
                       created_at=dt.datetime(2026, 5, 1)))
    engine.dispose()
    yield server
    server.remove()


@pytest.fixture
def private_redis(tmp_path):
    server = PrivateRedis(tmp_path)
    require(server.binary is not None, "redis-server")
    server.start()
    yield server
    server.stop()


def make_settings(tmp_path, pg, redis_url=None, ollama=None, **extra) -> Settings:
    return Settings(secret_key=TEST_SECRET, data_dir=tmp_path, database_url=pg.url,
                    redis_url=redis_url,
                    ollama_host=ollama, copilot_deadline=DEADLINE, ollama_read_timeout=20,
                    ollama_connect_timeout=0.5, ollama_cooldown=0.5, ollama_health_ttl=0.5,
                    forecast_on_start=False, copilot_ollama_embeddings=False,
                    copilot_rate_limit=0, **extra)


def app_for(settings: Settings):
    """The app as served, with every request made as the system viewer (sign-in is tested
    elsewhere; these tests are about faults)."""
    return create_app(settings, start=False, resolve_viewer=everyone_is_system)


def ask(app, client, question: str = QUESTION) -> tuple[dict, float]:
    """Ask through the sidebar's callbacks and poll as the page does; (answer, seconds)."""
    started = time.monotonic()
    out = callback(app, client, "copilot-job.data", {"copilot-ask": 1},
                   {"copilot-question": question, "copilot-history-store": [],
                    "shell-url": "/"})
    job = out["copilot-job"]["data"]
    for tick in range(400):
        polled = callback(app, client, "copilot-live.children", {"copilot-poll": tick + 1},
                          {"copilot-job": job, "copilot-history-store": []})
        if "copilot-history-store" in polled:
            entry = polled["copilot-history-store"]["data"][-1]
            return entry["answer"], time.monotonic() - started
        time.sleep(0.1)
    raise AssertionError("the answer never completed")


def answer_seconds(app, client) -> float:
    """What a data answer costs this app on this machine now: the second of two questions (the
    first loads the language tools). Time bounds below are the deadline plus this, so a machine
    losing most of its CPU to other work (CI has run at a quarter of a quiet machine's speed)
    does not fail them, while an answer that waits on the model's read timeout (20 s) or on a
    stalled model (60 s) still does."""
    ask(app, client, "How many projects are there?")
    return ask(app, client, "How many projects do we have?")[1]


def within_deadline(seconds: float, base: float, share: float = 2) -> bool:
    """At most the deadline, plus a second, plus ``share`` data answers' work."""
    return seconds < DEADLINE + 1 + share * base


def overview(app, client) -> str:
    return json.dumps(callback(app, client, "overview-kpis.children",
                               {"overview-filters": {}}))


def recover(probe, timeout: float = 30) -> float:
    """Seconds until ``probe()`` is true (polled every 0.2 s)."""
    started = time.monotonic()
    while not probe():
        assert time.monotonic() - started < timeout, "did not recover"
        time.sleep(0.2)
    return round(time.monotonic() - started, 2)


FAULTS = {"refuse": {}, "stall": {"stall": 60}, "trickle": {"trickle": 0.5},
          "fail_mid_stream": {"fail_after": 1}}


@pytest.mark.parametrize("fault", FAULTS)
def test_a_misbehaving_model_costs_at_most_the_deadline_and_heals(fault, tmp_path, private_pg):
    plain = app_for(make_settings(tmp_path / "plain", private_pg))  # the same data, no model
    base = answer_seconds(plain, plain.server.test_client())
    stub = OllamaStub(**FAULTS[fault]).__enter__()
    port = stub.port
    if fault == "refuse":
        stub.close()
    try:
        app = app_for(make_settings(tmp_path, private_pg, ollama=stub.url))
        client = app.server.test_client()
        answer, seconds = ask(app, client)
        assert within_deadline(seconds, base), f"{fault}: {seconds:.1f} s (data {base:.1f} s)"
        assert "A-1" in answer["text"]  # the data-only answer, with the facts
        assert answer["model"] is None and answer["note"].startswith("Answered from data only")

        started = time.monotonic()  # Insights never ask the model
        insights = json.dumps(callback(app, client, "overview-insights.children",
                                       {"overview-filters": {}}))
        # never waits for the model: every chat the model was sent is the question's (one sent
        # by an answer that gave up at its deadline may arrive later, on a slow machine), and a
        # bound far below any wait on a model that never ends catches a hang
        assert "past due" in insights and time.monotonic() - started < 3 * DEADLINE + base
        assert all(QUESTION in json.dumps(chat["messages"]) for chat in stub.chats())

        healed_at = time.monotonic()  # the server comes back (or behaves again)
        if fault == "refuse":
            stub = OllamaStub(port=port).__enter__()
        else:
            stub.stall, stub.trickle, stub.fail_after = 0.0, 0.0, None

        def model_answers() -> bool:
            return ask(app, client)[0]["model"] is not None

        recover(model_answers)
        print(f"\nollama {fault}: answered from data in {seconds:.1f} s; model back after "
              f"{time.monotonic() - healed_at:.1f} s")
    finally:
        stub.close()


def test_four_stuck_answers_do_not_block_a_fifth(tmp_path, private_pg):
    plain = app_for(make_settings(tmp_path / "plain", private_pg))  # the same data, no model
    base = answer_seconds(plain, plain.server.test_client())
    with OllamaStub(trickle=0.5) as stub:
        app = app_for(make_settings(tmp_path, private_pg, ollama=stub.url, copilot_slots=4))
        results: list[tuple[dict, float]] = []

        # five different questions (no answer is shared through the cache), all about late work
        wordings = ["Which projects are late?", "Which projects are overdue?",
                    "What projects are late?", "Show me the late projects",
                    "List the projects that are late"]

        def one(n: int) -> None:
            results.append(ask(app, app.server.test_client(), wordings[n]))

        # a server that has answered before: the language tools load on the first question
        ask(app, app.server.test_client(), "How many projects are there?")

        threads = [threading.Thread(target=one, args=(n,)) for n in range(5)]
        for thread in threads:
            thread.start()
            time.sleep(0.05)
        for thread in threads:
            thread.join(30)
    assert len(results) == 5
    # four answers' data work shares the interpreter with the fifth
    assert all(within_deadline(seconds, base, share=4) for _, seconds in results), (base, results)
    texts = [a["text"] for a, _ in results]
    assert sum("A-1" in t for t in texts) >= 4  # four got slots and answered from data
    assert all("A-1" in t or t == MESSAGES["busy"] for t in texts)


def test_postgres_stopped_and_started_again(tmp_path, private_pg, private_redis):
    app = app_for(make_settings(tmp_path, private_pg, redis_url=private_redis.url))
    client = app.server.test_client()
    base = answer_seconds(app, client)
    assert DB_DOWN not in overview(app, client)
    private_pg.stop()
    try:
        assert DB_DOWN in overview(app, client)  # the page's message, not a 500
        csv = client.get("/download/projects.csv")
        assert csv.status_code == 503 and csv.json["error"] == DATABASE_DOWN
        answer, seconds = ask(app, client)
        assert answer["text"] == MESSAGES["database"] and within_deadline(seconds, base)
        assert client.get("/healthz").status_code == 200
        ready = client.get("/readyz")
        assert ready.status_code == 503 and ready.json["checks"]["database"]["status"] == "down"
        projects = callback(app, client, "projects-table.children",
                            {"projects-view": {}}, {"projects-cursor": None})
        assert DB_DOWN in json.dumps(projects)
    finally:
        private_pg.start()
    seconds = recover(lambda: DB_DOWN not in overview(app, client))
    csv = client.get("/download/projects.csv")
    assert csv.status_code == 200 and csv.data.decode().count("\n") == 3  # header + 2 projects
    assert "A-1" in ask(app, client)[0]["text"]
    assert client.get("/readyz").status_code == 200
    print(f"\npostgres: recovered {seconds} s after it was back")


def test_redis_stopped_and_started_again(tmp_path, private_pg, private_redis):
    app = app_for(make_settings(tmp_path, private_pg, redis_url=private_redis.url))
    client = app.server.test_client()
    services = app.server.extensions["dashboard"]
    base = answer_seconds(app, client)
    first = overview(app, client)
    assert "overview-kpi-projects" in first
    private_redis.stop()
    try:
        assert overview(app, client) == first  # from the database: same figures, no error
        answer, seconds = ask(app, client)  # the job store falls back to this process
        assert "A-1" in answer["text"] and within_deadline(seconds, base)
        ready = client.get("/readyz")
        assert ready.status_code == 503 and ready.json["checks"]["cache"]["status"] == "down"
        assert "cache" in ready.json["degraded"] and services.cache.degraded
        metrics = client.get("/metrics").data.decode()
        assert "dashboard_cache_degraded 1.0" in metrics
    finally:
        private_redis.start()
    seconds = recover(lambda: client.get("/readyz").status_code == 200)
    overview(app, client)
    assert redis.Redis.from_url(private_redis.url).dbsize() > 0  # caching again
    assert "A-1" in ask(app, client, "Which projects are late now?")[0]["text"]
    print(f"\nredis: recovered {seconds} s after it was back")


def test_chroma_server_stopped_and_started_again(tmp_path, private_pg):
    chroma = PrivateChroma(tmp_path / "chroma-server")
    require(chroma.binary is not None, "the chroma server (chroma run)")
    chroma.start()
    try:
        app = app_for(make_settings(tmp_path, private_pg, chroma_host=chroma.host))
        client = app.server.test_client()
        services = app.server.extensions["dashboard"]
        services.copilot.sync_now(rebuild=True)
        assert services.copilot.index.client.heartbeat()  # the server holds the passages
        base = answer_seconds(app, client)
        question = "What did we decide about the battery?"
        answer, _ = ask(app, client, question)
        assert "lithium" in answer["text"]
        chroma.stop()
        answer, seconds = ask(app, client, "What was decided about the battery?")
        assert within_deadline(seconds, base)
        assert "lithium" in answer["text"] or answer["text"] == MESSAGES["index"]
        print(f"\nchroma down: {answer['text'][:80]!r} in {seconds:.1f} s")
        ready = client.get("/readyz").json
        assert ready["checks"]["vector_store"]["status"] == "down" and ready["ready"]
        chroma.start()  # the same port and folder
        seconds = recover(lambda: "lithium" in ask(app, client, "Battery decision?")[0]["text"])
        assert client.get("/readyz").json["checks"]["vector_store"]["status"] == "ok"
        print(f"\nchroma: recovered {seconds} s after it was back")
    finally:
        chroma.stop()
