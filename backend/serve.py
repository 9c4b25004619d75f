"""`ankommen serve`: web (uvicorn), Telegram bot (polling or webhook) and the outbox worker in one process."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

import uvicorn
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy.ext.asyncio import AsyncSession

from backend.app import create_app
from backend.config import Settings
from backend.container import Container
from backend.demo import demo_banner, seed_demo
from storage import outbox
from storage.campaigns import purge_due
from storage.closure import anonymise_due
from storage.db import checkpoint
from storage.followups import conversations_tick
from storage.housekeeping import housekeeping
from storage.retention import expire_inactive

log = logging.getLogger(__name__)


def settle_heap() -> None:
    """After start-up: what is loaded now (modules, aiogram's and pydantic's models, scripts, texts) lives
    as long as the process. `gc.freeze()` takes it out of the cyclic collector's sight, so a full
    collection no longer walks it – under load such a walk held every update in flight for about 200 ms.
    The higher first threshold lets fewer, larger young collections run (objects die young here)."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 20, 20)


async def serve(settings: Settings, demo: bool = False, web: bool = True, bot: bool = True,
                worker: bool = True) -> None:
    container = Container.build(settings)
    await container.start()
    if demo:
        if not settings.is_development:
            raise SystemExit("--demo is only allowed with APP_ENV=development")
        async with container.sessions() as session, session.begin():
            await seed_demo(session)
    settle_heap()
    tasks: list[asyncio.Task[None]] = []
    scheduler = AsyncIOScheduler(timezone="UTC")
    # every part may send (the worker, the bot, the web app answering a webhook): what this process claimed is
    # taken over within seconds if it dies, and never while it lives
    await container.dispatcher.keep_alive()
    scheduler.add_job(container.dispatcher.keep_alive, "interval", seconds=outbox.LEASE_RENEW.total_seconds(),
                      id="lease", max_instances=1, coalesce=True)
    if worker:
        scheduler.add_job(container.dispatcher.tick, "interval", seconds=settings.outbox_tick_seconds,
                          id="outbox", max_instances=1, coalesce=True)

        async def in_session(step: Callable[[AsyncSession], Awaitable[object]]) -> None:
            async with container.sessions() as session, session.begin():
                await step(session)

        def clean_up_steps() -> list[tuple[str, Callable[[], Awaitable[object]]]]:
            now, rules, cipher = container.runtime.clock(), container.municipality, container.cipher
            steps: list[tuple[str, Callable[[], Awaitable[object]]]] = [
                ("housekeeping", lambda: housekeeping(container.sessions, now))]
            if rules is not None:  # closed cases lose everything personal on schedule; the consent's promise
                closed = timedelta(days=rules.rules.anonymise_after_closure_days)
                quiet = timedelta(days=rules.rules.anonymise_after_no_contact_days)
                steps += [("anonymise closed cases", lambda: in_session(lambda s: anonymise_due(s, cipher, now, closed))),
                          ("expire cases without contact",
                           lambda: in_session(lambda s: expire_inactive(s, cipher, now, quiet)))]
            return [*steps, ("letter campaigns past retention", lambda: in_session(lambda s: purge_due(s, now))),
                    ("outbox leases", lambda: in_session(lambda s: outbox.forget_leases(s, now))),
                    ("checkpoint", lambda: checkpoint(container.engine))]  # SQLite: deleted rows leave the WAL

        async def clean_up() -> None:
            """Each step on its own: one that fails (a removed key, a locked table) is logged and the others
            – the anonymisation the consent text promises among them – still run."""
            for name, step in clean_up_steps():
                try:
                    await step()
                except Exception:
                    log.exception("clean-up step failed: %s", name)

        scheduler.add_job(clean_up, "interval", hours=1, id="housekeeping", max_instances=1, coalesce=True,
                          next_run_time=datetime.now(UTC) + timedelta(minutes=1))  # first run soon after start

        async def conversations() -> None:  # one nudge for a stalled intake; expiry of abandoned ones
            async with container.sessions() as session, session.begin():
                await conversations_tick(session, container.runtime.rules, container.runtime.clock())

        scheduler.add_job(conversations, "interval", seconds=settings.conversations_tick_seconds,
                          id="conversations", max_instances=1, coalesce=True)
    # a script version or texts published in another process (web, bot, worker) reach this one too
    scheduler.add_job(container.refresh_published, "interval", seconds=30, id="publications", max_instances=1,
                      coalesce=True)
    scheduler.start()
    tg = container.telegram
    if bot and tg is not None:
        await tg.set_commands(container.scripts.published["intake"].script.languages)
        if settings.telegram_mode == "polling":
            tasks.append(asyncio.create_task(tg.run_polling(), name="telegram-polling"))
        elif settings.telegram_webhook_url:
            await tg.set_webhook(settings.telegram_webhook_url)
    elif bot:
        log.info("no TELEGRAM_BOT_TOKEN: Telegram is off, the web chat works")
    try:
        if web:
            # behind a reverse proxy only its X-Forwarded-For counts as the client (wrong logins are counted
            # per client): FORWARDED_ALLOW_IPS names the proxies to believe
            config = uvicorn.Config(create_app(container), host=settings.host, port=settings.port,
                                    log_level="info", access_log=False, proxy_headers=True,
                                    forwarded_allow_ips=settings.forwarded_allow_ips)
            server = uvicorn.Server(config)
            if demo:
                print(demo_banner(f"http://{settings.host}:{settings.port}"), flush=True)
            await server.serve()
        else:
            await asyncio.Event().wait()
    finally:
        if tg is not None:
            await tg.stop_polling()
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if scheduler.running:
            scheduler.shutdown(wait=False)
        await container.close()
