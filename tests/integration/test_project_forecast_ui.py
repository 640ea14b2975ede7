"""The project page's forecast card, Monte Carlo cone and what-if, through the callbacks."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from dashboard.app import create_app
from dashboard.auth import everyone_is_system
from dashboard.migrate import upgrade
from dashboard.settings import Settings
from data.db import make_engine, make_sessionmaker
from data.schema import Project, ProjectForecast
from tests.integration.test_app import call

CHARTS = [("project-burnup", "figure"), ("project-status", "figure"),
          ("project-people", "children"), ("project-forecast", "children"),
          ("project-alert", "children")]


@pytest.fixture(scope="module")
def forecast_app(tmp_path_factory):
    from data.demo import load_demo

    settings = Settings(data_dir=tmp_path_factory.mktemp("fc"))
    engine = make_engine(settings.database_url)
    upgrade(engine)
    load_demo(engine, 60, seed=4, today=dt.date.today())
    app = create_app(settings, resolve_viewer=everyone_is_system)
    # start-up scoring of open projects
    app.server.extensions["dashboard"].forecasting.startup.join(timeout=300)
    with make_sessionmaker(engine)() as s:
        key, p = s.execute(
            select(Project.key, ProjectForecast.p_on_time)
            .join(ProjectForecast, ProjectForecast.project_id == Project.id)
            .where(ProjectForecast.p50_date.is_not(None),
                   ProjectForecast.mc_p_on_time.between(0.15, 0.95))
            .order_by(Project.key)).first()
    engine.dispose()
    return app, key, p


def test_forecast_card_and_cone(forecast_app):
    app, key, p = forecast_app
    out = call(app.server.test_client(), CHARTS, [("project-key", "data", key)])
    card = json.dumps(out["project-forecast"]["children"])
    assert "P(on time)" in card and f"{p:.0%}" in card and "P85" in card
    names = [t.get("name") for t in out["project-burnup"]["figure"]["data"]]
    assert "Forecast P50" in names and "Forecast P15–P85" in names


def test_what_if_moves_the_probability_and_rejects_junk(forecast_app):
    app, key, p = forecast_app
    client = app.server.test_client()
    out = [("project-whatif-result", "children")]

    def ask(scope, team) -> list[str]:
        return texts(call(client, out, [("project-key", "data", key),
                                        ("project-whatif-scope", "value", scope),
                                        ("project-whatif-team", "value", team)]))

    def probability(lines) -> tuple[float, float]:
        line = next(t for t in lines if t.startswith("P(on time): "))
        before, after = line.removeprefix("P(on time): ").split(" → ")
        return float(before.rstrip("%")), float(after.rstrip("%"))

    base, same = probability(ask(0, 0))
    assert base == same == round(100 * p)  # no change: the stored number the card shows
    base, worse = probability(ask(400, -1))
    assert worse < base  # much more scope and a person fewer: less likely on time
    base, better = probability(ask(0, 4))
    assert better >= base
    assert any("must be a number" in t for t in ask("lots", 0))


def texts(node) -> list[str]:
    """Every string in a Dash response tree."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [t for v in node.values() for t in texts(v)]
    if isinstance(node, list):
        return [t for v in node for t in texts(v)]
    return []
