"""The production stack as the README starts it: gunicorn with two threaded workers, a Celery
worker and beat, against a real PostgreSQL and a private Redis (stopped by the last test).

Which web worker served a request is read from gunicorn's access log (each request carries its
own ``X-Request-ID``, logged with the worker's pid), never from the app itself.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from dashboard.migrate import upgrade
from data.db import make_engine
from data.demo import load_demo
from models.copilot.runtime import MESSAGES
from tests.conftest import POSTGRES_ADMIN_URL, require
from tests.private_services import PrivateRedis, free_port, scratch_database, wait_until
from tests.signin import CSRF_INPUT as CSRF
from tests.signin import PASSWORD, TEST_SECRET, add_user

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.postgres, pytest.mark.slow]


class Stack:
    def __init__(self, folder: Path, database_url: str, redis: PrivateRedis) -> None:
        self.folder = folder
        self.redis = redis
        self.database_url = database_url
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, "PYTHONPATH": str(ROOT), "DATABASE_URL": database_url,
                    "REDIS_URL": redis.url, "DATA_DIR": str(folder / "data"), "JOBS": "celery",
                    "SECRET_KEY": TEST_SECRET, "LOG_FORMAT": "json", "HEARTBEAT_EVERY": "1",
                    "INDEX_EVERY": "0", "WARM_EVERY": "0", "FORECAST_EVERY": "0",
                    "COPILOT_OLLAMA_EMBEDDINGS": "false", "OLLAMA_HOST": "",
                    # LSA, also where the optional MiniLM package is installed: the rebuild of
                    # 20x the demo's documents must finish within the kill test's wait
                    "COPILOT_EMBEDDING": "lsa"}
        for name in ("PROMETHEUS_MULTIPROC_DIR", "WEB_CONCURRENCY", "CI_RUN"):
            self.env.pop(name, None)
        self.processes: dict[str, subprocess.Popen[bytes]] = {}
        self.cookies = httpx.Cookies()

    def spawn(self, name: str, *args: str, **env: str) -> None:
        log = (self.folder / f"{name}.log").open("wb")
        self.processes[name] = subprocess.Popen(
            [sys.executable, "-m", *args], cwd=ROOT, env={**self.env, **env},
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)

    def start(self) -> None:
        self.spawn("web", "gunicorn", "-c", "dashboard/gunicorn_conf.py", "dashboard.wsgi:server",
                   HOST="127.0.0.1", PORT=str(self.port), WEB_CONCURRENCY="2", WEB_THREADS="4",
                   PROMETHEUS_MULTIPROC_DIR=str(self.folder / "metrics"))
        self.spawn("worker", "celery", "-A", "dashboard.worker", "worker", "-Q", "celery,jobs",
                   "-c", "2", "--loglevel", "INFO", "-n", "stack@%h")
        self.spawn("beat", "celery", "-A", "dashboard.beat", "beat", "--loglevel", "INFO",
                   "-s", str(self.folder / "beat-schedule"))
        wait_until(lambda: self.ready()["checks"]["worker_queue"]["status"] == "ok", 120,
                   f"the stack ({self.logs()})")

    def ready(self) -> dict:
        return httpx.get(f"{self.base}/readyz", timeout=5).json()

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes.values():
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()

    def log(self, name: str) -> str:
        return (self.folder / f"{name}.log").read_text(errors="replace")

    def logs(self) -> str:
        return " | ".join(f"{n}: {self.log(n)[-1500:]}" for n in self.processes)

    def served_by(self, rid: str) -> str:
        """The pid of the web worker that served the request with this id (access log)."""
        for _ in range(50):
            found = re.search(rf"rid={re.escape(rid)} worker=<?(\d+)", self.log("web"))
            if found:
                return found.group(1)
            time.sleep(0.1)
        raise AssertionError(f"request {rid} not in the access log")

    def sign_in(self, username: str) -> None:
        """Through the real form, as a browser does; the session is shared by both workers."""
        with httpx.Client(base_url=self.base, timeout=30) as client:
            token = CSRF.search(client.get("/login").content)
            assert token, "no CSRF token on the sign-in form"
            done = client.post("/login", data={"username": username, "password": PASSWORD,
                                               "csrf_token": token.group(1).decode(),
                                               "next": "/"})
            assert done.status_code == 302, done.text[:300]
            self.cookies = client.cookies

    def request(self, method: str, path: str, rid: str, **kwargs) -> httpx.Response:
        """A new connection each time, so the kernel may hand it to either worker."""
        headers = {"X-Request-ID": rid, "Connection": "close"}
        return httpx.request(method, f"{self.base}{path}", headers=headers, timeout=30,
                             cookies=self.cookies, **kwargs)

    def metrics(self) -> str:
        return httpx.get(f"{self.base}/metrics", timeout=10).text

    def sql(self, query: str):
        engine = make_engine(self.database_url)
        try:
            with engine.begin() as conn:
                result = conn.execute(text(query))
                return result.one() if result.returns_rows else None
        finally:
            engine.dispose()


def metric(text_: str, name: str, **labels: str) -> float:
    total = 0.0
    for line in text_.splitlines():
        if not line.startswith(name + "{") and not line.startswith(name + " "):
            continue
        if all(f'{k}="{v}"' in line for k, v in labels.items()):
            total += float(line.rsplit(" ", 1)[1])
    return total


@pytest.fixture(scope="module")
def stack_database(pg_url):  # pg_url: skips (or fails in CI) without PostgreSQL
    with scratch_database(POSTGRES_ADMIN_URL) as url:
        yield url


@pytest.fixture(scope="module")
def stack(stack_database):
    require(subprocess.run([sys.executable, "-c", "import gunicorn, celery"]).returncode == 0,
            "gunicorn and celery (the [prod] extra)")
    folder = Path(tempfile.mkdtemp(prefix="pd-stack-"))
    redis = PrivateRedis(folder)
    require(redis.binary is not None, "redis-server")
    redis.start()
    engine = make_engine(stack_database)
    upgrade(engine)
    load_demo(engine, 24, seed=3, today=dt.date.today())
    add_user(engine, "operator", "admin")
    engine.dispose()
    stack = Stack(folder, stack_database, redis)
    try:
        stack.start()
        stack.sign_in("operator")
        manifest = Path(stack.env["DATA_DIR"]) / "chroma" / "manifest.json"
        wait_until(lambda: stack.sql("SELECT count(*) FROM project_forecasts")[0] > 0
                   and manifest.exists(), 180, f"the start-up jobs ({stack.logs()})")
        yield stack
    finally:
        stack.stop()
        redis.stop()
        shutil.rmtree(folder, ignore_errors=True)


def dash_call(stack: Stack, rid: str, first_output: str, inputs: dict, state: dict | None = None,
              query: str = "") -> dict:
    """POST the callback whose outputs start with ``first_output``, as the renderer would, with
    its wiring read from the server (``/_dash-dependencies``)."""
    if not hasattr(stack, "dependencies"):
        stack.dependencies = stack.request("GET", "/_dash-dependencies", rid).json()
    spec = next(d for d in stack.dependencies
                if d["output"].strip(".").split("@")[0].startswith(first_output))
    key = spec["output"]
    outputs = [o.rsplit(".", 1) for o in key.strip(".").split("...")]
    payload = {
        "output": key,
        "outputs": [{"id": i, "property": p} for i, p in outputs] if key.startswith("..")
        else {"id": outputs[0][0], "property": outputs[0][1]},
        "inputs": [{**i, "value": inputs.get(i["id"])} for i in spec["inputs"]],
        "changedPropIds": [f"{i['id']}.{i['property']}" for i in spec["inputs"]
                           if inputs.get(i["id"]) is not None],
        "state": [{**s, "value": (state or {}).get(s["id"])} for s in spec["state"]],
    }
    response = stack.request("POST", f"/_dash-update-component{query}", rid, json=payload)
    assert response.status_code in (200, 204), response.text[:500]
    return response.json() if response.status_code == 200 else {}


# Every priority: the same projects as no filter, but not the view the warm job computes ahead.
EVERY_PRIORITY = {"priority": ["low", "medium", "high", "critical"]}


def insights(stack: Stack, rid: str, filters: dict | None = None) -> str:
    out = dash_call(stack, rid, "overview-insights.children",
                    {"overview-filters": filters or {}})
    return json.dumps(out["response"])


def test_metrics_add_up_both_web_workers(stack):
    before = metric(stack.metrics(), "dashboard_http_request_duration_seconds_count",
                    route="/healthz")
    pids = set()
    sent = 0
    while sent < 12 or (len(pids) < 2 and sent < 200):
        rid = f"hz-{sent}"
        assert stack.request("GET", "/healthz", rid).status_code == 200
        pids.add(stack.served_by(rid))
        sent += 1
    assert len(pids) == 2
    after = metric(stack.metrics(), "dashboard_http_request_duration_seconds_count",
                   route="/healthz")
    assert after - before == sent  # every worker's requests, in one scrape


def test_a_cache_write_in_one_worker_is_read_by_the_other(stack):
    before = stack.metrics()
    pids: list[str] = []
    for n in range(200):
        rid = f"ov-{n}"
        assert "past due" in insights(stack, rid, EVERY_PRIORITY)
        pids.append(stack.served_by(rid))
        if len(set(pids)) == 2:
            break
    assert len(set(pids)) == 2 and pids[-1] != pids[0]
    after = stack.metrics()
    misses = (metric(after, "dashboard_cache_requests_total", result="miss")
              - metric(before, "dashboard_cache_requests_total", result="miss"))
    hits = (metric(after, "dashboard_cache_requests_total", result="hit")
            - metric(before, "dashboard_cache_requests_total", result="hit"))
    assert misses == 1 and hits == len(pids) - 1  # the second worker read the first's entry


def test_copilot_answers_are_polled_from_any_worker(stack):
    ask = dash_call(stack, "ask-1", "copilot-job.data", {"copilot-ask": 1},
                    {"copilot-question": "Which projects are late?",
                     "copilot-history-store": [], "shell-url": "/"})
    job = ask["response"]["copilot-job"]["data"]
    pids, answer = set(), None
    for n in range(300):
        rid = f"poll-{n}"
        out = dash_call(stack, rid, "copilot-live.children", {"copilot-poll": n + 1},
                        {"copilot-job": job, "copilot-history-store": []})
        pids.add(stack.served_by(rid))
        history = out.get("response", {}).get("copilot-history-store")
        if history and answer is None:
            answer = history["data"][-1]["answer"]
        if answer is not None and len(pids) == 2:
            break
        time.sleep(0.05)
    assert answer is not None and len(pids) == 2
    assert answer["note"] != "error" and answer["text"] not in MESSAGES.values()


def test_a_background_callback_completes_on_the_celery_worker(stack):
    page = stack.request("GET", "/forecasts", "page-1").text
    config = json.loads(re.search(r'<script id="_dash-config" type="application/json">'
                                  r"(.*?)</script>", page, re.S).group(1))
    query = f"?endId={config['end_id']}"
    body = ("forecasts-job.data", {"forecasts-retrain": 1})
    first = dash_call(stack, "bg-0", *body, query=query)
    assert "cacheKey" in first and "job" in first  # queued, not run in the web worker
    handles = f"{query}&cacheKey={first['cacheKey']}&job={first['job']}"
    for n in range(600):
        out = dash_call(stack, f"bg-{n + 1}", *body, query=handles)
        if "response" in out:
            break
        time.sleep(0.2)
    result = out["response"]["forecasts-job"]["data"]
    assert result["ok"] is True and result["scored"] > 0
    assert metric(stack.metrics(), "dashboard_job_duration_seconds_count",
                  job="background_callback", outcome="ok") >= 1
    assert "background_callback_" in stack.log("worker")


def test_the_deployment_indexes_once_not_once_per_worker(stack):
    manifest = Path(stack.env["DATA_DIR"]) / "chroma" / "manifest.json"
    documents = stack.sql("SELECT count(*) FROM documents")[0]
    assert len(json.loads(manifest.read_text())["docs"]) == documents
    time.sleep(2)  # a second start-up job (gunicorn's, the worker's) would have run by now
    scrape = stack.metrics()
    assert metric(scrape, "dashboard_job_duration_seconds_count", job="index_documents") == 1
    assert metric(scrape, "dashboard_job_duration_seconds_count", job="heartbeat") >= 1
    assert "dashboard_job_queue_length" in scrape and "dashboard_forecast_model_version" in scrape


def test_kill_9_of_a_worker_mid_job_leaves_nothing_half_written(stack):
    """A full index rebuild writes a new generation and switches the manifest when complete:
    killed mid-way, searches keep the old index whole; acknowledged late, the job runs again."""
    from celery import Celery

    manifest_path = Path(stack.env["DATA_DIR"]) / "chroma" / "manifest.json"
    # Twenty times the demo's documents, so the rebuild runs long enough to be killed mid-way.
    stack.sql("INSERT INTO documents (project_id, kind, title, body, created_at) "
              "SELECT project_id, kind, title || ' (copy ' || g || ')', body, created_at "
              "FROM documents, generate_series(1, 20) AS g")
    documents = stack.sql("SELECT count(*) FROM documents")[0]
    before = json.loads(manifest_path.read_text())
    done = metric(stack.metrics(), "dashboard_job_duration_seconds_count",
                  job="index_documents", outcome="ok")
    app = Celery(broker=stack.redis.url, set_as_current=False)
    sent = app.send_task("dashboard.index_documents", kwargs={"rebuild": True}, queue="jobs")
    wait_until(lambda: f"[{sent.id}] received" in stack.log("worker"), 60,
               "the rebuild to start")
    time.sleep(1.0)
    assert f"[{sent.id}] succeeded" not in stack.log("worker")  # still running
    worker = stack.processes["worker"].pid
    children = subprocess.run(["pgrep", "-P", str(worker)], capture_output=True,
                              text=True).stdout.split()
    for child in children:  # the pool's processes, one of them mid-job
        os.kill(int(child), signal.SIGKILL)
    assert json.loads(manifest_path.read_text()) == before  # the old index, whole
    wait_until(lambda: metric(stack.metrics(), "dashboard_job_duration_seconds_count",
                              job="index_documents", outcome="ok") > done, 120,
               "the re-run of the rebuild")
    after = json.loads(manifest_path.read_text())
    assert after["generation"] == before["generation"] + 1
    assert len(after["docs"]) == documents > len(before["docs"])
    assert "WorkerLostError" in stack.log("worker")


EVERYTHING = "s.name IN ('health_cells', 'people_loads', 'skill_coverage')"  # scopes kept aside
SUMMARIES_CURRENT = ("SELECT count(*) FROM summary_state s JOIN data_version d ON d.id = 1 "
                     f"WHERE s.version = d.version AND s.as_of = current_date AND {EVERYTHING}")


def test_the_worker_keeps_the_summaries_current_after_a_write(stack):
    """The start-up jobs and every write (the web's subscriber, ``JobQueue.on_event``) queue
    the warm job; the worker brings the three summaries to today and the current data
    version."""
    from dashboard.celery_app import make_celery
    from dashboard.jobs import JobQueue
    from dashboard.settings import Settings
    from data import commands, events
    from data.db import make_sessionmaker
    from data.scope import Scope

    # computed by the start-up jobs (writes since, such as the retrain of an earlier test whose
    # page never saw its result, may have left them behind the data version)
    assert stack.sql(f"SELECT count(*) FROM summary_state s WHERE as_of = current_date "
                     f"AND {EVERYTHING}")[0] == 3
    before = stack.sql("SELECT version FROM data_version")[0]
    engine = make_engine(stack.database_url)
    try:
        with make_sessionmaker(engine).begin() as s:  # a write as the web's writers make it
            key = s.execute(text("SELECT key FROM projects ORDER BY key LIMIT 1")).scalar_one()
            project = commands.set_project_status(s, Scope.everything(), key, "on_hold")
            event = events.Event("project.updated", (project.id,))
    finally:
        engine.dispose()
    assert stack.sql("SELECT version FROM data_version")[0] > before  # the write bumped it
    settings = Settings(redis_url=stack.redis.url, jobs="celery", secret_key=TEST_SECRET)
    JobQueue(make_celery(settings), stack.redis.url).on_event(event)
    wait_until(lambda: stack.sql(SUMMARIES_CURRENT)[0] == 3, 60,
               f"the summaries after a write ({stack.logs()})")


def test_readiness_reports_a_stopped_redis_and_its_return(stack):
    stack.redis.stop()
    try:
        response = httpx.get(f"{stack.base}/readyz", timeout=10)
        assert response.status_code == 503
        checks = response.json()["checks"]
        assert checks["cache"]["status"] == "down" and checks["database"]["status"] == "ok"
        assert checks["worker_queue"]["status"] == "down"
        assert "past due" in insights(stack, "noredis-1")  # read from the database meanwhile
    finally:
        stack.redis.start()
    started = time.monotonic()
    try:
        wait_until(lambda: stack.ready()["checks"]["worker_queue"]["status"] == "ok", 90,
                   "the queue's heartbeat after Redis came back")
    except RuntimeError as exc:  # say what the worker and beat were doing
        raise AssertionError(f"{exc}: {stack.logs()}") from exc
    print(f"\nstack: ready again {time.monotonic() - started:.1f} s after Redis returned")
    assert httpx.get(f"{stack.base}/readyz", timeout=10).status_code == 200
