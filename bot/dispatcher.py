"""Delivers outbox rows through the channel that can push (Telegram). Web chat fetches its own rows.

Each row is claimed atomically before sending, marked sent (and its payload wiped) after; a row left
behind by a process that died is picked up by the worker tick. The address and text are decrypted only
in memory, right before sending.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.ratelimit import RateLimiter
from bot.render import OutMessage
from storage import outbox
from storage.crypto import FieldCipher
from storage.models import Contact, OutboxMessage

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


class Composer(Protocol):
    """Writes a scheduled row's text when it is due; None: its purpose is gone (see bot.followups)."""

    async def compose(self, session: AsyncSession, row: OutboxMessage, now: datetime
                      ) -> tuple[str, OutMessage] | None: ...


@dataclass
class Claimed:
    row_id: int
    contact_id: int | None
    attempts: int
    channel: str
    priority: int
    address: str
    message: OutMessage


class Dispatcher:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], cipher: FieldCipher,
                 clock: Callable[[], datetime]):
        self.sessions, self.cipher, self.clock = sessions, cipher, clock
        self.senders: dict[str, Sender] = {}
        self.grace = timedelta(seconds=3)
        self.limits: dict[str, RateLimiter] = {}  # per channel (one bot): Telegram's sending limits
        self.composer: Composer | None = None
        self.bot_limit = 30  # messages per 1.05 s per bot: this process's share of Telegram's 30 a second
        self.batch = 100  # rows claimed per round of a tick
        self.concurrency = 16  # sends in flight at once (the rate limiter paces them)
        self.lease = uuid.uuid4().hex  # this process's claims (storage.outbox: taken over if it dies)
        self._renewed: datetime | None = None

    async def _renew(self, session: AsyncSession, now: datetime, force: bool = False) -> None:
        """Keep this process's lease alive: within a claim's own transaction, at most every LEASE_RENEW."""
        if force or self._renewed is None or now - self._renewed >= outbox.LEASE_RENEW or now < self._renewed:
            await outbox.renew_lease(session, self.lease, now)
            self._renewed = now

    async def keep_alive(self) -> None:
        """The scheduler's job: renew the lease even while a long tick is sending."""
        async with self.sessions() as session, session.begin():
            await self._renew(session, self.clock(), force=True)

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
        """Worker: claim due rows in batches (several workers take disjoint batches) and send them within
        the limits: replies nobody delivered (their process died), retries, reminders and follow-ups."""
        sent = 0
        gate = asyncio.Semaphore(self.concurrency)

        async def one(row_id: int) -> bool:
            async with gate:
                return await self._send_claimed(row_id) == SENT

        while True:
            async with self.sessions() as session, session.begin():
                now = self.clock()
                await self._renew(session, now)
                rows = await outbox.claim_due(session, list(self.senders), now, self.grace, self.batch, self.lease)
                ids = [r.id for r in rows]
            if not ids:
                return sent
            sent += sum(await asyncio.gather(*(one(i) for i in ids)))

    async def _deliver_one(self, row_id: int) -> str:
        """SENT, DONE (not sent, but the person's next message may go) or STOP (keep the rest waiting)."""
        async with self.sessions() as session, session.begin():
            now = self.clock()
            await self._renew(session, now)
            row = await outbox.claim(session, row_id, now, self.lease)
            if row is None:
                return STOP  # somebody else has it (or an earlier one of this person): keep the order
            if self.senders.get(row.channel) is None:
                # web chat rows are fetched by the browser; leave them pending
                await session.execute(update(type(row)).where(type(row).id == row_id).values(state="pending"))
                return STOP
        return await self._send_claimed(row_id)

    async def _prepare(self, row_id: int) -> Claimed | str:
        """The claimed row's address and text (composed now for scheduled rows), or DONE if there is
        nothing to send any more."""
        now = self.clock()
        async with self.sessions() as session, session.begin():
            row = await session.get(OutboxMessage, row_id)
            if row is None or row.state != "sending":
                return DONE
            if row.purpose is not None and row.payload_enc is None:
                composed = await self.composer.compose(session, row, now) if self.composer else None
                if composed is None:
                    await outbox.mark_cancelled(session, row_id, "purpose gone")
                    return DONE
                address_enc, message = composed
                address = self.cipher.decrypt(address_enc)
            elif row.address_enc is None or row.payload_enc is None:
                await outbox.mark_failed(session, row_id, "no content")
                return DONE
            else:
                address = self.cipher.decrypt(row.address_enc)
                message = OutMessage.from_json(json.loads(self.cipher.decrypt(row.payload_enc)))
            return Claimed(row_id, row.contact_id, row.attempts, row.channel, row.priority, address, message)

    async def _send_claimed(self, row_id: int) -> str:
        prepared = await self._prepare(row_id)
        if isinstance(prepared, str):
            return prepared
        now = self.clock()
        row_id, contact_id, attempts = prepared.row_id, prepared.contact_id, prepared.attempts
        channel, priority, address, message = prepared.channel, prepared.priority, prepared.address, prepared.message
        sender = self.senders.get(channel)
        if sender is None:
            async with self.sessions() as session, session.begin():
                await outbox.retry_later(session, row_id, now, "no sender")
            return STOP
        limiter = self.limits.get(channel)
        if limiter is None:
            limiter = self.limits[channel] = RateLimiter(per_bot=self.bot_limit)
        # replies (priority 0) are paced by the person's own messages: only the bot-wide limit applies;
        # a file (the .ics) is a second request and counts as a second message
        slots = [await limiter.acquire(str(contact_id) if contact_id is not None else f"row-{row_id}",
                                       per_chat=priority > 0, track=True)
                 for _ in range(2 if message.document else 1)]
        try:
            message_id = await _answered(sender.send(address, message), limiter, slots)
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


async def _answered(sending: Awaitable[str | None], limiter: RateLimiter, slots: list[Any]) -> str | None:
    """Send, and tell the limiter when Telegram answered (whatever the answer)."""
    try:
        return await sending
    finally:
        for slot in slots:
            limiter.done(slot)


async def take_for_web(sessions: async_sessionmaker[AsyncSession], cipher: FieldCipher, ids: list[int],
                       contact_id: int | None, now: datetime, composer: Composer | None = None) -> list[OutMessage]:
    """Web chat: the browser's request is the delivery. Claim these rows (plus any left pending for the
    contact and due: after a restart, or a reminder that came due), mark them sent and return their
    messages in order. Scheduled rows are composed now (or cancelled if their purpose is gone)."""
    out: list[OutMessage] = []
    async with sessions() as session, session.begin():
        pending = await outbox.pending_for_contact(session, contact_id, now) if contact_id else []
        for row_id in sorted(set(ids) | set(pending)):
            row = await outbox.claim(session, row_id, now)
            if row is None:
                continue
            if row.purpose is not None and row.payload_enc is None:
                composed = await composer.compose(session, row, now) if composer else None
                if composed is None:
                    await outbox.mark_cancelled(session, row_id, "purpose gone")
                    continue
                out.append(composed[1])
            elif row.payload_enc is None:
                continue
            else:
                out.append(OutMessage.from_json(json.loads(cipher.decrypt(row.payload_enc))))
            await outbox.mark_sent(session, row_id, now, None)
    return out
