"""SQLAlchemy 2 models. Every schema change goes through an Alembic migration in storage/migrations.

Personal data protection starts here: channel user ids are stored only as a keyed hash (for look-ups) and
encrypted (to reply); answers in special categories and everything typed are sealed (see storage.crypto).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on SQLite (which keeps no zone) and PostgreSQL alike."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use UTC-aware datetimes")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON, list[Any]: JSON}


class Organisation(Base):
    __tablename__ = "organisations"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))  # service_point, mbe, jmd, refugee_counselling, …
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class StaffUser(Base):
    __tablename__ = "staff_users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(200))  # argon2id
    role: Mapped[str] = mapped_column(String(20))  # caseworker | clearing | coordinator | datenschutz | admin
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    locked_at: Mapped[datetime | None] = mapped_column()  # too many wrong passwords: until an admin unlocks
    password_changed_at: Mapped[datetime | None] = mapped_column()
    last_login_at: Mapped[datetime | None] = mapped_column()
    totp_secret: Mapped[str | None] = mapped_column(Text)  # the second factor's secret (sealed)
    totp_enabled: Mapped[bool] = mapped_column(Boolean, default=False)  # False while being set up
    totp_last_step: Mapped[int | None] = mapped_column(Integer)  # a code is accepted once


class StaffSession(Base):
    """A staff login, kept on the server: the browser holds a random token, the database its hash. Logout,
    a password change and deactivation end it at once; it also ends after idling and after its lifetime."""

    __tablename__ = "staff_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)  # SHA-256 of the cookie's token
    staff_user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id", ondelete="CASCADE"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))  # every form of this session carries it
    pending: Mapped[str | None] = mapped_column(String(10))  # "code" | "enrol": the second factor is still due
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()
    ended_at: Mapped[datetime | None] = mapped_column()
    ended_reason: Mapped[str | None] = mapped_column(String(20))  # logout | password | deactivated | idle …


class LoginAttempt(Base):
    """One try to log in: for the growing delay and the lockout (per account name and per client). Kept a
    day."""

    __tablename__ = "login_attempts"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), index=True)  # as typed, trimmed and lower-cased
    client: Mapped[str] = mapped_column(String(64), index=True)  # the client's address
    ok: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class Contact(Base):
    """A person on a channel. No name, no plain channel id: a keyed hash to find them, ciphertext to reply."""

    __tablename__ = "contacts"
    __table_args__ = (UniqueConstraint("channel", "user_hash", name="uq_contacts_channel_user"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(20))
    user_hash: Mapped[str] = mapped_column(String(64))  # HMAC-SHA256 of channel user id
    address_enc: Mapped[str] = mapped_column(Text)  # encrypted chat id, needed to send messages
    language: Mapped[str | None] = mapped_column(String(10))
    start_payload: Mapped[str | None] = mapped_column(String(64))  # deep-link payload (campaign token)
    unreachable: Mapped[bool] = mapped_column(Boolean, default=False)  # blocked the bot (403)
    opted_out: Mapped[bool] = mapped_column(Boolean, default=False)  # /stop: no unrequested messages
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)


class ScriptVersionRow(Base):
    """Immutable snapshot of a script; running conversations pin one."""

    __tablename__ = "script_versions"
    __table_args__ = (UniqueConstraint("script_id", "version", name="uq_script_versions"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    script_id: Mapped[str] = mapped_column(String(40))
    version: Mapped[str] = mapped_column(String(32))
    source: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # "file": shipped in dialogs/*.yaml with a release; "staff": saved by a coordinator in the editor
    origin: Mapped[str] = mapped_column(String(10), default="file")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    based_on: Mapped[str | None] = mapped_column(String(32))  # the version it was edited from
    note: Mapped[str | None] = mapped_column(String(200))


class Publication(Base):
    """Who made what live when: a script version, or a set of text changes (with the old and new text of
    each, so a text publication can be rolled back). The newest script publication is the live version."""

    __tablename__ = "publications"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # script | texts
    action: Mapped[str] = mapped_column(String(10), default="publish")  # publish | rollback | release
    script_id: Mapped[str | None] = mapped_column(String(40), index=True)
    version: Mapped[str | None] = mapped_column(String(32))
    staff_user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str | None] = mapped_column(String(200))
    changes: Mapped[list[Any] | None] = mapped_column(JSON)  # texts: [[lang, id, old entry, new entry], …]


class TextEntry(Base):
    """A coordinator's change to one message in one language, as Fluent source ("id = …"), over the text the
    release ships in locales/. `value` is live (None: the shipped text is), `draft` waits for the next
    publication. `source_hash` is the German text this translation was written for: when the German text
    changes, the translation is outdated until someone looks at it again."""

    __tablename__ = "texts"
    lang: Mapped[str] = mapped_column(String(10), primary_key=True)
    msg_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)
    draft: Mapped[str | None] = mapped_column(Text)
    source_hash: Mapped[str | None] = mapped_column(String(16))
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class Campaign(Base):
    """One mailing of the postal welcome offer (an import of new registrations)."""

    __tablename__ = "campaigns"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    letter_date: Mapped[date] = mapped_column(Date)
    keep_until: Mapped[datetime] = mapped_column()  # then names and addresses of its households are deleted
    purged_at: Mapped[datetime | None] = mapped_column()


class CampaignHousehold(Base):
    """A household a campaign wrote to: its offer, letter languages and random code, and whether it
    answered. Names, address and the members the visit needs are encrypted in `details` and deleted after
    the campaign's retention period; the counts stay."""

    __tablename__ = "campaign_households"
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"), index=True)
    token: Mapped[str | None] = mapped_column(String(32), unique=True)  # random; no personal data
    ref_enc: Mapped[str | None] = mapped_column(Text)  # the registration export's household id (encrypted)
    details: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # sealed: names, address, members
    district: Mapped[str | None] = mapped_column(String(80))
    offer: Mapped[str] = mapped_column(String(20))  # home_visit | letter | counselling_letter
    reasons: Mapped[list[Any]] = mapped_column(JSON, default=list)
    languages: Mapped[list[Any]] = mapped_column(JSON, default=list)
    adults: Mapped[int] = mapped_column(Integer, default=0)
    children: Mapped[int] = mapped_column(Integer, default=0)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    scanned_at: Mapped[datetime | None] = mapped_column()
    consented_at: Mapped[datetime | None] = mapped_column()
    completed_at: Mapped[datetime | None] = mapped_column()


class LetterLanguage(Base):
    """Nationality → the language printed beside German; coordinators' changes over the profile's list."""

    __tablename__ = "letter_languages"
    nationality: Mapped[str] = mapped_column(String(2), primary_key=True)
    language: Mapped[str] = mapped_column(String(10))
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class Conversation(Base):
    __tablename__ = "conversations"
    __table_args__ = (Index("ix_conversations_contact_status", "contact_id", "status"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    script_id: Mapped[str] = mapped_column(String(40))
    script_version: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(20), default="active")  # active|completed|declined|expired
    current_node: Mapped[str | None] = mapped_column(String(40))
    language: Mapped[str | None] = mapped_column(String(10))
    state: Mapped[dict[str, Any]] = mapped_column(JSON)  # engine state; sensitive answers sealed
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    nudged_at: Mapped[datetime | None] = mapped_column()  # the one gentle reminder to go on was queued


class ProcessedUpdate(Base):
    """Channel update ids already handled: a duplicate delivery is dropped."""

    __tablename__ = "processed_updates"
    channel: Mapped[str] = mapped_column(String(20), primary_key=True)
    update_key: Mapped[str] = mapped_column(String(80), primary_key=True)
    processed_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class ConsentRecord(Base):
    __tablename__ = "consent_records"
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(40))  # data_processing, share_jobcentre, …
    granted: Mapped[bool] = mapped_column(Boolean)
    signatory: Mapped[str] = mapped_column(String(20), default="self")  # self | guardian (under 16)
    text_id: Mapped[str] = mapped_column(String(80))  # Fluent message id of the notice
    text_version: Mapped[str] = mapped_column(String(64))  # sha256 of the exact text shown
    language: Mapped[str] = mapped_column(String(10))
    script_version: Mapped[str] = mapped_column(String(32))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    withdrawn_at: Mapped[datetime | None] = mapped_column()


class Intake(Base):
    __tablename__ = "intakes"
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id", ondelete="SET NULL"))
    script_id: Mapped[str] = mapped_column(String(40))
    script_version: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(10))
    channel: Mapped[str] = mapped_column(String(20))
    answers: Mapped[dict[str, Any]] = mapped_column(JSON)  # sealed where sensitive
    status: Mapped[str] = mapped_column(String(20), default="new", index=True)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)  # acute crisis reported
    submitted_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    last_activity_at: Mapped[datetime | None] = mapped_column()  # staff's last step on the case
    closed_at: Mapped[datetime | None] = mapped_column()
    closure_reason: Mapped[str | None] = mapped_column(String(40))
    # what statistics keep of an anonymised case: no person, only codes (language, topics, household size)
    stats: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class OutboxMessage(Base):
    """Every message to a person goes through here: written in the same transaction as the state change,
    delivered after commit, picked up again by the worker if the process died in between."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_due", "state", "due_at"),
        Index("ix_outbox_undelivered", "contact_id", "id", sqlite_where=text("state IN ('pending', 'sending')"),
              postgresql_where=text("state IN ('pending', 'sending')")),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    address_enc: Mapped[str | None] = mapped_column(Text)  # encrypted chat id; cleared once delivered
    payload_enc: Mapped[str | None] = mapped_column(Text)  # encrypted message; cleared once delivered
    kind: Mapped[str] = mapped_column(String(20), default="reply")
    priority: Mapped[int] = mapped_column(Integer, default=0)  # 0 = reply to someone chatting
    dedupe_key: Mapped[str | None] = mapped_column(String(120), unique=True)
    state: Mapped[str] = mapped_column(String(20), default="pending")  # pending|sending|sent|failed|cancelled
    due_at: Mapped[datetime] = mapped_column(default=utcnow)
    claimed_at: Mapped[datetime | None] = mapped_column()
    claimed_by: Mapped[str | None] = mapped_column(String(32))  # the claiming process's lease (WorkerLease)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    sent_at: Mapped[datetime | None] = mapped_column()
    channel_message_id: Mapped[str | None] = mapped_column(String(40))
    error: Mapped[str | None] = mapped_column(String(200))  # error class/code only, never content
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # scheduled messages are written when they are planned and composed when they are due: `purpose`
    # (reminder, nudge, offer, handover, review) with the object it is about and the moment it refers to;
    # right before sending the purpose is checked again (a moved appointment's reminder is not sent)
    purpose: Mapped[str | None] = mapped_column(String(20))
    ref_id: Mapped[int | None] = mapped_column(Integer)
    ref_at: Mapped[datetime | None] = mapped_column()


class WorkerLease(Base):
    """A running process that sends messages: it renews its lease every few seconds. A message it claimed
    and did not finish is taken over as soon as the lease lapses (the process died), not minutes later."""

    __tablename__ = "worker_leases"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    renewed_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditEvent(Base):
    """Who looked at or changed which record, when and why. Never the values themselves."""

    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(40))
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[str | None] = mapped_column(String(40))
    reason: Mapped[str | None] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class Availability(Base):
    """When a caseworker (or the service point's desk) can see people: weekly (`weekday`, 0 = Monday) or on
    one date (`on_date`), from `start_time` to `end_time` local time, cut into slots of `slot_minutes`."""

    __tablename__ = "availability"
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int | None] = mapped_column(Integer)
    on_date: Mapped[date | None] = mapped_column(Date)
    start_time: Mapped[str] = mapped_column(String(5))  # "HH:MM", municipality's zone
    end_time: Mapped[str] = mapped_column(String(5))
    slot_minutes: Mapped[int] = mapped_column(Integer, default=45)
    kind: Mapped[str] = mapped_column(String(20))  # office | phone | video
    place: Mapped[str] = mapped_column(String(200), default="")
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)  # spoken by the caseworker
    interpreter_languages: Mapped[list[str]] = mapped_column(JSON, default=list)  # with an interpreter
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AvailabilityException(Base):
    """Days a caseworker is not available (holiday, sick leave, training): no slots on these days."""

    __tablename__ = "availability_exceptions"
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id", ondelete="CASCADE"), index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


ACTIVE_APPOINTMENT = ("booked", "confirmed")


class Appointment(Base):
    """A booked time (or a request staff still have to propose a time for, e.g. a home visit).

    One caseworker is never booked twice at the same time: a partial unique index on (caseworker, start)
    on both engines, plus on PostgreSQL an exclusion constraint against overlapping times (migration 0003).
    `idempotency_key` makes a repeated booking request (double tap) land once."""

    __tablename__ = "appointments"
    __table_args__ = (
        Index("uq_appointments_slot", "staff_user_id", "starts_at", unique=True,
              sqlite_where=text("status IN ('booked', 'confirmed')"),
              postgresql_where=text("status IN ('booked', 'confirmed')")),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    intake_id: Mapped[int | None] = mapped_column(ForeignKey("intakes.id", ondelete="SET NULL"))
    staff_user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    availability_id: Mapped[int | None] = mapped_column(ForeignKey("availability.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(20))  # office | phone | video | home_visit
    place: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str | None] = mapped_column(String(20))  # the language the talk needs
    interpreter: Mapped[bool] = mapped_column(Boolean, default=False)
    starts_at: Mapped[datetime | None] = mapped_column()
    ends_at: Mapped[datetime | None] = mapped_column()
    # requested | booked | confirmed | cancelled | attended | no_show
    status: Mapped[str] = mapped_column(String(20), default="booked", index=True)
    idempotency_key: Mapped[str | None] = mapped_column(String(80), unique=True)
    cancelled_by: Mapped[str | None] = mapped_column(String(20))  # person | staff
    cancel_note: Mapped[str | None] = mapped_column(Text)  # staff's reason for cancelling (sealed)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class CheckinResponse(Base):
    """A newcomer's answer to a follow-up check-in (did the hand-over work? how are things?), for staff."""

    __tablename__ = "checkin_responses"
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(String(20))
    answer: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class Assignment(Base):
    """A hand-over of a case: to an organisation (and a caseworker) of the profile, as a small state
    machine – proposed → accepted | rejected (with reason); accepted → revoked | transferred. A referral
    (kind "referral") sends the person elsewhere. Every step records who and when."""

    __tablename__ = "assignments"
    id: Mapped[int] = mapped_column(primary_key=True)
    intake_id: Mapped[int] = mapped_column(ForeignKey("intakes.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # assignment | referral
    organisation: Mapped[str] = mapped_column(String(40))  # id of an organisation in the profile
    # its kind (service_point, jmd, mbe…): the release every action on the case checks (storage.sharing)
    organisation_kind: Mapped[str | None] = mapped_column(String(40))
    staff_user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    category: Mapped[str | None] = mapped_column(String(1))  # Münster A–D: the case's weekly hours
    state: Mapped[str] = mapped_column(String(20), default="proposed")
    reason: Mapped[str | None] = mapped_column(Text)  # why rejected / revoked / transferred (sealed)
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("assignments.id", ondelete="SET NULL"))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    decided_at: Mapped[datetime | None] = mapped_column()
    first_contact_at: Mapped[datetime | None] = mapped_column()  # due within 7 days of the assignment


class CaseDecision(Base):
    """A clearing decision on an intake: admit, refer, waitlist, decline – who, when, why."""

    __tablename__ = "case_decisions"
    id: Mapped[int] = mapped_column(primary_key=True)
    intake_id: Mapped[int] = mapped_column(ForeignKey("intakes.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")  # as typed by staff (sealed)
    staff_user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class EmergencyAccess(Base):
    """A caseworker opened a case not assigned to them: with a reason, for a limited time, audited; clearing
    takes note of it, the data-protection officer reviews it (storage/emergency.py)."""

    __tablename__ = "emergency_access"
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id", ondelete="CASCADE"), index=True)
    intake_id: Mapped[int] = mapped_column(ForeignKey("intakes.id", ondelete="CASCADE"))
    category: Mapped[str] = mapped_column(String(30), default="")  # storage.emergency.CATEGORIES
    reason: Mapped[str] = mapped_column(Text)  # the sentence, sealed
    organisation: Mapped[str | None] = mapped_column(String(40))  # the reader's, at the time
    released: Mapped[bool | None] = mapped_column(Boolean)  # did the person release their data to it then
    granted_at: Mapped[datetime] = mapped_column(default=utcnow)
    until: Mapped[datetime] = mapped_column()
    acknowledged_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    acknowledged_at: Mapped[datetime | None] = mapped_column()
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    reviewed_at: Mapped[datetime | None] = mapped_column()
    review: Mapped[str | None] = mapped_column(String(20))  # ok | question


class CaseFollowUp(Base):
    """A Wiedervorlage: a case comes back to its caseworker on a date, with a note of what to check."""

    __tablename__ = "case_followups"
    id: Mapped[int] = mapped_column(primary_key=True)
    intake_id: Mapped[int] = mapped_column(ForeignKey("intakes.id", ondelete="CASCADE"), index=True)
    staff_user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"), index=True)
    due_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")  # sealed
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    done_at: Mapped[datetime | None] = mapped_column()


class CasePlan(Base):
    """The integration plan (Förderplan) of a case: a motto, a review date; goals and steps below."""

    __tablename__ = "case_plans"
    intake_id: Mapped[int] = mapped_column(ForeignKey("intakes.id", ondelete="CASCADE"), primary_key=True)
    motto: Mapped[str] = mapped_column(Text, default="")  # sealed
    review_on: Mapped[date | None] = mapped_column(Date)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class PlanGoal(Base):
    """A priority goal in a life domain (at most 3 open per domain), and whether a suitable service exists."""

    __tablename__ = "plan_goals"
    id: Mapped[int] = mapped_column(primary_key=True)
    intake_id: Mapped[int] = mapped_column(ForeignKey("intakes.id", ondelete="CASCADE"), index=True)
    domain: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)  # sealed
    service: Mapped[str] = mapped_column(String(20))  # yes | no | next_best
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    done_at: Mapped[datetime | None] = mapped_column()


class PlanStep(Base):
    """A step towards a goal: who does it, by when."""

    __tablename__ = "plan_steps"
    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("plan_goals.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)  # sealed
    owner: Mapped[str] = mapped_column(Text)  # who does it, often a name (sealed)
    due_on: Mapped[date | None] = mapped_column(Date)
    done_at: Mapped[datetime | None] = mapped_column()


class CaseNote(Base):
    """A caseworker's note on a case (what happened, what was agreed). Sealed at rest (`storage.sealed`);
    deleted when the case is anonymised or the person erased."""

    __tablename__ = "case_notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    intake_id: Mapped[int] = mapped_column(ForeignKey("intakes.id", ondelete="CASCADE"), index=True)
    staff_user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)  # sealed
    at: Mapped[datetime] = mapped_column(default=utcnow)
