"""KPI cards: one number, one label, and a health colour on the edge when it needs attention."""

from __future__ import annotations

from typing import Any

import dash_bootstrap_components as dbc
from dash import html


def kpi_card(label: str, value: int | str, card_id: str, health: str | None = None,
             href: str | None = None) -> dbc.Col:
    """``health`` (late, at_risk, on_track, closed) colours the card's edge; ``href`` makes the
    label a link to the view behind the number."""
    text: Any = html.A(label, href=href, className="stretched-link text-reset") if href else label
    return dbc.Col(
        dbc.Card(
            dbc.CardBody(
                [
                    html.Div(f"{value:,}" if isinstance(value, int) else value,
                             className="kpi-value", id=card_id),
                    html.Div(text, className="kpi-label text-body-secondary"),
                ]
            ),
            className="kpi-card" + (f" kpi-{health}" if health else ""),
        ),
        xs=6,
        md=4,
        xl=True,
    )


def kpi_row(kpis: Any, prefix: str) -> dbc.Row:
    """Cards for a ``data.queries.Kpis``-like object (duck-typed: components never import data)."""
    return dbc.Row(
        [
            kpi_card("Projects", kpis.projects, f"{prefix}-kpi-projects"),
            kpi_card("Active", kpis.active, f"{prefix}-kpi-active", None),
            kpi_card("Late", kpis.late, f"{prefix}-kpi-late", "late" if kpis.late else None),
            kpi_card("At risk", kpis.at_risk, f"{prefix}-kpi-at-risk",
                     "at_risk" if kpis.at_risk else None),
            kpi_card("Done this month", kpis.done_this_month, f"{prefix}-kpi-done"),
            kpi_card("Open work items", kpis.open_items, f"{prefix}-kpi-open-items"),
        ],
        className="g-3 mb-3",
    )
