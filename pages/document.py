"""A document at /documents/<id>: its full text in passages, the cited one highlighted.

``?passage=d12-p3`` (what a copilot citation carries) highlights that passage and scrolls it into
view (assets/document.js); ``?q=words`` finds the passages of this document that mention the
words, marks them and highlights the best. Meeting minutes show their digest (summary,
decisions, actions and commitments, risks), each point linking to its passage.

A document outside the viewer's portfolios reads exactly like one that does not exist: the
friendly not-found page. The address is hostile input: the id must be a plain number, the
passage an id of this very document (anything else is ignored, with a note), the search is
bounded. No callback: the page is its layout, and the search box is a plain GET form.
"""

from __future__ import annotations

import re
from typing import Any

import dash_bootstrap_components as dbc
from dash import html
from sqlalchemy.exc import SQLAlchemyError

from components import documents as view
from components.feedback import error_alert, not_found
from data.viewer import Viewer
from models.copilot import documents as docs
from models.copilot.passages import parse_passage_id, passage_id
from pages.common import Callback, PageServices

PATH_TEMPLATE = "/documents/<doc>"
TITLE = "Document"
CALLBACKS: list[Callback] = []
ID_PATTERN = re.compile(r"^[0-9]{1,12}$")
MAX_PASSAGE_CHARS = 40
MAX_SHOWN = 300  # passages rendered at once (about 36,000 words): a window round the focus
MAX_HITS = 5


def parse_id(value: Any) -> int | None:
    """The address's document part: a plain positive number, else ``None``."""
    if not isinstance(value, str) or not ID_PATTERN.fullmatch(value):
        return None
    number = int(value)
    return number if number > 0 else None


def parse_text(value: Any, limit: int) -> str | None:
    """A query parameter as bounded text; a repeated one (a list) or anything else: ``None``."""
    if not isinstance(value, str):
        return None
    text = re.sub(r"[\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069\ud800-\udfff]", "", value).strip()
    return text[:limit] or None


def focus_of(opened: Any, wanted: str | None) -> str | None:
    """``wanted`` when it names a passage of this document (``d012-p3`` reads as ``d12-p3``)."""
    parsed = parse_passage_id(wanted) if wanted else None
    if parsed is None or parsed[0] != opened.document.id:
        return None
    pid = passage_id(*parsed)
    return pid if opened.passage(pid) is not None else None


def window(passages: list[Any], focus: str | None) -> tuple[list[Any], bool]:
    """At most ``MAX_SHOWN`` passages, centred on the focus; whether some were left out."""
    if len(passages) <= MAX_SHOWN:
        return passages, False
    at = next((i for i, p in enumerate(passages) if p.id == focus), 0)
    start = max(0, min(at - MAX_SHOWN // 2, len(passages) - MAX_SHOWN))
    return passages[start:start + MAX_SHOWN], True


def layout(services: PageServices, viewer: Viewer, doc: Any = None, passage: Any = None,
           q: Any = None, **_query: Any) -> html.Div:
    doc_id = parse_id(doc)
    if doc_id is None:
        return not_found("document")
    wanted = parse_text(passage, MAX_PASSAGE_CHARS)
    query = parse_text(q, docs.MAX_QUERY_CHARS)
    try:
        opened = services.cached("document.open", viewer, {"id": doc_id},
                                 lambda s: docs.open_document(s, viewer.scope, doc_id))
    except SQLAlchemyError:
        return html.Div([html.H1("Document", className="h2"), error_alert()])
    if opened is None:
        return not_found("document")
    notes: list[Any] = []
    focus = focus_of(opened, wanted)
    if passage is not None and focus is None:
        notes.append(view.notice("That passage is not part of this document (it may have "
                                 "changed since it was cited); showing the document from the "
                                 "start.", "warning", f"{view.PREFIX}-passage-missing"))
    hits = docs.find_passages(opened.passages, query, MAX_HITS) if query else []
    if query:
        notes.append(view.hits_note(doc_id, query, hits, opened.passages))
    label = None
    if focus is not None:
        label = "Cited passage"
    elif hits:
        focus, label = hits[0], "Best match"
    terms = docs.query_terms(query)
    marker = (lambda word: docs.word_matches(word, terms)) if terms else None
    shown, cut = window(opened.passages, focus)
    if cut:
        notes.append(view.notice(f"A long document: showing passages {shown[0].index + 1}–"
                                 f"{shown[-1].index + 1} of {len(opened.passages)}.",
                                 "secondary", f"{view.PREFIX}-window"))
    words = sum(p.words for p in opened.passages)
    text: Any = view.passages_view(shown, doc_id, focus, hits, marker, label)
    if not opened.passages:
        text = html.P("This document is empty.", className="text-body-secondary",
                      id=f"{view.PREFIX}-text")
    main = [view.search_form(doc_id, query), *notes, text]
    if opened.digest is None:
        body: Any = html.Div(main)
    else:  # the digest first on a phone, beside the text on a wide screen
        body = dbc.Row([
            dbc.Col(main, lg=8, className="order-2 order-lg-1"),
            dbc.Col(view.digest_card(opened.digest, doc_id, services.today()), lg=4,
                    className="order-1 order-lg-2"),
        ])
    return html.Div([view.header(opened.document, len(opened.passages), words), body],
                    id=f"{view.PREFIX}-page")
