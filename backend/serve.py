"""`ankommen serve`: web (uvicorn), Telegram bot (polling or webhook) and the outbox worker in one process."""

from __future__ import annotations

import asyncio
import gc
import logging
from datetime import timedelta

import uvicorn
from apscheduler.schedulers.asyncio import AsyncIOScheduler

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

        async def clean_up() -> None:
            await housekeeping(container.sessions, container.runtime.clock())
            if container.municipality is not None:  # closed cases lose everything personal on schedule
                after = timedelta(days=container.municipality.rules.anonymise_after_closure_days)
                async with container.sessions() as session, session.begin():
                    await anonymise_due(session, container.cipher, container.runtime.clock(), after)
                quiet = timedelta(days=container.municipality.rules.anonymise_after_no_contact_days)
                async with container.sessions() as session, session.begin():  # the consent text's promise
                    await expire_inactive(session, container.cipher, container.runtime.clock(), quiet)
            async with container.sessions() as session, session.begin():  # letter campaigns past retention
                await purge_due(session, container.runtime.clock())
            async with container.sessions() as session, session.begin():
                await outbox.forget_leases(session, container.runtime.clock())
            await checkpoint(container.engine)  # SQLite: what was deleted leaves the WAL too

        scheduler.add_job(clean_up, "interval", hours=1, id="housekeeping", max_instances=1, coalesce=True)

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
