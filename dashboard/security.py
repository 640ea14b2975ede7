"""The hardened server: one gate every request passes, and the headers every response carries.

``install_security(app, services, admin_outputs)`` is called by the factory once pages and
callbacks are registered. Per request, in order: the Host must be allowed (DNS rebinding), the
body must fit ``MAX_REQUEST_BYTES`` (413 before a byte is read), the viewer is resolved, nobody
signed in gets only the sign-in page, its stylesheets and the health checks, a state-changing
non-Dash route must carry a CSRF token, and a Dash callback POST must be same-origin JSON, well
formed for a registered callback, and (for admin-only outputs, background jobs included) come
from an admin. Every response gets a CSP Dash runs under, framing and sniffing turned off, and
no caching of what a signed-in user saw. Errors never show a traceback. See docs/security.md.
"""

from __future__ import annotations

import ipaddress
import logging
import secrets
import uuid
from collections.abc import Collection
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import dash
from dash import _callback
from flask import Flask, Response, g, jsonify, redirect, request
from flask_wtf.csrf import CSRFError, CSRFProtect
from werkzeug.exceptions import HTTPException
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.sansio.utils import host_is_trusted

from dashboard.callback_guard import CallbackRules, check_body, main_outputs
from dashboard.services import Services
from dashboard.settings import Settings
from data import audit

log = logging.getLogger(__name__)
OLD_DEFAULT_SECRET = "dev-only-change-me"  # noqa: S105 - named only to be refused
HEALTH_PATHS = ("/healthz", "/readyz", "/metrics")  # /metrics: aggregates, no user data
PUBLIC_PATHS = ("/login", "/logout", "/csp-report", *HEALTH_PATHS)
PUBLIC_ASSETS = ("/assets/vendor/", "/assets/00-bootstrap.min.css", "/assets/dashboard.css",
                 "/_favicon.ico")
CALLBACK_PATH = "/_dash-update-component"
STATE_CHANGING = ("POST", "PUT", "PATCH", "DELETE")
CSRF_EXEMPT = (CALLBACK_PATH, "/csp-report")  # Dash: see docs/security.md; reports: log only


class UnsafeConfiguration(RuntimeError):
    """The settings would serve something unsafe; the message says what to change."""


def _loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return host == "localhost"
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_settings(settings: Settings) -> None:
    """Refuse to serve with the debugger on a reachable address."""
    if settings.debug and not _loopback(settings.host):
        raise UnsafeConfiguration(
            f"DEBUG=true exposes tracebacks and the debugger: refused on HOST={settings.host}. "
            "Use DEBUG only with HOST=127.0.0.1.")


def secret_key(settings: Settings) -> str:
    """SECRET_KEY, or for the embedded demo one generated once and kept under DATA_DIR."""
    key = settings.secret_key
    if key:
        if key == OLD_DEFAULT_SECRET or len(key) < 16:
            raise UnsafeConfiguration("SECRET_KEY is a known or short value: set at least 16 "
                                      "random characters (e.g. `python -c 'import secrets; "
                                      "print(secrets.token_hex(32))'`).")
        return key
    if not settings.embedded:
        raise UnsafeConfiguration("SECRET_KEY is not set: it signs the session cookies. Set it "
                                  "(at least 16 random characters) before serving DATABASE_URL.")
    path = Path(settings.data_dir) / "secret_key"
    if path.exists():
        stored = path.read_text().strip()
        if len(stored) >= 32:
            return stored
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    path.write_text(key)
    path.chmod(0o600)
    return key


def content_security_policy(app: dash.Dash) -> str:
    """Scripts only from this server, plus Dash's own inline scripts by hash (clientside
    callbacks and the renderer's start-up); styles may be inline (Plotly injects them)."""
    app._inline_scripts.extend(_callback.GLOBAL_INLINE_SCRIPTS)  # noqa: SLF001
    _callback.GLOBAL_INLINE_SCRIPTS.clear()
    hashes = " ".join(app.csp_hashes())
    return ("default-src 'self'; "
            f"script-src 'self' {hashes}; "
            "style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            "worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
            "form-action 'self'; frame-ancestors 'none'; report-uri /csp-report")


def _wants_html() -> bool:
    return (request.method == "GET" and not request.path.startswith(("/_", "/download/"))
            and request.headers.get("Upgrade", "").lower() != "websocket"  # not a page load
            and "text/html" in request.headers.get("Accept", "text/html"))


def _safe_next(path: str) -> str:
    return path if path.startswith("/") and not path.startswith(("//", "/\\")) else "/"


def _error(status: int, message: str) -> Response:
    if _wants_html() or request.path == "/login":
        from dashboard.signin import message_page

        return message_page(message, status)
    response = jsonify({"error": message})
    response.status_code = status
    return response


def _same_origin() -> bool:
    """A browser names the page that sent a POST (Origin, else Referer): it must be ours."""
    source = request.headers.get("Origin") or request.headers.get("Referer")
    if not source:
        return True  # not sent by a browser page: cookies were not lent to anyone
    parts = urlsplit(source)
    return parts.scheme in ("http", "https") and parts.netloc.lower() == request.host.lower()


def client_address() -> str:
    return (request.remote_addr or "")[:64]


def install_security(app: dash.Dash, services: Services,
                     admin_outputs: Collection[str]) -> None:
    server: Flask = app.server
    settings = services.settings
    check_settings(settings)
    server.config.update(
        SECRET_KEY=secret_key(settings),
        MAX_CONTENT_LENGTH=settings.max_request_bytes,
        SESSION_COOKIE_NAME="dashboard_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=settings.secure_cookies,
        REMEMBER_COOKIE_HTTPONLY=True,
        REMEMBER_COOKIE_SECURE=settings.secure_cookies,
        REMEMBER_COOKIE_SAMESITE="Lax",
        WTF_CSRF_CHECK_DEFAULT=False,  # checked below, on every state-changing non-Dash route
        WTF_CSRF_TIME_LIMIT=None,  # the token lives as long as the session
        WTF_CSRF_SSL_STRICT=settings.secure_cookies,
    )
    if settings.proxy_hops:
        server.wsgi_app = ProxyFix(server.wsgi_app, x_for=settings.proxy_hops,  # type: ignore[method-assign]
                                   x_proto=settings.proxy_hops, x_host=settings.proxy_hops)
    csrf = CSRFProtect(server)
    allowed = settings.allowed_host_names
    rules = CallbackRules.of(app, admin_outputs)
    csp_cache: dict[str, Any] = {}

    @server.before_request
    def gate() -> Any:
        # keep the id observability took from X-Request-ID (or made up): logs and response match
        g.request_id = g.get("request_id") or uuid.uuid4().hex[:12]
        path = request.path
        if "*" not in allowed and not path.startswith(HEALTH_PATHS) \
                and not host_is_trusted(request.host, allowed):
            return _error(400, "Unknown host name; see ALLOWED_HOSTS.")
        limit = settings.max_request_bytes
        if request.content_length is not None and request.content_length > limit:
            return _error(413, f"Request too large: at most {limit:,} bytes.")
        try:
            g.viewer = services.resolve_viewer(request)
        except Exception:  # noqa: BLE001 - the session store is down: refuse, do not crash
            log.exception("resolving the viewer failed")
            g.viewer = None
            if path not in PUBLIC_PATHS and not path.startswith(PUBLIC_ASSETS):
                return _error(503, "Sign-in is unavailable right now; try again shortly.")
        if request.method in STATE_CHANGING and path not in CSRF_EXEMPT:
            csrf.protect()
        if g.viewer is None and path not in PUBLIC_PATHS and not path.startswith(PUBLIC_ASSETS):
            if _wants_html():
                target = _safe_next(request.full_path.rstrip("?"))
                return redirect("/login" + (f"?next={target}" if target != "/" else ""))
            return _error(401, "Sign in first.")
        if path == CALLBACK_PATH:
            return _check_callback(services, rules)
        return None

    @server.after_request
    def headers(response: Response) -> Response:
        count = len(app._inline_scripts) + len(_callback.GLOBAL_INLINE_SCRIPTS)  # noqa: SLF001
        if csp_cache.get("count") != count:
            csp_cache["policy"] = content_security_policy(app)
            csp_cache["count"] = count
        h = response.headers
        h["Content-Security-Policy"] = csp_cache["policy"]
        h["X-Frame-Options"] = "DENY"
        h["X-Content-Type-Options"] = "nosniff"
        h["Referrer-Policy"] = "same-origin"
        h["Cross-Origin-Opener-Policy"] = "same-origin"
        h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
        if settings.secure_cookies:
            h["Strict-Transport-Security"] = "max-age=31536000"
        if not request.path.startswith(("/assets/", "/_dash-component-suites/")):
            h["Cache-Control"] = "no-store"
        _audit_response(services, response)
        return response

    @server.post("/csp-report")
    def csp_report() -> Any:
        body = request.get_data(cache=False)[:4000]
        log.warning("CSP violation reported: %s", body.decode("utf-8", "replace"))
        server.extensions.setdefault("csp_reports", []).append(body)
        return "", 204

    @server.errorhandler(CSRFError)
    def csrf_failed(exc: CSRFError) -> Response:
        return _error(400, "The form expired or did not come from this site; reload the page "
                           "and try again.")

    @server.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> Response:
        if isinstance(exc.response, Response):  # a page already made (the sign-in throttle's)
            return exc.response
        return _error(exc.code or 500, exc.description or exc.name)

    @server.errorhandler(Exception)
    def unexpected(exc: Exception) -> Response:
        log.exception("request %s failed", g.get("request_id", "?"))
        return _error(500, f"Something went wrong (reference {g.get('request_id', '?')}).")


def _check_callback(services: Services, rules: CallbackRules) -> Any:
    """A Dash callback POST: same-origin JSON, well formed, and admin outputs for admins."""
    if not _same_origin():
        return _error(403, "Cross-site request refused.")
    if not request.is_json:
        return _error(415, "Callbacks take JSON.")
    body = request.get_json(silent=True)
    problem = check_body(body, rules.callback_map)
    if problem or not isinstance(body, dict):
        return _error(400, f"Bad callback request: {problem}")
    outputs = main_outputs(body["output"])
    viewer = g.viewer
    if rules.admin_outputs & outputs and not viewer.is_admin:
        audit.record_now(services.Session, "denied", viewer.username, outcome="refused",
                         target=body["output"][:200], address=client_address())
        return _error(403, "Only an admin may do this.")
    g.callback_outputs = outputs
    g.callback_body = body
    return None


AUDITED_CALLBACKS = {
    # main output -> (action, the input whose value is the target)
    "copilot-job.data": ("copilot_question", "copilot-question.value"),
    "forecasts-job.data": ("retrain", None),
}


def _audit_response(services: Services, response: Response) -> None:
    """Record exports, downloads, questions and retrains that were served."""
    viewer = g.get("viewer")
    if viewer is None or response.status_code != 200:
        return
    try:
        if request.path.startswith("/download/"):
            action = "export" if request.path == "/download/projects.csv" else "download"
            audit.record_now(services.Session, action, viewer.username, target=request.path,
                             detail={"query": request.query_string.decode()[:500]},
                             address=client_address())
            return
        outputs = g.get("callback_outputs") or set()
        for output, (action, target_input) in AUDITED_CALLBACKS.items():
            if output not in outputs or "cacheKey" in request.args:
                continue  # a background job's later polls are not new actions
            body = g.get("callback_body") or {}
            target = ""
            if target_input:
                values = [*body.get("inputs", []), *body.get("state", [])]
                target = next((str(v.get("value"))[:200] for v in values if isinstance(v, dict)
                               and f"{v.get('id')}.{v.get('property')}" == target_input), "")
                started = (response.get_json(silent=True) or {}).get("response", {})
                if output.split(".")[0] not in started:
                    continue  # refused (empty, too long, rate-limited): nothing was asked
            audit.record_now(services.Session, action, viewer.username, target=target,
                             address=client_address())
    except Exception:  # noqa: BLE001 - an audit failure must not fail the response
        log.exception("audit record failed")
