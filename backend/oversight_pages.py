"""Oversight (German): the audit log with filters (admins and the data-protection officer) and the emergency
accesses – clearing takes note of each, the data-protection officer reviews it. Neither page shows case
data: who, when, what, which record, and the reason given for an emergency access."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, time, timedelta
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import select

from backend.audit_labels import ACTIONS, REASONS, TYPES
from backend.container import Container
from backend.forms import Id, form_date, form_id
from storage import emergency
from storage.intakes import AccessDenied
from storage.models import AuditEvent, StaffUser
from storage.slots import local_instant

AUDIT_READERS = ("admin", "datenschutz")
LIMIT = 200  # per page; older ones on the next page (by id: new entries do not shift the pages)


def router(c: Container, templates: Jinja2Templates,
           page_staff: Callable[[Request], Awaitable[StaffUser]]) -> APIRouter:
    r = APIRouter()
    tz = ZoneInfo(c.settings.municipality_tz)

    def _day(value: str) -> date | None:
        try:
            return form_date(value) if value else None
        except ValueError:
            return None

    @r.get("/staff/audit", include_in_schema=False)
    async def audit_page(request: Request, wer: str = "", was: str = "", objekt: str = "", nummer: str = "",
                         von: str = "", bis: str = "", vor: str = "",
                         staff: StaffUser = Depends(page_staff)) -> Response:
        """The audit log, newest first, filtered by who, what, which record and when (local dates)."""
        if staff.role not in AUDIT_READERS:
            raise AccessDenied("the audit log is for admins and data protection")
        stmt = select(AuditEvent, StaffUser.display_name).outerjoin(StaffUser, StaffUser.id == AuditEvent.staff_user_id)
        filters: dict[str, Any] = {"wer": form_id(wer), "was": was if was in ACTIONS else "",
                                   "objekt": objekt[:40], "nummer": nummer[:40], "von": _day(von), "bis": _day(bis)}
        before = form_id(vor)
        if before:
            stmt = stmt.where(AuditEvent.id < before)
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
            rows = (await session.execute(stmt.order_by(AuditEvent.id.desc()).limit(LIMIT + 1))).all()
            people = list(await session.scalars(select(StaffUser).order_by(StaffUser.display_name)))
            types = sorted(set(await session.scalars(select(AuditEvent.object_type).distinct())))
        more = len(rows) > LIMIT
        rows = rows[:LIMIT]
        query = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in filters.items() if v}
        older = urlencode({**query, "vor": rows[-1][0].id}) if more else None
        return templates.TemplateResponse(request, "audit.html", {
            "staff": staff, "rows": rows, "people": people, "types": types, "actions": ACTIONS,
            "type_labels": TYPES, "reasons": REASONS | (c.municipality.release_labels() if c.municipality else {}), "filters": filters, "limit": LIMIT, "older": older,
            "paged": bool(before)})

    @r.get("/staff/emergency", include_in_schema=False)
    async def emergency_page(request: Request, staff: StaffUser = Depends(page_staff)) -> Response:
        async with c.sessions() as session:
            rows = await emergency.listing(session, staff)
            names = {u.id: u.display_name for u in await session.scalars(select(StaffUser))}
        return templates.TemplateResponse(request, "emergency.html", {
            "staff": staff, "rows": rows, "names": names, "categories": emergency.CATEGORIES,
            "reviews": emergency.REVIEWS, "now": c.runtime.clock(),
            "orgs": {o.id: o.name for o in c.municipality.organisations} if c.municipality else {},
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

