"""One window per phrase (docs/metrics.md, Periods), on SQLite and PostgreSQL.

"Due in the next 28 days" is today and the 27 days after it; "passed the due date in the last
seven days" means late, having become late (the day after the due date) on one of today and the
six days before; "the last four weeks" are today and the 27 days before. The Forecasts page
and the overview's Insights say so, with counts the test computes from its own SQL and the
definitions written out again here, on the boundaries where an off-by-one shows.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pytest
from plotly.utils import PlotlyJSONEncoder
from sqlalchemy import text

from data.schema import ProjectForecast
from data.viewer import Viewer
from pages import forecasts, overview
from tests.factories import add_item, add_portfolio, add_project
from tests.page_services import services_on

TODAY = dt.date(2026, 12, 7)  # the audit's Monday
SYSTEM = Viewer.system()


def _day(value: Any) -> dt.date:
    return dt.date.fromisoformat(str(value)[:10])


def _text(value: Any) -> str:
    return json.dumps(json.loads(json.dumps(value, cls=PlotlyJSONEncoder)), ensure_ascii=False)


@pytest.fixture
def services(db, engine, tmp_path):
    with db.begin() as s:
        alpha = add_portfolio(s, "Alpha")
        # at risk (P(on time) 20 %), due on both sides of the end of the next 28 days
        for i, ahead in enumerate((0, 1, 27, 28, 29)):
            p = add_project(s, f"S-{i}", alpha, start=TODAY - dt.timedelta(days=60),
                            due=TODAY + dt.timedelta(days=ahead))
            s.add(ProjectForecast(project_id=p.id, method="monte_carlo", p_on_time=0.2,
                                  as_of=TODAY))
        # open and past due: on both sides of the last seven days
        for i, back in enumerate((1, 6, 7, 8, 20)):
            add_project(s, f"L-{i}", alpha, start=TODAY - dt.timedelta(days=90),
                        due=TODAY - dt.timedelta(days=back))
        add_project(s, "D-1", alpha, status="done", due=TODAY - dt.timedelta(days=3),
                    completed_at=dt.datetime.combine(TODAY - dt.timedelta(days=4), dt.time(9)))
        running = add_project(s, "R-1", alpha, start=TODAY - dt.timedelta(days=120),
                              due=TODAY + dt.timedelta(days=90))
        s.add(ProjectForecast(project_id=running.id, method="monte_carlo", p_on_time=0.9,
                              as_of=TODAY))
        # work finished on the edges of the last four weeks and of the four before them
        for back in (0, 0, 1, 6, 7, 8, 13, 27, 28, 55, 56):
            add_item(s, running, status="done",
                     done_at=dt.datetime.combine(TODAY - dt.timedelta(days=back), dt.time(0, 30)))
    with services_on(engine, tmp_path, TODAY) as found:
        yield found


def _open_projects(engine) -> list[tuple[dt.date, float | None]]:
    with engine.connect() as conn:
        return [(_day(due), p) for due, p in conn.execute(text(
            "SELECT p.due_date, f.p_on_time FROM projects p"
            " JOIN statuses s ON s.id = p.status_id"
            " LEFT JOIN project_forecasts f ON f.project_id = p.id"
            " WHERE NOT s.is_closed AND p.due_date IS NOT NULL"))]


def test_forecasts_page_counts_the_next_28_days_and_the_last_seven(services, engine):
    rows = _open_projects(engine)
    next_28 = {TODAY + dt.timedelta(days=i) for i in range(28)}  # today and the 27 after
    last_7 = {TODAY - dt.timedelta(days=i) for i in range(7)}  # today and the 6 before
    at_risk_soon = sum(due >= TODAY and p is not None and p < 0.5 and due in next_28
                       for due, p in rows)
    slipped = sum(due < TODAY and due + dt.timedelta(days=1) in last_7 for due, _p in rows)
    assert (at_risk_soon, slipped) == (3, 3)  # the boundaries are in the data

    page = _text(forecasts.refresh(services, SYSTEM, None))
    assert (f"{slipped} projects passed their due date unfinished in the last seven days "
            "(due 30 Nov – 6 Dec 2026).") in page
    assert (f"{at_risk_soon} projects at risk are due in the next 28 days "
            "(7 Dec 2026 – 3 Jan 2027).") in page


def test_insights_count_the_last_four_weeks_against_the_four_before(services, engine):
    with engine.connect() as conn:
        done = [_day(d) for (d,) in conn.execute(text(
            "SELECT done_at FROM work_items WHERE done_at IS NOT NULL"))]
    recent = sum(0 <= (TODAY - d).days <= 27 for d in done)  # 10 Nov – 7 Dec
    before = sum(28 <= (TODAY - d).days <= 55 for d in done)  # 13 Oct – 9 Nov
    assert (recent, before) == (8, 2)
    change = round(abs(recent - before) / before * 100)

    card = _text(overview.show_insights(services, SYSTEM, {}))
    assert f"Throughput rose {change}%" in card
    assert (f"{recent} work items finished in the last four weeks (10 Nov – 7 Dec 2026, today "
            f"so far included) against {before} in the four weeks before.") in card
    # slipped in the last two weeks: became late on one of today and the 13 days before
    with engine.connect() as conn:
        dues = [_day(d) for (d,) in conn.execute(text(
            "SELECT p.due_date FROM projects p JOIN statuses s ON s.id = p.status_id"
            " WHERE NOT s.is_closed AND p.due_date < :today"), {"today": TODAY})]
    slipped = sum((TODAY - (d + dt.timedelta(days=1))).days <= 13 for d in dues)
    assert re.search(rf'"{slipped} projects slipped past the due date in the last two weeks"'
                     r'.{0,80}" \(due 23 Nov – 6 Dec 2026\): "', card)
