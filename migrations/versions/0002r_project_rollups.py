"""project rollups and work item skills

Revision ID: 0002r
Revises: 0001
Create Date: 2026-11-25

Per-project totals of work items, so portfolio roll-ups and sorting by progress read 100k rows
instead of aggregating a million work items. Filled from existing items on upgrade. Work items
also get the skill they need, so the resources page can weigh demand against who has it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002r"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("work_items") as batch:
        batch.add_column(sa.Column("skill", sa.String(length=60), nullable=True))
    op.create_table(
        "project_rollups",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("scope_points", sa.Integer(), nullable=False),
        sa.Column("done_points", sa.Integer(), nullable=False),
        sa.Column("in_progress_points", sa.Integer(), nullable=False),
        sa.Column("open_items", sa.Integer(), nullable=False),
        sa.Column("progress", sa.Float(), nullable=False),
        sa.Column("last_done_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_project_rollups_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("project_id", name=op.f("pk_project_rollups")),
    )
    op.create_index(op.f("ix_project_rollups_progress"), "project_rollups", ["progress"])
    op.execute(
        """
        INSERT INTO project_rollups (project_id, scope_points, done_points, in_progress_points,
                                     open_items, progress, last_done_at)
        SELECT p.id,
               COALESCE(SUM(w.story_points), 0),
               COALESCE(SUM(CASE WHEN w.status = 'done' THEN w.story_points ELSE 0 END), 0),
               COALESCE(SUM(CASE WHEN w.status = 'in_progress' THEN w.story_points ELSE 0 END), 0),
               COALESCE(SUM(CASE WHEN w.status <> 'done' THEN 1 ELSE 0 END), 0),
               CASE WHEN COALESCE(SUM(w.story_points), 0) > 0
                    THEN 1.0 * SUM(CASE WHEN w.status = 'done' THEN w.story_points ELSE 0 END)
                         / SUM(w.story_points)
                    ELSE 0 END,
               MAX(w.done_at)
        FROM projects p LEFT JOIN work_items w ON w.project_id = p.id
        GROUP BY p.id
        """
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_project_rollups_progress"), table_name="project_rollups")
    op.drop_table("project_rollups")
    with op.batch_alter_table("work_items") as batch:
        batch.drop_column("skill")
