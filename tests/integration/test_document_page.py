"""The document view page (/documents/<id>) through Dash's page router, on SQLite and
PostgreSQL: the whole text in passages, the cited or searched passage highlighted, a meeting's
digest, scope (another portfolio's document is 'not found'), hostile addresses and hostile
document text; copilot citations and the project page's list link to it.

Expectations come from the test's own reads (the body by SQL, the hand-written labels of the
fixture meeting), not from the code under test.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from plotly.utils import PlotlyJSONEncoder
from sqlalchemy import select

from dashboard.app import create_app
from dashboard.auth import as_viewer
from dashboard.settings import Settings
from data.schema import Document, Project
from data.scope import Scope
from data.viewer import Viewer
from models.copilot.document_tools import latest_document, search_documents
from models.copilot.retrieval import DocumentIndex
from models.copilot.tools import ToolContext
from pages import project
from tests.callbacks import page_body
from tests.factories import add_portfolio, add_project
from tests.signin import TEST_SECRET

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "meetings"
MEETING = (FIXTURES / "checkout_sync.txt").read_text()
LABELS = json.loads((FIXTURES / "checkout_sync.labels.json").read_text())
HOSTILE_BODY = ("Ann: <script>alert('x')</script> see ![](http://evil.example/pixel.png)\n"
                "Bo: [click](javascript:alert(1)) and <img src=x onerror=alert(2)>\n"
                "Cy: \u202eevil\u202c and a bell \x07 here, **bold** _it_ # heading\n")


@pytest.fixture
def world(db, tmp_path):
    with db.begin() as s:
        alpha, beta = add_portfolio(s, "Alpha"), add_portfolio(s, "Beta Zebra")
        a1 = add_project(s, "A-1", alpha, name="Checkout revamp")
        b1 = add_project(s, "BETA-1", beta, name="Zebra secret")
        minutes = Document(project_id=a1.id, kind="meeting_minutes", title="Checkout sync",
                           body=MEETING * 3, created_at=dt.datetime(2026, 5, 4, 10))
        hostile = Document(project_id=a1.id, kind="status_note",
                           title="<b>Status</b> [x](javascript:alert(3))", body=HOSTILE_BODY,
                           created_at=dt.datetime(2026, 5, 5, 10))
        secret = Document(project_id=b1.id, kind="meeting_minutes", title="Zebra minutes",
                          body="Zara: We decided the zebra launch is secret.",
                          created_at=dt.datetime(2026, 5, 1, 10))
        s.add_all([minutes, hostile, secret])
        s.flush()
        ids = {"alpha": alpha.id, "beta": beta.id, "minutes": minutes.id,
               "hostile": hostile.id, "secret": secret.id}
    url = db.kw["bind"].url.render_as_string(hide_password=False)
    settings = Settings(data_dir=tmp_path, database_url=url, secret_key=TEST_SECRET,
                        forecast_on_start=False, copilot_index_on_start=False)
    alice = Viewer("alice", "manager", Scope.of(ids["alpha"]))
    apps = {"alice": create_app(settings, resolve_viewer=as_viewer(alice), start=False),
            "admin": create_app(settings, resolve_viewer=as_viewer(Viewer.system()),
                                start=False)}
    for app in apps.values():
        app.server.test_client().get("/healthz")  # registers Dash's page router
    yield db, ids, apps, alice
    for app in apps.values():
        app.server.extensions["dashboard"].stop()


def render(app, path: str, search: str = "") -> dict[str, Any]:
    """The page as the router returns it (asserting no 5xx and no traceback)."""
    response = app.server.test_client().post("/_dash-update-component",
                                              json=page_body(app, path, search))
    text = response.get_data(as_text=True)
    assert response.status_code == 200, (path, search, text[:300])
    assert "Traceback" not in text
    return response.get_json()["response"]["_pages_content"]["children"]


def nodes(tree: Any) -> Iterator[dict[str, Any]]:
    if isinstance(tree, list):
        for item in tree:
            yield from nodes(item)
    elif isinstance(tree, dict) and "props" in tree:
        yield tree
        yield from nodes(tree["props"].get("children"))


def text(tree: Any) -> str:
    if isinstance(tree, str | int | float):
        return str(tree)
    if isinstance(tree, list):
        return "".join(text(t) for t in tree)
    if isinstance(tree, dict) and "props" in tree:
        return text(tree["props"].get("children"))
    return ""


def by_class(tree: Any, name: str) -> list[dict[str, Any]]:
    return [n for n in nodes(tree) if name in (n["props"].get("className") or "").split()]


def by_id(tree: Any, ident: str) -> dict[str, Any] | None:
    return next((n for n in nodes(tree) if n["props"].get("id") == ident), None)


def passages(tree: Any) -> list[dict[str, Any]]:
    return by_class(tree, "document-passage")


def body_text(section: dict[str, Any]) -> str:
    """A passage's own text (its turns), without the 'Passage n' link above it."""
    return " ".join(text(t) for t in by_class(section, "document-turn"))


def own_body(db, doc_id: int) -> str:
    with db() as s:
        return s.scalar(select(Document.body).where(Document.id == doc_id))


def test_the_whole_document_in_passages_with_the_cited_one_highlighted(world):
    db, ids, apps, _ = world
    doc = ids["minutes"]
    page = render(apps["alice"], f"/documents/{doc}")
    sections = passages(page)
    body = own_body(db, doc)
    shown = " ".join(body_text(p) for p in sections)
    assert shown.split() == body.split()  # every word, in order, nothing else
    assert len(sections) >= 3 and by_class(page, "document-passage-focus") == []
    assert text(by_id(page, "document-title")) == "Checkout sync"
    assert "A-1 Checkout revamp" in text(by_id(page, "document-project"))
    assert by_id(page, "document-project")["props"]["href"] == "/projects/A-1"

    target = sections[2]["props"]["data-passage"]
    assert target == f"d{doc}-p2"
    page = render(apps["alice"], f"/documents/{doc}", f"?passage={target}")
    focused = by_class(page, "document-passage-focus")
    assert [f["props"]["id"] for f in focused] == [f"document-passage-{target}"]
    assert focused[0]["props"]["aria-current"] == "true"
    assert body_text(focused[0]) == body_text(sections[2])
    assert by_id(page, "document-passage-missing") is None


def test_a_search_marks_the_passages_that_mention_it_and_highlights_the_best(world):
    db, ids, apps, _ = world
    doc = ids["minutes"]
    page = render(apps["alice"], f"/documents/{doc}", "?q=" + quote("fallback switch"))
    sections = passages(page)
    mentions = [p for p in sections
                if re.search(r"\b(fallback|switch)", body_text(p), re.IGNORECASE)]
    hits = [p for p in sections if {"document-passage-hit", "document-passage-focus"}
            & set(p["props"]["className"].split())]
    assert mentions and len(hits) == min(len(mentions), 5)
    assert all(h in mentions for h in hits)
    focus = by_class(page, "document-passage-focus")
    assert len(focus) == 1 and "switch" in body_text(focus[0]).lower()
    marked = {text(m).lower() for m in nodes(page) if m.get("type") == "Mark"}
    assert marked == {"fallback", "switch"}
    assert "mention “fallback switch”" in text(by_id(page, "document-notice"))

    page = render(apps["alice"], f"/documents/{doc}", "?q=zeppelin")
    assert "No passage of this document mentions “zeppelin”" in text(page)
    assert by_class(page, "document-passage-focus") == []


def test_a_meetings_digest_lists_the_hand_labelled_actions_with_links(world):
    _db, ids, apps, _ = world
    doc = ids["minutes"]
    page = render(apps["alice"], f"/documents/{doc}")
    actions = by_id(page, "document-actions")
    items = [n for n in nodes(actions) if n.get("type") == "Li"]
    assert len(items) == 3 * len(LABELS["action_items"])  # the fixture, three times over
    for label in LABELS["action_items"]:
        assert any(text(i).startswith(label["who"] + ": ") and label["what"] in text(i)
                   and f"by {written(label['due'])}" in text(i) for i in items), label
    links = [n["props"]["href"] for n in nodes(by_id(page, "document-digest"))
             if n.get("type") == "Link"]
    passage_ids = {p["props"]["data-passage"] for p in passages(page)}
    assert links and all(h.startswith(f"/documents/{doc}?passage=") for h in links)
    assert {h.split("=", 1)[1] for h in links} <= passage_ids
    assert len(by_id(page, "document-decisions")["props"]["children"][1]["props"]
               ["children"]) == 3 * len(LABELS["decisions"])
    status = render(apps["alice"], f"/documents/{ids['hostile']}")
    assert by_id(status, "document-digest") is None  # a status note has no digest


def test_another_portfolios_document_is_not_found(world):
    _db, ids, apps, _ = world
    for search in ("", f"?passage=d{ids['secret']}-p0", "?q=zebra"):
        page = render(apps["alice"], f"/documents/{ids['secret']}", search)
        shown = json.dumps(page)
        assert by_id(page, "not-found") is not None
        assert "Zebra" not in shown and "zebra launch" not in shown
    admin = render(apps["admin"], f"/documents/{ids['secret']}")
    assert "zebra launch is secret" in json.dumps(admin)  # the check can see a leak
    # a passage id of the secret document on a visible one: ignored, said so, nothing leaked
    page = render(apps["alice"], f"/documents/{ids['minutes']}", f"?passage=d{ids['secret']}-p0")
    assert by_id(page, "document-passage-missing") is not None
    assert "zebra" not in json.dumps(page).lower()


@pytest.mark.parametrize("path", [
    "/documents/abc", "/documents/0", "/documents/-1", "/documents/1e3", "/documents/0x10",
    "/documents/" + "9" * 40, "/documents/999999", "/documents/1%20", "/documents/%3Cscript%3E",
    "/documents/1;DROP TABLE documents",
])
def test_hostile_ids_read_not_found(world, path):
    _db, _ids, apps, _ = world
    page = render(apps["alice"], path)
    assert by_id(page, "not-found") is not None
    assert "Document not found" in text(page)


@pytest.mark.parametrize("search", [
    "?passage=%3Cscript%3Ealert(1)%3C/script%3E", "?passage=a&passage=b", "?passage=",
    "?passage=d1-p99999999", "?passage=" + "9" * 5000, "?q=" + "a" * 10_000,
    "?q=%ED%A0%80", "?q=%00%1b", "?q=a&q=b", "?doc=5&passage=d5-p0", "?q=%E2%80%AE",
])
def test_hostile_parameters_are_answered_not_crashed(world, search):
    db, ids, apps, _ = world
    page = render(apps["alice"], f"/documents/{ids['minutes']}", search)
    assert text(by_id(page, "document-title")) == "Checkout sync"
    shown = " ".join(body_text(p) for p in passages(page))
    assert shown.split() == own_body(db, ids["minutes"]).split()
    assert "<script>" not in json.dumps(page)
    if "passage" in search:
        assert by_id(page, "document-passage-missing") is not None
    q = by_id(page, "document-q")["props"]["value"]
    assert len(q) <= 200 and "\x00" not in q


def test_hostile_document_text_is_shown_as_text(world):
    _db, ids, apps, _ = world
    page = render(apps["alice"], f"/documents/{ids['hostile']}")
    types = {n.get("type") for n in nodes(page)}
    assert not types & {"Script", "Img", "Iframe", "Markdown", "Embed", "Object"}
    hrefs = [n["props"].get("href") for n in nodes(page) if n["props"].get("href")]
    assert hrefs and all(h.startswith("/") and not h.startswith("//") for h in hrefs)
    shown = " ".join(body_text(p) for p in passages(page))
    assert "<script>alert('x')</script>" in shown  # visible characters, escaped by React
    assert "[click](javascript:alert(1))" in shown
    assert "\u202e" not in json.dumps(page, ensure_ascii=False) and "\x07" not in shown
    assert text(by_id(page, "document-title")) == "<b>Status</b> [x](javascript:alert(3))"


def test_copilot_citations_and_the_project_list_open_the_document(world, tmp_path):
    db, ids, apps, alice = world
    index = DocumentIndex(tmp_path / "idx", session_factory=db)
    with db() as s:
        index.sync(s)
        found = search_documents(ToolContext(s, alice.scope, dt.date(2026, 5, 10), index),
                                 "test plan for the fallback switch")
    cites = [c for c in found.citations if c.doc_id == ids["minutes"]]
    assert cites and all(c.href == f"/documents/{c.doc_id}?passage={c.passage_id}"
                         for c in found.citations)
    assert {c.project_key for c in found.citations} == {"A-1"}
    path, search = cites[0].href.split("?")
    page = render(apps["alice"], path, "?" + search)
    focus = by_class(page, "document-passage-focus")
    assert [f["props"]["data-passage"] for f in focus] == [cites[0].passage_id]
    assert "test plan for the fallback switch" in body_text(focus[0])

    with db() as s:  # "the latest minutes of A-1": cited at the passage of the quoted line
        latest = latest_document(ToolContext(s, alice.scope, dt.date(2026, 5, 10), index),
                                 "A-1", "who writes the test plan for the fallback switch",
                                 "meeting_minutes")
    cite = latest.citations[0]
    assert cite.passage_id and cite.href == f"/documents/{ids['minutes']}?passage=" \
        f"{cite.passage_id}"
    page = render(apps["alice"], *cite.href.replace("?", " ?").split(" "))
    focus = by_class(page, "document-passage-focus")
    assert latest.data["quote"].split(" … ")[0] in body_text(focus[0])

    services = apps["alice"].server.extensions["dashboard"]
    listed, _pages = project.documents(services, alice, "A-1", 1)
    links = {n["props"]["href"] for n in nodes(json.loads(json.dumps(
        listed, cls=PlotlyJSONEncoder))) if n.get("type") == "Link"}
    with db() as s:
        own = set(s.scalars(select(Document.id).join(Project, Project.id == Document.project_id)
                            .where(Project.key == "A-1")))
    assert len(own) == 2 and links == {f"/documents/{i}" for i in own}


def written(iso: str) -> str:
    """A labelled day ("2026-05-07") as the pages write a day: "7 May 2026"."""
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {day:%b %Y}"
