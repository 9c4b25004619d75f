"""Scheduled messages across process deaths and several workers, with the real `ankommen serve`.

- A reminder that comes due while the only process is dead (killed with SIGKILL) is sent exactly once
  after the restart (SQLite and PostgreSQL).
- Two worker processes on one PostgreSQL database, each with half of Telegram's rate, claim disjoint
  batches (FOR UPDATE SKIP LOCKED): every reminder arrives exactly once, and the fake Bot API, which
  enforces Telegram's limits, never has to answer 429.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from backend.config import Settings
from backend.container import Container
from tests.fake_telegram import FakeTelegram
from tests.seed_reminders import seed_reminders
from tests.test_restart import (
    PG_URL,
    Server,
    database_url,  # noqa: F401 (fixture)
    eventually,
    free_port,
    outbox_states,
    plain,
    wait_outbox_settled,
    wait_ready,
)

pytestmark = pytest.mark.slow
REMINDER = "Erinnerung an Ihren Termin"


def environment(fake: FakeTelegram, url: str, **extra: str) -> dict[str, str]:
    import os

    return {
        **{k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR")},
        "APP_ENV": "test", "DATABASE_URL": url, "SECRET_KEY": "worker-test-secret-key-" + "x" * 32,
        "FIELD_ENCRYPTION_KEYS": Fernet.generate_key().decode(), "TELEGRAM_BOT_TOKEN": f"{fake.bot_id}:TEST",
        "TELEGRAM_API_BASE": fake.base_url, "TELEGRAM_MODE": "polling", "HOST": "127.0.0.1",
        "PORT": str(free_port()), "OUTBOX_TICK_SECONDS": "0.3", "PYTHONUNBUFFERED": "1", **extra,
    }


async def seed(env: dict[str, str], count: int, due: datetime) -> list[int]:
    settings = Settings(app_env="test", database_url=env["DATABASE_URL"], secret_key=env["SECRET_KEY"],
                        field_encryption_keys=env["FIELD_ENCRYPTION_KEYS"], telegram_bot_token=None)
    c = Container.build(settings)
    await c.start()
    try:
        return await seed_reminders(c, count, due)
    finally:
        await c.close()


async def test_a_reminder_due_while_the_process_is_dead_is_sent_once_after_restart(
        database_url: str, tmp_path: Path) -> None:  # noqa: F811
    async with FakeTelegram() as fake:
        env = environment(fake, database_url)
        server = Server(env, tmp_path / "serve.log")
        try:
            server.start()
            await wait_ready(server, fake)
            server.kill()  # the only process dies…
            chats = await seed(env, 3, datetime.now(UTC) + timedelta(seconds=2))
            await asyncio.sleep(2.5)  # …and the reminders come due while it is dead
            assert not any(REMINDER in plain(m) for m in fake.sent)
            server.start()
            await wait_ready(server, fake)
            await eventually(server, lambda: sum(REMINDER in plain(m) for m in fake.sent) >= 3, "the reminders")
            await asyncio.sleep(1.5)  # a second worker tick must not send them again
            states = await outbox_states(database_url)
        finally:
            server.kill()
    per_chat = Counter(m["chat_id"] for m in fake.sent if REMINDER in plain(m))
    assert per_chat == {chat: 1 for chat in chats}
    assert states == {"sent": 3}


@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
async def test_two_workers_on_postgres_send_every_reminder_exactly_once(database_url: str, tmp_path: Path) -> None:  # noqa: F811
    if not PG_URL:
        pytest.skip("needs PostgreSQL")
    count = 150
    async with FakeTelegram(enforce_limits=True) as fake:
        env = environment(fake, database_url, TELEGRAM_BOT_LIMIT="13", OUTBOX_BATCH="10")
        workers = [Server({**env, "PORT": str(free_port())}, tmp_path / f"worker{n}.log") for n in (1, 2)]
        chats = await seed(env, count, datetime.now(UTC))
        try:
            for w in workers:
                w.start(only="worker")
            await eventually(workers[0], lambda: sum(REMINDER in plain(m) for m in fake.sent) >= count,
                             "every reminder", timeout=120)
            await asyncio.sleep(1.0)
            states = await outbox_states(database_url)
            for w in workers:
                w.check_alive()
        finally:
            for w in workers:
                w.kill()
    per_chat = Counter(m["chat_id"] for m in fake.sent if REMINDER in plain(m))
    assert per_chat == {chat: 1 for chat in chats}, "each reminder exactly once"
    assert fake.too_many == 0 and states == {"sent": count}
    logs = [(tmp_path / f"worker{n}.log").read_text() for n in (1, 2)]
    assert all("Traceback" not in log for log in logs), logs


async def test_a_reply_a_killed_process_was_sending_goes_out_within_seconds_after_restart(
        database_url: str, tmp_path: Path) -> None:  # noqa: F811
    """Killed with SIGKILL while Telegram had not yet answered a reply: the row stays "being sent". The next
    process takes it over as soon as the dead one's lease lapses (seconds, not minutes), sends it once,
    and the person's later messages are answered after it, in order; nobody else waits."""
    first, other = 7001, 7002
    async with FakeTelegram() as fake:
        env = environment(fake, database_url)
        server = Server(env, tmp_path / "serve.log")
        try:
            server.start()
            await wait_ready(server, fake)
            fake.user_sends(first, "/start")
            await eventually(server, lambda: len(fake.messages_to(first)) == 1, "the language picker")
            picker = fake.messages_to(first)[0]
            fake.hang_next("sendMessage")  # Telegram takes the next reply and never answers
            fake.user_presses(first, picker["message_id"], "a:language:de")
            await eventually(server, lambda: fake.hanging == 1, "the reply being sent")
            server.kill()
            server.start()
            restarted = asyncio.get_running_loop().time()
            await wait_ready(server, fake)
            fake.user_sends(first, "/help")
            fake.user_sends(other, "/start")
            await eventually(server, lambda: len(fake.messages_to(other)) == 1, "another person's answer")
            await eventually(server, lambda: any("/language" in plain(m) for m in fake.messages_to(first)),
                             "the claimed reply, then the next", timeout=60)
            waited = asyncio.get_running_loop().time() - restarted
            states = await wait_outbox_settled(server, database_url)  # /help is followed by the open question
        finally:
            server.kill()
    texts = [plain(m) for m in fake.messages_to(first)]
    order = [next(i for i, t in enumerate(texts) if mark in t) for mark in ("Willkommen", "16 Jahre", "/language")]
    assert order == sorted(order) and order[0] == 1, texts  # the claimed reply first, then the rest, in order
    assert sum("Willkommen" in t for t in texts) == 1, texts  # the taken-over reply went out once
    assert set(states) == {"sent"} and sum(states.values()) == len(texts) + 1, (texts, states)  # each once
    assert waited < 30, f"the person waited {waited:.0f} s after the restart"
