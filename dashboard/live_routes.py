"""The live-updates endpoints on the app's own server: the ``/live`` websocket and ``/api/version``.

``/live`` passes the security gate like every route (a signed-in session, an allowed Host), then
refuses, before upgrading, a request that is not a websocket handshake, one whose ``Origin`` is
absent or not this site (a page elsewhere cannot borrow the cookie), and one over the
per-process or per-user limit (the page then polls). An accepted socket (simple-websocket) gets
a hello, then the events of the hub that its viewer may see; the server pings it every
``LIVE_PING_SECONDS`` and closes it when a pong does not come back (heartbeat and idle timeout);
the hub writes the events (``dashboard.live_hub``), this socket's thread only waits;
its sign-in session is checked again every ``LIVE_RECHECK_SECONDS`` (sign-out, expiry, changed
grants). Every slot, queue and thread of a socket is released when it ends, however it ends.

``/api/version`` is the fallback: the data version and when it last changed, one cheap read.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from typing import Any
from urllib.parse import urlsplit

from flask import Flask, Response, g, jsonify, request
from flask_login import current_user
from simple_websocket import ConnectionClosed, Server

from dashboard.live_hub import Client, Hub, LockedSocket, Refused, text_frame
from dashboard.services import Services
from data import users, version

log = logging.getLogger(__name__)
MAX_CLIENT_MESSAGE = 512  # clients send nothing but pongs; anything bigger closes the socket


def _refuse(status: int, message: str) -> Response:
    response = jsonify({"error": message})
    response.status_code = status
    return response


def origin_is_ours() -> bool:
    """A browser always names the page opening a websocket; it must be this site."""
    origin = request.headers.get("Origin", "")
    parts = urlsplit(origin)
    return parts.scheme in ("http", "https") and parts.netloc.lower() == request.host.lower()


def _reader_thread(client: Client) -> type[threading.Thread]:
    """simple-websocket's reader thread, made a daemon that wakes our sender when it ends (the
    peer closed, vanished or missed a pong): the sender then releases everything at once."""

    class Reader(threading.Thread):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, daemon=True, **kwargs)

        def run(self) -> None:
            try:
                super().run()
            finally:
                client.wake()

    return Reader


def _socket_response(ws: Server) -> Response:
    """What the WSGI server gets back once the socket is done (as flask-sock does it): gunicorn
    is told the connection is finished; Werkzeug's server writes nothing more of note."""

    class SocketDone(Response):
        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            if ws.mode == "gunicorn":
                raise StopIteration()
            if ws.mode == "werkzeug":
                return super().__call__(*args, **kwargs)
            return []

    return SocketDone()


def add_live_routes(server: Flask, services: Services, hub: Hub | None) -> None:
    settings = services.settings

    @server.get("/api/version")
    def data_version() -> Response:
        with services.engine.connect() as conn:
            number, changed = version.current(conn), version.changed_at(conn)
        return jsonify({"version": number, "live": hub is not None,
                        "changed_at": changed.isoformat() + "Z" if changed else None})

    @server.route("/live", websocket=True)  # Werkzeug matches upgrade requests only to these
    def live() -> Response:
        if hub is None:
            return _refuse(404, "Live updates are turned off; the page polls instead.")
        if request.headers.get("Upgrade", "").lower() != "websocket":
            return _refuse(400, "This address takes a websocket handshake.")
        if not origin_is_ours():
            return _refuse(403, "Cross-site websocket refused.")
        viewer = g.viewer
        token = current_user.token if current_user.is_authenticated else None
        try:
            client = hub.admit(viewer, token)
        except Refused as exc:
            return _refuse(429, str(exc))
        environ = dict(request.environ)
        environ.pop("HTTP_SEC_WEBSOCKET_EXTENSIONS", None)  # tiny messages: no deflate state
        for key in ("werkzeug.socket", "gunicorn.socket"):
            if key in environ:
                environ[key] = client.sock = LockedSocket(environ[key])
        try:
            ws = Server(environ, ping_interval=settings.live_ping_seconds,
                        max_message_size=MAX_CLIENT_MESSAGE,
                        thread_class=_reader_thread(client))
        except Exception:  # noqa: BLE001 - a broken handshake
            hub.release(client)
            log.info("live: handshake failed", exc_info=True)
            return _refuse(400, "Websocket handshake failed.")
        try:
            _serve(ws, client, services)
        except (ConnectionClosed, OSError):
            pass
        finally:
            hub.release(client)
            with contextlib.suppress(Exception):  # already closed by the peer
                ws.close()
            if client.sock is not None:
                client.sock.shutdown()
        return _socket_response(ws)


def _serve(ws: Server, client: Client, services: Services) -> None:
    """Send the hello, then hold the socket (the hub writes the events to it) until the peer
    goes, the client is dropped or its session ends."""
    with services.engine.connect() as conn:
        number = version.current(conn)
    if client.sock is None or not client.sock.try_send(
            text_frame(json.dumps({"type": "hello", "version": number}))):
        return
    while ws.connected and not client.closed.wait(services.settings.live_recheck_seconds):
        if not _still_signed_in(client, services):
            ws.close(reason=1008, message="Signed out")
            return


def _still_signed_in(client: Client, services: Services) -> bool:
    """The session behind the socket is still open (and the viewer's grants are refreshed)."""
    if client.token is None:
        return True  # a test resolver chose the viewer; there is no session to expire
    with services.read() as session:
        viewer = users.viewer_for(session, client.token)
    if viewer is None:
        return False
    client.viewer = viewer
    return True
