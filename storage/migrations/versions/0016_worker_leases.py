"""Leases of the processes that send: a claim of a process that died is taken over within seconds.

Revision ID: 0016
Revises: 0015
"""
import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "worker_leases",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("renewed_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.add_column("outbox", sa.Column("claimed_by", sa.String(32)))


def downgrade() -> None:
    op.drop_column("outbox", "claimed_by")
    op.drop_table("worker_leases")
