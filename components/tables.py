"""Tables built from plain rows: text is escaped by Dash, keys link to the detail pages."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

import dash_bootstrap_components as dbc
from dash import dcc, html

from components.attrs import attrs
from components.feedback import empty_note, scroll_region
from components.forecast_figures import driver_text, probability_badge
from components.markdown import plain_text
from components.plain import Plain, child, element
from components.theme import HEALTH_LABELS
from components.words import day, is_over, item_status, load_words, percent

# (sort name or None, header label, cell class: hidden on small screens / never wrapped)
WIDE = "d-none d-md-table-cell"
PROJECT_COLUMNS: list[tuple[str | None, str, str]] = [
    ("key", "Key", "nowrap"), ("name", "Name", "name-cell"), ("portfolio", "Portfolio", WIDE),
    ("status", "Status", "nowrap"), ("priority", "Priority", WIDE), ("owner", "Owner", WIDE),
    ("due", "Due", "nowrap"), ("progress", "Progress", WIDE), ("health", "Health", "nowrap"),
    ("p_on_time", "P(on time)", "nowrap"), ("p85", "P85 date", "nowrap " + WIDE),
    (None, "Top driver", "driver-cell d-none d-xxl-table-cell")]


def _date(value: Any) -> str:
    return day(value) if value else ""


def health_badge(state: str) -> Plain:
    """Health in words on its colour-blind-safe colour (``assets/dashboard.css``)."""
    return element(html.Span, HEALTH_LABELS.get(state, state), className=f"badge health-{state}")


def person_href(name: str) -> str:
    return "/people/" + quote(name, safe="")


def person_link(name: str | None) -> Any:
    """A person's name linking to their page ("—" for nobody)."""
    if not name:
        return "—"
    return dcc.Link(name, href=person_href(name))


def project_link(key: str, name: str) -> html.Span:
    """A project by name (key beside it, smaller), linking to its page."""
    return html.Span([dcc.Link(name, href=f"/projects/{key}"),
                      html.Small(f" {key}", className="text-body-secondary text-nowrap")])


def progress_cell(progress: float) -> Plain:
    """The share done in words, with a thin bar beside it for the eye (hidden from readers)."""
    width = f"{max(0.0, min(1.0, progress)) * 100:.0f}%"
    return element(html.Div, [
        element(html.Span, percent(progress), className="progress-text"),
        element(html.Div, element(html.Div, className="progress-fill", style={"width": width}),
                className="progress-track", **attrs({"aria-hidden": "true"})),
    ], className="progress-cell")


def sort_header(prefix: str, sort: str, descending: bool) -> html.Tr:
    """Clickable column headers; the active one shows its direction (and says it to screen
    readers with ``aria-sort``)."""
    cells = []
    for name, label, css in PROJECT_COLUMNS:
        header_class = css.replace("name-cell", "")
        if name is None:
            cells.append(html.Th(label, className=header_class, scope="col"))
            continue
        arrow = (" ▼" if descending else " ▲") if name == sort else ""
        state = ("descending" if descending else "ascending") if name == sort else "none"
        cells.append(html.Th(html.Button(
            label + arrow, id={"type": f"{prefix}-sort", "column": name}, n_clicks=0,
            className="btn btn-link btn-sm p-0 text-decoration-none sort-button",
            title=f"Sort by {label}"), className=header_class, scope="col",
            **attrs({"aria-sort": state})))
    return html.Tr(cells)


def project_table(rows: Sequence, table_id: str, header: html.Tr | None = None,
                  row_prefix: str | None = None):
    """Projects with progress and health; rows are clickable when ``row_prefix`` is given. The
    rows are plain data (``components.plain``): most of the projects page's time was theirs."""
    if not rows:
        return empty_note()
    if header is None:
        header = html.Tr([html.Th(label, className=css.replace("name-cell", ""), scope="col")
                          for _, label, css in PROJECT_COLUMNS])
    classes = [css for _, _, css in PROJECT_COLUMNS]

    def cells(r: Any) -> list[Plain]:
        values = [
            element(dcc.Link, r.key, href=f"/projects/{r.key}"),
            element(dcc.Link, r.name, href=f"/projects/{r.key}", className="text-reset"),
            r.portfolio, r.status, r.priority, r.owner, _date(r.due_date),
            progress_cell(r.progress),
            health_badge(r.health), probability_badge(r.p_on_time), _date(r.p85_date),
            element(html.Small, driver_text(r.drivers[0]) if r.drivers else ""),
        ]
        return [element(html.Td, v, className=c) for v, c in zip(values, classes, strict=True)]

    body = [
        element(html.Tr, cells(r),
                **({"id": {"type": row_prefix, "key": r.key}, "n_clicks": 0,
                    "className": "clickable-row"} if row_prefix else {}))
        for r in rows
    ]
    return scroll_region(dbc.Table([html.Thead(header), html.Tbody(child(body))], id=table_id,
                                   striped=True, hover=True, size="sm",
                                   className="project-table"), "Projects")


def load_badge(load: float) -> html.Span:
    """A load in percent, marked when over capacity (``data.metrics.is_over_allocated`` is the
    rule; the caller passes loads the data layer computed)."""
    return html.Span(load_words(load),
                     className="badge " + ("load-over" if is_over(load) else "load-ok"))


def simple_table(columns: list[str], rows: list[list], table_id: str, empty: str,
                 label: str | None = None) -> Any:
    """A plain table of already formatted cells (strings or components), scrolling sideways
    by keyboard on a small screen."""
    if not rows:
        return empty_note(empty)
    return scroll_region(dbc.Table(
        [html.Thead(html.Tr([html.Th(c, scope="col") for c in columns])),
         html.Tbody([html.Tr([html.Td(cell) for cell in row]) for row in rows])],
        className="data-table mb-1", id=table_id, striped=True, size="sm",
    ), label or columns[0])


def items_table(items: Sequence, table_id: str):
    return simple_table(
        ["Title", "Kind", "Status", "Points", "Assignee", "Done"],
        [[i.title, i.kind.replace("_", " "), html.Span(item_status(i.status),
                                                        className="text-nowrap"), i.points,
          person_link(i.assignee),
          html.Span(_date(i.done_at.date() if i.done_at else None), className="text-nowrap")]
         for i in items],
        table_id, "No work items.")


def people_table(people: Sequence, table_id: str):
    return simple_table(
        ["Person", "Role", "Share here today", "Load this week", "Until"],
        [[person_link(p.name), p.role, percent(p.share), load_badge(p.total_load),
          html.Span(_date(p.period_end), className="text-nowrap")] for p in people],
        table_id, "Nobody is allocated right now.")


def documents_list(docs: Sequence, list_id: str):
    if not docs:
        return empty_note("No documents yet.")
    return dbc.ListGroup(
        [dbc.ListGroupItem([
            html.Div([dcc.Link(html.Strong(plain_text(d.title, 300) or "Untitled"),
                               href=f"/documents/{int(d.id)}", className="document-link"), " ",
                      dbc.Badge(plain_text(d.kind, 40).replace("_", " "), color="secondary"),
                      html.Small(" " + day(d.created_at),
                                 className="text-body-secondary text-nowrap")]),
            html.Small(plain_text(d.excerpt, 300) + ("…" if len(d.excerpt) >= 240 else ""),
                       className="text-body-secondary"),
        ], id=f"{list_id}-{d.id}") for d in docs],
        id=list_id,
    )


def overallocated_table(rows: Sequence, table_id: str):
    return simple_table(
        ["Person", "Role", "Load this week", "Projects this week"],
        [[person_link(r.name), r.role, load_badge(r.load), r.projects] for r in rows],
        table_id, "Nobody is over-allocated this week.")
