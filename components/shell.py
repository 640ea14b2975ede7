"""The frame around every page: navbar and content container."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import dcc, html

NAV_LINKS = [("Overview", "/"), ("Projects", "/projects"), ("Resources", "/resources"),
             ("Forecasts", "/forecasts")]


def navbar(links: list[tuple[str, str]] = NAV_LINKS) -> dbc.Navbar:
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
            ],
            fluid=True,
        ),
        color="dark",
        dark=True,
        className="mb-3",
    )


def shell(page_container) -> html.Div:
    return html.Div(
        [dcc.Location(id="shell-url"), navbar(), dbc.Container(page_container, fluid=True)]
    )
