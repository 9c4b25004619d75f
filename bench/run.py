"""`make bench`: the outbox against Telegram's limits, and the inbound side under load. Prints its figures.

Outbound: N reminders (default 10,000) to N people, due at once, sent by one worker through the real
aiogram adapter to a local fake Bot API that enforces Telegram's limits (429 with retry_after beyond 30
messages in any second per bot, or a flood to one chat). Prints the sustained rate, 429s, duplicates
and losses. Target: >= 28 messages/s, zero 429, zero duplicates, zero lost.

Inbound: M newcomers (default 1,000) answering the intake at the same time through the Telegram adapter
(`TelegramChannel.handle_update`, what polling and the webhook call for each update, fed with the Bot
API's JSON; button taps are answered to the fake Bot API, which runs in a process of its own like
Telegram) on PostgreSQL. Replies are written to the outbox as always;
sending them is the outbound side's job, so it is left out here. Prints updates/s and the time per step
(one update: adapter, engine, database commit) at p50/p99. Target: >= 500 updates/s, p99 < 50 ms.

Logins: a page's median latency while four processes try wrong passwords without pause, against the idle
median (bench/logins.py). Target: at most 1.5 ×.

Environment: BENCH_REMINDERS, BENCH_NEWCOMERS, BENCH_DATABASE_URL (PostgreSQL server for both parts;
default the local test server at 127.0.0.1:5432; the outbound part falls back to SQLite if it is
unreachable), BENCH_CONCURRENCY (updates handled at once, default TELEGRAM_CONCURRENCY's 8; the pool
keeps 20 connections).
The inbound figures also give the bot process's CPU time per update (the fake Bot API and PostgreSQL
run in processes of their own).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from backend.config import Settings  # noqa: E402
from backend.container import Container  # noqa: E402
from backend.serve import settle_heap  # noqa: E402
from bench.logins import login_bench  # noqa: E402
from storage.crypto import generate_key  # noqa: E402
from tests.seed_reminders import seed_reminders  # noqa: E402

PG = os.environ.get("BENCH_DATABASE_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")


async def fresh_postgres() -> tuple[str, Any] | None:
    """A new database on the server (dropped afterwards), or None if there is no server."""
    admin = create_async_engine(PG, isolation_level="AUTOCOMMIT")
    name = f"ankommen_bench_{uuid.uuid4().hex[:10]}"
    try:
        async with admin.connect() as conn:
            await conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    except Exception as exc:  # noqa: BLE001 - any failure means: no PostgreSQL here
        print(f"  (PostgreSQL at {make_url(PG).render_as_string()} not reachable: {type(exc).__name__})")
        await admin.dispose()
        return None

    async def drop() -> None:
        async with admin.connect() as conn:
            await conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.dispose()

    return make_url(PG).set(database=name).render_as_string(hide_password=False), drop


def settings(url: str, fake: Any) -> Settings:
    return Settings(app_env="test", database_url=url, secret_key="bench-secret-" + "x" * 32,
                    field_encryption_keys=generate_key(), telegram_bot_token=f"{fake.bot_id}:BENCH",
                    telegram_api_base=fake.base_url)


# ------------------------------------------------------------------------------------------ outbound ----


class RemoteFake:
    """The fake Bot API in its own process (bench/fake_bot_api.py)."""

    bot_id = 123456

    async def __aenter__(self) -> RemoteFake:
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable, str(ROOT / "bench" / "fake_bot_api.py"), stdout=asyncio.subprocess.PIPE)
        assert self.proc.stdout is not None
        self.base_url, self.stats_url = (await self.proc.stdout.readline()).decode().split()
        return self

    async def stats(self) -> dict[str, Any]:
        import aiohttp

        async with aiohttp.ClientSession() as http, http.get(self.stats_url) as r:
            return dict(await r.json())

    async def __aexit__(self, *exc: object) -> None:
        self.proc.kill()
        await self.proc.wait()


async def outbound(count: int) -> dict[str, Any]:
    pg = await fresh_postgres()
    tmp = tempfile.TemporaryDirectory()
    url = pg[0] if pg else f"sqlite+aiosqlite:///{tmp.name}/bench.db"
    async with RemoteFake() as fake:
        c = Container.build(settings(url, fake))  # type: ignore[arg-type]
        await c.start()
        try:
            t0 = time.perf_counter()
            chats = await seed_reminders(c, count, datetime.now(UTC))
            seeded = time.perf_counter() - t0
            start = time.monotonic()
            while True:
                await c.dispatcher.tick()
                async with c.sessions() as session:
                    left = (await session.execute(text(
                        "SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'sending')"))).scalar_one()
                if not left:
                    break
                await asyncio.sleep(0.2)  # rows waiting for a retry_after
            wall = time.monotonic() - start
            async with c.sessions() as session:
                states = dict((await session.execute(text("SELECT state, COUNT(*) FROM outbox GROUP BY state"))).all())
        finally:
            await c.close()
            if pg:
                await pg[1]()
            tmp.cleanup()
        stats = await fake.stats()
    arrivals, per_chat = stats["arrivals"], {int(k): v for k, v in stats["per_chat"].items()}
    sustained = (len(arrivals) - 1) / (arrivals[-1] - arrivals[0]) if len(arrivals) > 1 else 0.0
    worst = max(sum(1 for t in arrivals[i:i + 40] if t < arrivals[i] + 1.0) for i in range(len(arrivals)))
    return {
        "database": "PostgreSQL" if pg else "SQLite", "reminders": count, "seeded in s": round(seeded, 1),
        "wall time s": round(wall, 1), "sustained msg/s": round(sustained, 2),
        "most in any 1 s": worst, "429 answers": stats["too_many"],
        "duplicates": sum(n - 1 for n in per_chat.values() if n > 1),
        "lost": len(set(chats) - set(per_chat)), "outbox states": states,
    }


# ------------------------------------------------------------------------------------------ inbound -----


def intake_updates(lang: str) -> list[tuple[str, str]]:
    """One newcomer's whole intake: ("text", …) typed, ("press", …) a button."""
    return [("text", "/start"), ("press", f"a:language:{lang}"), ("press", "a:age_gate:adult"),
            ("press", "a:consent:yes"), ("press", "t:sharing:mbe_awo"), ("press", "d:sharing:"),
            ("press", "a:crisis:none"), ("text", "1"), ("text", "31"), ("press", "a:member_gender:female"),
            ("press", "a:member_nationality:syria"), ("press", "a:member_residence:asylum_pending"),
            ("text", "03/2024"), ("text", "04/2024"), ("press", "t:family_languages:arabic"),
            ("press", "d:family_languages:"), ("press", "a:german_level:a1"), ("press", "a:interpreter:not_needed"),
            ("press", "a:housing:shelter"), ("press", "a:housing_adequate:adequate"), ("press", "s:health:"),
            ("press", "s:reunification:"), ("press", "t:work:looking"), ("press", "d:work:"), ("press", "s:barriers:"),
            ("press", "t:agencies:none"), ("press", "d:agencies:"), ("press", "a:counsellor:no_counsellor"),
            ("press", "t:topics:work"), ("press", "d:topics:"), ("press", "s:remarks:"),
            ("press", "a:summary:submit"), ("press", "a:appointment:later")]


class NoDelivery:
    """Replies stay in the outbox (the worker sends them within the limits; measured above)."""

    senders: dict[str, Any] = {}

    async def deliver(self, ids: list[int]) -> int:
        return 0


async def inbound(newcomers: int, concurrency: int) -> dict[str, Any] | None:
    pg = await fresh_postgres()
    if pg is None:
        return None
    langs = ("ar", "fa", "uk", "ro", "tr", "de", "en", "ru", "bg", "pl", "fr")
    async with RemoteFake() as fake:  # Telegram's side (answering the button taps) on its own CPU time
        c = Container.build(settings(pg[0], fake))  # type: ignore[arg-type]
        await c.start()
        settle_heap()  # as `ankommen serve` does after start-up
        tg = c.telegram
        assert tg is not None
        tg.outbox = NoDelivery()  # type: ignore[assignment]
        await tg.bot.get_me()
        gate = asyncio.Semaphore(concurrency)
        durations: list[float] = []
        ids = iter(range(1, 10**9))

        def raw(chat: int, kind: str, value: str) -> dict[str, Any]:
            update_id = next(ids)
            person = {"id": chat, "is_bot": False, "first_name": "N", "language_code": "de"}
            chat_json = {"id": chat, "type": "private"}
            if kind == "text":
                return {"update_id": update_id, "message": {"message_id": update_id, "date": int(time.time()),
                                                            "chat": chat_json, "from": person, "text": value}}
            return {"update_id": update_id, "callback_query": {
                "id": str(update_id), "from": person, "chat_instance": "1", "data": value,
                "message": {"message_id": 1, "date": int(time.time()), "chat": chat_json, "text": "…"}}}

        async def newcomer(n: int) -> None:
            chat = 500_000 + n
            for kind, value in intake_updates(langs[n % len(langs)]):
                async with gate:
                    t = time.perf_counter()
                    await tg.handle_update(raw(chat, kind, value))
                    durations.append(time.perf_counter() - t)

        try:
            start, cpu = time.perf_counter(), time.process_time()
            await asyncio.gather(*(newcomer(n) for n in range(newcomers)))
            wall, cpu = time.perf_counter() - start, time.process_time() - cpu
            async with c.sessions() as session:
                intakes = (await session.execute(text("SELECT COUNT(*) FROM intakes"))).scalar_one()
                replies = (await session.execute(text("SELECT COUNT(*) FROM outbox WHERE purpose IS NULL"))).scalar_one()
        finally:
            await c.close()
            await pg[1]()
    ms = sorted(d * 1000 for d in durations)
    return {
        "database": "PostgreSQL", "newcomers": newcomers, "updates": len(durations), "in flight at once": concurrency,
        "wall time s": round(wall, 1), "updates/s": round(len(durations) / wall, 1),
        "p50 ms": round(statistics.median(ms), 1), "p99 ms": round(ms[int(len(ms) * 0.99) - 1], 1),
        "max ms": round(ms[-1], 1), "CPU ms per update": round(cpu * 1000 / len(durations), 2),
        "intakes stored": intakes, "replies queued": replies,
    }


def show(title: str, figures: dict[str, Any] | None) -> None:
    print(f"\n{title}")
    if figures is None:
        print("  skipped: needs PostgreSQL (set BENCH_DATABASE_URL)")
        return
    for key, value in figures.items():
        print(f"  {key:<20} {value}")


async def main() -> int:
    reminders = int(os.environ.get("BENCH_REMINDERS", "10000"))
    newcomers = int(os.environ.get("BENCH_NEWCOMERS", "1000"))
    concurrency = int(os.environ.get("BENCH_CONCURRENCY", "8"))
    print(f"Ankommen benchmark – {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs")
    inbound_ok = True
    if newcomers:
        figures = await inbound(newcomers, concurrency)
        show(f"Inbound: {newcomers} newcomers answering the intake at once (Telegram adapter, PostgreSQL)",
             figures)
        inbound_ok = figures is None or (figures["updates/s"] >= 500 and figures["p99 ms"] < 50)
        alone = max(1, newcomers // 10)
        show(f"Inbound, one update at a time ({alone} newcomers): the time a step itself takes, without queueing",
             await inbound(alone, 1))
    out = await outbound(reminders) if reminders else None
    if reminders:
        show(f"Outbound: {reminders} reminders to {reminders} people (fake Bot API enforcing Telegram's limits)",
             out)
    ok = out is None or (out["sustained msg/s"] >= 28 and out["429 answers"] == 0 and not out["duplicates"]
                         and not out["lost"])
    logins = login_bench(int(os.environ.get("BENCH_LOGIN_SAMPLES", "300")))
    show("Logins: GET /staff/login while 4 processes try wrong passwords (argon2id at production cost)", logins)
    logins_ok = logins["ratio"] <= 1.5
    print("\noutbound targets met" if ok else "\noutbound targets NOT met")
    if newcomers:
        print("inbound targets met (>= 500 updates/s, p99 < 50 ms)" if inbound_ok
              else "inbound targets NOT met (>= 500 updates/s, p99 < 50 ms)")
    print("login target met (median under attack <= 1.5 x idle)" if logins_ok
          else "login target NOT met (median under attack <= 1.5 x idle)")
    return 0 if ok and inbound_ok and logins_ok else 1


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
