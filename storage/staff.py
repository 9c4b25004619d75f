"""Staff accounts (argon2id password hashes) and the audit log."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import AuditEvent, StaffUser, utcnow

ROLES = ("caseworker", "clearing", "coordinator", "datenschutz", "admin")
_hasher = PasswordHasher()
# A hash to verify against when the user does not exist, so both cases take the same time.
_DUMMY = _hasher.hash("not-a-real-password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


async def create_staff(session: AsyncSession, username: str, password: str, role: str, display_name: str,
                       organisation_id: int | None = None) -> StaffUser:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; one of {', '.join(ROLES)}")
    user = StaffUser(username=username, password_hash=hash_password(password), role=role,
                     display_name=display_name, organisation_id=organisation_id)
    session.add(user)
    await session.flush()
    return user


async def authenticate(session: AsyncSession, username: str, password: str) -> StaffUser | None:
    user = (await session.execute(select(StaffUser).where(StaffUser.username == username))).scalar_one_or_none()
    try:
        _hasher.verify(user.password_hash if user else _DUMMY, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or not user.active:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user


def audit(session: AsyncSession, staff: StaffUser, action: str, object_type: str, object_id: str | int | None,
          reason: str | None = None) -> None:
    """Who looked at or changed what, when (and why). Never the values."""
    session.add(AuditEvent(staff_user_id=staff.id, action=action, object_type=object_type,
                           object_id=None if object_id is None else str(object_id), reason=reason, at=utcnow()))
