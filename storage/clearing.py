"""Clearing: the queue of new intakes and the decisions on them (admit and assign, refer elsewhere,
waitlist, decline), and assignments as a small state machine. Access and the newcomer's consent are
checked here, in the query layer: a case goes to another organisation only if the person agreed to that
recipient kind; nothing is decided without who and why.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.followups import plan_decision_notice
from storage.intakes import AccessDenied
from storage.models import Assignment, CaseDecision, ConsentRecord, Intake, StaffUser
from storage.staff import audit

CLEARING = ("clearing", "admin")
ACTIONS = ("admit", "refer", "waitlist", "decline")
# Which consent a hand-over to an organisation of this kind needs. The municipality's own service point
# needs none (the person agreed to counselling there); a kind without a consent question cannot be
# shared with at all until the person is asked.
CONSENT_FOR_KIND = {"jmd": "share_jmd", "mbe": "share_mbe", "jobcentre_cm": "share_jobcentre",
                    "foreigners_office": "share_foreigners_office"}
OWN_KINDS = ("service_point",)
TRANSITIONS = {
    "proposed": {"accepted", "rejected", "revoked"},
    "accepted": {"revoked", "transferred"},
    "rejected": set(), "revoked": set(), "transferred": set(),
}


class DecisionRefused(ValueError):
    """The decision is not possible (no consent for that recipient, waitlist full, no reason given…)."""


def _clearing(staff: StaffUser) -> None:
    if staff.role not in CLEARING or not staff.active:
        raise AccessDenied(f"role {staff.role} may not decide on intakes")


async def queue(session: AsyncSession, staff: StaffUser) -> list[Intake]:
    """New intakes, oldest first (the deadline runs from submission)."""
    _clearing(staff)
    stmt = select(Intake).where(Intake.status == "new").order_by(Intake.submitted_at, Intake.id)
    return list(await session.scalars(stmt))


async def consented_to(session: AsyncSession, contact_id: int | None, kind: str) -> bool:
    """The person's latest decision on this consent kind is a yes."""
    if contact_id is None:
        return False
    latest = await session.scalar(
        select(ConsentRecord.granted).where(ConsentRecord.contact_id == contact_id, ConsentRecord.kind == kind)
        .order_by(ConsentRecord.id.desc()).limit(1))
    return bool(latest)


async def may_share(session: AsyncSession, intake: Intake, org_kind: str) -> tuple[bool, str]:
    if org_kind in OWN_KINDS:
        return True, "eigene Servicestelle: keine Weitergabe"
    consent = CONSENT_FOR_KIND.get(org_kind)
    if consent is None:
        return False, f"für „{org_kind}“ gibt es keine Einwilligung zur Weitergabe – bitte die Person fragen"
    if not await consented_to(session, intake.contact_id, consent):
        return False, f"keine Einwilligung zur Weitergabe ({consent}) – bitte die Person fragen"
    return True, f"Einwilligung zur Weitergabe ({consent}) liegt vor"


async def waitlist_length(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.count()).select_from(Intake).where(Intake.status == "waitlisted"))
               or 0)


async def decide(session: AsyncSession, staff: StaffUser, intake: Intake, action: str, *, reason: str,
                 organisation: tuple[str, str] | None = None, caseworker_id: int | None = None,
                 category: str | None = None, waitlist_size: int = 10, recontact_after: timedelta = timedelta(days=90),
                 handover_after: timedelta = timedelta(days=21), now: datetime) -> CaseDecision:
    """Record a decision and tell the person (in their language, through the outbox). `organisation` is
    (profile id, kind). Refuses what the rules forbid."""
    _clearing(staff)
    reason = reason.strip()[:300]
    if action not in ACTIONS:
        raise DecisionRefused(f"unbekannte Entscheidung {action!r}")
    if intake.status not in ("new", "waitlisted"):
        raise DecisionRefused("über dieses Erstgespräch ist schon entschieden")
    if action in ("admit", "refer"):
        if organisation is None:
            raise DecisionRefused("bitte eine Stelle wählen")
        ok, why = await may_share(session, intake, organisation[1])
        if not ok:
            raise DecisionRefused(why)
        if category is not None and category not in "ABCD":
            raise DecisionRefused("Kategorie A, B, C oder D")
        assignment = Assignment(intake_id=intake.id, kind="assignment" if action == "admit" else "referral",
                                organisation=organisation[0],
                                staff_user_id=caseworker_id if action == "admit" else None,
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
            raise DecisionRefused(f"die Warteliste ist voll ({waitlist_size} Plätze) – bitte weiterverweisen")
        if intake.status != "waitlisted":
            intake.status = "waitlisted"
            await plan_decision_notice(session, intake, "waitlisted", intake.id, now)
            await plan_decision_notice(session, intake, "waitlist_recontact", intake.id, now,
                                       due=now + recontact_after, key=f"waitlist_recontact:{intake.id}:{now:%Y%m%d}")
    else:
        if not reason:
            raise DecisionRefused("eine Ablehnung braucht einen Grund")
        intake.status = "declined"
        await plan_decision_notice(session, intake, "declined", intake.id, now)
    decision = CaseDecision(intake_id=intake.id, action=action, reason=reason, staff_user_id=staff.id, at=now)
    session.add(decision)
    await session.flush()
    audit(session, staff, action, "intake", intake.id, reason or None)
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
        raise DecisionRefused(f"von „{assignment.state}“ nicht nach „{to}“")
    reason = reason.strip()[:300]
    if to != "accepted" and not reason:
        raise DecisionRefused("bitte einen Grund angeben")
    assignment.state, assignment.reason, assignment.decided_by, assignment.decided_at = to, reason or None, staff.id, now
    audit(session, staff, to, "assignment", assignment.id, reason or None)


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


async def transfer(session: AsyncSession, staff: StaffUser, assignment: Assignment, organisation: tuple[str, str],
                   caseworker_id: int | None, reason: str, now: datetime) -> Assignment:
    """Hand an accepted case over to another organisation or caseworker: the old assignment ends as
    "transferred" (with the reason), a new one is proposed, pointing back to it. Consent is checked again."""
    intake = await session.get(Intake, assignment.intake_id)
    assert intake is not None
    if staff.role not in CLEARING:
        raise AccessDenied("only clearing may transfer")
    ok, why = await may_share(session, intake, organisation[1])
    if not ok:
        raise DecisionRefused(why)
    await transition(session, staff, assignment, "transferred", reason=reason, now=now)
    new = Assignment(intake_id=intake.id, kind="assignment", organisation=organisation[0], staff_user_id=caseworker_id,
                     category=assignment.category, state="proposed", previous_id=assignment.id, created_by=staff.id,
                     created_at=now)
    session.add(new)
    await session.flush()
    return new


async def assignments_of(session: AsyncSession, intake_id: int) -> list[Assignment]:
    return list(await session.scalars(select(Assignment).where(Assignment.intake_id == intake_id).order_by(Assignment.id)))
