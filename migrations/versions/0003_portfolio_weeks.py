"""portfolio weeks

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

Weekly activity summed per portfolio (derived from project_weeks), so the overview's throughput
and burn-up read a few thousand rows at any portfolio size. `python -m dashboard init` fills it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "portfolio_weeks",
        sa.Column("portfolio_id", sa.Integer(), nullable=False),
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("items_done", sa.Integer(), nullable=False),
        sa.Column("points_done", sa.Integer(), nullable=False),
        sa.Column("points_added", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["portfolio_id"],
            ["portfolios.id"],
            name=op.f("fk_portfolio_weeks_portfolio_id_portfolios"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("portfolio_id", "week", name=op.f("pk_portfolio_weeks")),
    )


def downgrade() -> None:
    op.drop_table("portfolio_weeks")
