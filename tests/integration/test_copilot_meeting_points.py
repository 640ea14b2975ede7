"""Decisions, action items and risks asked of many meetings are listed in full, not as the five
passages a search ranks best: "risks raised in Devices meetings this month", "open actions
from this week's meetings", "which projects decided to use feature flags", "the most common
risks". The minutes below write one point per line ("Risk: …"); the test reads them with its
own SQL and its own split of those lines, not with the copilot's extraction.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from data.schema import Document
from tests.copilot_asking import ask, rows
from tests.factories import add_portfolio, add_project

D = dt.date
MINUTES = [  # project, day, lines
    ("DEV-1", D(2026, 6, 9), ["Risk: the battery fails the drop test.",
                              "Decision: The team decided to use feature flags for the pilot.",
                              "Action: Ana Lopez will book the lab by 30 June 2026."]),
    ("DEV-2", D(2026, 6, 16), ["Risk: component lead times are 16 weeks.",
                               "Risk: the battery fails the drop test.",
                               "Action: Bo Chen will order samples by 10 June 2026."]),
    ("DEV-1", D(2026, 5, 20), ["Risk: certification lab slots are scarce.",
                               "Decision: The team decided to switch the battery supplier."]),
    ("PAY-1", D(2026, 6, 15), ["Risk: the acquirer changes its API.",
                               "Decision: The team decided to launch behind a feature flag.",
                               "Action: Cy Diaz will write the runbook by 19 June 2026."]),
    ("PAY-1", D(2026, 6, 2), ["Risk: the battery fails the drop test."]),
]


@pytest.fixture
def world(db):
    with db.begin() as s:
        dev = add_portfolio(s, "Devices")
        pay = add_portfolio(s, "Payments")
        projects = {key: add_project(s, key, dev if key.startswith("DEV") else pay)
                    for key in ("DEV-1", "DEV-2", "PAY-1")}
        for key, day, lines in MINUTES:
            s.add(Document(project_id=projects[key].id, kind="meeting_minutes",
                           title=f"{key} weekly sync {day.isoformat()}",
                           created_at=dt.datetime.combine(day, dt.time(10)),
                           body=f"Weekly sync of {key} on {day:%d %B %Y}.\n" + "\n".join(lines)))
    return db


def _said(db, label: str, portfolio: str | None = None, start: D | None = None,
          end: D | None = None) -> list[tuple[str, str, str]]:
    """(project, day, text) of every line "<label>: …" in the minutes, by this test's SQL."""
    where, params = ["d.kind = 'meeting_minutes'"], {}
    if portfolio:
        where.append("f.name = :pf")
        params["pf"] = portfolio
    if start:
        where.append("d.created_at >= :start")
        params["start"] = dt.datetime.combine(start, dt.time())
    if end:
        where.append("d.created_at < :end")
        params["end"] = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
    found = rows(db, f"""SELECT p.key, d.created_at, d.body FROM documents d
        JOIN projects p ON p.id = d.project_id JOIN portfolios f ON f.id = p.portfolio_id
        WHERE {' AND '.join(where)}""", **params)
    return [(key, str(day)[:10], m[1].strip()) for key, day, body in found
            for m in re.finditer(rf"^{label}: (.+)$", body, re.MULTILINE)]


def test_every_risk_of_a_portfolio_in_a_period(world):
    june = _said(world, "Risk", "Devices", D(2026, 6, 1), D(2026, 6, 30))
    assert len(june) == 3  # two meetings; May's and Payments' left out
    answer = ask(world, "what risks were raised in Devices meetings this month?")
    assert answer.kind == "answer" and answer.result["count"] == len(june)
    assert f"**{len(june)} risks**" in answer.text
    for _key, _day, text in june:
        assert text.rstrip(".") in answer.text
    assert "scarce" not in answer.text and "acquirer" not in answer.text
    assert sorted(answer.result["items"]) == sorted({k for k, _, _ in june})


def test_open_actions_of_this_weeks_meetings(world):
    week = _said(world, "Action", None, D(2026, 6, 15), D(2026, 6, 21))
    still = [a for a in week if dt.datetime.strptime(re.search(r"by (.+)\.$", a[2])[1],
                                                       "%d %B %Y").date() >= D(2026, 6, 17)]
    assert [k for k, _, _ in still] == ["PAY-1"]  # DEV-2's order date has passed
    answer = ask(world, "open action items from this week's meetings")
    assert answer.result["count"] == len(still)
    assert "Cy Diaz" in answer.text and "Bo Chen" not in answer.text


def test_a_decision_on_a_topic_across_projects(world):
    flags = [(k, d) for k, d, text in _said(world, "Decision") if "feature flag" in text]
    assert {k for k, _ in flags} == {"DEV-1", "PAY-1"}
    answer = ask(world, "which projects decided to use feature flags?")
    assert answer.kind == "answer"
    assert sorted(answer.result["items"]) == sorted({k for k, _ in flags})
    first = min(flags, key=lambda f: f[1])
    assert f"first on {dt.date.fromisoformat(first[1]):%-d %b %Y}" in answer.text
    assert "battery supplier" not in answer.text


def test_the_most_often_raised_risk(world):
    risks = [text for _, _, text in _said(world, "Risk")]
    top = max(set(risks), key=risks.count)
    assert risks.count(top) == 3
    answer = ask(world, "what are the most common risks in the minutes?")
    first_line = answer.text.split("\n")[1]
    assert top.rstrip(".") in first_line and "in 3 meetings" in first_line


def test_a_projects_risks_across_its_meetings_on_its_page(world):
    said = _said(world, "Risk")
    dev1 = {text for key, _, text in said if key == "DEV-1"}
    assert len(dev1) == 2  # one per meeting: the latest alone would give one
    answer = ask(world, "what risks came up in the meetings?", page="/projects/DEV-1")
    assert all(text.rstrip(".") in answer.text for text in dev1)
    assert "acquirer" not in answer.text
