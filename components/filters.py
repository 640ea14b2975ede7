"""The filter bar shared by the overview and the project list.

Pure layout: the caller passes the current filter values (already parsed from the URL) and the
options it may show; ids are prefixed by the page so two bars never collide.
"""

from __future__ import annotations

from typing import Any

import dash_bootstrap_components as dbc
from dash import dcc, html


def filter_bar(prefix: str, filters: Any, options: Any) -> dbc.Row:
    """Drop-downs for status, priority, health, portfolio and owner, a due-date range and search.

    ``filters`` has the attributes of ``data.filters.ProjectFilters``; ``options`` those of
    ``pages.common.FilterOptions`` (codes and labels come from the data layer, never from here).
    """

    def multi(name: str, choices: list[tuple[Any, str]], placeholder: str) -> dbc.Col:
        return dbc.Col(
            dcc.Dropdown(id=f"{prefix}-filter-{name}", multi=True,
                         options=[{"label": label, "value": value} for value, label in choices],
                         value=list(getattr(filters, name)), placeholder=placeholder),
            md=4, lg=2, className="mb-2",
        )

    return dbc.Row(
        [
            multi("status", options.statuses, "Any status"),
            multi("priority", options.priorities, "Any priority"),
            multi("health", options.health, "Any health"),
            multi("portfolio", options.portfolios, "Any portfolio"),
            multi("owner", [(o, o) for o in options.owners], "Any owner"),
            dbc.Col(
                dcc.DatePickerRange(id=f"{prefix}-filter-due", start_date=filters.due_from,
                                    end_date=filters.due_to, clearable=True,
                                    start_date_placeholder_text="Due from",
                                    end_date_placeholder_text="Due to",
                                    display_format="YYYY-MM-DD"),
                md=4, lg=2, className="mb-2",
            ),
            dbc.Col(
                dbc.Input(id=f"{prefix}-filter-search", type="search", debounce=True,
                          value=filters.search, placeholder="Search name, key or owner",
                          maxLength=100),
                md=4, lg=3, className="mb-2",
            ),
        ],
        className="g-2 mb-2",
    )


def filter_notice(problems: list[str]) -> html.Div | None:
    """Tell the viewer which parts of the address were ignored, and why."""
    if not problems:
        return None
    return dbc.Alert(["Some filters in the address were ignored: ",
                      html.Span("; ".join(problems))], color="warning", className="py-2")
