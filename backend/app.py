"""The FastAPI app: web chat, staff pages (server-rendered, German), JSON API with OpenAPI docs,
and the Telegram webhook route."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo

import swagger_ui_bundle
from babel.dates import format_datetime
from fastapi import Depends, FastAPI, Form, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from pydantic import BaseModel
from sqlalchemy import select

from backend import (
    account_pages,
    calendar_pages,
    clearing_pages,
    desk_pages,
    figures_pages,
    letter_pages,
    offers,
    oversight_pages,
    script_pages,
    simulator_pages,
    text_pages,
    triage,
)
from backend.auth import (
    API_ERRORS,
    COOKIE,
    Auth,
    FormExpired,
    LoginRequired,
    SecondFactorDue,
    csrf_input,
    safe_next,
)
from backend.auth import router as auth_router
from backend.clean_input import CleanInput
from backend.container import Container
from backend.forms import Id
from backend.http_guard import HttpGuard
from backend.intake_view import answer_rows, language_label
from backend.unsaved import typed_texts
from bot import webchat
from storage import campaigns, clearing, desk, emergency, passwords, plans, sharing
from storage import intakes as intakes_repo
from storage.intakes import AccessDenied
from storage.models import Contact, Intake, StaffUser
from storage.refusals import text_of
from storage.sharing import Membership
from storage.staff import audit

HERE = Path(__file__).resolve().parent
KIND_RELEASE = " (früher je Art gefragt: gilt für jede Stelle dieser Art)"
CONSENT_LABELS = {"data_processing": "Beratung und Datenverarbeitung",
                  "share_jobcentre": "Weitergabe an Jobcenter" + KIND_RELEASE,
                  "share_foreigners_office": "Weitergabe an Ausländerbehörde" + KIND_RELEASE,
                  "share_jmd": "Weitergabe an Jugendmigrationsdienst" + KIND_RELEASE,
                  "share_mbe": "Weitergabe an Migrationsberatung (Erwachsene)" + KIND_RELEASE}
ROLE_LABELS = {"caseworker": "Fallberatung", "clearing": "Clearingstelle", "coordinator": "Koordination",
               "datenschutz": "Datenschutz", "admin": "Administration"}


class IntakeSummary(BaseModel):
    id: int
    language: str
    channel: str
    status: str
    urgent: bool
    submitted_at: datetime
    script_id: str
    script_version: str


class AnswerOut(BaseModel):
    question_id: str
    question: str
    answer: str
    code: Any
    original: str | None
    original_language: str | None


class ConsentOut(BaseModel):
    kind: str
    granted: bool
    signatory: str
    language: str
    recorded_at: datetime
    text_version: str


class IntakeDetail(IntakeSummary):
    answers: list[AnswerOut]
    consents: list[ConsentOut]


_OVERRIDES = dict.fromkeys(range(0x202A, 0x202F))  # LRE RLE PDF LRO RLO: they reorder what follows them


def no_bidi_overrides(value: Any) -> Any:
    """Every value a staff page shows, without bidi overrides and embeddings (never produced by our texts,
    which isolate with FSI/PDI; typed input loses them on the way in, see dialogs.parse.clean_text)."""
    if isinstance(value, Markup):
        return Markup(str(value).translate(_OVERRIDES))
    return value.translate(_OVERRIDES) if isinstance(value, str) else value


def create_app(c: Container) -> FastAPI:
    docs = c.settings.api_docs_on
    app = FastAPI(title="Ankommen", version="0.1.0", docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json" if docs else None)
    secure = not c.settings.is_development
    app.add_middleware(CleanInput)  # inside the guard: typed text is cleaned before any route reads it
    app.add_middleware(HttpGuard, hsts=secure)
    templates = Jinja2Templates(directory=HERE / "templates")
    tz = ZoneInfo(c.settings.municipality_tz)
    templates.env.filters["local"] = lambda dt: format_datetime(dt.astimezone(tz), "dd.MM.yyyy HH:mm", locale="de")
    templates.env.filters["language"] = language_label
    templates.env.globals["role_label"] = ROLE_LABELS
    templates.env.globals["consent_label"] = CONSENT_LABELS | (c.municipality.release_labels() if c.municipality else {})
    templates.env.globals["municipality"] = c.profile.get("name", "")
    templates.env.globals["csrf_input"] = csrf_input
    templates.env.finalize = no_bidi_overrides  # what older releases stored may still hold them
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    if docs:  # Swagger UI from the installed package, not from a CDN; started by a script of ours (CSP)
        app.mount("/api/docs/assets", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="api-docs")

        @app.get("/api/docs", include_in_schema=False)
        async def api_docs(request: Request) -> Response:
            return templates.TemplateResponse(request, "api_docs.html", {})
    app.include_router(webchat.router(c.runtime, templates, secure_cookies=secure, secret_key=c.settings.secret_key))
    if c.telegram is not None:
        app.include_router(c.telegram.webhook_router())
    auth = Auth(c)
    session_times = {"idle_minutes": c.settings.staff_idle_minutes, "lifetime_hours": c.settings.staff_session_hours}
    templates.env.globals["idle_minutes"] = c.settings.staff_idle_minutes  # the pages warn before it ends

    @app.exception_handler(LoginRequired)
    async def _login_required(request: Request, exc: LoginRequired) -> Response:
        if exc.api:
            return JSONResponse({"detail": "staff login required"}, status_code=401)
        had_session = bool(request.cookies.get(COOKIE))  # a session that ended (idle, logout elsewhere, …)
        if request.method != "GET":  # a form sent after the session ended: the login, saying so, with the text
            target = safe_next(urlsplit(request.headers.get("referer", "")).path)
            return templates.TemplateResponse(request, "login.html", {
                "staff": None, "next": target, "error": None, "ended": "post", **session_times,
                "unsaved": await typed_texts(request)}, status_code=401)
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        ended = "&beendet=1" if had_session else ""
        return RedirectResponse(f"/staff/login?next={quote(safe_next(target), safe='/')}{ended}", status_code=303)

    @app.exception_handler(SecondFactorDue)
    async def _second_factor(request: Request, exc: SecondFactorDue) -> Response:
        if exc.api:
            return JSONResponse({"detail": "second factor due"}, status_code=401)
        return RedirectResponse("/staff/login/code" if exc.pending == "code" else "/staff/account/2fa", status_code=303)

    @app.exception_handler(FormExpired)
    async def _form_expired(request: Request, exc: FormExpired) -> Response:
        if exc.api:
            return JSONResponse({"detail": "missing or wrong X-CSRF-Token"}, status_code=403)
        back = urlsplit(request.headers.get("referer", "")).path
        return templates.TemplateResponse(request, "expired.html", {
            "staff": getattr(request.state, "staff", None), "unsaved": await typed_texts(request),
            "back": safe_next(back) if back else ""}, status_code=403)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        """A page address or a form that cannot be right (an id no record can have, a missing field): for
        the API FastAPI's 422 with the details, for a page a page saying so."""
        if not request.url.path.startswith("/staff/"):
            return await request_validation_exception_handler(request, exc)
        return templates.TemplateResponse(request, "invalid.html", {"staff": None}, status_code=422)

    @app.exception_handler(passwords.Busy)
    async def _busy(request: Request, exc: passwords.Busy) -> Response:
        """Too many password checks at this moment (they run one at a time, off the event loop)."""
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": "busy, try again"}, status_code=503, headers={"Retry-After": "5"})
        return templates.TemplateResponse(request, "busy.html", {
            "staff": getattr(request.state, "staff", None), "unsaved": await typed_texts(request)},
            status_code=503, headers={"Retry-After": "5"})

    @app.exception_handler(AccessDenied)
    async def _denied(request: Request, exc: AccessDenied) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": "not allowed for your role"}, status_code=403)
        return templates.TemplateResponse(request, "denied.html", {
            "staff": getattr(request.state, "staff", None), "unsaved": await typed_texts(request)}, status_code=403)

    async def page_staff(request: Request) -> StaffUser:
        return await auth.staff_of(request, api=False)

    async def api_staff(request: Request) -> StaffUser:
        return await auth.staff_of(request, api=True)

    app.include_router(auth_router(c, auth, templates))
    app.include_router(account_pages.router(c, auth, templates))
    app.include_router(calendar_pages.router(c, templates, page_staff, api_staff))
    app.include_router(clearing_pages.router(c, templates, page_staff, api_staff))
    app.include_router(desk_pages.router(c, templates, page_staff))
    app.include_router(figures_pages.router(c, templates, page_staff))
    app.include_router(simulator_pages.router(c, templates, page_staff))
    app.include_router(script_pages.router(c, templates, page_staff))
    app.include_router(text_pages.router(c, templates, page_staff))
    app.include_router(letter_pages.router(c, templates, page_staff))
    app.include_router(oversight_pages.router(c, templates, page_staff))
    emergency_minutes = c.municipality.rules.emergency_access_minutes if c.municipality else 60

    # ---------------------------------------------------------------------------------- pages --------

    @app.get("/", include_in_schema=False)
    async def home(request: Request) -> Response:
        return templates.TemplateResponse(request, "home.html", {"staff": None})

    def membership(staff: StaffUser) -> Membership | None:
        """The staff member's organisation in the profile (caseworkers see their organisation's cases)."""
        return c.municipality.membership(staff.username, staff.role) if c.municipality else None

    @app.get("/staff/intakes", include_in_schema=False)
    async def intakes_page(request: Request, staff: StaffUser = Depends(page_staff)) -> Response:
        async with c.sessions() as session:
            rows = await intakes_repo.list_intakes(session, staff, member=membership(staff),
                                                   now=c.runtime.clock())
        return templates.TemplateResponse(request, "intakes.html", {"staff": staff, "intakes": rows})

    @app.get("/staff/intakes/{intake_id}", include_in_schema=False)
    async def intake_page(request: Request, intake_id: Id, staff: StaffUser = Depends(page_staff)) -> Response:
        intake, rows, consents = await _read_intake(staff, intake_id)
        if intake is None:
            # not theirs: the same page whether the case exists, was erased or is not released to them – the
            # emergency form for every reader who may break the glass at all (numbers tell nothing; what is
            # refused on sending is audited and reviewed)
            return templates.TemplateResponse(request, "notfound.html", {
                "staff": staff, "emergency": staff.role in intakes_repo.READERS and membership(staff) is not None,
                "intake_id": intake_id, "categories": emergency.CATEGORIES, "minutes": emergency_minutes},
                status_code=404)
        async with c.sessions() as session:  # the same person's appointments and follow-up answers; the plan
            accounts = list(await session.scalars(select(StaffUser)))
            member = membership(staff)
            partner = member is not None and member.kind not in sharing.OWN_KINDS and c.municipality is not None
            # a partner organisation's reader sees its own appointments and hand-overs, not other recipients'
            colleagues = {u.id for u in accounts if u.username in c.municipality.members(member.organisation)} \
                if partner else None  # type: ignore[union-attr]
            appts, checkins = await intakes_repo.follow_up_of(session, staff, intake, colleagues)
            plan, goals = await plans.plan_of(session, intake.id)
            handovers = [a for a in await clearing.assignments_of(session, intake.id)
                         if not partner or a.organisation == member.organisation]  # type: ignore[union-attr]
            notes = await plans.notes_of(session, intake.id)
            staff_names = {u.id: u.display_name for u in accounts}
            contact = await session.get(Contact, intake.contact_id) if intake.contact_id else None
            source = await campaigns.source_of(session, contact.start_payload if contact else None)
            writes = await desk.may_act(session, staff, intake.id)
            glass = None if writes else await emergency.active(session, staff, intake.id, c.runtime.clock())
            released = await sharing.released_organisations(
                session, intake.contact_id, c.municipality.memberships()) if c.municipality else set()
        findings = triage.suggest(c.cipher.unseal_answers(intake.answers), intake.urgent,
                                  c.runtime.clock().astimezone(ZoneInfo(c.settings.municipality_tz)).date(),
                                  c.municipality, triage.Loads(), released=released) if c.municipality else []
        return templates.TemplateResponse(request, "intake.html", {
            "staff": staff, "intake": intake, "rows": rows, "consents": consents, "appointments": appts,
            "checkins": checkins, "kinds": calendar_pages.KIND_LABELS, "statuses": calendar_pages.STATUS_LABELS,
            "findings": findings, "plan": plan, "goals": goals, "domains": plans.LIFE_DOMAINS,
            "services": plans.SERVICE, "templates_": desk_pages.TEMPLATES, "handovers": handovers,
            "staff_names": staff_names, "notes": notes, "organisations": c.municipality.organisations if c.municipality else [],
            "note": request.query_params.get("hinweis"), "error": text_of(request.query_params.get("fehler")),
            "source": source, "offers": offers.OFFERS, "receivers": _receivers(accounts), "writes": writes,
            "glass": glass, "categories": emergency.CATEGORIES, "released": released,
            "org_names": {o.id: o.name for o in c.municipality.organisations} if c.municipality else {}})

    def _receivers(accounts: list[StaffUser]) -> list[dict[str, Any]]:
        """Caseworker accounts a case can be handed to, with their organisation (from the profile)."""
        orgs = {cw.username: cw.organisation for cw in c.municipality.caseworkers} if c.municipality else {}
        return [{"id": u.id, "name": u.display_name, "organisation": orgs[u.username]} for u in accounts
                if u.active and u.role == "caseworker" and u.username in orgs]

    @app.post("/staff/intakes/{intake_id}/emergency", include_in_schema=False)
    async def emergency_access(request: Request, intake_id: Id, category: str = Form(""), reason: str = Form(""),
                               staff: StaffUser = Depends(page_staff)) -> Response:
        try:
            async with c.sessions() as session, session.begin():
                emergency.check_reason(category, reason)  # the sentence first, for every number alike
                if not await intakes_repo.exists(session, intake_id):
                    raise emergency.NotReleased("no such case")
                await emergency.grant(session, staff, membership(staff), intake_id, category, reason,
                                      c.runtime.clock(), timedelta(minutes=emergency_minutes))
        except emergency.NotReleased:  # no such case, or not released to them: one answer, kept for the review
            async with c.sessions() as session, session.begin():
                audit(session, staff, "emergency_refused", "intake", intake_id, category)
            return templates.TemplateResponse(request, "notfound.html", {
                "staff": staff, "emergency": False, "refused": True, "intake_id": intake_id}, status_code=403)
        except emergency.ReasonRefused as exc:  # the form again, with what was typed
            return templates.TemplateResponse(request, "notfound.html", {
                "staff": staff, "emergency": True, "intake_id": intake_id, "categories": emergency.CATEGORIES,
                "minutes": emergency_minutes, "problem": str(exc), "category": category, "reason": reason},
                status_code=422)
        return RedirectResponse(f"/staff/intakes/{intake_id}", status_code=303)

    async def _read_intake(staff: StaffUser, intake_id: Id) -> tuple[Intake | None, list[Any], list[Any]]:
        async with c.sessions() as session, session.begin():
            intake = await intakes_repo.get_intake(session, staff, intake_id, member=membership(staff),
                                                   now=c.runtime.clock())
            if intake is None:
                return None, [], []
            through = await emergency.active(session, staff, intake.id, c.runtime.clock())
            audit(session, staff, "view_emergency" if through else "view", "intake", intake.id)  # for the review
            sv = await c.scripts.get(session, intake.script_id, intake.script_version)
            consents = await intakes_repo.current_consents(session, staff, intake)
        return intake, answer_rows(intake, sv, c.cipher, c.l10n), consents

    # ---------------------------------------------------------------------------------- API ----------

    @app.get("/api/intakes", response_model=list[IntakeSummary], tags=["intakes"], responses=API_ERRORS)
    async def api_intakes(staff: StaffUser = Depends(api_staff)) -> Any:
        async with c.sessions() as session:
            rows = await intakes_repo.list_intakes(session, staff, member=membership(staff),
                                                   now=c.runtime.clock())
        return [_summary(i) for i in rows]

    @app.get("/api/intakes/{intake_id}", response_model=IntakeDetail, tags=["intakes"],
             responses={**API_ERRORS, 404: {"description": "no such intake, or not one this account may read"}})
    async def api_intake(intake_id: Id, staff: StaffUser = Depends(api_staff)) -> Any:
        intake, rows, consents = await _read_intake(staff, intake_id)
        if intake is None:
            return JSONResponse({"detail": "not found"}, status_code=404)
        return IntakeDetail(**_summary(intake).model_dump(),
                            answers=[AnswerOut(**{k: getattr(r, k) for k in AnswerOut.model_fields}) for r in rows],
                            consents=[ConsentOut(**{k: getattr(r, k) for k in ConsentOut.model_fields})
                                      for r in consents])

    return app


def _summary(i: Intake) -> IntakeSummary:
    return IntakeSummary(id=i.id, language=i.language, channel=i.channel, status=i.status, urgent=i.urgent,
                         submitted_at=i.submitted_at, script_id=i.script_id, script_version=i.script_version)

