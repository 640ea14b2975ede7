"""people's loads per scope: everything's and each signed-in viewer's

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05

A load counts the allocations the viewer may see, so the loads computed for everything never
served a manager of some portfolios, whose resources pages then compared every allocation with
every other on each cold read. ``people_loads`` gains the scope its rows were computed for
(``all``, or a digest of the portfolio ids: ``data.people_loads.scope_key``). The table holds
derived rows only: it is made again empty, and its state forgotten, so the next refresh fills it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _table(*scope: sa.Column) -> None:
    keys = ("scope", "period", "resource_id") if scope else ("period", "resource_id")
    op.create_table(
        "people_loads",
        *scope,
        sa.Column("period", sa.String(length=12), nullable=False),
        sa.Column("resource_id", sa.Integer(), nullable=False),
        sa.Column("load", sa.Float(), nullable=False),
        sa.Column("projects", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(*keys, name=op.f("pk_people_loads")),
    )


def _forget() -> None:
    op.execute("DELETE FROM summary_state WHERE name = 'people_loads' "
               "OR name LIKE 'people_loads:%'")


def upgrade() -> None:
    op.drop_table("people_loads")
    _table(sa.Column("scope", sa.String(length=20), nullable=False))
    _forget()


def downgrade() -> None:
    op.drop_table("people_loads")
    _table()
    _forget()
