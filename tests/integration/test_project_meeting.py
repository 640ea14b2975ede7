"""The project page's "Latest meeting" card, through the app's callback over HTTP, on SQLite and
PostgreSQL: the digest of the project's newest meeting minutes (decisions and action items
each linking to the passage they came from), one line for a project without minutes, nothing
for another portfolio's project, and hostile minutes shown as text.

Expectations come from the test's own SQL (which minutes are the newest) and the hand-written
labels of the fixture meeting, not from the code under test.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import select

from dashboard.app import create_app
from dashboard.auth import as_viewer, everyone_is_system
from dashboard.settings import Settings
from data.schema import Document, Project
from data.scope import Scope
from data.viewer import Viewer
from pages.project import MEETING_POINTS
from tests.factories import add_portfolio, add_project
from tests.integration.test_app import DEAD_DATABASE, call
from tests.integration.test_document_page import (
    LABELS,
    MEETING,
    body_text,
    by_class,
    by_id,
    nodes,
    render,
    text,
)
from tests.signin import TEST_SECRET

OUTPUT = [("project-meeting", "children")]
HOSTILE_ACTIONS = 7
HOSTILE_MINUTES = (
    "Ann: We decided to ship [it](javascript:alert(1)) with <img src=x onerror=alert(2)> now.\n"
    + "".join(f"Bo: I will fix item {i} <script>alert({i})</script> by Friday.\n"
              for i in range(HOSTILE_ACTIONS))
    + "Cy: The risk is \u202ea bell\x07 and ![](http://evil.example/p.png) slipping.\n")


@pytest.fixture
def world(db, tmp_path):
    with db.begin() as s:
        alpha, beta = add_portfolio(s, "Alpha"), add_portfolio(s, "Beta Zebra")
        a1 = add_project(s, "A-1", alpha, name="Checkout revamp")
        a2 = add_project(s, "A-2", alpha, name="Quiet project")
        a3 = add_project(s, "A-3", alpha, name="Hostile minutes")
        lower = add_project(s, "a-1", alpha, name="Another project, same key in lower case")
        b1 = add_project(s, "BETA-1", beta, name="Zebra secret")
        s.add_all([
            Document(project_id=a1.id, kind="meeting_minutes", title="Kickoff",
                     body="Ann: We decided to paint every screen blue for the launch.\n"
                          "Ann: Action: Bo will order the blue servers by Friday.",
                     created_at=dt.datetime(2026, 4, 20, 10)),
            Document(project_id=a1.id, kind="meeting_minutes", title="Checkout sync",
                     body=MEETING, created_at=dt.datetime(2026, 5, 4, 10)),
            Document(project_id=a1.id, kind="status_note", title="Status after the sync",
                     body="All on track, the decision stands.",
                     created_at=dt.datetime(2026, 5, 6, 10)),
            Document(project_id=lower.id, kind="meeting_minutes", title="Lower-case minutes",
                     body="Vic: We decided to rename the violet project entirely.",
                     created_at=dt.datetime(2026, 6, 1, 10)),
            Document(project_id=a2.id, kind="status_note", title="Quiet status",
                     body="Nothing to report.", created_at=dt.datetime(2026, 5, 6, 10)),
            Document(project_id=a3.id, kind="meeting_minutes",
                     title="<img src=x onerror=alert(9)> [x](javascript:alert(3))",
                     body=HOSTILE_MINUTES, created_at=dt.datetime(2026, 5, 7, 10)),
            Document(project_id=b1.id, kind="meeting_minutes", title="Zebra minutes",
                     body="Zara: We decided the zebra launch is secret.\n"
                          "Zara: Action: Zed will hide the zebra plans by Friday.",
                     created_at=dt.datetime(2026, 5, 1, 10)),
        ])
        alpha_id = alpha.id
    url = db.kw["bind"].url.render_as_string(hide_password=False)
    settings = Settings(data_dir=tmp_path, database_url=url, secret_key=TEST_SECRET,
                        forecast_on_start=False, copilot_index_on_start=False)
    alice = Viewer("alice", "manager", Scope.of(alpha_id))
    apps = {"alice": create_app(settings, resolve_viewer=as_viewer(alice), start=False),
            "admin": create_app(settings, resolve_viewer=as_viewer(Viewer.system()),
                                start=False)}
    for app in apps.values():
        app.server.test_client().get("/healthz")  # registers Dash's page router
    yield db, apps
    for app in apps.values():
        app.server.extensions["dashboard"].stop()


def card(app, key: str) -> Any:
    """The callback's output for the project ``key``, as the browser receives it."""
    out = call(app.server.test_client(), OUTPUT, [("project-key", "data", key)])
    return out["project-meeting"]["children"]


def latest_minutes(db, key: str) -> tuple[int, str, dt.datetime]:
    """The project's newest meeting minutes, by the test's own query."""
    with db() as s:
        row = s.execute(
            select(Document.id, Document.title, Document.created_at)
            .join(Project, Project.id == Document.project_id)
            .where(Project.key == key, Document.kind == "meeting_minutes")
            .order_by(Document.created_at.desc(), Document.id.desc()).limit(1)).one()
    return row[0], row[1], row[2]


def items(tree: Any, section: str) -> list[dict[str, Any]]:
    return [n for n in nodes(by_id(tree, section)) if n.get("type") == "Li"]


def point_text(item: dict[str, Any]) -> str:
    """A point's own words, without its "(passage)" link."""
    return "".join(c for c in item["props"]["children"] if isinstance(c, str))


def link_of(item: dict[str, Any]) -> str:
    (href,) = [n["props"]["href"] for n in nodes(item) if n.get("type") == "Link"]
    return href


def turn_line(number: int) -> str:
    """What was said at a turn of the fixture meeting (its non-empty lines, from 0)."""
    lines = [line for line in MEETING.split("\n") if line.strip()]
    return lines[number].split(":", 1)[1].strip()


def test_the_card_shows_the_latest_meetings_decisions_and_actions_linked(world):
    db, apps = world
    doc_id, title, created = latest_minutes(db, "A-1")
    assert title == "Checkout sync"  # the status note after it and the older minutes: not it
    tree = card(apps["alice"], "A-1")
    assert text(by_id(tree, "project-meeting-title")) == title
    assert by_id(tree, "project-meeting-title")["props"]["href"] == f"/documents/{doc_id}"
    assert text(by_id(tree, "project-meeting-date")) == f"{created.day} {created:%b %Y}"

    decisions = items(tree, "project-meeting-decisions")
    said = [turn_line(t) for t in LABELS["decisions"]]
    assert len(decisions) == len(said)
    for item, line in zip(decisions, said, strict=True):
        assert point_text(item).strip() in line, (point_text(item), line)

    actions = items(tree, "project-meeting-actions")
    assert len(actions) == len(LABELS["action_items"])
    for label in LABELS["action_items"]:
        assert any(text(i).startswith(label["who"] + ": ") and label["what"] in text(i)
                   and f"by {written(label['due'])}" in text(i) for i in actions), label
    assert items(tree, "project-meeting-summary") and items(tree, "project-meeting-risks")

    shown = json.dumps(tree)
    assert "blue" not in shown and "violet" not in shown  # older minutes, another project
    links = [n["props"]["href"] for n in nodes(tree) if n.get("type") == "Link"]
    assert links and all(h.startswith(f"/documents/{doc_id}") for h in links)
    # each decision and action opens the minutes at a passage that says it
    for item, words in [*zip(decisions, [point_text(d).strip() for d in decisions],
                             strict=True),
                        *[(a, next(lb["what"] for lb in LABELS["action_items"]
                                   if lb["what"] in text(a))) for a in actions]]:
        path, search = link_of(item).split("?")
        assert path == f"/documents/{doc_id}" and search.startswith("passage=")
        page = render(apps["alice"], path, "?" + search)
        (focus,) = by_class(page, "document-passage-focus")
        assert words in body_text(focus), (words, search)


def test_a_project_without_minutes_says_so_in_one_line(world):
    _db, apps = world
    tree = card(apps["alice"], "A-2")
    assert text(by_id(tree, "project-meeting-none")) == "No meeting minutes for this project yet."
    assert [n for n in nodes(tree) if n.get("type") in ("Link", "Li")] == []
    page = render(apps["alice"], "/projects/A-2")  # the page has the card's place
    assert by_id(page, "project-meeting") is not None


def test_another_portfolios_project_gets_nothing(world):
    _db, apps = world
    for key in ("BETA-1", "beta-1", "NO-SUCH", "<script>"):
        tree = card(apps["alice"], key)
        assert tree is None, key
    assert "zebra" not in json.dumps(card(apps["alice"], "A-1")).lower()
    admin = json.dumps(card(apps["admin"], "BETA-1"))
    assert "zebra launch is secret" in admin and "Zed" in admin  # the check can see a leak


def test_hostile_minutes_are_shown_as_text_and_long_parts_link_to_the_rest(world):
    db, apps = world
    doc_id, _title, _created = latest_minutes(db, "A-3")
    tree = card(apps["alice"], "A-3")
    types = {n.get("type") for n in nodes(tree)}
    assert not types & {"Script", "Img", "Iframe", "Markdown", "Embed", "Object"}
    hrefs = [n["props"].get("href") for n in nodes(tree) if n["props"].get("href")]
    assert hrefs and all(h.startswith(f"/documents/{doc_id}") for h in hrefs)
    assert text(by_id(tree, "project-meeting-title")) == \
        "<img src=x onerror=alert(9)> [x](javascript:alert(3))"
    assert "[it](javascript:alert(1))" in text(by_id(tree, "project-meeting-decisions"))
    shown = json.dumps(tree, ensure_ascii=False)
    assert "\u202e" not in shown and "\x07" not in shown and "\\u0007" not in shown
    actions = items(tree, "project-meeting-actions")
    assert len(actions) == MEETING_POINTS and all("<script>alert(" in text(a) for a in actions)
    more = by_class(by_id(tree, "project-meeting-actions"), "digest-more")
    assert text(more) == f"{HOSTILE_ACTIONS - MEETING_POINTS} more in the minutes"
    assert [n["props"]["href"] for n in nodes(more) if n.get("type") == "Link"] == \
        [f"/documents/{doc_id}"]


def test_a_database_down_shows_the_alert(tmp_path):
    app = create_app(Settings(data_dir=tmp_path, database_url=DEAD_DATABASE,
                              secret_key=TEST_SECRET), resolve_viewer=everyone_is_system,
                     start=False)
    assert "cannot be reached" in json.dumps(card(app, "A-1"))


def written(iso: str) -> str:
    """A labelled day ("2026-05-07") as the pages write a day: "7 May 2026"."""
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {day:%b %Y}"
