"""persisted forecasts

Revision ID: 0002
Revises: 0002r
Create Date: 2026-11-25

One row per open project with its probability of finishing by the due date, the Monte Carlo
P50/P85/P95 dates and the drivers, so project tables can sort and filter by them.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0002"
down_revision: str | None = "0002r"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "project_forecasts",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("p_on_time", sa.Float(), nullable=True),
        sa.Column("mc_p_on_time", sa.Float(), nullable=True),
        sa.Column("p50_date", sa.Date(), nullable=True),
        sa.Column("p85_date", sa.Date(), nullable=True),
        sa.Column("p95_date", sa.Date(), nullable=True),
        sa.Column("model_version", sa.String(length=32), nullable=True),
        sa.Column(
            "drivers",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("scored_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "method IN ('classifier', 'monte_carlo')",
            name=op.f("ck_project_forecasts_method_known"),
        ),
        sa.CheckConstraint(
            "p_on_time IS NULL OR (p_on_time >= 0 AND p_on_time <= 1)",
            name=op.f("ck_project_forecasts_p_on_time_probability"),
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_project_forecasts_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("project_id", name=op.f("pk_project_forecasts")),
    )
    op.create_index(
        op.f("ix_project_forecasts_p_on_time"), "project_forecasts", ["p_on_time"], unique=False
    )
    op.create_index(
        op.f("ix_project_forecasts_p85_date"), "project_forecasts", ["p85_date"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_project_forecasts_p85_date"), table_name="project_forecasts")
    op.drop_index(op.f("ix_project_forecasts_p_on_time"), table_name="project_forecasts")
    op.drop_table("project_forecasts")
