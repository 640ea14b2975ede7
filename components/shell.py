"""The frame around every page: skip link, navbar, ``main`` landmark and the copilot panel.

Small screens get a collapsing navbar and the copilot as an off-canvas panel opened from a
button; the toggles, the light/dark theme (following the system setting until the viewer picks
one, kept in local storage) and focus handling live in ``assets/ui.js`` (a file, not an inline
script, so a strict Content-Security-Policy holds).
"""

from __future__ import annotations

from typing import Any

import dash_bootstrap_components as dbc
from dash import dcc, html

from components.attrs import attrs

NAV_LINKS = [("Overview", "/"), ("Projects", "/projects"), ("Resources", "/resources"),
             ("Forecasts", "/forecasts"), ("Reports", "/reports"), ("AI usage", "/ai-usage")]
COPILOT_PANEL = "copilot-panel"

# Dash's page template with the document language set (screen readers pick their voice by it).
INDEX_STRING = """<!DOCTYPE html>
<html lang="en">
    <head>
        {%metas%}
        <title>{%title%}</title>
        {%favicon%}
        {%css%}
    </head>
    <body>
        {%app_entry%}
        <footer>
            {%config%}
            {%scripts%}
            {%renderer%}
        </footer>
    </body>
</html>"""


def _toggle(label: str, target: str, button_id: str, class_name: str,
            expanded: bool = False, **extra: Any) -> html.Button:
    return html.Button(label, id=button_id, type="button", className=class_name,
                       **attrs({"data-toggle": target, "aria-controls": target,
                          "aria-expanded": "true" if expanded else "false", **extra}))


def theme_picker() -> html.Div:
    return html.Div([
        html.Label("Theme", htmlFor="theme-select", className="visually-hidden"),
        html.Select([html.Option("System theme", value="system"),
                     html.Option("Light", value="light"), html.Option("Dark", value="dark")],
                    id="theme-select", className="form-select form-select-sm theme-select"),
    ], className="ms-lg-3 my-2 my-lg-0")


def live_parts(poll_ms: int) -> list[Any]:
    """What live updates need on every page (``assets/live.js`` drives them): the store page
    callbacks take as an input (``pages.live``), the fallback poll's timer and the socket's
    hidden trigger; the indicator sits in the navbar (``live_indicator``)."""
    # A click on the hidden "live-kick" button is how an event enters Dash: the renderer runs
    # callbacks for a click, which a prop set from outside a callback does not always get.
    return [dcc.Store(id="live-version", data=None),
            dcc.Interval(id="live-poll", interval=poll_ms),
            html.Button(id="live-kick", n_clicks=0, hidden=True, tabIndex="-1",
                        type="button", **attrs({"aria-hidden": "true"}))]


def live_indicator() -> html.Span:
    """Connected / polling / reconnecting / offline, and when the data last changed; a polite
    status region, so a screen reader hears it without moving focus."""
    return html.Span("Connecting…", id="live-status", role="status",
                     className="live-status live-connecting small",
                     title="Live updates: connecting")


def navbar(links: list[tuple[str, str]] = NAV_LINKS, extra: Any = None,
           live: bool = False) -> html.Header:
    return html.Header(dbc.Navbar(
        dbc.Container(
            [
                dbc.NavbarBrand("Portfolio dashboard", href="/"),
                *([live_indicator()] if live else []),
                html.Div([
                    _toggle("Copilot", COPILOT_PANEL, "copilot-open",
                            "btn btn-outline-light btn-sm d-lg-none me-2"),
                    _toggle("Menu", "nav-links", "nav-toggle",
                            "btn btn-outline-light btn-sm d-lg-none"),
                ], className="d-flex order-lg-last"),
                html.Div([
                    dbc.Nav(
                        [dbc.NavItem(dbc.NavLink(label, href=href, active="exact",
                                                 id=f"nav-{i}"))
                         for i, (label, href) in enumerate(links)],
                        navbar=True, className="me-auto",
                    ),
                    theme_picker(),
                    *([extra] if extra is not None else []),
                ], id="nav-links", className="collapse navbar-collapse"),
            ],
            fluid=True,
        ),
        color="dark",
        dark=True,
        expand="lg",
        className="mb-3",
    ))


def _parent_of(component: Any, child_id: str) -> Any:
    """The component whose children hold the one with ``child_id`` (a depth-first search)."""
    children = getattr(component, "children", None)
    items = children if isinstance(children, list | tuple) else [children]
    for child in items:
        if getattr(child, "id", None) == child_id:
            return component
        found = _parent_of(child, child_id) if hasattr(child, "children") else None
        if found is not None:
            return found
    return None


def accessible_sidebar(sidebar: Any) -> Any:
    """The copilot sidebar with a landmark name, a real label on its question box and a polite
    live region around the answers, so a screen reader hears each answer as it lands.

    Done here, on the layout ``components.copilot.sidebar()`` returns, so the copilot's own
    module stays untouched."""
    setattr(sidebar, "aria-label", "Copilot")
    history = sidebar["copilot-history"]
    setattr(history, "aria-live", "polite")
    setattr(history, "aria-relevant", "additions")
    alert = sidebar["copilot-alert"]
    alert.role = "status"
    parent = _parent_of(sidebar, "copilot-question")
    if parent is not None:
        kids = list(parent.children)
        at = next(i for i, c in enumerate(kids) if getattr(c, "id", None) == "copilot-question")
        kids.insert(at, html.Label("Ask the copilot a question", htmlFor="copilot-question",
                                   className="form-label small mb-1"))
        parent.children = kids
    return sidebar


def shell(page_container: Any, sidebar: Any = None, links: list[tuple[str, str]] = NAV_LINKS,
          extra: Any = None, live_poll_ms: int | None = None) -> html.Div:
    """The page, with the copilot ``sidebar`` (when given) beside it on wide screens and as an
    off-canvas panel on small ones; ``links`` are the viewer's pages and ``extra`` goes at the
    navbar's end (who is signed in). With ``live_poll_ms`` the page updates itself live (that
    is the fallback poll's interval)."""
    main = html.Main(page_container, id="main-content", tabIndex="-1")
    body: Any = main
    if sidebar is not None:
        panel = html.Div([
            html.Div(_toggle("Close", COPILOT_PANEL, "copilot-close",
                             "btn btn-outline-secondary btn-sm"),
                     className="d-lg-none text-end mb-2"),
            accessible_sidebar(sidebar),
        ], id=COPILOT_PANEL, className="copilot-panel")
        body = dbc.Row([dbc.Col(main, lg=8, xl=9), dbc.Col(panel, lg=4, xl=3, className="mb-3")])
    return html.Div([
        html.A("Skip to content", href="#main-content", className="skip-link"),
        dcc.Location(id="shell-url"),
        *(live_parts(live_poll_ms) if live_poll_ms else []),
        navbar(links, extra, live=bool(live_poll_ms)),
        dbc.Container(body, fluid=True),
    ])
