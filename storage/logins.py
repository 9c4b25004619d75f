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

from sqlalchemy import delete, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage import passwords
from storage.models import LoginAttempt, StaffUser
from storage.staff import audit
from storage.staff_sessions import end_all

WINDOW = timedelta(minutes=15)
LOCK_AFTER = 10  # wrong passwords for one account within the window
ACCOUNT_FREE = 3  # wrong passwords before the delay starts: 1 s, 2 s, 4 s … (at most 5 minutes)
CLIENT_FREE = 20  # from one client address (any account): an office behind one address shares it
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


async def _serialise(session: AsyncSession, key: str) -> None:
    """One attempt for a name at a time: on PostgreSQL a transaction lock on the name (SQLite has one writer
    anyway). Without it, attempts sent at once all read the same count and slip past the delay."""
    if session.get_bind().dialect.name == "postgresql":
        await session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:key))"), {"key": f"login:{key}"})


async def _lock(session: AsyncSession, user: StaffUser | None, now: datetime) -> None:
    if user is not None and user.locked_at is None:
        user.locked_at = now
        audit(session, user, "lockout", "staff_user", user.id)


async def begin_attempt(sessions: async_sessionmaker[AsyncSession], key: str, client: str,
                        now: datetime) -> LoginResult | int:
    """Before a password (or code) is checked: refuse a locked name or one that must wait, otherwise note
    the attempt – as a failure until the check says otherwise, so attempts sent in parallel count against
    each other. Returns the attempt's id, or why not."""
    async with sessions() as session, session.begin():
        await _serialise(session, key)
        user = await session.scalar(select(StaffUser).where(func.lower(StaffUser.username) == key)
                                    .with_for_update())
        failures, _ = await _failures(session, now, username=key)
        if (user is not None and user.locked_at is not None) or failures >= LOCK_AFTER:
            await _lock(session, user, now)
            return LoginResult(locked=True)
        wait = await delay(session, key, client, now)
        if wait:
            return LoginResult(retry_after=wait)
        attempt = LoginAttempt(username=key, client=client, ok=False, at=now)
        session.add(attempt)
        await session.flush()
        return attempt.id


async def end_attempt(session: AsyncSession, attempt_id: int, user: StaffUser | None, ok: bool, key: str,
                      now: datetime, what: str = "login") -> bool:
    """After the check: a success clears the name's failures; a failure is audited and may lock the account.
    True when the account is locked now."""
    attempt = await session.get(LoginAttempt, attempt_id)
    if ok and attempt is not None:
        attempt.ok = True
        await session.flush()
        await session.execute(delete(LoginAttempt).where(LoginAttempt.username == key, LoginAttempt.ok.is_(False)))
        return False
    audit(session, user, f"{what}_failed", "staff_user", user.id if user else None, None if user else "unknown_name")
    failures, _ = await _failures(session, now, username=key)
    if failures >= LOCK_AFTER:
        await _lock(session, user, now)
        return True
    return False


async def _not_checked(sessions: async_sessionmaker[AsyncSession], attempt_id: int) -> None:
    """The check could not run (too many at once): the attempt is not counted."""
    async with sessions() as session, session.begin():
        await session.execute(delete(LoginAttempt).where(LoginAttempt.id == attempt_id))


async def login(sessions: async_sessionmaker[AsyncSession], username: str, password: str, client: str,
                now: datetime) -> LoginResult:
    key, client = account_key(username), client[:64]
    begun = await begin_attempt(sessions, key, client, now)
    if isinstance(begun, LoginResult):
        return begun
    async with sessions() as session:
        user = await session.scalar(select(StaffUser).where(func.lower(StaffUser.username) == key))
    try:
        ok = await passwords.verify(user.password_hash if user else None, password)
    except passwords.Busy:
        await _not_checked(sessions, begun)
        raise
    rehashed = (await passwords.hash_async(password)
                if ok and user is not None and passwords.needs_rehash(user.password_hash) else None)
    async with sessions() as session, session.begin():
        if user is not None:
            user = await session.get(StaffUser, user.id, with_for_update=True)
        if ok and user is not None and user.active:
            await end_attempt(session, begun, user, True, key, now)
            if rehashed is not None:
                user.password_hash = rehashed
            user.last_login_at = now
            audit(session, user, "login", "staff_user", user.id)
            return LoginResult(user)
        if ok and user is not None:  # the right password for a deactivated account
            audit(session, user, "login_failed", "staff_user", user.id, "inactive")
            return LoginResult(inactive=True)
        if await end_attempt(session, begun, user, False, key, now):
            return LoginResult(locked=True)
    return LoginResult()


async def check_password(sessions: async_sessionmaker[AsyncSession], staff: StaffUser, password: str,
                         client: str, now: datetime) -> LoginResult:
    """The current password, asked again inside a session (changing it, turning the second factor off):
    counted like a login – someone holding a stolen session must not get to guess it freely. Locked: every
    session of the account ends."""
    key = account_key(staff.username)
    begun = await begin_attempt(sessions, key, client[:64], now)
    if isinstance(begun, LoginResult):
        return begun
    try:
        ok = await passwords.verify(staff.password_hash, password)
    except passwords.Busy:
        await _not_checked(sessions, begun)
        raise
    async with sessions() as session, session.begin():
        user = await session.get(StaffUser, staff.id, with_for_update=True)
        if await end_attempt(session, begun, user, ok, key, now, what="password_check"):
            await end_all(session, staff.id, now, "lockout")
            return LoginResult(locked=True)
    return LoginResult(staff) if ok else LoginResult()


async def unlock(session: AsyncSession, admin: StaffUser | None, user: StaffUser) -> None:
    """An admin (or `ankommen staff unlock`, admin None) lets the account log in again."""
    user.locked_at = None
    await session.execute(delete(LoginAttempt).where(LoginAttempt.username == account_key(user.username)))
    audit(session, admin, "unlock", "staff_user", user.id)


async def forget_old(session: AsyncSession, now: datetime) -> int:
    """Attempts older than a day (housekeeping): the lockout itself stays on the account."""
    result = await session.execute(delete(LoginAttempt).where(LoginAttempt.at < now - KEPT))
    return result.rowcount
