"""open projects in due-date order: the late and slipped lists stop walking closed projects

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-08

The Insights' late list (open projects due before today, earliest first) walked
``ix_projects_due_sort_up`` through every closed project due earlier: 36,000 buffers and 38 ms
at 100,000 projects, for five rows. This index holds the open projects alone, in the same
order; ``data.metrics.is_open`` writes the open statuses' ids as literals so the planner can
match its predicate (0.07 ms, 8 buffers).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As the first migration seeded them: proposed 1, active 2, on hold 3 (``schema.STATUS_IDS``).
OPEN = "status_id IN (1, 2, 3)"


def upgrade() -> None:
    op.create_index("ix_projects_open_due_sort_up", "projects",
                    [sa.text("coalesce(due_date, '9999-12-31')"), "key"],
                    postgresql_where=sa.text(OPEN), sqlite_where=sa.text(OPEN))


def downgrade() -> None:
    op.drop_index("ix_projects_open_due_sort_up", table_name="projects")
