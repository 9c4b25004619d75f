"""An index for the outbox claim: "an earlier undelivered row of the same person" is looked up per
candidate row; a partial index over undelivered rows keeps that cheap however large the table grows,
whatever the planner's statistics say (bulk-planned reminders arrive faster than autovacuum analyses).

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

UNDELIVERED = "state IN ('pending', 'sending')"


def upgrade() -> None:
    op.create_index("ix_outbox_undelivered", "outbox", ["contact_id", "id"],
                    sqlite_where=sa.text(UNDELIVERED), postgresql_where=sa.text(UNDELIVERED))


def downgrade() -> None:
    op.drop_index("ix_outbox_undelivered", "outbox")
