"""The composition root: builds every part from the settings, once, for serve/web/bot/worker and tests."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from backend.config import Settings
from backend.profile import Profile, parse_profile
from bot.dispatcher import Dispatcher
from bot.l10n import Localizer
from bot.render import Renderer
from bot.runtime import Runtime
from bot.scripts import ScriptRegistry
from bot.telegram import TelegramChannel
from dialogs.loader import read_yaml
from storage import texts
from storage.crypto import FieldCipher
from storage.db import checkpoint, make_engine, migrate, session_factory
from storage.followups import Rules
from storage.models import Assignment, Publication
from storage.sealed import seal_legacy

log = logging.getLogger(__name__)


def utcnow() -> datetime:
    return datetime.now(UTC)


def profile_globals(profile: dict[str, Any]) -> dict[str, str]:
    """Municipality profile values every text may use ($municipality, $service_point, $sp_phone…)."""
    sp = profile.get("service_point", {})
    return {
        "municipality": profile.get("name", ""),
        "service_point": sp.get("name", ""),
        "sp_address": sp.get("address", ""),
        "sp_phone": sp.get("phone", ""),
        "sp_email": sp.get("email", ""),
        "sp_hours": sp.get("hours", ""),
        "crisis_phone": profile.get("crisis", {}).get("phone", ""),
        "course_contact": profile.get("contacts", {}).get("language_courses", ""),
        "counselling_contact": profile.get("contacts", {}).get("counselling", ""),
    }


@dataclass
class Container:
    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    cipher: FieldCipher
    scripts: ScriptRegistry
    l10n: Localizer
    renderer: Renderer
    runtime: Runtime
    dispatcher: Dispatcher
    profile: dict[str, Any]
    telegram: TelegramChannel | None = None
    extras: dict[str, Any] = field(default_factory=dict)
    municipality: Profile | None = None  # the validated profile (organisations, routing, rules)
    _seen_publication: int | None = None

    @classmethod
    def build(cls, settings: Settings, schema: str | None = None, clock: Any = utcnow,
              strict_l10n: bool = False) -> Container:
        settings.check()
        engine = make_engine(settings.database_url, schema=schema, pool_size=settings.database_pool_size)
        cipher = FieldCipher(settings.encryption_keys, settings.pseudonym_key or settings.secret_key)
        sessions = session_factory(engine, cipher)
        profile = read_yaml(settings.municipality_profile.read_text(encoding="utf-8"))
        municipality = parse_profile(profile, settings.municipality_profile.name)  # a broken profile stops here
        l10n = Localizer.load(strict=strict_l10n, globals=profile_globals(profile), tz=settings.municipality_tz)
        renderer = Renderer(l10n)
        scripts = ScriptRegistry(organisations=municipality.partners())
        rules = Rules.from_profile(profile)
        runtime = Runtime(sessions, cipher, scripts, renderer, clock=clock, tz=settings.municipality_tz, rules=rules)
        runtime.after_erasure = lambda: checkpoint(engine)
        dispatcher = Dispatcher(sessions, cipher, clock)
        dispatcher.composer = runtime.composer
        runtime.composer.profile = runtime.appointments.profile = municipality
        dispatcher.bot_limit = settings.telegram_bot_limit
        dispatcher.batch = settings.outbox_batch
        container = cls(settings, engine, sessions, cipher, scripts, l10n, renderer, runtime, dispatcher, profile,
                        municipality=municipality)
        if settings.telegram_bot_token:
            container.telegram = TelegramChannel(
                settings.telegram_bot_token, runtime, dispatcher, l10n,
                api_base=settings.telegram_api_base, webhook_secret=settings.telegram_webhook_secret,
                concurrency=settings.telegram_concurrency,
            )
        return container

    async def start(self) -> None:
        """Migrate the schema, store what this release ships (scripts, texts) and load what is live."""
        await migrate(self.engine)
        now = self.runtime.clock()
        async with self.sessions() as session, session.begin():
            await seal_legacy(session)  # staff texts an older release stored in plain text
            if self.municipality is not None:  # hand-overs of an older release: their organisation's kind
                for org in self.municipality.organisations:
                    await session.execute(update(Assignment).where(
                        Assignment.organisation == org.id, Assignment.organisation_kind.is_(None))
                        .values(organisation_kind=org.kind))
            await self.scripts.sync(session, now)
            if await texts.differs_from_files(session):  # coordinators' texts are live
                self.l10n.use(await texts.live_sources(session))
            self._seen_publication = await session.scalar(select(func.max(Publication.id)))

    async def refresh_published(self, force: bool = False) -> bool:
        """Pick up a publication (script version or texts) made here or by another process."""
        async with self.sessions() as session:
            newest = await session.scalar(select(func.max(Publication.id)))
            if newest == self._seen_publication and not force:
                return False
            await self.scripts.refresh(session)
            self.l10n.use(await texts.live_sources(session))
            self._seen_publication = newest
        return True

    async def preview_l10n(self) -> Localizer:
        """The texts with every draft applied: what the next publication would show (simulator)."""
        async with self.sessions() as session:
            return self.l10n.like(await texts.live_sources(session, drafts=True))

    async def close(self) -> None:
        if self.telegram is not None:
            await self.telegram.close()
        await self.engine.dispose()
