"""Staff logins (German pages, JSON for the API): password and – where set up or required – a TOTP code,
sessions kept on the server (`storage.staff_sessions`), the growing delay and the lockout
(`storage.logins`), and the check that every form sent within a session carries that session's token
(CSRF: the synchronizer-token pattern; the token is random, kept with the session, compared in constant
time – no cryptography of our own). `staff_of` is the one way a route learns who is asking.
"""

from __future__ import annotations

import hmac
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote

import pyotp
from fastapi import APIRouter, Form, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from pydantic import BaseModel

from backend.container import Container
from storage import logins, passwords, staff_sessions
from storage.models import StaffSession, StaffUser
from storage.staff import audit

COOKIE = "ankommen_staff"
CSRF_FIELD, CSRF_HEADER = "csrf_token", "x-csrf-token"
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
TOTP_REQUIRED = ("admin",)  # with STAFF_TOTP=admins
# what every JSON route of the staff API may answer besides its result (documented in the OpenAPI schema)
API_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "staff login required (or the second factor is due)"},
    403: {"description": "not for this role, a change without the session's X-CSRF-Token, or from another site"},
}
START = {"caseworker": "/staff/desk", "clearing": "/staff/clearing", "coordinator": "/staff/figures",
         "datenschutz": "/staff/emergency", "admin": "/staff/clearing"}


class LoginRequired(Exception):
    def __init__(self, api: bool):
        self.api = api


class SecondFactorDue(Exception):
    """Logged in with the password; the code (or setting up the second factor) is still due."""

    def __init__(self, pending: str, api: bool):
        self.pending, self.api = pending, api


class FormExpired(Exception):
    """A change without this session's form token (another site's form, or a page from an ended session)."""

    def __init__(self, api: bool):
        self.api = api


class LoginIn(BaseModel):
    username: str
    password: str


class StaffOut(BaseModel):
    username: str
    display_name: str
    role: str


def client_of(request: Request) -> str:
    """The client's address (behind a trusted proxy: the one it forwarded, see FORWARDED_ALLOW_IPS)."""
    return request.client.host if request.client else "unknown"


def safe_next(target: str, staff: StaffUser | None = None) -> str:
    """Only local paths after login (no open redirect); without one, the role's start page."""
    if target.startswith("/") and not target.startswith(("//", "/\\")) and target != "/staff/login":
        return target
    return START.get(staff.role, "/staff/intakes") if staff else "/staff/intakes"


def seconds(n: int) -> str:
    """A wait in German words: "1 Sekunde", "40 Sekunden", "3 Minuten"."""
    if n >= 120:
        return f"{-(-n // 60)} Minuten"
    return "1 Sekunde" if n == 1 else f"{n} Sekunden"


def csrf_input(request: Request) -> Markup:
    """The hidden field every form of a staff page carries."""
    token = getattr(request.state, "csrf", "")
    return Markup(f'<input type="hidden" name="{CSRF_FIELD}" value="{token}">')


class Auth:
    def __init__(self, c: Container):
        self.c = c
        self.idle = timedelta(minutes=c.settings.staff_idle_minutes)
        self.lifetime = timedelta(hours=c.settings.staff_session_hours)
        self.secure = not c.settings.is_development

    def now(self) -> datetime:
        return self.c.runtime.clock()

    def totp_required(self, staff: StaffUser) -> bool:
        return self.c.settings.totp_mode == "admins" and staff.role in TOTP_REQUIRED

    def totp_possible(self) -> bool:
        return self.c.settings.totp_mode != "off"

    async def staff_of(self, request: Request, api: bool, pending_ok: bool = False) -> StaffUser:
        """Who is asking: the live session's account. A change must carry the session's form token."""
        async with self.c.sessions() as session, session.begin():
            found = await staff_sessions.current(session, request.cookies.get(COOKIE), self.now(), self.idle)
        if found is None:
            raise LoginRequired(api)
        row, staff = found
        if row.pending and not pending_ok:
            raise SecondFactorDue(row.pending, api)
        request.state.staff_session, request.state.csrf, request.state.staff = row, row.csrf_token, staff
        if request.method in UNSAFE:
            given = request.headers.get(CSRF_HEADER)
            if not given and request.headers.get("content-type", "").startswith(
                    ("application/x-www-form-urlencoded", "multipart/form-data")):
                value = (await request.form()).get(CSRF_FIELD)
                given = value if isinstance(value, str) else None
            if not given or not hmac.compare_digest(given.encode(), row.csrf_token.encode()):
                raise FormExpired(api)
        return staff

    def set_cookie(self, response: Response, token: str) -> None:
        # a session cookie: gone when the browser closes; the server ends it anyway after idling
        response.set_cookie(COOKIE, token, httponly=True, samesite="strict", secure=self.secure, path="/")

    async def start_session(self, response: Response, request: Request, staff: StaffUser,
                            pending: str | None) -> StaffSession:
        """A new session (its token in the cookie); the session the browser had before ends."""
        now = self.now()
        async with self.c.sessions() as session, session.begin():
            old = await staff_sessions.current(session, request.cookies.get(COOKIE), now, self.idle)
            if old is not None:
                staff_sessions.end(old[0], now, "replaced")
            token, row = await staff_sessions.open_session(session, staff, now, self.lifetime, pending)
        self.set_cookie(response, token)
        request.state.csrf = row.csrf_token
        return row

    def pending_for(self, staff: StaffUser) -> str | None:
        if staff.totp_enabled and self.totp_possible():
            return "code"
        return "enrol" if self.totp_required(staff) else None

    def code_ok(self, staff: StaffUser, code: str, now: datetime) -> int | None:
        """The time step of a valid code not used before (one step of clock drift either way), or None."""
        code = "".join(ch for ch in code if ch.isdigit())
        if not staff.totp_secret or len(code) != 6:
            return None
        totp = pyotp.TOTP(staff.totp_secret)
        step = int(now.timestamp()) // totp.interval
        for candidate in (step, step - 1, step + 1):
            if hmac.compare_digest(totp.generate_otp(candidate), code) and candidate > (staff.totp_last_step or -1):
                return candidate
        return None


def router(c: Container, auth: Auth, templates: Jinja2Templates) -> APIRouter:
    r = APIRouter()

    def page(request: Request, name: str, context: dict[str, Any], status: int = 200,
             headers: dict[str, str] | None = None) -> Response:
        return templates.TemplateResponse(request, name, {"staff": None, **context}, status_code=status,
                                          headers=headers)

    def refused(request: Request, result: logins.LoginResult, target: str) -> Response:
        if result.retry_after:
            return page(request, "login.html", {
                "next": target, "error": f"Zu viele Versuche. Bitte in {seconds(result.retry_after)} noch einmal."},
                429, {"Retry-After": str(result.retry_after)})
        if result.locked:
            return page(request, "login.html", {"next": target, "error": "Dieses Konto ist nach zu vielen falschen "
                        "Passwörtern gesperrt. Die Administration kann es entsperren."}, 423)
        return page(request, "login.html", {"next": target, "error": "Benutzername oder Passwort stimmt nicht."}, 401)

    @r.get("/staff/login", include_in_schema=False)
    async def login_form(request: Request, next: str = "", beendet: str = "") -> Response:
        return page(request, "login.html", {"next": safe_next(next) if next else "", "error": None,
                                            "ended": "get" if beendet else None,
                                            "idle_minutes": c.settings.staff_idle_minutes,
                                            "lifetime_hours": c.settings.staff_session_hours})

    @r.post("/staff/login", include_in_schema=False)
    async def login(request: Request, username: str = Form(""), password: str = Form(""),
                    next: str = Form("")) -> Response:
        target = safe_next(next) if next else ""
        try:
            result = await logins.login(c.sessions, username, password, client_of(request), auth.now())
        except passwords.Busy:
            return page(request, "login.html", {"next": target, "error": "Gerade melden sich sehr viele an. Bitte "
                        "in ein paar Sekunden noch einmal."}, 503, {"Retry-After": "5"})
        if result.staff is None:
            return refused(request, result, target)
        staff = result.staff
        pending = auth.pending_for(staff)
        where = {"code": "/staff/login/code", "enrol": "/staff/account/2fa"}.get(pending or "", safe_next(target, staff))
        if pending:
            where += f"?next={quote(target, safe='/')}" if target else ""
        response = RedirectResponse(where, status_code=303)
        await auth.start_session(response, request, staff, pending)
        return response

    @r.get("/staff/login/code", include_in_schema=False)
    async def code_form(request: Request, next: str = "") -> Response:
        staff = await auth.staff_of(request, api=False, pending_ok=True)
        if request.state.staff_session.pending != "code":
            return RedirectResponse(safe_next(next, staff), status_code=303)
        return page(request, "login_code.html", {"next": safe_next(next) if next else "", "error": None})

    @r.post("/staff/login/code", include_in_schema=False)
    async def code(request: Request, code: str = Form(""), next: str = Form("")) -> Response:
        staff = await auth.staff_of(request, api=False, pending_ok=True)
        row: StaffSession = request.state.staff_session
        target = safe_next(next) if next else ""
        if row.pending != "code":
            return RedirectResponse(safe_next(target, staff), status_code=303)
        now = auth.now()
        key = logins.account_key(staff.username)
        begun = await logins.begin_attempt(c.sessions, key, client_of(request)[:64], now)
        if isinstance(begun, logins.LoginResult):  # codes count like passwords: the same delay and lockout
            if begun.locked:
                return page(request, "login_code.html", {"next": target, "error": "Dieses Konto ist nach zu vielen "
                            "falschen Eingaben gesperrt. Die Administration kann es entsperren."}, 423)
            return page(request, "login_code.html", {"next": target, "error": f"Zu viele Versuche. Bitte in "
                        f"{seconds(begun.retry_after)} noch einmal."}, 429, {"Retry-After": str(begun.retry_after)})
        async with c.sessions() as session, session.begin():
            user = await session.get(StaffUser, staff.id, with_for_update=True)
            assert user is not None
            step = auth.code_ok(user, code, now)
            await logins.end_attempt(session, begun, user, step is not None, key, now, what="code")
            if step is not None:
                user.totp_last_step = step
                staff_sessions.end(await session.merge(row), now, "second_factor")
                audit(session, user, "login", "staff_user", user.id, "code")
        if step is None:
            return page(request, "login_code.html", {"next": target, "error": "Der Code stimmt nicht oder wurde "
                        "schon benutzt (jeder Code gilt nur einmal – nach dem Einrichten oder einer Anmeldung eben "
                        "bitte auf den nächsten Code der App warten, er kommt alle 30 Sekunden)."}, 401)
        response = RedirectResponse(safe_next(target, staff), status_code=303)
        await auth.start_session(response, request, staff, None)
        return response

    @r.post("/staff/logout", include_in_schema=False)
    async def logout(request: Request) -> Response:
        response = RedirectResponse("/staff/login", status_code=303)
        response.delete_cookie(COOKIE, path="/")
        try:
            staff = await auth.staff_of(request, api=False, pending_ok=True)
        except LoginRequired:
            return response  # nothing to end: the cookie goes anyway
        except FormExpired:  # a stale tab's form: logging out is never refused, the session ends all the same
            staff = request.state.staff  # (cross-site posts never get here: backend/http_guard.py)
        async with c.sessions() as session, session.begin():
            staff_sessions.end(await session.merge(request.state.staff_session), auth.now(), "logout")
            audit(session, staff, "logout", "staff_user", staff.id)
        return response

    @r.post("/api/session", response_model=StaffOut, tags=["staff"],
            responses={400: {"description": "the body is not JSON"}, 401: {"description": "wrong username or password"},
                       403: API_ERRORS[403],
                       423: {"description": "locked after too many wrong passwords"},
                       429: {"description": "too many attempts (Retry-After)"},
                       503: {"description": "too many logins at this moment (Retry-After)"}})
    async def api_login(body: LoginIn, request: Request) -> Any:
        """Log in for the JSON API. Accounts with a second factor log in on the pages."""
        try:
            result = await logins.login(c.sessions, body.username, body.password, client_of(request), auth.now())
        except passwords.Busy:
            return JSONResponse({"detail": "busy, try again"}, status_code=503, headers={"Retry-After": "5"})
        if result.retry_after:
            return JSONResponse({"detail": "too many attempts"}, status_code=429,
                                headers={"Retry-After": str(result.retry_after)})
        if result.locked:
            return JSONResponse({"detail": "account locked"}, status_code=423)
        if result.staff is None:
            return JSONResponse({"detail": "wrong username or password"}, status_code=401)
        staff = result.staff
        if auth.pending_for(staff):
            return JSONResponse({"detail": "this account logs in with a second factor on /staff/login"},
                                status_code=401)
        response = JSONResponse(StaffOut(username=staff.username, display_name=staff.display_name,
                                         role=staff.role).model_dump())
        row = await auth.start_session(response, request, staff, None)
        response.headers["X-CSRF-Token"] = row.csrf_token  # for the API's own changes
        return response

    return r
