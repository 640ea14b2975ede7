"""Who is looking: the one place that turns a request into a ``Viewer``.

The factory resolves the viewer once per request (``flask.g.viewer``) with the resolver given to
``create_app`` and passes it to every layout and callback. The default resolver reads the
sign-in session (``dashboard.signin``); ``None`` means nobody is signed in, and the request is
refused before it reaches a page or callback (``dashboard.security``). Tests pass a resolver
that returns a chosen viewer.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import Request, g, has_request_context

from data.scope import Scope
from data.viewer import Viewer

ViewerResolver = Callable[[Request], Viewer | None]
ANONYMOUS = Viewer("anonymous", "viewer", Scope.of())


def everyone_is_system(_request: Request) -> Viewer:
    """Every request sees everything: for tests of pages and callbacks, never for serving."""
    return Viewer.system()


def as_viewer(viewer: Viewer) -> ViewerResolver:
    """A resolver that makes every request this viewer (tests)."""

    def resolve(_request: Request) -> Viewer:
        return viewer

    return resolve


def current_viewer() -> Viewer:
    """The viewer of the request being served; nobody (an empty scope) in a request nobody is
    signed in to; the system outside a request (a job, a background callback's worker)."""
    if has_request_context():
        viewer = g.get("viewer")
        return viewer if isinstance(viewer, Viewer) else ANONYMOUS
    return Viewer.system()
