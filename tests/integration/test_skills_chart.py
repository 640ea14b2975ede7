"""The Resources page's skills chart says what it shows: it drew the 25 skills with the most open
points and said "25 skills" while 27 had open work (terraform and hardware left out without a
word), and a skill chosen in the filter outside those 25 showed nothing. On SQLite and
PostgreSQL, against the test's own SQL.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest
from plotly.utils import PlotlyJSONEncoder
from sqlalchemy import text

from data.rollups import refresh_skill_supply
from data.viewer import Viewer
from pages import resources
from tests.factories import TODAY, add_item, add_portfolio, add_project, add_resource
from tests.page_services import services_on

SYSTEM = Viewer.system()
SKILLS = [f"skill{i:02d}" for i in range(27)]


@pytest.fixture
def services(db, engine, tmp_path):
    with db.begin() as s:
        folio = add_portfolio(s, "Alpha")
        project = add_project(s, "A-1", folio)
        for i, skill in enumerate(SKILLS):  # skill00 needs the most open points, skill26 least
            for _ in range(2):
                add_item(s, project, points=60 - 2 * i, skill=skill)
            add_item(s, project, status="done", points=100, skill=skill)  # done: not open work
            for k in range(1 + i % 3):
                add_resource(s, f"{skill}-person{k}", skills=[skill])
        refresh_skill_supply(s.connection())
    with services_on(engine, tmp_path, TODAY) as found:
        yield found


def _chart(services, skill=None) -> dict:
    fig, _alt = resources.skills(services, SYSTEM, None, None, skill)
    return json.loads(json.dumps(fig, cls=PlotlyJSONEncoder))


def test_the_skills_chart_says_it_shows_the_top_25_and_names_the_rest(services, engine):
    with engine.connect() as conn:
        open_points = [(skill, int(points)) for skill, points in conn.execute(text(
            "SELECT skill, sum(story_points) FROM work_items WHERE status <> 'done'"
            " AND skill IS NOT NULL GROUP BY skill ORDER BY 2 DESC, skill"))]
        held = Counter(skill for (raw,) in conn.execute(text("SELECT skills FROM resources"))
                       for skill in (json.loads(raw) if isinstance(raw, str) else raw))
    assert len(open_points) == 27
    top, rest = open_points[:25], open_points[25:]

    fig = _chart(services)
    drawn = fig["data"][0]
    assert sorted(zip(drawn["y"], drawn["x"], strict=True)) == sorted(top)
    meta = fig["layout"]["meta"]
    assert meta["subtitle"].endswith("· top 25 of 27 skills by open points")
    people = {s: f"{held[s]} {'person' if held[s] == 1 else 'people'}" for s, _p in rest}
    named = " and ".join(f"{s} ({p} open points, {people[s]})" for s, p in rest)
    assert meta["summary"].startswith(
        f"The 25 skills with the most open points, of 27; not shown: {named}.")

    # a skill chosen outside the top 25 is drawn, alone, and the chart does not say "top"
    last, points = rest[-1]
    only = _chart(services, [last])
    assert list(zip(only["data"][0]["y"], only["data"][0]["x"], strict=True)) == [(last, points)]
    assert only["layout"]["meta"]["summary"].startswith("1 skill.")
    assert "top" not in only["layout"]["meta"]["subtitle"]
