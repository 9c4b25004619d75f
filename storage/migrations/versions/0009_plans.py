"""The integration plan: motto and review date, goals per life domain, steps with owner and due date.

Revision ID: 0009
Revises: 0008
"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_plans",
        sa.Column("intake_id", sa.Integer(), sa.ForeignKey("intakes.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("motto", sa.String(300), nullable=False),
        sa.Column("review_on", sa.Date()),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "plan_goals",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("intake_id", sa.Integer(), sa.ForeignKey("intakes.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("domain", sa.String(40), nullable=False),
        sa.Column("text", sa.String(300), nullable=False),
        sa.Column("service", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "plan_steps",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("goal_id", sa.Integer(), sa.ForeignKey("plan_goals.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("text", sa.String(300), nullable=False),
        sa.Column("owner", sa.String(60), nullable=False),
        sa.Column("due_on", sa.Date()),
        sa.Column("done_at", sa.DateTime(timezone=True)),
    )


def downgrade() -> None:
    op.drop_table("plan_steps")
    op.drop_table("plan_goals")
    op.drop_table("case_plans")
