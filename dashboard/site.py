"""The frame around every page as the signed-in viewer sees it: the links their role may open
and who is signed in (with a sign-out form carrying the session's CSRF token)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from flask import has_request_context
from flask_wtf.csrf import generate_csrf

from components.shell import NAV_LINKS
from components.signin import forbidden, user_menu
from dashboard.auth import current_viewer

ADMIN_LINKS = {"/ai-usage", "/admin"}


def nav_links(is_admin: bool) -> list[tuple[str, str]]:
    links = [*NAV_LINKS, ("Admin", "/admin")]
    return [(label, href) for label, href in links if is_admin or href not in ADMIN_LINKS]


def site_layout(shell: Callable[..., Any], page_container: Any,
                sidebar: Callable[[], Any]) -> Callable[[], Any]:
    """``app.layout`` as a function: built per page load for the viewer of the request."""

    def layout() -> Any:
        viewer = current_viewer()
        menu = (user_menu(viewer.name, viewer.role, generate_csrf())
                if has_request_context() else None)  # Dash checks the layout at start-up
        return shell(page_container, sidebar=sidebar(), links=nav_links(viewer.is_admin),
                     extra=menu)

    return layout


def admin_only_layout(layout: Callable[..., Any]) -> Callable[..., Any]:
    """A page only admins may open: others get a short refusal (its callbacks refuse too)."""

    @functools.wraps(layout)
    def render(**query: Any) -> Any:
        if not current_viewer().is_admin:
            return forbidden()
        return layout(**query)

    return render
