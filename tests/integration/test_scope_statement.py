"""A scoped read names its portfolios in the statement's text, not as one bound parameter each:
the driver re-parsed every statement of a manager of 250 portfolios on each run. The rows are the
test's own SQL's, on both engines."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import event, text

from data.project_queries import project_page
from data.scope import Scope
from tests.factories import add_portfolio, add_project

TODAY = dt.date(2026, 6, 10)


def test_scoped_statements_bind_no_parameter_per_portfolio(db):
    with db.begin() as s:
        portfolios = [add_portfolio(s, f"P{i:02d}") for i in range(60)]
        for i, portfolio in enumerate(portfolios):
            add_project(s, f"K-{i:02d}", portfolio)
        ids = [p.id for p in portfolios]
    seen: list[tuple[str, int]] = []

    def record(_conn, _cursor, statement, parameters, *_args):
        if "FROM projects" in statement and "ORDER BY" in statement:
            seen.append((statement, len(parameters or ())))

    engine = db.kw["bind"]
    event.listen(engine, "before_cursor_execute", record)
    try:
        with db() as s:
            few = project_page(s, Scope.of(*ids[:3]), TODAY, page_size=100)
            many = project_page(s, Scope.of(*ids[:50]), TODAY, page_size=100)
            again = project_page(s, Scope.of(*ids[:50]), TODAY, page_size=100)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    with db() as s:
        expected = [k for (k,) in s.execute(text(
            "SELECT p.key FROM projects p JOIN portfolios f ON f.id = p.portfolio_id "
            "WHERE f.name < 'P50' ORDER BY p.key"))]
    assert [r.key for r in many.items] == expected and len(expected) == 50
    assert [r.key for r in few.items] == ["K-00", "K-01", "K-02"]
    (text_few, n_few), (text_many, n_many), (text_again, _n) = seen
    assert n_few == n_many < 20  # the same parameters whatever the number of portfolios
    assert text_many == text_again != text_few  # the text changes with the scope only
    assert [r.key for r in again.items] == expected
