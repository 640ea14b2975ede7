"""Mailing a finished report over SMTP (``SMTP_HOST`` and friends): one message per recipient,
all over one connection, the PDF attached."""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Sequence
from email.message import EmailMessage
from pathlib import Path

from dashboard.settings import Settings
from data.reports import Recipient, ReportRow


def message(settings: Settings, to: Recipient, row: ReportRow, pdf: Path) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.smtp_from
    msg["To"] = to.email
    msg["Subject"] = f"{row.title}: {row.scope_label}"[:200]
    msg.set_content(
        f"Hello {to.name},\n\nattached is the {row.title.lower()} for {row.scope_label}, "
        f"generated {row.created_at:%Y-%m-%d %H:%M} UTC ({row.pages or '?'} pages).\n\n"
        "— Portfolio dashboard\n")
    msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf",
                       filename=pdf.name)
    return msg


def send(settings: Settings, recipients: Sequence[Recipient], row: ReportRow, pdf: Path) -> int:
    """Send to each recipient; returns how many messages the server accepted."""
    host, port, timeout = settings.smtp_host or "", settings.smtp_port, settings.smtp_timeout
    server: smtplib.SMTP
    if settings.smtp_ssl:
        server = smtplib.SMTP_SSL(host, port, timeout=timeout,
                                  context=ssl.create_default_context())
    else:
        server = smtplib.SMTP(host, port, timeout=timeout)
    sent = 0
    with server:
        if settings.smtp_starttls and not settings.smtp_ssl:
            server.starttls(context=ssl.create_default_context())
        if settings.smtp_user:
            server.login(settings.smtp_user, settings.smtp_password or "")
        for to in recipients:
            refused = server.send_message(message(settings, to, row, pdf))
            sent += 0 if refused else 1
    return sent
