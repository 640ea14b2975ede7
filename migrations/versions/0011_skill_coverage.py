"""skill coverage per scope: open work per skill and the people who have it

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05

The skills chart counted, on every cold read, the open work items of the visible projects and the
people holding a visible allocation (260 ms for a manager of half of 100,000 projects).
``skill_coverage`` keeps both per scope, like ``people_loads`` (``data.skill_coverage``); it starts
empty, and nothing reads it before the first refresh.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "skill_coverage",
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("skill", sa.String(length=60), nullable=False),
        sa.Column("open_items", sa.Integer(), nullable=False),
        sa.Column("open_points", sa.Integer(), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.Column("capacity_hours", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("scope", "skill", name=op.f("pk_skill_coverage")),
    )


def downgrade() -> None:
    op.drop_table("skill_coverage")
    op.execute("DELETE FROM summary_state WHERE name = 'skill_coverage' "
               "OR name LIKE 'skill_coverage:%'")
