"""Appointments: availability (weekly or on a date), exceptions, appointments with a slot constraint,
check-in answers; outbox rows composed when due (purpose, ref_id, ref_at); the conversation's nudge.

On PostgreSQL an exclusion constraint also forbids overlapping bookings of one caseworker (ranges have
GiST support built in, so no extension is needed: the caseworker id is compared as a one-point range).

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op


revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ACTIVE = "status IN ('booked', 'confirmed')"


def upgrade() -> None:
    op.create_table(
        "availability",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("staff_user_id", sa.Integer(), sa.ForeignKey("staff_users.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("weekday", sa.Integer()),
        sa.Column("on_date", sa.Date()),
        sa.Column("start_time", sa.String(5), nullable=False),
        sa.Column("end_time", sa.String(5), nullable=False),
        sa.Column("slot_minutes", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("place", sa.String(200), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("interpreter_languages", sa.JSON(), nullable=False),
        sa.Column("valid_from", sa.Date()),
        sa.Column("valid_until", sa.Date()),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "availability_exceptions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("staff_user_id", sa.Integer(), sa.ForeignKey("staff_users.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "appointments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("contact_id", sa.Integer(), sa.ForeignKey("contacts.id", ondelete="CASCADE"), index=True),
        sa.Column("intake_id", sa.Integer(), sa.ForeignKey("intakes.id", ondelete="SET NULL")),
        sa.Column("staff_user_id", sa.Integer(), sa.ForeignKey("staff_users.id", ondelete="SET NULL")),
        sa.Column("availability_id", sa.Integer(), sa.ForeignKey("availability.id", ondelete="SET NULL")),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("place", sa.String(200), nullable=False),
        sa.Column("language", sa.String(20)),
        sa.Column("interpreter", sa.Boolean(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True)),
        sa.Column("ends_at", sa.DateTime(timezone=True)),
        sa.Column("status", sa.String(20), nullable=False, index=True),
        sa.Column("idempotency_key", sa.String(80), unique=True),
        sa.Column("cancelled_by", sa.String(20)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("uq_appointments_slot", "appointments", ["staff_user_id", "starts_at"], unique=True,
                    sqlite_where=sa.text(ACTIVE), postgresql_where=sa.text(ACTIVE))
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE appointments ADD CONSTRAINT ex_appointments_overlap EXCLUDE USING gist ("
            " int4range(staff_user_id, staff_user_id, '[]') WITH &&,"
            " tstzrange(starts_at, ends_at) WITH &&"
            f") WHERE ({ACTIVE})"
        )
    op.create_table(
        "checkin_responses",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("contact_id", sa.Integer(), sa.ForeignKey("contacts.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("purpose", sa.String(20), nullable=False),
        sa.Column("answer", sa.String(20), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("purpose", sa.String(20)))
        batch.add_column(sa.Column("ref_id", sa.Integer()))
        batch.add_column(sa.Column("ref_at", sa.DateTime(timezone=True)))
        batch.create_index("ix_outbox_purpose_ref", ["purpose", "ref_id"])
    with op.batch_alter_table("conversations") as batch:
        batch.add_column(sa.Column("nudged_at", sa.DateTime(timezone=True)))
        batch.create_index("ix_conversations_status_updated", ["status", "updated_at"])


def downgrade() -> None:
    with op.batch_alter_table("conversations") as batch:
        batch.drop_index("ix_conversations_status_updated")
        batch.drop_column("nudged_at")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_index("ix_outbox_purpose_ref")
        batch.drop_column("ref_at")
        batch.drop_column("ref_id")
        batch.drop_column("purpose")
    op.drop_table("checkin_responses")
    op.drop_index("uq_appointments_slot", "appointments")
    op.drop_table("appointments")
    op.drop_table("availability_exceptions")
    op.drop_table("availability")
