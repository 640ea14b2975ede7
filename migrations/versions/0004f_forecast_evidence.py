"""forecast evidence, prior method and portfolio outcomes

Revision ID: 0004f
Revises: 0004
Create Date: 2026-12-02

How much history each stored forecast rests on (`project_forecasts.evidence`), a third method
(`prior`: the coefficients shipped for a new installation), and each portfolio's latest finished
projects (`portfolio_outcomes`), so the what-if and a one-project refresh read one row instead of
every snapshot of the portfolio. `python -m dashboard forecast` fills them.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0004f"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
CHECK = "ck_project_forecasts_method_known"


def _methods(batch, methods: tuple[str, ...]) -> None:
    batch.drop_constraint(op.f(CHECK), type_="check")
    batch.create_check_constraint(
        op.f(CHECK), "method IN ({})".format(", ".join(f"'{m}'" for m in methods)))


def upgrade() -> None:
    with op.batch_alter_table("project_forecasts") as batch:
        batch.add_column(sa.Column("evidence", JSON, nullable=True))
        _methods(batch, ("classifier", "prior", "monte_carlo"))
    op.create_table(
        "portfolio_outcomes",
        sa.Column("portfolio_id", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("finished", sa.Integer(), nullable=False),
        sa.Column("on_time", sa.Integer(), nullable=False),
        sa.Column("outcomes", JSON, nullable=False),
        sa.Column("computed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["portfolio_id"],
            ["portfolios.id"],
            name=op.f("fk_portfolio_outcomes_portfolio_id_portfolios"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("portfolio_id", name=op.f("pk_portfolio_outcomes")),
    )


def downgrade() -> None:
    op.drop_table("portfolio_outcomes")
    op.execute("DELETE FROM project_forecasts WHERE method = 'prior'")
    with op.batch_alter_table("project_forecasts") as batch:
        _methods(batch, ("classifier", "monte_carlo"))
        batch.drop_column("evidence")
