"""Intakes as staff may see them. Access is checked here, in the query layer, not in the templates."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Any

from sqlalchemy import and_, false, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import (
    Appointment,
    Assignment,
    CheckinResponse,
    ConsentRecord,
    EmergencyAccess,
    Intake,
    StaffUser,
)
from storage.sharing import Membership, released_for

# Who may read personal intake data. Coordinators see aggregates only (later: figures pages).
READERS = {"caseworker", "clearing", "admin"}
ALL_INTAKES = {"clearing", "admin"}  # the clearing queue needs every new intake
GONE = ("erased", "anonymised")  # nothing personal left to show


class AccessDenied(PermissionError):
    pass


def check_reader(staff: StaffUser) -> None:
    if staff.role not in READERS or not staff.active:
        raise AccessDenied(f"role {staff.role} may not read intakes")


def visible(staff: StaffUser, member: Membership | None, now: datetime) -> Any:
    """The intakes a staff member may read, as a condition of the query (deny by default): clearing and
    admins all; a caseworker those with an open assignment to their organisation (to them, or to a
    colleague there) and those opened by emergency access within its time – both only while the person's
    release for that organisation stands (the service point needs none). A booking alone gives no access: the calendar shows the
    caseworker what the appointment needs (time, kind, language, interpreter), nothing of the intake."""
    if staff.role in ALL_INTAKES:
        return true()
    released = released_for(Intake.contact_id, member.organisation, member.kind) if member is not None else false()
    assigned = select(Assignment.id).where(
        Assignment.intake_id == Intake.id, Assignment.kind == "assignment",
        Assignment.state.in_(("proposed", "accepted")),
        Assignment.organisation == member.organisation if member is not None else false()).exists()
    emergency = select(EmergencyAccess.id).where(EmergencyAccess.intake_id == Intake.id,
                                                 EmergencyAccess.staff_user_id == staff.id,
                                                 EmergencyAccess.until > now).exists()
    return and_(released, or_(assigned, emergency))  # consent binds the reader, also in an emergency


async def list_intakes(session: AsyncSession, staff: StaffUser, limit: int = 200, *, member: Membership | None = None,
                       now: datetime) -> list[Intake]:
    check_reader(staff)
    stmt = (select(Intake).where(Intake.status.not_in(GONE), visible(staff, member, now))
            .order_by(Intake.submitted_at.desc(), Intake.id.desc()).limit(limit))
    return list((await session.execute(stmt)).scalars())


async def get_intake(session: AsyncSession, staff: StaffUser, intake_id: int, *, member: Membership | None = None,
                     now: datetime) -> Intake | None:
    """The intake if it exists and this staff member may read it; None otherwise (no hint which)."""
    check_reader(staff)
    return await session.scalar(select(Intake).where(Intake.id == intake_id, Intake.status.not_in(GONE),
                                                     visible(staff, member, now)))


async def exists(session: AsyncSession, intake_id: int) -> bool:
    return await session.scalar(select(Intake.id).where(Intake.id == intake_id, Intake.status.not_in(GONE))) is not None


async def current_consents(session: AsyncSession, staff: StaffUser, intake: Intake) -> list[ConsentRecord]:
    """The person's latest decision per consent kind (data processing, sharing per recipient)."""
    check_reader(staff)
    if intake.contact_id is None:
        return []
    rows = (await session.execute(
        select(ConsentRecord).where(ConsentRecord.contact_id == intake.contact_id).order_by(ConsentRecord.id)
    )).scalars().all()
    latest: dict[str, ConsentRecord] = {}
    for row in rows:
        latest[row.kind] = row
    return list(latest.values())


async def follow_up_of(session: AsyncSession, staff: StaffUser, intake: Intake,
                       colleagues: Collection[int] | None = None) -> tuple[list[Appointment], list[CheckinResponse]]:
    """The person's appointments and their answers to follow-up check-ins, for the intake page.
    `colleagues`: the staff ids of a partner organisation's reader – they see only the appointments with
    their own organisation's people (another recipient's appointments are not theirs to know)."""
    check_reader(staff)
    if intake.contact_id is None:
        return [], []
    stmt = select(Appointment).where(Appointment.contact_id == intake.contact_id).order_by(Appointment.id)
    if colleagues is not None:
        stmt = stmt.where(Appointment.staff_user_id.in_(list(colleagues)))
    appts = (await session.execute(stmt)).scalars().all()
    checkins = (await session.execute(
        select(CheckinResponse).where(CheckinResponse.contact_id == intake.contact_id).order_by(CheckinResponse.id)
    )).scalars().all()
    return list(appts), list(checkins)
