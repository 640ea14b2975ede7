"""Signing in and out: flask-login sessions backed by ``user_sessions`` rows, throttled attempts.

``install_signin(server, services)`` adds ``GET/POST /login`` and ``POST /logout`` (both with a
CSRF token, flask-wtf) and returns the resolver the factory uses by default: the viewer of the
request's live session, or ``None``. Failed sign-ins are limited per account and per address
(flask-limiter; Redis when ``REDIS_URL`` is set, so every worker counts together), and every
attempt is audited. A session ends when the user signs out, after ``SESSION_IDLE_MINUTES``
without a request (the cookie's signed age) or ``SESSION_MAX_HOURS`` after sign-in (the row).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from flask import Flask, Request, Response, redirect, render_template_string, request, session
from flask_limiter import Limiter, RequestLimit
from flask_limiter.util import get_remote_address
from flask_login import LoginManager, UserMixin, current_user, login_user, logout_user
from flask_wtf.csrf import generate_csrf

from dashboard.services import Services
from data import audit, users
from data.schema import utcnow
from data.viewer import Viewer

log = logging.getLogger(__name__)
FAILED = 401
VIEWERS_KEPT = 10_000  # signed-in viewers a process keeps between requests (then starts afresh)

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sign in · Portfolio dashboard</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="/_favicon.ico">
<link rel="stylesheet" href="/assets/00-bootstrap.min.css">
<link rel="stylesheet" href="/assets/dashboard.css"></head>
<body class="bg-light"><main class="container" style="max-width: 26rem; margin-top: 8vh">
<h1 class="h3 mb-3">Portfolio dashboard</h1>
{% if message %}<div class="alert alert-{{ tone }}" role="alert" id="signin-message">
{{ message }}</div>{% endif %}
{% if form %}<form method="post" action="/login" id="signin-form" class="card card-body">
<input type="hidden" name="csrf_token" value="{{ csrf }}">
<input type="hidden" name="next" value="{{ next }}">
<label for="signin-username" class="form-label">Username</label>
<input id="signin-username" name="username" class="form-control mb-2" autocomplete="username"
 maxlength="80" required autofocus value="{{ username }}">
<label for="signin-password" class="form-label">Password</label>
<input id="signin-password" name="password" type="password" class="form-control mb-3"
 autocomplete="current-password" maxlength="256" required>
<button id="signin-submit" type="submit" class="btn btn-primary">Sign in</button>
</form>{% else %}<a href="/" class="btn btn-outline-primary">Back to the dashboard</a>{% endif %}
</main></body></html>"""


class SessionUser(UserMixin):
    """flask-login's user: the viewer of one session; its id is the session token."""

    def __init__(self, viewer: Viewer, token: str) -> None:
        self.viewer = viewer
        self.token = token

    def get_id(self) -> str:
        return self.token


def message_page(message: str, status: int, *, form: bool = False, next_path: str = "/",
                 username: str = "", tone: str = "warning") -> Response:
    body = render_template_string(PAGE, message=message, tone=tone, form=form,
                                  csrf=generate_csrf() if form else "", next=next_path,
                                  username=username)
    return Response(body, status=status, mimetype="text/html")


def _safe_next(value: Any) -> str:
    path = value if isinstance(value, str) else "/"
    if not path.startswith("/") or path.startswith(("//", "/\\")) or len(path) > 2000:
        return "/"
    return path


def _posted_username() -> str:
    name = request.form.get("username", "") if request.method == "POST" else ""
    return "account:" + name.strip().lower()[:80]


def install_signin(server: Flask, services: Services) -> Any:
    """Add the sign-in routes; return the session resolver (``Request -> Viewer | None``)."""
    settings = services.settings
    server.config["PERMANENT_SESSION_LIFETIME"] = dt.timedelta(
        minutes=settings.session_idle_minutes)
    manager = LoginManager(server)
    manager.session_protection = "basic"
    manager.login_view = None  # the gate in dashboard.security redirects, not flask-login
    limiter = Limiter(get_remote_address, app=server,
                      storage_uri=settings.redis_url or "memory://",
                      storage_options={"socket_connect_timeout": 1, "socket_timeout": 1}
                      if settings.redis_url else {},
                      key_prefix="dashboard-login", swallow_errors=True,
                      in_memory_fallback_enabled=True, headers_enabled=False)
    server.extensions["login_limiter"] = limiter

    # token hash -> (data version, expiry, viewer): a request of a signed-in viewer reads the
    # data version (which it needs anyway) and, while it is unchanged, nothing else. Every
    # change of who sees what bumps it (``users.access_changed``), in any process.
    viewers: dict[str, tuple[int, dt.datetime, Viewer]] = {}

    def load(token: str) -> SessionUser | None:
        if not users.valid_token(token):
            return None
        key = users.token_hash(token)
        with services.read() as s:
            # first: a viewer is never kept under a later version than the one it was read at
            current = services.note_data_version(s)
            kept = viewers.get(key)
            if kept is not None and kept[0] == current and utcnow() < kept[1]:
                return SessionUser(kept[2], token)
            found = users.viewer_until(s, token)
        if found is None:
            viewers.pop(key, None)
            return None
        if len(viewers) >= VIEWERS_KEPT:
            viewers.clear()
        viewers[key] = (current, found[1], found[0])
        return SessionUser(found[0], token)

    manager.user_loader(load)

    def failed(response: Response) -> bool:
        return response.status_code == FAILED

    def on_breach(limit: RequestLimit) -> Response:
        name = _posted_username().removeprefix("account:")
        audit.record_now(services.Session, "sign_in", name or "anonymous", outcome="refused",
                         target=name, detail={"limit": str(limit.limit)},
                         address=(request.remote_addr or ""))
        return message_page("Too many failed sign-ins; wait a few minutes and try again.", 429,
                            form=True, next_path=_safe_next(request.form.get("next")),
                            username=name)

    @server.get("/login")
    def login_form() -> Response:
        if current_user.is_authenticated:
            return redirect(_safe_next(request.args.get("next")))  # type: ignore[return-value]
        return message_page("", 200, form=True, next_path=_safe_next(request.args.get("next")))

    @server.post("/login")
    @limiter.limit(settings.login_limit_address, methods=["POST"], deduct_when=failed,
                   on_breach=on_breach)
    @limiter.limit(settings.login_limit_account, key_func=_posted_username, methods=["POST"],
                   deduct_when=failed, on_breach=on_breach)
    def login() -> Response:
        name = request.form.get("username", "")[:80]
        password = request.form.get("password", "")
        next_path = _safe_next(request.form.get("next"))
        address = (request.remote_addr or "")[:64]
        with services.Session.begin() as s:
            user = users.authenticate(s, name, password)
            if user is None:
                audit.record(s, "sign_in", name.strip().lower() or "anonymous",
                             outcome="failed", target=name, address=address)
                token = None
            else:
                lifetime = dt.timedelta(hours=settings.session_max_hours)
                token = users.open_session(s, user, lifetime, address)
                viewer = Viewer(user.username, user.role, user_id=user.id)
                audit.record(s, "sign_in", user.username, address=address)
        if token is None:
            return message_page("Wrong username or password.", FAILED, form=True,
                                next_path=next_path, username=name)
        session.clear()  # no state carried over from before sign-in (fixation)
        session.permanent = True
        login_user(SessionUser(viewer, token))
        # The CSRF token goes into the session now, with the sign-in's own cookie: made later by
        # the first page's layout, a concurrent request (a poll, the live socket) answering with
        # the older cookie could drop it, and the sign-out form would then be refused (400).
        generate_csrf()
        return redirect(next_path)  # type: ignore[return-value]

    @server.post("/logout")
    def logout() -> Response:
        if current_user.is_authenticated:
            with services.Session.begin() as s:
                users.close_session(s, current_user.token)
                audit.record(s, "sign_out", current_user.viewer.username,
                             address=(request.remote_addr or "")[:64])
        logout_user()
        session.clear()
        return message_page("You are signed out.", 200, form=True, tone="info")

    def resolve(_request: Request) -> Viewer | None:
        return current_user.viewer if current_user.is_authenticated else None

    return resolve
