"""Admin: users and their portfolio grants, and the audit log (filtered, a page at a time).

Admin only: the link is hidden from others, the layout refuses them and every callback is
``admin_only`` (the factory refuses the POST with a 403 before it runs). Each change is a
``data.users`` command written with its audit entry in one transaction.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import dash_bootstrap_components as dbc
from dash import Input, Output, State, dcc, html, no_update

from components.feedback import empty_note
from components.words import moment, plural
from data import audit, queries, users
from data.schema import USER_ROLES
from data.viewer import Viewer
from pages.common import Callback, PageServices, as_list, clamp_int, is_row_id, triggered

PATH = "/admin"
TITLE = "Admin"
ADMIN_ONLY = True
USERS_PAGE = 25
AUDIT_PAGE = 50
ADMINS_ONLY = "Only administrators can see or change users and the audit log."
ACTIONS = ["create", "grant", "revoke", "role", "deactivate", "activate", "reset"]
LABELS = {"create": "Create user", "grant": "Grant portfolios", "revoke": "Revoke portfolios",
          "role": "Set role", "deactivate": "Deactivate", "activate": "Activate",
          "reset": "Reset password"}


def _options(values: list[Any]) -> list[dict[str, Any]]:
    return [{"label": str(v), "value": v} for v in values]


def layout(services: PageServices, viewer: Viewer, **_query: Any) -> html.Div:
    with services.read() as s:
        portfolios = queries.portfolios(s, viewer.scope)
    return html.Div([
        html.H1("Admin", className="h2 mb-3"),
        dcc.Store(id="admin-refresh", data=0),
        html.H4("Users"),
        dbc.Row([
            dbc.Col(dbc.Input(id="admin-user-name", placeholder="username", maxLength=80,
                              size="sm"), md=3),
            dbc.Col(dbc.Input(id="admin-user-display", placeholder="display name",
                              maxLength=120, size="sm"), md=3),
            dbc.Col(dcc.Dropdown(id="admin-user-role", options=_options(list(USER_ROLES)),
                                 value="viewer", clearable=False), md=2),
            dbc.Col(dcc.Dropdown(id="admin-user-portfolios", multi=True,
                                 placeholder="portfolios",
                                 options=[{"label": n, "value": i} for i, n in portfolios]),
                    md=4),
        ], className="g-2 mb-2"),
        html.Div([dbc.Button(LABELS[a], id=f"admin-user-{a}", size="sm", className="me-2 mb-1",
                             color="primary" if a == "create" else "secondary",
                             outline=a != "create")
                  for a in ACTIONS], className="mb-2"),
        html.Small("Create uses all fields; the other buttons act on the username typed above "
                   "(grant/revoke: the portfolios chosen; set role: the role chosen).",
                   className="text-muted d-block mb-2"),
        html.Div(id="admin-user-result"),
        dcc.Loading(html.Div(id="admin-users")),
        dbc.Pagination(id="admin-users-page", max_value=1, active_page=1, size="sm",
                       fully_expanded=False),
        html.H4("Audit log", className="mt-4"),
        dbc.Row([
            dbc.Col(dbc.Input(id="admin-audit-actor", placeholder="who (exact name)",
                              maxLength=80, size="sm", debounce=True), md=3),
            dbc.Col(dcc.Dropdown(id="admin-audit-action", options=_options(list(audit.ACTIONS)),
                                 placeholder="action"), md=3),
            dbc.Col(dcc.Dropdown(id="admin-audit-outcome",
                                 options=_options(list(audit.OUTCOMES)),
                                 placeholder="outcome"), md=2),
            dbc.Col(dcc.DatePickerRange(id="admin-audit-dates", display_format="YYYY-MM-DD"),
                    md=4),
        ], className="g-2 mb-2"),
        dcc.Loading(html.Div(id="admin-audit")),
        dbc.Pagination(id="admin-audit-page", max_value=1, active_page=1, size="sm",
                       fully_expanded=False),
    ])


def _text(value: Any, limit: int) -> str:
    return value.strip()[:limit] if isinstance(value, str) else ""


def _ids(value: Any) -> list[int]:
    return [v for v in as_list(value)[:500] if is_row_id(v)]


def _refused() -> dbc.Alert:
    return dbc.Alert(ADMINS_ONLY, color="danger", className="py-2")


def act(services: PageServices, viewer: Viewer, *values: Any) -> tuple[Any, Any]:
    """Run the command of the button pressed; report it (a new password is shown once)."""
    if not viewer.is_admin:  # the gate refuses these outputs too; each read checks again
        return _refused(), no_update
    name, display, role, portfolios, refresh = values[len(ACTIONS):]
    trigger, clicked = triggered()
    action = trigger.removeprefix("admin-user-") if isinstance(trigger, str) else None
    if action not in ACTIONS or not clicked:
        return no_update, no_update
    username, password = _text(name, 80), None
    role = role if role in USER_ROLES else None
    chosen = _ids(portfolios)
    try:
        with services.Session.begin() as s:
            if action == "create":
                password = users.generate_password()
                users.create_user(s, username, password, role or "viewer",
                                  display_name=_text(display, 120), portfolios=chosen)
                message = f"Created {username} ({role or 'viewer'})."
            elif action == "grant":
                users.grant(s, username, chosen)
                message = f"Granted {plural(len(chosen), 'portfolio')} to {username}."
            elif action == "revoke":
                users.revoke(s, username, chosen)
                message = f"Revoked {plural(len(chosen), 'portfolio')} from {username}."
            elif action == "role":
                if role is None:
                    raise users.UserError("choose a role")
                _keep_an_admin(s, username, role != "admin")
                users.set_role(s, username, role)
                message = f"{username} is now {role}; their sessions were ended."
            elif action in ("deactivate", "activate"):
                _keep_an_admin(s, username, action == "deactivate")
                users.set_active(s, username, action == "activate")
                message = f"{username} {action}d."
            else:
                password = users.generate_password()
                users.set_password(s, username, password)
                message = f"New password for {username}; their sessions were ended."
            audit.record(s, "admin", viewer.username, target=username,
                         detail={"op": action, "role": role, "portfolios": chosen})
    except users.UserError as exc:
        return dbc.Alert(f"Not done: {exc}", color="warning", id="admin-user-error"), no_update
    body: list[Any] = [message]
    if password:
        body += [html.Br(), "Password (shown once): ", html.Code(password, id="admin-password")]
    return (dbc.Alert(body, color="success", id="admin-user-done"),
            clamp_int(refresh, 0, 10**9, 0) + 1)


def _keep_an_admin(session: Any, username: str, losing: bool) -> None:
    """Never remove the last active admin (nobody could administer the dashboard)."""
    rows = users.users_page(session, 1, 200, username).items
    target = next((u for u in rows if u.username == username.lower()), None)
    if losing and target and target.role == "admin" and target.is_active \
            and users.count_admins(session) <= 1:
        raise users.UserError("this is the last active admin")


def user_list(services: PageServices, viewer: Viewer, _refresh: Any,
              page: Any) -> tuple[Any, int]:
    if not viewer.is_admin:
        return _refused(), 1
    number = clamp_int(page, 1, 100_000, 1)
    with services.read() as s:
        result = users.users_page(s, number, USERS_PAGE)
    if not result.items:
        return empty_note("No users yet."), 1
    head = html.Thead(html.Tr([html.Th(h) for h in
                               ("User", "Name", "Role", "Active", "Last sign-in", "Portfolios")]))
    body = html.Tbody([html.Tr([
        html.Td(u.username), html.Td(u.display_name), html.Td(u.role),
        html.Td("yes" if u.is_active else "no"),
        html.Td(moment(u.last_login) if u.last_login else "—"),
        html.Td("all" if u.role == "admin" else ", ".join(u.portfolios) or "none"),
    ]) for u in result.items])
    return dbc.Table([head, body], size="sm", striped=True, id="admin-users-table"), result.pages


def _day(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if isinstance(value, str) else None
    except ValueError:
        return None


def audit_list(services: PageServices, viewer: Viewer, actor: Any, action: Any, outcome: Any,
               start: Any, end: Any, page: Any, _refresh: Any) -> tuple[Any, int]:
    if not viewer.is_admin:
        return _refused(), 1
    filters = audit.AuditFilters(
        actor=_text(actor, 80).lower(),
        action=action if action in audit.ACTIONS else "",
        outcome=outcome if outcome in audit.OUTCOMES else "",
        since=_day(start), until=_day(end))
    number = clamp_int(page, 1, 100_000, 1)
    with services.read() as s:
        result = audit.audit_page(s, filters, number, AUDIT_PAGE)
    if not result.items:
        return empty_note("No entries match."), 1
    head = html.Thead(html.Tr([html.Th(h) for h in
                               ("When (UTC)", "Who", "Action", "Outcome", "Target", "From")]))
    body = html.Tbody([html.Tr([
        html.Td(r.at.isoformat(sep=" ", timespec="seconds")), html.Td(r.actor),
        html.Td(r.action), html.Td(r.outcome), html.Td(r.target, className="text-break"),
        html.Td(r.address),
    ]) for r in result.items])
    return (html.Div([dbc.Table([head, body], size="sm", striped=True, id="admin-audit-table"),
                      html.Small(f"{result.total:,} entries", className="text-muted")]),
            result.pages)


CALLBACKS = [
    Callback(act, [Output("admin-user-result", "children"), Output("admin-refresh", "data")],
             [*[Input(f"admin-user-{a}", "n_clicks") for a in ACTIONS],
              State("admin-user-name", "value"), State("admin-user-display", "value"),
              State("admin-user-role", "value"), State("admin-user-portfolios", "value"),
              State("admin-refresh", "data")],
             admin_only=True, options={"prevent_initial_call": True}),
    Callback(user_list, [Output("admin-users", "children"),
                         Output("admin-users-page", "max_value")],
             [Input("admin-refresh", "data"), Input("admin-users-page", "active_page")],
             admin_only=True),
    Callback(audit_list, [Output("admin-audit", "children"),
                          Output("admin-audit-page", "max_value")],
             [Input("admin-audit-actor", "value"), Input("admin-audit-action", "value"),
              Input("admin-audit-outcome", "value"), Input("admin-audit-dates", "start_date"),
              Input("admin-audit-dates", "end_date"), Input("admin-audit-page", "active_page"),
              Input("admin-refresh", "data")],
             admin_only=True),
]
