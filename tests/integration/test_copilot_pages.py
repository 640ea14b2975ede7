"""The sidebar, the AI usage page and the index command over HTTP and the CLI (no browser)."""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest

from dashboard import cli
from dashboard.app import create_app
from dashboard.auth import everyone_is_system
from dashboard.migrate import upgrade
from dashboard.settings import Settings
from data import events
from data.db import make_engine, make_sessionmaker
from data.schema import Document
from data.scope import Scope
from models.copilot.runtime import CopilotRuntime
from tests.factories import add_portfolio, add_project
from tests.integration.test_app import DEAD_DATABASE
from tests.ollama_stub import OllamaStub, text_chunks
from tests.signin import TEST_SECRET


@pytest.fixture
def settings(tmp_path):
    # No start-up forecasts: their write would bump the data version between two asks.
    settings = Settings(data_dir=tmp_path, copilot_rate_limit=3, forecast_on_start=False)
    engine = make_engine(settings.database_url)
    upgrade(engine)
    with make_sessionmaker(engine).begin() as s:
        alpha = add_portfolio(s, "Alpha")
        a1 = add_project(s, "A-1", alpha, start=dt.date(2019, 1, 1), due=dt.date(2020, 1, 1),
                         name="Battery remote")
        s.add(Document(project_id=a1.id, kind="meeting_minutes", title="Sync",
                       body="We decided the battery will be lithium.",
                       created_at=dt.datetime(2026, 5, 1)))
    engine.dispose()
    return settings


def callback(app, client, first_output: str, inputs: dict, state: dict | None = None):
    """POST the callback whose outputs start with ``first_output`` as the renderer would."""
    key = next(k for k in app.callback_map if k.strip(".").startswith(first_output))
    spec = app.callback_map[key]
    outputs = [o.rsplit(".", 1) for o in key.strip(".").split("...")]
    many = key.startswith("..")
    payload = {
        "output": key,
        "outputs": [{"id": i, "property": p} for i, p in outputs] if many else
        {"id": outputs[0][0], "property": outputs[0][1]},
        "inputs": [{**i, "value": inputs.get(i["id"])} for i in spec["inputs"]],
        "changedPropIds": [f"{i['id']}.{i['property']}" for i in spec["inputs"]
                           if inputs.get(i["id"]) is not None],
        "state": [{**s, "value": (state or {}).get(s["id"])} for s in spec["state"]],
    }
    response = client.post("/_dash-update-component", json=payload)
    assert response.status_code in (200, 204), response.data
    return json.loads(response.data)["response"] if response.status_code == 200 else None


def ask_and_wait(app, client, question: str, path: str = "/", history=None):
    out = callback(app, client, "copilot-job.data",
                   {"copilot-ask": 1}, {"copilot-question": question,
                                        "copilot-history-store": history or [],
                                        "shell-url": path})
    job = out["copilot-job"]["data"]
    assert out["copilot-question"]["value"] == ""
    if "copilot-history-store" in out:  # complete within the question's own request
        assert out["copilot-poll"]["disabled"] is True and out["copilot-live"]["children"] is None
        return out
    assert out["copilot-poll"]["disabled"] is False
    for tick in range(200):
        polled = callback(app, client, "copilot-live.children",
                          {"copilot-poll": tick + 1},
                          {"copilot-job": job, "copilot-history-store": history or []})
        if "copilot-history-store" in polled:
            return polled
        time.sleep(0.05)
    raise AssertionError("the answer never completed")


def test_the_sidebar_answers_without_a_model_and_keeps_history(settings):
    app = create_app(settings, resolve_viewer=everyone_is_system)
    client = app.server.test_client()
    badge = callback(app, client, "copilot-badge.children", {"copilot-health": 0})
    assert "No model" in json.dumps(badge)
    polled = ask_and_wait(app, client, "Which projects are late?")
    (entry,) = polled["copilot-history-store"]["data"]
    assert entry["answer"]["citations"][0]["href"] == "/projects/A-1"
    assert polled["copilot-poll"]["disabled"] is True
    shown = callback(app, client, "copilot-history.children",
                     {"copilot-history-store": [entry]})
    assert "/projects/A-1" in json.dumps(shown)
    cleared = callback(app, client, "copilot-history-store.data", {"copilot-clear": 1})
    assert cleared["copilot-history-store"]["data"] == []
    # the page tells the copilot where the user is: on A-1, "this project" is A-1
    here = ask_and_wait(app, client, "How is this project doing?", path="/projects/A-1")
    assert here["copilot-history-store"]["data"][0]["answer"]["tool_calls"][0]["args"] == {
        "project_key": "A-1"}
    empty = callback(app, client, "copilot-job.data", {"copilot-ask": 2},
                     {"copilot-question": "  ", "copilot-history-store": []})
    assert empty is None or "copilot-job" not in empty


def test_a_quick_answer_comes_back_with_the_question_and_stays_pollable(settings):
    """With no model the tools answer in milliseconds: the question's own response carries the
    complete answer (no poll needed), and the job still answers a poll with the same answer."""
    app = create_app(settings, resolve_viewer=everyone_is_system)
    client = app.server.test_client()
    ask_and_wait(app, client, "Which projects are late?")  # the copilot's first use loads it
    at_once = []
    for i in range(3):  # a busy machine may need a poll now and then; not every time
        out = callback(app, client, "copilot-job.data", {"copilot-ask": i + 2},
                       {"copilot-question": "Which projects are late?",
                        "copilot-history-store": [{"question": "earlier", "answer": {}}],
                        "shell-url": "/"})
        if "copilot-history-store" in out:
            at_once.append(out)
    assert at_once, "no quick answer came back with its question"
    out = at_once[0]
    earlier, entry = out["copilot-history-store"]["data"]
    assert earlier["question"] == "earlier" and entry["question"] == "Which projects are late?"
    assert entry["answer"]["citations"][0]["href"] == "/projects/A-1"
    assert out["copilot-poll"]["disabled"] is True and out["copilot-stop"]["disabled"] is True
    assert out["copilot-live"]["children"] is None
    polled = callback(app, client, "copilot-live.children", {"copilot-poll": 1},
                      {"copilot-job": out["copilot-job"]["data"], "copilot-history-store": []})
    assert polled["copilot-history-store"]["data"][0]["answer"] == entry["answer"]


def test_the_sidebar_streams_from_a_model_and_stops(settings):
    with OllamaStub(chunk_delay=0.05) as stub:
        settings.ollama_host = stub.url
        settings.copilot_rate_limit = 0
        app = create_app(settings, resolve_viewer=everyone_is_system)
        client = app.server.test_client()
        badge = callback(app, client, "copilot-badge.children", {"copilot-health": 0})
        assert "llama3:8b" in json.dumps(badge)
        out = callback(app, client, "copilot-job.data", {"copilot-ask": 1},
                       {"copilot-question": "Which projects are late?",
                        "copilot-history-store": [], "shell-url": "/"})
        job = out["copilot-job"]["data"]
        # a streamed answer outlasts the question's request: it is polled, not waited for
        assert out["copilot-poll"]["disabled"] is False and "copilot-history-store" not in out
        partial = ""
        for tick in range(100):
            polled = callback(app, client, "copilot-live.children", {"copilot-poll": tick},
                              {"copilot-job": job, "copilot-history-store": []})
            partial = json.dumps(polled.get("copilot-live", {}))
            if "From the data" in partial:
                break
            time.sleep(0.05)
        assert "From the data" in partial  # tokens arrive before the answer is complete
        assert callback(app, client, "copilot-stop.disabled", {"copilot-stop": 1},
                        {"copilot-job": job})["copilot-stop"]["disabled"] is True
        for tick in range(100):
            polled = callback(app, client, "copilot-live.children", {"copilot-poll": tick},
                              {"copilot-job": job, "copilot-history-store": []})
            if "copilot-history-store" in polled:
                break
            time.sleep(0.05)
        answer = polled["copilot-history-store"]["data"][0]["answer"]
        assert answer["stopped"] and answer["model"] == "llama3:8b"


def test_the_rate_limit_and_lost_jobs(settings):
    app = create_app(settings, resolve_viewer=everyone_is_system)
    client = app.server.test_client()
    for i in range(3):
        callback(app, client, "copilot-job.data", {"copilot-ask": i + 1},
                 {"copilot-question": f"q{i}", "copilot-history-store": []})
    limited = callback(app, client, "copilot-job.data", {"copilot-ask": 9},
                       {"copilot-question": "again", "copilot-history-store": []})
    assert "Too many questions" in json.dumps(limited["copilot-alert"])
    lost = callback(app, client, "copilot-live.children", {"copilot-poll": 1},
                    {"copilot-job": {"id": "gone", "question": "q"}})
    assert lost["copilot-poll"]["disabled"] is True
    idle = callback(app, client, "copilot-live.children", {"copilot-poll": 1}, {})
    assert idle["copilot-poll"]["disabled"] is True


def test_ai_usage_page_shows_models_hosts_and_index(settings):
    app = create_app(settings, resolve_viewer=everyone_is_system)
    client = app.server.test_client()
    empty = callback(app, client, "ai-usage-hosts.children", {"ai-usage-refresh": 0})
    assert "No copilot activity yet" in json.dumps(empty)
    ask_and_wait(app, client, "Which projects are late?")
    app.server.extensions["dashboard"].copilot._sync_thread.join(30)  # index ready: stable key
    ask_and_wait(app, client, "Which projects are late?")
    ask_and_wait(app, client, "Which projects are late?")
    out = json.dumps(callback(app, client, "ai-usage-hosts.children", {"ai-usage-refresh": 1}))
    assert '"none"' in out and '"cache"' in out and "No Ollama host is configured" in out
    assert "Index: 1 document, 1 passage" in out  # one document, said in the singular
    assert client.get("/ai-usage").status_code == 200
    with OllamaStub() as stub:
        settings.ollama_host = stub.url
        second = create_app(settings, resolve_viewer=everyone_is_system)
        out = json.dumps(callback(second, second.server.test_client(), "ai-usage-hosts.children",
                                  {"ai-usage-refresh": 1}))
    assert f"{stub.url}: up (Ollama 0.6.3-stub)" in out


def test_document_writes_reach_the_index(settings):
    engine = make_engine(settings.database_url)
    factory = make_sessionmaker(engine)
    runtime = CopilotRuntime(settings, factory)
    runtime.ensure_indexed()
    runtime.ensure_indexed()  # only the first call starts anything
    runtime._sync_thread.join(30)
    assert runtime.index.status()["documents"] == 1
    with factory.begin() as s:
        s.add(Document(project_id=1, kind="spec", title="Spec", body="A kinetic charger.",
                       created_at=dt.datetime(2026, 5, 2)))
    runtime.on_event(events.Event("project.updated", (1,)))
    runtime.on_event(events.Event("forecast.scored"))  # unrelated: ignored
    runtime._sync_thread.join(30)
    assert runtime.index.status()["documents"] == 2 and runtime.last_sync["added"] == 1
    engine.dispose()


def test_the_index_command_rebuilds_and_syncs(settings, monkeypatch, capsys):
    monkeypatch.setattr(cli, "Settings", lambda: settings)
    assert cli.main(["index"]) == 0
    assert "indexed 1 documents as 1 passages" in capsys.readouterr().out
    assert cli.main(["index", "--sync"]) == 0
    assert "(updated)" in capsys.readouterr().out


def test_insights_follow_the_filters_and_never_call_a_model(settings):
    with OllamaStub(reply=lambda r: text_chunks(r["model"], "One project is late.")) as stub:
        settings.ollama_host = stub.url
        app = create_app(settings, resolve_viewer=everyone_is_system)
        client = app.server.test_client()
        everything = json.dumps(callback(app, client, "overview-insights.children",
                                         {"overview-filters": {}}))
        done_only = json.dumps(callback(app, client, "overview-insights.children",
                                        {"overview-filters": {"status": "done"}}))
    assert "1 project past due" in everything and "/projects/A-1" in everything
    assert "past due" not in done_only and "Nothing unusual" in done_only
    assert stub.chats() == []  # observations are data; no model on the request path


def test_failures_end_jobs_and_syncs_cleanly(settings, tmp_path):
    dead = Settings(data_dir=tmp_path / "dead", database_url=DEAD_DATABASE, secret_key=TEST_SECRET)
    runtime = CopilotRuntime(dead, make_sessionmaker(make_engine(DEAD_DATABASE)))
    runtime.request_sync()
    runtime._sync_thread.join(30)
    assert runtime.last_sync == {}  # logged, not raised; the next write retries
    job = runtime.start("Which projects are late?", Scope.everything(), "/", [])
    for _ in range(200):
        state = runtime.job(job)
        if state["done"]:
            break
        time.sleep(0.05)
    assert state["answer"]["note"] == "error" and "can't reach the database" in state["text"]
    app = create_app(dead, resolve_viewer=everyone_is_system)
    out = callback(app, app.server.test_client(), "overview-insights.children",
                   {"overview-insights": "overview-insights"})
    assert "cannot be reached" in json.dumps(out)


def test_history_goes_with_the_question(settings):
    with OllamaStub() as stub:
        settings.ollama_host = stub.url
        app = create_app(settings, resolve_viewer=everyone_is_system)
        history = [{"question": "Earlier?", "answer": {"text": "Earlier answer."}}]
        ask_and_wait(app, app.server.test_client(), "Which projects are late?",
                     history=history)
    messages = stub.chats()[0]["messages"]
    assert [m["content"] for m in messages[1:3]] == ["Earlier?", "Earlier answer."]
