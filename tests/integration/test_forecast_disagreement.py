"""P(on time) comes from the classifier and the finish dates from the Monte Carlo simulation
(docs/metrics.md, Finish dates): on SQLite and PostgreSQL the project page, the project report
(and its narrative's facts) and the copilot label each number with its source, and where they
contradict each other (the test's own SQL says where) say so in one sentence, the literal text
below.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

import pytest

from components.report.html import Meta, project_html
from data import forecast_queries as fq
from data import metrics
from data.scope import Scope
from models import report_narrative
from models import reports as report_facts
from models.copilot.forecast_tools import project_forecast
from models.copilot.tools import ToolContext
from pages import project
from tests.forecast_demo import FORECASTS, SYSTEM, TODAY, day, rows, trained_demo
from tests.page_services import find_props, plain

WHY = ("they can differ because the classifier weighs the portfolio's record and the schedule, "
       "the simulation replays the recent pace on the remaining points.")


@pytest.fixture(scope="module")
def demo(engine, tmp_path_factory):
    """The trained demo, shared by the module (training takes seconds)."""
    yield from trained_demo(engine, tmp_path_factory.mktemp("disagree"))


def disagreeing(engine) -> list[Any]:
    """The open classifier forecasts whose dates contradict their P(on time), by SQL."""
    return rows(engine, FORECASTS + "AND ((f.p_on_time >= 0.5 AND f.p50_date > p.due_date)"
                " OR (f.p_on_time < 0.5 AND f.p50_date <= p.due_date)"
                " OR (f.p_on_time >= 0.85 AND f.p85_date > p.due_date)) ORDER BY p.key")


def iso(value: dt.date) -> str:
    """A day as machines read it: the narrative's facts for the model."""
    return value.isoformat()


def people(value: dt.date) -> str:
    """A day as a person reads it on the pages and in the reports: "2 Jun 2029"."""
    return f"{value.day} {value:%b %Y}"


def sentence(row: Any, write: Any = people) -> str:
    _key, p, due, p50, p85 = row[:5]
    due, p50, p85 = day(due), day(p50), day(p85)
    if p >= 0.5 and p50 > due:
        dates = (f"puts the expected finish (P50, {write(p50)}) after the due date "
                 f"({write(due)})")
    elif p < 0.5:
        dates = f"expects it by then (P50 {write(p50)}, due {write(due)})"
    else:
        dates = f"puts the P85 date ({write(p85)}) after the due date ({write(due)})"
    return (f"The classifier gives {p:.0%} for finishing by the due date, yet the simulation of "
            f"the remaining work {dates}: {WHY}")


def test_one_rule_finds_the_forecasts_whose_dates_contradict_the_probability(demo, engine):
    services, _folder = demo
    expected = {r[0] for r in disagreeing(engine)}
    assert expected  # the demo has some
    with services.read() as session:
        found = {r.key for r in fq.forecast_page(session, Scope.everything(), 1, 100).items
                 if metrics.forecast_disagreement(r.p_on_time, r.p50_date, r.p85_date,
                                                  r.due_date, r.method)}
    assert found == expected


def test_the_project_page_labels_each_number_and_says_when_they_disagree(demo, engine):
    services, _folder = demo
    row = disagreeing(engine)[0]
    card = plain(project.charts(services, SYSTEM, row[0]))
    assert find_props(card, "project-forecast-disagree")["children"] == sentence(row)
    assert find_props(card, "project-p-source")["children"] == (
        f"P(on time) from the classifier (model {row[6]}) · as of {people(day(row[5]))}")
    assert find_props(card, "project-dates-source")["children"] == (
        "Finish dates from a Monte Carlo simulation of the remaining work.")
    agreeing = rows(engine, FORECASTS + "AND p.due_date >= :today AND f.p_on_time >= 0.5"
                    " AND f.p85_date <= p.due_date ORDER BY p.key LIMIT 1")
    if agreeing:
        card = plain(project.charts(services, SYSTEM, agreeing[0][0]))
        assert find_props(card, "project-forecast-disagree") is None


def test_the_report_and_its_facts_say_the_same(demo, engine):
    services, _folder = demo
    row = disagreeing(engine)[0]
    with services.read() as session:
        facts = report_facts.project_facts(session, Scope.everything(), row[0], TODAY)
    assert facts is not None
    charts = {"project_burnup": b"<svg/>", "items": b"<svg/>"}
    page = html.unescape(project_html(facts, charts, Meta("Report", "test",
                                                          dt.datetime(2026, 12, 7, 9))))
    sources = (f"P(on time) from the classifier (model {row[6]}); finish dates from a Monte "
               "Carlo simulation of the remaining work.")
    assert sources in page and sentence(row) in page  # "2 Jun 2029", as the page writes it
    assert sentence(row, iso) not in page
    assert "Forecast (classifier" not in page
    sheet = "\n".join(report_narrative.project_sheet(facts))
    assert sources in sheet and sentence(row, iso) in sheet  # the model's facts keep ISO


def test_the_copilots_project_forecast_says_the_same(demo, engine):
    services, _folder = demo
    row = disagreeing(engine)[0]
    with services.read() as session:
        answer = project_forecast(ToolContext(session, Scope.everything(), TODAY), row[0])
    assert (f"P(on time) from the classifier (model {row[6]}); finish dates from a Monte Carlo "
            "simulation of the remaining work.") in answer.text
    assert sentence(row) in answer.text  # the copilot writes days as the pages do
    assert "Forecast by classifier" not in answer.text
    assert answer.data["disagreement"] == sentence(row)


