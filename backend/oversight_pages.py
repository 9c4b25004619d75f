"""Oversight (German): the audit log with filters (admins and the data-protection officer) and the emergency
accesses – clearing takes note of each, the data-protection officer reviews it. Neither page shows case
data: who, when, what, which record, and the reason given for an emergency access."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import select

from backend.container import Container
from backend.forms import Id, form_id
from storage import emergency
from storage.intakes import AccessDenied
from storage.models import AuditEvent, StaffUser
from storage.slots import local_instant

AUDIT_READERS = ("admin", "datenschutz")
ACTION_LABELS = {
    "view": "angesehen", "emergency_access": "Notfallzugriff", "admit": "aufgenommen", "refer": "weiterverwiesen",
    "waitlist": "Warteliste", "decline": "abgelehnt", "accepted": "Zuweisung angenommen",
    "rejected": "Zuweisung abgelehnt", "revoked": "Zuweisung zurückgezogen", "transferred": "übergeben",
    "close": "abgeschlossen", "first_contact": "Erstkontakt", "note": "Notiz", "plan": "Förderplan",
    "plan_goal": "Ziel", "followup": "Wiedervorlage", "message": "Nachricht gesendet", "export": "Export",
    "login": "Anmeldung", "login_failed": "Anmeldung fehlgeschlagen", "lockout": "Konto gesperrt",
    "logout": "Abmeldung", "password_changed": "Passwort geändert", "unlock": "Konto entsperrt",
    "acknowledge": "Notfallzugriff zur Kenntnis genommen", "review": "Notfallzugriff geprüft",
}
LIMIT = 500


def router(c: Container, templates: Jinja2Templates,
           page_staff: Callable[[Request], Awaitable[StaffUser]]) -> APIRouter:
    r = APIRouter()
    tz = ZoneInfo(c.settings.municipality_tz)

    def _day(value: str) -> date | None:
        try:
            return date.fromisoformat(value) if value else None
        except ValueError:
            return None

    @r.get("/staff/audit", include_in_schema=False)
    async def audit_page(request: Request, wer: str = "", was: str = "", objekt: str = "", nummer: str = "",
                         von: str = "", bis: str = "", staff: StaffUser = Depends(page_staff)) -> Response:
        """The audit log, newest first, filtered by who, what, which record and when (local dates)."""
        if staff.role not in AUDIT_READERS:
            raise AccessDenied("the audit log is for admins and data protection")
        stmt = select(AuditEvent, StaffUser.display_name).outerjoin(StaffUser, StaffUser.id == AuditEvent.staff_user_id)
        filters: dict[str, Any] = {"wer": form_id(wer), "was": was if was in ACTION_LABELS else "",
                                   "objekt": objekt[:40], "nummer": nummer[:40], "von": _day(von), "bis": _day(bis)}
        if filters["wer"]:
            stmt = stmt.where(AuditEvent.staff_user_id == filters["wer"])
        if filters["was"]:
            stmt = stmt.where(AuditEvent.action == filters["was"])
        if filters["objekt"]:
            stmt = stmt.where(AuditEvent.object_type == filters["objekt"])
        if filters["nummer"]:
            stmt = stmt.where(AuditEvent.object_id == filters["nummer"])
        if filters["von"]:
            stmt = stmt.where(AuditEvent.at >= local_instant(filters["von"], time(0), tz))
        if filters["bis"]:
            stmt = stmt.where(AuditEvent.at < local_instant(filters["bis"] + timedelta(days=1), time(0), tz))
        async with c.sessions() as session:
            rows = (await session.execute(stmt.order_by(AuditEvent.id.desc()).limit(LIMIT))).all()
            people = list(await session.scalars(select(StaffUser).order_by(StaffUser.display_name)))
            types = sorted(set(await session.scalars(select(AuditEvent.object_type).distinct())))
        return templates.TemplateResponse(request, "audit.html", {
            "staff": staff, "rows": rows, "people": people, "types": types, "actions": ACTION_LABELS,
            "filters": filters, "limit": LIMIT})

    @r.get("/staff/emergency", include_in_schema=False)
    async def emergency_page(request: Request, staff: StaffUser = Depends(page_staff)) -> Response:
        async with c.sessions() as session:
            rows = await emergency.listing(session, staff)
            names = {u.id: u.display_name for u in await session.scalars(select(StaffUser))}
        return templates.TemplateResponse(request, "emergency.html", {
            "staff": staff, "rows": rows, "names": names, "categories": emergency.CATEGORIES,
            "reviews": emergency.REVIEWS, "now": c.runtime.clock(),
            "overseer": staff.role in emergency.OVERSEERS, "reviewer": staff.role in emergency.REVIEWERS})

    @r.post("/staff/emergency/{access_id}/acknowledge", include_in_schema=False)
    async def acknowledge(access_id: Id, staff: StaffUser = Depends(page_staff)) -> Response:
        async with c.sessions() as session, session.begin():
            await emergency.acknowledge(session, staff, access_id, c.runtime.clock())
        return RedirectResponse(f"/staff/emergency#e{access_id}", status_code=303)

    @r.post("/staff/emergency/{access_id}/review/{outcome}", include_in_schema=False)
    async def review(access_id: Id, outcome: str, staff: StaffUser = Depends(page_staff)) -> Response:
        async with c.sessions() as session, session.begin():
            await emergency.review(session, staff, access_id, outcome, c.runtime.clock())
        return RedirectResponse(f"/staff/emergency#e{access_id}", status_code=303)

    return r

