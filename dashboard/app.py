"""The factory: settings in, a wired Dash app (with its Flask server) out."""

from __future__ import annotations

import logging
from pathlib import Path

import dash
from flask import jsonify
from sqlalchemy import text

from components.shell import shell
from dashboard.cache import QueryCache
from dashboard.downloads import add_download_routes
from dashboard.services import Services
from dashboard.settings import Settings
from data.db import make_engine, make_sessionmaker
from pages import (
    ai_usage,
    copilot_sidebar,
    forecasts,
    not_found,
    overview,
    project,
    projects,
    resources,
)

ROOT = Path(__file__).resolve().parents[1]
PAGES = [overview, projects, project, resources, ai_usage, forecasts]
log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None) -> dash.Dash:
    """Build a new app; nothing connects to a service before this is called."""
    settings = settings or Settings()
    engine = make_engine(settings.database_url)
    cache = QueryCache()
    services = Services(settings, engine, make_sessionmaker(engine), cache)

    # Dash keeps pages in a module-level registry; each app starts from an empty one.
    dash.page_registry.clear()
    app = dash.Dash(
        __name__,
        use_pages=True,
        pages_folder="",
        assets_folder=str(ROOT / "assets"),
        title="Portfolio dashboard",
        suppress_callback_exceptions=True,
        serve_locally=True,
    )
    server = app.server
    server.config["SECRET_KEY"] = settings.secret_key
    cache.init_app(server, settings.redis_url, settings.cache_timeout)
    server.extensions["dashboard"] = services

    for module in PAGES:
        where = ({"path_template": module.PATH_TEMPLATE} if hasattr(module, "PATH_TEMPLATE")
                 else {"path": module.PATH})
        dash.register_page(module.__name__, title=module.TITLE, name=module.TITLE,
                           layout=module.layout, **where)
        module.register_callbacks(app, services)
    dash.register_page("not_found_404", layout=not_found.layout, title=not_found.TITLE)
    copilot_sidebar.register_callbacks(app, services)  # indexes in the background
    app.layout = shell(dash.page_container, sidebar=copilot_sidebar.layout())
    _add_routes(server, services)
    add_download_routes(server, services)
    return app


def _add_routes(server, services: Services) -> None:
    @server.get("/healthz")
    def health():
        try:
            with services.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            database = "ok"
        except Exception as exc:  # noqa: BLE001 - report, never raise, from a health check
            database = f"error: {type(exc).__name__}"
        status = 200 if database == "ok" else 503
        return jsonify({"database": database}), status
