"""Logging in: the password check, a growing delay after wrong passwords (per account name and per client,
answered with Retry-After before any hashing), the lockout after 10 wrong passwords within 15 minutes
(until an admin unlocks the account), and an audit entry for every login, failure and lockout.

Attempts are counted by the name as typed (trimmed, lower-case), so a name that does not exist behaves
like one that does; a success clears the account's count. The password is checked outside any database
transaction (SQLite's write lock is never held while argon2 runs).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage import passwords
from storage.models import LoginAttempt, StaffUser
from storage.staff import audit

WINDOW = timedelta(minutes=15)
LOCK_AFTER = 10  # wrong passwords for one account within the window
ACCOUNT_FREE = 3  # wrong passwords before the delay starts: 1 s, 2 s, 4 s … (at most 5 minutes)
CLIENT_FREE = 5  # wrong passwords from one client (any account) before its delay starts
MAX_DELAY = 300
KEPT = timedelta(days=1)


@dataclass(frozen=True)
class LoginResult:
    staff: StaffUser | None = None
    retry_after: int | None = None  # seconds: too many wrong passwords just now
    locked: bool = False  # locked after too many wrong passwords: an admin unlocks it
    inactive: bool = False


def account_key(username: str) -> str:
    return username.strip().lower()[:80]


async def _failures(session: AsyncSession, now: datetime, **where: str) -> tuple[int, datetime | None]:
    column = {"username": LoginAttempt.username, "client": LoginAttempt.client}
    (key, value), = where.items()
    count, last = (await session.execute(
        select(func.count(), func.max(LoginAttempt.at))
        .where(column[key] == value, LoginAttempt.ok.is_(False), LoginAttempt.at > now - WINDOW))).one()
    return int(count or 0), last


def _wait(failures: int, free: int, last: datetime | None, now: datetime) -> int | None:
    if failures < free or last is None:
        return None
    remaining = (last + timedelta(seconds=min(2 ** (failures - free), MAX_DELAY)) - now).total_seconds()
    return math.ceil(remaining) if remaining > 0 else None


async def delay(session: AsyncSession, key: str, client: str, now: datetime) -> int | None:
    """Seconds to wait before this name or client may try again; None: go ahead."""
    account, last = await _failures(session, now, username=key)
    from_client, last_client = await _failures(session, now, client=client)
    waits = [w for w in (_wait(account, ACCOUNT_FREE, last, now), _wait(from_client, CLIENT_FREE, last_client, now))
             if w]
    return max(waits) if waits else None


async def login(sessions: async_sessionmaker[AsyncSession], username: str, password: str, client: str,
                now: datetime) -> LoginResult:
    key, client = account_key(username), client[:64]
    async with sessions() as session:
        user = await session.scalar(select(StaffUser).where(func.lower(StaffUser.username) == key))
        failures, _ = await _failures(session, now, username=key)
        wait = await delay(session, key, client, now)
    if (user is not None and user.locked_at is not None) or failures >= LOCK_AFTER:
        return LoginResult(locked=True)
    if wait:
        return LoginResult(retry_after=wait)
    ok = await passwords.verify(user.password_hash if user else None, password)
    async with sessions() as session, session.begin():
        session.add(LoginAttempt(username=key, client=client, ok=ok, at=now))
        if user is not None:
            user = await session.get(StaffUser, user.id, with_for_update=True)
        if ok and user is not None and user.active:
            await session.execute(delete(LoginAttempt).where(LoginAttempt.username == key,
                                                             LoginAttempt.ok.is_(False)))
            if passwords.needs_rehash(user.password_hash):
                user.password_hash = passwords.hash_password(password)
            user.last_login_at = now
            audit(session, user, "login", "staff_user", user.id)
            return LoginResult(user)
        audit(session, user, "login_failed", "staff_user", user.id if user else None,
              None if user else "unknown_name")
        if ok and user is not None:  # the right password for a deactivated account
            return LoginResult(inactive=True)
        if failures + 1 >= LOCK_AFTER:
            if user is not None and user.locked_at is None:
                user.locked_at = now
                audit(session, user, "lockout", "staff_user", user.id)
            return LoginResult(locked=True)
    return LoginResult()


async def unlock(session: AsyncSession, admin: StaffUser | None, user: StaffUser) -> None:
    """An admin (or `ankommen staff unlock`, admin None) lets the account log in again."""
    user.locked_at = None
    await session.execute(delete(LoginAttempt).where(LoginAttempt.username == account_key(user.username)))
    audit(session, admin, "unlock", "staff_user", user.id)


async def forget_old(session: AsyncSession, now: datetime) -> int:
    """Attempts older than a day (housekeeping): the lockout itself stays on the account."""
    result = await session.execute(delete(LoginAttempt).where(LoginAttempt.at < now - KEPT))
    return result.rowcount
