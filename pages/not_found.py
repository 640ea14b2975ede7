"""A friendly page for unknown addresses instead of a bare 404."""

from __future__ import annotations

from typing import Any

from dash import html

from components.feedback import not_found
from data.viewer import Viewer
from pages.common import Callback, PageServices

TITLE = "Not found"
CALLBACKS: list[Callback] = []


def layout(services: PageServices, viewer: Viewer, **_query: Any) -> html.Div:
    return not_found("page")
