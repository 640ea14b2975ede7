"""Tables built from plain rows: text is escaped by Dash, keys link to the detail pages."""

from __future__ import annotations

from collections.abc import Sequence

import dash_bootstrap_components as dbc
from dash import dcc, html

from components.feedback import empty_note
from components.forecast_figures import driver_text, probability_badge

# (sort name, header label)
PROJECT_COLUMNS = [("key", "Key"), ("name", "Name"), ("portfolio", "Portfolio"),
                   ("status", "Status"), ("priority", "Priority"), ("owner", "Owner"),
                   ("due", "Due"), ("progress", "Progress"), (None, "Health"),
                   ("p_on_time", "P(on time)"), (None, "P85"), (None, "Top driver")]
HEALTH_BADGES = {"late": ("Late", "danger"), "at_risk": ("At risk", "warning"),
                 "on_track": ("On track", "success"), "closed": ("Closed", "secondary")}


def _date(value) -> str:
    return value.isoformat() if value else ""


def _pct(value: float) -> str:
    return f"{value:.0%}"


def health_badge(state: str) -> dbc.Badge:
    label, color = HEALTH_BADGES.get(state, (state, "secondary"))
    return dbc.Badge(label, color=color)


def sort_header(prefix: str, sort: str, descending: bool) -> html.Tr:
    """Clickable column headers; the active one shows its direction."""
    cells = []
    for name, label in PROJECT_COLUMNS:
        if name is None:
            cells.append(html.Th(label))
            continue
        arrow = (" ▼" if descending else " ▲") if name == sort else ""
        cells.append(html.Th(html.Button(
            label + arrow, id={"type": f"{prefix}-sort", "column": name}, n_clicks=0,
            className="btn btn-link btn-sm p-0 text-decoration-none fw-semibold")))
    return html.Tr(cells)


def project_table(rows: Sequence, table_id: str, header: html.Tr | None = None,
                  row_prefix: str | None = None):
    """Projects with progress and health; rows are clickable when ``row_prefix`` is given."""
    if not rows:
        return empty_note()
    if header is None:
        header = html.Tr([html.Th(label) for _, label in PROJECT_COLUMNS])
    body = [
        html.Tr(
            [
                html.Td(dcc.Link(r.key, href=f"/projects/{r.key}")),
                html.Td(dcc.Link(r.name, href=f"/projects/{r.key}",
                                 className="text-reset text-decoration-none")),
                html.Td(r.portfolio),
                html.Td(r.status),
                html.Td(r.priority),
                html.Td(r.owner),
                html.Td(_date(r.due_date)),
                html.Td(dbc.Progress(value=round(r.progress * 100),
                                     label=_pct(r.progress) if r.progress >= 0.25 else "",
                                     style={"height": "1.1rem", "minWidth": "5rem"})),
                html.Td(health_badge(r.health)),
                html.Td(probability_badge(r.p_on_time)),
                html.Td(_date(r.p85_date)),
                html.Td(html.Small(driver_text(r.drivers[0]) if r.drivers else "",
                                   className="text-muted")),
            ],
            **({"id": {"type": row_prefix, "key": r.key}, "n_clicks": 0,
                "className": "clickable-row"} if row_prefix else {}),
        )
        for r in rows
    ]
    return dbc.Table([html.Thead(header), html.Tbody(body)], id=table_id, striped=True,
                     hover=True, size="sm", responsive=True)


def simple_table(columns: list[str], rows: list[list], table_id: str, empty: str):
    """A plain table of already formatted cells (strings or components)."""
    if not rows:
        return empty_note(empty)
    return dbc.Table(
        [html.Thead(html.Tr([html.Th(c) for c in columns])),
         html.Tbody([html.Tr([html.Td(cell) for cell in row]) for row in rows])],
        id=table_id, striped=True, size="sm", responsive=True,
    )


def items_table(items: Sequence, table_id: str):
    return simple_table(
        ["Title", "Kind", "Status", "Points", "Assignee", "Done"],
        [[i.title, i.kind.replace("_", " "), i.status.replace("_", " "), i.points,
          i.assignee or "—", _date(i.done_at.date() if i.done_at else None)] for i in items],
        table_id, "No work items.")


def people_table(people: Sequence, table_id: str):
    def load(p):
        color = "danger" if p.total_load > 1 else "secondary"
        return dbc.Badge(_pct(p.total_load), color=color)

    return simple_table(
        ["Person", "Role", "Share here", "Total load", "Until"],
        [[p.name, p.role, _pct(p.share), load(p), _date(p.period_end)] for p in people],
        table_id, "Nobody is allocated right now.")


def documents_list(docs: Sequence, list_id: str):
    if not docs:
        return empty_note("No documents yet.")
    return dbc.ListGroup(
        [dbc.ListGroupItem([
            html.Div([html.Strong(d.title), " ",
                      dbc.Badge(d.kind.replace("_", " "), color="light", text_color="dark"),
                      html.Small(" " + d.created_at.date().isoformat(), className="text-muted")]),
            html.Small(d.excerpt + ("…" if len(d.excerpt) >= 240 else ""),
                       className="text-muted"),
        ], id=f"{list_id}-{d.id}") for d in docs],
        id=list_id,
    )


def overallocated_table(rows: Sequence, table_id: str):
    return simple_table(
        ["Person", "Role", "Load this week", "Projects"],
        [[r.name, r.role, dbc.Badge(_pct(r.load), color="danger"), r.projects] for r in rows],
        table_id, "Nobody is over-allocated this week.")
