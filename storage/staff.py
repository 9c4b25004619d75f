"""Staff accounts and the audit log. Passwords: `storage.passwords` (the rule, argon2id off the event
loop); logins, the growing delay and the lockout: `storage.logins`; sessions: `storage.staff_sessions`."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from storage import passwords
from storage.models import AuditEvent, StaffUser, utcnow

ROLES = ("caseworker", "clearing", "coordinator", "datenschutz", "admin")


def hash_password(password: str) -> str:
    return passwords.hash_password(password)


async def create_staff(session: AsyncSession, username: str, password: str, role: str, display_name: str,
                       organisation_id: int | None = None, now: datetime | None = None,
                       check_password: bool = True) -> StaffUser:
    """A new account. The password must meet the rule (`storage.passwords.check_new_password`); only the
    demo's accounts, whose passwords are printed at start in development, skip it."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; one of {', '.join(ROLES)}")
    if check_password:
        passwords.check_new_password(password, (username, display_name))
    user = StaffUser(username=username, password_hash=hash_password(password), role=role,
                     display_name=display_name, organisation_id=organisation_id, password_changed_at=now or utcnow())
    session.add(user)
    await session.flush()
    return user


def audit(session: AsyncSession, staff: StaffUser | None, action: str, object_type: str,
          object_id: str | int | None, reason: str | None = None) -> None:
    """Who looked at or changed what, when (and a code saying why). Never the values, never typed text."""
    session.add(AuditEvent(staff_user_id=staff.id if staff else None, action=action, object_type=object_type,
                           object_id=None if object_id is None else str(object_id), reason=reason, at=utcnow()))
