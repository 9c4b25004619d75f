"""Three kinds of time, kept apart (all defaults from DOMAIN §6, all set in the municipality profile):

1. relative to an appointment: reminders (default the day before at the same local time, and 2 hours
   before);
2. relative to the conversation: one gentle nudge when someone stops in the middle (default after 24 h)
   and the expiry of an abandoned conversation (default 14 days: unfinished answers are deleted);
3. relative to the case: the appointment offer within the 14-day deadline, the hand-over check after
   3 weeks, the 6-month review.

Everything here only plans outbox rows (purpose, the object, the moment it refers to, a unique key); the
text is composed when the row is due, after checking the purpose still holds (`bot.followups`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage import outbox
from storage.models import Appointment, ConsentRecord, Contact, Conversation, Intake

OFFSET = re.compile(r"^(\d+)\s*([dhm])$")
PRIORITY_NOTICE, PRIORITY_REMINDER, PRIORITY_FOLLOW_UP = 1, 2, 3  # replies to people chatting are 0


@dataclass(frozen=True)
class Rules:
    reminders: tuple[str, ...] = ("1d", "2h")
    nudge_after: timedelta = timedelta(hours=24)
    expire_after: timedelta = timedelta(days=14)
    offer_after: timedelta = timedelta(days=10)  # keeps the 14-day deadline for an appointment offer
    handover_after: timedelta = timedelta(days=21)
    review_after: timedelta = timedelta(days=182)
    horizon_days: int = 28
    min_notice: timedelta = timedelta(hours=12)
    offer_count: int = 4

    @classmethod
    def from_profile(cls, profile: dict[str, Any]) -> Rules:
        a = profile.get("appointments", {}) or {}
        f = profile.get("follow_up", {}) or {}
        d = cls()
        reminders = tuple(str(x) for x in a.get("reminders", d.reminders))
        for r in reminders:
            if not OFFSET.match(r):
                raise ValueError(f"appointments.reminders: {r!r} is not like '1d', '2h' or '30m'")
        return cls(
            reminders=reminders,
            nudge_after=timedelta(hours=f.get("nudge_after_hours", 24)),
            expire_after=timedelta(days=f.get("expire_after_days", 14)),
            offer_after=timedelta(days=f.get("appointment_offer_after_days", 10)),
            handover_after=timedelta(days=f.get("handover_check_after_days", 21)),
            review_after=timedelta(days=f.get("review_after_days", 182)),
            horizon_days=int(a.get("horizon_days", 28)),
            min_notice=timedelta(hours=a.get("min_notice_hours", 12)),
            offer_count=int(a.get("offer_slots", 4)),
        )


def reminder_due(starts_at: datetime, offset: str, tz: ZoneInfo) -> datetime:
    """Days count on the calendar ("1d": the day before at the same local time, also across a
    daylight-saving change); hours and minutes are exact."""
    m = OFFSET.match(offset)
    if m is None:
        raise ValueError(offset)
    n, unit = int(m.group(1)), m.group(2)
    if unit == "d":
        local = starts_at.astimezone(tz).replace(tzinfo=None) - timedelta(days=n)
        return local.replace(tzinfo=tz).astimezone(starts_at.tzinfo)
    return starts_at - (timedelta(hours=n) if unit == "h" else timedelta(minutes=n))


async def plan_reminders(session: AsyncSession, appt: Appointment, contact: Contact, rules: Rules,
                         tz: ZoneInfo, now: datetime) -> int:
    """(Re)plan the reminders of a booking: earlier ones for another time are cancelled."""
    await outbox.cancel_planned(session, "reminder", appt.id, "appointment changed", keep_at=appt.starts_at)
    if appt.starts_at is None:
        return 0
    planned = 0
    for offset in rules.reminders:
        due = reminder_due(appt.starts_at, offset, tz)
        if due <= now:
            continue
        key = f"reminder:{appt.id}:{appt.starts_at:%Y%m%d%H%M}:{offset}"
        planned += await outbox.plan(session, contact_id=contact.id, channel=contact.channel, purpose="reminder",
                                     ref_id=appt.id, ref_at=appt.starts_at, due_at=due, key=key, now=now,
                                     priority=PRIORITY_REMINDER)
    return planned


async def plan_notice(session: AsyncSession, appt: Appointment, contact: Contact, what: str,
                      now: datetime) -> None:
    """Tell the person at once that staff moved or cancelled their appointment, or that they missed it."""
    stamp = f"{appt.starts_at:%Y%m%d%H%M}" if appt.starts_at else "none"
    await outbox.plan(session, contact_id=contact.id, channel=contact.channel, purpose=what, ref_id=appt.id,
                      ref_at=appt.starts_at, due_at=now, key=f"{what}:{appt.id}:{stamp}", now=now,
                      priority=PRIORITY_NOTICE)


async def plan_after_intake(session: AsyncSession, intake: Intake, contact: Contact, rules: Rules,
                            now: datetime) -> None:
    """The appointment offer (if none is booked by then) and the 6-month review."""
    for purpose, after in (("offer", rules.offer_after), ("review", rules.review_after)):
        await outbox.plan(session, contact_id=contact.id, channel=contact.channel, purpose=purpose,
                          ref_id=intake.id, ref_at=intake.submitted_at, due_at=now + after,
                          key=f"{purpose}:{intake.id}", now=now, priority=PRIORITY_FOLLOW_UP)


async def plan_handover_check(session: AsyncSession, appt: Appointment, contact: Contact, rules: Rules,
                              now: datetime) -> None:
    """Three weeks after the person was handed over: did the contact with the caseworker work?"""
    await outbox.plan(session, contact_id=contact.id, channel=contact.channel, purpose="handover",
                      ref_id=appt.id, ref_at=now, due_at=now + rules.handover_after,
                      key=f"handover:{appt.id}", now=now, priority=PRIORITY_FOLLOW_UP)


async def conversations_tick(session: AsyncSession, rules: Rules, now: datetime) -> dict[str, int]:
    """Nudge conversations that stopped in the middle (once), expire abandoned ones.

    Expiry deletes the unfinished answers; a contact who never consented is deleted altogether (nothing
    about them is needed). Someone who comes back later starts again."""
    # an intake already submitted (the person left at the appointment question) is neither nudged nor expired
    submitted = select(Intake.id).where(Intake.conversation_id == Conversation.id).exists()
    stalled = await session.execute(
        select(Conversation, Contact)
        .join(Contact, Contact.id == Conversation.contact_id)
        .where(Conversation.status == "active", Conversation.nudged_at.is_(None), ~submitted,
               Conversation.updated_at <= now - rules.nudge_after,
               Conversation.updated_at > now - rules.expire_after,
               Contact.opted_out.is_(False), Contact.unreachable.is_(False))
        .limit(500)
    )
    nudged = 0
    for conv, contact in stalled.all():
        conv.nudged_at = now
        nudged += await outbox.plan(
            session, contact_id=contact.id, channel=contact.channel, purpose="nudge", ref_id=conv.id,
            ref_at=conv.updated_at, due_at=now, key=f"nudge:{conv.id}:{conv.updated_at:%Y%m%d%H%M%S}", now=now,
            priority=PRIORITY_FOLLOW_UP)
    expired_ids = list(await session.scalars(
        select(Conversation.id).where(Conversation.status == "active", ~submitted,
                                      Conversation.updated_at <= now - rules.expire_after).limit(500)))
    if expired_ids:
        await session.execute(
            update(Conversation).where(Conversation.id.in_(expired_ids))
            .values(status="expired", state={}, current_node=None, updated_at=now))
        await session.execute(
            update(outbox.OutboxMessage)
            .where(outbox.OutboxMessage.purpose == "nudge", outbox.OutboxMessage.ref_id.in_(expired_ids),
                   outbox.OutboxMessage.state == "pending")
            .values(state="cancelled", error="conversation expired"))
        # contacts that never consented and have nothing else: nothing about them needs keeping
        consented = select(ConsentRecord.id).where(ConsentRecord.contact_id == Contact.id,
                                                   ConsentRecord.granted.is_(True)).exists()
        other = select(Conversation.id).where(Conversation.contact_id == Contact.id,
                                              Conversation.status != "expired").exists()
        await session.execute(
            delete(Contact).where(Contact.id.in_(
                select(Conversation.contact_id).where(Conversation.id.in_(expired_ids))), ~consented, ~other)
            .execution_options(synchronize_session=False))
    return {"nudged": nudged, "expired": len(expired_ids)}


async def plan_decision_notice(session: AsyncSession, intake: Intake, what: str, ref_id: int, now: datetime,
                               due: datetime | None = None, key: str | None = None) -> bool:
    """Tell the person what clearing decided (admitted, referred, waitlisted, declined), or re-contact them
    from the waitlist later. Composed when due, after checking the decision still stands."""
    contact = await session.get(Contact, intake.contact_id) if intake.contact_id else None
    if contact is None:
        return False
    return await outbox.plan(session, contact_id=contact.id, channel=contact.channel, purpose=what, ref_id=ref_id,
                             ref_at=None, due_at=due or now, key=key or f"{what}:{ref_id}", now=now,
                             priority=PRIORITY_NOTICE if due is None else PRIORITY_FOLLOW_UP)
