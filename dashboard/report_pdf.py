"""One report from request to PDF bytes: facts (``models.reports``), charts (the warm renderer),
HTML (``components.report``), pages (WeasyPrint).

WeasyPrint may fetch nothing but the ``data:`` images the HTML embeds: no network, no files.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
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
from models.report_narrative import Narrative

log = logging.getLogger(__name__)
Progress = Callable[[int, str], None]
Narrate = Callable[[Any], Narrative | None]
TITLES = {"portfolio": "Portfolio status report", "project": "Project status report"}
NARRATIVE_SECONDS = 10.0  # how long a narrator without a ``seconds`` of its own is waited for


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


def narrating(narrate: Narrate, facts: Any) -> Callable[[], Narrative | None]:
    """Start writing the narrative while the charts render; the returned call waits for it at
    most the narrator's ``seconds`` (plus one) from now, and gives ``None`` when it failed or is
    late: a report is never held up or failed by its narrative."""
    box: list[Narrative | None] = []

    def work() -> None:
        try:
            box.append(narrate(facts))
        except Exception:  # noqa: BLE001 - the narrator should not raise; if it does, no text
            log.warning("report narrative failed", exc_info=True)

    worker = threading.Thread(target=work, name="report-narrative", daemon=True)
    worker.start()
    until = time.monotonic() + float(getattr(narrate, "seconds", NARRATIVE_SECONDS)) + 1.0

    def result() -> Narrative | None:
        worker.join(max(0.0, until - time.monotonic()))
        if worker.is_alive():
            log.warning("report narrative not ready in time: the report has none")
            return None
        return box[0] if box else None

    return result


def build(session: Session, row: store.ReportRow, author: str, today: dt.date,
          renderer: ChartRenderer, progress: Progress, narrate: Narrate | None = None,
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
    narrative = narrating(narrate, facts) if narrate else (lambda: None)
    progress(35, f"Drawing {len(figures)} charts")
    svgs = renderer.render(figures)
    progress(60, "Laying out the pages")
    written = narrative()
    meta = Meta(title=TITLES[row.kind], author=author,
                generated_at=now or dt.datetime.now().replace(microsecond=0),
                narrative=written.text if written else "",
                narrative_citations=tuple(written.citation_labels()) if written else (),
                narrative_model=written.model if written else "")
    html = project_html(facts, svgs, meta) if row.kind == "project" else portfolio_html(
        facts, svgs, meta)
    progress(75, "Writing the PDF")
    pdf, pages = pdf_of(html)
    return Rendered(pdf, pages, snapshot)
