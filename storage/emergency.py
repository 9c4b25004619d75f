"""Emergency access ("break the glass"): a caseworker opens a case that is not theirs – with a reason
category and a sentence that says what is going on, for the profile's time (default one hour), written to
the audit log. Clearing is told (the access waits on their page until someone there has taken note) and
the data-protection officer reviews every access (`datenschutz` role: reads the audit log, no case data).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.intakes import AccessDenied, check_reader
from storage.models import EmergencyAccess, StaffUser
from storage.staff import audit

CATEGORIES = {
    "person_present": "Die Person ist vor Ort, die zuständige Fachkraft ist nicht erreichbar",
    "deputy": "Vertretung (Urlaub oder Krankheit der zuständigen Fachkraft)",
    "danger": "Gefahr für Leib und Leben oder für das Kindeswohl",
    "deadline": "Eine Frist läuft ab (Bescheid, Termin bei einer Behörde)",
}
REVIEWS = {"ok": "in Ordnung", "question": "Rückfrage nötig"}
OVERSEERS = ("clearing", "admin")  # are told of every emergency access
REVIEWERS = ("datenschutz", "admin")  # review them
_WORD = re.compile(r"[^\W\d_]{2,}")


class ReasonRefused(ValueError):
    """The reason is missing or says nothing (the form shows it again with the text kept)."""


def check_reason(category: str, reason: str) -> str:
    """A category of the list and a real sentence: at least 20 characters and four words, not one letter
    or one word again and again."""
    if category not in CATEGORIES:
        raise ReasonRefused("Bitte wählen Sie, worum es geht.")
    reason = " ".join(reason.split())[:300]
    words = _WORD.findall(reason)
    letters = [ch.lower() for ch in reason if ch.isalpha()]
    commonest = Counter(letters).most_common(1)[0][1] if letters else 0
    if len(reason) < 20 or len(words) < 4 or len({w.lower() for w in words}) < 3 or commonest > 0.35 * len(letters):
        raise ReasonRefused("Bitte schreiben Sie in einem Satz, was los ist (mindestens vier Wörter) – "
                            "die Clearingstelle und der Datenschutz lesen ihn.")
    return reason


async def grant(session: AsyncSession, staff: StaffUser, intake_id: int, category: str, reason: str, now: datetime,
                duration: timedelta = timedelta(hours=1)) -> EmergencyAccess:
    """Open a case that is not one's own: reason checked, limited in time, audited, shown to clearing."""
    check_reader(staff)
    reason = check_reason(category, reason)
    row = EmergencyAccess(staff_user_id=staff.id, intake_id=intake_id, category=category, reason=reason,
                          granted_at=now, until=now + duration)
    session.add(row)
    await session.flush()
    audit(session, staff, "emergency_access", "intake", intake_id, category)
    return row


async def unacknowledged(session: AsyncSession) -> int:
    """Emergency accesses nobody in clearing has taken note of yet."""
    return int(await session.scalar(select(func.count()).select_from(EmergencyAccess)
                                    .where(EmergencyAccess.acknowledged_at.is_(None))) or 0)


async def listing(session: AsyncSession, staff: StaffUser, limit: int = 200) -> list[EmergencyAccess]:
    if staff.role not in (*OVERSEERS, *REVIEWERS):
        raise AccessDenied("emergency accesses are for clearing and data protection")
    return list(await session.scalars(select(EmergencyAccess).order_by(EmergencyAccess.id.desc()).limit(limit)))


async def acknowledge(session: AsyncSession, staff: StaffUser, access_id: int, now: datetime) -> None:
    if staff.role not in OVERSEERS:
        raise AccessDenied("clearing takes note of emergency accesses")
    row = await session.get(EmergencyAccess, access_id)
    if row is None:
        raise AccessDenied("no such emergency access")
    if row.acknowledged_at is None:
        row.acknowledged_by, row.acknowledged_at = staff.id, now
        audit(session, staff, "acknowledge", "emergency_access", access_id)


async def review(session: AsyncSession, staff: StaffUser, access_id: int, outcome: str, now: datetime) -> None:
    if staff.role not in REVIEWERS:
        raise AccessDenied("data protection reviews emergency accesses")
    row = await session.get(EmergencyAccess, access_id)
    if row is None or outcome not in REVIEWS:
        raise AccessDenied("no such emergency access or outcome")
    row.reviewed_by, row.reviewed_at, row.review = staff.id, now, outcome
    audit(session, staff, "review", "emergency_access", access_id, outcome)
