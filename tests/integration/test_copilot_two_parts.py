"""Two questions in one sentence: both answered where each reads on its own, else the part left
out said under the answer, never dropped in silence ("which projects are at risk and how much
evidence is there" gave the at-risk list alone, as if it were the whole answer). And where the
whole sentence was read as something neither part asks ("what is the average progress of
active projects and how many are late" answered with the days overdue), each part is read
on its own. Every expected figure is this test's own SQL.
"""

from __future__ import annotations

import datetime as dt

import pytest

from data.rollups import refresh_rollups
from data.schema import ProjectForecast
from data.scope import Scope
from models.copilot.answer import Copilot
from models.copilot.llm import LlmConfig, LlmRouter
from tests.copilot_asking import ask, rows
from tests.factories import TODAY, add_item, add_portfolio, add_project, add_resource, allocate
from tests.ollama_stub import OllamaStub

D = dt.date
OPEN = "s.code NOT IN ('done', 'cancelled')"
HEALTH_SQL = f"""SELECT p.key, pf.name, p.owner, CASE
        WHEN p.due_date < :today THEN 'late'
        WHEN c.p_on_time < 0.5 THEN 'at_risk' ELSE 'on_track' END AS health
    FROM projects p JOIN statuses s ON s.id = p.status_id
    JOIN portfolios pf ON pf.id = p.portfolio_id
    LEFT JOIN project_forecasts c ON c.project_id = p.id WHERE {OPEN}"""


@pytest.fixture
def world(db):
    with db.begin() as s:
        pay = add_portfolio(s, "Payments")
        gro = add_portfolio(s, "Growth")
        for key, pf, p, due, owner, done in (
                ("P-1", pay, 0.9, D(2026, 5, 1), "Ann", (5, 5)),    # late
                ("P-2", pay, 0.2, D(2026, 9, 1), "Bo", (1, 4)),     # at risk
                ("G-1", gro, 0.1, D(2026, 9, 1), "Cy", (0, 6)),     # at risk
                ("G-2", gro, 0.8, D(2026, 6, 10), "Cy", (2, 2)),    # late
                ("G-3", gro, 0.9, D(2026, 10, 1), "Ann", (3, 1)),   # on track
                ("G-4", gro, 0.5, D(2026, 6, 1), "Bo", (1, 1))):    # late
            project = add_project(s, key, pf, due=due)
            project.owner = owner
            s.add(ProjectForecast(project_id=project.id, method="classifier", p_on_time=p,
                                  mc_p_on_time=p, p50_date=due, as_of=TODAY))
            for status, n in zip(("done", "todo"), done, strict=True):
                for _ in range(n):
                    add_item(s, project, status=status, points=2,
                             done_at=dt.datetime(2026, 6, 1) if status == "done" else None)
            if key == "P-2":
                ann = add_resource(s, "Ann Lee")
                allocate(s, ann, project, 0.8)
                allocate(s, ann, project, 0.6)  # 140 %: over-allocated this week
        refresh_rollups(s)
    return db


def _health(db) -> dict[str, tuple[str, str, str]]:
    return {key: (pf, owner, health) for key, pf, owner, health in rows(db, HEALTH_SQL)}


def test_a_part_that_does_not_read_alone_is_said_not_answered(world):
    at_risk = sorted(k for k, (_, _, h) in _health(world).items() if h == "at_risk")
    assert at_risk == ["G-1", "P-2"]
    answer = ask(world, "Which projects are at risk and how much evidence is there?")
    assert answer.kind == "answer" and sorted(answer.result["items"]) == at_risk
    assert "**Not answered:** “how much evidence is there”" in answer.text
    assert "not answered" in answer.interpretation
    over = ask(world, "who is over-allocated and what are they working on?")
    (name,), = rows(world, "SELECT name FROM resources")
    assert name in over.text and "**Not answered:** “what are they working on”" in over.text


def test_each_part_read_alone_when_the_whole_reads_neither(world):
    (avg,), = rows(world, """SELECT avg(CASE WHEN t.total > 0 THEN t.done * 1.0 / t.total
        ELSE 0 END) FROM (SELECT p.id, sum(w.story_points) AS total,
        sum(CASE WHEN w.status = 'done' THEN w.story_points ELSE 0 END) AS done
        FROM projects p JOIN statuses s ON s.id = p.status_id
        LEFT JOIN work_items w ON w.project_id = p.id
        WHERE s.code = 'active' GROUP BY p.id) t""")
    late = sum(h == "late" for _, _, h in _health(world).values())
    answer = ask(world, "What is the average progress of active projects and how many are "
                        "late?")
    assert answer.kind == "answer"
    assert f"{float(avg):.0%}" in answer.text  # the progress, not the days overdue
    assert f"**{late} late project" in answer.text
    assert "overdue" not in answer.interpretation


def test_in_which_portfolios_splits_the_first_answer(world):
    late = [(k, pf) for k, (pf, _, h) in _health(world).items() if h == "late"]
    answer = ask(world, "How many projects are late and in which portfolios?")
    assert f"**{len(late)} late projects**" in answer.text
    assert "**Late projects by portfolio:**" in answer.text
    for portfolio in ("Payments", "Growth"):
        assert f"- {portfolio}: {sum(pf == portfolio for _, pf in late)}" in answer.text
    assert "Not answered" not in answer.text


def test_the_first_part_kept_when_the_whole_took_the_seconds_words(world):
    late = {pf for k, (pf, _, h) in _health(world).items() if h == "late"}
    per = {pf: sum(1 for _, (p, _, h) in _health(world).items() if p == pf and h == "late")
           for pf in late}
    top = max(per.values())
    answer = ask(world, "Which portfolio has the most late projects and who is the owner of the "
                        "latest one?")
    assert answer.kind == "answer" and "portfolio" in answer.interpretation
    assert "owner with the most" not in answer.interpretation
    assert [pf for pf, n in per.items() if n == top] == ["Growth"]
    assert answer.text.startswith("**Growth**")
    assert "**Not answered:** “who is the owner of the latest one”" in answer.text


def test_what_a_project_list_shows_is_not_said_missing(world):
    health = _health(world)
    answer = ask(world, "How many projects are late, and who owns them?")
    for key, (_, owner, h) in health.items():
        assert (f"owner {owner}" in answer.text.split(key, 1)[-1].split("\n", 1)[0]) == (
            h == "late") or h != "late"
    assert "Not answered" not in answer.text
    assert all(f"owner {o}" in answer.text for _, o, h in health.values() if h == "late")


def test_the_part_left_out_is_said_under_a_models_answer_too(world):
    with OllamaStub() as stub:  # the stub's model writes from the tool results it is given
        bot = Copilot(world, llm=LlmRouter(LlmConfig(hosts=(stub.url,))), today=lambda: TODAY)
        answer = bot.ask("Which projects are at risk and how much evidence is there?",
                         Scope.everything())
    assert answer.model is not None  # a model wrote it
    assert answer.text.rstrip().endswith(
        "**Not answered:** “how much evidence is there”. I answer it best asked on its own, "
        "naming who or what it is about.")
