"""The runtime side of appointments: turns the engine's booking actions into look-ups and bookings in
`storage`, and composes what the person sees (slot buttons, the confirmation with its .ics file, the
appointment card with move / cancel buttons). Used by the runtime (chat) and the follow-up composer
(reminders and notices written by staff actions)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.ics import appointment_ics
from bot.l10n import Localizer
from dialogs.model import (
    Book,
    BookingResult,
    Button,
    Lines,
    Literal_,
    ManageAppointment,
    Msg,
    OfferSlots,
    RequestAppointment,
    Say,
    WhenArg,
)
from storage import appointments as repo
from storage import sharing
from storage.followups import Rules, plan_handover_check, plan_notice, plan_reminders
from storage.models import Appointment, CheckinResponse, Contact, Intake, OutboxMessage, StaffUser
from storage.outbox import cancel_planned
from storage.slots import Slot

if TYPE_CHECKING:  # the profile's model lives with the backend that loads it
    from backend.profile import Profile

Rows = tuple[tuple[Button, ...], ...]
# the scheduled messages that carry a check-in's buttons (bot/followups.py), by the check-in they ask
CHECKIN_SENT_AS = {"handover": ("handover", "handover_case"), "review": ("review",),
                   "waitlist": ("waitlist_recontact",), "evaluation": ("evaluation",)}


def kind_text(kind: str) -> Msg:
    return Msg("appointment-kind-" + kind.replace("_", "-"))


def details(appt: Appointment | Slot, interpreter: bool | None = None) -> Lines:
    """When, what kind, where, and whether an interpreter comes: one per line."""
    assert appt.starts_at is not None
    lines: list[Any] = [Msg("appointment-when", {"when": WhenArg(appt.starts_at.isoformat())}),
                        Msg("appointment-kind-line", {"kind": kind_text(appt.kind)})]
    if appt.place:
        lines.append(Literal_(appt.place))
    needs_interpreter = appt.interpreter if isinstance(appt, Appointment) else interpreter
    if needs_interpreter:
        lines.append(Msg("appointment-with-interpreter"))
    return Lines(tuple(lines))


def card_buttons(appt_id: int, confirm: bool = False) -> Rows:
    rows: list[tuple[Button, ...]] = []
    if confirm:
        rows.append((Button(f"r:{appt_id}:confirm", Msg("button-appointment-confirm")),))
    rows.append((Button(f"r:{appt_id}:move", Msg("button-appointment-move")),
                 Button(f"r:{appt_id}:cancel", Msg("button-appointment-cancel"))))
    return tuple(rows)


def book_button(appt_id: int = 0) -> Rows:
    return ((Button(f"r:{appt_id}:book", Msg("button-appointment-book")),),)


@dataclass
class Said:
    """Messages for the person, in order; `document` goes with the last one (the .ics file)."""

    says: list[Say]
    document: dict[str, str] | None = None
    result: BookingResult | None = None


class Appointments:
    def __init__(self, l10n: Localizer, rules: Rules, tz: ZoneInfo):
        self.l10n, self.rules, self.tz = l10n, rules, tz
        self.profile: Profile | None = None  # who works for which organisation (set by the container)

    async def bookable(self, session: AsyncSession, contact: Contact) -> set[int] | None:
        """The staff whose times this person may be offered: the municipality's service point and every
        organisation the person released their data to (a booking shows the caseworker when, what kind,
        which language – that too is sharing). None: no profile, everyone's."""
        if self.profile is None:
            return None
        released = await self._released(session, contact)
        rows = await session.execute(select(StaffUser.id, StaffUser.username, StaffUser.role)
                                     .where(StaffUser.active.is_(True)))
        return {staff_id for staff_id, username, role in rows.all()
                if (m := self.profile.membership(username, role)) is not None and m.organisation in released}

    async def _released(self, session: AsyncSession, contact: Contact) -> set[str]:
        assert self.profile is not None
        return await sharing.released_organisations(session, contact.id, self.profile.memberships())

    def ics(self, appt: Appointment, lang: str, now: datetime) -> dict[str, str]:
        assert appt.starts_at is not None and appt.ends_at is not None
        place = appt.place or self.l10n.globals.get("sp_address", "")
        text = appointment_ics(
            uid=f"appointment-{appt.id}@ankommen", starts_at=appt.starts_at, ends_at=appt.ends_at,
            summary=self.l10n.message(lang, "ics-summary", {"kind": self.l10n.render(kind_text(appt.kind), lang)}),
            location=place if appt.kind in ("office", "home_visit") else "",
            description=self.l10n.message(lang, "ics-description"), stamp=now,
            sequence=int(appt.updated_at.timestamp()) if appt.updated_at else 0,
        )
        return {"filename": "termin.ics", "content": text}

    async def _intake_id(self, session: AsyncSession, contact: Contact) -> int | None:
        return await session.scalar(select(func.max(Intake.id)).where(Intake.contact_id == contact.id))

    async def _mine(self, session: AsyncSession, contact: Contact, appt_id: int | None) -> Appointment | None:
        """The person's own appointment of a button (its data can be forged: any number, anyone's id)."""
        appt = await session.get(Appointment, appt_id) if appt_id and 0 < appt_id < 2**31 else None
        return appt if appt is not None and appt.contact_id == contact.id else None

    async def offer(self, session: AsyncSession, action: OfferSlots, contact: Contact, now: datetime) -> Said:
        kind = action.kind
        if action.move is not None:
            appt = await self._mine(session, contact, action.move)
            if not repo.is_upcoming(appt, now):
                return Said([Say((Msg("appointment-not-current"),))], result=BookingResult(now, "invalid"))
            assert appt is not None
            kind = kind or appt.kind
        count = self.rules.offer_count
        slots = await repo.offer(session, tz=self.tz, now=now, kind=kind, language=action.language,
                                 horizon_days=self.rules.horizon_days, min_notice=self.rules.min_notice,
                                 count=count * (action.page + 1), staff_ids=await self.bookable(session, contact))
        page = slots[count * action.page:]
        prefix: tuple[Any, ...] = (Msg(action.prefix),) if action.prefix else ()
        if not page and action.page == 0:
            # nothing free that fits: staff propose a time instead of leaving the person without one
            if action.move is None:
                await repo.request(session, contact_id=contact.id, intake_id=await self._intake_id(session, contact),
                                   kind=kind or "office", language=action.language,
                                   interpreter=action.language is not None, now=now)
                return Said([Say((*prefix, Msg("appointment-no-slots")))], result=BookingResult(now, "requested"))
            return Said([Say((*prefix, Msg("appointment-no-slots-move")))], result=BookingResult(now, "invalid"))
        rows: list[tuple[Button, ...]] = [
            (Button(f"b:{action.node}:{slot.key}", Msg("appointment-slot", {
                "when": WhenArg(slot.starts_at.isoformat(), "short"),
                "kind": kind_text(slot.kind)})),)
            for slot in page]
        if page:
            rows.append((Button(f"b:{action.node}:more", Msg("button-appointment-more")),))
        if action.move is None:
            rows.append((Button(f"b:{action.node}:kind", Msg("button-appointment-other-kind")),))
        rows.append((Button(f"b:{action.node}:none", Msg("button-appointment-none-fit")),))
        text = Msg("appointment-pick" if page else "appointment-no-more")
        return Said([Say((*prefix, text), tuple(rows), action.node)])

    async def book(self, session: AsyncSession, action: Book, contact: Contact, lang: str, now: datetime) -> Said:
        slot = await repo.find_slot(session, action.key, tz=self.tz, now=now, language=action.language,
                                    staff_ids=await self.bookable(session, contact))
        if slot is None:
            return Said([], result=BookingResult(now, "taken"))
        if action.move is not None:
            appt = await self._mine(session, contact, action.move)
            if not repo.is_upcoming(appt, now):
                return Said([Say((Msg("appointment-not-current"),))], result=BookingResult(now, "invalid"))
            assert appt is not None
            if appt.starts_at == slot.starts_at and appt.staff_user_id == slot.staff_user_id:
                ok = True  # the same time again: nothing to change
            else:
                ok = await repo.move(session, appt, slot, now)
            if not ok:
                return Said([], result=BookingResult(now, "taken"))
            text = "appointment-moved"
        else:
            booked = await repo.book(session, contact_id=contact.id, intake_id=await self._intake_id(session, contact),
                                     slot=slot, language=action.language, key=f"{contact.id}:{action.key}", now=now)
            if booked is None:
                return Said([], result=BookingResult(now, "taken"))
            appt, text = booked, "appointment-booked"
        await plan_reminders(session, appt, contact, self.rules, self.tz, now)
        return Said([Say((Msg(text), details(appt), Msg("appointment-ics-hint")), card_buttons(appt.id))],
                    document=self.ics(appt, lang, now), result=BookingResult(now, "booked"))

    async def request(self, session: AsyncSession, action: RequestAppointment, contact: Contact,
                      now: datetime) -> None:
        await repo.request(session, contact_id=contact.id, intake_id=await self._intake_id(session, contact),
                           kind=action.kind, language=action.language, interpreter=action.interpreter, now=now)

    async def manage(self, session: AsyncSession, action: ManageAppointment, contact: Contact,
                     now: datetime) -> Said:
        appt = await self._mine(session, contact, action.appointment_id)
        if not repo.is_upcoming(appt, now):
            return Said([Say((Msg("appointment-not-current"),))])
        assert appt is not None
        if action.what == "confirm":
            repo.confirm(appt, now)
            return Said([Say((Msg("appointment-confirmed"), details(appt)))])
        repo.cancel(appt, "person", now)
        await cancel_planned(session, "reminder", appt.id, "appointment cancelled")
        return Said([Say((Msg("appointment-cancelled"),), book_button(appt.id))])

    async def release_withdrawn(self, session: AsyncSession, contact: Contact, now: datetime) -> Said:
        """A release taken back (`/consent`): the person's upcoming bookings with people of an organisation
        they no longer released are cancelled – the caseworker would go on seeing when, what kind and in
        which language – their reminders dropped, and the person told, with a button for a new time."""
        if self.profile is None:
            return Said([])
        released = await self._released(session, contact)
        says = []
        for appt in await repo.upcoming_for_contact(session, contact.id, now):
            staff = await session.get(StaffUser, appt.staff_user_id) if appt.staff_user_id else None
            member = self.profile.membership(staff.username, staff.role) if staff is not None else None
            if staff is None or (member is not None and member.organisation in released):
                continue
            repo.cancel(appt, "person", now)
            await cancel_planned(session, "reminder", appt.id, "release withdrawn")
            says.append(Say((Msg("appointment-cancelled-release"), details(appt)), book_button(appt.id)))
        return Said(says)

    async def show(self, session: AsyncSession, contact: Contact, now: datetime) -> Said:
        says = [Say((Msg("appointment-yours"), details(appt)), card_buttons(appt.id))
                for appt in await repo.upcoming_for_contact(session, contact.id, now)]
        return Said(says)

    async def checkin(self, session: AsyncSession, contact: Contact, purpose: str, answer: str,
                      now: datetime) -> bool:
        """Store the answer to a check-in – only if we asked this person that question (a sent check-in
        message carries the buttons; a button's data can be forged) and they consented to counselling."""
        asked = await session.scalar(select(OutboxMessage.id).where(
            OutboxMessage.contact_id == contact.id, OutboxMessage.state == "sent",
            OutboxMessage.purpose.in_(CHECKIN_SENT_AS.get(purpose, ()))).limit(1))
        if asked is None or not await sharing.consented_to(session, contact.id, "data_processing"):
            return False
        session.add(CheckinResponse(contact_id=contact.id, purpose=purpose, answer=answer, at=now))
        return True

    async def outcome(self, session: AsyncSession, appt: Appointment, contact: Contact | None, outcome: str,
                      now: datetime) -> None:
        """Staff mark attended or no-show: a no-show gets a friendly offer of a new slot, an attended first
        talk the hand-over check three weeks later."""
        repo.record_outcome(appt, outcome, now)
        if contact is None:
            return
        if outcome == "no_show":
            await plan_notice(session, appt, contact, "no_show", now)
        else:
            await plan_handover_check(session, appt, contact, self.rules, now)
