"""The forecast-quality page in Chromium: real scores, charts, and a retrain with progress."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard import background
from dashboard.migrate import upgrade
from dashboard.settings import Settings
from data.db import make_engine, make_sessionmaker
from data.demo import load_demo
from models import jobs
from models.registry import Registry
from tests.browser_actions import click
from tests.signin import signed_in_app

pytestmark = pytest.mark.browser


@pytest.fixture
def trained_app(tmp_path):
    settings = Settings(data_dir=tmp_path)
    engine = make_engine(settings.database_url)
    upgrade(engine)
    load_demo(engine, 60, seed=5, today=dt.date.today(), documents=False)
    jobs.retrain_and_score(make_sessionmaker(engine), background.models_dir(settings),
                           dt.date.today(), trials=2_000)
    engine.dispose()
    return signed_in_app(settings), Registry(background.models_dir(settings))


def test_quality_page_shows_real_metrics_and_retrains_in_the_background(dash_duo, trained_app):
    app, registry = trained_app
    scores = registry.load().metrics["methods"]
    dash_duo.start_server(app)
    dash_duo.driver.get(dash_duo.server_url + "/forecasts")
    dash_duo.wait_for_contains_text("#forecasts-model", "installation's model v0001", timeout=20)
    row = dash_duo.find_element("#forecasts-quality-classifier").text
    assert f"{scores['classifier']['brier']:.3f}" in row
    assert f"{scores['classifier']['auc']:.3f}" in row
    base = dash_duo.find_element("#forecasts-quality-base_rate").text
    assert f"{scores['base_rate']['brier']:.3f}" in base
    dash_duo.wait_for_element("#forecasts-reliability .scatterlayer .trace", timeout=10)
    assert len(dash_duo.find_elements("#forecasts-reliability .scatterlayer .trace")) == 3
    assert len(dash_duo.find_elements("#forecasts-importance .barlayer .point")) >= 5
    assert len(dash_duo.find_elements("#forecasts-at-risk-table tbody tr")) == 10

    click(dash_duo, "#forecasts-retrain")  # at the foot of a page whose charts still settle
    dash_duo.wait_for_element("#forecasts-retrain[disabled]", timeout=5)  # running, off-request
    assert dash_duo.find_element("#forecasts-progress").is_displayed()
    dash_duo.wait_for_contains_text("#forecasts-job-message", "Model v0002", timeout=90)
    dash_duo.wait_for_contains_text("#forecasts-model", "installation's model v0002", timeout=10)
    assert registry.current_version() == "v0002"
    assert not dash_duo.find_element("#forecasts-retrain").get_attribute("disabled")
    assert len(dash_duo.find_elements("#forecasts-trend .scatterlayer .trace")) == 3
    assert dash_duo.get_logs() == []
