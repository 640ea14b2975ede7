"""Features computed from our tables (SQLite and PostgreSQL) ignore every row written after D."""

from __future__ import annotations

import datetime as dt
import math

from sqlalchemy import func, select, update

from data.schema import (
    Allocation,
    Portfolio,
    Project,
    ProjectSnapshot,
    Resource,
    Status,
    WorkItem,
)
from models import features, history
from tests.factories import add_item, add_portfolio, add_project

D = dt.date(2026, 3, 2)


def _snapshots(session, project, start: dt.date, weeks: int, per_week: int, scope: int):
    for w in range(weeks):
        session.add(ProjectSnapshot(project_id=project.id, day=start + dt.timedelta(weeks=w),
                                    scope_points=scope, done_points=min(scope, per_week * w),
                                    in_progress_points=2, items_added=1 if w == 3 else 0,
                                    items_removed=0, team_size=3))


def _seed(db) -> tuple[int, int]:
    with db.begin() as s:
        alpha = add_portfolio(s, "Alpha")
        p = add_project(s, "P", alpha, start=dt.date(2026, 1, 5), due=dt.date(2026, 4, 27))
        _snapshots(s, p, dt.date(2026, 1, 5), 9, 4, 60)  # up to Mar 2
        add_item(s, p, status="done", points=5, done_at=dt.datetime(2026, 2, 10, 12))
        add_item(s, p, status="in_progress", points=8).started_at = dt.datetime(2026, 2, 20)
        add_item(s, p, points=3)
        ada = Resource(name="Ada", weekly_capacity=40)
        s.add(ada)
        s.flush()
        s.add(Allocation(resource_id=ada.id, project_id=p.id, share=0.5,
                         period_start=dt.date(2026, 1, 5), period_end=dt.date(2026, 6, 30)))
        q = add_project(s, "Q", alpha, status="done", start=dt.date(2025, 11, 3),
                        due=dt.date(2026, 2, 1), completed_at=dt.datetime(2026, 1, 30, 16))
        _snapshots(s, q, dt.date(2025, 11, 3), 13, 5, 50)  # first scope 50, 50 done by due
        add_project(s, "R", alpha, due=dt.date(2026, 3, 20))  # outcome not known on D
        return p.id, alpha.id


def _features(db, pid: int, portfolio: int) -> dict[str, float]:
    with db() as s:
        h = history.load_histories(s, [pid])[pid]
        team = history.team_outcomes(s, [portfolio]).get(portfolio, [])
    return features.features_as_of(h, D, team)


def _same(a: dict, b: dict) -> bool:
    return all((math.isnan(a[k]) and math.isnan(b[k])) or a[k] == b[k] for k in a)


def test_features_from_tables_and_nothing_after_the_day(db):
    pid, portfolio = _seed(db)
    before = _features(db, pid, portfolio)
    assert before["scope_points"] == 60 and before["done_points"] == 32
    assert before["elapsed_frac"] == 56 / 112 and before["items_added"] == 1
    assert (before["items_todo"], before["items_in_progress"], before["items_done"]) == (1, 1, 1)
    assert before["allocated_fte"] == 0.5 and before["team_size"] == 3
    assert before["team_history"] == 1 and before["team_on_time_rate"] == 1.0  # Q only
    assert before["team_delivery_ratio"] == 50 / 50 and before["scope_vs_team"] == 60 / 50

    with db.begin() as s:  # the future arrives: more history, finished items, a closed project
        _snapshots(s, s.get(Project, pid), dt.date(2026, 3, 9), 5, 9, 70)
        s.execute(update(WorkItem).where(WorkItem.project_id == pid, WorkItem.status != "done")
                  .values(status="done", done_at=dt.datetime(2026, 3, 4),
                          started_at=func.coalesce(WorkItem.started_at,
                                                   dt.datetime(2026, 3, 3))))
        project = s.get(Project, pid)
        add_item(s, project, points=13).created_at = dt.datetime(2026, 3, 5)
        resource = s.scalar(select(Resource))
        s.add(Allocation(resource_id=resource.id, project_id=pid, share=1.0,
                         period_start=dt.date(2026, 3, 3), period_end=dt.date(2026, 5, 1)))
        project.status_id = s.scalar(select(Status.id).where(Status.code == "done"))
        project.completed_at = dt.datetime(2026, 4, 20)
        r = s.scalar(select(Project).where(Project.key == "R"))
        r.status_id, r.completed_at = project.status_id, dt.datetime(2026, 3, 19)
        add_project(s, "S", s.scalar(select(Portfolio).where(Portfolio.id == portfolio)),
                    due=dt.date(2026, 3, 10), status="done", completed_at=dt.datetime(2026, 3, 9))
    assert _same(_features(db, pid, portfolio), before)

    with db.begin() as s:  # a row on the day itself does count (the test can fail)
        s.execute(update(ProjectSnapshot).where(ProjectSnapshot.project_id == pid,
                                                ProjectSnapshot.day == D).values(done_points=40))
    assert _features(db, pid, portfolio)["done_points"] == 40


def test_histories_load_in_chunks_and_open_projects_are_listed(db, monkeypatch):
    pid, _ = _seed(db)
    monkeypatch.setattr(history, "CHUNK", 2)
    with db() as s:
        loaded = list(history.iter_histories(s, history.all_project_ids(s)))
        assert [h.project_id for h in loaded] == sorted(history.all_project_ids(s))
        assert {h.project_id for h in loaded if not h.closed} == set(history.open_project_ids(s))
        p = next(h for h in loaded if h.project_id == pid)
        assert len(p.snapshots) == 9 and len(p.items) == 3 and p.priority_rank == 1
        assert history.team_outcomes(s, []) == {}
