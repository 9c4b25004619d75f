"""The caseworker's desk (German): my cases with the first-contact deadline (flagged when late) and the
follow-ups (Wiedervorlage) that come back on their date; record the first contact, add or close a
follow-up. The rules are in `storage.desk`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from backend.container import Container
from storage import closure, desk
from storage.models import StaffUser


def router(c: Container, templates: Jinja2Templates,
           page_staff: Callable[[Request], Awaitable[StaffUser]]) -> APIRouter:
    r = APIRouter()
    tz = ZoneInfo(c.settings.municipality_tz)
    days = c.municipality.rules.first_contact_days if c.municipality else 7
    review_days = c.municipality.rules.review_untouched_days if c.municipality else 182

    def today() -> date:
        return c.runtime.clock().astimezone(tz).date()

    @r.get("/staff/desk", include_in_schema=False)
    async def desk_page(request: Request, staff: StaffUser = Depends(page_staff)) -> Response:
        async with c.sessions() as session:
            cases = await desk.my_cases(session, staff, first_contact_days=days, now=c.runtime.clock(), today=today(),
                                        review_after=timedelta(days=review_days))
        return templates.TemplateResponse(request, "desk.html", {
            "staff": staff, "cases": cases, "today": today(), "days": days, "reasons": closure.CLOSURE_REASONS,
            "note": request.query_params.get("hinweis"), "error": request.query_params.get("fehler")})

    @r.post("/staff/desk/{intake_id}/first-contact", include_in_schema=False)
    async def first_contact(intake_id: int, staff: StaffUser = Depends(page_staff)) -> Response:
        async with c.sessions() as session, session.begin():
            await desk.record_first_contact(session, staff, intake_id, c.runtime.clock())
        return RedirectResponse("/staff/desk?hinweis=erstkontakt", status_code=303)

    @r.post("/staff/desk/{intake_id}/followups", include_in_schema=False)
    async def add_followup(intake_id: int, due_on: str = Form(...), note: str = Form(""),
                           staff: StaffUser = Depends(page_staff)) -> Response:
        try:
            async with c.sessions() as session, session.begin():
                await desk.add_followup(session, staff, intake_id, date.fromisoformat(due_on), note, today())
        except ValueError:
            return RedirectResponse("/staff/desk?fehler=datum", status_code=303)
        return RedirectResponse("/staff/desk?hinweis=wiedervorlage", status_code=303)

    @r.post("/staff/desk/{intake_id}/close", include_in_schema=False)
    async def close(intake_id: int, reason: str = Form(...), note: str = Form(""),
                    staff: StaffUser = Depends(page_staff)) -> Response:
        try:
            async with c.sessions() as session, session.begin():
                await closure.close_case(session, staff, intake_id, reason, note, c.runtime.clock())
        except ValueError:
            return RedirectResponse("/staff/desk?fehler=grund", status_code=303)
        return RedirectResponse("/staff/desk?hinweis=abgeschlossen", status_code=303)

    @r.post("/staff/followups/{followup_id}/done", include_in_schema=False)
    async def done(followup_id: int, staff: StaffUser = Depends(page_staff)) -> Response:
        async with c.sessions() as session, session.begin():
            await desk.complete_followup(session, staff, followup_id, c.runtime.clock())
        return RedirectResponse("/staff/desk?hinweis=erledigt", status_code=303)

    return r
