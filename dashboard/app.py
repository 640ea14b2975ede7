"""The factory: settings in, a wired Dash app (with its Flask server) out.

It builds the one ``Services`` object, registers every page's layout and callbacks bound to it,
resolves the viewer once per request, and starts the workers. Only this module imports
``pages``.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import dash
import plotly.io
from dash import ClientsideFunction, Input, Output
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.exceptions import Forbidden

from components.shell import INDEX_STRING, shell
from dashboard.auth import ViewerResolver, current_viewer
from dashboard.background import Forecasting, make_background_manager
from dashboard.cache import QueryCache
from dashboard.downloads import add_download_routes
from dashboard.live_bus import make_bus
from dashboard.live_hub import Hub
from dashboard.live_routes import add_live_routes
from dashboard.observability import install_observability, observe_copilot, timed_callback
from dashboard.readiness import add_health_routes
from dashboard.report_routes import add_report_routes
from dashboard.reports import Reports, narrator
from dashboard.security import install_security
from dashboard.services import Services
from dashboard.settings import Settings, gunicorn_workers
from dashboard.signin import install_signin
from dashboard.site import admin_only_layout, site_layout
from dashboard.summaries import Summaries
from data.db import make_engine, make_sessionmaker
from data.viewer import Viewer
from models.copilot.runtime import CopilotRuntime
from pages import (
    admin,
    ai_usage,
    copilot_sidebar,
    document,
    forecasts,
    not_found,
    overview,
    person,
    project,
    projects,
    reports,
    resources,
)
from pages.common import Callback

ROOT = Path(__file__).resolve().parents[1]
PAGES: list[ModuleType] = [overview, projects, project, resources, person, document, ai_usage,
                           forecasts, reports, admin]
log = logging.getLogger(__name__)


def _nobody(_request: Any) -> None:
    return None  # replaced by the sign-in session's resolver once the server exists


def build_services(settings: Settings, resolve_viewer: ViewerResolver = _nobody) -> Services:
    engine = make_engine(settings.database_url, **settings.engine_options())
    factory = make_sessionmaker(engine)
    cache = QueryCache()
    celery, queue = job_queue(settings)
    services: Services  # the runtimes call back into it once it exists

    def today() -> dt.date:
        return services.today()

    def publish(event: Any) -> None:
        services.publish(event)

    def data_version() -> int:
        return services.data_version()

    forecasting = Forecasting(settings, today, publish)
    copilot = CopilotRuntime(settings, factory, today=today, data_version=data_version,
                             observe=observe_copilot,
                             sync_requester=queue.request_index if queue else None,
                             model_metrics=forecasting.registry.current_metrics)
    if queue is not None:
        copilot._started = True  # the deployment's start-up job indexes, not the first question
    services = Services(
        settings=settings, engine=engine, Session=factory, cache=cache,
        resolve_viewer=resolve_viewer,
        forecasting=forecasting,
        copilot=copilot,
        background=make_background_manager(settings, celery),
        jobs=queue, celery=celery,
        reports=Reports(settings, factory, today, narrate=narrator(settings, copilot.llm)),
        bus=make_bus(settings, engine),
        summaries=Summaries(factory, today),
    )
    if settings.live:
        services.hub = live_hub(settings, services)
    return services


def live_hub(settings: Settings, services: Services) -> Hub:
    """This process's live sockets, filtering each event by the viewer's grants."""
    from data.live_queries import portfolios_of

    def lookup(ids: Any) -> dict[int, int]:
        with services.read() as session:
            return portfolios_of(session, ids)

    return Hub(lookup, settings.live_max_connections, settings.live_max_per_user)


def job_queue(settings: Settings) -> tuple[Any, Any]:
    """Production: the Celery app and the web's handle on its queue; embedded: neither."""
    if not settings.uses_celery:
        return None, None
    from dashboard.celery_app import make_celery
    from dashboard.jobs import JobQueue

    celery = make_celery(settings)
    return celery, JobQueue(celery, settings.redis_url or "")


def check_worker_count(settings: Settings) -> None:
    """Refuse several gunicorn workers without Redis (each would have its own cache and jobs)."""
    settings.check_workers(max(settings.web_concurrency, gunicorn_workers() or 1))


def create_app(settings: Settings | None = None, *,
               resolve_viewer: ViewerResolver | None = None,
               start: bool = True) -> dash.Dash:
    """Build a new app; nothing connects to a service before this is called.

    The viewer of a request is whoever is signed in (``dashboard.signin``); tests may pass
    ``resolve_viewer`` to choose one instead.
    """
    settings = settings or Settings()
    check_worker_count(settings)
    # Dash encodes every response with plotly's encoder. Its orjson engine first walks the whole
    # response in Python (clean_to_json_compatible): a projects-table page took 15 ms to encode
    # that way and 3.5 ms with the json engine (same JSON). The setting is plotly's, per process.
    plotly.io.json.config.default_engine = "json"
    services = build_services(settings)

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
    app.index_string = INDEX_STRING  # <html lang="en">
    server = app.server
    services.cache.init_app(server, settings.redis_url, settings.cache_timeout)
    server.extensions["dashboard"] = services
    install_observability(server, services)
    session_viewer = install_signin(server, services)  # the sign-in routes exist either way
    services.resolve_viewer = resolve_viewer or session_viewer
    admin_outputs: set[str] = set()

    for module in PAGES:
        where = ({"path_template": module.PATH_TEMPLATE} if hasattr(module, "PATH_TEMPLATE")
                 else {"path": module.PATH})
        layout = bound_layout(module.layout, services, where.get("path_template"))
        if getattr(module, "ADMIN_ONLY", False):
            layout = admin_only_layout(layout)
        dash.register_page(module.__name__, title=module.TITLE, name=module.TITLE,
                           layout=layout, **where)
        register_callbacks(app, services, module.CALLBACKS)
        admin_outputs |= admin_only_outputs(module.CALLBACKS)
    dash.register_page("not_found_404", layout=bound_layout(not_found.layout, services),
                       title=not_found.TITLE)
    register_callbacks(app, services, copilot_sidebar.CALLBACKS)
    app.layout = site_layout(functools.partial(shell, live_poll_ms=settings.live_fallback_ms),
                             dash.page_container, copilot_sidebar.layout)
    app.clientside_callback(ClientsideFunction("live", "update"),
                            Output("live-version", "data"), Input("live-poll", "n_intervals"),
                            Input("live-kick", "n_clicks"), prevent_initial_call=True)
    add_health_routes(server, services)
    add_download_routes(server, services)
    services.warmers += default_views(services)
    add_report_routes(server, services)
    add_live_routes(server, services, services.hub)
    install_security(app, services, admin_outputs)
    if start:
        services.start()
    return app


def admin_only_outputs(specs: list[Callback]) -> set[str]:
    """What only admins may write: admin callbacks' outputs, and the ``id`` output of the
    cancel callback Dash adds for a background one (nobody else may stop an admin's job)."""
    found: set[str] = set()
    for spec in specs:
        if spec.admin_only:
            found |= {f"{o.component_id}.{o.component_property}" for o in spec.outputs}
            found |= {f"{i.component_id}.id" for i in spec.options.get("cancel", [])}
    return found


def bound_layout(layout: Callable[..., Any], services: Services,
                 path_template: str | None = None) -> Callable[..., Any]:
    """A page's ``layout(services, viewer, **query)`` as Dash calls it: ``layout(**query)``.

    Dash lets a query parameter override a path variable (``/projects/A?key=B`` would render
    B under A's address): the path's own values win, read again from the address.
    """

    @functools.wraps(layout)
    def render(**query: Any) -> Any:
        if path_template:
            query = {**query, **path_values(path_template)}
        return layout(services, current_viewer(), **query)

    return render


def path_values(template: str) -> dict[str, Any]:
    """The variables of ``template`` in the address being rendered ({} outside a callback)."""
    from dash import ctx
    from dash._pages import _parse_path_variables

    names = re.findall(r"<(\w+)>", template)
    try:
        pathname = next((v for k, v in ctx.inputs.items() if k.endswith(".pathname")), None)
    except Exception:  # noqa: BLE001 - not inside Dash's router callback
        pathname = None
    found = _parse_path_variables(pathname.strip("/"), template.strip("/")) \
        if isinstance(pathname, str) else None
    return {name: (found or {}).get(name) for name in names}


def register_callbacks(app: dash.Dash, services: Services, specs: list[Callback]) -> None:
    for spec in specs:
        options = dict(spec.options)
        if options.get("background"):
            options["manager"] = services.background
        app.callback(*spec.outputs, *spec.inputs, **options)(
            timed_callback(callback_name(spec), bound_callback(spec, services)))


def callback_name(spec: Callback) -> str:
    """``overview.refresh``: the metrics label of a callback."""
    return f"{spec.fn.__module__.rsplit('.', 1)[-1]}.{spec.fn.__name__}"


def default_views(services: Services) -> list[Callable[[], Any]]:
    """What the cache-warming job computes: the summaries first (the views below read them),
    then the overview everyone opens first, unfiltered."""
    system = Viewer.system()
    summaries = [services.summaries.refresh] if services.summaries is not None else []
    return [*summaries, lambda: overview.refresh(services, system, {}),
            lambda: overview.show_insights(services, system, {})]


def bound_callback(spec: Callback, services: Services) -> Callable[..., Any]:
    """``spec.fn(services, viewer, *values)`` as Dash calls it, with the viewer of the request,
    its role checked, and a failed read turned into the page's fallback outputs."""

    @functools.wraps(spec.fn)
    def run(*values: Any) -> Any:
        viewer = current_viewer()
        if spec.admin_only and not viewer.is_admin:
            raise Forbidden("Only an admin may do this.")
        try:
            return spec.fn(services, viewer, *values)
        except SQLAlchemyError:
            log.exception("%s: database read failed", spec.fn.__name__)
            if spec.fallback is None:
                raise
            return spec.fallback()

    return run
