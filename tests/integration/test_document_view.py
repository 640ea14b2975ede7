"""The document view's data and the meeting digests, scoped by the viewer (both engines)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from data import document_queries as dq
from data.schema import Document
from data.scope import Scope
from models.copilot.documents import commitments, open_document, project_digests
from models.copilot.retrieval import DocumentIndex
from tests.factories import add_portfolio, add_project

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "meetings" / "checkout_sync.txt"


def _world(db):
    with db.begin() as s:
        alpha, beta = add_portfolio(s, "Alpha"), add_portfolio(s, "Beta")
        a1, b1 = add_project(s, "A-1", alpha), add_project(s, "B-1", beta)
        body = FIXTURE.read_text() * 3  # long enough for several passages
        minutes = Document(project_id=a1.id, kind="meeting_minutes", title="Checkout sync",
                           body=body, created_at=dt.datetime(2026, 5, 4, 10))
        older = Document(project_id=a1.id, kind="meeting_minutes", title="Older sync",
                         body="Ann: I will write the spec by Friday.",
                         created_at=dt.datetime(2026, 4, 1, 10))
        secret = Document(project_id=b1.id, kind="status_note", title="Secret",
                          body="Confidential.", created_at=dt.datetime(2026, 5, 1))
        s.add_all([minutes, older, secret])
        s.flush()
        return {"alpha": alpha.id, "minutes": minutes.id, "secret": secret.id}


def test_a_document_opens_in_full_split_into_the_index_passages(db, tmp_path):
    ids = _world(db)
    with db() as s:
        opened = open_document(s, Scope.of(ids["alpha"]), ids["minutes"])
        body = s.scalar(select(Document.body).where(Document.id == ids["minutes"]))
        index = DocumentIndex(tmp_path / "idx", session_factory=db)
        index.sync(s)
    assert opened.document.project_key == "A-1" and opened.document.kind == "meeting_minutes"
    assert opened.document.title == "Checkout sync" and opened.document.body == body
    assert len(opened.passages) >= 3
    assert " ".join(body[p.start:p.end] for p in opened.passages).split() == body.split()
    hit = index.search("fallback switch test plan", Scope.of(ids["alpha"]), k=1)[0]
    assert opened.passage(hit.id).text == hit.text  # a citation's id finds its passage
    focused = None
    with db() as s:
        focused = open_document(s, Scope.everything(), ids["minutes"], passage=hit.id)
        assert open_document(s, Scope.everything(), ids["minutes"], passage="d999-p0").focus \
            is None
        assert open_document(s, Scope.everything(), ids["minutes"], passage="<script>").focus \
            is None
        assert open_document(s, Scope.of(ids["alpha"]), ids["secret"]) is None  # out of scope
        assert open_document(s, Scope.everything(), 10_000) is None
        assert open_document(s, Scope.everything(), ids["secret"]).digest is None  # not minutes
    assert focused.focus == hit.id
    assert len(opened.digest.action_items) == 15  # the fixture's five, three times


def test_digests_and_commitments_of_a_project(db):
    ids = _world(db)
    with db() as s:
        rows = project_digests(s, Scope.of(ids["alpha"]), "a-1")
        assert [r.title for r in rows] == ["Checkout sync", "Older sync"]
        mei = commitments(s, Scope.everything(), "A-1", person="Mei")
        assert {c.item.what for c in mei} == {"ask finance to approve the extra three days"}
        open_now = commitments(s, Scope.everything(), "A-1", today=dt.date(2026, 5, 10))
        assert {c.item.who for c in open_now} == {"Lars", "Priya"}
        assert project_digests(s, Scope.of(), "A-1") == []
        n = s.scalar(select(func.count()).select_from(Document))
        assert len(dict(dq.document_hashes(s))) == n == 3
        assert dq.documents_fingerprint(s).count == 3
