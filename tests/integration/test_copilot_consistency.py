"""One number per concept: the copilot's at-risk and late counts are the overview KPI's and
``data.queries.health_counts``'s for the same filters and viewer (demo data, both engines); and a
model may phrase the answer but never change its numbers."""

from __future__ import annotations

import datetime as dt

import pytest

from data import queries
from data.db import make_sessionmaker
from data.demo import load_demo
from data.filters import ProjectFilters
from data.project_queries import project_page
from data.scope import Scope
from models.copilot.answer import Copilot
from models.copilot.llm import LlmConfig, LlmRouter
from models.jobs import rescore
from tests.conftest import clean
from tests.ollama_stub import OllamaStub, text_chunks

TODAY = dt.date(2026, 6, 17)


@pytest.fixture(scope="module")
def demo(engine, tmp_path_factory):
    """60 demo projects with stored forecasts."""
    clean(engine)
    load_demo(engine, 60, seed=3, today=TODAY)
    factory = make_sessionmaker(engine)
    rescore(factory, tmp_path_factory.mktemp("models"), TODAY, trials=300)
    with factory() as s:
        portfolios = queries.portfolios(s, Scope.everything())
    yield factory, portfolios
    clean(engine)


def test_at_risk_and_late_counts_are_the_kpis(demo):
    factory, portfolios = demo
    (first_id, first), (second_id, _second) = portfolios[0], portfolios[1]
    bot = Copilot(factory, today=lambda: TODAY)
    views = [
        (Scope.everything(), ProjectFilters(), ""),
        (Scope.everything(), ProjectFilters(portfolio=(first_id,)), f" in {first}"),
        (Scope.of(first_id, second_id), ProjectFilters(), ""),
    ]
    with factory() as s:
        for scope, filters, where in views:
            kpis = queries.overview_kpis(s, scope, TODAY, filters)
            health = queries.health_counts(s, scope, TODAY, filters)
            at_risk = bot.ask(f"How many projects are at risk{where}?", scope)
            late = bot.ask(f"How many late projects{where}?", scope)
            assert at_risk.result["count"] == health["at_risk"] == kpis.at_risk
            assert late.result["count"] == health["late"] == kpis.late
            table = project_page(s, scope, TODAY, ProjectFilters(
                portfolio=filters.portfolio, health=("at_risk",)))
            assert table.total == kpis.at_risk  # the projects table's health filter
            listed = bot.ask(f"Which projects are at risk{where}?", scope)
            assert len(listed.result["items"]) == kpis.at_risk
            if not where and scope.portfolio_ids is None:
                assert kpis.at_risk > 0 and kpis.late > 0  # the demo has some of each


def test_a_limited_viewer_never_gets_another_portfolios_names(demo):
    factory, portfolios = demo
    (mine, _name), (_other_id, other) = portfolios[0], portfolios[1]
    scope = Scope.of(mine)
    bot = Copilot(factory, today=lambda: TODAY)
    with factory() as s:
        visible = {r.key for r in project_page(s, scope, TODAY, page_size=200).items}
        everyone = {r.key for r in project_page(s, Scope.everything(), TODAY,
                                                page_size=200).items}
    hidden = everyone - visible
    for question in ("Which projects are late?", "Which projects are at risk?",
                     f"Which projects in {other} are late?", "Who is over-allocated this week?",
                     "Which 5 projects are the most overdue?", "Late projects per portfolio"):
        answer = bot.ask(question, scope)
        named = set(answer.result.get("items", [])) | {c.project_key for c in answer.citations}
        assert not named & hidden, question
        assert not any(key in answer.text for key in hidden), question
        assert other not in answer.result.get("groups", {}) or answer.result["groups"][other] == 0


def test_a_model_cannot_change_the_numbers(demo):
    factory, _portfolios = demo
    plain = Copilot(factory, today=lambda: TODAY).ask("How many projects are late?",
                                                      Scope.everything())
    count = plain.result["count"]

    def liar(request):
        return text_chunks(request["model"], f"There are {count + 7} late projects.")

    def honest(request):
        return text_chunks(request["model"], f"Right now {count} projects are past due.")

    for reply, kept in ((liar, False), (honest, True)):
        with OllamaStub(reply=reply) as stub:
            llm = LlmRouter(LlmConfig(hosts=(stub.url,)))
            answer = Copilot(factory, llm=llm, today=lambda: TODAY).ask(
                "How many projects are late?", Scope.everything())
        assert answer.result == plain.result  # the structured answer is the data's
        if kept:
            assert answer.model and answer.text == f"Right now {count} projects are past due."
        else:
            assert answer.model is None and answer.text == plain.text
            assert "did not match" in answer.note


def test_a_projects_team_is_the_same_on_its_page_in_its_report_and_in_the_copilot(demo):
    """The team is who is allocated today (docs/metrics.md): someone whose allocation ended on
    Monday of this week is on none of them."""
    from sqlalchemy import text

    from data import detail_queries as dq
    from models.reports import project_facts

    factory, _portfolios = demo
    with factory.begin() as s:  # an allocation that ended this week, before today
        key, pid = s.execute(text("SELECT key, id FROM projects ORDER BY key LIMIT 1")).one()
        rid = s.execute(text("SELECT id FROM resources ORDER BY id LIMIT 1")).scalar_one()
        s.execute(text("INSERT INTO allocations (resource_id, project_id, share, period_start, "
                       "period_end) VALUES (:r, :p, 0.1, '2026-06-01', '2026-06-15')"),
                  {"r": rid, "p": pid})
    try:
        bot = Copilot(factory, today=lambda: TODAY)
        with factory() as s:
            keys = [k for (k,) in s.execute(text("SELECT key FROM projects ORDER BY key"))][:12]
            for project in keys:
                want = sorted(n for (n,) in s.execute(text(
                    """SELECT DISTINCT r.name FROM resources r JOIN allocations a
                    ON a.resource_id = r.id JOIN projects p ON p.id = a.project_id
                    WHERE p.key = :k AND a.period_start <= :t AND a.period_end >= :t"""),
                    {"k": project, "t": TODAY}))
                page = sorted(p.name for p in dq.project_people(s, Scope.everything(), project,
                                                                TODAY))
                report = project_facts(s, Scope.everything(), project, TODAY)
                answer = bot.ask(f"Who works on {project}?", Scope.everything())
                assert page == want, project
                assert sorted(p.name for p in report.people) == want, project
                assert sorted(answer.result["items"]) == want, project
    finally:
        with factory.begin() as s:
            s.execute(text("DELETE FROM allocations WHERE period_end = '2026-06-15' AND "
                           "share = 0.1 AND project_id = :p"), {"p": pid})


def _rows(factory, query: str, **params) -> list:
    from sqlalchemy import text  # noqa: PLC0415

    with factory() as s:
        return list(s.execute(text(query), {"today": TODAY, **params}))


OPEN_FORECASTS = """SELECT f.evidence, p.due_date FROM project_forecasts f JOIN projects p
    ON p.id = f.project_id JOIN statuses s ON s.id = p.status_id WHERE NOT s.is_closed"""


def test_forecasts_are_counted_as_the_forecasts_page_counts_them(demo):
    """"How many projects have a forecast?" counts the stored forecasts of open projects (not
    every project), and "… low trust?" the trust word the Forecasts page shows (late projects
    apart); the audit saw 200 and trust read as priority."""
    import json  # noqa: PLC0415

    factory, _ = demo
    rows = _rows(factory, OPEN_FORECASTS)
    words = {}
    for evidence, due in rows:
        due = due if isinstance(due, dt.date) else dt.date.fromisoformat(due)
        data = evidence if isinstance(evidence, dict) else json.loads(evidence)
        word = "late" if due < TODAY else data["trust"]
        words[word] = words.get(word, 0) + 1
    bot = Copilot(factory, today=lambda: TODAY)
    answer = bot.ask("How many projects have a forecast?", Scope.everything())
    assert answer.kind == "answer" and answer.result["count"] == len(rows) < 60
    for level in ("high", "medium", "low"):
        answer = bot.ask(f"How many forecasts have {level} trust?", Scope.everything())
        assert answer.kind == "answer", level
        assert answer.result["count"] == words.get(level, 0), level


def test_a_portfolios_over_allocated_people_in_a_period_are_the_insights(demo):
    """Who is over-allocated next month in a portfolio: people allocated to its projects in
    that month whose load in it is above 100 % (the overview Insight's rule), not only its
    team today."""
    factory, portfolios = demo
    july = ("2026-07-01", "2026-07-31")
    from sqlalchemy import text  # noqa: PLC0415

    _pid, joined = portfolios[0]  # someone who joins its projects only in July
    person, project = _rows(factory, """SELECT r.id, (SELECT min(p.id) FROM projects p
        JOIN portfolios f ON f.id = p.portfolio_id WHERE f.name = :portfolio) FROM resources r
        WHERE r.id NOT IN (SELECT a.resource_id FROM allocations a JOIN projects p
        ON p.id = a.project_id JOIN portfolios f ON f.id = p.portfolio_id
        WHERE f.name = :portfolio) AND r.id IN (SELECT resource_id FROM allocations WHERE
        period_start <= '2026-07-01' AND period_end >= '2026-07-31')
        ORDER BY r.id LIMIT 1""", portfolio=joined)[0]  # busy all July: over with one more
    with factory.begin() as s:
        s.execute(text("""INSERT INTO allocations (resource_id, project_id, share, period_start,
            period_end) VALUES (:r, :p, 1.0, '2026-07-01', '2026-07-31')"""),
                  {"r": person, "p": project})
    try:
        _check_over_allocated_in_july(factory, portfolios, july, person, joined)
    finally:
        with factory.begin() as s:
            s.execute(text("""DELETE FROM allocations WHERE resource_id = :r AND project_id = :p
                AND period_start = '2026-07-01' AND share = 1.0"""), {"r": person, "p": project})


def _check_over_allocated_in_july(factory, portfolios, july, person, joined) -> None:
    newcomer, = _rows(factory, "SELECT name FROM resources WHERE id = :r", r=person)[0]
    per_day = _rows(factory, """SELECT r.name, a.period_start, a.period_end, a.share
        FROM allocations a JOIN resources r ON r.id = a.resource_id
        WHERE a.period_start <= :last AND a.period_end >= :first""",
                    first=july[0], last=july[1])
    peak = {}
    for offset in range(31):
        day = dt.date(2026, 7, 1) + dt.timedelta(days=offset)
        total = {}
        for name, start, end, share in per_day:
            start = start if isinstance(start, dt.date) else dt.date.fromisoformat(start)
            end = end if isinstance(end, dt.date) else dt.date.fromisoformat(end)
            if start <= day <= end:
                total[name] = total.get(name, 0) + float(share)
        for name, value in total.items():
            peak[name] = max(peak.get(name, 0), round(value, 6))
    bot = Copilot(factory, today=lambda: TODAY)
    for _id, portfolio in portfolios[:4]:
        members = {n for n, in _rows(factory, """SELECT DISTINCT r.name FROM allocations a
            JOIN resources r ON r.id = a.resource_id JOIN projects p ON p.id = a.project_id
            JOIN portfolios f ON f.id = p.portfolio_id WHERE f.name = :portfolio
            AND a.period_start <= :last AND a.period_end >= :first""",
                                         portfolio=portfolio, first=july[0], last=july[1])}
        want = {n for n in members if peak.get(n, 0) > 1}
        answer = bot.ask(f"Who is over-allocated next month in {portfolio}?", Scope.everything())
        assert answer.kind == "answer", portfolio
        assert set(answer.result["items"]) == want, portfolio
        assert (newcomer in want) == (portfolio == joined), portfolio
