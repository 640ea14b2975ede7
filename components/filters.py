"""The filter bar shared by the overview and the project list, and the words for a filtered view.

Pure layout: the caller passes the current filter values (already parsed from the URL) and the
options it may show; ids are prefixed by the page so two bars never collide. Every control has a
label; on small screens the bar folds into a panel opened by a button (``assets/ui.js``).
"""

from __future__ import annotations

from typing import Any

import dash_bootstrap_components as dbc
from dash import dcc, html

from components.attrs import attrs
from components.words import day

SEARCH_DEBOUNCE_MS = 350


def describe(filters: Any, options: Any) -> str:
    """The view in words for chart subtitles: "All projects you can see" or the filters set."""
    parts: list[str] = []

    def names(values: Any, choices: list[tuple[Any, str]]) -> str:
        labels = dict(choices)
        return ", ".join(str(labels.get(v, v)) for v in values)

    if filters.status:
        parts.append("status " + names(filters.status, options.statuses))
    if filters.priority:
        parts.append("priority " + names(filters.priority, options.priorities))
    if filters.health:
        parts.append("health " + names(filters.health, options.health))
    if filters.portfolio:
        parts.append("portfolio " + names(filters.portfolio, options.portfolios))
    if filters.owner:
        parts.append("owner " + ", ".join(filters.owner))
    if filters.due_from or filters.due_to:
        start = day(filters.due_from) if filters.due_from else "any date"
        end = day(filters.due_to) if filters.due_to else "any date"
        parts.append(f"due {start} to {end}")
    if filters.search:
        parts.append(f"matching “{filters.search}”")
    if not parts:
        return "All projects you can see"
    text = "Filtered: " + "; ".join(parts)
    return text if len(text) <= 140 else text[:139] + "…"


def active_count(filters: Any) -> int:
    """How many filters are set (a date range counts once)."""
    return (sum(1 for name in ("status", "priority", "health", "portfolio", "owner")
                if getattr(filters, name)) + bool(filters.due_from or filters.due_to)
            + bool(filters.search))


def _labelled(control: Any, label: str, control_id: str, width: dict[str, int]) -> dbc.Col:
    return dbc.Col([html.Label(label, htmlFor=control_id, className="form-label small mb-0"),
                    control], className="mb-2", **width)


def filter_bar(prefix: str, filters: Any, options: Any) -> html.Div:
    """Drop-downs for status, priority, health, portfolio and owner, a due-date range, search as
    you type, and "clear all" (``<prefix>-filter-clear``: the page's callback empties the
    controls and the address); folded behind a "Filters" button on small screens.

    ``filters`` has the attributes of ``data.filters.ProjectFilters``; ``options`` those of
    ``pages.common.FilterOptions`` (codes and labels come from the data layer, never from here).
    """

    def multi(name: str, choices: list[tuple[Any, str]], label: str) -> dbc.Col:
        control_id = f"{prefix}-filter-{name}"
        return _labelled(
            dcc.Dropdown(id=control_id, multi=True,
                         options=[{"label": text, "value": value} for value, text in choices],
                         value=list(getattr(filters, name)), placeholder="Any",
                         className="filter-dropdown"),
            label, control_id, {"xs": 12, "sm": 6, "lg": 4, "xl": 2})

    count = active_count(filters)
    panel_id = f"{prefix}-filter-panel"
    toggle = html.Button(
        ["Filters", html.Span(f" ({count} set)" if count else "", className="filter-count")],
        id=f"{prefix}-filter-toggle", type="button", className="btn btn-outline-secondary "
        "btn-sm d-lg-none mb-2 filter-toggle",
        **attrs({"data-toggle": panel_id, "aria-expanded": "false", "aria-controls": panel_id}))
    search_id = f"{prefix}-filter-search"
    due_id = f"{prefix}-filter-due"
    return html.Div([
        toggle,
        html.Div(
            dbc.Row([
                multi("status", options.statuses, "Status"),
                multi("priority", options.priorities, "Priority"),
                multi("health", options.health, "Health"),
                multi("portfolio", options.portfolios, "Portfolio"),
                multi("owner", [(o, o) for o in options.owners], "Owner"),
                dbc.Col([
                    html.Span("Due between", className="form-label small mb-0 d-block",
                              **attrs({"aria-hidden": "true"})),
                    html.Label("Due from", htmlFor=f"{due_id}-start", className="visually-hidden"),
                    html.Label("Due to", htmlFor=f"{due_id}-end", className="visually-hidden"),
                    dcc.DatePickerRange(id=due_id, start_date=filters.due_from,
                                        start_date_id=f"{due_id}-start",
                                        end_date_id=f"{due_id}-end", updatemode="bothdates",
                                        end_date=filters.due_to, clearable=True,
                                        start_date_placeholder_text="From",
                                        end_date_placeholder_text="To",
                                        display_format="YYYY-MM-DD", first_day_of_week=1,
                                        number_of_months_shown=1,
                                        className="filter-dates"),
                ], xs=12, sm=6, lg=4, xl=2, className="mb-2"),
                dbc.Col([
                    html.Label("Search", htmlFor=search_id, className="form-label small mb-0"),
                    dbc.Input(id=search_id, type="search", debounce=SEARCH_DEBOUNCE_MS,
                              value=filters.search, placeholder="Key, name or owner",
                              maxLength=100, autoComplete="off"),
                    html.Small("Filters as you type.", id=f"{search_id}-hint",
                               className="text-body-secondary"),
                ], xs=12, sm=6, lg=4, xl=3, className="mb-2"),
                dbc.Col(
                    html.Button("Clear all filters", id=f"{prefix}-filter-clear", type="button",
                                n_clicks=0, className="btn btn-link btn-sm px-0"),
                    xs=12, sm=6, lg=4, xl=1, className="mb-2 d-flex align-items-end"),
            ], className="g-2"),
            id=panel_id, className="filter-panel collapsible",
        ),
    ], className="filter-bar mb-2")


def filter_notice(problems: list[str]) -> html.Div | None:
    """Tell the viewer which parts of the address were ignored, and why."""
    if not problems:
        return None
    return dbc.Alert(["Some filters in the address were ignored: ",
                      html.Span("; ".join(problems))], color="warning", className="py-2")
