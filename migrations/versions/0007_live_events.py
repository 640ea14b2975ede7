"""live events: committed writes' events for processes that share no Redis

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02

Without REDIS_URL every process polls ``live_events`` for rows after the last id it saw
(``dashboard.live_bus.TableBus``); rows carry an event's type and project ids, never data, and
are pruned after a few minutes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "live_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("type", sa.String(length=64), nullable=False),
        sa.Column("ids", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_live_events")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_live_events_created_at"), "live_events", ["created_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_live_events_created_at"), table_name="live_events")
    op.drop_table("live_events")
