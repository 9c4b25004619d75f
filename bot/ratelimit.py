"""Telegram's sending limits: at most 30 messages in any one second per bot (a sliding window), and per
chat one a second after a short burst (a token bucket: a reply of two or three messages goes out at once,
a flood does not).

Telegram counts arrivals, we can only count departures; a busy event loop or the network can delay one
request and bunch it up with later ones. So a sender reports when Telegram has answered (`done`), and
that moment – by which the message has certainly arrived – is what the window counts: the 31st message
waits until a window has passed since the answer to the 1st. The window is a second plus 50 ms;
30 per 1.05 s is 28.6 messages a second sustained.

`acquire` waits until both buckets have a token and takes them; without an `await` between the check and
the take it is atomic within the event loop, so concurrent senders share the limits correctly.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any


@dataclass
class TokenBucket:
    rate: float  # tokens per second
    capacity: float
    tokens: float
    updated: float

    def refill(self, now: float) -> None:
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    def wait_for_one(self) -> float:
        # a tiny tolerance: float rounding must not leave a bucket at 0.9999999 forever
        return 0.0 if self.tokens >= 1 - 1e-9 else (1 - self.tokens) / self.rate


class RateLimiter:
    def __init__(self, per_bot: float = 30.0, per_chat: float = 1.0, chat_burst: float = 3.0, window: float = 1.05,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep):
        self.per_chat, self.chat_burst, self.window = per_chat, chat_burst, window
        self.clock, self.sleep = clock, sleep
        # the last `per_bot` sends: [time, in flight]; the time becomes the answer's time when `done`
        self.sent: deque[list[Any]] = deque(maxlen=max(1, int(per_bot)))
        self.chats: dict[str, TokenBucket] = {}

    def done(self, slot: list[Any]) -> None:
        """Telegram answered: count the message from now (it has certainly arrived)."""
        slot[0], slot[1] = self.clock(), False

    async def acquire(self, chat: str, per_chat: bool = True, track: bool = False) -> list[Any]:
        """Wait for a sending slot. `per_chat=False` (a reply to someone who is chatting, paced by their own
        messages) is held to the bot's limit only. `track=True`: the caller calls `done(slot)` when the
        answer came; until then the oldest slot holds the window closed."""
        while True:
            now = self.clock()
            bucket = self.chats.get(chat)
            if bucket is None:
                bucket = self.chats[chat] = TokenBucket(self.per_chat, self.chat_burst, self.chat_burst, now)
            bucket.refill(now)
            window = 0.0
            if len(self.sent) == self.sent.maxlen:
                oldest = self.sent[0]
                window = 0.01 if oldest[1] else oldest[0] + self.window - now  # in flight: wait for it
            wait = max(window, bucket.wait_for_one() if per_chat else 0.0)
            if wait <= 1e-9:
                slot = [now, track]
                self.sent.append(slot)
                # a reply may take the bucket's last token, never more: after a long exchange the next
                # scheduled message waits a second, not one second for every reply (a debt of half a minute)
                bucket.tokens = max(0.0, bucket.tokens - 1)
                self._forget_idle(now)
                return slot
            await self.sleep(wait)

    def _forget_idle(self, now: float) -> None:
        """Chats whose bucket is full again need no memory (keeps the table small)."""
        if len(self.chats) > 1000:
            for key in [k for k, b in self.chats.items() if b.tokens + (now - b.updated) * b.rate >= b.capacity]:
                del self.chats[key]
