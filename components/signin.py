"""Who is signed in, in the navbar, with the sign-out button (a plain form POST with its CSRF
token: signing out is a state change, so it is never a link)."""

from __future__ import annotations

from dash import dcc, html


def user_menu(name: str, role: str, csrf_token: str) -> html.Form:
    return html.Form([
        html.Span([name, html.Small(f" ({role})", className="text-white-50")],
                  className="navbar-text text-light me-2", id="signin-user"),
        dcc.Input(type="hidden", name="csrf_token", value=csrf_token, id="signin-csrf"),
        html.Button("Sign out", type="submit", id="signin-logout",
                    className="btn btn-outline-light btn-sm"),
    ], action="/logout", method="POST", className="d-flex align-items-center ms-auto",
        id="signin-logout-form")


def forbidden(what: str = "this page") -> html.Div:
    return html.Div([html.H2("Not allowed"),
                     html.P(f"Only an admin may open {what}.", className="text-muted")],
                    id="forbidden")
