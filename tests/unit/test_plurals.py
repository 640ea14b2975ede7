"""Sentence builders say "1 portfolio", "1 week", "1 person" (components.words.plural), and name
no single leader when several tie."""

from __future__ import annotations

import datetime as dt
import re
from types import SimpleNamespace as NS

from components import figures, insights, project_figures, words
from components.report import charts
from components.report.html import project_summaries

ONE_PLURAL = re.compile(r"(?<![\d,.])1 (portfolios|projects|open projects|people|weeks|full weeks"
                        r"|points|work items|days|pages|passages|skills)\b")
MONDAY = dt.date(2026, 12, 7)


def _summary(fig) -> str:
    return fig.layout.meta["summary"] if hasattr(fig, "layout") else fig["layout"]["meta"][
        "summary"]


def test_plural_helper():
    assert words.plural(1, "portfolio") == "1 portfolio"
    assert words.plural(1_200, "portfolio") == "1,200 portfolios"
    assert words.plural(1, "person", "people") == "1 person"
    assert words.plural(0, "person", "people") == "0 people"
    assert words.names_and(["A", "B", "C"]) == "A, B and C"


def test_portfolio_sentence_names_a_leader_only_when_there_is_one():
    def row(name, open_, late):
        return NS(portfolio_id=hash(name) % 100, portfolio=name, open=open_, late=late, done=0)

    assert _summary(figures.portfolio_figure([row("Devices", 4, 1)])) == \
        "1 portfolio; 4 open projects, of which 1 late (most in Devices: 1)."
    tied_ones = [row(n, 3, 1) for n in ("A", "B", "C", "D", "E", "F")]
    assert _summary(figures.portfolio_figure(tied_ones)).endswith(
        "of which 6 late (no portfolio has more than 1).")
    tied = [row("A", 5, 2), row("B", 4, 2), row("C", 3, 1)]
    assert _summary(figures.portfolio_figure(tied)).endswith("(most in A and B: 2 each).")
    many = [row(n, 3, 2) for n in "ABCD"]
    assert _summary(figures.portfolio_figure(many)).endswith("(no portfolio has more than 2).")
    assert _summary(figures.portfolio_figure([row("A", 1, 0)])) == \
        "1 portfolio; 1 open project, of which 0 late."


def test_counts_of_one_read_in_the_singular():
    sentences = [
        figures.throughput_summary([NS(week=MONDAY - dt.timedelta(weeks=1), items=1, points=2)],
                                   MONDAY),
        _summary(figures.burnup_figure([NS(week=MONDAY - dt.timedelta(weeks=1), scope=1, done=0),
                                        NS(week=MONDAY, scope=1, done=1)])),
        _summary(figures.due_timeline_figure([NS(month=MONDAY.replace(day=1), health="late",
                                                 projects=1)])),
        _summary(project_figures.person_load_figure([MONDAY], [1.2], "Ada")),
        _summary(project_figures.heatmap_figure(NS(weeks=[MONDAY], items=[
            NS(name="Ada", role="Dev", loads=[1.2])]))),
        charts.chart_summary("status_priority", NS(status_priority=[NS(projects=1)])),
        charts.chart_summary("due", NS(due=[NS(projects=1)])),
        charts.chart_summary("hot_spots", NS(today=MONDAY, hot_spots=NS(
            people=[NS()], total=1, over=1, start=MONDAY, end=MONDAY))),
        project_summaries(NS(detail=NS(done_points=1, scope_points=1, due_date=None),
                             items_by_status=[]))["project_burnup"],
    ]
    card = str(insights.insights_card([NS(kind="late", count=1, examples=[
        NS(key="A-1", name="A", value=1.0)])]))
    for text in [*sentences, card]:
        assert not ONE_PLURAL.search(text), text
    assert "1 of the 1 person allocated" in sentences[7] and " is over 100%" in sentences[7]
