"""The document view's pieces: a document's header, its passages (the cited or searched one
highlighted) and a meeting's digest, each point linking to the passage it came from (the
project page's "Latest meeting" card shows the same digest).

Documents are hostile input: every piece of their text goes through ``plain_text`` and is
rendered as a string child (React escapes it), never as Markdown or HTML, so a ``<script>``,
an image or a ``[link](javascript:...)`` in a document shows as the characters it is.
Pure builders over duck-typed rows (``models.copilot.documents.OpenDocument`` and its parts).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import urlencode

import dash_bootstrap_components as dbc
from dash import dcc, html

from components.attrs import attrs
from components.markdown import plain_text
from components.words import day, plural

PREFIX = "document"
KIND_LABELS = {"meeting_minutes": "Meeting minutes", "status_note": "Status note",
               "spec": "Specification"}
_SPEAKER = re.compile(r"^\s*([^:\n]{1,40}):\s")  # "Mei: ..." (display only)
_WORD = re.compile(r"(\w[\w'’-]*)")

Marker = Callable[[str], bool]


def document_href(doc_id: int, passage: str | None = None, query: str | None = None) -> str:
    """The document view's address, at a passage or a search."""
    params = {k: v for k, v in (("passage", passage), ("q", query)) if v}
    return f"/documents/{int(doc_id)}" + (f"?{urlencode(params)}" if params else "")


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, plain_text(kind, 40).replace("_", " ").capitalize())


def header(doc: Any, passages: int, words: int) -> html.Div:
    """Title, project (a link), portfolio, kind and date."""
    return html.Div([
        html.H1(plain_text(doc.title, 300) or "Untitled document", id=f"{PREFIX}-title",
                className="h2 page-title"),
        html.Div([
            dbc.Badge(kind_label(doc.kind), color="secondary", className="me-2",
                      id=f"{PREFIX}-kind"),
            html.Span(day(doc.created_at) if doc.created_at else "",
                      className="me-2 text-nowrap", id=f"{PREFIX}-date"),
            html.Span(["Project ",
                       dcc.Link(f"{doc.project_key} {plain_text(doc.project_name, 200)}",
                                href=f"/projects/{doc.project_key}", id=f"{PREFIX}-project")],
                      className="me-2"),
            html.Span(f"Portfolio {plain_text(doc.portfolio, 200)}",
                      className="me-2 text-body-secondary text-nowrap"),
            html.Small(f"{plural(passages, 'passage')} · {plural(words, 'word')}",
                       className="text-body-secondary text-nowrap"),
        ], className="mb-3 document-facts"),
    ])


def search_form(doc_id: int, query: str | None) -> html.Form:
    """Find words in this document: a plain GET form (no callback), so the address says what
    is searched and can be shared."""
    return html.Form([
        dbc.Label("Find in this document", html_for=f"{PREFIX}-q", className="visually-hidden"),
        dbc.InputGroup([
            dbc.Input(id=f"{PREFIX}-q", name="q", type="search", value=query or "",
                      maxLength=200, placeholder="Find in this document…", size="sm"),
            dbc.Button("Find", type="submit", color="secondary", outline=True, size="sm",
                       id=f"{PREFIX}-find"),
        ], size="sm"),
    ], method="get", action=document_href(doc_id), role="search", className="mb-3",
        id=f"{PREFIX}-search")


def notice(message: str, color: str = "info", notice_id: str = f"{PREFIX}-notice") -> dbc.Alert:
    return dbc.Alert(html.Div(message, role="status"), color=color, className="py-2",
                     id=notice_id)


def _marked(text: str, marker: Marker | None) -> list[Any]:
    """Text with the searched words in ``<mark>``; runs of other text stay one string."""
    if marker is None:
        return [text]
    out: list[Any] = []
    plain: list[str] = []
    for part in _WORD.split(text):
        if part and _WORD.fullmatch(part) and marker(part):
            if plain:
                out.append("".join(plain))
                plain = []
            out.append(html.Mark(part))
        elif part:
            plain.append(part)
    if plain:
        out.append("".join(plain))
    return out


def turn(line: str, marker: Marker | None) -> html.P:
    """One line of a document; a transcript's speaker in bold."""
    found = _SPEAKER.match(line)
    if found:
        rest = line[found.end():]
        return html.P([html.Strong(found.group(1).strip() + ": "), *_marked(rest, marker)],
                      className="document-turn")
    return html.P(_marked(line, marker), className="document-turn")


def passage_block(p: Any, doc_id: int, focus: bool, hit: bool, marker: Marker | None,
                  label: str | None = None) -> html.Section:
    """A passage as a section the address can point at (``?passage=d12-p3``); the focused one
    carries ``document-passage-focus`` (highlighted, scrolled into view by assets/document.js)."""
    lines = [line for line in plain_text(p.text).split("\n") if line.strip()]
    classes = "document-passage"
    if focus:
        classes += " document-passage-focus"
    elif hit:
        classes += " document-passage-hit"
    extra = attrs({"aria-current": "true", "aria-label": label or "Highlighted passage"}) \
        if focus else {}
    return html.Section([
        html.Div([
            html.Span(label, className="badge text-bg-warning me-2 document-focus-label")
            if focus and label else None,
            dcc.Link(f"Passage {p.index + 1}", href=document_href(doc_id, p.id),
                     className="document-passage-link", title="Link to this passage"),
        ], className="document-passage-meta small"),
        *[turn(line, marker) for line in lines],
    ], id=f"{PREFIX}-passage-{p.id}", className=classes, tabIndex="-1",
        **attrs({"data-passage": p.id}), **extra)


def passages_view(passages: Sequence[Any], doc_id: int, focus: str | None,
                  hits: Sequence[str], marker: Marker | None, label: str | None) -> html.Div:
    hit_set = set(hits)
    return html.Div([passage_block(p, doc_id, p.id == focus, p.id in hit_set,
                                   marker if p.id in hit_set else None,
                                   label if p.id == focus else None)
                     for p in passages], id=f"{PREFIX}-text", className="document-text")


def _point_link(doc_id: int, passage_id: str, text: str) -> dcc.Link:
    return dcc.Link(text, href=document_href(doc_id, passage_id), className="small ms-1",
                    title="Open the passage this comes from")


_HEADINGS = {3: html.H3, 4: html.H4}


def _section(title: str, items: list[Any], total: int, doc_id: int, section_id: str,
             empty: str, level: int) -> html.Div:
    """One part of a digest: its heading, the items shown, and a link to the minutes for the
    ones left out (``total`` counts them all)."""
    more = total - len(items)
    return html.Div([
        _HEADINGS[level](title, className="h6 mt-3 mb-1"),
        html.Ul(items, className="small ps-3 mb-1") if items
        else html.P(empty, className="small text-body-secondary mb-1"),
        html.P(dcc.Link(f"{more} more in the minutes", href=document_href(doc_id)),
               className="small mb-1 digest-more") if more > 0 else None,
    ], id=section_id)


def _points(title: str, points: Sequence[Any], doc_id: int, section_id: str, empty: str,
            level: int, limit: int | None) -> html.Div:
    items = [html.Li([plain_text(pt.text, 600), _point_link(doc_id, pt.passage_id, "(passage)")])
             for pt in points[:limit]]
    return _section(title, items, len(points), doc_id, section_id, empty, level)


def _due(item: Any, today: dt.date | None) -> str:
    """" — by 11 Dec 2026", and "(passed)" when that day is gone: no longer an open action
    (``ActionItem.open_on``), as the reports and the copilot count them."""
    if item.due is not None:
        passed = " (passed)" if today is not None and not item.open_on(today) else ""
        return f" — by {day(item.due)}{passed}"
    return f" — {plain_text(item.due_text, 60)}" if item.due_text else ""


def digest_sections(digest: Any, doc_id: int, prefix: str = PREFIX, level: int = 3,
                    limit: int | None = None, today: dt.date | None = None) -> list[Any]:
    """A meeting's summary, decisions, actions (who, what, by when) and risks, each point
    linking to the passage it was taken from, and how the digest was made (extractive, picked
    from the minutes, unless a model wrote it, which it says). The one renderer of a digest:
    the document view shows all of it, the project page at most ``limit`` points a part.
    Section ids are ``<prefix>-summary``, ``-decisions``, ``-actions``, ``-risks``."""
    actions = [html.Li([html.Strong(plain_text(a.who, 60) or "Someone"), ": ",
                        plain_text(a.what, 400), _due(a, today),
                        _point_link(doc_id, a.passage_id, "(passage)")])
               for a in digest.action_items[:limit]]
    method = ("Picked from the minutes' own sentences, without a model."
              if digest.method == "extractive"
              else f"Written by a model ({plain_text(digest.method, 60)}); check it against "
                   "the passages.")
    return [
        html.Small(method, className="text-body-secondary d-block", id=f"{prefix}-digest-method"),
        _points("Summary", digest.summary, doc_id, f"{prefix}-summary", "No summary.", level,
                limit),
        _points("Decisions", digest.decisions, doc_id, f"{prefix}-decisions",
                "No decision recorded.", level, limit),
        _section("Actions and commitments", actions, len(digest.action_items), doc_id,
                 f"{prefix}-actions", "No action item recorded.", level),
        _points("Risks", digest.risks, doc_id, f"{prefix}-risks", "No risk raised.", level,
                limit),
    ]


def digest_card(digest: Any, doc_id: int, today: dt.date | None = None) -> dbc.Card:
    """The document view's digest of a meeting, beside its text."""
    return dbc.Card(dbc.CardBody([html.H2("Meeting digest", className="h5 mb-1"),
                                  *digest_sections(digest, doc_id, today=today)]),
                    className="mb-3 document-digest", id=f"{PREFIX}-digest")


def latest_meeting_card(meeting: Any | None, prefix: str, limit: int = 5,
                        today: dt.date | None = None) -> dbc.Card:
    """A project's newest meeting minutes (``models.copilot.documents.MeetingDigestRow``):
    title and date linking to the minutes, then the digest, at most ``limit`` points a part.
    ``None``: one line saying the project has none."""
    heading = html.H3("Latest meeting", className="h5 mb-1")
    if meeting is None:
        body = [heading, html.P("No meeting minutes for this project yet.",
                                className="small text-body-secondary mb-0", id=f"{prefix}-none")]
    else:
        body = [heading,
                html.Div([dcc.Link(plain_text(meeting.title, 300) or "Untitled minutes",
                                   href=document_href(meeting.doc_id), id=f"{prefix}-title",
                                   className="fw-semibold"), " ",
                          html.Small(day(meeting.date), id=f"{prefix}-date",
                                     className="text-body-secondary text-nowrap")],
                         className="mb-1"),
                *digest_sections(meeting.digest, meeting.doc_id, prefix, level=4, limit=limit,
                                 today=today)]
    return dbc.Card(dbc.CardBody(body), className="mb-3 meeting-card", id=f"{prefix}-card")


def hits_note(doc_id: int, query: str, hits: Sequence[str], passages: Sequence[Any]) -> Any:
    """What a search in the document found: the matching passages, the best highlighted."""
    if not hits:
        return notice(f"No passage of this document mentions “{query}”.", "warning")
    index = {p.id: p.index for p in passages}
    links: list[Any] = []
    for pid in hits:
        links += [", " if links else "", dcc.Link(f"passage {index[pid] + 1}",
                                                  href=document_href(doc_id, pid, query),
                                                  className="alert-link")]
    count = len(hits)
    message = [f"{plural(count, 'passage mentions', 'passages mention')} “{query}” (words marked); "
               "the best is highlighted: ", *links, "."]
    return dbc.Alert(html.Div(message, role="status"), color="info", className="py-2",
                     id=f"{PREFIX}-notice")
