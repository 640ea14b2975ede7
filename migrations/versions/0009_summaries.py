"""summaries computed ahead of reads: health cells and people's loads

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05

``health_cells``: project counts by portfolio, status, priority, health and due month;
``people_loads``: each person's load this week and next month. Both depend on the day (a
project becomes late when its due date passes; "this week" moves), so the writers do not keep
them: a job refreshes them after writes and when the day changes, and ``summary_state`` says
which day and data version each reflects. Readers use them only when both are current
(``data.summary_state``); the state starts empty, so nothing reads them before the first
refresh.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "health_cells",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("portfolio_id", sa.Integer(), nullable=False),
        sa.Column("status_id", sa.Integer(), nullable=False),
        sa.Column("priority_id", sa.Integer(), nullable=False),
        sa.Column("health", sa.String(length=10), nullable=False),
        sa.Column("due_month", sa.Date(), nullable=True),
        sa.Column("projects", sa.Integer(), nullable=False),
        sa.Column("done_month", sa.Integer(), nullable=False),
        sa.Column("open_items", sa.Integer(), nullable=False),
        sa.Column("scope_points", sa.Integer(), nullable=False),
        sa.Column("done_points", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_health_cells")),
    )
    op.create_table(
        "people_loads",
        sa.Column("period", sa.String(length=12), nullable=False),
        sa.Column("resource_id", sa.Integer(), nullable=False),
        sa.Column("load", sa.Float(), nullable=False),
        sa.Column("projects", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("period", "resource_id", name=op.f("pk_people_loads")),
    )
    op.create_table(
        "summary_state",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("refreshed_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_summary_state")),
    )


def downgrade() -> None:
    op.drop_table("summary_state")
    op.drop_table("people_loads")
    op.drop_table("health_cells")
