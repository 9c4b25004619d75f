"""Removing what a case holds about its person: everything staff wrote (notes, the plan with its goals and
steps, follow-ups, the reasons typed for decisions, hand-overs, emergency access and cancellations), the
answers to check-ins about it, and the links that would tie the case back to the person (appointments,
delivered messages, the conversation's stored answers).

Used by `/delete` (`storage.contacts.forget_contact`: the person and everything of theirs, at once) and
by the anonymisation of closed cases (`storage.closure.anonymise_due`: the case stays as codes for the
figures, nobody can find the person). What stays holds codes only: the decision's action, the closure
reason, the organisation a case went to, `intakes.stats`.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import (
    Appointment,
    Assignment,
    AuditEvent,
    CaseDecision,
    CaseFollowUp,
    CaseNote,
    CasePlan,
    CheckinResponse,
    Conversation,
    EmergencyAccess,
    Intake,
    OutboxMessage,
    PlanGoal,
    PlanStep,
)

# scheduled messages about a case refer to the intake or to one of its hand-overs
INTAKE_PURPOSES = ("offer", "review", "waitlisted", "waitlist_recontact", "declined", "evaluation")
ASSIGNMENT_PURPOSES = ("admitted", "referred", "handover_case")
CASE_CHECKINS = ("handover", "review", "waitlist", "evaluation")
TYPED_REASONS = ("admit", "refer", "waitlist", "decline", "accepted", "rejected", "revoked", "transferred")


async def _delete_plans(session: AsyncSession, ids: Collection[int]) -> None:
    """The plans of these cases with their goals and steps, and the follow-ups."""
    goals = select(PlanGoal.id).where(PlanGoal.intake_id.in_(ids))
    await session.execute(delete(PlanStep).where(PlanStep.goal_id.in_(goals)))
    for model in (PlanGoal, CasePlan, CaseFollowUp):
        await session.execute(delete(model).where(model.intake_id.in_(ids)))


async def erase_case_texts(session: AsyncSession, intake_ids: Collection[int]) -> None:
    """Delete or blank every staff-written text about these cases; keep the codes."""
    ids = list(intake_ids)
    if not ids:
        return
    await _delete_plans(session, ids)
    await session.execute(delete(CaseNote).where(CaseNote.intake_id.in_(ids)))
    await session.execute(update(CaseDecision).where(CaseDecision.intake_id.in_(ids))
                          .values(reason=CaseDecision.action))  # the decision stays, as its code
    await session.execute(update(Assignment).where(Assignment.intake_id.in_(ids)).values(reason=None))
    await session.execute(update(EmergencyAccess).where(EmergencyAccess.intake_id.in_(ids)).values(reason=""))
    await session.execute(update(Appointment).where(Appointment.intake_id.in_(ids)).values(cancel_note=None))
    assignments = [str(a) for a in await session.scalars(select(Assignment.id).where(Assignment.intake_id.in_(ids)))]
    # older releases copied typed reasons of decisions and hand-overs into the audit log; who did what
    # when stays, and so do the codes other entries carry (closure reason, emergency category…)
    await session.execute(update(AuditEvent).where(or_(
        (AuditEvent.object_type == "intake") & AuditEvent.object_id.in_([str(i) for i in ids]),
        (AuditEvent.object_type == "assignment") & AuditEvent.object_id.in_(assignments or ["-"]),
    ), AuditEvent.action.in_(TYPED_REASONS)).values(reason=None))


async def erase_work_of(session: AsyncSession, intake_id: int, staff_ids: Collection[int], whole_plan: bool) -> None:
    """A release taken back (`/consent`): what that organisation's caseworkers wrote about the case goes at
    once – their notes, and, when the case has no other hand-over left, the plan with its goals and steps
    and the follow-ups (they were that organisation's work). Nothing of it reaches the next organisation."""
    writers = [i for i in staff_ids if i is not None]
    if writers:
        await session.execute(delete(CaseNote).where(CaseNote.intake_id == intake_id,
                                                     CaseNote.staff_user_id.in_(writers)))
    if whole_plan:
        await _delete_plans(session, [intake_id])


async def unlink_case(session: AsyncSession, intakes: Collection[Intake]) -> None:
    """Cut every path from an anonymised case to its person: the conversation's stored answers, the
    appointments' and the delivered messages' link to the person, the check-in answers about the case."""
    ids = [i.id for i in intakes]
    contacts = {i.contact_id for i in intakes if i.contact_id is not None}
    conversations = [i.conversation_id for i in intakes if i.conversation_id is not None]
    if not ids:
        return
    if conversations:  # the answers were copied into the intake; a later message starts afresh
        await session.execute(update(Conversation).where(Conversation.id.in_(conversations))
                              .values(state={}, current_node=None, status="anonymised"))
    # the appointments stay with the case (the figures count them), no longer with the person
    await session.execute(update(Appointment).where(Appointment.intake_id.in_(ids)).values(contact_id=None))
    assignments = list(await session.scalars(select(Assignment.id).where(Assignment.intake_id.in_(ids))))
    about_case = or_(OutboxMessage.purpose.in_(INTAKE_PURPOSES) & OutboxMessage.ref_id.in_(ids),
                     OutboxMessage.purpose.in_(ASSIGNMENT_PURPOSES) & OutboxMessage.ref_id.in_(assignments or [0]))
    await session.execute(update(OutboxMessage).where(about_case, OutboxMessage.state.in_(("pending", "sending")))
                          .values(state="cancelled", error="anonymised", payload_enc=None, address_enc=None))
    await session.execute(update(OutboxMessage).where(about_case).values(contact_id=None, ref_id=None))
    if contacts:
        await session.execute(delete(CheckinResponse).where(CheckinResponse.contact_id.in_(contacts),
                                                            CheckinResponse.purpose.in_(CASE_CHECKINS)))
