"""Intakes as staff may see them. Access is checked here, in the query layer, not in the templates."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Appointment, CheckinResponse, ConsentRecord, Intake, StaffUser

# Who may read personal intake data. Coordinators see aggregates only (later: figures pages).
READERS = {"caseworker", "clearing", "admin"}


class AccessDenied(PermissionError):
    pass


def _check(staff: StaffUser) -> None:
    if staff.role not in READERS or not staff.active:
        raise AccessDenied(f"role {staff.role} may not read intakes")


async def list_intakes(session: AsyncSession, staff: StaffUser, limit: int = 200) -> list[Intake]:
    _check(staff)
    stmt = (select(Intake).where(Intake.status != "erased")
            .order_by(Intake.submitted_at.desc(), Intake.id.desc()).limit(limit))
    return list((await session.execute(stmt)).scalars())


async def get_intake(session: AsyncSession, staff: StaffUser, intake_id: int) -> Intake | None:
    _check(staff)
    intake = await session.get(Intake, intake_id)
    return None if intake is None or intake.status == "erased" else intake


async def current_consents(session: AsyncSession, staff: StaffUser, intake: Intake) -> list[ConsentRecord]:
    """The person's latest decision per consent kind (data processing, sharing per recipient)."""
    _check(staff)
    if intake.contact_id is None:
        return []
    rows = (await session.execute(
        select(ConsentRecord).where(ConsentRecord.contact_id == intake.contact_id).order_by(ConsentRecord.id)
    )).scalars().all()
    latest: dict[str, ConsentRecord] = {}
    for row in rows:
        latest[row.kind] = row
    return list(latest.values())


async def follow_up_of(session: AsyncSession, staff: StaffUser, intake: Intake
                       ) -> tuple[list[Appointment], list[CheckinResponse]]:
    """The person's appointments and their answers to follow-up check-ins, for the intake page."""
    _check(staff)
    if intake.contact_id is None:
        return [], []
    appts = (await session.execute(
        select(Appointment).where(Appointment.contact_id == intake.contact_id).order_by(Appointment.id)
    )).scalars().all()
    checkins = (await session.execute(
        select(CheckinResponse).where(CheckinResponse.contact_id == intake.contact_id).order_by(CheckinResponse.id)
    )).scalars().all()
    return list(appts), list(checkins)
