"""Colours every chart and badge uses: a colour-blind-safe palette, one colour per health state.

The palette is Okabe & Ito's (distinguishable with the common colour-vision deficiencies); the
health colours never change meaning from page to page. Charts carry a neutral plotly template
(transparent backgrounds, no fixed text colour): ``assets/dashboard.css`` paints axis text, grid
lines and legends from the page's light or dark theme, so the same cached figure matches either
theme without a server round trip. Badge text colours are chosen here by WCAG contrast.
"""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go

# Okabe–Ito
BLACK = "#000000"
ORANGE = "#E69F00"
SKY = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
GREY = "#8C8C8C"
LIGHT_GREY = "#BBBBBB"  # closed: lighter than every open state, so luminance alone tells it apart
OKABE_ITO = [BLUE, ORANGE, SKY, VERMILLION, GREEN, PURPLE, YELLOW, BLACK]

HEALTH_COLORS = {"on_track": BLUE, "at_risk": ORANGE, "late": VERMILLION, "closed": LIGHT_GREY}
# data.metrics.HEALTH_LABELS again (components import nothing of ours; a test holds them equal)
HEALTH_LABELS = {"on_track": "On track", "at_risk": "At risk", "late": "Late",
                 "closed": "Closed"}
# Priority is ordered: light to dark within one hue family, distinct from the health colours.
PRIORITY_COLORS = {"low": "#A6CEE3", "medium": "#56B4E9", "high": "#2C7FB8",
                   "critical": "#253494"}
ITEM_STATUS_COLORS = {"todo": GREY, "in_progress": ORANGE, "done": BLUE}
SCOPE_COLOR = GREY
DONE_COLOR = BLUE
CONE_FILL = "rgba(0, 114, 178, 0.18)"
CHANGED_COLOR = PURPLE
CHANGED_FILL = "rgba(204, 121, 167, 0.22)"
DUE_COLOR = VERMILLION


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(hex_color: str) -> float:
    """WCAG relative luminance of ``#RRGGBB``."""
    h = hex_color.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_on(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    return BLACK if contrast(background, BLACK) >= contrast(background, "#FFFFFF") else "#FFFFFF"


def _template() -> go.layout.Template:
    """Transparent backgrounds and the palette; text and grid colours come from CSS."""
    template = go.layout.Template()
    axis = {"showline": False, "zeroline": False, "automargin": True, "ticks": "",
            "title": {"standoff": 8}}
    template.layout = go.Layout(
        colorway=OKABE_ITO,
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        font={"family": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
              "size": 13, "color": "#444444"},
        title={"x": 0, "xanchor": "left", "font": {"size": 16}},
        xaxis={**axis, "gridcolor": "rgba(128,128,128,0.25)"},
        yaxis={**axis, "gridcolor": "rgba(128,128,128,0.25)", "rangemode": "tozero"},
        hoverlabel={"font": {"size": 13}},
        legend={"bgcolor": "rgba(0,0,0,0)"},
        separators=".,",
    )
    return template


TEMPLATE = _template()


def template_dict() -> dict[str, Any]:
    """The template as JSON, as a figure carries it to the browser."""
    return dict(TEMPLATE.to_plotly_json())
