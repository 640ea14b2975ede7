"""indexes for the project table's sorts and search at 100,000 projects

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02

The projects table sorts by due date with empty dates last in both directions
(``coalesce(due_date, <far future | far past>), key``): an expression index per direction lets
PostgreSQL and SQLite read a page in index order instead of sorting every project. The progress
sort reads ``project_rollups`` in ``(progress, project_id)`` order (every project has a rollup
row: this migration fills in any missing one). On PostgreSQL, trigram (``pg_trgm``) GIN indexes
on ``lower(name)``, ``lower(key)`` and ``lower(owner)`` serve the search box's ``LIKE '%...%'``;
a plain index on ``owner`` gives the owner filter its first 200 names without reading every row.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DUE_UP = "coalesce(due_date, '9999-12-31')"
DUE_DOWN = "coalesce(due_date, '0001-01-01')"
TRIGRAM = ("name", "key", "owner")


def upgrade() -> None:
    op.create_index("ix_projects_due_sort_up", "projects", [sa.text(DUE_UP), "key"])
    op.create_index("ix_projects_due_sort_down", "projects", [sa.text(DUE_DOWN), "key"])
    op.create_index("ix_projects_owner", "projects", ["owner"])  # the owner filter's list
    op.execute(sa.text(
        "INSERT INTO project_rollups (project_id, scope_points, done_points, "
        "in_progress_points, open_items, progress, last_done_at) "
        "SELECT p.id, coalesce(sum(w.story_points), 0), "
        "coalesce(sum(CASE WHEN w.status = 'done' THEN w.story_points ELSE 0 END), 0), "
        "coalesce(sum(CASE WHEN w.status = 'in_progress' THEN w.story_points ELSE 0 END), 0), "
        "coalesce(sum(CASE WHEN w.status != 'done' THEN 1 ELSE 0 END), 0), "
        "CASE WHEN coalesce(sum(w.story_points), 0) > 0 THEN 1.0 * "
        "coalesce(sum(CASE WHEN w.status = 'done' THEN w.story_points ELSE 0 END), 0) "
        "/ sum(w.story_points) ELSE 0.0 END, max(w.done_at) "
        "FROM projects p LEFT JOIN work_items w ON w.project_id = p.id "
        "WHERE NOT EXISTS (SELECT 1 FROM project_rollups r WHERE r.project_id = p.id) "
        "GROUP BY p.id"))
    op.drop_index("ix_project_rollups_progress", table_name="project_rollups")
    op.create_index("ix_project_rollups_progress_project_id", "project_rollups",
                    ["progress", "project_id"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for column in TRIGRAM:
            op.create_index(f"ix_projects_{column}_trgm", "projects",
                            [sa.text(f"lower({column}) gin_trgm_ops")], postgresql_using="gin")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for column in TRIGRAM:
            op.drop_index(f"ix_projects_{column}_trgm", table_name="projects")
    op.drop_index("ix_project_rollups_progress_project_id", table_name="project_rollups")
    op.create_index("ix_project_rollups_progress", "project_rollups", ["progress"])
    op.drop_index("ix_projects_owner", table_name="projects")
    op.drop_index("ix_projects_due_sort_down", table_name="projects")
    op.drop_index("ix_projects_due_sort_up", table_name="projects")
