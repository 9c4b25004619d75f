"""The coordinators' dialog simulator: any stored script version, in any of its languages, through the real
runtime – but on a throw-away SQLite database of its own (a temporary directory per app process, migrated at
first use, deleted on shutdown). Nothing a simulation does can create a real intake, contact, appointment or
outgoing message: the simulated bot never sees the real database, and no dispatcher delivers its outbox.

A simulated chat is a random token (like the web chat's cookie), held in memory with what was said, and
dropped after two hours without input (its rows in the simulator database go with it).
"""

from __future__ import annotations

import asyncio
import secrets
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.pool import NullPool

from backend.container import Container
from backend.intake_view import AnswerRow, answer_rows
from bot import webchat
from bot.dispatcher import take_for_web
from bot.l10n import Localizer
from bot.render import OutButton, OutMessage, Renderer
from bot.runtime import Inbound, Runtime
from bot.scripts import ScriptRegistry
from dialogs.model import State
from dialogs.schema import LanguageNode
from storage import contacts as contacts_repo
from storage.db import make_engine, migrate, session_factory
from storage.models import (
    Availability,
    AvailabilityException,
    Contact,
    Intake,
    OutboxMessage,
    ProcessedUpdate,
    StaffUser,
)

MAX_IDLE = timedelta(hours=2)
NOT_STORED = "Simulation – nicht gespeichert"
CHANNEL = webchat.CHANNEL  # the simulated bot talks exactly as in the web chat


@dataclass
class Line:
    """One bubble of a simulated chat: what the bot said (with its buttons) or what the coordinator did."""

    who: Literal["bot", "user"]
    html: str  # bot: the renderer's Telegram-HTML (every text escaped); user: plain text
    buttons: list[list[OutButton]] = field(default_factory=list)
    node: str | None = None
    lang: str | None = None
    dir: str = "auto"
    document: str | None = None  # the name of a file the bot would send (/mydata)


@dataclass
class SimChat:
    token: str
    staff_id: int
    script_id: str
    version: str
    lang: str
    started_at: datetime
    used_at: datetime
    lines: list[Line] = field(default_factory=list)
    drafts: bool = False  # speak with the coordinators' unpublished text drafts
    forgotten: bool = False  # the bot deleted everything about the person (declined consent, /delete)


@dataclass
class AnswerLine:
    """One answer as the conversation state keeps it: question id, option code(s) or value, what was typed."""

    question_id: str
    code: str
    typed: str | None
    skipped: bool


@dataclass
class WouldBeIntake:
    """The intake SubmitIntake wrote into the simulator database – what staff would get, but never did."""

    language: str
    urgent: bool
    rows: list[AnswerRow]
    label: str = NOT_STORED


@dataclass
class Inspection:
    node: str | None
    status: str  # new (nothing said yet) | active | completed | declined | expired | forgotten
    lang: str | None
    consented: bool
    flags: list[str]
    answers: list[AnswerLine]
    intake: WouldBeIntake | None


class Simulator:
    def __init__(self, container: Container):
        self.c = container
        self.chats: dict[str, SimChat] = {}
        self._dir: tempfile.TemporaryDirectory[str] | None = None
        self._engine: AsyncEngine | None = None
        self._sessions: async_sessionmaker[AsyncSession] | None = None
        self._ready = asyncio.Lock()
        self._runtimes: dict[tuple[str, str, bool], tuple[Localizer, Runtime]] = {}

    @classmethod
    def of(cls, container: Container) -> Simulator:
        """The one simulator of this container (app process)."""
        sim = container.extras.get("simulator")
        if sim is None:
            sim = container.extras["simulator"] = cls(container)
        return sim

    async def localizer(self, drafts: bool = False) -> Localizer:
        """The texts the simulated bot speaks: the live ones (changed in place when texts are published), or
        with every unpublished draft applied (read afresh each time). A runtime is reused while this returns
        the same object; a new object gets a new runtime."""
        return await self.c.preview_l10n() if drafts else self.c.l10n

    @property
    def database(self) -> Path | None:
        """The simulator's SQLite file (None before the first simulation)."""
        return Path(self._dir.name) / "simulator.db" if self._dir is not None else None

    def clock(self) -> datetime:
        return self.c.runtime.clock()

    async def _db(self) -> async_sessionmaker[AsyncSession]:
        async with self._ready:
            if self._sessions is None:
                self._dir = tempfile.TemporaryDirectory(prefix="ankommen-simulator-")
                # NullPool: no connection (and no aiosqlite thread) outlives a request
                engine = make_engine(f"sqlite+aiosqlite:///{self.database}", poolclass=NullPool)
                await migrate(engine)
                self._engine, self._sessions = engine, session_factory(engine, self.c.cipher)
            return self._sessions

    async def close(self) -> None:
        """Forget every simulated chat and delete the simulator database."""
        self.chats.clear()
        self._runtimes.clear()
        if self._engine is not None:
            await self._engine.dispose()
        if self._dir is not None:
            self._dir.cleanup()
        self._engine = self._sessions = self._dir = None

    async def runtime_for(self, script_id: str, version: str, drafts: bool = False) -> Runtime:
        """The real runtime on the simulator database, with exactly this stored version as "published"."""
        l10n = await self.localizer(drafts)
        cached = self._runtimes.get((script_id, version, drafts))
        if cached is not None and cached[0] is l10n:
            return cached[1]
        async with self.c.sessions() as session:
            sv = await self.c.scripts.get(session, script_id, version)  # LookupError: not stored
        real = self.c.runtime
        runtime = Runtime(await self._db(), self.c.cipher, ScriptRegistry({script_id: sv}), Renderer(l10n),
                          script_id=script_id, clock=real.clock, tz=self.c.settings.municipality_tz,
                          rules=real.rules)
        runtime.composer.profile = runtime.appointments.profile = self.c.municipality
        self._runtimes[(script_id, version, drafts)] = (l10n, runtime)
        return runtime

    # ------------------------------------------------------------------------------ chats ------------

    async def copy_office_hours(self) -> None:
        """The real office hours and days off (who, when, where, which languages – nothing of any newcomer,
        not the reasons for days off) into the simulator database, so the appointment question offers the
        slots the real bot would; what is booked stays in the simulator (real bookings are not copied, so
        a slot taken in reality may still be offered here)."""
        async with self.c.sessions() as real:
            staff = list(await real.scalars(select(StaffUser).where(StaffUser.active.is_(True))))
            hours = list(await real.scalars(select(Availability).where(Availability.active.is_(True))))
            days_off = list(await real.scalars(select(AvailabilityException)))
            staff_rows = [{"id": u.id, "username": u.username, "display_name": u.display_name, "role": u.role,
                           "password_hash": "!", "active": True, "created_at": u.created_at} for u in staff]
            hour_rows = [{col.key: getattr(h, col.key) for col in Availability.__table__.columns} for h in hours]
            off_rows = [{"id": d.id, "staff_user_id": d.staff_user_id, "starts_on": d.starts_on,
                         "ends_on": d.ends_on, "reason": "", "created_at": d.created_at} for d in days_off]
        async with (await self._db())() as session, session.begin():
            await session.execute(delete(Availability))
            await session.execute(delete(AvailabilityException))
            await session.execute(delete(StaffUser).where(StaffUser.id.not_in([r["id"] for r in staff_rows])))
            for row in staff_rows:
                await session.merge(StaffUser(**row))
            await session.flush()
            session.add_all([Availability(**row) for row in hour_rows])
            session.add_all([AvailabilityException(**row) for row in off_rows])

    async def start(self, staff_id: int, script_id: str, version: str, lang: str, drafts: bool = False) -> SimChat:
        """A new simulated chat: Start, then the language button, so it begins in that language."""
        await self.drop_idle()
        runtime = await self.runtime_for(script_id, version, drafts)
        await self.copy_office_hours()
        script = runtime.scripts.published[script_id].script
        if lang not in script.languages:
            raise ValueError(f"version {version} of {script_id} has no language {lang}")
        language_node = next(n for n in script.nodes if isinstance(n, LanguageNode))
        now = self.clock()
        chat = SimChat(secrets.token_urlsafe(24), staff_id, script_id, version, lang, now, now, drafts=drafts)
        self.chats[chat.token] = chat
        await self._feed(chat, runtime, webchat.ChatIn(client_id=secrets.token_hex(8), kind="start"))
        await self._feed(chat, runtime, webchat.ChatIn(client_id=secrets.token_hex(8), kind="press",
                                                       data=f"a:{language_node.id}:{lang}"))
        return chat

    async def get(self, token: str, staff_id: int) -> SimChat | None:
        """The chat, if it exists, is still fresh and was started by this staff member."""
        await self.drop_idle()
        chat = self.chats.get(token)
        return chat if chat is not None and chat.staff_id == staff_id else None

    async def send(self, token: str, kind: str, text: str | None = None, data: str | None = None,
                   client_id: str | None = None) -> list[OutMessage]:
        """Feed one event as the web chat would (kind: text, press, command, start); the messages the bot
        answered (none for a double submit). Raises KeyError for an unknown chat and pydantic's
        ValidationError for malformed input."""
        chat = self.chats[token]
        body = webchat.ChatIn.model_validate({"client_id": client_id or secrets.token_hex(8), "kind": kind,
                                              "text": text, "data": data})
        return await self._feed(chat, await self.runtime_for(chat.script_id, chat.version, chat.drafts), body)

    async def restart(self, token: str) -> SimChat:
        """The same version and language from the beginning, as a new chat; the old one is dropped."""
        old = self.chats[token]
        await self._forget([token])
        return await self.start(old.staff_id, old.script_id, old.version, old.lang, old.drafts)

    async def _feed(self, chat: SimChat, runtime: Runtime, body: webchat.ChatIn) -> list[OutMessage]:
        now = runtime.clock()
        outcome = await runtime.handle(Inbound(CHANNEL, chat.token, webchat.to_event(body, now),
                                               f"sim:{body.client_id}"))
        messages = await take_for_web(runtime.sessions, runtime.cipher, outcome.outbox_ids, outcome.contact_id,
                                      runtime.clock(), runtime.composer)
        chat.used_at = now
        if outcome.duplicate:
            return messages
        chat.forgotten = outcome.forgotten
        chat.lines.append(Line("user", self._shown(chat, body)))
        for node, rows in outcome.edits:  # a tapped option of a multiple choice: the buttons change
            target = next((line for line in reversed(chat.lines) if line.node == node and line.buttons), None)
            if target is not None:
                target.buttons = rows
        chat.lines += [Line("bot", m.html, m.buttons, m.node, m.lang, m.dir,
                            m.document.get("filename") if m.document else None) for m in messages]
        return messages

    @staticmethod
    def _shown(chat: SimChat, body: webchat.ChatIn) -> str:
        """What the person did, as the chat shows it: the text typed or the label of the button tapped."""
        if body.kind == "start":
            return "/start"
        if body.kind == "press":
            for line in reversed(chat.lines):
                for b in (b for row in line.buttons for b in row):
                    if b.data == body.data:
                        return b.label
            return body.data or ""
        return body.text or ""

    async def inspect(self, token: str) -> Inspection:
        """Where the simulated conversation stands, its answers, and the intake it would have created."""
        chat = self.chats[token]
        runtime = await self.runtime_for(chat.script_id, chat.version, chat.drafts)
        sv = runtime.scripts.published[chat.script_id]
        user_hash = self.c.cipher.lookup_hash(CHANNEL, token)
        async with runtime.sessions() as session:
            contact = await contacts_repo.find_contact(session, CHANNEL, user_hash)
            conv = await contacts_repo.current_conversation(session, contact.id) if contact else None
            intake = await session.scalar(select(Intake).where(Intake.contact_id == contact.id)
                                          .order_by(Intake.id.desc()).limit(1)) if contact else None
        state = contacts_repo.unseal_state(self.c.cipher, conv.state) if conv is not None else State()
        would_be = None
        if intake is not None:
            would_be = WouldBeIntake(intake.language, intake.urgent,
                                     answer_rows(intake, sv, self.c.cipher, runtime.renderer.l10n))
        status = conv.status if conv else "forgotten" if chat.forgotten else "new"
        return Inspection(node=conv.current_node if conv else None, status=status,
                          lang=conv.language if conv else None, consented=state.consented, flags=state.flags,
                          answers=answer_lines(state.answers), intake=would_be)

    # ------------------------------------------------------------------------------ clean-up ---------

    async def drop_idle(self) -> None:
        """Drop chats without input for two hours, and what they left in the simulator database."""
        cutoff = self.clock() - MAX_IDLE
        idle = [t for t, chat in self.chats.items() if chat.used_at < cutoff]
        if idle:
            await self._forget(idle, cutoff)

    async def _forget(self, tokens: list[str], cutoff: datetime | None = None) -> None:
        for token in tokens:
            self.chats.pop(token, None)
        if self._sessions is None:
            return
        hashes = [self.c.cipher.lookup_hash(CHANNEL, t) for t in tokens]
        async with self._sessions() as session, session.begin():
            ids = list(await session.scalars(select(Contact.id).where(Contact.channel == CHANNEL,
                                                                      Contact.user_hash.in_(hashes))))
            if ids:
                await session.execute(delete(OutboxMessage).where(OutboxMessage.contact_id.in_(ids)))
                await session.execute(delete(Intake).where(Intake.contact_id.in_(ids)))
                await session.execute(delete(Contact).where(Contact.id.in_(ids)))  # conversations cascade
            if cutoff is not None:
                await session.execute(delete(ProcessedUpdate).where(ProcessedUpdate.processed_at < cutoff))
                await session.execute(delete(OutboxMessage).where(OutboxMessage.contact_id.is_(None),
                                                                  OutboxMessage.created_at < cutoff))


def answer_lines(answers: dict[str, Any]) -> list[AnswerLine]:
    """The state's answers flattened: a repeat (household members) gives "members.2.member_age"."""
    out: list[AnswerLine] = []
    for qid, answer in answers.items():
        if isinstance(answer.get("items"), list):
            for index, item in enumerate(answer["items"], start=1):
                out += [_line(f"{qid}.{index}.{sub}", value) for sub, value in item.items()]
        else:
            out.append(_line(qid, answer))
    return out


def _line(qid: str, answer: dict[str, Any]) -> AnswerLine:
    code = answer.get("code", answer.get("value"))
    if isinstance(code, list):
        code = ", ".join(str(c) for c in code)
    return AnswerLine(qid, "" if code is None else str(code), answer.get("raw"), bool(answer.get("skipped")))
