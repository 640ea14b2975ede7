"""The overview's portfolio chart says its counts in words that hold: no "1 portfolios", and no
single portfolio named as having the most late projects when several tie. On SQLite and
PostgreSQL, with the counts from the test's own SQL of the base tables.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from typing import Any

import pytest
from plotly.utils import PlotlyJSONEncoder
from sqlalchemy import text

from data.viewer import Viewer
from pages import overview
from tests.factories import TODAY, add_portfolio, add_project
from tests.page_services import services_on

SYSTEM = Viewer.system()
LATE = TODAY - dt.timedelta(days=10)
LATER = TODAY + dt.timedelta(days=60)


@pytest.fixture
def services(db, engine, tmp_path):
    # (portfolio, late high-priority active projects, others not late): Devices and Growth tie
    # at two late with different open counts; every other portfolio has one late
    plan = [("Devices", 2, 3), ("Growth", 2, 1), ("Payments", 1, 2), ("Security", 1, 0),
            ("Web", 1, 0), ("Mobile", 1, 4)]
    with db.begin() as s:
        for name, late, others in plan:
            folio = add_portfolio(s, name)
            for i in range(late):
                add_project(s, f"{name[:3].upper()}-L{i}", folio, priority="high", due=LATE)
            for i in range(others):
                add_project(s, f"{name[:3].upper()}-O{i}", folio, priority="high", due=LATER)
            add_project(s, f"{name[:3].upper()}-M0", folio, priority="medium", due=LATE)
    with services_on(engine, tmp_path, TODAY) as found:
        yield found


def _summary(services: Any, query: dict[str, str]) -> str:
    out = json.loads(json.dumps(overview.refresh(services, SYSTEM, query), cls=PlotlyJSONEncoder))
    return out[4]["layout"]["meta"]["summary"]


def _rows(engine, where: str, params: dict[str, Any]) -> list[tuple[int, str, bool]]:
    with engine.connect() as conn:
        return [(pid, name, due < TODAY) for pid, name, due in (
            (r[0], r[1], dt.date.fromisoformat(str(r[2])[:10])) for r in conn.execute(text(
                "SELECT f.id, f.name, p.due_date FROM projects p"
                " JOIN portfolios f ON f.id = p.portfolio_id"
                " JOIN statuses s ON s.id = p.status_id"
                " JOIN priorities r ON r.id = p.priority_id"
                f" WHERE s.code = 'active' AND {where}"), params))]


def test_ties_and_plurals_in_the_portfolio_sentence(services, engine):
    rows = _rows(engine, "r.code = 'high'", {})
    late = Counter(name for _id, name, is_late in rows if is_late)
    opened = Counter(name for _id, name, _late in rows)
    top = max(late.values())
    leaders = sorted((n for n in late if late[n] == top), key=lambda n: (-opened[n], n))
    assert leaders == ["Devices", "Growth"] and top == 2  # a tie of two, more than one each
    assert _summary(services, {"status": "active", "priority": "high"}) == (
        f"{len(opened)} portfolios; {sum(opened.values())} open projects, of which "
        f"{sum(late.values())} late (most in {leaders[0]} and {leaders[1]}: {top} each).")

    # without the two leaders every portfolio in view has one late project: none has more
    rest = [pid for pid, name, _l in rows if name not in leaders]
    query = {"status": "active", "priority": "high",
             "portfolio": ",".join(str(i) for i in sorted(set(rest)))}
    kept = [r for r in rows if r[1] not in leaders]
    late_kept = Counter(name for _id, name, is_late in kept if is_late)
    assert set(late_kept.values()) == {1} and len(late_kept) == 4
    assert _summary(services, query) == (
        f"{len(late_kept)} portfolios; {len(kept)} open projects, of which "
        f"{sum(late_kept.values())} late (no portfolio has more than 1).")

    # one portfolio: "1 portfolio", and its own late count
    security = next(pid for pid, name, _l in rows if name == "Security")
    one = _rows(engine, "f.id = :f", {"f": security})
    assert _summary(services, {"status": "active", "portfolio": str(security)}) == (
        f"1 portfolio; {len(one)} open projects, of which {sum(r[2] for r in one)} late "
        "(most in Security: 2).")
