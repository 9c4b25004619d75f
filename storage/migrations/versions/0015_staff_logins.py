"""Staff accounts like a bank's: server-side sessions, login attempts (growing delay, lockout), the
second factor (TOTP), when the password was changed and the last login.

Revision ID: 0015
Revises: 0014
"""
import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff_users") as t:
        t.add_column(sa.Column("locked_at", sa.DateTime(timezone=True)))
        t.add_column(sa.Column("password_changed_at", sa.DateTime(timezone=True)))
        t.add_column(sa.Column("last_login_at", sa.DateTime(timezone=True)))
        t.add_column(sa.Column("totp_secret", sa.Text()))
        t.add_column(sa.Column("totp_enabled", sa.Boolean(), nullable=False, server_default=sa.false()))
        t.add_column(sa.Column("totp_last_step", sa.Integer()))
    op.create_table(
        "staff_sessions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("staff_user_id", sa.Integer(), sa.ForeignKey("staff_users.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("pending", sa.String(10)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True)),
        sa.Column("ended_reason", sa.String(20)),
    )
    op.create_table(
        "login_attempts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("username", sa.String(80), nullable=False, index=True),
        sa.Column("client", sa.String(64), nullable=False, index=True),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False, index=True),
    )


def downgrade() -> None:
    op.drop_table("login_attempts")
    op.drop_table("staff_sessions")
    with op.batch_alter_table("staff_users") as t:
        for name in ("totp_last_step", "totp_enabled", "totp_secret", "last_login_at", "password_changed_at",
                     "locked_at"):
            t.drop_column(name)
