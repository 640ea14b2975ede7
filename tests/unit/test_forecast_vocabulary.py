"""docs/metrics.md's forecast definitions, each with its literal expectation: finished late,
settled, the finish dates that contradict P(on time), and where each number comes from."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from data.metrics import finished_late, forecast_disagreement, is_settled
from models import forecast_words

D = dt.date
TODAY = D(2026, 12, 7)
WHY = ("they can differ because the classifier weighs the portfolio's record and the schedule, "
       "the simulation replays the recent pace on the remaining points.")


def test_finished_late_is_completed_after_the_due_date():
    assert finished_late(D(2026, 3, 2), D(2026, 3, 1))
    assert not finished_late(D(2026, 3, 1), D(2026, 3, 1))  # on the due date: on time
    assert not finished_late(D(2026, 2, 1), D(2026, 3, 1))


@pytest.mark.parametrize(("facts", "settled"), [
    ({"done": True, "completed": D(2026, 1, 1), "due": D(2027, 1, 1), "closed": True}, True),
    ({"done": True, "completed": None, "due": D(2026, 1, 1), "closed": True}, False),
    ({"done": False, "completed": None, "due": D(2026, 12, 6), "closed": False}, True),  # late
    ({"done": False, "completed": None, "due": TODAY, "closed": False}, False),  # due today
    ({"done": False, "completed": None, "due": D(2026, 1, 1), "closed": True}, False),  # cancelled
    ({"done": True, "completed": D(2026, 1, 1), "due": None, "closed": True}, False),
])
def test_settled_is_done_or_open_past_the_due_date(facts, settled):
    assert is_settled(**facts, today=TODAY) is settled


@pytest.mark.parametrize(("p", "p50", "p85", "due", "method", "kind"), [
    # the audit's PRJ-0011: 99 % on time, P85 after the due date
    (0.986, D(2027, 3, 18), D(2027, 6, 9), D(2027, 3, 27), "classifier", "p85_after"),
    # PRJ-0138: on track at 53 %, the expected finish 18 months after the due date
    (0.525, D(2028, 4, 8), D(2029, 6, 2), D(2027, 10, 6), "classifier", "p50_after"),
    (0.30, D(2027, 1, 8), D(2027, 3, 1), D(2027, 2, 1), "classifier", "p50_before"),
    (0.30, D(2027, 2, 1), D(2027, 3, 1), D(2027, 2, 1), "prior", "p50_before"),  # on the day
    (0.90, D(2027, 1, 8), D(2027, 2, 1), D(2027, 2, 1), "classifier", None),
    (0.60, D(2027, 1, 8), D(2027, 6, 1), D(2027, 2, 1), "classifier", None),  # P85 under 85 %
    (0.40, D(2027, 3, 8), D(2027, 6, 1), D(2027, 2, 1), "classifier", None),
    (0.50, D(2027, 3, 8), D(2027, 6, 1), D(2027, 2, 1), "monte_carlo", None),  # same trials
    (None, D(2027, 3, 8), D(2027, 6, 1), D(2027, 2, 1), "classifier", None),
    (0.90, D(2027, 3, 8), D(2027, 6, 1), None, "classifier", None),
])
def test_one_rule_says_which_date_contradicts_the_probability(p, p50, p85, due, method, kind):
    assert forecast_disagreement(p, p50, p85, due, method) == kind


def row(p, p50, p85, due, method="classifier"):
    return SimpleNamespace(p_on_time=p, p50_date=p50, p85_date=p85, due_date=due,
                           method=method)


ISO = forecast_words.iso  # the narrative's facts; the default writes "2 Jun 2029"


def test_the_disagreement_in_one_sentence_naming_both():
    assert forecast_words.disagreement_sentence(
        row(0.986, D(2027, 3, 18), D(2027, 6, 9), D(2027, 3, 27)), write_day=ISO) == (
        "The classifier gives 99% for finishing by the due date, yet the simulation of the "
        "remaining work puts the P85 date (2027-06-09) after the due date (2027-03-27): " + WHY)
    assert forecast_words.disagreement_sentence(
        row(0.5253, D(2028, 4, 8), D(2029, 6, 2), D(2027, 10, 6)), write_day=ISO) == (
        "The classifier gives 53% for finishing by the due date, yet the simulation of the "
        "remaining work puts the expected finish (P50, 2028-04-08) after the due date "
        "(2027-10-06): " + WHY)
    assert forecast_words.disagreement_sentence(
        row(0.3, D(2027, 1, 8), D(2027, 3, 1), D(2027, 2, 1)), write_day=ISO) == (
        "The classifier gives 30% for finishing by the due date, yet the simulation of the "
        "remaining work expects it by then (P50 2027-01-08, due 2027-02-01): " + WHY)
    assert forecast_words.disagreement_sentence(
        row(0.9, D(2027, 1, 8), D(2027, 2, 1), D(2027, 2, 1))) is None


def test_each_number_says_where_it_comes_from():
    assert forecast_words.sources_sentence("classifier", "v0001") == (
        "P(on time) from the classifier (model v0001); finish dates from a Monte Carlo "
        "simulation of the remaining work.")
    assert forecast_words.sources_sentence("monte_carlo", None) == (
        "P(on time) from the Monte Carlo simulation; finish dates from a Monte Carlo "
        "simulation of the remaining work.")
    assert forecast_words.probability_source("prior", "prior-2026") == (
        "the shipped prior (model prior-2026)")
