"""Delivers outbox rows through the channel that can push (Telegram). Web chat fetches its own rows.

Each row is claimed atomically before sending, marked sent (and its payload wiped) after; a row left
behind by a process that died is picked up by the worker tick. The address and text are decrypted only
in memory, right before sending.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.ratelimit import RateLimiter
from bot.render import OutMessage
from storage import outbox
from storage.crypto import FieldCipher
from storage.models import Contact

log = logging.getLogger(__name__)
SENT, DONE, STOP = "sent", "done", "stop"
MAX_ATTEMPTS = 12  # about 5 s … 3 h of growing waits, then the row is marked failed


class Blocked(Exception):
    """The person blocked the bot (Telegram 403): stop writing to them."""


class Rejected(Exception):
    """The channel refuses this message for good (Telegram 400): retrying cannot help."""


class RetryLater(Exception):
    def __init__(self, seconds: float):
        super().__init__(f"retry after {seconds}s")
        self.seconds = seconds


class Sender(Protocol):
    async def send(self, address: str, message: OutMessage) -> str | None: ...


class Dispatcher:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], cipher: FieldCipher,
                 clock: Callable[[], datetime]):
        self.sessions, self.cipher, self.clock = sessions, cipher, clock
        self.senders: dict[str, Sender] = {}
        self.grace = timedelta(seconds=3)
        self.limits: dict[str, RateLimiter] = {}  # per channel (one bot): Telegram's sending limits

    async def deliver(self, ids: list[int]) -> int:
        """Send these rows in order; stop at the first failure so a person never gets them out of order."""
        sent = 0
        for row_id in ids:
            result = await self._deliver_one(row_id)
            if result == STOP:
                break
            sent += result == SENT
        return sent

    async def tick(self) -> int:
        """Worker: deliver rows that nobody delivered (their process died, or a retry is due)."""
        async with self.sessions() as session:
            ids = await outbox.due_ids(session, list(self.senders), self.clock(), self.grace)
        sent, seen = 0, set()
        while ids:
            for row_id, _contact_id in ids:
                seen.add(row_id)
                sent += await self._deliver_one(row_id) == SENT
            async with self.sessions() as session:  # the next row of each person, now that one went out
                again = await outbox.due_ids(session, list(self.senders), self.clock(), self.grace)
            ids = [pair for pair in again if pair[0] not in seen]
        return sent

    async def _deliver_one(self, row_id: int) -> str:
        """SENT, DONE (not sent, but the person's next message may go) or STOP (keep the rest waiting)."""
        now = self.clock()
        async with self.sessions() as session, session.begin():
            row = await outbox.claim(session, row_id, now)
            if row is None:
                return STOP  # somebody else has it (or an earlier one of this person): keep the order
            sender = self.senders.get(row.channel)
            if sender is None or row.address_enc is None or row.payload_enc is None:
                # web chat rows are fetched by the browser; leave them pending
                await session.execute(update(type(row)).where(type(row).id == row_id).values(state="pending"))
                return STOP
            address = self.cipher.decrypt(row.address_enc)
            message = OutMessage.from_json(json.loads(self.cipher.decrypt(row.payload_enc)))
            contact_id, attempts, channel, priority = row.contact_id, row.attempts, row.channel, row.priority
        limiter = self.limits.setdefault(channel, RateLimiter())
        # replies (priority 0) are paced by the person's own messages: only the bot-wide limit applies
        await limiter.acquire(str(contact_id) if contact_id is not None else f"row-{row_id}", per_chat=priority > 0)
        try:
            message_id = await sender.send(address, message)
        except Blocked:
            async with self.sessions() as session, session.begin():
                await outbox.mark_failed(session, row_id, "blocked")
                if contact_id is not None:
                    await session.execute(update(Contact).where(Contact.id == contact_id).values(unreachable=True))
                    await outbox.cancel_pending(session, contact_id, "blocked")
            log.info("outbox %s: recipient blocked the bot", row_id)
            return STOP
        except RetryLater as exc:
            async with self.sessions() as session, session.begin():
                await outbox.retry_later(session, row_id, now + timedelta(seconds=exc.seconds), "retry_after")
            return STOP
        except Rejected:
            log.error("outbox %s: the channel rejected the message", row_id)
            async with self.sessions() as session, session.begin():
                await outbox.mark_failed(session, row_id, "rejected")
            return DONE  # the person's next messages may still go out
        except Exception as exc:  # network trouble: retry with growing waits, never log the content
            log.warning("outbox %s: send failed (%s), attempt %s", row_id, type(exc).__name__, attempts)
            async with self.sessions() as session, session.begin():
                if attempts >= MAX_ATTEMPTS:
                    await outbox.mark_failed(session, row_id, type(exc).__name__)
                else:
                    wait = timedelta(seconds=min(5 * 2 ** (attempts - 1), 3600))
                    await outbox.retry_later(session, row_id, now + wait, type(exc).__name__)
            return DONE if attempts >= MAX_ATTEMPTS else STOP
        async with self.sessions() as session, session.begin():
            await outbox.mark_sent(session, row_id, self.clock(), message_id)
        return SENT


async def take_for_web(sessions: async_sessionmaker[AsyncSession], cipher: FieldCipher, ids: list[int],
                       contact_id: int | None, now: datetime) -> list[OutMessage]:
    """Web chat: the browser's request is the delivery. Claim these rows (plus any left pending for the
    contact, e.g. after a restart), mark them sent and return their messages in order."""
    out: list[OutMessage] = []
    async with sessions() as session, session.begin():
        pending = await outbox.pending_for_contact(session, contact_id) if contact_id else []
        for row_id in sorted(set(ids) | set(pending)):
            row = await outbox.claim(session, row_id, now)
            if row is None or row.payload_enc is None:
                continue
            out.append(OutMessage.from_json(json.loads(cipher.decrypt(row.payload_enc))))
            await outbox.mark_sent(session, row_id, now, None)
    return out
