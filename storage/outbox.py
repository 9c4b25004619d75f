"""The outbox: every message to a person is a row, claimed atomically before it is sent."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from storage.models import OutboxMessage

STALE_CLAIM = timedelta(minutes=5)  # well above any request timeout of a channel


def _earlier_undelivered() -> Any:
    earlier = aliased(OutboxMessage)
    return (
        select(earlier.id)
        .where(earlier.contact_id == OutboxMessage.contact_id, earlier.id < OutboxMessage.id,
               earlier.state.in_(("pending", "sending")))
        .exists()
    )


def enqueue(
    session: AsyncSession,
    *,
    contact_id: int | None,
    channel: str,
    address_enc: str,
    payload_enc: str,
    now: datetime,
    priority: int = 0,
    kind: str = "reply",
    dedupe_key: str | None = None,
) -> OutboxMessage:
    row = OutboxMessage(
        contact_id=contact_id, channel=channel, address_enc=address_enc, payload_enc=payload_enc,
        priority=priority, kind=kind, dedupe_key=dedupe_key, due_at=now, created_at=now,
    )
    session.add(row)
    return row


async def claim(session: AsyncSession, row_id: int, now: datetime) -> OutboxMessage | None:
    """Take a row for sending, unless another worker has it, it is done, or an earlier message to the same
    person is still undelivered (a person's messages never overtake each other). Atomic on both engines."""
    stmt = (
        update(OutboxMessage)
        .where(
            OutboxMessage.id == row_id,
            (OutboxMessage.state == "pending")
            | ((OutboxMessage.state == "sending") & (OutboxMessage.claimed_at < now - STALE_CLAIM)),
            ~_earlier_undelivered(),
        )
        .values(state="sending", claimed_at=now, attempts=OutboxMessage.attempts + 1)
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


async def due_ids(session: AsyncSession, channels: list[str], now: datetime, grace: timedelta,
                  limit: int = 200) -> list[tuple[int, int | None]]:
    """Rows nobody delivered: pending past their due time plus grace (the process that wrote them died),
    or claimed long ago by a worker that died. Replies (priority 0) first, then oldest first. Only the
    first undelivered row of each person is returned (the next tick takes the next)."""
    stmt = (
        select(OutboxMessage.id, OutboxMessage.contact_id)
        .where(
            OutboxMessage.channel.in_(channels),
            ((OutboxMessage.state == "pending") & (OutboxMessage.due_at <= now - grace))
            | ((OutboxMessage.state == "sending") & (OutboxMessage.claimed_at < now - STALE_CLAIM)),
            ~_earlier_undelivered(),  # a person's messages go out in order
        )
        .order_by(OutboxMessage.priority, OutboxMessage.id)
        .limit(limit)
    )
    return [(row_id, contact_id) for row_id, contact_id in (await session.execute(stmt)).all()]


async def pending_for_contact(session: AsyncSession, contact_id: int) -> list[int]:
    stmt = (
        select(OutboxMessage.id)
        .where(OutboxMessage.contact_id == contact_id, OutboxMessage.state == "pending")
        .order_by(OutboxMessage.id)
    )
    return list((await session.execute(stmt)).scalars())
