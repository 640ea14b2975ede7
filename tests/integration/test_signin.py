"""Signing in and out over HTTP on both engines: sessions end on the server, expire, are
throttled per account and per address, need CSRF tokens, and every attempt is audited."""

from __future__ import annotations

import datetime as dt
import json
import re

import itsdangerous.timed
import pytest
import redis
from sqlalchemy import event, func, select

from dashboard import signin
from dashboard.app import create_app
from dashboard.settings import Settings
from data import users
from data.schema import AuditEvent, UserSession
from tests.callbacks import page_body, response_text
from tests.conftest import REDIS_TEST_URL, require
from tests.factories import add_portfolio
from tests.signin import PASSWORD, TEST_SECRET, add_user, csrf_token, login

REDIS_URL = REDIS_TEST_URL


def make_settings(engine, tmp_path, **overrides) -> Settings:
    url = engine.url.render_as_string(hide_password=False)
    values = dict(data_dir=tmp_path, database_url=url, secret_key=TEST_SECRET,
                  forecast_on_start=False, copilot_index_on_start=False)
    return Settings(**{**values, **overrides})


@pytest.fixture
def site(db, engine, tmp_path):
    """An app on a clean database (both engines) with Alpha and a viewer granted it."""
    with db.begin() as s:
        add_portfolio(s, "Alpha")
        add_portfolio(s, "Beta")
    add_user(engine, "vera", "viewer", ["Alpha"])
    add_user(engine, "ada", "admin")
    return create_app(make_settings(engine, tmp_path), start=False)


def audit_rows(db, action="sign_in"):
    with db() as s:
        return [(r.actor, r.outcome) for r in s.scalars(
            select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id))]


def layout_csrf(client) -> str:
    layout = client.get("/_dash-layout")
    assert layout.status_code == 200
    found = re.search(r'"name": ?"csrf_token".*?"value": ?"([^"]+)"|"value": ?"([^"]+)"[^}]*'
                      r'"name": ?"csrf_token"', layout.get_data(as_text=True))
    assert found, "the sign-out form carries the session's CSRF token"
    return found.group(1) or found.group(2)


def test_sign_in_and_out_ends_the_session_on_the_server(site, db):
    client = site.server.test_client()
    assert client.get("/").headers["Location"] == "/login"
    assert client.get("/_dash-layout").status_code == 401
    response = login(client, "vera", next_path="/projects")
    assert response.status_code == 302 and response.headers["Location"] == "/projects"
    layout = client.get("/_dash-layout").get_data(as_text=True)
    assert "vera" in layout and "/ai-usage" not in layout and "/admin" not in layout
    cookie = client.get_cookie("dashboard_session")
    assert cookie.http_only and cookie.same_site == "Lax" and not cookie.secure
    with db() as s:
        assert s.scalar(select(func.count(UserSession.id))) == 1

    token = layout_csrf(client)
    assert client.post("/logout", data={"csrf_token": token}).status_code == 200
    assert client.get("/_dash-layout").status_code == 401
    with db() as s:
        assert s.scalar(select(func.count(UserSession.id))) == 0
    replay = site.server.test_client()  # a copy of the old cookie is worth nothing now
    replay.set_cookie("dashboard_session", cookie.value)
    assert replay.get("/_dash-layout").status_code == 401
    assert audit_rows(db) == [("vera", "ok")]
    assert audit_rows(db, "sign_out") == [("vera", "ok")]


def test_wrong_passwords_unknown_and_deactivated_users_are_refused(site, db):
    client = site.server.test_client()
    assert login(client, "vera", "not the password at all").status_code == 401
    assert login(client, "nobody", PASSWORD).status_code == 401
    assert login(client, "vera", "x" * 100_000).status_code in (401, 413)
    with db.begin() as s:
        users.set_active(s, "vera", False)
    assert login(client, "vera").status_code == 401
    assert client.get("/_dash-layout").status_code == 401
    assert [o for _a, o in audit_rows(db)] == ["failed"] * len(audit_rows(db))
    assert ("nobody", "failed") in audit_rows(db)


def test_reset_password_role_change_and_deactivation_end_sessions(site, db):
    client = site.server.test_client()
    for change in (lambda s: users.set_password(s, "vera", "another long password"),
                   lambda s: users.set_role(s, "vera", "manager"),
                   lambda s: users.set_active(s, "vera", False)):
        with db.begin() as s:
            users.set_active(s, "vera", True)
            users.set_password(s, "vera", PASSWORD)
        assert login(client, "vera").status_code == 302
        assert client.get("/_dash-layout").status_code == 200
        with db.begin() as s:
            change(s)
        assert client.get("/_dash-layout").status_code == 401


def test_a_viewer_is_read_once_per_data_version_and_again_after_any_access_change(site, db,
                                                                                   engine):
    app_engine = site.server.extensions["dashboard"].engine
    """Requests of a signed-in viewer read the data version and, while it holds, not the
    session: a grant, a revoke, a sign-out elsewhere (any process) bump it, and the next
    request reads the viewer again and sees the change."""
    client = site.server.test_client()
    login(client, "vera")
    reads: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        if "user_sessions" in statement:
            reads.append(statement)

    def visible() -> set[str]:  # the portfolios the overview's filter offers her
        page = client.post("/_dash-update-component", json=page_body(site, "/"))
        assert page.status_code == 200
        return {name for name in ("Alpha", "Beta") if f'"{name}"' in response_text(page)}

    event.listen(app_engine, "before_cursor_execute", count)
    try:
        assert visible() == {"Alpha"} and len(reads) == 1
        for _ in range(3):
            assert visible() == {"Alpha"}
        assert len(reads) == 1  # kept while nothing changed
        with db.begin() as s:
            users.grant(s, "vera", ["Beta"])
        assert visible() == {"Alpha", "Beta"} and len(reads) == 2
        with db.begin() as s:
            users.revoke(s, "vera", ["Alpha"])
        assert visible() == {"Beta"} and len(reads) == 3
        with db.begin() as s:  # signed out everywhere (`python -m dashboard user sign-out`)
            users.end_sessions(s, users.user_id(s, "vera"))
        assert client.get("/_dash-layout").status_code == 401
    finally:
        event.remove(app_engine, "before_cursor_execute", count)
    with engine.connect() as conn:  # by the test's own SQL: no session is left
        assert conn.scalar(select(func.count()).select_from(UserSession)) == 0


def test_sessions_expire_after_the_maximum_age_and_when_idle(site, db, monkeypatch):
    client = site.server.test_client()
    login(client, "vera")
    assert client.get("/_dash-layout").status_code == 200
    with db.begin() as s:  # the row's end: SESSION_MAX_HOURS after sign-in
        (ends,) = s.scalars(select(UserSession.expires_at)).all()
    # the clock passes the row's end (the viewer kept since the last request expires with it)
    later = ends + dt.timedelta(seconds=1)
    monkeypatch.setattr(signin, "utcnow", lambda: later)
    monkeypatch.setattr(users, "utcnow", lambda: later)
    assert client.get("/_dash-layout").status_code == 401
    monkeypatch.undo()

    client = site.server.test_client()  # a new session (time does not run back for the old)
    login(client, "vera")
    assert client.get("/_dash-layout").status_code == 200
    idle = site.server.config["PERMANENT_SESSION_LIFETIME"].total_seconds()
    now = itsdangerous.timed.time.time()
    monkeypatch.setattr(itsdangerous.timed.time, "time", lambda: now + idle + 5)
    assert client.get("/_dash-layout").status_code == 401  # the cookie's signed age


def test_forms_need_their_csrf_token_and_next_stays_on_this_site(site):
    client = site.server.test_client()
    no_token = client.post("/login", data={"username": "vera", "password": PASSWORD})
    assert no_token.status_code == 400 and b"did not come from this site" in no_token.data
    assert client.get("/_dash-layout").status_code == 401
    for hostile in ("//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:1"):
        client = site.server.test_client()
        assert login(client, "vera", next_path=hostile).headers["Location"] == "/"
    client = site.server.test_client()
    login(client, "vera")
    assert client.post("/logout", data={}).status_code == 400  # logout needs the token too
    assert client.get("/_dash-layout").status_code == 200


def test_failed_sign_ins_are_throttled_per_account_and_per_address(db, engine, tmp_path):
    with db.begin() as s:
        add_portfolio(s, "Alpha")
    for name in ("ada", "bob", "cy"):
        add_user(engine, name, "viewer")
    app = create_app(make_settings(engine, tmp_path, login_limit_account="3 per minute",
                                   login_limit_address="7 per minute"), start=False)

    def attempt(name, password=PASSWORD):  # a fresh browser each time, the same address
        return login(app.server.test_client(), name, password).status_code

    assert [attempt("ada", "wrong password!!") for _ in range(3)] == [401] * 3
    refused = login(app.server.test_client(), "ada")  # the right password, but throttled
    assert refused.status_code == 429 and b"Too many failed sign-ins" in refused.data
    assert attempt("bob") == 302  # another account is not
    assert [attempt("bob", "wrong password!!") for _ in range(3)] == [401, 401, 401]
    assert attempt("cy", "wrong password!!") == 401  # the 7th failure from this address
    assert attempt("cy") == 429  # this address is throttled now
    refusals = [a for a in audit_rows(db) if a[1] == "refused"]
    assert ("ada", "refused") in refusals and ("cy", "refused") in refusals


def test_throttling_is_shared_by_workers_through_redis(db, engine, tmp_path):
    client_redis = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1)
    try:
        client_redis.ping()
    except redis.RedisError:
        require(False, f"Redis at {REDIS_URL}")
    for key in client_redis.scan_iter("LIMITS:LIMITER/dashboard-login/*"):
        client_redis.delete(key)
    add_user(engine, "ada", "viewer")
    settings = make_settings(engine, tmp_path, redis_url=REDIS_URL,
                             login_limit_account="2 per minute")
    first, second = (create_app(settings, start=False).server.test_client() for _ in range(2))
    assert login(first, "ada", "wrong password!!").status_code == 401
    assert login(second, "ada", "wrong password!!").status_code == 401
    assert login(first, "ada").status_code == 429  # the other worker's failure counted
    assert any(client_redis.scan_iter("LIMITS:LIMITER/dashboard-login/*"))


def test_the_copilot_rate_limit_is_per_user(site):
    from data.scope import Scope
    from data.viewer import Viewer
    from pages import copilot_sidebar

    services = site.server.extensions["dashboard"]
    services.copilot.limiter.limit = 2
    vera, ada = Viewer("vera", "viewer", Scope.of()), Viewer("ada", "admin", Scope.everything())

    def ask(viewer, n):
        return copilot_sidebar.ask(services, viewer, n, None, f"question {n}", [], "/")

    assert all(isinstance(ask(vera, n)[0], dict) for n in (1, 2))
    limited = ask(vera, 3)
    assert "Too many questions" in json.dumps(limited[5].to_plotly_json(), default=str)  # alert
    assert isinstance(ask(ada, 4)[0], dict)  # another user still asks


# --- configuration refused, demo secrets, the command line (embedded SQLite) ------------------


def test_unsafe_settings_refuse_to_start(tmp_path):
    from dashboard.security import UnsafeConfiguration

    served = "postgresql://postgres@127.0.0.1:1/none"
    for settings in (Settings(data_dir=tmp_path, debug=True, host="0.0.0.0"),
                     Settings(data_dir=tmp_path, database_url=served),
                     Settings(data_dir=tmp_path, database_url=served,
                              secret_key="dev-only-change-me"),
                     Settings(data_dir=tmp_path, database_url=served, secret_key="short")):
        with pytest.raises(UnsafeConfiguration):
            create_app(settings, start=False)
    create_app(Settings(data_dir=tmp_path, debug=True, host="127.0.0.1"), start=False)


def test_the_demo_generates_and_keeps_its_secret(tmp_path):
    first = create_app(Settings(data_dir=tmp_path), start=False).server.config["SECRET_KEY"]
    key_file = tmp_path / "secret_key"
    assert key_file.read_text() == first and len(first) >= 32
    assert key_file.stat().st_mode & 0o077 == 0  # readable by its owner only
    again = create_app(Settings(data_dir=tmp_path), start=False).server.config["SECRET_KEY"]
    other = create_app(Settings(data_dir=tmp_path / "b"), start=False).server.config["SECRET_KEY"]
    assert again == first != other


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("SECRET_KEY", raising=False)
    return tmp_path


def test_user_commands_and_the_generated_demo_admin(data_dir, capsys, monkeypatch):
    from dashboard import cli
    from data.db import make_engine, make_sessionmaker
    from data.schema import User

    assert cli.main(["demo", "--projects", "8"]) == 0
    engine = make_engine(f"sqlite:///{data_dir / 'dashboard.db'}")
    with make_sessionmaker(engine)() as s:  # the demo's users have no password at all
        assert s.scalar(select(func.count(User.id)).where(User.password_hash.is_not(None))) == 0
    capsys.readouterr()
    created = cli.first_admin(cli.Settings())
    assert created and created[0] == "admin" and len(created[1]) >= 16
    assert cli.first_admin(cli.Settings()) is None  # once an admin can sign in, never again
    with make_sessionmaker(engine).begin() as s:
        assert users.authenticate(s, "admin", created[1]) is not None
        assert users.authenticate(s, "viewer", "") is None

    assert cli.main(["user", "add", "nina", "--role", "manager", "--portfolio",
                     "Nonexistent"]) == 2
    assert "no portfolio" in capsys.readouterr().err
    with make_sessionmaker(engine)() as s:
        first_portfolio = s.execute(select(func.min(users.Portfolio.name))).scalar()
    assert cli.main(["user", "add", "nina", "--role", "manager", "--portfolio",
                     first_portfolio]) == 0
    password = re.search(r"password for nina: (\S+)", capsys.readouterr().out).group(1)
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("typed password 123\n"))
    assert cli.main(["user", "reset-password", "nina", "--password-stdin"]) == 0
    assert "typed password 123" not in capsys.readouterr().out
    with make_sessionmaker(engine).begin() as s:
        assert users.authenticate(s, "nina", password) is None
        assert users.authenticate(s, "nina", "typed password 123") is not None
    assert cli.main(["user", "revoke", "nina", first_portfolio]) == 0
    assert cli.main(["user", "list"]) == 0
    listed = capsys.readouterr().out
    assert re.search(r"nina\s+manager\s+active\s+-", listed)
    assert re.search(r"admin\s+admin\s+active\s+all", listed)
    with make_sessionmaker(engine)() as s:
        ops = [r.detail["op"] for r in s.scalars(select(AuditEvent).where(
            AuditEvent.action == "admin").order_by(AuditEvent.id))]
    assert ops == ["add", "reset-password", "revoke"]
    engine.dispose()


def test_hostile_sign_in_names_are_refused_and_audited_on_both_engines(site, db):
    client = site.server.test_client()
    for name in ("a\x00b", "<script>x</script>", "ü" * 500, "\u202eadmin"):
        response = client.post("/login", data={"username": name, "password": "x" * 20,
                                               "csrf_token": csrf_token(client)})
        assert response.status_code == 401, name
    with db() as s:
        targets = list(s.scalars(select(AuditEvent.target).where(
            AuditEvent.action == "sign_in")))
    assert "ab" in targets and "<script>x</script>" in targets and len(targets) == 4


def test_a_session_resolves_to_its_grants_in_one_statement(db, engine):
    """The viewer behind a token: the portfolios granted, none, or everything for an admin and
    for a user granted every portfolio there is (until another is added); the user and the grants
    come back in one statement (it runs on every request)."""
    from sqlalchemy import event, text

    from data import users

    with db.begin() as s:
        ids = [add_portfolio(s, name).id for name in ("Alpha", "Beta", "Gamma")]
    add_user(engine, "two", "viewer", ["Alpha", "Gamma"])
    add_user(engine, "none", "viewer")
    add_user(engine, "boss", "admin")
    add_user(engine, "every", "manager", ["Alpha", "Beta", "Gamma"])
    with db.begin() as s:
        tokens = {name: users.open_session(s, users._get(s, name), dt.timedelta(hours=1))
                  for name in ("two", "none", "boss", "every")}
    with engine.connect() as conn:  # the grants, by the test's own SQL
        granted = {name: {r[0] for r in conn.execute(text(
            "SELECT g.portfolio_id FROM user_portfolios g JOIN users u ON u.id = g.user_id"
            " WHERE u.username = :n"), {"n": name})} for name in ("two", "none")}
    assert granted == {"two": {ids[0], ids[2]}, "none": set()}
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        with db() as s:
            found = {name: users.viewer_for(s, token) for name, token in tokens.items()}
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert found["two"].scope.portfolio_ids == frozenset(granted["two"])
    assert found["none"].scope.portfolio_ids == frozenset()
    assert found["boss"].scope.portfolio_ids is None  # everything
    assert found["every"].scope.portfolio_ids is None and found["every"].role == "manager"
    assert len(statements) == 4  # one per token
    with db.begin() as s:
        delta = add_portfolio(s, "Delta").id
    with db() as s:
        every = users.viewer_for(s, tokens["every"])
    assert every.scope.portfolio_ids == frozenset(ids) and delta not in ids  # not the new one
    with db() as s:
        assert users.viewer_for(s, "x" * 40) is None
