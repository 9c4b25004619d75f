"""What staff write about a person is sealed at rest (storage/sealed.py): the columns become Text (a
Fernet token is longer than the text), and appointments keep a staff member's reason for cancelling.

Revision ID: 0013
Revises: 0012
"""
import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

WIDENED = [("assignments", "reason"), ("case_decisions", "reason"), ("emergency_access", "reason"),
           ("case_followups", "note"), ("case_plans", "motto"), ("plan_goals", "text"), ("plan_steps", "text"),
           ("plan_steps", "owner")]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":  # SQLite keeps no lengths: nothing to change there
        for table, column in WIDENED:
            op.alter_column(table, column, type_=sa.Text())
    op.add_column("appointments", sa.Column("cancel_note", sa.Text()))


def downgrade() -> None:
    op.drop_column("appointments", "cancel_note")
