"""Telegram's sending limits: at most 30 messages in any one second per bot (a sliding window), and per
chat one a second after a short burst (a token bucket: a reply of two or three messages goes out at once,
a flood does not).

The bot window is a second plus 50 ms: Telegram counts arrivals, we count departures, and requests in
flight can bunch up on the way. 30 per 1.05 s is 28.6 messages a second sustained.

`acquire` waits until both buckets have a token and takes them; without an `await` between the check and
the take it is atomic within the event loop, so concurrent senders share the limits correctly.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass


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
        self.sent: deque[float] = deque(maxlen=max(1, int(per_bot)))  # send times of the last `per_bot`
        self.chats: dict[str, TokenBucket] = {}

    async def acquire(self, chat: str, per_chat: bool = True) -> None:
        """Wait for a sending slot. `per_chat=False` (a reply to someone who is chatting, paced by their own
        messages) is held to the bot's limit only."""
        while True:
            now = self.clock()
            bucket = self.chats.get(chat)
            if bucket is None:
                bucket = self.chats[chat] = TokenBucket(self.per_chat, self.chat_burst, self.chat_burst, now)
            bucket.refill(now)
            window = self.sent[0] + self.window - now if len(self.sent) == self.sent.maxlen else 0.0
            wait = max(window, bucket.wait_for_one() if per_chat else 0.0)
            if wait <= 1e-9:
                self.sent.append(now)
                bucket.tokens -= 1
                self._forget_idle(now)
                return
            await self.sleep(wait)

    def _forget_idle(self, now: float) -> None:
        """Chats whose bucket is full again need no memory (keeps the table small)."""
        if len(self.chats) > 1000:
            for key in [k for k, b in self.chats.items() if b.tokens + (now - b.updated) * b.rate >= b.capacity]:
                del self.chats[key]
