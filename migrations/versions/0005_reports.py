"""generated reports

Revision ID: 0005
Revises: 0004f
Create Date: 2026-12-03

PDF status reports (issue 14): one row per generated report (who, when, scope, size, status,
the facts the next report compares against) with the portfolios it covers, and the address
scheduled reports are mailed to.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004f"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("email", sa.String(length=254), nullable=True))
    op.create_table(
        "reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("scope_label", sa.String(length=500), nullable=False),
        sa.Column("scope_hash", sa.String(length=40), nullable=False),
        sa.Column("project_key", sa.String(length=32), nullable=True),
        sa.Column("filters", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("trigger", sa.String(length=16), nullable=False),
        sa.Column("schedule_key", sa.String(length=80), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("message", sa.String(length=500), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=True),
        sa.Column("pages", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.String(length=200), nullable=True),
        sa.Column("facts", sa.JSON(), nullable=True),
        sa.CheckConstraint("kind IN ('portfolio', 'project')", name=op.f("ck_reports_kind_known")),
        sa.CheckConstraint("status IN ('queued', 'running', 'done', 'failed')",
                           name=op.f("ck_reports_status_known")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_reports_user_id_users"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reports")),
        sa.UniqueConstraint("schedule_key", name=op.f("uq_reports_schedule_key")),
    )
    op.create_index(op.f("ix_reports_created_at"), "reports", ["created_at"])
    op.create_index(op.f("ix_reports_scope_hash_created_at"), "reports",
                    ["scope_hash", "created_at"])
    op.create_table(
        "report_portfolios",
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("portfolio_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["report_id"], ["reports.id"],
                                name=op.f("fk_report_portfolios_report_id_reports"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["portfolio_id"], ["portfolios.id"],
                                name=op.f("fk_report_portfolios_portfolio_id_portfolios"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("report_id", "portfolio_id", name=op.f("pk_report_portfolios")),
    )
    op.create_index(op.f("ix_report_portfolios_portfolio_id"), "report_portfolios",
                    ["portfolio_id"])


def downgrade() -> None:
    op.drop_table("report_portfolios")
    op.drop_table("reports")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("email")
