"""The outbox: every message to a person is a row, claimed atomically before it is sent."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from storage.models import OutboxMessage, WorkerLease

# A claim belongs to a process's lease (renewed every LEASE_RENEW): once the lease lapses the process is
# taken for dead and its claims are taken over. A claim without a lease (an older release) waits
# STALE_CLAIM, well above any request timeout of a channel.
LEASE_RENEW = timedelta(seconds=5)
LEASE_TTL = timedelta(seconds=20)
STALE_CLAIM = timedelta(minutes=5)


def _lapsed(now: datetime) -> Any:
    """A row being sent by a process that is gone (its lease lapsed), or claimed long ago without one."""
    alive = (select(WorkerLease.id)
             .where(WorkerLease.id == OutboxMessage.claimed_by, WorkerLease.renewed_at >= now - LEASE_TTL).exists())
    return (OutboxMessage.state == "sending") & (
        (OutboxMessage.claimed_by.is_(None) & (OutboxMessage.claimed_at < now - STALE_CLAIM))
        | (OutboxMessage.claimed_by.is_not(None) & ~alive))


async def renew_lease(session: AsyncSession, lease: str, now: datetime) -> None:
    """This process is alive (at start, at every worker tick, and every LEASE_RENEW)."""
    found = await session.execute(update(WorkerLease).where(WorkerLease.id == lease).values(renewed_at=now))
    if found.rowcount == 0:
        session.add(WorkerLease(id=lease, started_at=now, renewed_at=now))
        await session.flush()


async def forget_leases(session: AsyncSession, now: datetime) -> int:
    """Leases of processes gone for an hour (housekeeping): their claims were taken over long ago."""
    result = await session.execute(delete(WorkerLease).where(WorkerLease.renewed_at < now - timedelta(hours=1)))
    return result.rowcount


def _earlier_undelivered() -> Any:
    earlier = aliased(OutboxMessage)
    return (
        select(earlier.id)
        .where(earlier.contact_id == OutboxMessage.contact_id, earlier.id < OutboxMessage.id,
               (earlier.state == "sending")
               | ((earlier.state == "pending")
                  # a message planned for later (a reminder) does not hold this one; a reply waiting
                  # for a retry does
                  & (earlier.purpose.is_(None) | (earlier.due_at <= OutboxMessage.due_at))))
        .exists()
    )


def reply(
    *,
    contact_id: int | None,
    channel: str,
    address_enc: str,
    payload_enc: str,
    now: datetime,
    priority: int = 0,
    kind: str = "reply",
) -> dict[str, Any]:
    """The outbox row of a message that is due at once (a reply to someone chatting: priority 0), with every
    column a plain INSERT needs (`storage.conversation_store` writes it)."""
    return {"contact_id": contact_id, "channel": channel, "address_enc": address_enc, "payload_enc": payload_enc,
            "priority": priority, "kind": kind, "state": "pending", "attempts": 0, "due_at": now,
            "created_at": now}


async def plan(
    session: AsyncSession,
    *,
    contact_id: int,
    channel: str,
    purpose: str,
    ref_id: int | None,
    ref_at: datetime | None,
    due_at: datetime,
    key: str,
    now: datetime,
    priority: int = 2,
) -> bool:
    """A scheduled message, composed when it is due (in the person's language of that day, after checking
    that its purpose still holds). The unique `key` makes planning the same message twice a no-op."""
    if await session.scalar(select(OutboxMessage.id).where(OutboxMessage.dedupe_key == key)) is not None:
        return False
    row = OutboxMessage(contact_id=contact_id, channel=channel, address_enc=None, payload_enc=None,
                        priority=priority, kind="scheduled", dedupe_key=key, due_at=due_at, created_at=now,
                        purpose=purpose, ref_id=ref_id, ref_at=ref_at)
    try:
        async with session.begin_nested():
            session.add(row)
            await session.flush()
    except IntegrityError:  # planned at the same moment by another process
        return False
    return True


async def cancel_planned(session: AsyncSession, purpose: str, ref_id: int, reason: str,
                         keep_at: datetime | None = None) -> int:
    """Planned messages about something that changed (a moved or cancelled appointment) are not sent;
    `keep_at`: except those about this moment (the appointment's current time)."""
    stmt = (update(OutboxMessage)
            .where(OutboxMessage.purpose == purpose, OutboxMessage.ref_id == ref_id, OutboxMessage.state == "pending")
            .values(state="cancelled", error=reason))
    if keep_at is not None:
        stmt = stmt.where(OutboxMessage.ref_at != keep_at)
    result = await session.execute(stmt)
    return result.rowcount


async def mark_cancelled(session: AsyncSession, row_id: int, reason: str) -> None:
    await session.execute(
        update(OutboxMessage).where(OutboxMessage.id == row_id)
        .values(state="cancelled", error=reason[:200], payload_enc=None, address_enc=None)
    )


async def claim(session: AsyncSession, row_id: int, now: datetime, lease: str | None = None) -> OutboxMessage | None:
    """Take a row for sending (for this process's `lease`), unless a live worker has it, it is done, or an
    earlier message to the same person is still undelivered (a person's messages never overtake each
    other). Atomic on both engines."""
    stmt = (
        update(OutboxMessage)
        .where(OutboxMessage.id == row_id, (OutboxMessage.state == "pending") | _lapsed(now),
               ~_earlier_undelivered())
        .values(state="sending", claimed_at=now, claimed_by=lease, attempts=OutboxMessage.attempts + 1)
    )
    result = await session.execute(stmt)
    if result.rowcount != 1:
        return None
    return await session.get(OutboxMessage, row_id, populate_existing=True)


async def mark_sent(session: AsyncSession, row_id: int, now: datetime, channel_message_id: str | None) -> None:
    await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == row_id)
        .values(state="sent", sent_at=now, channel_message_id=channel_message_id, payload_enc=None,
                address_enc=None, error=None)
    )


async def mark_failed(session: AsyncSession, row_id: int, error: str) -> None:
    await session.execute(
        update(OutboxMessage).where(OutboxMessage.id == row_id)
        .values(state="failed", error=error[:200], payload_enc=None, address_enc=None)
    )


async def cancel_pending(session: AsyncSession, contact_id: int, reason: str) -> None:
    """Nothing more goes to this person (they blocked the bot)."""
    await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.contact_id == contact_id, OutboxMessage.state == "pending")
        .values(state="cancelled", error=reason, payload_enc=None, address_enc=None)
    )


async def retry_later(session: AsyncSession, row_id: int, due_at: datetime, error: str) -> None:
    await session.execute(
        update(OutboxMessage).where(OutboxMessage.id == row_id)
        .values(state="pending", due_at=due_at, claimed_at=None, error=error[:200])
    )


def _due(channels: list[str], now: datetime, grace: timedelta) -> Any:
    """Rows nobody delivered: replies pending past their due time plus grace (the process that wrote them
    delivers them itself, unless it died), scheduled messages from their due time, and rows whose claiming
    process died (`_lapsed`). Only the first undelivered row of each person (order is kept)."""
    return (
        OutboxMessage.channel.in_(channels),
        ((OutboxMessage.state == "pending")
         & (((OutboxMessage.priority == 0) & (OutboxMessage.due_at <= now - grace))
            | ((OutboxMessage.priority > 0) & (OutboxMessage.due_at <= now))))
        | _lapsed(now),
        ~_earlier_undelivered(),
    )


async def due_ids(session: AsyncSession, channels: list[str], now: datetime, grace: timedelta,
                  limit: int = 200) -> list[tuple[int, int | None]]:
    """Due rows (see `_due`): replies (priority 0) first, then by priority, then oldest first."""
    stmt = (
        select(OutboxMessage.id, OutboxMessage.contact_id)
        .where(*_due(channels, now, grace))
        .order_by(OutboxMessage.priority, OutboxMessage.due_at, OutboxMessage.id)
        .limit(limit)
    )
    return [(row_id, contact_id) for row_id, contact_id in (await session.execute(stmt)).all()]


async def claim_due(session: AsyncSession, channels: list[str], now: datetime, grace: timedelta,
                    limit: int, lease: str | None = None) -> list[OutboxMessage]:
    """Claim a batch of due rows for this worker. On PostgreSQL `FOR UPDATE SKIP LOCKED`: several workers
    take disjoint batches without waiting for each other; on SQLite the write transaction (BEGIN
    IMMEDIATE) already serialises the claim. The update re-checks the state, so a row is never claimed
    twice even if a lock was missed."""
    stmt = (
        select(OutboxMessage.id)
        .where(*_due(channels, now, grace))
        .order_by(OutboxMessage.priority, OutboxMessage.due_at, OutboxMessage.id)
        .limit(limit)
        .with_for_update(skip_locked=True, of=OutboxMessage)
    )
    ids = list((await session.execute(stmt)).scalars())
    if not ids:
        return []
    claimed = (await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id.in_(ids), (OutboxMessage.state == "pending") | _lapsed(now))
        .values(state="sending", claimed_at=now, claimed_by=lease, attempts=OutboxMessage.attempts + 1)
        .returning(OutboxMessage.id)
        .execution_options(synchronize_session=False)
    )).scalars().all()
    if not claimed:
        return []
    rows = await session.scalars(
        select(OutboxMessage).where(OutboxMessage.id.in_(list(claimed)))
        .order_by(OutboxMessage.priority, OutboxMessage.due_at, OutboxMessage.id)
        .execution_options(populate_existing=True))
    return list(rows)


async def pending_for_contact(session: AsyncSession, contact_id: int, now: datetime) -> list[int]:
    stmt = (
        select(OutboxMessage.id)
        .where(OutboxMessage.contact_id == contact_id, OutboxMessage.state == "pending",
               OutboxMessage.due_at <= now)
        .order_by(OutboxMessage.id)
    )
    return list((await session.execute(stmt)).scalars())
