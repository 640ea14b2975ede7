"""Projects: a keyset-paginated, sortable, filterable list; every page comes from the database."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import ALL, Input, Output, State, ctx, dcc, html, no_update

from components.feedback import error_alert
from components.filters import filter_bar, filter_notice
from components.tables import project_table, sort_header
from dashboard.auth import current_scope
from data.filters import from_query
from data.project_queries import SORTS, project_page
from pages.common import (
    filter_inputs,
    filter_options,
    filters_from_controls,
    guarded,
    search_string,
)

PATH = "/projects"
TITLE = "Projects"
PAGE_SIZE = 25
NAV = ["first", "prev", "next", "last"]


def parse_view(query: dict) -> tuple[str, bool, list[str]]:
    """Sort column and direction from the URL; an unknown column falls back to the key."""
    sort = str(query.get("sort") or "key")
    problems = []
    if sort not in SORTS:
        problems.append(f"sort: unknown column {sort[:40]!r}")
        sort = "key"
    return sort, str(query.get("desc") or "") == "1", problems


def layout(**query) -> html.Div:
    filters, problems = from_query(query)
    sort, descending, sort_problems = parse_view(query)
    scope = current_scope()
    portfolios, owners = filter_options(scope)
    view = {"filters": filters.to_query(), "sort": sort, "desc": descending}
    export = "/download/projects.csv" + search_string(filters, sort=sort,
                                                       desc="1" if descending else None)
    return html.Div([
        dcc.Location(id="projects-location", refresh="callback-nav"),
        dcc.Store(id="projects-view", data=view),
        dcc.Store(id="projects-cursor", data={}),
        dbc.Row([
            dbc.Col(html.H2("Projects"), md=8),
            dbc.Col(html.A("Export CSV", href=export, id="projects-export",
                           className="btn btn-outline-secondary btn-sm float-end"), md=4),
        ], className="mb-2 align-items-center"),
        filter_bar("projects", filters, portfolios, owners),
        filter_notice(problems + sort_problems),
        html.Div(id="projects-alert"),
        dcc.Loading(html.Div(id="projects-table")),
        dbc.Row([
            dbc.Col(dbc.ButtonGroup([
                dbc.Button(label, id=f"projects-{name}", color="secondary", outline=True,
                           size="sm", disabled=True)
                for name, label in zip(NAV, ["« First", "‹ Previous", "Next ›", "Last »"],
                                       strict=True)
            ]), width="auto"),
            dbc.Col(html.Div(id="projects-count", className="text-muted pt-1")),
        ], className="align-items-center"),
    ])


def register_callbacks(app, services) -> None:
    @app.callback(
        Output("projects-location", "search"),
        *filter_inputs("projects"),
        Input({"type": "projects-sort", "column": ALL}, "n_clicks"),
        State("projects-view", "data"),
        State("projects-location", "search"),
        prevent_initial_call=True,
    )
    def to_url(*values):
        view, current = values[-2], values[-1] or ""
        filters = filters_from_controls(*values[:7])
        sort, descending = view["sort"], view["desc"]
        trigger = ctx.triggered_id
        if isinstance(trigger, dict):
            if not ctx.triggered[0]["value"]:
                return no_update  # a header re-rendered, nobody clicked it
            column = trigger["column"]
            descending = not descending if column == sort else False
            sort = column
        search = search_string(filters, sort=sort if sort != "key" else None,
                               desc="1" if descending else None)
        return search if search != current else no_update

    @app.callback(
        Output("projects-location", "href"),
        Input({"type": "projects-row", "key": ALL}, "n_clicks"),
        prevent_initial_call=True,
    )
    def drill_down(_clicks):
        if not ctx.triggered or not ctx.triggered[0]["value"]:
            return no_update
        return f"/projects/{ctx.triggered_id['key']}"

    def down():
        return None, "", {}, True, True, True, True, error_alert()

    @app.callback(
        Output("projects-table", "children"),
        Output("projects-count", "children"),
        Output("projects-cursor", "data"),
        *[Output(f"projects-{name}", "disabled") for name in NAV],
        Output("projects-alert", "children"),
        Input("projects-view", "data"),
        *[Input(f"projects-{name}", "n_clicks") for name in NAV],
        State("projects-cursor", "data"),
    )
    @guarded(down)
    def show_page(view, *rest):
        state = rest[-1] or {}
        scope, today = current_scope(), services.today()
        filters, _ = from_query(view["filters"])
        sort, descending = view["sort"], bool(view["desc"])
        move = ctx.triggered_id if ctx.triggered_id in {f"projects-{n}" for n in NAV} else None
        kwargs: dict = {}
        if move == "projects-next" and state.get("last"):
            kwargs["after"] = state["last"]
        elif move == "projects-prev" and state.get("first"):
            kwargs["before"] = state["first"]
        elif move == "projects-last":
            kwargs["last"] = True
        args = {"today": today, "filters": filters.as_key(), "sort": sort, "desc": descending,
                **kwargs}
        page = services.cached("projects.page", scope, args, lambda s: project_page(
            s, scope, today, filters, sort=sort, descending=descending, page_size=PAGE_SIZE,
            **kwargs))
        start = {"projects-next": state.get("start", 0) + PAGE_SIZE,
                 "projects-prev": max(0, state.get("start", 0) - PAGE_SIZE),
                 "projects-last": max(0, page.total - len(page.items))}.get(move or "", 0)
        if not page.has_before:
            start = 0
        header = sort_header("projects", sort, descending)
        table = project_table(page.items, "projects-list", header, row_prefix="projects-row")
        shown = (f"{start + 1:,}–{start + len(page.items):,} of {page.total:,} projects"
                 if page.items else "0 projects")
        cursor = {"start": start,
                  "first": list(page.items[0].cursor) if page.items else None,
                  "last": list(page.items[-1].cursor) if page.items else None}
        return (table, shown, cursor, not page.has_before, not page.has_before,
                not page.has_after, not page.has_after, None)
