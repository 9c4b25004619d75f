"""The caseworker's desk: my cases (open assignments to me), the first contact due within the profile's
days of the assignment (flagged when late), and follow-ups (Wiedervorlage) that come back on their date.
Only the caseworker the case is assigned to (or clearing/admin) may change it; checked here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.intakes import AccessDenied
from storage.models import Assignment, CaseFollowUp, Intake, StaffUser
from storage.sharing import released_for
from storage.staff import audit

OPEN = ("proposed", "accepted")


@dataclass
class DeskCase:
    intake: Intake
    assignment: Assignment
    first_contact_due: datetime
    late: bool  # first contact not recorded and the deadline passed
    followups: list[CaseFollowUp]
    next_due: date | None
    untouched: bool = False  # no step on the case for the profile's period: review, propose closing


def _caseworker(staff: StaffUser) -> None:
    if staff.role not in ("caseworker", "clearing", "admin") or not staff.active:
        raise AccessDenied(f"role {staff.role} has no desk")


async def my_cases(session: AsyncSession, staff: StaffUser, *, first_contact_days: int, now: datetime,
                   today: date, review_after: timedelta = timedelta(days=182)) -> list[DeskCase]:
    """Cases assigned to me, the ones needing action first (urgent without first contact, late first contact,
    follow-ups due)."""
    _caseworker(staff)
    rows = (await session.execute(
        select(Intake, Assignment).join(Assignment, Assignment.intake_id == Intake.id)
        .where(Assignment.staff_user_id == staff.id, Assignment.kind == "assignment",
               Assignment.state.in_(OPEN), Intake.status == "admitted",
               released_for(Intake.contact_id, Assignment.organisation, Assignment.organisation_kind))  # a withdrawn release: not mine
        .order_by(Assignment.created_at))).all()
    cases = []
    for intake, assignment in rows:
        followups = list(await session.scalars(
            select(CaseFollowUp).where(CaseFollowUp.intake_id == intake.id, CaseFollowUp.done_at.is_(None))
            .order_by(CaseFollowUp.due_on)))
        due = assignment.created_at + timedelta(days=first_contact_days)
        last = intake.last_activity_at or assignment.first_contact_at or assignment.created_at
        cases.append(DeskCase(intake, assignment, due, assignment.first_contact_at is None and now > due, followups,
                              followups[0].due_on if followups else None, untouched=now - last > review_after))
    # an acute need not yet answered by a first contact first, then late first contacts, then the rest
    cases.sort(key=lambda c: (not (c.intake.urgent and c.assignment.first_contact_at is None), not c.late,
                              not c.untouched, not (c.next_due is not None and c.next_due <= today),
                              c.next_due or date.max, c.assignment.created_at))
    return cases


async def may_act(session: AsyncSession, staff: StaffUser, intake_id: int) -> bool:
    """Whether this staff member may write on the case (notes, plan, messages): the same rule every such
    action checks. A colleague of the organisation and an emergency access read only."""
    try:
        await _mine(session, staff, intake_id)
    except AccessDenied:
        return False
    return True


async def _mine(session: AsyncSession, staff: StaffUser, intake_id: int) -> Assignment:
    """The open assignment of a case this staff member may act on: the receiving caseworker's while the
    person's release for that organisation's kind still stands (checked on every action, like every read),
    or clearing's and admins'. Only while the case runs: a closed case is read-only (what staff add after
    the closure would outlive its purpose, and its anonymisation counts from the closure)."""
    assignment = await session.scalar(
        select(Assignment).join(Intake, Intake.id == Assignment.intake_id)
        .where(Assignment.intake_id == intake_id, Assignment.kind == "assignment", Assignment.state.in_(OPEN),
               Intake.status == "admitted")
        .order_by(Assignment.id.desc()).limit(1))
    if assignment is None:
        raise AccessDenied("not your case")
    if staff.role in ("clearing", "admin"):
        return assignment
    released = await session.scalar(select(Intake.id).where(
        Intake.id == intake_id,
        released_for(Intake.contact_id, assignment.organisation, assignment.organisation_kind or "")))
    if assignment.staff_user_id != staff.id or released is None:
        raise AccessDenied("not your case")
    return assignment


async def record_first_contact(session: AsyncSession, staff: StaffUser, intake_id: int, now: datetime) -> None:
    assignment = await _mine(session, staff, intake_id)
    await _touch(session, intake_id, now)
    if assignment.first_contact_at is None:
        assignment.first_contact_at = now
        if assignment.state == "proposed":  # the first contact also accepts the case
            assignment.state, assignment.decided_by, assignment.decided_at = "accepted", staff.id, now
        audit(session, staff, "first_contact", "intake", intake_id)


async def add_followup(session: AsyncSession, staff: StaffUser, intake_id: int, due_on: date, note: str,
                       today: date) -> CaseFollowUp:
    await _mine(session, staff, intake_id)
    if due_on < today:
        raise ValueError("a follow-up lies in the future")
    row = CaseFollowUp(intake_id=intake_id, staff_user_id=staff.id, due_on=due_on, note=note.strip()[:300])
    session.add(row)
    await session.flush()
    audit(session, staff, "followup", "intake", intake_id)
    return row


async def complete_followup(session: AsyncSession, staff: StaffUser, followup_id: int, now: datetime) -> None:
    row = await session.get(CaseFollowUp, followup_id)
    if row is None:
        raise AccessDenied("no such follow-up")
    await _mine(session, staff, row.intake_id)
    row.done_at = now
    await _touch(session, row.intake_id, now)


async def _touch(session: AsyncSession, intake_id: int, now: datetime) -> None:
    intake = await session.get(Intake, intake_id)
    if intake is not None:
        intake.last_activity_at = now
