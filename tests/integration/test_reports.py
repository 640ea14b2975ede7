"""PDF status reports, end to end with the real parts: WeasyPrint, kaleido on the system
Chromium, pdftotext, SQLite and PostgreSQL.

Every fact a test looks for in the PDF's text is computed here with the test's own SQL.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from dashboard.report_charts import ChartRenderer, ChartsUnavailable
from dashboard.reports import Reports
from dashboard.settings import Settings
from data import reports as store
from data.filters import ProjectFilters
from data.rollups import refresh_rollups
from data.schema import Document, Portfolio, Project, ProjectForecast
from data.scope import Scope
from data.viewer import Viewer
from tests.conftest import require
from tests.copilot_asking import rows
from tests.factories import TODAY, add_item, add_portfolio, add_project, add_resource, allocate

SYSTEM = Viewer.system()
NONE = ProjectFilters()


@pytest.fixture(scope="module")
def renderer():
    require(bool(shutil.which("chromium")), "headless Chromium")
    require(bool(shutil.which("pdftotext")), "pdftotext (poppler-utils)")
    r = ChartRenderer()
    yield r
    r.close()


def make_reports(db, tmp_path: Path, renderer: ChartRenderer, **settings) -> Reports:
    audit: list[tuple] = []
    reports = Reports(Settings(data_dir=tmp_path, report_timer=False, **settings), db,
                      today=lambda: TODAY, renderer=renderer,
                      audit=lambda *a, **k: audit.append((a, k)))
    reports.audited = audit  # type: ignore[attr-defined]
    return reports


def run(reports: Reports, ask) -> store.ReportRow:
    """Queue a report and render it in this thread (the worker would do the same)."""
    report_id = ask()
    return reports.generate(report_id)


def pdf_text(path: Path, mode: str = "-raw") -> str:
    """The PDF's text: in content order (``-raw``) or as laid out on the page (``-layout``)."""
    out = subprocess.run(["pdftotext", mode, str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def pages_text(path: Path) -> list[str]:
    return pdf_text(path, "-layout").split("\f")


def forecast(session, project, p: float, p85: dt.date, drivers=()) -> None:
    session.add(ProjectForecast(project_id=project.id, method="classifier", p_on_time=p,
                                mc_p_on_time=p, p50_date=p85 - dt.timedelta(days=10),
                                p85_date=p85, p95_date=p85 + dt.timedelta(days=10),
                                drivers=list(drivers), as_of=TODAY))


def seed(db) -> dict:
    """Two portfolios: late, at-risk, on-track and closed projects, people, a meeting."""
    with db.begin() as s:
        alpha, beta = add_portfolio(s, "Alpha"), add_portfolio(s, "Beta")
        late = add_project(s, "AL-1", alpha, name="Harbour crane upgrade",
                           due=dt.date(2026, 5, 29))
        risky = add_project(s, "AL-2", alpha, name="Billing rewrite", due=dt.date(2026, 9, 30))
        fine = add_project(s, "AL-3", alpha, name="Intranet refresh", due=dt.date(2026, 12, 1))
        add_project(s, "AL-4", alpha, name="Old migration", status="done",
                    completed_at=dt.datetime(2026, 6, 2))
        add_project(s, "BE-1", beta, name="Beta secret project", due=dt.date(2026, 4, 1))
        forecast(s, risky, 0.21, dt.date(2026, 11, 20), [
            {"feature": "pace", "label": "Pace vs plan", "value": 0.6, "effect": -0.18}])
        forecast(s, fine, 0.91, dt.date(2026, 11, 2))
        for project in (late, risky, fine):
            add_item(s, project, status="done", points=5,
                     done_at=dt.datetime(2026, 6, 8, 12))
            add_item(s, project, points=3)
        ada = add_resource(s, "Ada Lovelace")
        allocate(s, ada, risky, 0.8)
        allocate(s, ada, fine, 0.6)
        s.add(Document(project_id=risky.id, kind="meeting_minutes",
                       title="Billing steering 2026-06-12",
                       body="Notes.\nDecision: Ship the invoice service first.\n"
                            "Action: Ben will book the load test by 30 June 2026.\n"
                            "Action: Old item by 1 January 2026.",
                       created_at=dt.datetime(2026, 6, 12, 10)))
        refresh_rollups(s.connection())
        return {"alpha": alpha.id, "beta": beta.id}


def test_portfolio_report_holds_the_database_facts(db, tmp_path, renderer):
    ids = seed(db)
    reports = make_reports(db, tmp_path, renderer)
    viewer = Viewer("mara", "manager", Scope.of(ids["alpha"]), display_name="Mara Quist")
    row = run(reports, lambda: reports.request_portfolio(viewer, NONE, queue=False))
    assert row.status == "done", row.message
    path = reports.path(row)
    assert path is not None and path.read_bytes().startswith(b"%PDF")
    assert row.size_bytes == path.stat().st_size and row.pages == len(PdfReader(path).pages)

    with db() as s:  # the facts, with the test's own SQL
        open_alpha = s.execute(text(
            "SELECT p.key, p.name, p.due_date FROM projects p JOIN statuses st "
            "ON st.id = p.status_id WHERE NOT st.is_closed AND p.portfolio_id = :a "
            "ORDER BY p.key"), {"a": ids["alpha"]}).all()
        total = s.scalar(text("SELECT count(*) FROM projects WHERE portfolio_id = :a"),
                         {"a": ids["alpha"]})
        late = [(k, dt.date.fromisoformat(str(d)[:10])) for k, d in s.execute(text(
            "SELECT p.key, p.due_date FROM projects p JOIN statuses st ON st.id = p.status_id "
            "WHERE NOT st.is_closed AND p.portfolio_id = :a AND p.due_date < :t ORDER BY p.key"),
            {"a": ids["alpha"], "t": TODAY})]
    assert [k for k, _d in late] == ["AL-1"]
    body = pdf_text(path)
    flat = " ".join(body.split())
    assert "Portfolio status report" in flat and "Alpha" in flat and "Mara Quist" in flat
    assert f"{total} projects in view" in flat
    assert f"{len(late)} late (open past their due date)" in flat
    for key, name, _due in open_alpha:
        assert key in flat and name in flat
    for _key, due in late:
        assert f"{due.day} {due:%b %Y} {(TODAY - due).days}" in flat  # "29 May 2026 19"
    # the biggest risk, its P(on time), P85 date and driver in words
    assert "Billing rewrite" in flat and "21%" in flat and "20 Nov 2026" in flat
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", flat.replace("steering 2026-06-12", ""))
    # in the project page's words: pace 0.6 of plan, −18 points
    assert "Working 40% slower than planned: −18 points" in flat
    # the meeting: its decision and the action still open (the past one is not)
    assert "Ship the invoice service first." in flat
    assert "Ben: book the load test — by 30 Jun 2026" in flat  # the project page's words
    assert "Old item" not in flat
    # nothing of the other portfolio
    assert "Beta secret project" not in flat and "BE-1" not in flat
    # running header and page numbers
    pages = pages_text(path)
    assert f"Page 1 of {row.pages}" in pages[0]
    assert "Portfolio status report" in pages[1].splitlines()[0]
    assert f"Page 2 of {row.pages}" in pages[1]
    assert "Contents" in flat


def test_what_changed_since_the_last_report(db, tmp_path, renderer):
    ids = seed(db)
    reports = make_reports(db, tmp_path, renderer)
    viewer = Viewer("mara", "manager", Scope.of(ids["alpha"]))
    first = run(reports, lambda: reports.request_portfolio(viewer, NONE, queue=False))
    assert "first report for this scope" in " ".join(pdf_text(reports.path(first)).split())
    with db.begin() as s:  # the on-track project slips past its due date
        s.execute(text("UPDATE projects SET due_date = :d WHERE key = 'AL-3'"),
                  {"d": dt.date(2026, 6, 1)})
    second = run(reports, lambda: reports.request_portfolio(viewer, NONE, queue=False))
    flat = " ".join(pdf_text(reports.path(second)).split())
    assert "newly late AL-3" in flat
    assert "+1 since last report" in flat  # the late tile


def test_project_report(db, tmp_path, renderer):
    seed(db)
    reports = make_reports(db, tmp_path, renderer)
    row = run(reports, lambda: reports.request_project(SYSTEM, "AL-2", queue=False))
    assert row.status == "done", row.message
    flat = " ".join(pdf_text(reports.path(row)).split())
    assert "Project status report" in flat and "AL-2 · Billing rewrite" in flat
    assert "due 30 Sep 2026" in flat and "P85 20 Nov 2026" in flat  # as the pages write a day
    assert "2026-09-30" not in flat and "2026-11-20" not in flat
    assert "Ada Lovelace" in flat and "Burn-up with due date and forecast cone" in flat
    assert reports.request_project(Viewer("x", "viewer", Scope.of()), "AL-2") is None


def vector_stats(path: Path) -> tuple[int, int]:
    """(path-drawing operators, raster images) over every page and form XObject."""
    reader = PdfReader(path)
    ops, images, seen = 0, 0, set[int]()

    def walk(resources) -> None:
        nonlocal ops, images
        xobjects = (resources or {}).get("/XObject") or {}
        for ref in xobjects.values():
            if ref.idnum in seen:
                continue
            seen.add(ref.idnum)
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                images += 1
            elif obj.get("/Subtype") == "/Form":
                ops += count(obj.get_data())
                walk(obj.get("/Resources"))

    def count(data: bytes) -> int:
        return len(re.findall(rb"(?<![A-Za-z])(?:re|l|c|m)(?![A-Za-z])", data))

    for page in reader.pages:
        contents = page.get_contents()  # a stream object: an empty dictionary reads as false
        ops += count(contents.get_data() if contents is not None else b"")
        walk(page.get("/Resources"))
    return ops, images


def test_charts_are_vector_with_real_text(db, tmp_path, renderer):
    seed(db)
    reports = make_reports(db, tmp_path, renderer)
    row = run(reports, lambda: reports.request_portfolio(SYSTEM, NONE, queue=False))
    path = reports.path(row)
    ops, images = vector_stats(path)
    assert images == 0  # no chart is a picture

    class Blank(ChartRenderer):
        def render(self, figures):
            return {name: b'<svg xmlns="http://www.w3.org/2000/svg" width="680" height="240"/>'
                    for name in figures}

    blank = make_reports(db, tmp_path / "blank", Blank())
    blank_ops, _ = vector_stats(blank.path(run(blank, lambda: blank.request_portfolio(
        SYSTEM, ProjectFilters(), queue=False))))
    assert ops - blank_ops > 250  # the six charts' bars, lines and gridlines are paths (~380 here)
    pages = pages_text(path)
    # each chart's own labels are text on the page under its heading
    expectations = {
        "Projects by status and priority": ["Active", "Critical"],
        "Portfolio burn-up (story points)": ["Scope", "Done"],
        "Weekly throughput": ["Work items finished", "Week (starting Monday)"],
        "Forecast distribution": ["P(on time)", "20–30%"],
        "Resource hot spots": ["Ada Lovelace", "Peak load"],
        "Open projects by due month": ["Late", "On track"],
    }
    for heading, labels in expectations.items():
        page = next(p for p in pages if heading in p)
        chart_part = page.split(heading, 1)[1]
        for label in labels:
            assert label in chart_part, (heading, label)


def test_a_300_project_table_spans_pages_without_losing_a_row(db, tmp_path, renderer):
    with db.begin() as s:
        folio = add_portfolio(s, "Big")
        for i in range(300):
            add_project(s, f"BG-{i:03d}", folio, name=f"Workstream number {i:03d}")
    reports = make_reports(db, tmp_path, renderer)
    row = run(reports, lambda: reports.request_portfolio(SYSTEM, NONE, queue=False))
    assert row.status == "done", row.message
    pages = pages_text(reports.path(row))
    start = next(i for i, p in enumerate(pages) if re.search(r"^\s*All projects\s*$", p, re.M))
    table_pages = [p for p in pages[start:] if p.strip()]
    assert len(table_pages) >= 4
    found = re.findall(r"BG-(\d{3})\s+Workstream number (\d{3})", "\n".join(table_pages))
    assert [int(a) for a, _ in found] == list(range(300))
    assert all(a == b for a, b in found)
    for page in table_pages:  # the header repeats on every page of the table
        assert re.search(r"Project\s+Name\s+Portfolio\s+Status", page), page[:300]


HOSTILE = {
    "script": "<script>alert('x')</script> & <b>bold</b>",
    "amp": "R&D & \"quotes\" 'apostrophes' &amp;",
    "accented": "Événement d'été à Zürich – Ærøskøbing",
    "rtl": "مشروع الدفع الجديد",
    "long": "Supercalifragilistic" * 10,
}


def test_hostile_names_render_as_text(db, tmp_path, renderer):
    with db.begin() as s:
        folio = add_portfolio(s, "<i>Folio</i> & Co")
        for i, name in enumerate(HOSTILE.values()):
            project = add_project(s, f"HX-{i}", folio, name=name, due=dt.date(2026, 6, 1))
            add_item(s, project, points=2)
        person = add_resource(s, "<img src=x onerror=alert(1)> O'Brien")
        allocate(s, person, project, 1.0)
        refresh_rollups(s.connection())
    reports = make_reports(db, tmp_path, renderer)
    row = run(reports, lambda: reports.request_portfolio(SYSTEM, NONE, queue=False))
    assert row.status == "done", row.message
    raw = pdf_text(reports.path(row))
    flat = " ".join(raw.split())
    squeezed = "".join(raw.split())
    for label in ("script", "amp", "accented"):
        assert HOSTILE[label] in flat, label
    assert "<i>Folio</i> & Co" in flat
    assert HOSTILE["long"] in squeezed  # wrapped, never cut
    assert all(word in flat or word[::-1] in flat for word in HOSTILE["rtl"].split())
    assert "<img src=x onerror=alert(1)> O'Brien" in flat  # in the hot-spots chart too
    project_row = run(reports, lambda: reports.request_project(SYSTEM, "HX-0", queue=False))
    assert HOSTILE["script"] in " ".join(pdf_text(reports.path(project_row)).split())


def test_a_failed_render_is_shown_and_lists_no_file(db, tmp_path):
    seed(db)

    class Broken(ChartRenderer):
        def render(self, figures):
            raise ChartsUnavailable("chart rendering failed: the browser died")

    reports = make_reports(db, tmp_path, Broken())
    row = run(reports, lambda: reports.request_portfolio(SYSTEM, NONE, queue=False))
    assert row.status == "failed" and "browser died" in row.message
    assert reports.path(row) is None
    assert not list((tmp_path / "reports").glob("*")) if (tmp_path / "reports").exists() \
        else True
    with db() as s:
        assert store.reports_page(s, Scope.everything()).total == 0
        assert store.get(s, Scope.everything(), row.id).status == "failed"


def test_progress_moves_through_the_queue(db, tmp_path, renderer):
    seed(db)
    reports = make_reports(db, tmp_path, renderer)
    seen: list[tuple[str, int]] = []
    original = store.set_progress

    def spy(session, report_id, percent, message):
        seen.append((message, percent))
        original(session, report_id, percent, message)

    store.set_progress, restore = spy, original
    try:
        report_id = reports.request_portfolio(SYSTEM, ProjectFilters())
        reports._queue.shutdown(wait=True)
    finally:
        store.set_progress = restore
    row = reports.status(SYSTEM, report_id)
    assert row.status == "done" and row.progress == 100
    percents = [p for _m, p in seen]
    assert percents == sorted(percents) and len(percents) >= 4
    assert any("charts" in m for m, _ in seen)


def test_pdf_is_a_valid_document(db, tmp_path, renderer):
    seed(db)
    reports = make_reports(db, tmp_path, renderer)
    row = run(reports, lambda: reports.request_portfolio(SYSTEM, NONE, queue=False))
    reader = PdfReader(io.BytesIO(reports.path(row).read_bytes()))
    assert reader.metadata.title.startswith("Portfolio status report")
    assert reader.metadata.author == "system"


# --- resource hot spots: the projects in view, one window, the busiest by what is plotted ---

HOT_FIRST, HOT_LAST = TODAY, TODAY + dt.timedelta(days=55)  # today and the next 8 weeks


def _day(value) -> dt.date:
    return dt.date.fromisoformat(str(value)[:10])


def expected_hot_spots(db, portfolios: list[int], in_view: str) -> list[tuple[str, float]]:
    """Everyone holding an allocation to a project in view (``in_view``: a condition on
    ``p``/``st``) in the window, with their peak daily load there over all their allocations
    to the ``portfolios``, busiest first, ties by name: the test's own SQL and arithmetic."""
    marks = ", ".join(str(int(i)) for i in portfolios)
    with db() as s:
        people = set(s.scalars(text(
            "SELECT a.resource_id FROM allocations a JOIN projects p ON p.id = a.project_id "
            "JOIN statuses st ON st.id = p.status_id "
            f"WHERE p.portfolio_id IN ({marks}) AND {in_view} "
            "AND a.period_start <= :last AND a.period_end >= :first"),
            {"first": HOT_FIRST, "last": HOT_LAST, "t": TODAY}))
        rows = s.execute(text(
            "SELECT r.id, r.name, a.share, a.period_start, a.period_end FROM allocations a "
            "JOIN resources r ON r.id = a.resource_id JOIN projects p ON p.id = a.project_id "
            f"WHERE p.portfolio_id IN ({marks})")).all()
    days = [HOT_FIRST + dt.timedelta(days=i) for i in range((HOT_LAST - HOT_FIRST).days + 1)]
    peaks: dict[str, float] = {}
    for rid, name, _share, _start, _end in rows:
        if rid in people:
            mine = [(float(sh), _day(a), _day(b)) for r2, _n, sh, a, b in rows if r2 == rid]
            peaks[name] = round(max(sum(sh for sh, a, b in mine if a <= d <= b)
                                    for d in days), 6)
    return sorted(peaks.items(), key=lambda pair: (-pair[1], pair[0]))


def hot_spots_part(path: Path) -> str:
    page = next(p for p in pages_text(path) if "Resource hot spots" in p)
    return page.split("Resource hot spots", 1)[1].split("Open projects by due month", 1)[0]


def names_in_order(part: str, names: list[str]) -> list[str]:
    found = []
    for line in part.splitlines():
        found += [n for n in names if re.search(rf"(^|\s){re.escape(n)}(\s|$)", line)]
    return found


def hot_caption(over: int, total: int) -> str:
    people = "person" if total == 1 else "people"
    return (f"{over} of the {total} {people} allocated to the projects in view between today, "
            f"{TODAY.day} {TODAY:%b %Y}, and {HOT_LAST.day} {HOT_LAST:%b %Y} "
            f"{'is' if over == 1 else 'are'} over 100%")


def test_hot_spots_list_only_people_on_the_projects_in_view(db, tmp_path, renderer):
    ids = seed(db)
    with db.begin() as s:  # one person on the late project, one (over 100 %) on the on-track one
        late, fine = (s.get(Project, s.scalar(text("SELECT id FROM projects WHERE key = :k"),
                                                {"k": k})) for k in ("AL-1", "AL-3"))
        allocate(s, add_resource(s, "Lena Late"), late, 0.7)
        otto = add_resource(s, "Otto Ontrack")
        allocate(s, otto, fine, 0.6)
        allocate(s, otto, fine, 0.6)
    reports = make_reports(db, tmp_path, renderer)
    viewer = Viewer("mara", "manager", Scope.of(ids["alpha"]))
    late_only = ProjectFilters(health=("late",))
    row = run(reports, lambda: reports.request_portfolio(viewer, late_only, queue=False))
    assert row.status == "done", row.message

    expected = expected_hot_spots(db, [ids["alpha"]], "NOT st.is_closed AND p.due_date < :t")
    assert [n for n, _ in expected] == ["Lena Late"]  # the seed is what the test means
    part = hot_spots_part(reports.path(row))
    everyone = ["Ada Lovelace", "Lena Late", "Otto Ontrack"]
    assert names_in_order(part, everyone) == [n for n, _ in expected]
    over = sum(1 for _n, load in expected if load > 1.0)
    assert hot_caption(over, len(expected)) in " ".join(part.split())


def test_hot_spots_pick_and_plot_the_peak_from_today_for_eight_weeks(db, tmp_path, renderer):
    """The busiest are chosen by the peak that is plotted, over today and the next 8 weeks: a
    person busy only on Monday and Tuesday of this week (before today) is not, and one whose
    peak comes in July is, though their load this week is low."""
    with db.begin() as s:
        folio = add_portfolio(s, "Crew")
        project = add_project(s, "CR-1", folio, name="Crew project")
        for i in range(1, 17):
            allocate(s, add_resource(s, f"Person {i:02d}"), project, 0.6)
        later = add_resource(s, "Wendy Later")
        allocate(s, later, project, 0.1)
        for share in (0.8, 0.7):  # 160 % from 20 July
            allocate(s, later, project, share, dt.date(2026, 7, 20), dt.date(2026, 8, 31))
        past = add_resource(s, "Pat Past")
        allocate(s, past, project, 0.05)
        for _ in range(2):  # 205 % on Monday and Tuesday of this week, before today
            allocate(s, past, project, 1.0, dt.date(2026, 6, 15), dt.date(2026, 6, 16))
        beyond = add_resource(s, "Ned Beyond")
        allocate(s, beyond, project, 1.0, HOT_LAST + dt.timedelta(days=1), dt.date(2026, 9, 30))
        folio_id = folio.id
    reports = make_reports(db, tmp_path, renderer)
    row = run(reports, lambda: reports.request_portfolio(SYSTEM, NONE, queue=False))
    assert row.status == "done", row.message

    expected = expected_hot_spots(db, [folio_id], "1 = 1")
    shown = expected[:15]
    assert shown[0] == ("Wendy Later", 1.6) and "Ned Beyond" not in dict(expected)
    part = hot_spots_part(reports.path(row))
    flat = " ".join(part.split())
    everyone = [n for n, _ in expected] + ["Ned Beyond"]
    assert names_in_order(part, everyone) == [n for n, _ in shown]
    for _name, load in shown:
        assert f"{round(load * 100, 1):g}%" in flat
    assert f"Peak load (highest daily load), {TODAY.day} {TODAY:%b} – " \
           f"{HOT_LAST.day} {HOT_LAST:%b %Y} (%)" in flat
    over = sum(1 for _n, load in expected if load > 1.0)
    assert hot_caption(over, len(expected)) + " on at least one day; the 15 busiest are " \
        "shown" in flat


def test_at_risk_and_below_half_say_what_they_count(db, tmp_path, renderer):
    """The summary's "at risk" (open, not late: P(on time) under 50 %, or behind schedule
    without a forecast) and the forecast chart's "below 50 %" (late projects too: their stored
    P(on time) is 0 %) each say what they count, and their numbers reconcile."""
    ids = seed(db)
    with db.begin() as s:
        late = s.get(Project, s.scalar(text("SELECT id FROM projects WHERE key = 'AL-1'")))
        forecast(s, late, 0.0, dt.date(2026, 8, 1))  # what the scorer stores for a late one
        alpha = s.get(Portfolio, ids["alpha"])
        behind = add_project(s, "AL-5", alpha, name="Behind without forecast",
                             due=dt.date(2026, 9, 30))
        add_item(s, behind, points=8)
        refresh_rollups(s.connection())
    reports = make_reports(db, tmp_path, renderer)
    viewer = Viewer("mara", "manager", Scope.of(ids["alpha"]))
    row = run(reports, lambda: reports.request_portfolio(viewer, NONE, queue=False))
    assert row.status == "done", row.message

    with db() as s:  # the test's own SQL: open projects of Alpha, their forecast and points
        rows = s.execute(text(
            "SELECT p.start_date, p.due_date, f.p_on_time, "
            " (SELECT coalesce(sum(w.story_points), 0) FROM work_items w "
            "  WHERE w.project_id = p.id AND w.status = 'done'), "
            " (SELECT coalesce(sum(w.story_points), 0) FROM work_items w "
            "  WHERE w.project_id = p.id) "
            "FROM projects p JOIN statuses st ON st.id = p.status_id "
            "LEFT JOIN project_forecasts f ON f.project_id = p.id "
            "WHERE NOT st.is_closed AND p.portfolio_id = :a"), {"a": ids["alpha"]}).all()
    late_n = below_late = below_open = behind_n = 0
    for start, due, p, done, scope in rows:
        start, due = _day(start), _day(due)
        is_late = due < TODAY
        late_n += is_late
        if p is not None and p < 0.5:
            below_late += is_late
            below_open += not is_late
        elif p is None and not is_late and start <= TODAY:
            elapsed = (TODAY - start).days / (due - start).days
            behind_n += (done / scope if scope else 0.0) < elapsed - 0.15
    assert (late_n, below_late, below_open, behind_n) == (1, 1, 1, 1)  # each case is here
    flat = " ".join(pdf_text(reports.path(row)).split())
    assert (f"{late_n} late (open past their due date) and {below_open + behind_n} at risk "
            f"(open and not late: {below_open} with P(on time) under 50%, {behind_n} behind "
            "schedule without a forecast).") in flat
    assert (f"{below_open + below_late} open projects below 50% P(on time): {below_open} at "
            f"risk and {below_late} late.") in flat


def test_a_continued_table_repeats_its_own_title(db, tmp_path, renderer):
    """The running header of a page that continues the top-risks table names that table, not
    the section that starts lower on the same page."""
    with db.begin() as s:
        folio = add_portfolio(s, "Tall")
        for i in range(10):  # at risk, with names long enough to wrap over many lines
            project = add_project(s, f"TR-{i}", folio, due=dt.date(2026, 10, 1),
                                  name=f"Risky workstream {i} " + "with a long name " * 10)
            forecast(s, project, 0.1 + i / 100, dt.date(2026, 12, 1))
        add_project(s, "TL-1", folio, name="Late one", due=dt.date(2026, 5, 1))
        refresh_rollups(s.connection())
    reports = make_reports(db, tmp_path, renderer)
    row = run(reports, lambda: reports.request_portfolio(SYSTEM, NONE, queue=False))
    assert row.status == "done", row.message
    with db() as s:  # the test's own SQL: open, not late, P(on time) under 50 %
        at_risk = list(s.scalars(text(
            "SELECT p.key FROM projects p JOIN statuses st ON st.id = p.status_id "
            "JOIN project_forecasts f ON f.project_id = p.id WHERE NOT st.is_closed "
            "AND p.due_date >= :t AND f.p_on_time < 0.5 ORDER BY f.p_on_time, p.key"),
            {"t": TODAY}))
    assert len(at_risk) == 10
    pages = pages_text(reports.path(row))
    heading = re.compile(r"^\s*Top risks\s*$", re.M)
    first = next(i for i, p in enumerate(pages) if heading.search(p))
    last = next(i for i, p in enumerate(pages)
                if re.search(r"^\s*Late projects\s*$", p, re.M) and i >= first)
    risk_rows = [re.findall(r"^\s*(TR-\d)\s", p, re.M) for p in pages[first:last + 1]]
    assert [k for keys in risk_rows for k in keys] == at_risk  # every row, in order
    continued = [pages[first + i] for i, keys in enumerate(risk_rows) if i and keys]
    assert continued  # the table does go on over a page
    for page in continued:
        header = next(line for line in page.splitlines() if line.strip())
        assert header.split()[-2:] == ["Top", "risks"], header


def test_the_all_projects_table_fits_the_page_with_every_chance(db, tmp_path, renderer):
    """Nine columns of fixed shares summing to 100 % plus each cell's padding ran off the page:
    the P(on time) column was cut away. Text is read only inside the A4 page's box."""
    with db.begin() as s:
        folio = add_portfolio(s, "Wide")
        for i, p in enumerate((0.83, 0.11, 0.97)):
            project = add_project(s, f"WD-{i}", folio, name=f"Beacon smart thermostat {i}")
            forecast(s, project, p, dt.date(2026, 12, 1))
    chances = {k: round(p * 100) for k, p in rows(db, """SELECT p.key, f.p_on_time FROM
        projects p JOIN project_forecasts f ON f.project_id = p.id""")}
    reports = make_reports(db, tmp_path, renderer)
    row = run(reports, lambda: reports.request_portfolio(SYSTEM, NONE, queue=False))
    assert row.status == "done", row.message
    inside = subprocess.run(["pdftotext", "-layout", "-x", "0", "-y", "0", "-W", "595", "-H",
                             "842", str(reports.path(row)), "-"], capture_output=True,
                            check=True).stdout.decode("utf-8")
    table = inside[inside.rindex("All projects"):]
    assert "Health" in table and "P(on" in table
    dues = {k: _day(d) for k, d in rows(db, "SELECT key, due_date FROM projects")}
    for key, chance in chances.items():
        due = dues[key]  # a day kept whole on its row, "31 Dec 2026", as the pages write it
        assert re.search(rf"{key}\s.*\s{due.day} {due:%b %Y}\s.*\s{chance}%\s*$", table,
                         re.M), (key, table[:600])
