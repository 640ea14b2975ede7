"""File downloads served by Flask: the project list as CSV, streamed a keyset page at a time."""

from __future__ import annotations

import csv
import io
import logging
from itertools import chain

from flask import Response, jsonify, request, stream_with_context
from sqlalchemy.exc import SQLAlchemyError

from dashboard.auth import current_viewer
from data.filters import from_query
from data.metrics import HEALTH_LABELS
from data.project_queries import SORTS, iter_projects

# Progress and P(on time) as whole percentages, the numbers the pages show ("62" where a page
# says "62%"), with the unit in the header: a spreadsheet sums and sorts them as numbers.
CSV_COLUMNS = ["key", "name", "portfolio", "status", "priority", "owner", "start_date",
               "due_date", "progress (%)", "health", "p_on_time (%)", "p85_date"]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
DATABASE_DOWN = "The database can't be reached right now, so the export can't be made. " \
                "Please try again in a moment."
log = logging.getLogger(__name__)


def whole_percent(share: float | None) -> str:
    """``0.625`` → "62", as ``components.words.percent`` rounds it ("62%"); none → ""."""
    return "" if share is None else f"{share * 100:.0f}"


def safe_cell(value) -> str:
    """Spreadsheets run cells that start like a formula; prefix those so they stay text."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def add_download_routes(server, services) -> None:
    @server.get("/download/projects.csv")
    def projects_csv():
        args = {k: v[0] if len(v) == 1 else v for k, v in request.args.to_dict(flat=False).items()}
        filters, problems = from_query(args)
        sort = request.args.get("sort", "key")
        if sort not in SORTS:
            problems.append(f"sort: unknown column {sort[:40]!r}")
        if problems:
            return jsonify({"error": "bad filters", "problems": problems}), 400
        descending = request.args.get("desc") == "1"
        scope, today = current_viewer().scope, services.today()

        def projects():
            with services.read() as session:
                yield from iter_projects(session, scope, today, filters, sort=sort,
                                         descending=descending, batch=500)

        # The first page is read before the response starts, so a database that is down gets
        # a clear 503 instead of a 200 cut short (or a bare 500).
        found = projects()
        try:
            first = next(found, None)
        except SQLAlchemyError:
            log.exception("CSV export: database read failed")
            return jsonify({"error": DATABASE_DOWN}), 503
        found = chain([] if first is None else [first], found)

        def rows():
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            writer.writerow(CSV_COLUMNS)
            for r in found:
                writer.writerow([safe_cell(v) for v in (
                    r.key, r.name, r.portfolio, r.status, r.priority, r.owner,
                    r.start_date, r.due_date, whole_percent(r.progress),
                    HEALTH_LABELS.get(r.health, r.health), whole_percent(r.p_on_time),
                    r.p85_date)])
                if buffer.tell() > 64_000:
                    yield buffer.getvalue()
                    buffer.seek(0)
                    buffer.truncate()
            yield buffer.getvalue()

        return Response(stream_with_context(rows()), mimetype="text/csv",
                        headers={"Content-Disposition": "attachment; filename=projects.csv"})
