"""The conversation runtime: one inbound event in, state and messages out, exactly once.

For every update it: drops a duplicate update id; serialises per contact (an in-process lock plus a row
lock on PostgreSQL); loads the contact, the conversation and its pinned script version; runs the pure
engine; executes the actions in the same transaction (consent records, the intake, forgetting a person,
outgoing messages into the outbox); commits. Channels deliver the outbox rows after the commit.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
import weakref
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import mydata
from bot.booking import Appointments, Said
from bot.followups import Composer
from bot.keywords import Keywords
from bot.render import OutButton, Renderer
from bot.scripts import ScriptRegistry
from dialogs.answers import flags_of
from dialogs.engine import step
from dialogs.loader import ScriptVersion
from dialogs.model import (
    Book,
    EditButtons,
    Event,
    ExportData,
    Forget,
    ManageAppointment,
    Msg,
    OfferSlots,
    OptOut,
    RecordCheckin,
    RecordConsent,
    RequestAppointment,
    Say,
    SetLanguage,
    ShowAppointments,
    Start,
    State,
    SubmitIntake,
)
from dialogs.schema import TextNode
from storage import campaigns, clearing, outbox, sharing
from storage import contacts as contacts_repo
from storage.conversation_store import ConnectionLost, OrmStore, store_for
from storage.crypto import FieldCipher
from storage.followups import Rules, plan_after_intake
from storage.models import ConsentRecord, Contact, Conversation, Intake

log = logging.getLogger(__name__)
PAYLOAD = re.compile(r"[A-Za-z0-9_-]{1,64}")
LAST_SEEN_PRECISION = timedelta(hours=1)


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Inbound:
    channel: str  # "telegram" | "web"
    user_id: str  # the channel's chat id; hashed and encrypted before it touches the database
    event: Event
    update_key: str | None = None  # the channel's update id, for dropping duplicates


@dataclass
class Outcome:
    duplicate: bool = False
    contact_id: int | None = None
    outbox_ids: list[int] = field(default_factory=list)
    edits: list[tuple[str, list[list[OutButton]]]] = field(default_factory=list)  # (node, new buttons)
    forgotten: bool = False
    lang: str | None = None  # the person's language after this update (the web chat labels its controls)
    consented: bool = False  # consent to data processing was given with this update


class Runtime:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        cipher: FieldCipher,
        scripts: ScriptRegistry,
        renderer: Renderer,
        script_id: str = "intake",
        clock: Callable[[], datetime] = utcnow,
        tz: str = "Europe/Berlin",
        rules: Rules | None = None,
    ):
        self.sessions, self.cipher, self.scripts, self.renderer = sessions, cipher, scripts, renderer
        self.script_id, self.clock, self.tz = script_id, clock, ZoneInfo(tz)
        self.rules = rules or Rules()
        self.appointments = Appointments(renderer.l10n, self.rules, self.tz)
        self.composer = Composer(renderer, self.appointments,
                                 lambda: self.scripts.published[self.script_id].script.languages)
        self.keywords = Keywords(renderer.l10n)
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()
        # after a person is erased: what the database file still holds of them goes too (SQLite: checkpoint
        # the WAL at once, not at the next hourly housekeeping); set by the container
        self.after_erasure: Callable[[], Awaitable[None]] | None = None
        self._background: set[asyncio.Task[None]] = set()

    def _lock(self, key: str) -> asyncio.Lock:
        lock = self._locks.get(key)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[key] = lock
        return lock

    async def handle(self, inbound: Inbound) -> Outcome:
        user_hash = self.cipher.lookup_hash(inbound.channel, inbound.user_id)
        async with self._lock(user_hash):
            for attempt in range(3):
                try:
                    outcome = await self._handle(inbound, user_hash)
                    if outcome.forgotten and self.after_erasure is not None:
                        task = asyncio.create_task(self.after_erasure())  # not on the person's reply
                        self._background.add(task)
                        task.add_done_callback(self._background.discard)
                    return outcome
                except _Duplicate:
                    return Outcome(duplicate=True)
                except IntegrityError:
                    # Another process created the same contact at the same moment: try again.
                    if attempt == 2:
                        raise
                except (ConnectionLost, DBAPIError) as exc:
                    # The database dropped the connection (a restart): it has been discarded and nothing
                    # was written, so the update is simply run again on a fresh one.
                    if attempt == 2 or not (isinstance(exc, ConnectionLost) or exc.connection_invalidated):
                        raise
                    log.warning("database connection lost; the update is run again")
            raise AssertionError("unreachable")

    async def _handle(self, inbound: Inbound, user_hash: str) -> Outcome:
        now = self.clock()
        async with self.sessions() as session, session.begin():
            store = store_for(session)
            fresh, contact, conv = await store.begin(session, inbound.channel, user_hash, inbound.update_key, now)
            if not fresh:
                raise _Duplicate()
            if contact is None:
                contact = Contact(channel=inbound.channel, user_hash=user_hash,
                                  address_enc=self.cipher.encrypt(inbound.user_id), created_at=now, last_seen_at=now)
                session.add(contact)
                await session.flush()
            # written only when it changes noticeably: an UPDATE per message would cost a round trip each
            if contact.last_seen_at is None or now - contact.last_seen_at > LAST_SEEN_PRECISION:
                contact.last_seen_at = now
            if contact.unreachable:
                contact.unreachable = False  # they wrote to us: whatever blocked delivery before is over
            # only a well-formed token is kept (Telegram allows [A-Za-z0-9_-]{1,64}); anything else typed
            # after /start is ignored, never stored
            if isinstance(inbound.event, Start) and PAYLOAD.fullmatch(inbound.event.payload or ""):
                contact.start_payload = inbound.event.payload
                await campaigns.scanned(session, contact.start_payload, contact.id, now)  # a letter's code?
            if isinstance(inbound.event, Start) and contact.opted_out:
                contact.opted_out = False  # /start after /stop: they want to hear from us again
            expired = conv is not None and conv.status == "expired"
            unchanged: dict[str, Any] = {}  # answers as read: those not changed keep their ciphertext
            if conv is None or conv.status in ("declined", "expired", "anonymised"):
                sv = self.scripts.published[self.script_id]
                conv = Conversation(contact_id=contact.id, script_id=sv.id, script_version=sv.version,
                                    status="active", state={}, started_at=now, updated_at=now)
                session.add(conv)
                await session.flush()
                state = State()
            else:
                sv = await self.scripts.get(session, conv.script_id, conv.script_version)
                state = contacts_repo.unseal_state(self.cipher, conv.state, unchanged)
            # the engine sees local time: "today" and "in the future" are the municipality's, not UTC's
            event = replace(inbound.event, at=inbound.event.at.astimezone(self.tz))
            if not isinstance(sv.script.by_id.get(state.node or ""), TextNode):
                event = self.keywords.apply(event)  # at a free-text question "stop" may be the answer
            new_state, actions = step(sv.script, state, event)
            result, messages = Outcome(contact_id=contact.id), []
            if expired:  # they come back after their unfinished answers were deleted: say so, start again
                messages += self.renderer.say(Say((Msg("conversation-expired"),)), contact.language,
                                              sv.script.languages)
            for _ in range(3):  # a booking reports back to the engine (booked, taken…)
                follow = await self._execute(session, contact, conv, sv, new_state, actions, now, result, messages)
                if follow is None:
                    break
                new_state, actions = step(sv.script, new_state, replace(follow, at=event.at))
            return await self._finish(session, store, contact, conv, sv, new_state, now, result, messages,
                                      unchanged)

    async def _execute(self, session: AsyncSession, contact: Contact, conv: Conversation, sv: ScriptVersion,
                       state: State, actions: list[Any], now: datetime, result: Outcome,
                       messages: list[Any]) -> Any:
        """Carry out the engine's actions; returns the event a booking reports back, if any."""
        languages = sv.script.languages
        lang = state.lang or contact.language or languages[0]
        follow = None

        def said(out: Said) -> Any:
            for say in out.says:
                messages.extend(self.renderer.say(say, lang, languages))
            if out.document is not None and out.says:
                messages[-1].document = out.document
            return out.result

        for action in actions:
            if isinstance(action, Say):
                messages += self.renderer.say(action, state.lang, languages)
            elif isinstance(action, EditButtons):
                result.edits.append((action.node, self.renderer.edit(action, state.lang, languages)))
            elif isinstance(action, SetLanguage):
                contact.language = lang = action.lang
            elif isinstance(action, RecordConsent):
                # the exact text shown, in the person's language, is what they agreed (or not) to
                shown = self.renderer.l10n.render(Msg(action.text_id), state.lang or languages[0])
                session.add(ConsentRecord(
                    contact_id=contact.id, conversation_id=conv.id, kind=action.kind, granted=action.granted,
                    signatory=action.signatory,
                    text_id=action.text_id, text_version=hashlib.sha256(shown.encode()).hexdigest(),
                    language=state.lang or languages[0], script_version=sv.version, recorded_at=now,
                ))
                if action.kind == "data_processing" and action.granted:
                    result.consented = True
                    await campaigns.progressed(session, contact.start_payload, "consented", now)
                elif sharing.is_release(action.kind) and not action.granted:
                    # a release taken back: that organisation's hand-overs and bookings end now
                    await clearing.release_withdrawn(session, contact.id, now)
                    said(await self.appointments.release_withdrawn(session, contact, now))
            elif isinstance(action, SubmitIntake):
                intake = Intake(
                    contact_id=contact.id, conversation_id=conv.id, script_id=sv.id,
                    script_version=sv.version, language=state.lang or languages[0], channel=contact.channel,
                    answers=self.cipher.seal_answers(state.answers, sv.script.sensitive_ids),
                    status="new", submitted_at=now, urgent="urgent" in flags_of(sv.script, state.answers),
                )
                session.add(intake)
                await session.flush()
                await plan_after_intake(session, intake, contact, self.rules, now)
                await campaigns.progressed(session, contact.start_payload, "completed", now)
            elif isinstance(action, OfferSlots):
                follow = said(await self.appointments.offer(session, action, contact, now)) or follow
            elif isinstance(action, Book):
                follow = said(await self.appointments.book(session, action, contact, lang, now)) or follow
            elif isinstance(action, RequestAppointment):
                await self.appointments.request(session, action, contact, now)
            elif isinstance(action, ManageAppointment):
                said(await self.appointments.manage(session, action, contact, now))
            elif isinstance(action, ShowAppointments):
                said(await self.appointments.show(session, contact, now))
            elif isinstance(action, RecordCheckin):
                await self.appointments.checkin(session, contact, action.purpose, action.answer, now)
            elif isinstance(action, Forget):
                result.forgotten = True
            elif isinstance(action, OptOut):
                contact.opted_out = True
            elif isinstance(action, ExportData):
                profile = self.composer.profile
                names = {o.id: o.name for o in profile.organisations} if profile else {}
                own = [o.id for o in profile.of_kind("service_point")] if profile else []
                say, document = await mydata.export(session, contact, state, sv, self.cipher, names, own)
                rendered = self.renderer.say(say, state.lang, languages)
                rendered[-1].document = document
                messages += rendered
        return follow

    async def _finish(self, session: AsyncSession, store: OrmStore, contact: Contact, conv: Conversation,
                      sv: ScriptVersion, state: State, now: datetime, result: Outcome,
                      messages: list[Any], unchanged: dict[str, Any]) -> Outcome:
        address = contact.address_enc
        result.lang = None if result.forgotten else (state.lang or contact.language)
        values: dict[str, Any] = {}
        if result.forgotten:
            await contacts_repo.forget_contact(session, contact.id)
            result.contact_id = None
        else:
            values = {
                "state": contacts_repo.seal_state(self.cipher, state, sv.script.sensitive_ids, unchanged),
                "status": state.status if state.status != "new" else "active",
                "current_node": state.node, "language": state.lang, "updated_at": now,
            }
        result.outbox_ids = await store.save(session, None if result.forgotten else conv, values, [
            outbox.reply(contact_id=result.contact_id, channel=contact.channel, address_enc=address,
                         payload_enc=self.cipher.seal(m.to_json())["$sealed"], now=now)
            for m in messages
        ])
        return result


    async def contact_of(self, channel: str, user_id: str) -> int | None:
        async with self.sessions() as session:
            contact = await contacts_repo.find_contact(session, channel, self.cipher.lookup_hash(channel, user_id))
            return contact.id if contact else None

    async def rekey(self, channel: str, contact_id: int, user_id: str) -> None:
        """Let the contact answer to a new channel id (the web chat rotates its token at consent and drops it
        when the chat is ended on a device): whoever holds the old one reaches nothing."""
        async with self.sessions() as session, session.begin():
            await contacts_repo.rekey(session, contact_id, self.cipher.lookup_hash(channel, user_id),
                                      self.cipher.encrypt(user_id))


class _Duplicate(Exception):
    pass
