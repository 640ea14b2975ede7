"""project rollups, weekly activity, skill supply and work item skills

Revision ID: 0002r
Revises: 0001
Create Date: 2026-11-25

Per-project totals of work items, so portfolio roll-ups and sorting by progress read 100k rows
instead of aggregating a million work items, and per-project weekly activity for throughput and
burn-ups. Both are derived data: `python -m dashboard init` fills them for existing projects.
Work items also get the skill they need, so the resources page can weigh demand against who
has it.
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
    op.create_table(
        "project_weeks",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("items_done", sa.Integer(), nullable=False),
        sa.Column("points_done", sa.Integer(), nullable=False),
        sa.Column("points_added", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_project_weeks_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("project_id", "week", name=op.f("pk_project_weeks")),
    )
    op.create_index(op.f("ix_project_weeks_week_project_id"), "project_weeks",
                    ["week", "project_id"])
    op.create_table(
        "skill_supply",
        sa.Column("skill", sa.String(length=60), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.Column("capacity_hours", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("skill", name=op.f("pk_skill_supply")),
    )
    open_items = sa.text("status <> 'done'")
    op.create_index("ix_work_items_open_skill", "work_items", ["skill", "story_points"],
                    postgresql_where=open_items, sqlite_where=open_items)


def downgrade() -> None:
    op.drop_index("ix_work_items_open_skill", table_name="work_items")
    op.drop_table("skill_supply")
    op.drop_index(op.f("ix_project_weeks_week_project_id"), table_name="project_weeks")
    op.drop_table("project_weeks")
    op.drop_index(op.f("ix_project_rollups_progress"), table_name="project_rollups")
    op.drop_table("project_rollups")
    with op.batch_alter_table("work_items") as batch:
        batch.drop_column("skill")
