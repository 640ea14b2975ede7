"""KPI cards: one number, one label, an optional colour for attention."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import html


def kpi_card(label: str, value: int | str, card_id: str, color: str | None = None) -> dbc.Col:
    return dbc.Col(
        dbc.Card(
            dbc.CardBody(
                [
                    html.Div(f"{value:,}" if isinstance(value, int) else value,
                             className="kpi-value", id=card_id),
                    html.Div(label, className="kpi-label text-muted"),
                ]
            ),
            color=color,
            outline=bool(color),
            className="kpi-card",
        ),
        xs=6,
        md=True,
    )


def kpi_row(kpis, prefix: str) -> dbc.Row:
    """Cards for a ``data.queries.Kpis``-like object (duck-typed: components never import data)."""
    return dbc.Row(
        [
            kpi_card("Projects", kpis.projects, f"{prefix}-kpi-projects"),
            kpi_card("Active", kpis.active, f"{prefix}-kpi-active", "primary"),
            kpi_card("Late", kpis.late, f"{prefix}-kpi-late", "danger" if kpis.late else None),
            kpi_card("At risk", kpis.at_risk, f"{prefix}-kpi-at-risk",
                     "warning" if kpis.at_risk else None),
            kpi_card("Done this month", kpis.done_this_month, f"{prefix}-kpi-done", "success"),
            kpi_card("Open work items", kpis.open_items, f"{prefix}-kpi-open-items"),
        ],
        className="g-3 mb-3",
    )
