"""What the consent text promises: "after the counselling the data is anonymised, at the latest 9 months
after the last contact". Ended cases are anonymised on their own schedule (`storage.closure.anonymise_due`);
this covers the rest, hourly with the housekeeping:

- a case still open (new, admitted, waitlisted) with no contact for that long – the person wrote nothing,
  staff took no step on it (decision, hand-over, note, plan, goal, follow-up), no appointment that was not
  cancelled, no follow-up planned from then on – is closed as "no contact" and anonymised like a closed case
  (the figures keep counting it); the desk shows such cases for review half a year earlier;
- a person with nothing left to work on (no case, or only anonymised ones) who has not written for that
  long is forgotten entirely, as with `/delete`: the encrypted chat id, the language, consents, the
  conversation, appointments.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.closure import anonymise
from storage.contacts import forget_contact
from storage.crypto import FieldCipher
from storage.models import (
    Appointment,
    Assignment,
    CaseDecision,
    CaseFollowUp,
    CaseNote,
    CasePlan,
    Contact,
    Intake,
    PlanGoal,
)
from storage.staff import audit

RUNNING = ("new", "admitted", "waitlisted")
_STEPS = ((CaseDecision, CaseDecision.at), (Assignment, Assignment.created_at), (Assignment, Assignment.decided_at),
          (CaseNote, CaseNote.at), (CaseFollowUp, CaseFollowUp.created_at), (CaseFollowUp, CaseFollowUp.done_at),
          (CasePlan, CasePlan.updated_at), (PlanGoal, PlanGoal.created_at), (PlanGoal, PlanGoal.done_at))
BATCH = 500


async def expire_inactive(session: AsyncSession, cipher: FieldCipher, now: datetime,
                          after: timedelta) -> dict[str, int]:
    """Anonymise open cases and forget people without any contact for `after`. Returns what it did."""
    cutoff = now - after
    seen = select(Contact.last_seen_at).where(Contact.id == Intake.contact_id).correlate(Intake).scalar_subquery()
    quiet = list(await session.scalars(select(Intake).where(
        Intake.status.in_(RUNNING), Intake.submitted_at < cutoff,
        (Intake.last_activity_at.is_(None)) | (Intake.last_activity_at < cutoff),
        (seen.is_(None)) | (seen < cutoff),
        # every step staff took, read from its own record (not only the steps that mark the case touched)
        *[~select(1).where(model.intake_id == Intake.id, column >= cutoff).correlate(Intake).exists()
          for model, column in _STEPS],
        ~select(1).where(CaseFollowUp.intake_id == Intake.id, CaseFollowUp.done_at.is_(None),
                         CaseFollowUp.due_on >= cutoff.date()).correlate(Intake).exists(),  # one planned
        ~select(1).where(Appointment.intake_id == Intake.id, Appointment.status != "cancelled",
                         Appointment.starts_at >= cutoff).correlate(Intake).exists(),
    ).limit(BATCH)))
    for intake in quiet:
        intake.status, intake.closed_at, intake.closure_reason = "closed", now, "no_contact"
        session.add(CaseDecision(intake_id=intake.id, action="close", reason="close", staff_user_id=None, at=now))
        audit(session, None, "close", "intake", intake.id, "no_contact")  # by the rule, nobody's hand
    await anonymise(session, cipher, quiet)
    linked = select(Intake.id).where(Intake.contact_id == Contact.id).correlate(Contact).exists()
    gone = list(await session.scalars(select(Contact.id).where(Contact.last_seen_at < cutoff, ~linked).limit(BATCH)))
    for contact_id in gone:
        await forget_contact(session, contact_id)
    return {"cases": len(quiet), "contacts": len(gone)}
