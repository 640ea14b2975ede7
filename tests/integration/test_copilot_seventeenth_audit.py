"""What the seventeenth blind audit found answered wrong while sure (or asked back needlessly),
read as general rules: a sentence about the asker keeps its names, not its dates or its
hearsay; "since when is it late"; "the best" portfolio asked back, "best at finishing on time"
its on-time rate; projects whose P(on time) and simulated dates disagree; weeks by number and
"the last 6 full weeks"; European dates; "late for more than 3 weeks"; a person's "her" in a
second part; an absence as the period asked about; a decision asked of the copilot; the
asker's own action items; a risk topic said before "as a risk", matched by stem; start dates
asked with "when do they kick off"; the share of an outcome of the projects finished in a
period; "compared with May". Every expected figure is this test's own SQL."""

from __future__ import annotations

import datetime as dt

import pytest

from data.rollups import refresh_rollups
from data.schema import ProjectForecast
from tests.copilot_asking import ask, rows
from tests.factories import (
    TODAY,
    add_item,
    add_minutes,
    add_portfolio,
    add_project,
    add_resource,
    allocate,
)

D = dt.date
C = dt.datetime


@pytest.fixture
def world(db):
    with db.begin() as s:
        pay, dev = add_portfolio(s, "Payments"), add_portfolio(s, "Devices")
        late_old = add_project(s, "W-1", pay, due=D(2026, 5, 1), name="Falcon ledger")
        add_project(s, "W-2", pay, due=D(2026, 6, 10), name="Harbor refunds")  # 7 days late
        agree = add_project(s, "W-3", dev, due=D(2026, 9, 30), name="Sierra invoice engine")
        split = add_project(s, "W-4", dev, due=D(2026, 9, 30), name="Juniper sensor hub")
        add_project(s, "W-5", dev, status="proposed", start=D(2026, 7, 6), due=D(2026, 12, 1))
        for key, completed, due in (("X-1", C(2025, 3, 2, 12), D(2025, 2, 28)),  # late
                                    ("X-2", C(2025, 6, 2, 12), D(2025, 6, 30)),  # early
                                    ("X-3", C(2025, 9, 2, 12), D(2025, 9, 30)),  # early
                                    ("X-4", C(2026, 6, 8, 12), D(2026, 6, 30)),  # early
                                    ("X-5", C(2026, 1, 9, 12), D(2025, 12, 31))):  # late
            add_project(s, key, pay if key < "X-3" else dev, status="done",
                        completed_at=completed, due=due, start=D(2024, 11, 4))
        s.add(ProjectForecast(project_id=agree.id, method="classifier", p_on_time=0.2,
                              mc_p_on_time=0.2, p50_date=D(2026, 11, 15),
                              p85_date=D(2027, 1, 4), as_of=TODAY))
        s.add(ProjectForecast(project_id=split.id, method="classifier", p_on_time=0.8,
                              mc_p_on_time=0.3, p50_date=D(2026, 10, 20),
                              p85_date=D(2026, 12, 1), as_of=TODAY))
        for week_start, n in ((D(2026, 5, 4), 2), (D(2026, 6, 1), 3), (D(2026, 6, 15), 1)):
            for i in range(n):
                add_item(s, late_old, status="done", points=2 + i,
                         done_at=C.combine(week_start + dt.timedelta(days=i), dt.time(12)))
        ines, bo = add_resource(s, "Ines Fischer"), add_resource(s, "Bo Chen")
        allocate(s, ines, agree, 0.75, D(2026, 6, 1), D(2026, 8, 31))
        allocate(s, ines, split, 0.5, D(2026, 6, 22), D(2026, 6, 26))
        allocate(s, bo, split, 0.5, D(2026, 6, 1), D(2026, 8, 31))
        s.flush()
        for project in (agree, split):
            project.owner = "Ines Fischer"
        add_minutes(s, late_old, D(2026, 6, 9), [
            "Risk: legal has not approved the referral terms; Bo Chen follows up.",
            "Risk: the vendor sandbox is unstable."])
        add_minutes(s, split, D(2026, 6, 12), ["Action: Bo Chen to book the lab by 20 June."])
        refresh_rollups(s)
    return db


LATE = """SELECT p.key, p.due_date FROM projects p JOIN statuses s ON s.id = p.status_id
    JOIN portfolios f ON f.id = p.portfolio_id
    WHERE NOT s.is_closed AND p.due_date < :today AND f.name = :portfolio ORDER BY p.key"""


def test_a_sentence_about_the_asker_keeps_its_names_not_its_dates_or_hearsay(world):
    late = rows(world, LATE, portfolio="Payments")
    assert [k for k, _ in late] == ["W-1", "W-2"]
    answer = ask(world, "I'm meeting the Payments leads tomorrow morning and want to walk in "
                        "with the basics. How many Payments projects are late right now, and "
                        "which ones are they?")
    assert answer.kind == "answer" and "tomorrow" not in answer.interpretation
    assert f"**{len(late)} late projects in Payments**" in answer.text
    assert all(f"[{key}]" in answer.text for key, _ in late)
    told = ask(world, "I'm told Payments is always late. What's their on-time record?")
    assert told.kind == "answer"
    assert told.tool_calls[0]["name"] == "on_time_rate"
    assert told.tool_calls[0]["args"] == {"portfolio": ["Payments"]}


def test_since_when_a_project_is_late(world):
    (due,) = [d for k, d in rows(world, LATE, portfolio="Payments") if k == "W-2"]
    due = D.fromisoformat(str(due)[:10])
    for question, page in (("Since when is this project late?", "/projects/W-2"),
                           ("how long has this been late", "/projects/W-2"),
                           ("When did Harbor refunds go late?", None)):
        answer = ask(world, question, page=page)
        assert answer.tool_calls[0]["name"] == "project_status", question
        since = due + dt.timedelta(days=1)
        assert f"late since {since.day} {since:%b %Y}" in answer.text, question
        assert f"**{(TODAY - due).days} days late**" in answer.text, question


def test_the_best_portfolio_is_asked_back_and_best_at_finishing_on_time_is_its_rate(world):
    for question in ("Which portfolio is the best?", "Which team is performing best? I need "
                                                     "to nominate one for an award."):
        assert ask(world, question).kind == "clarify", question
    rate = ask(world, "which portfolio is the best at finishing on time")
    assert rate.tool_calls[0]["name"] == "on_time_rate"
    assert rate.tool_calls[0]["args"] == {"by": "portfolio", "order": "desc"}


def test_projects_whose_chance_and_simulated_dates_disagree(world):
    split = rows(world, """SELECT p.key FROM project_forecasts f
        JOIN projects p ON p.id = f.project_id
        WHERE (f.p_on_time >= 0.5 AND f.p50_date > p.due_date)
           OR (f.p_on_time < 0.5 AND f.p50_date <= p.due_date)
           OR (f.p_on_time >= 0.85 AND f.p85_date > p.due_date)""")
    assert [k for (k,) in split] == ["W-4"]
    many = ask(world, "Do we have projects where the model and the simulation say different "
                      "things?")
    assert many.tool_calls[0]["name"] == "forecast_disagreements"
    assert "**1 open project**" in many.text and "[W-4]" in many.text
    assert "[W-3]" not in many.text
    one = ask(world, "For Sierra invoice engine, what's the P50 finish date, and does it agree "
                     "with the on-time probability?")
    assert one.tool_calls[0]["args"] == {"project_key": "W-3", "field": "p50_date",
                                         "agreement": True}
    assert "**15 Nov 2026**" in one.text and "The two agree" in one.text
    stored = rows(world, "SELECT count(*) FROM project_forecasts")[0][0]
    trust = ask(world, "How many forecasts are high trust vs medium vs low?")
    assert trust.kind == "answer" and trust.tool_calls[0]["args"] == {}  # each word counted
    assert f"**{stored} open projects have a stored forecast**" in trust.text


def test_weeks_by_number_full_weeks_european_dates_and_late_for_more_than(world):
    week = ask(world, "how many items were done in KW 23?")
    assert "1 Jun 2026 – 7 Jun 2026" in week.interpretation
    done = rows(world, """SELECT count(*) FROM work_items
        WHERE done_at >= '2026-06-01' AND done_at < '2026-06-08'""")[0][0]
    assert done == 3 and f"**{done} work items**" in week.text
    full = ask(world, "points per week in Payments over the last 6 full weeks")
    spans = [(c["args"]["start"], c["args"]["end"]) for c in full.tool_calls]
    assert spans[0] == ("2026-05-04", "2026-05-10") and spans[-1] == ("2026-06-08",
                                                                       "2026-06-14")
    assert len(spans) == 6  # this week (with the item of 15 June) is not a full week
    since = ask(world, "Which projects were finished since 1.5.2026?")
    finished = rows(world, """SELECT p.key FROM projects p
        WHERE p.completed_at >= '2026-05-01' ORDER BY p.key""")
    assert [k for (k,) in finished] == ["X-4"]
    assert "[X-4]" in since.text and "[X-5]" not in since.text
    longer = ask(world, "Which Payments projects are late since more than 3 weeks?")
    three_weeks = [k for k, d in rows(world, LATE, portfolio="Payments")
                   if (TODAY - D.fromisoformat(str(d)[:10])).days > 21]
    assert three_weeks == ["W-1"]
    assert "[W-1]" in longer.text and "[W-2]" not in longer.text


def test_her_in_a_second_part_and_an_absence_as_the_period(world):
    owned = rows(world, "SELECT count(*) FROM projects WHERE owner = 'Ines Fischer'")[0][0]
    answer = ask(world, "How many projects does Ines Fischer own, and how's her workload "
                        "looking next week?")
    assert [c["name"] for c in answer.tool_calls] == ["projects", "person_load"]
    assert f"**{owned} projects owned by Ines Fischer**" in answer.text
    peak = rows(world, """SELECT sum(a.share) FROM allocations a
        JOIN resources r ON r.id = a.resource_id WHERE r.name = 'Ines Fischer'
        AND a.period_start <= '2026-06-22' AND a.period_end >= '2026-06-22'""")[0][0]
    assert round(float(peak) * 100) == 125 and "125%" in answer.text
    away = ask(world, "I've been out for two weeks. Which projects were completed while I was "
                      "away?")
    completed = rows(world, """SELECT key FROM projects
        WHERE completed_at >= '2026-06-04' ORDER BY key""")
    assert [k for (k,) in completed] == ["X-4"]
    assert "[X-4]" in away.text and "[X-1]" not in away.text and "[X-5]" not in away.text


def test_a_decision_the_asker_s_own_items_and_a_risk_topic_by_stem(world):
    should = ask(world, "Should we cancel Juniper sensor hub?")
    assert should.kind == "answer"
    assert should.text.startswith("Whether to cancel Juniper sensor hub is a judgement")
    mine = ask(world, "any action items for me?", page="/projects/W-4")
    assert mine.kind == "clarify" and "which person" in mine.text
    risks = rows(world, """SELECT count(*) FROM documents WHERE kind = 'meeting_minutes'
        AND lower(body) LIKE '%legal has not approved%'""")[0][0]
    assert risks == 1
    legal = ask(world, "Is legal approval coming up as a risk anywhere in Payments?")
    assert legal.tool_calls[0]["args"]["about"] == ["legal approval"]
    assert "legal has not approved the referral terms" in legal.text
    assert "sandbox" not in legal.text


def test_start_dates_the_share_of_an_outcome_and_a_month_compared(world):
    start = ask(world, "How many proposed projects are there, and when are they meant to "
                       "kick off?")
    assert start.tool_calls[0]["args"] == {"status": ["proposed"], "show": ["start"]}
    assert "[W-5]" in start.text and "6 Jul 2026" in start.text
    done_2025, late_2025 = rows(world, """SELECT count(*), sum(CASE WHEN date(completed_at) >
        due_date THEN 1 ELSE 0 END) FROM projects WHERE completed_at >= '2025-01-01'
        AND completed_at < '2026-01-01'""")[0]
    assert (done_2025, late_2025) == (3, 1)
    share = ask(world, "What share of the projects we completed in 2025 finished late?")
    assert f"({late_2025} of {done_2025})" in share.text
    early = ask(world, "Which projects finished early — ahead of their due date — this year?")
    assert early.tool_calls[0]["args"]["completed_from"] == "2026-01-01"
    assert "[X-4]" in early.text and "[X-2]" not in early.text  # X-2 finished early in 2025
    may = rows(world, """SELECT count(*) FROM work_items
        WHERE done_at >= '2026-05-01' AND done_at < '2026-06-01'""")[0][0]
    claim = ask(world, "The Payments lead says throughput collapsed in June. Is that true "
                       "compared with May?")
    assert [c["args"]["start"] for c in claim.tool_calls] == ["2026-06-01", "2026-05-01"]
    assert f"**{may} work items** finished from 1 May 2026 to 31 May 2026" in claim.text


def test_weekly_capacity_in_hours_is_the_resource_list_s_and_hours_logged_stay_refused(world):
    total, people = rows(world, """SELECT sum(weekly_capacity), count(*) FROM resources
        WHERE role = 'Engineer'""")[0]
    assert people == 2
    team = ask(world, "What is the total weekly capacity in hours of all engineers?")
    assert team.tool_calls[0]["name"] == "capacity"
    assert f"**{float(total):g} hours a week** of capacity across **{people} people**" in \
        team.text
    (one,) = rows(world, "SELECT weekly_capacity FROM resources WHERE name = 'Bo Chen'")[0]
    answer = ask(world, "How many hours a week does Bo Chen have, and what's he working on?")
    assert f"**Bo Chen** has **{float(one):g} hours a week**" in answer.text
    assert "**Not answered:**" in answer.text  # the second part is said, not dropped
    assert ask(world, "how many hours did Bo Chen log last week").kind == "refuse"
