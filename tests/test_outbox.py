"""The outbox: rows written with the state change, delivered after commit, re-delivered by the worker when
the writing process died; 429 waits, 403 stops, order per person is kept. SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select

from backend.container import Container
from bot.dispatcher import Blocked, RetryLater
from bot.render import OutMessage
from bot.runtime import Inbound
from dialogs.model import Press, Start
from storage.models import Contact, OutboxMessage
from tests.conftest import Clock


class FakeSender:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []
        self.fail: list[Exception] = []

    async def send(self, address: str, message: OutMessage) -> str | None:
        if self.fail:
            raise self.fail.pop(0)
        self.sent.append((address, message.plain))
        return str(len(self.sent))


async def states(c: Container) -> list[str]:
    async with c.sessions() as s:
        return [r.state for r in (await s.execute(select(OutboxMessage).order_by(OutboxMessage.id))).scalars()]


async def test_rows_left_by_a_dead_process_are_delivered_once_in_order(container: Container, clock: Clock) -> None:
    sender = FakeSender()
    container.dispatcher.senders["telegram"] = sender
    # The runtime committed, then "died" before delivering: nobody calls deliver().
    await container.runtime.handle(Inbound("telegram", "4711", Start(clock()), "1"))
    out = await container.runtime.handle(Inbound("telegram", "4711", Press(clock(), "a:language:de"), "2"))
    assert len(out.outbox_ids) == 2 and await states(container) == ["pending"] * 3
    assert await container.dispatcher.tick() == 0  # within the grace period the writer may still deliver
    clock.advance(seconds=5)
    assert await container.dispatcher.tick() == 3
    assert [a for a, _ in sender.sent] == ["4711"] * 3
    assert "Sprache" in sender.sent[0][1] and "Willkommen" in sender.sent[1][1] and "16 Jahre oder älter" in sender.sent[2][1]
    assert await container.dispatcher.tick() == 0 and len(sender.sent) == 3  # nothing twice
    async with container.sessions() as s:
        rows = (await s.execute(select(OutboxMessage))).scalars().all()
    assert all(r.state == "sent" and r.payload_enc is None and r.address_enc is None for r in rows)


async def test_retry_after_and_order_per_person(container: Container, clock: Clock) -> None:
    sender = FakeSender()
    container.dispatcher.senders["telegram"] = sender
    await container.runtime.handle(Inbound("telegram", "4711", Start(clock()), "1"))
    out = await container.runtime.handle(Inbound("telegram", "4711", Press(clock(), "a:language:en"), "2"))
    sender.fail = [RetryLater(30)]
    clock.advance(seconds=5)
    assert await container.dispatcher.tick() == 0  # first row hit 429: the person's later rows wait too
    assert sender.sent == [] and await states(container) == ["pending"] * 3
    clock.advance(seconds=10)
    assert await container.dispatcher.tick() == 0  # the later rows never overtake the waiting one
    clock.advance(seconds=30)
    assert await container.dispatcher.tick() == 3
    assert ["Sprache" in sender.sent[0][1], "Welcome" in sender.sent[1][1], "16 years or older" in sender.sent[2][1]] == [True] * 3
    assert len(out.outbox_ids) == 2


async def test_blocked_bot_marks_contact_unreachable(container: Container, clock: Clock) -> None:
    sender = FakeSender()
    container.dispatcher.senders["telegram"] = sender
    await container.runtime.handle(Inbound("telegram", "4711", Start(clock()), "1"))
    await container.runtime.handle(Inbound("telegram", "4711", Press(clock(), "a:language:de"), "2"))
    sender.fail = [Blocked()]
    clock.advance(seconds=5)
    assert await container.dispatcher.tick() == 0
    async with container.sessions() as s:
        contact = (await s.execute(select(Contact))).scalar_one()
    assert contact.unreachable and await states(container) == ["failed", "cancelled", "cancelled"]
    assert sender.sent == []


async def test_a_rejected_message_fails_for_good_and_does_not_hold_up_the_next(container: Container,
                                                                                clock: Clock) -> None:
    from bot.dispatcher import Rejected

    sender = FakeSender()
    container.dispatcher.senders["telegram"] = sender
    await container.runtime.handle(Inbound("telegram", "4711", Start(clock()), "1"))
    await container.runtime.handle(Inbound("telegram", "4711", Press(clock(), "a:language:de"), "2"))
    sender.fail = [Rejected()]
    clock.advance(seconds=5)
    assert await container.dispatcher.tick() == 2
    assert await states(container) == ["failed", "sent", "sent"]


async def test_network_errors_are_retried_with_growing_waits(container: Container, clock: Clock) -> None:
    sender = FakeSender()
    container.dispatcher.senders["telegram"] = sender
    await container.runtime.handle(Inbound("telegram", "4711", Start(clock()), "1"))
    sender.fail = [ConnectionError(), ConnectionError()]
    waits = []
    for _ in range(2):
        clock.advance(seconds=30)
        assert await container.dispatcher.tick() == 0
        async with container.sessions() as s:
            row = (await s.execute(select(OutboxMessage))).scalar_one()
        waits.append((row.due_at - clock()).total_seconds())
    assert waits == [5, 10] and row.state == "pending" and row.error == "ConnectionError"
    clock.advance(seconds=30)
    assert await container.dispatcher.tick() == 1 and await states(container) == ["sent"]


async def test_a_row_being_sent_elsewhere_holds_back_the_persons_later_rows(container: Container,
                                                                            clock: Clock) -> None:
    from storage import outbox

    await container.runtime.handle(Inbound("telegram", "4711", Start(clock()), "1"))
    out = await container.runtime.handle(Inbound("telegram", "4711", Press(clock(), "a:language:de"), "2"))
    async with container.sessions() as s, s.begin():
        first = (await s.execute(select(OutboxMessage).order_by(OutboxMessage.id))).scalars().first()
        assert await outbox.claim(s, first.id, clock()) is not None  # a worker is sending row 1
    async with container.sessions() as s, s.begin():
        assert await outbox.claim(s, out.outbox_ids[0], clock()) is None  # row 2 must wait for it


async def test_housekeeping_forgets_old_update_ids_and_unfetched_web_messages(container: Container,
                                                                               clock: Clock) -> None:
    from storage.housekeeping import housekeeping
    from storage.models import ProcessedUpdate

    await container.runtime.handle(Inbound("web", "browser-token-1", Start(clock()), "web:1"))
    assert await housekeeping(container.sessions, clock()) == {"processed_updates": 0, "web_messages": 0,
                                                               "login_attempts": 0, "staff_sessions": 0}
    clock.advance(days=8)
    assert await housekeeping(container.sessions, clock()) == {"processed_updates": 1, "web_messages": 1,
                                                               "login_attempts": 0, "staff_sessions": 0}
    async with container.sessions() as s:
        assert (await s.execute(select(ProcessedUpdate))).first() is None
        row = (await s.execute(select(OutboxMessage))).scalar_one()
    assert row.state == "cancelled" and row.payload_enc is None
