"""The filter bar shared by the overview and the project list.

Pure layout: the caller passes the current filter values (already parsed from the URL) and the
options it may show; ids are prefixed by the page so two bars never collide.
"""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import dcc, html

STATUS_OPTIONS = [{"label": code.replace("_", " ").capitalize(), "value": code}
                  for code in ("proposed", "active", "on_hold", "done", "cancelled")]
PRIORITY_OPTIONS = [{"label": code.capitalize(), "value": code}
                    for code in ("low", "medium", "high", "critical")]
FIELDS = ("status", "priority", "portfolio", "owner")


def filter_bar(prefix: str, filters, portfolios: list[tuple[int, str]],
               owners: list[str]) -> dbc.Row:
    """Drop-downs for status, priority, portfolio and owner, a due-date range and search.

    ``filters`` is anything with the attributes of ``data.filters.ProjectFilters``.
    """

    def multi(name: str, options, placeholder: str, width: int) -> dbc.Col:
        return dbc.Col(
            dcc.Dropdown(id=f"{prefix}-filter-{name}", options=options, multi=True,
                         value=list(getattr(filters, name)), placeholder=placeholder),
            md=width, className="mb-2",
        )

    return dbc.Row(
        [
            multi("status", STATUS_OPTIONS, "Any status", 2),
            multi("priority", PRIORITY_OPTIONS, "Any priority", 2),
            multi("portfolio", [{"label": n, "value": i} for i, n in portfolios],
                  "Any portfolio", 2),
            multi("owner", [{"label": o, "value": o} for o in owners], "Any owner", 2),
            dbc.Col(
                dcc.DatePickerRange(id=f"{prefix}-filter-due", start_date=filters.due_from,
                                    end_date=filters.due_to, clearable=True,
                                    start_date_placeholder_text="Due from",
                                    end_date_placeholder_text="Due to",
                                    display_format="YYYY-MM-DD"),
                md=2, className="mb-2",
            ),
            dbc.Col(
                dbc.Input(id=f"{prefix}-filter-search", type="search", debounce=True,
                          value=filters.search, placeholder="Search name or key",
                          maxLength=100),
                md=2, className="mb-2",
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
