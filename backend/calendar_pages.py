"""Staff pages for appointments: availability (weekly times, single dates, days off) and the calendar
(the week's appointments, requests waiting for a proposal, attended / no-show, move, cancel).

Access is decided in the queries: a caseworker sees and changes their own availability and appointments;
clearing staff and admins see everyone's and answer requests; coordinators see no personal data and are
refused. Every change tells the person at once through the outbox and is written to the audit log.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth import API_ERRORS
from backend.container import Container
from backend.forms import DAY_PATTERN, FormId, Id, form_date
from storage import appointments as repo
from storage.followups import plan_notice, plan_reminders
from storage.intakes import GONE, AccessDenied, visible
from storage.models import Appointment, Availability, AvailabilityException, Contact, Intake, StaffUser
from storage.outbox import cancel_planned
from storage.slots import local_instant
from storage.staff import audit

WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
KIND_LABELS = {"office": "Im Büro", "phone": "Telefon", "video": "Video", "home_visit": "Hausbesuch"}
STATUS_LABELS = {"requested": "angefragt", "booked": "gebucht", "confirmed": "bestätigt", "cancelled": "abgesagt",
                 "attended": "wahrgenommen", "no_show": "nicht erschienen"}
ALL_STAFF = ("clearing", "admin")  # see every caseworker's calendar and answer requests
CALENDAR_ROLES = ("caseworker", *ALL_STAFF)


class AppointmentOut(BaseModel):
    id: int
    intake_id: int | None  # only where the reader may open that case
    staff_user_id: int | None
    kind: str
    place: str
    language: str | None
    interpreter: bool
    starts_at: datetime | None
    ends_at: datetime | None
    status: str


def _allowed(staff: StaffUser) -> None:
    if staff.role not in CALENDAR_ROLES:
        raise AccessDenied()


def _owner(staff: StaffUser, requested: int | None) -> int:
    """Whose availability/appointment a change is about: caseworkers only their own."""
    if staff.role in ALL_STAFF and requested:
        return requested
    return staff.id


async def _appointment(session: AsyncSession, staff: StaffUser, appt_id: int) -> Appointment:
    appt = await session.get(Appointment, appt_id, with_for_update=True)
    if appt is None or not (staff.role in ALL_STAFF or appt.staff_user_id == staff.id):
        raise AccessDenied()
    return appt


def router(c: Container, templates: Jinja2Templates,
           page_staff: Callable[[Request], Awaitable[StaffUser]],
           api_staff: Callable[[Request], Awaitable[StaffUser]]) -> APIRouter:
    r = APIRouter()
    tz = ZoneInfo(c.settings.municipality_tz)
    desk = c.runtime.appointments
    rules = c.runtime.rules
    languages = _language_options(c)

    async def owner_of(session: AsyncSession, staff: StaffUser, requested: int | None) -> int | None:
        """Whose office hours or days off: one's own, or (clearing, admins) an active caseworker's or
        clearing member's; None for an id that is nobody's."""
        owner = _owner(staff, requested)
        if owner == staff.id:
            return owner
        user = await session.get(StaffUser, owner)
        return owner if user is not None and user.active and user.role in ("caseworker", "clearing") else None

    def back(path: str, note: str) -> Response:
        return RedirectResponse(f"{path}{'&' if '?' in path else '?'}hinweis={note}", status_code=303)

    async def _caseworkers(session: AsyncSession, staff: StaffUser) -> list[StaffUser]:
        if staff.role not in ALL_STAFF:
            return [staff]
        rows = await session.scalars(select(StaffUser).where(StaffUser.active.is_(True),
                                                             StaffUser.role.in_(("caseworker", "clearing")))
                                     .order_by(StaffUser.display_name))
        return list(rows)

    # ------------------------------------------------------------------------------ availability -----

    @r.get("/staff/availability", include_in_schema=False)
    async def availability_page(request: Request, staff: StaffUser = Depends(page_staff)) -> Response:
        _allowed(staff)
        async with c.sessions() as session:
            people = await _caseworkers(session, staff)
            ids = [p.id for p in people]
            av = list(await session.scalars(
                select(Availability).where(Availability.staff_user_id.in_(ids), Availability.active.is_(True))
                .order_by(Availability.staff_user_id, Availability.weekday, Availability.on_date,
                          Availability.start_time)))
            off = list(await session.scalars(
                select(AvailabilityException).where(AvailabilityException.staff_user_id.in_(ids),
                                                    AvailabilityException.ends_on >= c.runtime.clock().date())
                .order_by(AvailabilityException.starts_on)))
        names = {p.id: p.display_name for p in people}
        return templates.TemplateResponse(request, "availability.html", {
            "staff": staff, "rules": av, "exceptions": off, "people": people, "names": names,
            "weekdays": WEEKDAYS, "kinds": KIND_LABELS, "languages": languages,
            "note": request.query_params.get("hinweis")})

    @r.post("/staff/availability", include_in_schema=False)
    async def add_availability(
        request: Request, staff: StaffUser = Depends(page_staff), staff_user_id: FormId | None = Form(None),
        repeat: str = Form("weekly"), weekday: int = Form(0), on_date: str = Form(""),
        start_time: str = Form(...), end_time: str = Form(...), slot_minutes: int = Form(45),
        kind: str = Form("office"), place: str = Form(""), valid_until: str = Form(""),
    ) -> Response:
        _allowed(staff)
        form = await request.form()
        spoken = [x for x in form.getlist("languages") if x in languages]
        interpreted = [x for x in form.getlist("interpreter_languages") if x in languages]
        try:
            start, end = time.fromisoformat(start_time), time.fromisoformat(end_time)
            day = form_date(on_date) if repeat == "once" else None
            until = form_date(valid_until) if valid_until else None
        except ValueError:
            return back("/staff/availability", "ungueltig")
        if end <= start or not 10 <= slot_minutes <= 240 or kind not in ("office", "phone", "video") or (
                repeat == "once" and day is None) or not 0 <= weekday <= 6:
            return back("/staff/availability", "ungueltig")
        async with c.sessions() as session, session.begin():
            owner = await owner_of(session, staff, staff_user_id)
            if owner is None:
                return back("/staff/availability", "ungueltig")
            row = Availability(staff_user_id=owner, weekday=None if day else weekday, on_date=day,
                               start_time=start.strftime("%H:%M"), end_time=end.strftime("%H:%M"),
                               slot_minutes=slot_minutes, kind=kind, place=place.strip()[:200], languages=spoken,
                               interpreter_languages=interpreted, valid_until=until, active=True)
            session.add(row)
            await session.flush()
            audit(session, staff, "create", "availability", row.id)
        return back("/staff/availability", "gespeichert")

    @r.post("/staff/availability/{rule_id}/delete", include_in_schema=False)
    async def remove_availability(rule_id: Id, staff: StaffUser = Depends(page_staff)) -> Response:
        _allowed(staff)
        async with c.sessions() as session, session.begin():
            row = await session.get(Availability, rule_id)
            if row is None or not (staff.role in ALL_STAFF or row.staff_user_id == staff.id):
                raise AccessDenied()
            row.active = False  # booked appointments stay; no new slots from it
            audit(session, staff, "delete", "availability", row.id)
        return back("/staff/availability", "entfernt")

    @r.post("/staff/availability/exceptions", include_in_schema=False)
    async def add_exception(staff: StaffUser = Depends(page_staff), staff_user_id: FormId | None = Form(None),
                            starts_on: str = Form(...), ends_on: str = Form(""), reason: str = Form("")) -> Response:
        _allowed(staff)
        try:
            first = form_date(starts_on)
            last = form_date(ends_on) if ends_on else first
        except ValueError:
            return back("/staff/availability", "ungueltig")
        if last < first:
            return back("/staff/availability", "ungueltig")
        async with c.sessions() as session, session.begin():
            owner = await owner_of(session, staff, staff_user_id)
            if owner is None:
                return back("/staff/availability", "ungueltig")
            row = AvailabilityException(staff_user_id=owner, starts_on=first, ends_on=last, reason=reason.strip()[:200])
            session.add(row)
            await session.flush()
            audit(session, staff, "create", "availability_exception", row.id)
        return back("/staff/availability", "gespeichert")

    @r.post("/staff/availability/exceptions/{row_id}/delete", include_in_schema=False)
    async def remove_exception(row_id: Id, staff: StaffUser = Depends(page_staff)) -> Response:
        _allowed(staff)
        async with c.sessions() as session, session.begin():
            row = await session.get(AvailabilityException, row_id)
            if row is None or not (staff.role in ALL_STAFF or row.staff_user_id == staff.id):
                raise AccessDenied()
            await session.delete(row)
            audit(session, staff, "delete", "availability_exception", row_id)
        return back("/staff/availability", "entfernt")

    # ------------------------------------------------------------------------------ calendar ---------

    async def _week(session: AsyncSession, staff: StaffUser, monday: date) -> list[Appointment]:
        start = local_instant(monday, time(0), tz)
        end = local_instant(monday + timedelta(days=7), time(0), tz)
        stmt = select(Appointment).where(Appointment.starts_at >= start, Appointment.starts_at < end)
        if staff.role not in ALL_STAFF:
            stmt = stmt.where(Appointment.staff_user_id == staff.id)
        return list(await session.scalars(stmt.order_by(Appointment.starts_at)))

    async def _cases(session: AsyncSession, staff: StaffUser, appts: list[Appointment]) -> dict[int, int]:
        """The case number of each appointment, where the reader may open that case: the caseworker of a
        booking sees the appointment, not whose case it is, until the case is handed to them."""
        ids = {a.intake_id for a in appts if a.intake_id is not None}
        if not ids:
            return {}
        member = c.municipality.membership(staff.username, staff.role) if c.municipality else None
        readable = set(await session.scalars(select(Intake.id).where(
            Intake.id.in_(ids), Intake.status.not_in(GONE), visible(staff, member, c.runtime.clock()))))
        return {a.id: a.intake_id for a in appts if a.intake_id in readable}

    @r.get("/staff/calendar", include_in_schema=False)
    async def calendar_page(request: Request, week: str = "", staff: StaffUser = Depends(page_staff)) -> Response:
        _allowed(staff)
        now = c.runtime.clock()
        try:
            anchor = form_date(week) if week else now.astimezone(tz).date()
        except ValueError:
            anchor = now.astimezone(tz).date()
        monday = anchor - timedelta(days=anchor.weekday())
        async with c.sessions() as session, session.begin():
            appts = await _week(session, staff, monday)
            cases = await _cases(session, staff, appts)
            requests = list(await session.scalars(
                select(Appointment).where(Appointment.status == "requested").order_by(Appointment.created_at)
            )) if staff.role in ALL_STAFF else []
            people = await _caseworkers(session, staff)
            audit(session, staff, "view", "calendar", monday.isoformat())
        days = [(monday + timedelta(days=i)) for i in range(7)]
        by_day = {d: [a for a in appts if a.starts_at and a.starts_at.astimezone(tz).date() == d] for d in days}
        return templates.TemplateResponse(request, "calendar.html", {
            "staff": staff, "days": days, "by_day": by_day, "requests": requests, "people": people,
            "names": {p.id: p.display_name for p in people}, "weekdays": WEEKDAYS, "kinds": KIND_LABELS,
            "statuses": STATUS_LABELS, "languages": languages, "now": now, "tz": tz, "cases": cases,
            "prev": (monday - timedelta(days=7)).isoformat(), "next": (monday + timedelta(days=7)).isoformat(),
            "monday": monday, "note": request.query_params.get("hinweis")})

    async def _notify(session: AsyncSession, appt: Appointment, what: str) -> None:
        contact = await session.get(Contact, appt.contact_id) if appt.contact_id else None
        if contact is None:
            return
        now = c.runtime.clock()
        if what in ("moved", "proposed"):
            await plan_reminders(session, appt, contact, rules, tz, now)
        else:
            await cancel_planned(session, "reminder", appt.id, f"appointment {what}")
        await plan_notice(session, appt, contact, what, now)

    @r.post("/staff/appointments/{appt_id}/outcome", include_in_schema=False)
    async def outcome(appt_id: Id, result: str = Form(...), staff: StaffUser = Depends(page_staff)) -> Response:
        _allowed(staff)
        now = c.runtime.clock()
        async with c.sessions() as session, session.begin():
            appt = await _appointment(session, staff, appt_id)
            if result not in ("attended", "no_show") or appt.status not in ("booked", "confirmed") or (
                    appt.starts_at is None or appt.starts_at > now):
                return back("/staff/calendar", "ungueltig")
            contact = await session.get(Contact, appt.contact_id) if appt.contact_id else None
            await desk.outcome(session, appt, contact, result, now)
            audit(session, staff, result, "appointment", appt.id)
        return back(f"/staff/calendar?week={_week_of(appt, tz)}", "gespeichert")

    @r.post("/staff/appointments/{appt_id}/cancel", include_in_schema=False)
    async def staff_cancel(appt_id: Id, reason: str = Form(""), staff: StaffUser = Depends(page_staff)) -> Response:
        _allowed(staff)
        now = c.runtime.clock()
        async with c.sessions() as session, session.begin():
            appt = await _appointment(session, staff, appt_id)
            if appt.status not in ("booked", "confirmed", "requested"):
                return back("/staff/calendar", "ungueltig")
            repo.cancel(appt, "staff", now)
            appt.cancel_note = reason.strip()[:200] or None  # sealed at rest, like every staff text
            await _notify(session, appt, "cancelled")
            audit(session, staff, "cancel", "appointment", appt.id)
        return back(f"/staff/calendar?week={_week_of(appt, tz)}", "abgesagt")

    @r.post("/staff/appointments/{appt_id}/move", include_in_schema=False)
    async def staff_move(appt_id: Id, on_date: str = Form(...), at: str = Form(...), minutes: int = Form(45),
                         staff_user_id: FormId | None = Form(None), place: str = Form(""),
                         staff: StaffUser = Depends(page_staff)) -> Response:
        """Move a booking, or propose a time for a request (home visit): the person is told at once."""
        _allowed(staff)
        now = c.runtime.clock()
        try:
            starts = local_instant(form_date(on_date), time.fromisoformat(at), tz)
        except ValueError:
            starts = None
        if starts is None or starts <= now or starts > now + timedelta(days=730) or not 10 <= minutes <= 480:
            return back("/staff/calendar", "ungueltig")
        async with c.sessions() as session, session.begin():
            appt = await _appointment(session, staff, appt_id)
            if appt.status not in ("booked", "confirmed", "requested"):
                return back("/staff/calendar", "ungueltig")
            what = "proposed" if appt.status == "requested" else "moved"
            owner = await owner_of(session, staff, staff_user_id) if staff.role in ALL_STAFF else staff.id
            if owner is None:
                return back("/staff/calendar", "ungueltig")
            contact = await session.get(Contact, appt.contact_id) if appt.contact_id else None
            allowed = await desk.bookable(session, contact) if contact is not None else None
            if allowed is not None and owner not in allowed:  # not someone the person released data to
                return back("/staff/calendar", "nicht-freigegeben")
            ok = await repo.propose(session, appt, staff_user_id=owner, starts_at=starts, minutes=minutes,
                                    place=place.strip()[:200] or appt.place, now=now)
            if not ok:
                return back("/staff/calendar", "belegt")
            await _notify(session, appt, what)
            audit(session, staff, what, "appointment", appt.id)
        return back(f"/staff/calendar?week={_week_of(appt, tz)}", "verschoben" if what == "moved" else "vorgeschlagen")

    # ------------------------------------------------------------------------------ API --------------

    @r.get("/api/appointments", response_model=list[AppointmentOut], tags=["appointments"],
           responses=API_ERRORS)
    async def api_appointments(week: str | None = Query(None, pattern=DAY_PATTERN,
                                                        description="a day of the week wanted (YYYY-MM-DD, 2000–2100)",
                                                        json_schema_extra={"format": "date"}),
                               staff: StaffUser = Depends(api_staff)) -> Any:
        """Appointments of the week (the caller's own; clearing and admins everyone's)."""
        _allowed(staff)
        try:
            anchor = form_date(week) if week else c.runtime.clock().astimezone(tz).date()
        except ValueError:  # the right shape, but no such day (2026-02-30)
            return JSONResponse({"detail": [{"loc": ["query", "week"], "msg": "no such day", "type": "value_error"}]},
                                status_code=422)
        async with c.sessions() as session, session.begin():
            appts = await _week(session, staff, anchor - timedelta(days=anchor.weekday()))
            cases = await _cases(session, staff, appts)
            audit(session, staff, "view", "calendar", anchor.isoformat())
        return [AppointmentOut(**{k: getattr(a, k) for k in AppointmentOut.model_fields} | {"intake_id": cases.get(a.id)})
                for a in appts]

    return r


def _week_of(appt: Appointment, tz: ZoneInfo) -> str:
    return appt.starts_at.astimezone(tz).date().isoformat() if appt.starts_at else ""


def _language_options(c: Container) -> dict[str, str]:
    """The interpreter languages the intake asks about (codes as stored), with German names."""
    script = c.scripts.published["intake"].script
    node = script.by_id.get("interpreter_language")
    options = getattr(node, "options", []) or []
    return {o.id: c.l10n.message("de", o.text) for o in options if o.id != "other"}
