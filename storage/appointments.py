"""Appointments: offering free slots, booking one (guarded by the database, not by luck), moving,
cancelling, requests staff answer with a proposal (home visits), and the outcome (attended / no-show).

A slot can never be booked twice: the insert runs in a savepoint against a partial unique index on
(caseworker, start) and, on PostgreSQL, an exclusion constraint against overlapping times; the loser of a
race gets `None` and is offered other slots. A repeated request with the same idempotency key (a double
tap) returns the booking it already made.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ACTIVE_APPOINTMENT, Appointment, Availability, AvailabilityException
from storage.slots import Slot, applies, free_slots, parse_key, serves, spread, starts_of


async def _busy(session: AsyncSession, now: datetime) -> list[tuple[int, datetime, datetime]]:
    rows = await session.execute(
        select(Appointment.staff_user_id, Appointment.starts_at, Appointment.ends_at)
        .where(Appointment.status.in_(ACTIVE_APPOINTMENT), Appointment.ends_at > now)
    )
    return [(s, a, b) for s, a, b in rows.all() if s is not None and a is not None and b is not None]


async def _exceptions(session: AsyncSession, since: datetime, tz: ZoneInfo) -> list[AvailabilityException]:
    today = since.astimezone(tz).date()
    return list(await session.scalars(select(AvailabilityException).where(AvailabilityException.ends_on >= today)))


async def offer(session: AsyncSession, *, tz: ZoneInfo, now: datetime, kind: str | None, language: str | None,
                horizon_days: int, min_notice: timedelta, count: int, after: datetime | None = None,
                staff_ids: Collection[int] | None = None) -> list[Slot]:
    """A few free slots for this kind and language, spread over several days; only of `staff_ids` (the
    people this person may be booked with), if given."""
    stmt = select(Availability).where(Availability.active.is_(True))
    if staff_ids is not None:
        stmt = stmt.where(Availability.staff_user_id.in_(list(staff_ids)))
    rules = list(await session.scalars(stmt))
    slots = free_slots(rules, await _exceptions(session, now, tz), await _busy(session, now), tz=tz, now=now,
                       kind=kind, language=language, horizon_days=horizon_days, min_notice=min_notice,
                       after=after)
    return spread(slots, count, tz)


async def find_slot(session: AsyncSession, key: str, *, tz: ZoneInfo, now: datetime,
                    language: str | None, staff_ids: Collection[int] | None = None) -> Slot | None:
    """The slot behind a button, if the rule still offers it (not withdrawn, not an exception, not past)
    and – given `staff_ids` – belongs to someone this person may be booked with (a button's data can be
    forged)."""
    parsed = parse_key(key)
    if parsed is None:
        return None
    rule = await session.get(Availability, parsed[0])
    if rule is None or serves(rule, language) is None:
        return None
    if staff_ids is not None and rule.staff_user_id not in staff_ids:
        return None
    start = parsed[1]
    day = start.astimezone(tz).date()
    if start <= now or not applies(rule, day):
        return None
    if any(e.staff_user_id == rule.staff_user_id and e.starts_on <= day <= e.ends_on
           for e in await _exceptions(session, now, tz)):
        return None
    for begin, end in starts_of(rule, day, tz):
        if begin == start:
            return Slot(rule.id, rule.staff_user_id, begin, end, rule.kind, rule.place, bool(serves(rule, language)))
    return None


async def by_key(session: AsyncSession, key: str) -> Appointment | None:
    return await session.scalar(select(Appointment).where(Appointment.idempotency_key == key))


async def book(session: AsyncSession, *, contact_id: int, intake_id: int | None, slot: Slot,
               language: str | None, key: str, now: datetime) -> Appointment | None:
    """Book the slot for the person. None: somebody else has it (or an overlapping time)."""
    existing = await by_key(session, key)
    if existing is not None:
        if existing.status in ACTIVE_APPOINTMENT:
            return existing  # the same tap twice: one booking
        existing.idempotency_key = None  # an old booking of this slot, since cancelled: book afresh
        await session.flush()
    appt = Appointment(
        contact_id=contact_id, intake_id=intake_id, staff_user_id=slot.staff_user_id,
        availability_id=slot.availability_id, kind=slot.kind, place=slot.place, language=language,
        interpreter=not slot.direct, starts_at=slot.starts_at, ends_at=slot.ends_at, status="booked",
        idempotency_key=key, created_at=now, updated_at=now,
    )
    try:
        async with session.begin_nested():
            session.add(appt)
            await session.flush()
    except IntegrityError:
        again = await by_key(session, key)  # the same request, twice at once
        return again if again is not None and again.status in ACTIVE_APPOINTMENT else None
    return appt


async def move(session: AsyncSession, appt: Appointment, slot: Slot, now: datetime) -> bool:
    """Move a booking to another slot; False if that slot was taken meanwhile (the booking stays)."""
    try:
        async with session.begin_nested():
            appt.staff_user_id, appt.availability_id, appt.kind, appt.place = (
                slot.staff_user_id, slot.availability_id or None, slot.kind, slot.place)
            appt.interpreter, appt.starts_at, appt.ends_at = not slot.direct, slot.starts_at, slot.ends_at
            appt.status, appt.updated_at = "booked", now
            await session.flush()
    except IntegrityError:
        await session.refresh(appt)  # back to what is stored
        return False
    return True


async def propose(session: AsyncSession, appt: Appointment, *, staff_user_id: int, starts_at: datetime,
                  minutes: int, place: str, now: datetime) -> bool:
    """Staff give a requested appointment (home visit) or a booking a time; False if it collides."""
    slot = Slot(0, staff_user_id, starts_at, starts_at + timedelta(minutes=minutes), appt.kind, place,
                direct=not appt.interpreter)  # no rule behind it; the interpreter need stays
    return await move(session, appt, slot, now)


async def request(session: AsyncSession, *, contact_id: int, intake_id: int | None, kind: str,
                  language: str | None, interpreter: bool, now: datetime) -> Appointment:
    """A wish for an appointment staff will propose a time for (home visit, or no slot fitted)."""
    pending = await session.scalar(
        select(Appointment).where(Appointment.contact_id == contact_id, Appointment.status == "requested",
                                  Appointment.kind == kind))
    if pending is not None:
        return pending
    appt = Appointment(contact_id=contact_id, intake_id=intake_id, kind=kind, place="", language=language,
                       interpreter=interpreter, status="requested", created_at=now, updated_at=now)
    session.add(appt)
    await session.flush()
    return appt


def cancel(appt: Appointment, by: str, now: datetime) -> None:
    appt.status, appt.cancelled_by, appt.updated_at = "cancelled", by, now


def confirm(appt: Appointment, now: datetime) -> None:
    appt.status, appt.updated_at = "confirmed", now


def record_outcome(appt: Appointment, outcome: str, now: datetime) -> None:
    if outcome not in ("attended", "no_show"):
        raise ValueError(outcome)
    appt.status, appt.updated_at = outcome, now


def is_upcoming(appt: Appointment | None, now: datetime) -> bool:
    return (appt is not None and appt.status in ACTIVE_APPOINTMENT and appt.starts_at is not None
            and appt.starts_at > now)


async def upcoming_for_contact(session: AsyncSession, contact_id: int, now: datetime) -> list[Appointment]:
    rows = await session.scalars(
        select(Appointment)
        .where(Appointment.contact_id == contact_id, Appointment.status.in_(ACTIVE_APPOINTMENT),
               Appointment.starts_at > now)
        .order_by(Appointment.starts_at))
    return list(rows)


async def any_for_contact(session: AsyncSession, contact_id: int) -> bool:
    """Booked, requested or already had a talk (not only cancelled or missed ones)."""
    rows = await session.scalars(select(Appointment.id).where(
        Appointment.contact_id == contact_id,
        Appointment.status.in_(("requested", "booked", "confirmed", "attended"))).limit(1))
    return rows.first() is not None


async def open_for_contact(session: AsyncSession, contact_id: int, now: datetime) -> bool:
    """Has an upcoming booking or a request staff still answer: no need to offer an appointment again."""
    rows = await session.scalars(
        select(Appointment.id).where(
            Appointment.contact_id == contact_id,
            (Appointment.status == "requested")
            | (Appointment.status.in_(ACTIVE_APPOINTMENT) & (Appointment.starts_at > now))))
    return rows.first() is not None
