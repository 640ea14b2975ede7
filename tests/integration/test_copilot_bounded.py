"""The copilot at scale: what a web worker keeps in memory stays bounded.

Past ``memory_documents`` documents, a process that has not loaded the whole corpus searches only
the projects a question is about (read for that search) and says why a search of everything is
not available; concurrent first questions load the names vocabulary once.
"""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import select, update

from dashboard.settings import Settings
from data import users
from data.rollups import refresh_rollups
from data.schema import Document, Portfolio, Project, UserSession, utcnow
from data.scope import Scope
from models.copilot import document_tools
from models.copilot.answer import Copilot
from models.copilot.resolve import Vocabulary
from models.copilot.retrieval import DocumentIndex
from models.copilot.runtime import CopilotRuntime
from models.copilot.tools import ToolContext
from tests.factories import TODAY, add_portfolio, add_project
from tests.signin import TEST_SECRET

BODIES = {
    "A-1": ["Mei: the battery supplier is late again, we need a second source.",
            "Ravi: the remote's buttons are done; testing starts Monday."],
    "B-1": ["Ana: the rocket launch window moved to March.",
            "Ana: the battery budget is approved."],
}


@pytest.fixture
def world(db, tmp_path):
    with db.begin() as s:
        alpha, beta = add_portfolio(s, "Alpha"), add_portfolio(s, "Beta")
        projects = {"A-1": add_project(s, "A-1", alpha, name="Battery remote"),
                    "B-1": add_project(s, "B-1", beta, name="Rocket")}
        for key, bodies in BODIES.items():
            for i, body in enumerate(bodies):
                s.add(Document(project_id=projects[key].id, kind="meeting_minutes",
                               title=f"{key} sync {i}", body=body,
                               created_at=dt.datetime(2026, 6, 1 + i)))
        refresh_rollups(s.connection())
    full = DocumentIndex(tmp_path / "idx", session_factory=db)
    with db() as s:
        full.sync(s)
    return db, tmp_path / "idx"


def _ids(db, key):
    with db() as s:
        return list(s.scalars(select(Project.id).where(Project.key == key)))


def test_past_the_limit_a_project_search_reads_that_project_only(world):
    db, path = world
    bounded = DocumentIndex(path, session_factory=db, memory_documents=3)  # 4 documents
    hits = bounded.search("battery supplier late", Scope.everything(),
                          project_ids=_ids(db, "A-1"))
    assert not bounded.corpus.loaded  # the whole corpus was never read here
    assert hits and {p.project_key for p in hits} == {"A-1"}
    assert "supplier is late" in hits[0].text
    assert hits.mode == "hybrid" and hits.note is None  # the store's vectors for those passages
    # the same search with the whole corpus in memory finds the same first passage
    full = DocumentIndex(path, session_factory=db)
    assert full.search("battery supplier late", Scope.everything(),
                       project_ids=_ids(db, "A-1"))[0].id == hits[0].id


def test_past_the_limit_a_search_of_everything_says_why_it_has_nothing(world):
    db, path = world
    bounded = DocumentIndex(path, session_factory=db, memory_documents=3)
    hits = bounded.search("battery", Scope.everything())
    assert list(hits) == [] and not bounded.corpus.loaded
    assert hits.note is not None and "there are 4," in hits.note and "Name a project" in hits.note
    with db() as s:
        result = document_tools.search_documents(
            ToolContext(session=s, scope=Scope.everything(), today=TODAY, index=bounded),
            "battery")
    assert result.text == hits.note


def test_under_the_limit_a_search_of_everything_covers_every_project(world):
    db, path = world
    index = DocumentIndex(path, session_factory=db, memory_documents=4)
    hits = index.search("battery", Scope.everything(), k=10)
    assert {p.project_key for p in hits} == {"A-1", "B-1"} and index.corpus.loaded


def test_a_scoped_viewer_never_reads_another_portfolios_documents(world):
    db, path = world
    bounded = DocumentIndex(path, session_factory=db, memory_documents=1)
    with db() as s:
        alpha = s.scalar(select(Project.portfolio_id).where(Project.key == "A-1"))
    hits = bounded.search("battery", Scope(portfolio_ids=frozenset({alpha})),
                          project_ids=_ids(db, "B-1"))
    assert list(hits) == []


@pytest.fixture
def vocabulary_loads(monkeypatch):
    """The scopes ``Vocabulary.load`` ran for (it still runs: a spy, not a stand-in)."""
    loads = []
    real = Vocabulary.load.__func__

    def counted(cls, session, scope):
        loads.append(scope)
        return real(cls, session, scope)

    monkeypatch.setattr(Vocabulary, "load", classmethod(counted))
    return loads


def test_concurrent_first_questions_load_the_vocabulary_once(world, vocabulary_loads):
    db, _path = world
    loads = vocabulary_loads
    copilot = Copilot(db, today=lambda: TODAY)
    start = threading.Barrier(4)
    answers = []

    def ask():
        start.wait()
        answers.append(copilot.ask("How many projects are there?", Scope.everything()).text)

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert len(loads) == 1
    assert len(answers) == 4 and all(a.startswith("**2 projects**") for a in answers)


def _sign_in(s, name, role, portfolios, minutes_ago, lifetime=dt.timedelta(hours=8)):
    user = users.create_user(s, name, "a long enough password 123", role, portfolios=portfolios)
    s.flush()
    users.open_session(s, user, lifetime)
    s.flush()
    s.execute(update(UserSession).where(UserSession.user_id == user.id).values(
        created_at=utcnow() - dt.timedelta(minutes=minutes_ago)))
    return user


def test_active_scopes_are_the_signed_in_users_distinct_scopes_latest_first(world):
    db, _path = world
    with db.begin() as s:
        alpha, beta = (s.scalar(select(Portfolio.id).where(Portfolio.name == n))
                       for n in ("Alpha", "Beta"))
        add_portfolio(s, "Gamma")  # so that Alpha and Beta are not every portfolio
        _sign_in(s, "ana", "manager", [alpha, beta], minutes_ago=30)
        _sign_in(s, "ben", "manager", [beta, alpha], minutes_ago=5)  # the same scope, later
        _sign_in(s, "root", "admin", [], minutes_ago=10)
        _sign_in(s, "cara", "viewer", [alpha], minutes_ago=20)
        gone = _sign_in(s, "dan", "viewer", [beta], minutes_ago=1)
        gone.is_active = False  # deactivated: not prepared for
        _sign_in(s, "eve", "viewer", [], minutes_ago=2, lifetime=-dt.timedelta(minutes=1))
    with db() as s:
        scopes = users.active_scopes(s)
    assert scopes == [Scope.of(alpha, beta), Scope.everything(), Scope.of(alpha)]
    with db() as s:
        assert users.active_scopes(s, limit=1) == [Scope.of(alpha, beta)]


def test_prepare_loads_the_names_of_the_signed_in_scopes_before_any_question(
        world, vocabulary_loads):
    db, path = world
    with db.begin() as s:
        alpha = s.scalar(select(Portfolio.id).where(Portfolio.name == "Alpha"))
        _sign_in(s, "cara", "viewer", [alpha], minutes_ago=1)
    loaded = vocabulary_loads
    settings = Settings(secret_key=TEST_SECRET, copilot_index_on_start=False,
                        chroma_path=path.parent / "prepared")
    runtime = CopilotRuntime(settings, db, today=lambda: TODAY)
    after = threading.Event()
    runtime.prepare(after=after.set).join(timeout=60)
    assert after.is_set() and loaded == [Scope.of(alpha)]
    assert runtime._index is not None  # Chroma imported and the store opened before a question
    answer = runtime.copilot.ask("How many projects are there?", Scope.of(alpha))
    assert answer.text.startswith("**1 project**") and loaded == [Scope.of(alpha)]
