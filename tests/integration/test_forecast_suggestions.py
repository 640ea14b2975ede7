"""Suggestions for a project at risk, on both engines: each one's number is the what-if of the
same edit, people are picked by skill and by free capacity computed from their allocations."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from sqlalchemy import text

from data.schema import ProjectSnapshot
from models import forecast, jobs, suggestions, whatif
from models.registry import LoadedModel
from tests.factories import (
    TODAY,
    add_item,
    add_portfolio,
    add_project,
    add_resource,
    allocate,
)
from tests.unit.test_forecast_metrics import _known_probabilities

WINDOW_END = TODAY + dt.timedelta(days=28)  # the project's due date


@pytest.fixture(scope="module")
def loaded() -> LoadedModel:
    X, y, _ = _known_probabilities(1500, seed=11)
    model = forecast.fit(X, y, np.arange(len(X)), forecast.ClassifierSettings(max_iter=60,
                                                                             folds=3))
    return LoadedModel("v0007", model, {})


def _setup(db) -> dict:
    with db.begin() as s:
        alpha = add_portfolio(s, "Alpha")
        p = add_project(s, "RISK", alpha, start=TODAY - dt.timedelta(days=56), due=WINDOW_END)
        other = add_project(s, "OTHER", alpha)
        for week in range(9):  # 30 of 80 points after two thirds of the schedule
            s.add(ProjectSnapshot(project_id=p.id, day=TODAY - dt.timedelta(weeks=8 - week),
                                  scope_points=80, done_points=round(30 * week / 8),
                                  in_progress_points=5, items_added=0, items_removed=0,
                                  team_size=3))
        done_at = dt.datetime.combine(TODAY - dt.timedelta(days=10), dt.time(9))
        for _ in range(2):
            add_item(s, p, status="done", points=15, done_at=done_at)
        big = add_item(s, p, points=13, skill="python")
        mid = add_item(s, p, points=8, skill="design")
        doing = add_item(s, p, status="in_progress", points=5, skill="python", done_at=None)
        doing.started_at = done_at
        rest = add_item(s, p, points=24)
        ann = add_resource(s, "Ann", ["python", "sql"])
        allocate(s, ann, other, 0.5, TODAY - dt.timedelta(days=30), TODAY + dt.timedelta(days=60))
        bob = add_resource(s, "Bob", ["python"])
        allocate(s, bob, other, 1.0, TODAY - dt.timedelta(days=5), TODAY + dt.timedelta(days=90))
        cy = add_resource(s, "Cy", ["design"])  # two bookings that overlap for a week
        allocate(s, cy, other, 0.3, TODAY, TODAY + dt.timedelta(days=14))
        allocate(s, cy, other, 0.4, TODAY + dt.timedelta(days=7), WINDOW_END)
        add_resource(s, "Dee", ["cooking"])
        eve = add_resource(s, "Eve", ["python"])
        allocate(s, eve, p, 0.5, TODAY - dt.timedelta(days=30), WINDOW_END)  # already on it
        return {"project": p.id, "big": big.id, "mid": mid.id, "doing": doing.id,
                "rest": rest.id, "ann": ann.id, "cy": cy.id}


def _free(db, resource_id: int) -> float:
    """1 - the highest daily load in the window, by the test's own SQL, day by day."""
    with db() as s:
        rows = s.execute(text(
            "SELECT share, period_start, period_end FROM allocations WHERE resource_id = :r"),
            {"r": resource_id}).all()
    peak = 0.0
    day = TODAY
    while day <= WINDOW_END:
        load = 0.0
        for share, a, b in rows:
            a = a if isinstance(a, dt.date) else dt.date.fromisoformat(a)
            b = b if isinstance(b, dt.date) else dt.date.fromisoformat(b)
            if a <= day <= b:
                load += share
        peak = max(peak, load)
        day += dt.timedelta(days=1)
    return round(1 - peak, 3)


def test_suggestions_are_what_ifs_of_their_edits(db, loaded, tmp_path):
    ids = _setup(db)
    pid = ids["project"]
    jobs.rescore(db, tmp_path / "models", TODAY, loaded=loaded)
    with db() as s:
        rows = suggestions.suggestions(s, pid, TODAY, loaded, limit=10)
        assert suggestions.suggestions(s, 987_654, TODAY, loaded) == []
        stored = s.execute(text("SELECT p_on_time FROM project_forecasts WHERE project_id = :p"),
                           {"p": pid}).scalar_one()
        assert stored < 0.5  # at risk: behind schedule
        for row in rows:
            if row["kind"] == "cut_scope":
                again = whatif.scenario(s, pid, TODAY, loaded, scope_delta=-row["points"])
            else:
                again = whatif.scenario(s, pid, TODAY, loaded, team_delta=row["free_share"])
            assert row["p_on_time"] == pytest.approx(again.p_on_time, abs=1e-4)
            assert row["baseline"] == stored
            assert row["effect"] == pytest.approx(row["p_on_time"] - stored, abs=1e-4)
    assert [r["effect"] for r in rows] == sorted((r["effect"] for r in rows), reverse=True)
    assert all(r["effect"] > 0 for r in rows)  # every change helps a project behind schedule

    cuts = [r for r in rows if r["kind"] == "cut_scope"]
    first = min(cuts, key=lambda r: r["points"])
    assert first["item_ids"] == [ids["rest"]] and first["points"] == 24  # largest not started
    assert all(r["item_ids"][:2] == [ids["rest"], ids["big"]] for r in cuts if r["points"] > 24)
    assert all(ids["doing"] not in r["item_ids"] for r in cuts)  # work under way stays
    people = {r["person"]: r for r in rows if r["kind"] == "add_person"}
    assert set(people) == {"Ann", "Cy"}  # Bob is full, Dee lacks the skill, Eve is on it
    assert people["Ann"]["free_share"] == _free(db, ids["ann"]) == 0.5
    assert people["Cy"]["free_share"] == _free(db, ids["cy"]) == 0.3
    assert people["Ann"]["skills"] == ["python"] and people["Cy"]["skills"] == ["design"]
    assert people["Ann"]["effect"] > people["Cy"]["effect"]  # more free time, more speed
    # the window's end (the due date) as every page writes a day: "4 Jan 2027"
    until = f"until {WINDOW_END.day} {WINDOW_END:%b %Y})"
    assert people["Ann"]["title"] == f"Add Ann (python; 50% free {until}"


def test_peak_load_is_the_busiest_day():
    a, b = TODAY, TODAY + dt.timedelta(days=9)
    allocations = [(0.5, a, a + dt.timedelta(days=4), 1), (0.25, a + dt.timedelta(days=4), b, 2),
                   (1.0, b + dt.timedelta(days=1), b + dt.timedelta(days=30), 3)]
    assert suggestions.peak_load(allocations, a, b) == 0.75  # day 4 only
    assert suggestions.peak_load(allocations, a + dt.timedelta(days=5), b) == 0.25
    assert suggestions.peak_load([], a, b) == 0.0
