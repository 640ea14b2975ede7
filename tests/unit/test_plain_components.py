"""Cells made as plain data (``components.plain``) are what Dash itself sends for the same
components: each plain node is rebuilt as a real Dash component (whose constructor refuses a
prop it does not have) and serialised by Dash's encoder, and the two must be equal."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import dash_bootstrap_components as dbc
import plotly.io.json as pj
import pytest
from dash import dcc, html

from components.forecast_figures import probability_badge
from components.plain import element
from components.tables import health_badge, progress_cell, project_table, sort_header
from data.project_queries import ProjectRow
from models.drivers import with_worded_drivers

LIBRARIES = {"dash_html_components": html, "dash_core_components": dcc,
             "dash_bootstrap_components": dbc}


def as_component(node: Any) -> Any:
    """A plain node rebuilt as the Dash component it stands for (children too)."""
    if isinstance(node, list):
        return [as_component(n) for n in node]
    if isinstance(node, dict) and set(node) == {"type", "namespace", "props"}:
        kind = getattr(LIBRARIES[node["namespace"]], node["type"])
        props = {k: as_component(v) for k, v in node["props"].items()}
        return kind(**props)  # raises TypeError on a prop the component does not have
    return node


def sent(value: Any) -> Any:
    """What Dash sends, with props left unset (None) dropped: the renderer treats both alike."""
    def drop(v: Any) -> Any:
        if isinstance(v, dict):
            return {k: drop(x) for k, x in v.items() if x is not None}
        if isinstance(v, list):
            return [drop(x) for x in v]
        return v
    return drop(json.loads(pj.to_json_plotly(value, engine="json")))


def rows() -> list[ProjectRow]:
    return [ProjectRow(f"W-{i}", f"<b>Name {i}</b>", "Alpha", "Active", "High", "Ada", None,
                       dt.date(2026, 7, i), 0.1 * i, ("late", "at_risk", "on_track")[i % 3],
                       None if i == 2 else 0.3 * i, dt.date(2026, 8, i) if i != 3 else None,
                       [{"label": "Share done", "value": 0.4, "effect": -0.12}] if i else [],
                       (f"W-{i}", f"W-{i}"))
            for i in range(1, 4)]


def test_the_project_tables_plain_rows_are_what_dash_sends_for_the_same_components():
    table = project_table(with_worded_drivers(rows()), "t", sort_header("p", "key", False),
                          row_prefix="rows")
    body = table.children.children[1].children
    assert len(body) == 3 and all(isinstance(row, dict) for row in body)
    for row in body:
        assert sent(as_component(row)) == sent(row)
    as_text = json.dumps(sent(body))
    assert "<b>Name 1</b>" in as_text and "W-3" in as_text  # text as text, every row


@pytest.mark.parametrize("node", [
    health_badge("at_risk"), progress_cell(0.456), probability_badge(0.42),
    element(html.Td, element(dcc.Link, "x", href="/projects/X-1"), className="nowrap"),
])
def test_each_plain_cell_is_a_valid_component(node):
    assert sent(as_component(node)) == sent(node)


def test_a_prop_a_component_does_not_have_is_caught():
    with pytest.raises(TypeError):
        as_component(element(html.Td, "x", colour="red"))
