"""The forecast page's callbacks over HTTP, the start-up fill-in, the retrain job and the CLI."""

from __future__ import annotations

import datetime as dt
import json
import logging
import shutil
import time

import pytest
from sqlalchemy import func, select
from sqlalchemy import text as sql_text
from threadpoolctl import threadpool_limits

from dashboard import background
from dashboard.app import create_app
from dashboard.auth import everyone_is_system
from dashboard.cli import main
from dashboard.migrate import upgrade
from dashboard.settings import Settings
from data import commands, events
from data.db import make_engine, make_sessionmaker
from data.demo import load_demo
from data.schema import Project, ProjectForecast
from data.scope import Scope
from data.viewer import Viewer
from models import jobs
from models.prior import PRIOR_FILE
from models.registry import MODEL_FILE, Registry
from pages import forecasts
from tests.factories import add_item, add_portfolio, add_project
from tests.integration.test_app import call
from tests.signin import TEST_SECRET

TODAY = dt.date.today()
OUTPUTS = [("forecasts-status", "children"), ("forecasts-summary", "children"),
           ("forecasts-metrics", "children"), ("forecasts-scores", "figure"),
           ("forecasts-reliability", "figure"), ("forecasts-trend", "figure"),
           ("forecasts-importance", "figure"), ("forecasts-at-risk", "children"),
           ("forecasts-job-status", "children"), ("forecasts-manager", "children"),
           *[(f"forecasts-{g}-alt", "children")
             for g in ("scores", "reliability", "trend", "importance")]]


def _refresh(client, job=None) -> dict:
    return call(client, OUTPUTS, [("forecasts-job", "data", job)])


def find(tree, ident: str):
    """The component with this id in a callback's JSON output."""
    if isinstance(tree, list):
        return next((f for f in (find(t, ident) for t in tree) if f is not None), None)
    if isinstance(tree, dict):
        props = tree.get("props", tree)
        if props.get("id") == ident:
            return tree
        return find(props.get("children"), ident)
    return None


def words(tree) -> str:
    """A component's text, its children's joined (list items one after another)."""
    if isinstance(tree, str | int | float):
        return str(tree)
    if isinstance(tree, list):
        return " ".join(words(t) for t in tree)
    if isinstance(tree, dict):
        return words(tree.get("props", tree).get("children"))
    return ""


@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> Settings:
    """A small demo with a trained model and stored forecasts (shared: training takes time)."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("forecast-demo"))
    engine = make_engine(settings.database_url)
    upgrade(engine)
    load_demo(engine, 60, seed=5, today=TODAY, documents=False)
    jobs.retrain_and_score(make_sessionmaker(engine), background.models_dir(settings), TODAY,
                           trials=2_000)
    engine.dispose()
    return settings


def test_calibration_sentences_count_forecasts_not_projects(trained):
    """A reliability bin counts forecasts (the held-out rows: several per project, on days
    along its schedule), not projects: the page says so, with the counts of the stored model's
    metrics.json read here from disk."""
    folder = background.models_dir(trained)
    version = (folder / "CURRENT").read_text().strip()
    stored = json.loads((folder / version / "metrics.json").read_text())
    rows, projects = stored["n_test_rows"], stored["n_test_projects"]
    bins = stored["reliability"]["classifier"]
    assert sum(b["n"] for b in bins) == rows > projects  # rows, several per project
    out = _refresh(create_app(trained, resolve_viewer=everyone_is_system).server.test_client())
    manager = words(find(out["forecasts-manager"], "forecasts-accuracy"))
    held = (f"These count {rows:,} forecasts made for the {projects:,} projects of all "
            "portfolios that settled last (done, or open past the due date; several per "
            "project, on days along its schedule), which the installation's model did not see.")
    assert manager.startswith(held)
    top = max((b for b in bins if b["n"] >= 5), key=lambda b: b["mean_p"])
    assert (f"Of the {top['n']:,} forecasts that called a project about {top['mean_p']:.0%} "
            "likely to finish on time, the project finished on time in "
            f"{top['observed']:.0%}.") in manager
    assert "projects we called" not in json.dumps(out)
    note = words(out["forecasts-status"])
    assert (f"scores below are on {rows:,} forecasts made for the {projects} that settled "
            "last") in note
    figure = out["forecasts-reliability"]["figure"]
    assert figure["layout"]["meta"]["summary"].startswith(held)
    assert all("forecasts)" in t["hovertemplate"] for t in figure["data"][1:])


def test_page_shows_the_current_models_real_scores(trained):
    app = create_app(trained, resolve_viewer=everyone_is_system)
    metrics = Registry(background.models_dir(trained)).load().metrics
    out = _refresh(app.server.test_client())
    text = json.dumps(out)
    assert "The installation's model v0001, trained" in text and "forecasts-fallback" not in text
    brier = metrics["methods"]["classifier"]["brier"]
    assert f"{brier:.3f}" in json.dumps(out["forecasts-metrics"])
    for name in ("classifier", "monte_carlo", "base_rate", "done_vs_elapsed"):
        assert f"forecasts-quality-{name}" in json.dumps(out["forecasts-metrics"])
    reliability = out["forecasts-reliability"]["figure"]["data"]
    assert [t["name"] for t in reliability] == ["Perfectly calibrated", "Classifier",
                                                "Monte Carlo"]
    bars = out["forecasts-importance"]["figure"]["data"][0]
    assert bars["y"][-1] == metrics["importance"][0]["label"]  # most important on top
    trend = out["forecasts-trend"]["figure"]  # one version is no trend: it says so
    assert "One model version so far" in trend["layout"]["annotations"][0]["text"]
    manager = json.dumps(out["forecasts-manager"])
    bins = [b for b in metrics["reliability"]["classifier"] if b["n"] >= 5]
    top = max(bins, key=lambda b: b["mean_p"])
    assert (f"Of the {top['n']} forecasts that called a project about {top['mean_p']:.0%} "
            f"likely to finish on time, the project finished on time in "
            f"{top['observed']:.0%}.") in manager
    engine = make_engine(trained.database_url)
    with engine.connect() as conn:  # at risk by the rule of docs/metrics.md, in plain SQL
        at_risk_sql = conn.execute(sql_text(
            "SELECT count(*) FROM projects p JOIN statuses s ON s.id = p.status_id "
            "LEFT JOIN project_forecasts f ON f.project_id = p.id "
            "LEFT JOIN project_rollups r ON r.project_id = p.id WHERE NOT s.is_closed "
            "AND (p.due_date IS NULL OR p.due_date >= :today) AND (f.p_on_time < 0.5 OR "
            "(f.p_on_time IS NULL AND p.start_date <= :today AND p.due_date >= :today AND "
            "coalesce(r.progress, 0) < (julianday(:today) - julianday(p.start_date)) / "
            "nullif(julianday(p.due_date) - julianday(p.start_date), 0) - 0.15))"),
            {"today": TODAY.isoformat()}).scalar()
    engine.dispose()
    lead = "open project is" if at_risk_sql == 1 else "open projects are"
    assert f"{at_risk_sql} {lead} at risk" in manager
    at_risk = json.dumps(out["forecasts-at-risk"])
    assert at_risk.count("/projects/PRJ-") == 10
    assert "forecasts-kpi-at-risk" in json.dumps(out["forecasts-summary"])
    assert out["forecasts-job-status"]["children"] is None
    runtime = app.server.extensions["dashboard"].forecasting
    assert runtime.holder.wait(10).version == "v0001"  # loaded at start-up, in a thread
    runtime.startup.join(10)
    assert runtime.startup_result is None  # forecasts were there already: nothing to fill in


def test_a_finished_job_is_announced_to_the_subscribers(trained):
    app = create_app(trained, resolve_viewer=everyone_is_system)
    services = app.server.extensions["dashboard"]
    heard = []
    services.subscribers.append(heard.append)
    out = _refresh(app.server.test_client(), {"ok": True, "message": "Model v0002 ready"})
    assert "Model v0002 ready" in json.dumps(out["forecasts-job-status"])
    assert [e.type for e in heard] == ["forecast.updated"]
    failed = _refresh(app.server.test_client(), {"ok": False, "message": "busy"})
    assert '"color": "danger"' in json.dumps(failed["forecasts-job-status"])


def test_start_up_fills_in_the_shipped_prior_and_says_why(tmp_path):
    settings = Settings(data_dir=tmp_path)
    engine = make_engine(settings.database_url)
    upgrade(engine)
    with make_sessionmaker(engine).begin() as s:
        alpha = add_portfolio(s, "Alpha")
        project = add_project(s, "A-1", alpha, start=TODAY - dt.timedelta(days=40),
                              due=TODAY + dt.timedelta(days=60))
        for week in range(5):
            add_item(s, project, status="done", points=2,
                     done_at=dt.datetime.combine(TODAY, dt.time(9))
                     - dt.timedelta(weeks=week, days=1))
        add_item(s, project, points=8)
    app = create_app(settings, resolve_viewer=everyone_is_system)
    runtime = app.server.extensions["dashboard"].forecasting
    runtime.startup.join(30)
    assert runtime.startup_result.method == "prior"  # no finished project: the cold start
    with make_sessionmaker(engine)() as s:
        assert s.scalar(select(func.count(ProjectForecast.project_id))) == 1
    out = _refresh(app.server.test_client())
    assert "Only 0 settled projects across all portfolios" in json.dumps(out["forecasts-status"])
    assert "comes from the shipped prior" in json.dumps(out["forecasts-status"])
    assert "No trained model yet" in json.dumps(out["forecasts-metrics"])
    shipped = json.loads(PRIOR_FILE.read_text())["version"]
    basis = words(find(out["forecasts-manager"], "forecasts-basis"))
    assert basis.startswith(f"Shipped prior {shipped}")
    assert "0 settled projects across all portfolios so far" in basis
    counts = words(find(out["forecasts-manager"], "forecasts-trust-counts"))
    assert "1 open project has a forecast: 1 from the shipped prior." in counts
    assert "0 high, 0 medium, 1 low trust" in counts  # the prior is low trust by its rule
    engine.dispose()


def test_the_background_job_body_reports_instead_of_raising(tmp_path, trained):
    steps = []
    with threadpool_limits(limits=None):  # puts back the one-thread limit the job body sets
        result = background.Forecasting(trained).retrain(TODAY, lambda f, m: steps.append(f))
    assert result["ok"] and result["version"] == "v0002" and steps[-1] == 1.0
    with jobs.job_lock(background.models_dir(trained)):
        busy = background.Forecasting(trained).retrain(TODAY)
    assert not busy["ok"] and "another forecasting job is running" in busy["message"]
    broken = background.Forecasting(Settings(secret_key=TEST_SECRET,
        data_dir=tmp_path, database_url="sqlite:///" + str(tmp_path))).retrain(TODAY)
    assert not broken["ok"] and broken["message"].startswith("Retraining failed")


def test_cli_trains_prints_scores_and_rescores(trained, monkeypatch, capsys):
    monkeypatch.setenv("DATA_DIR", str(trained.data_dir))
    monkeypatch.setenv("DATABASE_URL", trained.database_url)
    assert main(["forecast", "--today", TODAY.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "held out" in out and "classifier " in out and "done_vs_elapsed" in out
    assert main(["forecast", "--score-only"]) == 0
    assert "Rescored" in capsys.readouterr().out
    with jobs.job_lock(background.models_dir(trained)):
        assert main(["forecast"]) == 3


def test_start_up_rescores_with_the_saved_model_and_survives_trouble(trained, caplog):
    caplog.set_level(logging.INFO, logger="dashboard.background")
    engine = make_engine(trained.database_url)
    with make_sessionmaker(engine).begin() as s:
        s.execute(ProjectForecast.__table__.delete())
    engine.dispose()
    runtime = background.Forecasting(trained, publish=None)
    with jobs.job_lock(background.models_dir(trained)):
        runtime.start()
        runtime.startup.join(30)
    assert runtime.startup_result is None and "another job is running" in caplog.text
    published = []
    runtime = background.Forecasting(trained, publish=published.append)
    runtime.start()
    runtime.startup.join(60)
    assert runtime.startup_result.method == "classifier"
    assert runtime.startup_result.version == Registry(background.models_dir(trained)) \
        .current_version()
    assert [e.type for e in published] == ["forecast.updated"]
    broken = background.Forecasting(Settings(data_dir=trained.data_dir,
                                             database_url="postgresql://x@127.0.0.1:1/none",
                              secret_key=TEST_SECRET))
    broken.start()
    broken.startup.join(30)
    assert "start-up forecasts failed" in caplog.text


def test_page_survives_a_database_that_is_down(tmp_path):
    app = create_app(Settings(data_dir=tmp_path, database_url="postgresql://x@127.0.0.1:1/none",
                              secret_key=TEST_SECRET), resolve_viewer=everyone_is_system)
    out = _refresh(app.server.test_client())
    assert "cannot be reached" in json.dumps(out["forecasts-status"])
    assert out["forecasts-summary"]["children"] is None


def test_retrain_job_reports_progress_as_percent_and_text(trained):
    seen = []
    with threadpool_limits(limits=None):
        app = create_app(trained, start=False, resolve_viewer=everyone_is_system)
        services = app.server.extensions["dashboard"]
        result = forecasts.retrain(services, Viewer.system(), seen.append, 1)
    assert result["ok"] and result["finished_at"] and seen[-1] == (100, seen[-1][1])
    assert all(0 <= pct <= 100 and text for pct, text in seen)


def test_a_write_in_the_app_refreshes_the_forecasts_it_touched(trained):
    app = create_app(trained, resolve_viewer=everyone_is_system)
    services = app.server.extensions["dashboard"]
    runtime = app.server.extensions["dashboard"].forecasting
    runtime.debounce = 0.05
    runtime.startup.join(30)
    with services.Session() as s:
        stored = {r.project_id: r for r in s.scalars(select(ProjectForecast))}
        key = s.scalar(select(Project.key).where(Project.id == min(stored)))
    runtime.on_event(events.Event("forecast.updated", (min(stored),)))  # not a trigger
    runtime.on_event(events.Event("project.updated", ()))  # nothing named
    assert runtime.refresher is None
    with services.Session.begin() as s:  # closing a project: its forecast has to go
        commands.set_project_status(s, Scope.everything(), key, "done")
    for _ in range(200):  # a moment later, in a thread of its own
        if runtime.refresh_result is not None:
            break
        time.sleep(0.05)
    assert runtime.refresh_result.scored == 0
    with services.Session() as s:
        left = set(s.scalars(select(ProjectForecast.project_id)))
    assert left == set(stored) - {min(stored)}


BASIS_WORDS = {"classifier": "the model trained here", "prior": "the shipped prior",
               "monte_carlo": "a Monte Carlo simulation alone"}


def test_the_page_says_where_the_numbers_come_from_and_how_much_evidence(trained):
    """The basis in use and the trust counts, against the test's own SQL over the forecasts."""
    app = create_app(trained, resolve_viewer=everyone_is_system, start=False)
    out = _refresh(app.server.test_client())
    engine = make_engine(trained.database_url)
    with engine.connect() as conn:
        rows = conn.execute(sql_text(
            "SELECT f.method, CASE WHEN p.due_date < :today THEN 'late' "
            "ELSE json_extract(f.evidence, '$.trust') END, count(*) "
            "FROM project_forecasts f JOIN projects p ON p.id = f.project_id "
            "JOIN statuses s ON s.id = p.status_id WHERE NOT s.is_closed "
            "GROUP BY 1, 2"), {"today": TODAY}).all()
    engine.dispose()
    total = sum(n for _m, _t, n in rows)
    by_method: dict[str, int] = {}
    by_trust: dict[str, int] = {}
    for method, trust, n in rows:
        by_method[method] = by_method.get(method, 0) + n
        by_trust[trust] = by_trust.get(trust, 0) + n
    assert total > 10 and len(by_trust) >= 2  # a mix worth describing
    counts = words(find(out["forecasts-manager"], "forecasts-trust-counts"))
    assert f"{total} open projects have a forecast: " in counts
    for method, n in by_method.items():
        assert f"{n} from {BASIS_WORDS[method]}" in counts
    assert (f"{by_trust.get('high', 0)} high, {by_trust.get('medium', 0)} medium, "
            f"{by_trust.get('low', 0)} low trust") in counts
    late = by_trust.get("late", 0)  # 0 % by the passed due date, not by the evidence
    assert late and (f"{late} projects are late: their chance is 0% because the due date has "
                     f"passed. How much evidence the other {total - late} rest on") in counts
    if by_trust.get("low"):
        low = by_trust["low"]
        assert f"{low} {'forecast rests' if low == 1 else 'forecasts rest'} on little" in counts
    version = Registry(background.models_dir(trained)).current_version()
    basis = words(find(out["forecasts-manager"], "forecasts-basis"))
    assert basis.startswith(f"Model trained here {version}")
    assert f"Forecasts come from the installation's model {version}, one for all" in basis
    meaning = words(find(out["forecasts-manager"], "forecasts-trust-meaning"))
    assert "high: the model kept at least 80%" in meaning and "low: " in meaning


def test_a_refresh_scores_with_the_model_already_in_memory(trained, tmp_path):
    """The refresh after a write (and the job queue's) uses the holder's model: with the saved
    artifact spoiled after loading, both still score with the classifier of that version."""
    copy = tmp_path / "copy"
    shutil.copytree(trained.data_dir, copy)
    settings = Settings(data_dir=copy)
    app = create_app(settings, resolve_viewer=everyone_is_system)
    services = app.server.extensions["dashboard"]
    runtime = services.forecasting
    runtime.debounce = 0.05
    runtime.startup.join(60)
    version = Registry(background.models_dir(settings)).current_version()
    assert runtime.holder.wait(60).version == version
    (background.models_dir(settings) / version / MODEL_FILE).write_bytes(b"not a model")
    with pytest.raises(Exception):  # noqa: B017 - reading the artifact again would fail
        Registry(background.models_dir(settings)).load()
    with services.Session() as s:
        pid = s.scalar(select(func.min(ProjectForecast.project_id))
                       .where(ProjectForecast.method == "classifier"))
    runtime.on_event(events.Event("project.updated", (pid,)))
    for _ in range(600):
        if runtime.refresh_result is not None:
            break
        time.sleep(0.05)
    result = runtime.refresh_result
    assert result is not None and result.method == "classifier" and result.scored == 1
    assert result.version == version
    queued = runtime.run_now(ids=[pid])  # the Celery job's form
    assert queued is not None and (queued.method, queued.version) == ("classifier", version)
    services.stop()
