"""Downloading a generated report: only a viewer granted every portfolio it covers may, and
every download (and every refusal) is audited."""

from __future__ import annotations

from typing import Any

from flask import Flask, abort, request, send_file

from dashboard.auth import current_viewer
from data import reports as store
from data.scope import Scope


def add_report_routes(server: Flask, services: Any) -> None:
    @server.get("/reports/<int:report_id>/download")
    def download_report(report_id: int) -> Any:
        viewer = current_viewer()
        reports = services.reports
        address = (request.remote_addr or "")[:64]
        with services.read() as session:
            row = store.get(session, viewer.scope, report_id)
            exists = row is not None or store.get(session, Scope.everything(), report_id)
        if row is None:
            if exists:
                reports.audit("download", viewer.username, outcome="refused",
                              target=f"report:{report_id}", address=address)
            abort(404)  # the same answer whether it exists or not: nothing leaks
        path = reports.path(row)
        if path is None:
            abort(404)
        reports.audit("download", viewer.username, target=f"report:{report_id}",
                      detail={"scope": row.scope_label, "kind": row.kind}, address=address)
        return send_file(path, mimetype="application/pdf", as_attachment=True,
                         download_name=path.name.split("-", 1)[-1] or "report.pdf",
                         max_age=0)
