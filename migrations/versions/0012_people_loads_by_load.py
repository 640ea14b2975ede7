"""people's loads in load order: the resources page reads the busiest people a page at a time

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06

The heatmap and the over-allocated list read a page of the kept loads, busiest first. With a count
over the join in the same statement, every person of the scope was joined to ``resources`` (193 ms
for 49,000 people); counted apart, the page follows this index and stops at the page (25 ms).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(op.f("ix_people_loads_scope_period_load"), "people_loads",
                    ["scope", "period", "load"])


def downgrade() -> None:
    op.drop_index(op.f("ix_people_loads_scope_period_load"), table_name="people_loads")
