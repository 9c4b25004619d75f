"""Composes a scheduled outbox row when it is due: checks that its purpose still holds, then writes the
text in the person's language of that day.

A reminder for a moved, cancelled or past appointment, a nudge for a conversation that went on (or
expired), an appointment offer to someone who has booked meanwhile: none of them is sent. Nobody who said
/stop or blocked the bot gets anything.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.booking import Appointments, book_button, card_buttons, details
from bot.render import OutMessage, Renderer
from dialogs.model import Button, Literal_, Msg, Say
from storage import appointments as repo
from storage.models import Appointment, Assignment, Contact, Conversation, Intake, OutboxMessage

if TYPE_CHECKING:  # the profile's model lives with the backend that loads it
    from backend.profile import Organisation, Profile

CHECKIN_BUTTONS = {
    "waitlist": (("still", "button-waitlist-still"), ("no_longer", "button-waitlist-no-longer")),
    "evaluation": (("good", "button-eval-good"), ("partly", "button-eval-partly"), ("not", "button-eval-not")),
    "handover": (("yes", "button-checkin-yes"), ("no", "button-checkin-no"), ("skip", "button-skip")),
    "review": (("good", "button-checkin-good"), ("talk", "button-checkin-talk"), ("skip", "button-skip")),
}


class Composer:
    def __init__(self, renderer: Renderer, appointments: Appointments, languages: Callable[[], list[str]]):
        self.renderer, self.appointments, self._languages = renderer, appointments, languages
        self.profile: Profile | None = None  # organisations' names and contacts for decision notices

    def _organisation(self, org_id: str | None) -> Organisation | None:
        if self.profile is None or org_id is None:
            return None
        return next((o for o in self.profile.organisations if o.id == org_id), None)

    @property
    def languages(self) -> list[str]:
        return self._languages()

    async def compose(self, session: AsyncSession, row: OutboxMessage, now: datetime) -> tuple[str, OutMessage] | None:
        """(encrypted address, message), or None: the purpose is gone, do not send."""
        contact = await session.get(Contact, row.contact_id) if row.contact_id else None
        if contact is None or contact.opted_out or contact.unreachable:
            return None
        lang = contact.language or self.languages[0]
        say, document = await self._say(session, row, contact, lang, now)
        if say is None:
            return None
        messages = self.renderer.say(say, lang, self.languages)
        if len(messages) != 1:  # scheduled texts are short; never send half of one
            return None
        messages[0].document = document
        return contact.address_enc, messages[0]

    async def _say(self, session: AsyncSession, row: OutboxMessage, contact: Contact, lang: str,
                   now: datetime) -> tuple[Say | None, dict[str, str] | None]:
        purpose = row.purpose
        if purpose in ("reminder", "moved", "proposed", "cancelled", "no_show"):
            appt = await session.get(Appointment, row.ref_id) if row.ref_id else None
            if appt is None or appt.contact_id != contact.id:
                return None, None
            if purpose == "reminder":
                # the appointment still stands, at the time this reminder was planned for, and lies ahead
                if not repo.is_upcoming(appt, now) or appt.starts_at != row.ref_at:
                    return None, None
                return Say((Msg("reminder-appointment"), details(appt)), card_buttons(appt.id, confirm=True)), None
            if purpose in ("moved", "proposed"):
                if not repo.is_upcoming(appt, now) or appt.starts_at != row.ref_at:
                    return None, None
                text = "notice-moved" if purpose == "moved" else "notice-proposed"
                return (Say((Msg(text), details(appt), Msg("appointment-ics-hint")),
                            card_buttons(appt.id, confirm=purpose == "proposed")),
                        self.appointments.ics(appt, lang, now))
            if purpose == "cancelled":
                if appt.status != "cancelled":
                    return None, None
                return Say((Msg("notice-cancelled"), details(appt)), book_button(appt.id)), None
            if appt.status != "no_show" or await repo.open_for_contact(session, contact.id, now):
                return None, None
            return Say((Msg("notice-no-show"),), book_button(appt.id)), None
        if purpose == "nudge":
            conv = await session.get(Conversation, row.ref_id) if row.ref_id else None
            if conv is None or conv.status != "active" or conv.updated_at != row.ref_at:
                return None, None
            return Say((Msg("nudge-continue"),), ((Button("n:continue", Msg("button-continue")),),)), None
        if purpose in ("offer", "review"):
            intake = await session.get(Intake, row.ref_id) if row.ref_id else None
            if intake is None or intake.status == "erased" or intake.contact_id != contact.id:
                return None, None
            if purpose == "offer":  # not to someone referred elsewhere, waitlisted or declined meanwhile
                if intake.status not in ("new", "admitted") or await repo.any_for_contact(session, contact.id):
                    return None, None
                return Say((Msg("followup-offer"),), book_button()), None
            return Say((Msg("followup-review"),), _checkin_buttons("review")), None
        if purpose in ("admitted", "referred"):
            assignment = await session.get(Assignment, row.ref_id) if row.ref_id else None
            org = self._organisation(assignment.organisation if assignment else None)
            if assignment is None or org is None or assignment.state not in ("proposed", "accepted"):
                return None, None
            contact = ", ".join(x for x in (org.phone, org.address) if x)
            return Say((Msg(f"decision-{purpose}", {"organisation": Literal_(org.name),
                                                     "contact": Literal_(contact)}),)), None
        if purpose and purpose.startswith("tpl:"):  # a caseworker's message from a template
            intake = await session.get(Intake, row.ref_id) if row.ref_id else None
            if intake is None or intake.status != "admitted" or intake.contact_id != contact.id:
                return None, None
            assignment = await session.scalar(
                select(Assignment).where(Assignment.intake_id == intake.id, Assignment.kind == "assignment")
                .order_by(Assignment.id.desc()).limit(1))
            org = self._organisation(assignment.organisation if assignment else None)
            phone = org.phone if org and org.phone else self.renderer.l10n.globals.get("sp_phone", "")
            return Say((Msg("template-" + purpose[4:], {"phone": Literal_(phone)}),)), None
        if purpose == "evaluation":  # voluntary feedback at closure
            intake = await session.get(Intake, row.ref_id) if row.ref_id else None
            if intake is None or intake.status != "closed" or intake.contact_id != contact.id:
                return None, None
            return Say((Msg("followup-evaluation"),), _checkin_buttons("evaluation")), None
        if purpose in ("waitlisted", "waitlist_recontact", "declined"):
            intake = await session.get(Intake, row.ref_id) if row.ref_id else None
            wanted = "declined" if purpose == "declined" else "waitlisted"
            if intake is None or intake.status != wanted or intake.contact_id != contact.id:
                return None, None
            if purpose == "waitlist_recontact":
                return Say((Msg("decision-waitlist-recontact"),), _checkin_buttons("waitlist")), None
            return Say((Msg(f"decision-{purpose}"),)), None
        if purpose == "handover_case":  # three weeks after a case went to an organisation: did it work?
            assignment = await session.get(Assignment, row.ref_id) if row.ref_id else None
            if assignment is None or assignment.state not in ("proposed", "accepted"):
                return None, None
            return Say((Msg("followup-handover"),), _checkin_buttons("handover")), None
        if purpose == "handover":
            return Say((Msg("followup-handover"),), _checkin_buttons("handover")), None
        return None, None


def _checkin_buttons(purpose: str) -> tuple[tuple[Button, ...], ...]:
    return tuple((Button(f"k:{purpose}:{answer}", Msg(label)),) for answer, label in CHECKIN_BUTTONS[purpose])
