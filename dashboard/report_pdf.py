"""One report from request to PDF bytes: facts (``models.reports``), charts (the warm renderer),
HTML (``components.report``), pages (WeasyPrint).

WeasyPrint may fetch nothing but the ``data:`` images the HTML embeds: no network, no files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.orm import Session
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from components.report import charts as report_charts
from components.report.html import Meta, portfolio_html, project_html
from dashboard.report_charts import ChartRenderer
from data import reports as store
from data.filters import from_query
from data.scope import Scope
from models import reports as facts_of

Progress = Callable[[int, str], None]
TITLES = {"portfolio": "Portfolio status report", "project": "Project status report"}


class ReportFailed(RuntimeError):
    """The report cannot be made (the project is gone or out of scope, a chart failed...)."""


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    pages: int
    facts: dict[str, Any]  # what the next report of the same scope compares against


def pdf_of(html: str) -> tuple[bytes, int]:
    """Only the charts embedded as ``data:`` URIs may load; any other address is refused."""
    fetcher = URLFetcher(allowed_protocols={"data"}, allow_redirects=False)
    document = HTML(string=html, url_fetcher=fetcher).render()
    return document.write_pdf(), len(document.pages)


def build(session: Session, row: store.ReportRow, author: str, today: dt.date,
          renderer: ChartRenderer, progress: Progress, narrate: Callable[[Any], str] | None = None,
          now: dt.datetime | None = None) -> Rendered:
    """The PDF of a queued report row, for the portfolios it was asked for."""
    scope = Scope(frozenset(row.portfolio_ids))
    previous = store.previous_facts(session, store.scope_hash_of(session, row.id) or "", row.id)
    progress(10, "Gathering the facts")
    facts: Any
    if row.kind == "project":
        facts = facts_of.project_facts(session, scope, row.project_key or "", today)
        if facts is None:
            raise ReportFailed("The project no longer exists or is outside your portfolios.")
        figures = report_charts.project_charts(facts)
    else:
        filters, _problems = from_query(row.filters)
        facts = replace(facts_of.portfolio_facts(session, scope, today, filters),
                        scope_label=row.scope_label)
        figures = report_charts.portfolio_charts(facts)
    snapshot = facts_of.snapshot(facts)
    facts = facts_of.with_changes(facts, facts_of.changes(snapshot, previous))
    progress(35, f"Drawing {len(figures)} charts")
    svgs = renderer.render(figures)
    progress(60, "Laying out the pages")
    meta = Meta(title=TITLES[row.kind], author=author,
                generated_at=now or dt.datetime.now().replace(microsecond=0),
                narrative=narrate(facts) if narrate else "")
    html = project_html(facts, svgs, meta) if row.kind == "project" else portfolio_html(
        facts, svgs, meta)
    progress(75, "Writing the PDF")
    pdf, pages = pdf_of(html)
    return Rendered(pdf, pages, snapshot)
