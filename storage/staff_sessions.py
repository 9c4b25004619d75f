"""Staff sessions on the server. The browser's cookie holds a random token; the database keeps only its
SHA-256, the account, a token for the session's forms (CSRF), and the times. A session ends at logout, when
the password is changed (every other session of that account), when the account is deactivated, after
idling (default 30 minutes) and at the end of its lifetime (default 8 hours) – a copy of the cookie is
worth nothing then."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import StaffSession, StaffUser

TOUCH_EVERY = timedelta(minutes=1)  # last_seen_at is written at most once a minute per session


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def open_session(session: AsyncSession, staff: StaffUser, now: datetime, lifetime: timedelta,
                       pending: str | None = None) -> tuple[str, StaffSession]:
    """A new session; returns the token for the cookie (never stored) and the row."""
    token = secrets.token_urlsafe(32)
    row = StaffSession(token_hash=token_hash(token), staff_user_id=staff.id, csrf_token=secrets.token_urlsafe(32),
                       pending=pending, created_at=now, last_seen_at=now, expires_at=now + lifetime)
    session.add(row)
    await session.flush()
    return token, row


async def current(session: AsyncSession, token: str | None, now: datetime, idle: timedelta
                  ) -> tuple[StaffSession, StaffUser] | None:
    """The live session of this token and its account (active), or None. Ends a session that idled or
    outlived its time; notes the time it was last used."""
    if not token or len(token) > 100:
        return None
    found = (await session.execute(
        select(StaffSession, StaffUser).join(StaffUser, StaffUser.id == StaffSession.staff_user_id)
        .where(StaffSession.token_hash == token_hash(token), StaffSession.ended_at.is_(None)))).first()
    if found is None:
        return None
    row, staff = found
    if not staff.active:
        end(row, now, "deactivated")
        return None
    if now >= row.expires_at or now - row.last_seen_at >= idle:
        end(row, now, "expired" if now >= row.expires_at else "idle")
        return None
    if now - row.last_seen_at >= TOUCH_EVERY:
        row.last_seen_at = now
    return row, staff


def end(row: StaffSession, now: datetime, reason: str) -> None:
    row.ended_at, row.ended_reason = now, reason


async def end_all(session: AsyncSession, staff_id: int, now: datetime, reason: str, keep: int | None = None) -> int:
    """End every live session of an account (except `keep`): after a password change, at deactivation."""
    stmt = (update(StaffSession).where(StaffSession.staff_user_id == staff_id, StaffSession.ended_at.is_(None))
            .values(ended_at=now, ended_reason=reason))
    if keep is not None:
        stmt = stmt.where(StaffSession.id != keep)
    return (await session.execute(stmt)).rowcount
