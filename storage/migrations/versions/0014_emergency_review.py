"""Emergency access gets a reason category, clearing's note that they saw it, and the data-protection
officer's review.

Revision ID: 0014
Revises: 0013
"""
import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("emergency_access") as t:
        t.add_column(sa.Column("category", sa.String(30), nullable=False, server_default=""))
        t.add_column(sa.Column("acknowledged_by", sa.Integer(),
                               sa.ForeignKey("staff_users.id", name="fk_emergency_ack", ondelete="SET NULL")))
        t.add_column(sa.Column("acknowledged_at", sa.DateTime(timezone=True)))
        t.add_column(sa.Column("reviewed_by", sa.Integer(),
                               sa.ForeignKey("staff_users.id", name="fk_emergency_review", ondelete="SET NULL")))
        t.add_column(sa.Column("reviewed_at", sa.DateTime(timezone=True)))
        t.add_column(sa.Column("review", sa.String(20)))


def downgrade() -> None:
    with op.batch_alter_table("emergency_access") as t:
        for name in ("review", "reviewed_at", "reviewed_by", "acknowledged_at", "acknowledged_by", "category"):
            t.drop_column(name)
