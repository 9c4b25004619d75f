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

from storage.intakes import READERS, AccessDenied, check_reader
from storage.models import EmergencyAccess, Intake, StaffUser
from storage.sharing import Membership, may_share
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
_VOWELS = set("aeiouyäöüáàâéèêíìîóòôúùûãõ")  # the staff write German: a sentence has vowels
_ROWS = ("qwertzuiopü", "asdfghjklöä", "yxcvbnm", "qwertyuiop", "zxcvbnm")  # German and English keyboards


def _keyboard_run(word: str) -> bool:
    """Letters next to each other on a keyboard row ("asdf", "qwer", "zxcv")."""
    word = word.lower()
    return len(word) >= 3 and any(word in row or word in row[::-1] for row in _ROWS)


class ReasonRefused(ValueError):
    """The reason is missing or says nothing (the form shows it again with the text kept)."""


def check_reason(category: str, reason: str) -> str:
    """A category of the list and a real sentence: at least 20 characters and four words, not one letter
    or one word again and again, words with vowels, not mostly runs of keys ("asdf qwer zxcv tyui")."""
    if category not in CATEGORIES:
        raise ReasonRefused("Bitte wählen Sie, worum es geht.")
    reason = " ".join(reason.split())[:300]
    words = _WORD.findall(reason)
    letters = [ch.lower() for ch in reason if ch.isalpha()]
    commonest = Counter(letters).most_common(1)[0][1] if letters else 0
    vowels = sum(ch in _VOWELS for ch in letters)
    runs = sum(_keyboard_run(w) for w in words)
    if (len(reason) < 20 or len(words) < 4 or len({w.lower() for w in words}) < 3
            or commonest > 0.35 * len(letters) or vowels < 0.25 * len(letters) or 2 * runs >= len(words)):
        raise ReasonRefused("Bitte schreiben Sie in einem Satz, was los ist (mindestens vier Wörter) – "
                            "die Clearingstelle und der Datenschutz lesen ihn.")
    return reason


class NotReleased(PermissionError):
    """The person did not release their data to the reader's kind of organisation: no emergency opens it."""


async def possible(session: AsyncSession, staff: StaffUser, member: Membership | None, intake_id: int) -> bool:
    """May this reader break the glass on this case at all? Only a reader whose organisation may receive the
    person's data: the service point, or a kind the person released (consent binds the reader)."""
    if staff.role not in READERS or member is None:
        return False
    intake = await session.get(Intake, intake_id)
    return intake is not None and await may_share(session, intake.contact_id, member) is None


async def grant(session: AsyncSession, staff: StaffUser, member: Membership | None, intake_id: int, category: str,
                reason: str, now: datetime, duration: timedelta = timedelta(hours=1)) -> EmergencyAccess:
    """Open a case that is not one's own: only for a reader the person's release covers, reason checked,
    limited in time, audited, shown to clearing. While one is running, that one is the answer (a double
    tap or a second tab opens no second access, which would also hide how long the case was open)."""
    check_reader(staff)
    reason = check_reason(category, reason)
    if not await possible(session, staff, member, intake_id):
        raise NotReleased("the person did not release their data to this organisation")
    assert member is not None
    running = await active(session, staff, intake_id, now)
    if running is not None:
        return running
    row = EmergencyAccess(staff_user_id=staff.id, intake_id=intake_id, category=category, reason=reason,
                          organisation=member.organisation, released=True, granted_at=now, until=now + duration)
    session.add(row)
    await session.flush()
    audit(session, staff, "emergency_access", "intake", intake_id, category)
    return row


async def active(session: AsyncSession, staff: StaffUser, intake_id: int, now: datetime) -> EmergencyAccess | None:
    """This reader's emergency access to the case that is running now (the latest), if any."""
    return await session.scalar(select(EmergencyAccess).where(
        EmergencyAccess.staff_user_id == staff.id, EmergencyAccess.intake_id == intake_id,
        EmergencyAccess.until > now).order_by(EmergencyAccess.until.desc()).limit(1))


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
