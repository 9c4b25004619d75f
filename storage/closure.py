"""Closing a case with a reason (DOMAIN §8) and anonymising ended cases (closed, declined, referred) on
the profile's schedule.

Anonymised, a case keeps only what the figures count – language, channel, when it came and closed, the
closure reason, urgency, and a few codes (topics, household size, arrival year) – and loses its link to
the person, every answer, note and follow-up. Statistics keep counting it; nobody can find the person."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.crypto import FieldCipher
from storage.desk import _mine
from storage.erasure import erase_case_texts, unlink_case
from storage.followups import plan_decision_notice
from storage.models import Assignment, CaseDecision, Intake, StaffUser
from storage.staff import audit

CLOSURE_REASONS = {
    "goals_reached": "Ziele erreicht",
    "ended_by_client": "von der Person beendet",
    "ended_by_caseworker": "von der Fachkraft beendet (z. B. Befangenheit, Vertrauensverlust, nicht erreichbar)",
    "no_cooperation": "Mitwirkung unzureichend oder eingestellt",
    "moved_away": "weggezogen (an neuen Wohnort verwiesen)",
    "no_contact": "kein Kontakt (Frist laut Profil, höchstens 9 Monate)",
    "structural": "strukturelle Hürden (passendes Angebot fehlt)",
    "deportation_or_death": "Abschiebung oder Tod",
}


async def close_case(session: AsyncSession, staff: StaffUser, intake_id: int, reason: str, note: str,
                     now: datetime, evaluate: bool = False) -> Intake:
    """Only the assigned caseworker (or clearing/admin) closes; the reason is one of DOMAIN §8. With
    `evaluate`, the person gets a short, voluntary question whether the support helped."""
    if reason not in CLOSURE_REASONS:
        raise ValueError(f"unknown closure reason {reason!r}")
    intake = await session.get(Intake, intake_id, with_for_update=True)
    if intake is not None and intake.status == "closed" and await _closed_by(session, staff, intake_id):
        return intake  # a second tap (or tab): closed once, the closure's date and reason stay
    await _mine(session, staff, intake_id)
    assert intake is not None
    intake.status, intake.closed_at, intake.closure_reason, intake.last_activity_at = "closed", now, reason, now
    session.add(CaseDecision(intake_id=intake_id, action="close", reason=f"{reason}: {note.strip()[:250]}".rstrip(": "),
                             staff_user_id=staff.id, at=now))
    audit(session, staff, "close", "intake", intake_id, reason)
    if evaluate:
        await plan_decision_notice(session, intake, "evaluation", intake_id, now)
    return intake


async def _closed_by(session: AsyncSession, staff: StaffUser, intake_id: int) -> bool:
    """Whoever could close the case: its last caseworker, clearing, admins (nobody else learns it is closed)."""
    if staff.role in ("clearing", "admin"):
        return True
    last = await session.scalar(select(Assignment.staff_user_id).where(
        Assignment.intake_id == intake_id, Assignment.kind == "assignment").order_by(Assignment.id.desc()).limit(1))
    return last == staff.id


def statistics_of(answers: dict[str, Any]) -> dict[str, Any]:
    """The few codes the figures need, nothing that points to a person."""
    def code(node: str) -> Any:
        return (answers.get(node) or {}).get("code")

    arrival = (answers.get("arrival") or {}).get("value")
    return {"topics": code("topics") or [], "household_size": (answers.get("household_size") or {}).get("value"),
            "arrival_year": arrival[:4] if isinstance(arrival, str) else None, "german_level": code("german_level")}


ENDED_BY_DECISION = ("declined", "referred")  # nothing more happens here: like a closed case


async def anonymise_due(session: AsyncSession, cipher: FieldCipher, now: datetime, after: timedelta) -> int:
    """Anonymise cases that ended longer ago than `after` (housekeeping runs this hourly): closed ones, and
    those clearing declined or referred elsewhere (from that decision). The codes for the figures stay in
    `stats`; answers, the person link, what staff wrote and every path back to the person go
    (`storage.erasure`)."""
    decided = (select(func.max(CaseDecision.at)).where(CaseDecision.intake_id == Intake.id)
               .correlate(Intake).scalar_subquery())
    due = list(await session.scalars(select(Intake).where(or_(
        (Intake.status == "closed") & (Intake.closed_at <= now - after),
        Intake.status.in_(ENDED_BY_DECISION) & (decided <= now - after))).limit(500)))
    await anonymise(session, cipher, due)
    return len(due)


async def anonymise(session: AsyncSession, cipher: FieldCipher, cases: list[Intake]) -> None:
    """These cases keep the codes for the figures and lose the rest (see the module's text)."""
    await unlink_case(session, cases)
    for intake in cases:
        intake.stats = statistics_of(cipher.unseal_answers(intake.answers))
        intake.answers, intake.contact_id, intake.conversation_id, intake.status = {}, None, None, "anonymised"
    await erase_case_texts(session, [i.id for i in cases])
