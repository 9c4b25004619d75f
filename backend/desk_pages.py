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
from backend.forms import Id, form_date
from storage import closure, desk, plans
from storage.followups import plan_decision_notice
from storage.models import Intake, StaffUser
from storage.refusals import Refused, text_of
from storage.staff import audit

# messages staff may send, as Fluent ids "template-…" in every language (locales/*/templates.ftl)
TEMPLATES = {"please-call": "Bitte melden (mit Telefonnummer)", "bring-documents": "Unterlagen zum Termin mitbringen",
             "still-need": "Noch Bedarf? (nach längerer Stille)", "goal-check": "Wie geht es mit den Zielen voran?"}


def router(c: Container, templates: Jinja2Templates,
           page_staff: Callable[[Request], Awaitable[StaffUser]]) -> APIRouter:
    r = APIRouter()
    tz = ZoneInfo(c.settings.municipality_tz)
    days = c.municipality.rules.first_contact_days if c.municipality else 7
    review_days = c.municipality.rules.review_untouched_days if c.municipality else 182
    quiet_days = c.municipality.rules.anonymise_after_no_contact_days if c.municipality else 273

    def today() -> date:
        return c.runtime.clock().astimezone(tz).date()

    @r.get("/staff/desk", include_in_schema=False)
    async def desk_page(request: Request, staff: StaffUser = Depends(page_staff)) -> Response:
        async with c.sessions() as session, session.begin():
            cases = await desk.my_cases(session, staff, first_contact_days=days, now=c.runtime.clock(), today=today(),
                                        review_after=timedelta(days=review_days))
            audit(session, staff, "view", "desk", None)
        return templates.TemplateResponse(request, "desk.html", {
            "staff": staff, "cases": cases, "today": today(), "days": days, "reasons": closure.CLOSURE_REASONS,
            "quiet_days": quiet_days,
            "note": request.query_params.get("hinweis"), "error": text_of(request.query_params.get("fehler"))})

    @r.post("/staff/desk/{intake_id}/first-contact", include_in_schema=False)
    async def first_contact(intake_id: Id, staff: StaffUser = Depends(page_staff)) -> Response:
        async with c.sessions() as session, session.begin():
            await desk.record_first_contact(session, staff, intake_id, c.runtime.clock())
        return RedirectResponse("/staff/desk?hinweis=erstkontakt", status_code=303)

    @r.post("/staff/desk/{intake_id}/followups", include_in_schema=False)
    async def add_followup(intake_id: Id, due_on: str = Form(...), note: str = Form(""),
                           staff: StaffUser = Depends(page_staff)) -> Response:
        try:
            async with c.sessions() as session, session.begin():
                await desk.add_followup(session, staff, intake_id, form_date(due_on), note, today())
        except ValueError:
            return RedirectResponse("/staff/desk?fehler=datum", status_code=303)
        return RedirectResponse("/staff/desk?hinweis=wiedervorlage", status_code=303)

    @r.post("/staff/desk/{intake_id}/close", include_in_schema=False)
    async def close(intake_id: Id, reason: str = Form(...), note: str = Form(""), evaluate: str = Form(""),
                    staff: StaffUser = Depends(page_staff)) -> Response:
        try:
            async with c.sessions() as session, session.begin():
                await closure.close_case(session, staff, intake_id, reason, note, c.runtime.clock(),
                                         evaluate=evaluate == "yes")
        except ValueError:
            return RedirectResponse("/staff/desk?fehler=abschluss-grund", status_code=303)
        return RedirectResponse("/staff/desk?hinweis=abgeschlossen", status_code=303)

    @r.post("/staff/cases/{intake_id}/plan", include_in_schema=False)
    async def set_plan(intake_id: Id, motto: str = Form(""), review_on: str = Form(""),
                       staff: StaffUser = Depends(page_staff)) -> Response:
        try:
            review = form_date(review_on) if review_on else None
        except ValueError:
            return RedirectResponse(f"/staff/intakes/{intake_id}?fehler=datum#plan", status_code=303)
        async with c.sessions() as session, session.begin():
            await plans.set_plan(session, staff, intake_id, motto, review, c.runtime.clock())
        return RedirectResponse(f"/staff/intakes/{intake_id}?hinweis=plan#plan", status_code=303)

    @r.post("/staff/cases/{intake_id}/goals", include_in_schema=False)
    async def add_goal(intake_id: Id, domain: str = Form(...), text: str = Form(""), service: str = Form("yes"),
                       staff: StaffUser = Depends(page_staff)) -> Response:
        try:
            async with c.sessions() as session, session.begin():
                await plans.add_goal(session, staff, intake_id, domain, text, service, c.runtime.clock())
        except plans.PlanRefused as exc:
            return RedirectResponse(f"/staff/intakes/{intake_id}?fehler={exc.code}#plan", status_code=303)
        return RedirectResponse(f"/staff/intakes/{intake_id}?hinweis=ziel#plan", status_code=303)

    @r.post("/staff/goals/{goal_id}/steps", include_in_schema=False)
    async def add_step(goal_id: Id, intake_id: int = Form(...), text: str = Form(""), owner: str = Form(""),
                       due_on: str = Form(""), staff: StaffUser = Depends(page_staff)) -> Response:
        try:
            due = form_date(due_on) if due_on else None
            async with c.sessions() as session, session.begin():
                await plans.add_step(session, staff, goal_id, text, owner, due, c.runtime.clock())
        except ValueError as exc:  # a refusal, or a date that is none
            code = exc.code if isinstance(exc, Refused) else "datum"
            return RedirectResponse(f"/staff/intakes/{intake_id}?fehler={code}#plan", status_code=303)
        return RedirectResponse(f"/staff/intakes/{intake_id}?hinweis=schritt#plan", status_code=303)

    @r.post("/staff/cases/{intake_id}/notes", include_in_schema=False)
    async def add_note(intake_id: Id, text: str = Form(""), staff: StaffUser = Depends(page_staff)) -> Response:
        try:
            async with c.sessions() as session, session.begin():
                await plans.add_note(session, staff, intake_id, text, c.runtime.clock())
        except plans.PlanRefused as exc:
            return RedirectResponse(f"/staff/intakes/{intake_id}?fehler={exc.code}#notes", status_code=303)
        return RedirectResponse(f"/staff/intakes/{intake_id}?hinweis=notiz#notes", status_code=303)

    @r.post("/staff/cases/{intake_id}/message", include_in_schema=False)
    async def send_template(intake_id: Id, template: str = Form(...),
                            staff: StaffUser = Depends(page_staff)) -> Response:
        """A message from a template, to the person in their language, through the outbox."""
        if template not in TEMPLATES:
            return RedirectResponse(f"/staff/intakes/{intake_id}?fehler=vorlage", status_code=303)
        now = c.runtime.clock()
        async with c.sessions() as session, session.begin():
            await desk._mine(session, staff, intake_id)
            intake = await session.get(Intake, intake_id)
            assert intake is not None
            await plan_decision_notice(session, intake, f"tpl:{template}", intake_id, now,
                                       key=f"tpl:{template}:{intake_id}:{now:%Y%m%d%H%M%S%f}")
            audit(session, staff, "message", "intake", intake_id, template)
        return RedirectResponse(f"/staff/intakes/{intake_id}?hinweis=nachricht", status_code=303)

    @r.post("/staff/followups/{followup_id}/done", include_in_schema=False)
    async def done(followup_id: Id, staff: StaffUser = Depends(page_staff)) -> Response:
        async with c.sessions() as session, session.begin():
            await desk.complete_followup(session, staff, followup_id, c.runtime.clock())
        return RedirectResponse("/staff/desk?hinweis=erledigt", status_code=303)

    return r
