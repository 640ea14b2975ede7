"""The forecasting jobs on SQLite and PostgreSQL: train on the demo, persist, fall back, lock."""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd
import pytest
from sqlalchemy import func, select, text

from data import events
from data.demo import load_demo
from data.schema import Project, ProjectForecast, Status
from models import features, jobs, training
from models.prior import load_prior
from models.registry import Registry
from tests.factories import TODAY, add_item, add_portfolio, add_project

TRIALS = 2_000


def _open_ids(session) -> set[int]:
    return set(session.scalars(select(Project.id).join(Status).where(Status.is_closed.is_(False))))


def test_demo_training_persists_a_forecast_with_drivers_for_every_open_project(
        db, engine, tmp_path):
    load_demo(engine, 60, seed=5, today=TODAY, documents=False)
    seen: list[events.Event] = []
    events.install(db, seen.append)
    steps: list[tuple[float, str]] = []
    result = jobs.retrain_and_score(db, tmp_path / "models", TODAY,
                                    lambda f, m: steps.append((f, m)), trials=TRIALS)

    assert result.method == "classifier" and result.version == "v0001"
    assert result.finished_projects >= training.MIN_FINISHED
    assert [f for f, _ in steps] == sorted(f for f, _ in steps) and steps[-1][0] == 1.0
    saved = Registry(tmp_path / "models").load()
    methods = saved.metrics["methods"]
    assert set(methods) == set(training.METHODS)
    assert methods["classifier"]["brier"] < methods["base_rate"]["brier"]
    assert methods["classifier"]["auc"] > 0.75 and saved.metrics["importance"]
    assert saved.metrics["n_train_projects"] + saved.metrics["n_test_projects"] == \
        saved.metrics["n_projects"]

    with db() as s:
        rows = {r.project_id: r for r in s.scalars(select(ProjectForecast))}
        assert set(rows) == _open_ids(s) and len(rows) == result.scored
    for row in rows.values():
        assert row.method == "classifier" and row.model_version == "v0001"
        assert 0 <= row.p_on_time <= 1 and row.as_of == TODAY and row.drivers
        assert {"feature", "label", "value", "effect"} <= set(row.drivers[0])
        if row.p50_date is not None:
            assert row.p50_date <= row.p85_date <= row.p95_date
    assert any(r.p50_date for r in rows.values())
    with db() as s:  # every portfolio's window, against the test's own count
        windows = {r[0]: r[1:] for r in s.execute(text(
            "SELECT portfolio_id, finished, on_time FROM portfolio_outcomes"))}
        portfolios = s.execute(text("SELECT id FROM portfolios")).scalars().all()
        expected = dict(s.execute(text(
            "SELECT p.portfolio_id, count(*) FROM projects p JOIN statuses s "
            "ON s.id = p.status_id WHERE p.due_date < :today AND s.code <> 'cancelled' "
            "GROUP BY p.portfolio_id"), {"today": TODAY}).all())
    assert set(windows) == set(portfolios)
    assert {pid: w[0] for pid, w in windows.items()} == {
        pid: expected.get(pid, 0) for pid in portfolios}
    with db() as s:
        overdue = set(s.scalars(select(Project.id).where(Project.id.in_(rows),
                                                         Project.due_date < TODAY)))
    assert overdue  # open and past due: certainly late, whatever the model says
    for pid in overdue:
        assert rows[pid].p_on_time == 0.0 and rows[pid].drivers[0]["feature"] == "days_left"
        assert rows[pid].drivers[0]["value"] < 0 and rows[pid].mc_p_on_time == 0.0
    for pid, row in rows.items():  # how much history each number rests on
        assert row.evidence["basis"] == "classifier" and row.evidence["trust"] in (
            "low", "medium", "high")
        assert row.evidence["training_projects"] == saved.model.n_projects
        if row.evidence["weight"] is not None and pid not in overdue:
            raw, base, p = (row.evidence[k] for k in ("raw", "base_rate", "weight"))
            assert min(raw, base) - 1e-3 <= _unblended(row) <= max(raw, base) + 1e-3
    assert [e.type for e in seen] == ["forecast.updated"]


def _unblended(row) -> float:
    """The stored probability before the (optional) Monte Carlo blend."""
    w = row.evidence["blend_weight"] or 0.0
    if not w or row.mc_p_on_time is None or row.p_on_time in (0.0, 1.0):
        return row.p_on_time
    def logit(p):
        p = min(max(p, 1e-4), 1 - 1e-4)
        return math.log(p / (1 - p))
    mc = min(max(row.mc_p_on_time, 0.02), 0.98)
    z = (logit(row.p_on_time) - w * logit(mc)) / (1 - w)
    return 1 / (1 + math.exp(-z))


def test_rescore_refreshes_only_the_given_projects(db, engine, tmp_path):
    load_demo(engine, 30, seed=8, today=TODAY, documents=False)
    first = jobs.rescore(db, tmp_path / "models", TODAY, trials=TRIALS)
    # no model trained here: the shipped prior gives the probabilities
    assert first.method == "prior" and first.version == load_prior().version
    assert first.scored > 2
    with db() as s:
        before = {r.project_id: r.scored_at for r in s.scalars(select(ProjectForecast))}
        closed = s.scalar(select(Project.id).join(Status).where(Status.is_closed.is_(True)))
    chosen = sorted(before)[:2]
    again = jobs.rescore(db, tmp_path / "models", TODAY, [*chosen, closed], trials=TRIALS)
    assert again.scored == 2  # the closed project gets no forecast
    with db() as s:
        after = {r.project_id: r.scored_at for r in s.scalars(select(ProjectForecast))}
    assert after.keys() == before.keys()
    assert [pid for pid in before if after[pid] != before[pid]] == chosen


def _little_history(db) -> int:
    with db.begin() as s:
        alpha = add_portfolio(s, "Alpha")
        for i in range(4):  # finished: history, but far from 30 projects
            add_project(s, f"D-{i}", alpha, status="done", due=dt.date(2026, 3, 1),
                        completed_at=dt.datetime(2026, 2, 20))
        running = add_project(s, "A-1", alpha, start=dt.date(2026, 4, 15),
                              due=dt.date(2026, 9, 1))
        for week in range(9):  # 3 points in each of the nine weeks up to today
            add_item(s, running, status="done", points=3,
                     done_at=dt.datetime(2026, 4, 20) + dt.timedelta(weeks=week))
        add_item(s, running, points=15)
        add_project(s, "A-2", alpha)  # nothing done, no history: no forecast at all
        return running.id


def test_too_little_history_falls_back_to_monte_carlo(db, tmp_path):
    running_id = _little_history(db)
    result = jobs.retrain_and_score(db, tmp_path / "models", TODAY, trials=TRIALS,
                                    use_prior=False)
    assert result.method == "monte_carlo" and result.version is None
    assert result.finished_projects == 4 and "Only 4 settled projects" in result.message
    assert Registry(tmp_path / "models").versions() == []
    with db() as s:
        rows = s.scalars(select(ProjectForecast)).all()
    assert [r.project_id for r in rows] == [running_id]
    row = rows[0]
    assert row.method == "monte_carlo" and row.model_version is None
    # 15 points left at 3 a week: five weeks at its own pace; the portfolio's speeds are
    # unknown, so some trials (fewer as the schedule passes) run slower or faster than that
    assert row.p_on_time == row.mc_p_on_time and 0.9 < row.p_on_time < 1.0
    assert row.p50_date == TODAY + dt.timedelta(days=35) < row.p95_date
    assert [d["feature"] for d in row.drivers] == ["remaining_points", "median_throughput"]
    assert row.evidence["basis"] == "monte_carlo" and row.evidence["trust"] == "medium"
    assert row.evidence["finished_in_portfolio"] == 4


def test_too_little_history_uses_the_shipped_prior(db, tmp_path):
    running_id = _little_history(db)
    result = jobs.retrain_and_score(db, tmp_path / "models", TODAY, trials=TRIALS)
    shipped = load_prior()
    assert result.method == "prior" and result.version == shipped.version
    with db() as s:
        rows = {r.project_id: r for r in s.scalars(select(ProjectForecast))}
        row = rows.pop(running_id)
        (idle,) = rows.values()  # nothing done yet: the prior still says something, MC cannot
        history_ = jobs.history.load_histories(s, [running_id])[running_id]
        team = jobs.history.team_outcomes(s, None, before=TODAY + dt.timedelta(days=1))
    assert row.method == "prior" and row.model_version == shipped.version
    x = features.features_as_of(history_, TODAY, team[history_.portfolio_id])
    expected = shipped.predict(pd.DataFrame([x]))[0]  # the prior's own arithmetic
    assert row.p_on_time == pytest.approx(expected, abs=1e-12)
    assert 0 < row.mc_p_on_time < 1 and row.drivers and row.drivers[0]["effect"] is not None
    assert row.evidence["basis"] == "prior" and row.evidence["trust"] == "low"
    assert idle.method == "prior" and 0 < idle.p_on_time < 1
    assert idle.mc_p_on_time is None and idle.p85_date is None


def test_one_job_at_a_time(db, tmp_path):
    with jobs.job_lock(tmp_path / "models"), pytest.raises(jobs.JobBusy):
        jobs.rescore(db, tmp_path / "models", TODAY)
    with db() as s:
        assert s.scalar(select(func.count(ProjectForecast.project_id))) == 0
    assert jobs.rescore(db, tmp_path / "models", TODAY).scored == 0  # the lock was released
