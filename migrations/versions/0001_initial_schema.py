"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25

Every table of data.schema with the indexes a dashboard reads by, and the lookup rows.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from data.db import seed_reference

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "portfolios",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_portfolios")),
        sa.UniqueConstraint("name", name=op.f("uq_portfolios_name")),
    )
    op.create_table(
        "priorities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("label", sa.String(length=64), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_priorities")),
        sa.UniqueConstraint("code", name=op.f("uq_priorities_code")),
    )
    op.create_table(
        "resources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=80), nullable=False),
        sa.Column(
            "skills",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("weekly_capacity", sa.Float(), nullable=False),
        sa.CheckConstraint("weekly_capacity > 0", name=op.f("ck_resources_capacity_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resources")),
        sa.UniqueConstraint("name", name=op.f("uq_resources_name")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.create_index("ix_resources_skills", "resources", ["skills"], postgresql_using="gin")

    op.create_table(
        "statuses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("label", sa.String(length=64), nullable=False),
        sa.Column("is_closed", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statuses")),
        sa.UniqueConstraint("code", name=op.f("uq_statuses_code")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "role IN ('admin', 'manager', 'viewer')", name=op.f("ck_users_role_known")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "projects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("status_id", sa.Integer(), nullable=False),
        sa.Column("priority_id", sa.Integer(), nullable=False),
        sa.Column("portfolio_id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=120), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "due_date IS NULL OR start_date IS NULL OR due_date >= start_date",
            name=op.f("ck_projects_due_after_start"),
        ),
        sa.ForeignKeyConstraint(
            ["portfolio_id"], ["portfolios.id"], name=op.f("fk_projects_portfolio_id_portfolios")
        ),
        sa.ForeignKeyConstraint(
            ["priority_id"], ["priorities.id"], name=op.f("fk_projects_priority_id_priorities")
        ),
        sa.ForeignKeyConstraint(
            ["status_id"], ["statuses.id"], name=op.f("fk_projects_status_id_statuses")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_projects")),
        sa.UniqueConstraint("key", name=op.f("uq_projects_key")),
    )
    op.create_index(op.f("ix_projects_created_at"), "projects", ["created_at"], unique=False)
    op.create_index(op.f("ix_projects_due_date"), "projects", ["due_date"], unique=False)
    op.create_index(
        op.f("ix_projects_portfolio_id_status_id"),
        "projects",
        ["portfolio_id", "status_id"],
        unique=False,
    )
    op.create_index(op.f("ix_projects_priority_id"), "projects", ["priority_id"], unique=False)
    op.create_index(op.f("ix_projects_status_id"), "projects", ["status_id"], unique=False)

    op.create_table(
        "user_portfolios",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("portfolio_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["portfolio_id"],
            ["portfolios.id"],
            name=op.f("fk_user_portfolios_portfolio_id_portfolios"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_user_portfolios_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_portfolios")),
        sa.UniqueConstraint(
            "user_id", "portfolio_id", name=op.f("uq_user_portfolios_user_id_portfolio_id")
        ),
    )
    op.create_index(
        op.f("ix_user_portfolios_portfolio_id"), "user_portfolios", ["portfolio_id"], unique=False
    )

    op.create_table(
        "allocations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resource_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("share", sa.Float(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.CheckConstraint(
            "period_end >= period_start", name=op.f("ck_allocations_period_ordered")
        ),
        sa.CheckConstraint("share > 0 AND share <= 1", name=op.f("ck_allocations_share_fraction")),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_allocations_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["resource_id"],
            ["resources.id"],
            name=op.f("fk_allocations_resource_id_resources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_allocations")),
    )
    op.create_index(
        op.f("ix_allocations_project_id_period_start"),
        "allocations",
        ["project_id", "period_start"],
        unique=False,
    )
    op.create_index(
        op.f("ix_allocations_resource_id_period_start"),
        "allocations",
        ["resource_id", "period_start"],
        unique=False,
    )

    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('meeting_minutes', 'status_note', 'spec')",
            name=op.f("ck_documents_kind_known"),
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_documents_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    op.create_index(
        op.f("ix_documents_project_id_kind_created_at"),
        "documents",
        ["project_id", "kind", "created_at"],
        unique=False,
    )

    op.create_table(
        "project_snapshots",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("scope_points", sa.Integer(), nullable=False),
        sa.Column("done_points", sa.Integer(), nullable=False),
        sa.Column("in_progress_points", sa.Integer(), nullable=False),
        sa.Column("items_added", sa.Integer(), nullable=False),
        sa.Column("items_removed", sa.Integer(), nullable=False),
        sa.Column("team_size", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "scope_points >= 0 AND done_points >= 0 AND in_progress_points >= 0",
            name=op.f("ck_project_snapshots_points_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_project_snapshots_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("project_id", "day", name=op.f("pk_project_snapshots")),
    )
    op.create_index(op.f("ix_project_snapshots_day"), "project_snapshots", ["day"], unique=False)

    op.create_table(
        "work_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("story_points", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("due_at", sa.DateTime(), nullable=True),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('feature', 'backlog_item')", name=op.f("ck_work_items_kind_known")
        ),
        sa.CheckConstraint(
            "status IN ('todo', 'in_progress', 'done')", name=op.f("ck_work_items_status_known")
        ),
        sa.CheckConstraint("story_points >= 0", name=op.f("ck_work_items_points_not_negative")),
        sa.ForeignKeyConstraint(
            ["assignee_id"],
            ["resources.id"],
            name=op.f("fk_work_items_assignee_id_resources"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_work_items_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_items")),
    )
    op.create_index(op.f("ix_work_items_assignee_id"), "work_items", ["assignee_id"], unique=False)
    op.create_index(op.f("ix_work_items_done_at"), "work_items", ["done_at"], unique=False)
    op.create_index(
        op.f("ix_work_items_project_id_status"),
        "work_items",
        ["project_id", "status"],
        unique=False,
    )
    seed_reference(op.get_bind())


def downgrade() -> None:
    op.drop_index(op.f("ix_work_items_project_id_status"), table_name="work_items")
    op.drop_index(op.f("ix_work_items_done_at"), table_name="work_items")
    op.drop_index(op.f("ix_work_items_assignee_id"), table_name="work_items")

    op.drop_table("work_items")
    op.drop_index(op.f("ix_project_snapshots_day"), table_name="project_snapshots")

    op.drop_table("project_snapshots")
    op.drop_index(op.f("ix_documents_project_id_kind_created_at"), table_name="documents")

    op.drop_table("documents")
    op.drop_index(op.f("ix_allocations_resource_id_period_start"), table_name="allocations")
    op.drop_index(op.f("ix_allocations_project_id_period_start"), table_name="allocations")

    op.drop_table("allocations")
    op.drop_index(op.f("ix_user_portfolios_portfolio_id"), table_name="user_portfolios")

    op.drop_table("user_portfolios")
    op.drop_index(op.f("ix_projects_status_id"), table_name="projects")
    op.drop_index(op.f("ix_projects_priority_id"), table_name="projects")
    op.drop_index(op.f("ix_projects_portfolio_id_status_id"), table_name="projects")
    op.drop_index(op.f("ix_projects_due_date"), table_name="projects")
    op.drop_index(op.f("ix_projects_created_at"), table_name="projects")

    op.drop_table("projects")
    op.drop_table("users")
    op.drop_table("statuses")
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_resources_skills", table_name="resources")

    op.drop_table("resources")
    op.drop_table("priorities")
    op.drop_table("portfolios")
