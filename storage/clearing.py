"""Clearing: the queue of new intakes and the decisions on them (admit and assign, refer elsewhere,
waitlist, decline), and assignments as a small state machine. Access and the newcomer's consent are
checked here, in the query layer: a case goes to another organisation only if the person released their
data to that organisation; nothing is decided without who and why.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.erasure import ASSIGNMENT_PURPOSES, erase_work_of
from storage.followups import plan_decision_notice
from storage.intakes import AccessDenied
from storage.models import Assignment, CaseDecision, Intake, StaffUser
from storage.outbox import cancel_planned
from storage.refusals import Refused
from storage.sharing import Recipient, may_share, release_of, released_for
from storage.staff import audit

CLEARING = ("clearing", "admin")
ACTIONS = ("admit", "refer", "waitlist", "decline")
TRANSITIONS = {
    "proposed": {"accepted", "rejected", "revoked"},
    "accepted": {"revoked", "transferred"},
    "rejected": set(), "revoked": set(), "transferred": set(),
}


class DecisionRefused(Refused):
    """The decision is not possible (no consent for that recipient, waitlist full, no reason given…)."""


async def _receiving_caseworker(session: AsyncSession, recipient: Recipient, caseworker_id: int | None) -> int:
    """The caseworker a case is handed to: an active caseworker account of that very organisation."""
    if caseworker_id is None:
        raise DecisionRefused("fachkraft")
    user = await session.get(StaffUser, caseworker_id)
    if user is None or not user.active or user.role != "caseworker":
        raise DecisionRefused("fachkraft-unbekannt")
    if user.username not in recipient.members:
        raise DecisionRefused("fachkraft-andere-stelle")
    return user.id


def _clearing(staff: StaffUser) -> None:
    if staff.role not in CLEARING or not staff.active:
        raise AccessDenied(f"role {staff.role} may not decide on intakes")


async def queue(session: AsyncSession, staff: StaffUser) -> list[Intake]:
    """New intakes, oldest first (the deadline runs from submission)."""
    _clearing(staff)
    stmt = select(Intake).where(Intake.status == "new").order_by(Intake.submitted_at, Intake.id)
    return list(await session.scalars(stmt))


async def waitlist_length(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.count()).select_from(Intake).where(Intake.status == "waitlisted"))
               or 0)


async def decide(session: AsyncSession, staff: StaffUser, intake: Intake, action: str, *, reason: str,
                 organisation: Recipient | None = None, caseworker_id: int | None = None,
                 category: str | None = None, waitlist_size: int = 10, recontact_after: timedelta = timedelta(days=90),
                 handover_after: timedelta = timedelta(days=21), now: datetime) -> CaseDecision:
    """Record a decision and tell the person (in their language, through the outbox). Refuses what the
    rules forbid: a hand-over without the person's release for that organisation, an admission without
    a caseworker of the chosen organisation."""
    _clearing(staff)
    reason = reason.strip()[:300]
    if action not in ACTIONS:
        raise DecisionRefused("entscheidung")
    if intake.status not in ("new", "waitlisted"):
        raise DecisionRefused("entschieden")
    if action in ("admit", "refer"):
        if organisation is None:
            raise DecisionRefused("stelle")
        refusal = await may_share(session, intake.contact_id, organisation)
        if refusal:
            raise DecisionRefused(refusal)
        if category is not None and (len(category) != 1 or category not in "ABCD"):
            raise DecisionRefused("kategorie")
        # an admission goes to one caseworker of that organisation; a referral sends the person to the
        # organisation (its people need not work with Ankommen) – a named caseworker must still be theirs
        receiver = (await _receiving_caseworker(session, organisation, caseworker_id)
                    if action == "admit" or caseworker_id is not None else None)
        assignment = Assignment(intake_id=intake.id, kind="assignment" if action == "admit" else "referral",
                                organisation=organisation.organisation, organisation_kind=organisation.kind,
                                staff_user_id=receiver,
                                category=category if action == "admit" else None, state="proposed",
                                created_by=staff.id, created_at=now)
        session.add(assignment)
        await session.flush()
        intake.status = "admitted" if action == "admit" else "referred"
        await plan_decision_notice(session, intake, intake.status, assignment.id, now)
        # the service point checks the hand-over worked (DOMAIN §6: 3 weeks after it)
        await plan_decision_notice(session, intake, "handover_case", assignment.id, now,
                                   due=now + handover_after, key=f"handover_case:{assignment.id}")
    elif action == "waitlist":
        if intake.status != "waitlisted" and await waitlist_length(session) >= waitlist_size:
            raise DecisionRefused("warteliste-voll")
        if intake.status != "waitlisted":
            intake.status = "waitlisted"
            await plan_decision_notice(session, intake, "waitlisted", intake.id, now)
            await plan_decision_notice(session, intake, "waitlist_recontact", intake.id, now,
                                       due=now + recontact_after, key=f"waitlist_recontact:{intake.id}:{now:%Y%m%d}")
    else:
        if not reason:
            raise DecisionRefused("ablehnung-grund")
        intake.status = "declined"
        await plan_decision_notice(session, intake, "declined", intake.id, now)
    decision = CaseDecision(intake_id=intake.id, action=action, reason=reason, staff_user_id=staff.id, at=now)
    session.add(decision)
    await session.flush()
    audit(session, staff, action, "intake", intake.id)  # the typed reason is in the decision, sealed
    return decision


async def transition(session: AsyncSession, staff: StaffUser, assignment: Assignment, to: str, *, reason: str,
                     now: datetime) -> None:
    """Move an assignment along its states. Accept/reject: the receiving caseworker (or clearing/admin);
    revoke/transfer: clearing/admin. Rejecting, revoking and transferring need a reason."""
    receiving = assignment.staff_user_id == staff.id  # who may, before what is possible: no hints to others
    if to in ("accepted", "rejected") and not (receiving or staff.role in CLEARING):
        raise AccessDenied("only the receiving caseworker or clearing may accept or reject")
    if to in ("revoked", "transferred") and staff.role not in CLEARING:
        raise AccessDenied("only clearing may revoke or transfer")
    if to not in TRANSITIONS.get(assignment.state, set()):
        raise DecisionRefused("zustand")
    reason = reason.strip()[:300]
    if to != "accepted" and not reason:
        raise DecisionRefused("grund")
    assignment.state, assignment.reason, assignment.decided_by, assignment.decided_at = to, reason or None, staff.id, now
    audit(session, staff, to, "assignment", assignment.id)


async def loads(session: AsyncSession, category_hours: Mapping[str, float]) -> dict[int, float]:
    """Weekly hours per caseworker from the categories of their open (proposed or accepted) assignments."""
    rows = await session.execute(
        select(Assignment.staff_user_id, Assignment.category)
        .join(Intake, Intake.id == Assignment.intake_id)
        .where(Assignment.kind == "assignment", Assignment.state.in_(("proposed", "accepted")),
               Assignment.staff_user_id.is_not(None), Intake.status == "admitted"))
    hours: dict[int, float] = {}
    for staff_id, category in rows.all():
        hours[staff_id] = hours.get(staff_id, 0.0) + category_hours.get(category or "B", 0.0)
    return hours


async def last_in_rotation(session: AsyncSession, org_ids_by_kind: Mapping[str, list[str]]) -> dict[str, str]:
    """The organisation of each kind that got the latest assignment (rotation goes on from there)."""
    out: dict[str, str] = {}
    for kind, ids in org_ids_by_kind.items():
        last = await session.scalar(
            select(Assignment.organisation).where(Assignment.organisation.in_(ids), Assignment.kind == "assignment")
            .order_by(Assignment.id.desc()).limit(1))
        if last:
            out[kind] = last
    return out


async def transfer(session: AsyncSession, staff: StaffUser, assignment: Assignment, organisation: Recipient,
                   caseworker_id: int | None, reason: str, now: datetime) -> Assignment:
    """Hand an accepted case over to another organisation or caseworker: the old assignment ends as
    "transferred" (with the reason), a new one is proposed, pointing back to it. Consent and the receiving
    caseworker's organisation are checked again."""
    if staff.role not in CLEARING:
        raise AccessDenied("only clearing may transfer")
    intake = await session.get(Intake, assignment.intake_id)
    assert intake is not None
    if intake.status in ("erased", "anonymised"):
        raise DecisionRefused("nicht-gefunden")
    refusal = await may_share(session, intake.contact_id, organisation)
    if refusal:
        raise DecisionRefused(refusal)
    receiver = await _receiving_caseworker(session, organisation, caseworker_id)
    if receiver == assignment.staff_user_id and organisation.organisation == assignment.organisation:
        raise DecisionRefused("schon-zustaendig")  # it would only start the first contact over
    await transition(session, staff, assignment, "transferred", reason=reason, now=now)
    new = Assignment(intake_id=intake.id, kind="assignment", organisation=organisation.organisation,
                     organisation_kind=organisation.kind, staff_user_id=receiver,
                     category=assignment.category, state="proposed", previous_id=assignment.id, created_by=staff.id,
                     created_at=now)
    session.add(new)
    await session.flush()
    return new


async def assignments_of(session: AsyncSession, intake_id: int) -> list[Assignment]:
    return list(await session.scalars(select(Assignment).where(Assignment.intake_id == intake_id).order_by(Assignment.id)))


async def release_withdrawn(session: AsyncSession, contact_id: int, now: datetime) -> int:
    """The person took back a release (`/consent`): every open hand-over to an organisation whose release no
    longer stands ends at once ("revoked", reason noted) and an admitted case with none left goes back to
    the clearing queue (status "new") for a new decision; what that organisation's caseworkers wrote is
    deleted (`erasure.erase_work_of`), the messages planned about the hand-over are not sent. (The bookings
    with that organisation's people: `bot.booking.Appointments.release_withdrawn`.) Returns the hand-overs
    ended."""
    open_ = list(await session.scalars(
        select(Assignment).join(Intake, Intake.id == Assignment.intake_id)
        .where(Intake.contact_id == contact_id, Assignment.state.in_(("proposed", "accepted")),
               ~released_for(Intake.contact_id, Assignment.organisation, Assignment.organisation_kind))))
    for assignment in open_:
        writers = set(await session.scalars(select(Assignment.staff_user_id).where(  # also earlier colleagues
            Assignment.intake_id == assignment.intake_id, Assignment.organisation == assignment.organisation)))
        writers.add(assignment.decided_by)  # who accepted it
        assignment.reason = "Die Person hat ihre Einwilligung zur Weitergabe an diese Stelle widerrufen."
        assignment.state, assignment.decided_at, assignment.decided_by = "revoked", now, None
        audit(session, None, "release_withdrawn", "assignment", assignment.id, release_of(assignment.organisation))
        for purpose in ASSIGNMENT_PURPOSES:  # no "how did it go with them?" about a hand-over that ended
            await cancel_planned(session, purpose, assignment.id, "release withdrawn")
        intake = await session.get(Intake, assignment.intake_id)
        still = await session.scalar(select(Assignment.id).where(
            Assignment.intake_id == assignment.intake_id, Assignment.kind == "assignment",
            Assignment.state.in_(("proposed", "accepted")), Assignment.id != assignment.id).limit(1))
        if intake is not None and intake.status == "admitted" and still is None:
            intake.status = "new"
        await erase_work_of(session, assignment.intake_id, [w for w in writers if w is not None], still is None)
    return len(open_)
