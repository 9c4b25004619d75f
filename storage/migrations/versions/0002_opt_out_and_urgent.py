"""contacts.opted_out (/stop), intakes.urgent (acute crisis), consent_records.signatory (guardian)

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        batch.add_column(sa.Column("opted_out", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("intakes") as batch:
        batch.add_column(sa.Column("urgent", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("consent_records") as batch:
        batch.add_column(sa.Column("signatory", sa.String(20), nullable=False, server_default="self"))


def downgrade() -> None:
    with op.batch_alter_table("consent_records") as batch:
        batch.drop_column("signatory")
    with op.batch_alter_table("intakes") as batch:
        batch.drop_column("urgent")
    with op.batch_alter_table("contacts") as batch:
        batch.drop_column("opted_out")
