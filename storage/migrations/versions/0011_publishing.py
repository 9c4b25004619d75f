"""Script versions edited in the backend, publications, and texts in the database.

Revision ID: 0011
Revises: 0010
"""
import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("script_versions") as batch:
        batch.add_column(sa.Column("origin", sa.String(10), nullable=False, server_default="file"))
        batch.add_column(sa.Column("created_by", sa.Integer(),
                                   sa.ForeignKey("staff_users.id", ondelete="SET NULL",
                                                 name="fk_script_versions_created_by")))
        batch.add_column(sa.Column("based_on", sa.String(32)))
        batch.add_column(sa.Column("note", sa.String(200)))
    op.create_table(
        "publications",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("action", sa.String(10), nullable=False),
        sa.Column("script_id", sa.String(40), index=True),
        sa.Column("version", sa.String(32)),
        sa.Column("staff_user_id", sa.Integer(), sa.ForeignKey("staff_users.id", ondelete="SET NULL")),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.String(200)),
        sa.Column("changes", sa.JSON()),
    )
    op.create_table(
        "texts",
        sa.Column("lang", sa.String(10), primary_key=True),
        sa.Column("msg_id", sa.String(80), primary_key=True),
        sa.Column("value", sa.Text()),
        sa.Column("draft", sa.Text()),
        sa.Column("source_hash", sa.String(16)),
        sa.Column("updated_by", sa.Integer(), sa.ForeignKey("staff_users.id", ondelete="SET NULL")),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("texts")
    op.drop_table("publications")
    with op.batch_alter_table("script_versions") as batch:
        batch.drop_column("note")
        batch.drop_column("based_on")
        batch.drop_column("created_by")
        batch.drop_column("origin")
