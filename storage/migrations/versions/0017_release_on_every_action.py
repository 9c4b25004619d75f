"""Every action on a case checks the person's release for the organisation's kind: assignments keep the
kind (filled for older rows at start from the profile); an emergency access keeps the reader's
organisation and whether a release existed, for the data-protection officer's review.

Revision ID: 0017
Revises: 0016
"""
import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("assignments", sa.Column("organisation_kind", sa.String(40)))
    op.add_column("emergency_access", sa.Column("organisation", sa.String(40)))
    op.add_column("emergency_access", sa.Column("released", sa.Boolean()))


def downgrade() -> None:
    with op.batch_alter_table("emergency_access") as t:
        t.drop_column("released")
        t.drop_column("organisation")
    with op.batch_alter_table("assignments") as t:
        t.drop_column("organisation_kind")
