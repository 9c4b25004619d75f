"""Demo data for `make run`: the fictitious municipality Musterstadt, two organisations, three staff users.
Development only: the passwords are printed and not secret."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Organisation, StaffUser
from storage.staff import create_staff

DEMO_USERS = [
    ("fallberatung", "demo-fallberatung", "caseworker", "Aylin Demir"),
    ("clearing", "demo-clearing", "clearing", "Jonas Berger"),
    ("koordination", "demo-koordination", "coordinator", "Maria Kowalski"),
]


async def seed_demo(session: AsyncSession) -> bool:
    """Create the demo organisations and staff users once. Returns True when it created them."""
    if await session.scalar(select(func.count()).select_from(StaffUser)):
        return False
    service_point = Organisation(name="Servicestelle Zuwanderung Musterstadt", kind="service_point")
    mbe = Organisation(name="Migrationsberatung Musterstadt e. V.", kind="mbe")
    session.add_all([service_point, mbe])
    await session.flush()
    for username, password, role, name in DEMO_USERS:
        await create_staff(session, username, password, role, name, organisation_id=service_point.id)
    return True


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
