"""Who is looking: the one place that turns a request into a ``Viewer``.

The factory resolves the viewer once per request (``flask.g.viewer``) with the resolver given to
``create_app`` and passes it to every layout and callback. Until sign-in is configured, every
request is the system viewer, who sees every portfolio.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import Request, g, has_request_context

from data.viewer import Viewer

ViewerResolver = Callable[[Request], Viewer]


def everyone_is_system(_request: Request) -> Viewer:
    return Viewer.system()


def current_viewer() -> Viewer:
    """The viewer of the request being served; the system outside a request (a job, a
    background callback's worker)."""
    if has_request_context():
        viewer = g.get("viewer")
        if isinstance(viewer, Viewer):
            return viewer
    return Viewer.system()
