"""What pages share: the callback spec the factory registers, the services they are handed, the
filter bar's inputs and options, and cached whole outputs.

Not a page itself: every page imports it; it imports no page and nothing of ``dashboard``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar
from urllib.parse import urlencode

import plotly.graph_objects as go
import plotly.io
from dash import Input, Output, State, ctx
from dash.development.base_component import Component
from dash.exceptions import MissingCallbackContextException
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from data import metrics, queries
from data.filters import PRIORITY_LABELS, STATUS_LABELS, ProjectFilters, from_query
from data.import_format import INT_MAX
from data.viewer import Viewer

T = TypeVar("T")
FILTER_FIELDS = ("status", "priority", "portfolio", "owner", "health")


class PageServices(Protocol):
    """What a page may use at run time (``dashboard.services.Services`` provides it)."""

    settings: Any
    forecasting: Any  # .holder.get() -> the loaded model or None
    copilot: Any  # models.copilot.runtime.CopilotRuntime
    background: Any  # Dash's background-callback manager
    reports: Any  # dashboard.reports.Reports: request_portfolio/_project, status
    Session: Any  # sessionmaker: writes open ``Session.begin()`` (the admin page's commands)

    def today(self) -> dt.date: ...

    def read(self) -> AbstractContextManager[Session]: ...

    def cached(self, name: str, viewer: Viewer, args: Mapping[str, Any],
               query: Callable[[Session], T]) -> T: ...

    def memo(self, name: str, viewer: Viewer, args: Mapping[str, Any],
             compute: Callable[[], T]) -> T: ...

    def gather(self, *queries: Callable[[Session], Any]) -> list[Any]: ...

    def publish(self, event: Any) -> None: ...


@dataclass(frozen=True)
class Callback:
    """A callback as plain data: ``fn(services, viewer, *values)`` and its wiring.

    ``fallback()`` gives the outputs shown when a read fails (the database is down);
    ``options`` are passed to ``app.callback`` (``prevent_initial_call``, ``background``...);
    ``admin_only`` callbacks refuse other viewers.
    """

    fn: Callable[..., Any]
    outputs: Sequence[Output]
    inputs: Sequence[Input | State]
    fallback: Callable[[], Any] | None = None
    options: Mapping[str, Any] = field(default_factory=dict)
    admin_only: bool = False


def filter_inputs(prefix: str) -> list[Input]:
    return [Input(f"{prefix}-filter-{name}", "value") for name in FILTER_FIELDS] + [
        Input(f"{prefix}-filter-due", "start_date"),
        Input(f"{prefix}-filter-due", "end_date"),
        Input(f"{prefix}-filter-search", "value"),
    ]


FILTER_COUNT = len(FILTER_FIELDS) + 3


def filters_from_controls(*values: Any) -> ProjectFilters:
    """Controls' values (in ``filter_inputs`` order) go through the same validation as a URL:
    the browser is not trusted."""
    named = dict(zip((*FILTER_FIELDS, "due_from", "due_to", "search"), values, strict=True))
    for name in FILTER_FIELDS:
        named[name] = named[name] or []
    filters, _problems = from_query(named)
    return filters


@dataclass(frozen=True)
class FilterOptions:
    """What the filter bar may offer this viewer."""

    statuses: list[tuple[str, str]]
    priorities: list[tuple[str, str]]
    health: list[tuple[str, str]]
    portfolios: list[tuple[int, str]]
    owners: list[str]


def filter_options(services: PageServices, viewer: Viewer) -> FilterOptions:
    """Codes from the schema, portfolios and owners from the database (empty when it is down:
    the page still renders and its data callback shows the alert)."""
    try:
        portfolios, owners = services.cached(
            "filter.options", viewer, {},
            lambda s: (queries.portfolios(s, viewer.scope), queries.owners(s, viewer.scope)))
    except SQLAlchemyError:
        portfolios, owners = [], []
    return FilterOptions(list(STATUS_LABELS.items()), list(PRIORITY_LABELS.items()),
                         list(metrics.HEALTH_LABELS.items()), portfolios, owners)


def search_string(filters: ProjectFilters, **extra: Any) -> str:
    params = {**filters.to_query(), **{k: v for k, v in extra.items() if v not in (None, "")}}
    return "?" + urlencode(params, doseq=True) if params else ""


def _plain(value: Any) -> Any:
    """Figures and components as the plain JSON data Dash would send: a cached go.Figure costs
    ~40 ms to unpickle and a cached table of ~500 components ~8 ms to serialise on every warm
    call; plain data costs neither (Dash sends it as it is, byte for byte the same)."""
    if isinstance(value, go.Figure):
        return value.to_dict()
    if isinstance(value, Component | list):
        # the standard library's encoder: on a table of components and plain rows it takes
        # half the time of orjson's engine, which first walks everything to clean it
        return json.loads(plotly.io.json.to_json_plotly(value, engine="json"))
    return value


def plain_output(out: Any) -> Any:
    """A callback's outputs with figures as dicts, ready to cache."""
    return tuple(_plain(v) for v in out) if isinstance(out, tuple) else _plain(out)


def cached_view(services: PageServices, name: str, viewer: Viewer, args: Mapping[str, Any],
                build: Callable[[Session], Any]) -> Any:
    """A callback's whole output, cached by arguments, scope and the data version (a warm call
    is one cache read; a write makes the next call rebuild). ``build`` gets a session."""
    return services.cached(name, viewer, args, lambda session: plain_output(build(session)))


def triggered() -> tuple[Any, Any]:
    """(id, value) of what fired the running callback; (None, None) when called directly."""
    try:
        fired = ctx.triggered
        return ctx.triggered_id, (fired[0].get("value") if fired else None)
    except MissingCallbackContextException:
        return None, None


def is_row_id(value: Any) -> bool:
    """A database id from the browser: a positive int that fits the INTEGER key columns (a larger
    one would overflow the driver before the database could say "no such row")."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= INT_MAX


def clamp_int(value: Any, low: int, high: int, default: int) -> int:
    """A page number or count from the browser as a bounded int (anything else: ``default``)."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return default
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        return default
    return min(max(number, low), high)


def as_dict(value: Any) -> dict[str, Any]:
    """A store value that must be an object; anything else reads as empty."""
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
