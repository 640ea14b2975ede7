"""The frame around every page: navbar and content container."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import dcc, html

NAV_LINKS = [("Overview", "/"), ("Projects", "/projects"), ("Resources", "/resources"),
             ("Forecasts", "/forecasts"), ("AI usage", "/ai-usage")]


def navbar(links: list[tuple[str, str]] = NAV_LINKS, extra=None) -> dbc.Navbar:
    return dbc.Navbar(
        dbc.Container(
            [
                dbc.NavbarBrand("Portfolio dashboard", href="/"),
                dbc.Nav(
                    [
                        dbc.NavItem(dbc.NavLink(label, href=href, active="exact", id=f"nav-{i}"))
                        for i, (label, href) in enumerate(links)
                    ],
                    navbar=True,
                ),
                *([extra] if extra is not None else []),
            ],
            fluid=True,
        ),
        color="dark",
        dark=True,
        className="mb-3",
    )


def shell(page_container, sidebar=None, links: list[tuple[str, str]] = NAV_LINKS,
          extra=None) -> html.Div:
    """The page, with the copilot ``sidebar`` (when given) beside it on wide screens; ``links``
    are the viewer's pages and ``extra`` goes at the navbar's end (who is signed in)."""
    body = page_container
    if sidebar is not None:
        body = dbc.Row([dbc.Col(page_container, lg=8, xl=9),
                        dbc.Col(sidebar, lg=4, xl=3, className="mb-3")])
    return html.Div(
        [dcc.Location(id="shell-url"), navbar(links, extra), dbc.Container(body, fluid=True)]
    )
