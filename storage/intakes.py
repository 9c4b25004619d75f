"""Intakes as staff may see them. Access is checked here, in the query layer, not in the templates."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Intake, StaffUser

# Who may read personal intake data. Coordinators see aggregates only (later: figures pages).
READERS = {"caseworker", "clearing", "admin"}


class AccessDenied(PermissionError):
    pass


def _check(staff: StaffUser) -> None:
    if staff.role not in READERS or not staff.active:
        raise AccessDenied(f"role {staff.role} may not read intakes")


async def list_intakes(session: AsyncSession, staff: StaffUser, limit: int = 200) -> list[Intake]:
    _check(staff)
    stmt = select(Intake).order_by(Intake.submitted_at.desc(), Intake.id.desc()).limit(limit)
    return list((await session.execute(stmt)).scalars())


async def get_intake(session: AsyncSession, staff: StaffUser, intake_id: int) -> Intake | None:
    _check(staff)
    return await session.get(Intake, intake_id)
