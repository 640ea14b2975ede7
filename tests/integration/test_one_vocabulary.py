"""One number per concept: the overview's outputs against the test's own arithmetic over raw
rows, and the same at-risk count on every page (on SQLite and PostgreSQL, seeded demo data).

The expected numbers come from plain SQL of the base tables (no rollups, no ``data.metrics``)
and the definitions of docs/metrics.md written out again here in Python.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import text

from dashboard.app import create_app
from dashboard.settings import Settings
from data.demo import load_demo
from data.viewer import Viewer
from models import jobs
from pages import forecasts, overview, project, projects
from tests.conftest import clean
from tests.page_services import find_props, plain
from tests.signin import TEST_SECRET

TODAY = dt.date(2026, 6, 17)
SYSTEM = Viewer.system()


@dataclass
class Row:
    id: int
    key: str
    name: str
    portfolio_id: int
    status: str
    closed: bool
    priority: str
    owner: str
    start: dt.date | None
    due: dt.date | None
    completed: dt.datetime | None
    p: float | None = None
    scope: int = 0
    done: int = 0
    open_items: int = 0

    @property
    def late(self) -> bool:
        return not self.closed and self.due is not None and self.due < TODAY

    @property
    def behind(self) -> bool:
        if not (self.start and self.due and self.start <= TODAY <= self.due):
            return False
        span = (self.due - self.start).days
        if span <= 0:
            return False
        progress = self.done / self.scope if self.scope else 0.0
        return progress < (TODAY - self.start).days / span - 0.15

    @property
    def health(self) -> str:
        if self.closed:
            return "closed"
        if self.late:
            return "late"
        if self.p is not None:
            return "at_risk" if self.p < 0.5 else "on_track"
        return "at_risk" if self.behind else "on_track"


def _day(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _stamp(value: Any) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


@pytest.fixture(scope="module")
def demo(engine, tmp_path_factory):
    """The seeded demo with stored forecasts, and the raw rows the expectations come from."""
    clean(engine)
    load_demo(engine, 60, seed=3, today=TODAY, documents=False)
    data_dir = tmp_path_factory.mktemp("vocab")
    from data.db import make_sessionmaker

    jobs.retrain_and_score(make_sessionmaker(engine), data_dir / "models", TODAY)
    with engine.connect() as conn:
        rows = {r[0]: Row(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], r[7] or "",
                          _day(r[8]), _day(r[9]), _stamp(r[10])) for r in conn.execute(text(
            "SELECT p.id, p.key, p.name, p.portfolio_id, s.code, s.is_closed, r.code, p.owner,"
            " p.start_date, p.due_date, p.completed_at FROM projects p"
            " JOIN statuses s ON s.id = p.status_id JOIN priorities r ON r.id = p.priority_id"))}
        items = [(pid, status, points, _stamp(created), _stamp(done)) for pid, status, points,
                 created, done in conn.execute(text(
                     "SELECT project_id, status, story_points, created_at, done_at"
                     " FROM work_items"))]
        for pid, p in conn.execute(text("SELECT project_id, p_on_time FROM project_forecasts")):
            rows[pid].p = p
    for pid, status, points, _created, _done in items:
        rows[pid].scope += points
        rows[pid].done += points if status == "done" else 0
        rows[pid].open_items += status != "done"
    url = engine.url.render_as_string(hide_password=False)
    app = create_app(Settings(secret_key=TEST_SECRET, data_dir=data_dir, database_url=url),
                     start=False)
    services = app.server.extensions["dashboard"]
    services.today = lambda: TODAY
    yield services, list(rows.values()), items
    services.stop()
    clean(engine)



def _kpi(tree: Any, name: str) -> int:
    return int(str(find_props(tree, f"overview-kpi-{name}")["children"]).replace(",", ""))


def _bars(figure: dict[str, Any], key_of) -> Counter:
    out: Counter = Counter()
    for trace in figure["data"]:
        for custom, y in zip(trace.get("customdata") or [], trace.get("y") or [], strict=False):
            out[key_of(trace, custom)] += y
    return out


def _week(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


VIEWS = [
    ("everything", {}, lambda r: True),
    ("one portfolio", "portfolio", None),
    ("active", {"status": "active"}, lambda r: r.status == "active"),
    ("search", {"search": "a"}, lambda r: "a" in f"{r.key} {r.name} {r.owner}".lower()),
]


@pytest.mark.parametrize(("label", "query", "keep"), VIEWS, ids=[v[0] for v in VIEWS])
def test_overview_outputs_match_the_raw_rows(demo, label, query, keep):
    services, rows, items = demo
    if query == "portfolio":
        first = min(r.portfolio_id for r in rows)
        query, keep = {"portfolio": str(first)}, (lambda r, first=first: r.portfolio_id == first)
    view = [r for r in rows if keep(r)]
    ids = {r.id for r in view}
    out = plain(overview.refresh(services, SYSTEM, query))
    kpis, (status_priority, throughput, burnup, _portfolios, due), alert = \
        out[0], out[1:6], out[-1]
    assert alert is None
    month = TODAY.replace(day=1)
    assert _kpi(kpis, "projects") == len(view)
    assert _kpi(kpis, "active") == sum(r.status == "active" for r in view)
    assert _kpi(kpis, "late") == sum(r.health == "late" for r in view)
    assert _kpi(kpis, "at-risk") == sum(r.health == "at_risk" for r in view)
    assert _kpi(kpis, "done") == sum(r.status == "done" and r.completed is not None
                                     and r.completed.date() >= month for r in view)
    assert _kpi(kpis, "open-items") == sum(r.open_items for r in view)

    cells = _bars(status_priority, lambda _t, c: tuple(c))
    assert {k: v for k, v in cells.items() if v} == dict(Counter((r.status, r.priority)
                                                                 for r in view))

    this_week = _week(TODAY)
    grid = [this_week - dt.timedelta(weeks=i) for i in range(25, -1, -1)]
    finished = Counter(_week(done.date()) for pid, status, _p, _c, done in items
                       if pid in ids and done is not None)
    shown = {_day(x): y for x, y in zip(throughput["data"][0]["x"], throughput["data"][0]["y"],
                                        strict=True)} if throughput["data"] else {}
    assert all(shown.get(w, 0) == finished.get(w, 0) for w in grid if w in shown)
    assert sum(shown.values()) == sum(finished[w] for w in grid if w in shown)

    if burnup["data"]:
        lines = {t["name"]: dict(zip(map(_day, t["x"]), t["y"], strict=True))
                 for t in burnup["data"]}
        scope_line, done_line = lines["Scope"], lines["Done"]
        for week, value in scope_line.items():
            end = dt.datetime.combine(week + dt.timedelta(days=7), dt.time())
            assert value == sum(p for pid, _s, p, created, _d in items
                                if pid in ids and created < end)
            assert done_line[week] == sum(p for pid, s, p, _c, done in items if pid in ids
                                          and s == "done" and done is not None and done < end)

    months = _bars(due, lambda t, c: (c[0][:7], t["name"].lower().replace(" ", "_")))
    first = (TODAY.replace(day=1) - dt.timedelta(days=31 * 6)).replace(day=1)
    last = (TODAY.replace(day=1) + dt.timedelta(days=31 * 13)).replace(day=1)
    expected = Counter((r.due.isoformat()[:7], r.health) for r in view
                       if not r.closed and r.due is not None and first <= r.due < last)
    assert {k: v for k, v in months.items() if v} == dict(expected)

    insight_text = json.dumps(plain(overview.show_insights(services, SYSTEM, query)))
    late = sum(r.health == "late" for r in view)
    at_risk = sum(r.health == "at_risk" for r in view)
    if late:
        assert f"{late} project{'s' if late != 1 else ''} past due" in insight_text
    if at_risk:
        assert f"{at_risk} project{'s' if at_risk != 1 else ''} at risk" in insight_text


def test_burnup_sentence_counts_the_weeks_between_the_charts_first_and_last_points(demo):
    """The sentence under the overview's burn-up says how far back its first point is: the
    26 weekly points span 25 weeks (it said 26), and the scope then is the test's own sum."""
    services, _rows, items = demo
    burnup = plain(overview.refresh(services, SYSTEM, {}))[3]
    weeks = [_day(x) for x in burnup["data"][0]["x"]]
    this_week = _week(TODAY)
    assert weeks[-1] == this_week
    span = (weeks[-1] - weeks[0]).days // 7
    assert span == len(weeks) - 1 == 25
    end = dt.datetime.combine(weeks[0] + dt.timedelta(days=7), dt.time())
    scope_then = sum(p for _pid, _s, p, created, _d in items if created < end)
    assert burnup["data"][0]["y"][0] == scope_then
    assert burnup["layout"]["meta"]["summary"].endswith(
        f"; scope was {scope_then:,} points 25 weeks earlier.")


def test_at_risk_is_one_number_on_every_page(demo):
    services, rows, _items = demo
    at_risk = sum(r.health == "at_risk" for r in rows)
    assert at_risk  # the demo has some, so the comparison means something
    kpis = plain(overview.refresh(services, SYSTEM, {}))[0]
    insights = json.dumps(plain(overview.show_insights(services, SYSTEM, {})))
    table = plain(projects.show_page(services, SYSTEM, {"filters": {"health": "at_risk"},
                                                         "sort": "key", "desc": False}))
    summary = plain(forecasts.refresh(services, SYSTEM, None))[1]
    answer = services.copilot.copilot.ask("How many projects are at risk?",
                                          SYSTEM.scope).to_dict()
    assert _kpi(kpis, "at-risk") == at_risk
    assert f"{at_risk} projects at risk" in insights
    assert re.search(rf"of {at_risk} projects", table[1])
    assert int(find_props(summary, "forecasts-kpi-at-risk")["children"]) == at_risk
    counted = answer.get("result", {}).get("count")
    first_line = answer["text"].splitlines()[0]
    assert counted == at_risk if counted is not None else f"{at_risk} projects at risk" in \
        first_line.replace("*", "")


def test_on_track_means_at_least_even_odds_and_the_header_is_the_what_if_baseline(demo):
    services, rows, _items = demo
    on_track = [r for r in rows if r.health == "on_track"]
    assert on_track and all(r.p is None or r.p >= 0.5 for r in on_track)
    table = plain(projects.show_page(services, SYSTEM, {"filters": {"health": "on_track"},
                                                         "sort": "key", "desc": False}))
    shown_keys = set(re.findall(r'"/projects/([A-Z]+-\d+)"', json.dumps(table[0])))
    assert shown_keys and shown_keys <= {r.key for r in on_track}
    scored = sorted((r for r in rows if r.p is not None and not r.closed), key=lambda r: r.key)
    for row in scored[:5]:
        card = find_props(plain(project.charts(services, SYSTEM, row.key))[3], "project-p-on-time")
        header = re.search(r"(\d+)\s?%", json.dumps(card)).group(1)
        what_if = json.dumps(plain(project.scenario(services, SYSTEM, row.key, 0, 0)),
                             ensure_ascii=False)
        found = re.search(r"P\(on time\): (\d+)% → (\d+)%", what_if)
        assert found, (row.key, what_if)
        baseline, unchanged = found.groups()
        assert int(header) == int(baseline) == int(unchanged) == round(100 * row.p)


def test_the_pdf_report_states_the_pages_numbers(demo):
    """The report's summary tiles and its throughput line say what the pages say, from the
    raw rows: health by the same definition, throughput over full weeks only (the running week
    apart), the same sentence as the overview chart's."""
    from components.report.charts import chart_summary
    from models.reports import portfolio_facts

    services, rows, items = demo
    with services.read() as session:
        facts = portfolio_facts(session, SYSTEM.scope, TODAY)
    health = Counter(r.health for r in rows)
    for state in ("on_track", "at_risk", "late", "closed"):
        assert facts.health[state] == health[state], state
    assert facts.late_total == health["late"]

    this_week = _week(TODAY)
    finished = Counter(_week(done.date()) for _pid, _s, _p, _c, done in items if done is not None)
    last_four = [this_week - dt.timedelta(weeks=i) for i in range(4, 0, -1)]
    per_week = round(sum(finished[w] for w in last_four) / 4)
    line = chart_summary("throughput", facts)
    assert f"{per_week:,} a week in the last four full weeks." in line
    assert f"This week so far: {finished[this_week]:,}." in line if finished[this_week] else True
    overview_chart = plain(overview.refresh(services, SYSTEM, {}))[2]
    assert overview_chart["layout"]["meta"]["summary"] == line


def test_every_combination_of_health_filters_holds_exactly_its_projects(demo, engine):
    """The health filter tests each health's own condition (closed and late on the project's
    row, at risk in a subquery): every combination gives the rows of those healths, the
    healths counted here from the raw rows."""
    from itertools import combinations

    from data.db import make_sessionmaker
    from data.filters import ProjectFilters
    from data.project_queries import project_page
    from data.scope import Scope

    _services, rows, _items = demo
    healths = ("on_track", "at_risk", "late", "closed")
    assert all(any(r.health == h for r in rows) for h in healths)  # each one is exercised
    with make_sessionmaker(engine)() as session:
        for n in range(1, 5):
            for chosen in combinations(healths, n):
                expected = sorted(r.key for r in rows if r.health in chosen)
                page = project_page(session, Scope.everything(), TODAY,
                                    ProjectFilters(health=chosen), sort="key", page_size=200)
                assert page.total == len(expected), chosen
                assert [r.key for r in page.items] == expected, chosen
                assert {r.health for r in page.items} <= set(chosen)
