"""Users, their grants and their sign-in sessions: commands and queries over ``users``.

Passwords are stored as argon2id hashes (argon2-cffi); the web layer never sees a hash. A
signed-in browser holds a random token whose SHA-256 is a ``user_sessions`` row, so signing out,
a password reset, a deactivation or a role change ends sessions on the server. ``viewer_for``
turns a live session into the ``Viewer`` every read is scoped by: admins see every portfolio,
managers and viewers the ones granted to them.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from data import version
from data.errors import DataLayerError
from data.pagination import Page, clamp_page, clamp_page_size
from data.schema import USER_ROLES, Portfolio, User, UserPortfolio, UserSession, utcnow
from data.scope import Scope
from data.viewer import Viewer

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._@-]{1,79}$")
MIN_PASSWORD = 12
MAX_PASSWORD = 256  # hashing is deliberately slow: never hash megabytes someone posted
_HASHER = PasswordHasher()  # argon2id with the library's current recommended parameters
# Verified when the username is unknown, so a wrong name costs the same time as a wrong password.


@functools.cache
def _dummy_hash() -> str:
    """A hash to verify against when the user does not exist (same time either way); made on
    the first sign-in, not at import (argon2 is deliberately slow: most of a second)."""
    return _HASHER.hash(secrets.token_urlsafe(16))



class UserError(DataLayerError):
    """A user command was refused; the message says why in words an admin can act on."""


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: str
    is_active: bool
    last_login: dt.datetime | None
    portfolios: tuple[str, ...]


# --- values -------------------------------------------------------------------------------------


def clean_username(value: object) -> str:
    name = value.strip().lower() if isinstance(value, str) else ""
    if not USERNAME.fullmatch(name):
        raise UserError("a username is 2-80 characters: lower-case letters, digits and . _ @ -, "
                        "starting with a letter or digit")
    return name


def check_password(password: object) -> str:
    if not isinstance(password, str) or not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise UserError(f"a password has {MIN_PASSWORD} to {MAX_PASSWORD} characters")
    return password


def check_role(role: object) -> str:
    if role not in USER_ROLES:
        raise UserError(f"unknown role {str(role)[:20]!r}; choose one of {', '.join(USER_ROLES)}")
    return str(role)


def generate_password() -> str:
    """A random password to hand over once (about 120 bits)."""
    return secrets.token_urlsafe(15)


def hash_password(password: str) -> str:
    return _HASHER.hash(check_password(password))


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


# --- commands -----------------------------------------------------------------------------------


def user_id(session: Session, username: str) -> int:
    """The user's id (``UserError`` when there is no such user)."""
    return _get(session, username).id


def _get(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == clean_username(username)))
    if user is None:
        raise UserError(f"no user {username[:80]!r}")
    return user


def _portfolio_ids(session: Session, portfolios: Iterable[str | int]) -> list[int]:
    """Portfolios by name or id; every one must exist."""
    wanted = list(portfolios)
    ids = [p for p in wanted if isinstance(p, int)]
    names = [p for p in wanted if isinstance(p, str)]
    found = dict(session.execute(select(Portfolio.name, Portfolio.id)
                                 .where(Portfolio.name.in_(names))).all()) if names else {}
    known = (set(session.scalars(select(Portfolio.id).where(Portfolio.id.in_(ids))))
             if ids else set())
    missing = [str(p) for p in names if p not in found] + [str(i) for i in ids if i not in known]
    if missing:
        raise UserError(f"no portfolio {', '.join(repr(m[:120]) for m in missing)}")
    return sorted({*ids, *found.values()})


def create_user(session: Session, username: str, password: str, role: str = "viewer", *,
                display_name: str = "", portfolios: Sequence[str | int] = ()) -> User:
    name = clean_username(username)
    role = check_role(role)
    if session.scalar(select(User.id).where(User.username == name)) is not None:
        raise UserError(f"user {name!r} already exists")
    display = re.sub(r"[\x00-\x1f\x7f\ud800-\udfff]", "", display_name).strip()[:120]
    user = User(username=name, display_name=display, role=role,
                password_hash=hash_password(password), is_active=True)
    session.add(user)
    session.flush()
    for portfolio_id in _portfolio_ids(session, portfolios):
        session.add(UserPortfolio(user_id=user.id, portfolio_id=portfolio_id))
    session.flush()
    return user


def access_changed(session: Session) -> None:
    """Who sees what changed (a role, a grant, a session ended): the commit bumps the data
    version, and each process's signed-in viewers, kept per data version, are read anew."""
    version.mark_written(session)


def end_sessions(session: Session, user_id: int) -> int:
    """Sign a user out everywhere."""
    result = session.execute(delete(UserSession).where(UserSession.user_id == user_id))
    access_changed(session)
    return int(getattr(result, "rowcount", 0))


def set_password(session: Session, username: str, password: str) -> User:
    user = _get(session, username)
    user.password_hash = hash_password(password)
    end_sessions(session, user.id)
    return user


def set_role(session: Session, username: str, role: str) -> User:
    user = _get(session, username)
    user.role = check_role(role)
    end_sessions(session, user.id)  # the new role applies from the next sign-in
    return user


def set_active(session: Session, username: str, active: bool) -> User:
    user = _get(session, username)
    user.is_active = active
    access_changed(session)
    if not active:
        end_sessions(session, user.id)
    return user


def grant(session: Session, username: str, portfolios: Sequence[str | int]) -> list[int]:
    """Grant portfolios; returns the ids newly granted (already granted ones are kept)."""
    user = _get(session, username)
    have = set(session.scalars(select(UserPortfolio.portfolio_id)
                               .where(UserPortfolio.user_id == user.id)))
    new = [p for p in _portfolio_ids(session, portfolios) if p not in have]
    for portfolio_id in new:
        session.add(UserPortfolio(user_id=user.id, portfolio_id=portfolio_id))
    session.flush()
    access_changed(session)
    return new


def revoke(session: Session, username: str, portfolios: Sequence[str | int]) -> int:
    user = _get(session, username)
    ids = _portfolio_ids(session, portfolios)
    result = session.execute(delete(UserPortfolio).where(
        UserPortfolio.user_id == user.id, UserPortfolio.portfolio_id.in_(ids)))
    access_changed(session)
    return int(getattr(result, "rowcount", 0))


# --- signing in ---------------------------------------------------------------------------------


def authenticate(session: Session, username: object, password: object) -> User | None:
    """The active user with this name and password, or None (same work either way)."""
    try:
        name = clean_username(username)
    except UserError:
        name = ""
    user = session.scalar(select(User).where(User.username == name)) if name else None
    if not isinstance(password, str) or len(password) > MAX_PASSWORD:
        password = ""
    stored = user.password_hash if user is not None and user.password_hash else _dummy_hash()
    try:
        _HASHER.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if user is None or not user.is_active:
        return None
    if _HASHER.check_needs_rehash(stored):
        user.password_hash = _HASHER.hash(password)
    return user


def open_session(session: Session, user: User, lifetime: dt.timedelta,
                 address: str = "") -> str:
    """Start a session for a signed-in user; returns the token for the cookie (shown once)."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    session.add(UserSession(token_hash=token_hash(token), user_id=user.id, created_at=now,
                            expires_at=now + lifetime, address=address[:64]))
    user.last_login = now
    session.execute(delete(UserSession).where(UserSession.user_id == user.id,
                                              UserSession.expires_at < now))
    return token


def close_session(session: Session, token: str) -> None:
    session.execute(delete(UserSession).where(UserSession.token_hash == token_hash(token)))
    access_changed(session)


def valid_token(token: Any) -> bool:
    """A session token's shape (what ``open_session`` hands out), before any lookup."""
    return isinstance(token, str) and 20 <= len(token) <= 100


def viewer_for(session: Session, token: str) -> Viewer | None:
    """The viewer of a live session token (None: unknown, expired or deactivated)."""
    found = viewer_until(session, token)
    return found[0] if found else None


def viewer_until(session: Session, token: str) -> tuple[Viewer, dt.datetime] | None:
    """The viewer of a live session token and when the session expires (naive UTC)."""
    if not valid_token(token):
        return None
    # one statement: the user, and a row per portfolio granted (or one None)
    rows = session.execute(
        select(User.id, User.username, User.role, User.display_name, UserPortfolio.portfolio_id,
               _portfolio_count(), UserSession.expires_at)
        .join(UserSession, UserSession.user_id == User.id)
        .outerjoin(UserPortfolio, UserPortfolio.user_id == User.id)
        .where(UserSession.token_hash == token_hash(token), UserSession.expires_at > utcnow(),
               User.is_active.is_(True))).all()
    if not rows:
        return None
    row = rows[0]
    scope = _scope(row.role, [r.portfolio_id for r in rows], row.portfolios)
    return Viewer(row.username, row.role, scope, row.id, row.display_name), row.expires_at


def _portfolio_count() -> Any:
    return select(func.count(Portfolio.id)).scalar_subquery().label("portfolios")


def _scope(role: str, portfolio_ids: Iterable[int | None], portfolios: int) -> Scope:
    """What a user sees: everything for an admin, else the portfolios granted. A user granted
    every portfolio there is (``portfolios``, counted in the same statement) reads what an admin
    reads, so their reads take the same paths (summaries that hold every portfolio, no list of
    ids); a portfolio added later is a write, and the next request counts it."""
    granted = frozenset(p for p in portfolio_ids if p is not None)
    if role == "admin" or (granted and len(granted) == portfolios):
        return Scope.everything()
    return Scope(granted)


def active_scopes(session: Session, limit: int = 8) -> list[Scope]:
    """The distinct scopes of the users signed in now, the most recently signed-in first (what
    a starting process prepares for)."""
    recent = (select(UserSession.user_id, func.max(UserSession.created_at).label("at"))
              .where(UserSession.expires_at > utcnow()).group_by(UserSession.user_id)
              .subquery())
    rows = session.execute(
        select(User.id, User.role, UserPortfolio.portfolio_id, _portfolio_count())
        .join(recent, recent.c.user_id == User.id)
        .outerjoin(UserPortfolio, UserPortfolio.user_id == User.id)
        .where(User.is_active.is_(True)).order_by(recent.c.at.desc(), User.id)).all()
    users: dict[int, tuple[str, list[int | None]]] = {}
    for user_id, role, portfolio_id, _count in rows:
        users.setdefault(user_id, (role, []))[1].append(portfolio_id)
    total = rows[0][3] if rows else 0
    scopes = dict.fromkeys(_scope(role, ids, total) for role, ids in users.values())
    return list(scopes)[:limit]


# --- queries ------------------------------------------------------------------------------------


def users_page(session: Session, page: int = 1, page_size: int = 50,
               search: str = "") -> Page[UserRow]:
    """A page of users by name, each with the portfolios granted to them."""
    size = clamp_page_size(page_size)
    stmt = select(User)
    if search:
        stmt = stmt.where(User.username.contains(search.lower()[:80], autoescape=True))
    total = int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)
    number = clamp_page(page, total, size)
    users = list(session.scalars(stmt.order_by(User.username)
                                 .offset((number - 1) * size).limit(size)))
    grants: dict[int, list[str]] = {}
    if users:
        for user_id, name in session.execute(
                select(UserPortfolio.user_id, Portfolio.name)
                .join(Portfolio, Portfolio.id == UserPortfolio.portfolio_id)
                .where(UserPortfolio.user_id.in_([u.id for u in users]))
                .order_by(Portfolio.name)):
            grants.setdefault(user_id, []).append(name)
    rows = [UserRow(u.id, u.username, u.display_name, u.role, u.is_active, u.last_login,
                    tuple(grants.get(u.id, ()))) for u in users]
    return Page(rows, total, number, size)


def count_admins(session: Session) -> int:
    return int(session.scalar(select(func.count(User.id)).where(
        User.role == "admin", User.is_active.is_(True))) or 0)
