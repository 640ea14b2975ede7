"""A friendly page for unknown addresses (and unknown projects) instead of a bare 404."""

from __future__ import annotations

from dash import dcc, html

TITLE = "Not found"


def page(what: str) -> html.Div:
    return html.Div(
        [
            html.H2(f"{what.capitalize()} not found"),
            html.P(f"There is no {what} at this address, or you may not see it."),
            dcc.Link("Back to the overview", href="/"), " · ",
            dcc.Link("All projects", href="/projects"),
        ],
        id="not-found",
    )


def layout(**_query) -> html.Div:
    return page("page")
