"""Telegram's limits, on a simulated clock: 30 messages/s per bot, 1/s per chat after a burst of 3."""

from __future__ import annotations

import asyncio

from bot.ratelimit import RateLimiter


class SimClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds
        await asyncio.sleep(0)


async def sends(limiter: RateLimiter, clock: SimClock, chats: list[str]) -> list[float]:
    times = []
    for chat in chats:
        await limiter.acquire(chat)
        times.append(clock.now)
    return times


async def test_many_chats_share_thirty_messages_a_second() -> None:
    clock = SimClock()
    limiter = RateLimiter(clock=clock, sleep=clock.sleep)
    times = await sends(limiter, clock, [f"chat-{i}" for i in range(300)])
    for start in range(0, 300):
        window = [t for t in times if times[start] <= t < times[start] + 1.0]
        assert len(window) <= 30  # never more than 30 in any one second
    # 30 per 1.05 s (50 ms for network jitter): 300 messages in 9.45 s after the first burst, 28.6 a second
    assert 9.4 <= times[-1] <= 9.5


async def test_one_chat_gets_a_short_burst_then_one_a_second() -> None:
    clock = SimClock()
    limiter = RateLimiter(clock=clock, sleep=clock.sleep)
    times = await sends(limiter, clock, ["chat"] * 6)
    assert times[:3] == [0.0, 0.0, 0.0]  # a reply of three messages goes out at once
    assert [round(t, 6) for t in times[3:]] == [1.0, 2.0, 3.0]


async def test_concurrent_senders_respect_the_limits_together() -> None:
    clock = SimClock()
    limiter = RateLimiter(clock=clock, sleep=clock.sleep)
    times: list[float] = []

    async def one(chat: str) -> None:
        await limiter.acquire(chat)
        times.append(clock.now)

    await asyncio.gather(*(one(f"c{i % 40}") for i in range(120)))
    assert len(times) == 120 and max(times) >= 3.0  # 120 messages need at least 3 seconds at 30/s


async def test_replies_to_someone_chatting_only_count_against_the_bot_limit() -> None:
    clock = SimClock()
    limiter = RateLimiter(clock=clock, sleep=clock.sleep)
    for _ in range(10):
        await limiter.acquire("chat", per_chat=False)
    assert clock.now == 0.0
    await limiter.acquire("chat")  # a scheduled message to the same chat waits for its bucket …
    assert 0 < clock.now <= 1.0  # … one second, not one for each of the ten replies


async def test_the_window_counts_from_telegrams_answer_so_a_slow_request_cannot_bunch_up() -> None:
    """Telegram counts arrivals. A message whose request was held up arrives late; counting it from its
    departure would let the 31st message arrive within the same second. It counts from the answer."""
    clock = SimClock()
    limiter = RateLimiter(clock=clock, sleep=clock.sleep)
    slots = [await limiter.acquire(f"c{i}", track=True) for i in range(30)]
    clock.now = 0.5
    limiter.done(slots[0])  # the first message's answer came only after 0.5 s
    for slot in slots[1:]:
        limiter.done(slot)
    await limiter.acquire("c30")
    assert clock.now >= 0.5 + 1.05  # a full window after the first one certainly arrived


async def test_a_message_still_in_flight_holds_the_window_closed() -> None:
    clock = SimClock()
    limiter = RateLimiter(per_bot=2, clock=clock, sleep=clock.sleep)
    first = await limiter.acquire("a", track=True)
    await limiter.acquire("b")

    async def answer_later() -> None:
        while clock.now < 3.0:
            await asyncio.sleep(0)
        limiter.done(first)

    task = asyncio.create_task(answer_later())
    await limiter.acquire("c")
    await task
    assert clock.now >= 3.0 + 1.05
