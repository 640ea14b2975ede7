"""Live updates as the pages see them: one store in the shell, ``live-version``, that the
browser sets when an event arrives (``assets/live.js``: over the websocket, or a changed data
version when it polls). A callback showing changing data takes ``LIVE`` as its last input and
calls ``refresh_on(live, ...)`` first: an event about other data, or about another project,
stops it (Dash's ``PreventUpdate``), so only the components showing what changed re-render and
filters, scroll position and open menus stay as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from dash import Input
from dash.exceptions import PreventUpdate

from pages.common import triggered

STORE = "live-version"
LIVE = Input(STORE, "data")
PROJECT_DATA = ("project.", "data.", "forecast.", "snapshot.")
FORECASTS = ("forecast.", "data.", "project.")
DOCUMENTS = ("document.", "data.", "project.")
ALWAYS = ("live.", "version")  # a resync after a gap, or the polled version moved: re-read


def event_of(live: Any) -> tuple[str, list[int]] | None:
    """(type, project ids) of a store value from the browser; None if it is not one."""
    if not isinstance(live, dict) or not isinstance(live.get("type"), str):
        return None
    ids = live.get("ids")
    ids = ids if isinstance(ids, list) else []
    return live["type"][:64], [i for i in ids[:500] if isinstance(i, int)
                               and not isinstance(i, bool)]


def refresh_on(live: Any, kinds: Collection[str] = PROJECT_DATA,
               project_id: Callable[[], int | None] | None = None) -> None:
    """Stop a callback fired by a live event that does not concern it: its type starts with
    none of ``kinds``, or it names projects and ``project_id`` is not among them. Calls fired by
    anything else (the page's own inputs, a direct call) go ahead."""
    fired, _ = triggered()
    if fired != STORE:
        return
    event = event_of(live)
    if event is None:
        raise PreventUpdate
    kind, ids = event
    if kind.startswith(ALWAYS):
        return
    if not kind.startswith(tuple(kinds)):
        raise PreventUpdate
    if project_id is not None and ids and project_id() not in ids:
        raise PreventUpdate
