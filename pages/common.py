"""What several pages share: filters from controls and URLs, and the database-down guard."""

from __future__ import annotations

import functools
import logging
from urllib.parse import urlencode

import plotly.graph_objects as go
from dash import Input
from flask import current_app
from sqlalchemy.exc import SQLAlchemyError

from data import queries
from data.filters import ProjectFilters, from_query

log = logging.getLogger(__name__)


def app_services():
    """The app's services, for layout functions (callbacks get them from the factory)."""
    return current_app.extensions["dashboard"]


def filter_options(scope) -> tuple[list[tuple[int, str]], list[str]]:
    """Portfolios and owners for the filter bar; empty when the database is down (the page
    still renders and its data callback shows the alert)."""
    try:
        return app_services().cached("filter.options", scope, {}, lambda s: (
            queries.portfolios(s, scope), queries.owners(s, scope)))
    except SQLAlchemyError:
        return [], []


def filter_inputs(prefix: str) -> list[Input]:
    return [Input(f"{prefix}-filter-{name}", "value")
            for name in ("status", "priority", "portfolio", "owner")] + [
        Input(f"{prefix}-filter-due", "start_date"),
        Input(f"{prefix}-filter-due", "end_date"),
        Input(f"{prefix}-filter-search", "value"),
    ]


def filters_from_controls(status, priority, portfolio, owner, due_from, due_to, search):
    """Controls' values go through the same validation as a URL: the browser is not trusted."""
    filters, _problems = from_query({
        "status": status or [], "priority": priority or [], "portfolio": portfolio or [],
        "owner": owner or [], "due_from": due_from, "due_to": due_to, "search": search,
    })
    return filters


def search_string(filters: ProjectFilters, **extra) -> str:
    params = {**filters.to_query(), **{k: v for k, v in extra.items() if v not in (None, "")}}
    return "?" + urlencode(params, doseq=True) if params else ""


def _plain(value):
    """Figures as plain dicts: a cached go.Figure costs ~40 ms to unpickle, a dict nothing."""
    return value.to_dict() if isinstance(value, go.Figure) else value


def cached_view(services, name: str, scope, args: dict, build):
    """A callback's whole output, cached by arguments, scope and the data version (a warm call
    is one cache read; a write makes the next call rebuild). ``build`` gets a session."""

    def compute(session):
        out = build(session)
        return tuple(_plain(v) for v in out) if isinstance(out, tuple) else _plain(out)

    return services.cached(name, scope, args, compute)


def guarded(fallback):
    """Turn a database failure inside a callback into ``fallback()`` outputs and a log line."""

    def wrap(fn):
        @functools.wraps(fn)
        def inner(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except SQLAlchemyError:
                log.exception("%s: database read failed", fn.__name__)
                return fallback()

        return inner

    return wrap
