"""The forecasts learn from *settled* projects (done, or open past the due date), not from the
done ones, and the model is the installation's: on SQLite and PostgreSQL the Forecasts page and
the trust note say "settled" with the count of the test's own SQL, and "across all portfolios",
to every viewer; the counts of projects stay the viewer's (docs/metrics.md, Settled).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from data import forecast_queries as fq
from data.scope import Scope
from data.viewer import Viewer
from models import history
from pages import forecasts, project
from tests.forecast_demo import (
    FORECASTS,
    OPEN,
    SETTLED,
    SYSTEM,
    TODAY,
    one,
    rows,
    trained_demo,
)
from tests.page_services import find_props, plain, services_on


@pytest.fixture(scope="module")
def demo(engine, tmp_path_factory):
    """The trained demo, shared by the module (training takes seconds)."""
    yield from trained_demo(engine, tmp_path_factory.mktemp("settled"))


def on_time_sql(engine) -> str:
    completed = ("date(p.completed_at)" if engine.dialect.name == "sqlite"
                 else "CAST(p.completed_at AS DATE)")
    return SETTLED + f" AND s.code = 'done' AND {completed} <= p.due_date"


def test_the_model_note_counts_settled_projects_across_all_portfolios(demo, engine):
    services, folder = demo
    settled = one(engine, SETTLED)
    done = one(engine, "SELECT count(*) FROM projects p JOIN statuses s ON s.id = p.status_id"
                       " WHERE s.code = 'done'")
    assert settled != done  # the demo tells the two apart (open projects past the due date)
    version = (folder / "models" / "CURRENT").read_text().strip()
    stored = json.loads((folder / "models" / version / "metrics.json").read_text())
    assert stored["n_projects"] == settled  # the model learnt from every settled project
    at = dt.datetime.fromisoformat(stored["trained_at"])
    trained = f"{at.day} {at:%b %Y}, {at:%H:%M}"  # "17 Jun 2026, 10:11", as a person reads it
    expected = (f"The installation's model {version}, trained {trained} on {settled} settled "
                "projects across all portfolios (done, or open past the due date); scores below "
                f"are on {stored['n_test_rows']} forecasts made for the "
                f"{stored['n_test_projects']} that settled last, which it did not see.")
    # the same installation-wide words for a viewer of one portfolio
    portfolio = one(engine, "SELECT min(id) FROM portfolios")
    for viewer in (SYSTEM, Viewer("dev", "viewer", Scope.of(portfolio))):
        note = plain(forecasts.refresh(services, viewer, None))[0]
        assert note["props"]["children"] == expected
    # one rule: the SQL count, the Python rule and the training's outcomes agree
    with services.read() as session:
        assert fq.settled_count(session, Scope.everything(), TODAY)[0] == settled
        assert len(history.settled_outcomes(session, TODAY)) == settled


def test_without_a_model_the_count_is_the_installations_for_every_viewer(demo, engine,
                                                                         tmp_path):
    """No model yet: the basis line counts the settled projects of all portfolios (what the
    installation's model would learn from), not the viewer's portfolio's."""
    settled, on_time = one(engine, SETTLED), one(engine, on_time_sql(engine))
    portfolio = one(engine, "SELECT min(id) FROM portfolios")
    mine = one(engine, SETTLED + " AND p.portfolio_id = :pf", pf=portfolio)
    assert mine != settled
    with services_on(engine, tmp_path, TODAY) as services:  # no model in this data dir
        page = plain(forecasts.refresh(services, Viewer("dev", "viewer", Scope.of(portfolio)),
                                       None))
    basis = json.dumps(find_props(page, "forecasts-basis"), ensure_ascii=False)
    assert (f"{settled} settled projects across all portfolios so far (done, or open past the "
            f"due date: {on_time} on time, {settled - on_time} late)") in basis


def test_the_trust_note_names_the_installations_model(demo, engine):
    services, _folder = demo
    settled = one(engine, SETTLED)
    (key,) = rows(engine, FORECASTS + "AND p.due_date >= :today ORDER BY p.key LIMIT 1")[0][:1]
    card = plain(project.charts(services, SYSTEM, key))
    note = str(find_props(card, "project-evidence-note")["children"])
    assert (f"the installation's model, trained on {settled} settled projects across all "
            "portfolios (done, or open past the due date)") in note


def test_a_one_portfolio_viewer_sees_only_its_portfolios_counts(demo, engine):
    """The model's figures are the installation's (and say so); every count of projects on the
    Forecasts page is the viewer's portfolio's, by the test's own SQL."""
    services, _folder = demo
    portfolio = one(engine, "SELECT min(id) FROM portfolios")
    viewer = Viewer("dev", "viewer", Scope.of(portfolio))
    page = plain(forecasts.refresh(services, viewer, None))
    mine = (f"FROM projects p JOIN statuses s ON s.id = p.status_id WHERE p.portfolio_id = :pf"
            f" AND s.code IN {OPEN}")
    open_projects = one(engine, f"SELECT count(*) {mine}", pf=portfolio)
    scored = one(engine, f"SELECT count(*) {mine} AND p.id IN (SELECT project_id FROM "
                 "project_forecasts)", pf=portfolio)
    assert find_props(page, "forecasts-kpi-open")["children"] == f"{open_projects:,}"
    assert find_props(page, "forecasts-kpi-forecast")["children"] == f"{scored:,}"
    names = {r[0] for r in rows(engine, "SELECT p.key FROM projects p WHERE p.portfolio_id <> :pf",
                                pf=portfolio)}
    table = json.dumps(find_props(page, "forecasts-at-risk-table"))
    assert not any(f'"{k}"' in table or f"/projects/{k}" in table for k in names)
