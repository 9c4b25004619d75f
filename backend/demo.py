"""Demo data for `make run`: the fictitious municipality Musterstadt, two organisations, five staff users.
Development only: the passwords are printed and not secret."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Availability, Organisation, StaffUser
from storage.staff import create_staff

DEMO_USERS = [
    ("fallberatung", "demo-fallberatung", "caseworker", "Aylin Demir"),
    ("clearing", "demo-clearing", "clearing", "Jonas Berger"),
    ("koordination", "demo-koordination", "coordinator", "Maria Kowalski"),
    ("admin", "demo-administration", "admin", "Lena Hoffmann"),
    ("datenschutz", "demo-datenschutz", "datenschutz", "Petra Yilmaz"),
]


async def seed_demo(session: AsyncSession) -> bool:
    """Create the demo organisations and staff users once. Returns True when it created them."""
    if await session.scalar(select(func.count()).select_from(StaffUser)):
        return False
    service_point = Organisation(name="Servicestelle Zuwanderung Musterstadt", kind="service_point")
    mbe = Organisation(name="Migrationsberatung Musterstadt e. V.", kind="mbe")
    session.add_all([service_point, mbe])
    await session.flush()
    users = {}
    for username, password, role, name in DEMO_USERS:
        users[username] = await create_staff(session, username, password, role, name,  # public demo passwords
                                             organisation_id=service_point.id, check_password=False)
    session.add_all(demo_availability(users["fallberatung"].id))
    return True


def demo_availability(staff_user_id: int) -> list[Availability]:
    """Office hours of the demo caseworker: Mon, Tue, Thu mornings in the office, Wed afternoon by phone,
    Fri by video. She speaks Turkish and English; Arabic, Dari/Farsi, Ukrainian, Russian with an interpreter."""
    interp = ["arabic", "dari_farsi", "ukrainian", "russian"]
    office = dict(kind="office", place="Rathausplatz 1, Zimmer 104", languages=["turkish", "english"],
                  interpreter_languages=interp, slot_minutes=45, active=True)
    rows = [Availability(staff_user_id=staff_user_id, weekday=d, start_time="09:00", end_time="12:00", **office)
            for d in (0, 1, 3)]
    rows.append(Availability(staff_user_id=staff_user_id, weekday=2, start_time="14:00", end_time="16:00",
                             kind="phone", place="", languages=["turkish", "english"], interpreter_languages=interp,
                             slot_minutes=30, active=True))
    rows.append(Availability(staff_user_id=staff_user_id, weekday=4, start_time="10:00", end_time="12:00",
                             kind="video", place="", languages=["turkish", "english"], interpreter_languages=interp,
                             slot_minutes=30, active=True))
    return rows


def demo_banner(base_url: str) -> str:
    lines = [
        "",
        "  Ankommen läuft (Entwicklungsmodus, Demo-Kommune Musterstadt)",
        f"  Web-Chat:        {base_url}/chat",
        f"  Mitarbeitende:   {base_url}/staff/login",
        f"  API-Doku:        {base_url}/api/docs",
        "  Demo-Zugänge (nur lokal):",
    ]
    lines += [f"    {role:<12} {user:<14} Passwort: {pw}" for user, pw, role, _ in DEMO_USERS]
    return "\n".join(lines) + "\n"
