"""A friendly page for unknown addresses instead of Dash's bare 404."""

from __future__ import annotations

from dash import dcc, html

TITLE = "Not found"


def layout(**_query) -> html.Div:
    return html.Div(
        [
            html.H2("Page not found"),
            html.P("There is nothing at this address."),
            dcc.Link("Back to the overview", href="/"),
        ],
        id="not-found",
    )
