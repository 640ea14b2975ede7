"""Tables built from plain rows: escaped by Dash, linked to the detail pages."""

from __future__ import annotations

from collections.abc import Sequence

import dash_bootstrap_components as dbc
from dash import dcc, html

from components.feedback import empty_note

PROJECT_COLUMNS = ["Key", "Name", "Portfolio", "Status", "Priority", "Owner", "Due"]


def project_table(rows: Sequence, table_id: str) -> dbc.Table | html.P:
    if not rows:
        return empty_note()
    body = [
        html.Tr(
            [
                html.Td(dcc.Link(r.key, href=f"/projects/{r.key}")),
                html.Td(r.name),
                html.Td(r.portfolio),
                html.Td(r.status),
                html.Td(r.priority),
                html.Td(r.owner),
                html.Td(r.due_date.isoformat() if r.due_date else ""),
            ]
        )
        for r in rows
    ]
    return dbc.Table(
        [html.Thead(html.Tr([html.Th(c) for c in PROJECT_COLUMNS])), html.Tbody(body)],
        id=table_id,
        striped=True,
        hover=True,
        size="sm",
        responsive=True,
    )
