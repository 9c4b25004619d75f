"""The integration plan of a case (DOMAIN §3, phase 5): a motto, at most three open priority goals per
life domain (DOMAIN §9), each with "is a suitable service available? yes / no / next-best used", steps
with owner and due date, and a review date. Only the assigned caseworker (or clearing) edits it."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.desk import _mine, _touch
from storage.models import CaseNote, CasePlan, PlanGoal, PlanStep, StaffUser
from storage.refusals import Refused
from storage.staff import audit

LIFE_DOMAINS = {
    "language": "Sprache", "work": "Arbeit und Ausbildung", "education": "Bildung und Schule",
    "housing": "Wohnen", "health": "Gesundheit", "livelihood": "Lebensunterhalt und Finanzen",
    "children": "Kinder und Kinderbetreuung", "social": "Soziale Beziehungen und Teilhabe",
    "daily_life": "Alltag und Behörden", "residence": "Aufenthaltsrecht",
}
SERVICE = {"yes": "passendes Angebot vorhanden", "no": "kein passendes Angebot", "next_best": "nächstbeste Lösung genutzt"}
MAX_GOALS_PER_DOMAIN = 3


class PlanRefused(Refused):
    pass


async def set_plan(session: AsyncSession, staff: StaffUser, intake_id: int, motto: str, review_on: date | None,
                   now: datetime) -> CasePlan:
    await _mine(session, staff, intake_id)
    plan = await session.get(CasePlan, intake_id) or CasePlan(intake_id=intake_id)
    plan.motto, plan.review_on, plan.updated_at = motto.strip()[:300], review_on, now
    session.add(plan)
    await _touch(session, intake_id, now)
    audit(session, staff, "plan", "intake", intake_id)
    return plan


async def add_goal(session: AsyncSession, staff: StaffUser, intake_id: int, domain: str, text: str, service: str,
                   now: datetime) -> PlanGoal:
    await _mine(session, staff, intake_id)
    if domain not in LIFE_DOMAINS or service not in SERVICE or not text.strip():
        raise PlanRefused("ziel")
    open_goals = await session.scalar(select(func.count()).select_from(PlanGoal).where(
        PlanGoal.intake_id == intake_id, PlanGoal.domain == domain, PlanGoal.done_at.is_(None)))
    if (open_goals or 0) >= MAX_GOALS_PER_DOMAIN:
        raise PlanRefused("ziele-voll")
    goal = PlanGoal(intake_id=intake_id, domain=domain, text=text.strip()[:300], service=service, created_at=now)
    session.add(goal)
    await session.flush()
    await _touch(session, intake_id, now)
    audit(session, staff, "plan_goal", "intake", intake_id)
    return goal


async def add_step(session: AsyncSession, staff: StaffUser, goal_id: int, text: str, owner: str,
                   due_on: date | None, now: datetime) -> PlanStep:
    goal = await session.get(PlanGoal, goal_id)
    if goal is None or not text.strip() or not owner.strip():
        raise PlanRefused("schritt")
    await _mine(session, staff, goal.intake_id)
    step = PlanStep(goal_id=goal_id, text=text.strip()[:300], owner=owner.strip()[:60], due_on=due_on)
    session.add(step)
    await _touch(session, goal.intake_id, now)
    return step


async def plan_of(session: AsyncSession, intake_id: int) -> tuple[CasePlan | None, list[tuple[PlanGoal, list[PlanStep]]]]:
    plan = await session.get(CasePlan, intake_id)
    goals = list(await session.scalars(select(PlanGoal).where(PlanGoal.intake_id == intake_id).order_by(PlanGoal.id)))
    out = []
    for goal in goals:
        steps = list(await session.scalars(select(PlanStep).where(PlanStep.goal_id == goal.id).order_by(PlanStep.id)))
        out.append((goal, steps))
    return plan, out


async def add_note(session: AsyncSession, staff: StaffUser, intake_id: int, text: str, now: datetime) -> CaseNote:
    """A note on the case by the assigned caseworker (or clearing): what happened, what was agreed."""
    await _mine(session, staff, intake_id)
    if not text.strip():
        raise PlanRefused("notiz-leer")
    note = CaseNote(intake_id=intake_id, staff_user_id=staff.id, text=text.strip()[:2000], at=now)
    session.add(note)
    await _touch(session, intake_id, now)
    audit(session, staff, "note", "intake", intake_id)
    return note


async def notes_of(session: AsyncSession, intake_id: int) -> list[CaseNote]:
    return list(await session.scalars(select(CaseNote).where(CaseNote.intake_id == intake_id).order_by(CaseNote.id)))
