"""Closure and anonymisation of cases; the last activity (a case untouched for months resurfaces).

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("intakes") as batch:
        batch.add_column(sa.Column("last_activity_at", sa.DateTime(timezone=True)))
        batch.add_column(sa.Column("closed_at", sa.DateTime(timezone=True)))
        batch.add_column(sa.Column("closure_reason", sa.String(40)))
        batch.add_column(sa.Column("stats", sa.JSON()))


def downgrade() -> None:
    with op.batch_alter_table("intakes") as batch:
        batch.drop_column("stats")
        batch.drop_column("closure_reason")
        batch.drop_column("closed_at")
        batch.drop_column("last_activity_at")
