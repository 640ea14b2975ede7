"""Scheduled reports mailed over SMTP (a loopback aiosmtpd server), and downloads that check the
viewer's portfolios and are audited."""

from __future__ import annotations

import datetime as dt
import email
import shutil
import socket

import pytest
from aiosmtpd.controller import Controller

from dashboard.app import create_app
from dashboard.report_charts import ChartRenderer
from dashboard.report_schedule import Schedule
from dashboard.reports import Reports
from dashboard.settings import Settings
from data.filters import ProjectFilters
from data.schema import User, UserPortfolio
from data.scope import Scope
from data.viewer import Viewer
from tests.conftest import require
from tests.factories import TODAY, add_portfolio, add_project
from tests.signin import TEST_SECRET


@pytest.fixture(scope="module")
def renderer():
    require(bool(shutil.which("chromium")), "headless Chromium")
    r = ChartRenderer()
    yield r
    r.close()


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], email.message.Message]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.messages.append((list(envelope.rcpt_tos),
                              email.message_from_bytes(envelope.content)))
        return "250 OK"


@pytest.fixture
def smtp():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


def add_user(session, username: str, portfolios, email_: str | None = None) -> None:
    user = User(username=username, display_name=username.title(), role="manager",
                email=email_)
    session.add(user)
    session.flush()
    session.add_all([UserPortfolio(user_id=user.id, portfolio_id=p) for p in portfolios])


def test_weekly_job_mails_one_report_to_each_granted_user(db, tmp_path, renderer, smtp):
    inbox, port = smtp
    with db.begin() as s:
        alpha, beta = add_portfolio(s, "Alpha"), add_portfolio(s, "Beta")
        add_project(s, "AL-1", alpha, name="Crane upgrade")
        add_project(s, "BE-1", beta, name="Beta only")
        add_user(s, "ana", [alpha.id], "ana@example.test")
        add_user(s, "bo@example.test", [alpha.id, beta.id])  # the username is the address
        add_user(s, "cy", [beta.id], "cy@example.test")
        add_user(s, "dee", [alpha.id])  # no address: not mailed
        ids = (alpha.id, beta.id)
    reports = Reports(Settings(data_dir=tmp_path, report_timer=False, smtp_host="127.0.0.1",
                               smtp_port=port, smtp_from="reports@example.test"),
                      db, today=lambda: TODAY, renderer=renderer, audit=lambda *a, **k: None)
    results = reports.run_weekly(TODAY)
    assert [(r.portfolio_id, r.status, r.mailed) for r in results] == [
        (ids[0], "done", 2), (ids[1], "done", 2)]
    got = sorted((to[0], m["Subject"]) for to, m in inbox.messages)
    assert got == [
        ("ana@example.test", "Portfolio status report: Alpha"),
        ("bo@example.test", "Portfolio status report: Alpha"),
        ("bo@example.test", "Portfolio status report: Beta"),
        ("cy@example.test", "Portfolio status report: Beta"),
    ]
    for _to, message in inbox.messages:
        assert all(len(to) == 1 for to, _m in inbox.messages)  # one mail per recipient
        attachment = next(p for p in message.walk() if p.get_content_type() == "application/pdf")
        assert attachment.get_payload(decode=True).startswith(b"%PDF")
    # the same week again: made once, however many processes run the schedule
    again = reports.run_weekly(TODAY + dt.timedelta(days=1))
    assert [r.status for r in again] == ["already made", "already made"]
    assert len(inbox.messages) == 4


def test_schedule_parsing_and_next_run():
    monday_7 = Schedule.parse("mon 07:00")
    assert monday_7.next_run(dt.datetime(2026, 6, 17, 12)) == dt.datetime(2026, 6, 22, 7)
    assert monday_7.next_run(dt.datetime(2026, 6, 22, 6, 59)) == dt.datetime(2026, 6, 22, 7)
    assert Schedule.parse("Friday 16:30").next_run(dt.datetime(2026, 6, 17)) == dt.datetime(
        2026, 6, 19, 16, 30)
    assert not Schedule.parse("off").enabled
    for bad in ("someday", "mon 25:00", "mon 07:00 extra"):
        with pytest.raises(ValueError, match="REPORT_SCHEDULE"):
            Schedule.parse(bad)
    assert Schedule.key(dt.date(2026, 6, 17), 3) == Schedule.key(dt.date(2026, 6, 21), 3)
    # what a job queue runs every minute: the last scheduled moment, never a future one
    assert monday_7.last_run(dt.datetime(2026, 6, 22, 6, 59)) == dt.datetime(2026, 6, 15, 7)
    assert monday_7.last_run(dt.datetime(2026, 6, 22, 7, 1)) == dt.datetime(2026, 6, 22, 7)
    assert Schedule.key(dt.date(2026, 6, 17), 3) != Schedule.key(dt.date(2026, 6, 22), 3)


VIEWERS = {
    "alpha": Viewer("ana", "manager", Scope.of(1)),
    "beta": Viewer("cy", "manager", Scope.of(2)),
    "both": Viewer("bo", "manager", Scope.of(1, 2)),
}


def test_a_viewer_cannot_download_another_portfolios_report(db, tmp_path, renderer):
    with db.begin() as s:
        alpha, beta = add_portfolio(s, "Alpha"), add_portfolio(s, "Beta")
        add_project(s, "AL-1", alpha)
        add_project(s, "BE-1", beta)
    assert (alpha.id, beta.id) == (1, 2)
    url = db.kw["bind"].url.render_as_string(hide_password=False)
    app = create_app(Settings(data_dir=tmp_path, database_url=url, report_timer=False,
                              secret_key=TEST_SECRET),
                     resolve_viewer=lambda request: VIEWERS[request.headers["X-Viewer"]],
                     start=False)
    services = app.server.extensions["dashboard"]
    services.today = lambda: TODAY
    services.reports.renderer = renderer
    audited: list = []
    services.reports.audit = lambda action, actor, **k: audited.append((action, actor,
                                                                         k.get("outcome", "ok")))
    made = services.reports.request_portfolio(VIEWERS["alpha"], ProjectFilters(), queue=False)
    assert services.reports.generate(made).status == "done"
    client = app.server.test_client()

    refused = client.get(f"/reports/{made}/download", headers={"X-Viewer": "beta"})
    assert refused.status_code == 404 and b"%PDF" not in refused.data
    missing = client.get("/reports/999/download", headers={"X-Viewer": "beta"})
    assert missing.status_code == 404
    for who in ("alpha", "both"):
        ok = client.get(f"/reports/{made}/download", headers={"X-Viewer": who})
        assert ok.status_code == 200 and ok.mimetype == "application/pdf"
        assert ok.data.startswith(b"%PDF")
        ok.close()
    assert audited == [("download", "cy", "refused"), ("download", "ana", "ok"),
                       ("download", "bo", "ok")]
    # a report of both portfolios is not Beta's viewer's either
    wide = services.reports.request_portfolio(VIEWERS["both"], ProjectFilters(), queue=False)
    services.reports.generate(wide)
    assert client.get(f"/reports/{wide}/download",
                      headers={"X-Viewer": "alpha"}).status_code == 404
    assert services.reports.status(VIEWERS["beta"], wide) is None
    assert services.reports.status(VIEWERS["both"], wide).status == "done"
    services.reports.renderer = ChartRenderer()  # the shared one stays open for other tests
    services.stop()
