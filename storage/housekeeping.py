"""Regular clean-up: nothing is kept longer than its purpose needs."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.logins import forget_old
from storage.models import OutboxMessage, ProcessedUpdate, StaffSession

PROCESSED_UPDATES_KEPT = timedelta(days=7)  # Telegram redelivers for at most a day
UNFETCHED_WEB_MESSAGES_KEPT = timedelta(days=1)
ENDED_SESSIONS_KEPT = timedelta(days=7)  # staff sessions: the audit log keeps logins and logouts


async def housekeeping(sessions: async_sessionmaker[AsyncSession], now: datetime) -> dict[str, int]:
    async with sessions() as session, session.begin():
        updates = await session.execute(
            delete(ProcessedUpdate).where(ProcessedUpdate.processed_at < now - PROCESSED_UPDATES_KEPT)
        )
        web = await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.channel == "web", OutboxMessage.state == "pending",
                   OutboxMessage.created_at < now - UNFETCHED_WEB_MESSAGES_KEPT)
            .values(state="cancelled", error="never fetched", payload_enc=None, address_enc=None)
        )
        attempts = await forget_old(session, now)
        ended = await session.execute(delete(StaffSession).where(
            (StaffSession.ended_at < now - ENDED_SESSIONS_KEPT) | (StaffSession.expires_at < now - ENDED_SESSIONS_KEPT)))
    return {"processed_updates": updates.rowcount, "web_messages": web.rowcount, "login_attempts": attempts,
            "staff_sessions": ended.rowcount}
