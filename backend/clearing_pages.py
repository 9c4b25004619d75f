"""The clearing queue (German): new intakes oldest first with their decision deadline and urgency, the
triage suggestion with its reasons, each caseworker's load against 60 % of their post, and the decisions
– admit and assign, refer elsewhere, waitlist (bounded), decline with a reason. Assignments are accepted
or rejected by the receiving caseworker. Access and consent are enforced in `storage.clearing`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend import triage
from backend.auth import API_ERRORS
from backend.container import Container
from backend.forms import Id, form_id
from storage import clearing, emergency, sharing
from storage.intakes import AccessDenied
from storage.models import Assignment, Intake, StaffUser
from storage.refusals import text_of
from storage.staff import audit

DONE = {"admit": "Aufgenommen und zugewiesen", "refer": "Weiterverwiesen", "waitlist": "Auf die Warteliste gesetzt",
        "decline": "Abgelehnt", "accepted": "Zuweisung angenommen", "rejected": "Zuweisung abgelehnt",
        "revoked": "Zuweisung zurückgezogen", "transferred": "Übergeben"}  # what ?hinweis= may say, nothing else
ACTION_LABELS = {"admit": "aufnehmen und zuweisen", "refer": "weiterverweisen", "waitlist": "Warteliste",
                 "decline": "ablehnen"}


class QueueItem(BaseModel):
    id: int
    submitted_at: datetime
    decide_by: datetime
    overdue: bool
    urgent: bool
    language: str
    suggestion: str
    reasons: list[str]


def router(c: Container, templates: Jinja2Templates,
           page_staff: Callable[[Request], Awaitable[StaffUser]],
           api_staff: Callable[[Request], Awaitable[StaffUser]]) -> APIRouter:
    r = APIRouter()
    profile = c.municipality
    tz = ZoneInfo(c.settings.municipality_tz)

    async def _staff_loads(session: AsyncSession) -> tuple[list[dict[str, Any]], triage.Loads]:
        """Caseworkers of the profile with their load in hours against their capacity."""
        assert profile is not None
        hours = await clearing.loads(session, profile.capacity.category_hours)
        users = {u.username: u for u in await session.scalars(
            select(StaffUser).where(StaffUser.active.is_(True), StaffUser.role == "caseworker"))}
        people = []
        for cw in profile.caseworkers:
            user = users.get(cw.username)
            used = hours.get(user.id, 0.0) if user else 0.0
            people.append({"username": cw.username, "id": user.id if user else None,
                           "name": user.display_name if user else cw.username, "organisation": cw.organisation,
                           "used": used, "capacity": profile.capacity.hours(cw.fte), "fte": cw.fte})
        by_kind: dict[str, list[str]] = {}
        for org in profile.organisations:
            by_kind.setdefault(org.kind, []).append(org.id)
        rotation = await clearing.last_in_rotation(session, by_kind)
        return people, triage.Loads(hours={p["username"]: p["used"] for p in people}, last_in_rotation=rotation)

    async def _items(session: AsyncSession, staff: StaffUser) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        assert profile is not None
        now = c.runtime.clock()
        intakes = await clearing.queue(session, staff)
        people, loads = await _staff_loads(session)
        items = []
        for intake in intakes:
            answers = c.cipher.unseal_answers(intake.answers)  # decrypted once, routed once
            # where the person's releases allow the case to go (the service point always)
            released = await sharing.released_organisations(session, intake.contact_id, profile.memberships())
            proposal = triage.route(triage.person_from_answers(answers), profile, loads, released)
            findings = triage.suggest(answers, intake.urgent, now.astimezone(tz).date(), profile, loads, proposal)
            decide_by = intake.submitted_at + timedelta(days=profile.rules.decide_days)
            items.append({"intake": intake, "findings": findings, "proposal": proposal, "decide_by": decide_by,
                          "overdue": now > decide_by, "released": released})
        items.sort(key=lambda i: (not i["intake"].urgent, i["intake"].submitted_at))  # urgent on top
        return items, people

    def _allowed() -> None:
        if profile is None:
            raise AccessDenied("no municipality profile")

    @r.get("/staff/clearing", include_in_schema=False)
    async def clearing_page(request: Request, staff: StaffUser = Depends(page_staff)) -> Response:
        _allowed()
        async with c.sessions() as session, session.begin():
            items, people = await _items(session, staff)
            waiting = await clearing.waitlist_length(session)
            unseen = await emergency.unacknowledged(session)
            for item in items:
                audit_view(session, staff, item["intake"].id)
        return templates.TemplateResponse(request, "clearing.html", {
            "staff": staff, "items": items, "people": people, "organisations": profile.organisations,  # type: ignore[union-attr]
            "actions": ACTION_LABELS, "waiting": waiting, "unseen": unseen, "waitlist_size": profile.rules.waitlist_size,  # type: ignore[union-attr]
            "done": DONE.get(request.query_params.get("hinweis", "")), "fall": form_id(request.query_params.get("fall", "")),
            "error": text_of(request.query_params.get("fehler"))})

    @r.post("/staff/clearing/{intake_id}/decide", include_in_schema=False)
    async def decide(intake_id: Id, action: str = Form(...), organisation: str = Form(""),
                     caseworker: str = Form(""), category: str = Form(""), reason: str = Form(""),
                     staff: StaffUser = Depends(page_staff)) -> Response:
        _allowed()
        assert profile is not None
        try:  # a refused decision leaves the transaction by its exception: nothing of it is stored
            async with c.sessions() as session, session.begin():
                intake = await session.get(Intake, intake_id, with_for_update=True)
                if intake is None or intake.status == "erased":
                    return RedirectResponse("/staff/clearing?fehler=nicht-gefunden", status_code=303)
                await clearing.decide(
                    session, staff, intake, action, reason=reason, organisation=profile.recipient(organisation),
                    caseworker_id=form_id(caseworker),
                    category=category or None, waitlist_size=profile.rules.waitlist_size,
                    recontact_after=timedelta(days=profile.rules.waitlist_recontact_days), now=c.runtime.clock())
        except clearing.DecisionRefused as exc:
            return RedirectResponse(f"/staff/clearing?fehler={exc.code}#i{intake_id}", status_code=303)
        return RedirectResponse(f"/staff/clearing?hinweis={action}&fall={intake_id}", status_code=303)

    @r.post("/staff/assignments/{assignment_id}/{to}", include_in_schema=False)
    async def move_assignment(assignment_id: Id, to: str, reason: str = Form(""), back: str = Form("/staff/clearing"),
                              organisation: str = Form(""), caseworker: str = Form(""),
                              staff: StaffUser = Depends(page_staff)) -> Response:
        """accepted | rejected | revoked, or transferred (to `organisation` and `caseworker`)."""
        if to not in ("accepted", "rejected", "revoked", "transferred"):
            raise AccessDenied("unknown step")
        target = back if back.startswith("/staff/") else "/staff/clearing"
        recipient = profile.recipient(organisation) if profile else None
        try:
            async with c.sessions() as session, session.begin():
                assignment = await session.get(Assignment, assignment_id, with_for_update=True)
                if assignment is None:
                    raise AccessDenied("no such assignment")
                if to == "transferred":
                    if recipient is None:
                        raise clearing.DecisionRefused("stelle")
                    await clearing.transfer(session, staff, assignment, recipient, form_id(caseworker), reason,
                                            c.runtime.clock())
                else:
                    await clearing.transition(session, staff, assignment, to, reason=reason, now=c.runtime.clock())
        except clearing.DecisionRefused as exc:
            return RedirectResponse(f"{target}?fehler={exc.code}", status_code=303)
        return RedirectResponse(f"{target}?hinweis={to}", status_code=303)

    @r.get("/api/clearing", response_model=list[QueueItem], tags=["clearing"], responses=API_ERRORS)
    async def api_queue(staff: StaffUser = Depends(api_staff)) -> Any:
        _allowed()
        async with c.sessions() as session, session.begin():
            items, _ = await _items(session, staff)
            for item in items:
                audit_view(session, staff, item["intake"].id)
        return [QueueItem(id=i["intake"].id, submitted_at=i["intake"].submitted_at, decide_by=i["decide_by"],
                          overdue=i["overdue"], urgent=i["intake"].urgent, language=i["intake"].language,
                          suggestion=i["findings"][-1].result, reasons=list(i["findings"][-1].reasons))
                for i in items]

    return r


def audit_view(session: AsyncSession, staff: StaffUser, intake_id: int) -> None:
    audit(session, staff, "view", "intake", intake_id, "clearing queue")
