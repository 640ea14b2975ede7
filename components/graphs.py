"""Every chart's ``dcc.Graph``: one place decides what Plotly's mode bar offers.

No cloud sharing ("Share chart…", "Edit in Chart Studio") and no link out to a hosted Plotly:
a chart's data never leaves through its toolbar. Download as PNG and reset stay.
"""

from __future__ import annotations

from typing import Any

from dash import dcc

GRAPH_CONFIG: dict[str, Any] = {
    "displaylogo": False,
    "showSendToCloud": False,
    "showEditInChartStudio": False,
    "showLink": False,
    "plotlyServerURL": "",
    "modeBarButtonsToRemove": ["sendDataToCloud", "editInChartStudio", "lasso2d", "select2d"],
    "toImageButtonOptions": {"format": "png", "scale": 2},
}


def graph(graph_id: Any, figure: Any, **kwargs: Any) -> dcc.Graph:
    """A ``dcc.Graph`` with the shared mode-bar config (``config`` in kwargs is not allowed:
    one policy for every chart)."""
    if "config" in kwargs:
        raise TypeError("graph() sets config itself; change GRAPH_CONFIG instead")
    return dcc.Graph(id=graph_id, figure=figure, config=GRAPH_CONFIG,  # type: ignore[arg-type]
                     **kwargs)  # (Dash types ``config`` as a TypedDict; this dict fits it)
