"""A report's facts and chart SVGs as one self-contained HTML document for WeasyPrint.

Templates live beside this module (shipped in the package) and autoescape everything: a project
called ``<script>`` prints as those characters. Charts arrive as SVG bytes and are embedded as
``data:`` images, so nothing in them can reach the document's markup.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from components.report.charts import (
    CHART_TITLES,
    PORTFOLIO_CHARTS,
    below_half,
    figure_summaries,
)
from components.theme import HEALTH_LABELS
from components.words import (
    day,
    item_status,
    items_by_status,
    load_words,
    moment,
    percent,
    plural,
    whole,
)

TEMPLATES = Path(__file__).resolve().parent / "templates"
AT_RISK_BELOW = 0.5  # shown in words; the rule itself is data.metrics.AT_RISK_BELOW (a test)
LONG_PROJECT = 25  # open items past which a project report gets a table of contents


@dataclass(frozen=True)
class Meta:
    """Who the report is for and when it was made (the cover)."""

    title: str
    author: str
    generated_at: dt.datetime
    narrative: str = ""  # plain text by a language model (escaped like every other value)
    narrative_citations: tuple[str, ...] = ()  # what it cites: project keys, section headings
    narrative_model: str = ""
    at_risk_below: float = AT_RISK_BELOW


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    # the pages' words for the same values (components.words): "6%", "130% (over-allocated)",
    # a day "2 Jun 2029" (``value|day``, through the ``date`` macro) and a time "7 Dec 2026, 06:30"
    env.globals.update(percent=percent, load_words=load_words)
    env.filters.update(day=day, moment=moment, whole=whole)  # counts "1,668"
    return env


def svg_data_uri(svg: bytes) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")


def _common(meta: Meta, charts: Mapping[str, bytes]) -> dict[str, Any]:
    return {
        "css": Markup((TEMPLATES / "report.css").read_text(encoding="utf-8")),  # our own file
        "title": meta.title,
        "author": meta.author,
        "generated_at": moment(meta.generated_at),
        "created_iso": meta.generated_at.astimezone().isoformat(timespec="seconds"),
        "narrative": meta.narrative,
        "narrative_citations": list(meta.narrative_citations),
        "narrative_model": meta.narrative_model,
        "at_risk_below": meta.at_risk_below,
        "charts": {name: svg_data_uri(svg) for name, svg in charts.items()},
        "chart_titles": CHART_TITLES,
        "health_labels": HEALTH_LABELS,
        "item_status": item_status,
    }


def portfolio_html(facts: Any, charts: Mapping[str, bytes], meta: Meta) -> str:
    toc = [("summary", "Executive summary"), ("charts-status", "Status and progress"),
           ("charts-forecast", "Forecasts and resources"), ("risks", "Top risks"),
           ("late", "Late projects"), ("meetings", "Decisions and open actions"),
           ("projects", "All projects")]
    return environment().get_template("portfolio.html").render(
        **_common(meta, charts), facts=facts, scope_label=facts.scope_label,
        filters_label=facts.filters_label, date_label=day(facts.today), toc=toc,
        summaries=figure_summaries(PORTFOLIO_CHARTS, facts),
        at_risk_forecast=below_half(facts.buckets)[0])


def project_html(facts: Any, charts: Mapping[str, bytes], meta: Meta) -> str:
    d = facts.detail
    long = facts.open_items_total > LONG_PROJECT or len(facts.meetings) > 4
    toc = [("summary", "Executive summary"), ("people", "Team today"),
           ("meetings", "Decisions and open actions"), ("items", "Open work items")]
    return environment().get_template("project.html").render(
        **_common(meta, charts), facts=facts, scope_label=f"{d.key} · {d.name}",
        filters_label="", date_label=day(facts.today), toc=toc if long else [],
        summaries=project_summaries(facts), change_words=project_change_words(facts))


def project_summaries(facts: Any) -> dict[str, str]:
    d = facts.detail
    burnup = (f"{d.done_points:,} of {plural(d.scope_points, 'point')} done"
              + (f"; due {day(d.due_date)}" if d.due_date else "") + ".")
    items = items_by_status([(c.status, c.items) for c in facts.items_by_status])
    return {"project_burnup": burnup, "items": f"Work items: {items}." if items else ""}


def project_change_words(facts: Any) -> str:
    c = facts.changes
    if c is None:
        return ""
    if c.newly_late:
        return "it became late"
    if c.newly_at_risk:
        return "it became at risk"
    if c.recovered:
        return "it is no longer late or at risk"
    return "its health did not change"
