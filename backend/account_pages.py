"""Staff accounts (German): one's own account (change the password – every other session ends; set up or
turn off the second factor) and, for admins, everyone's (unlock after a lockout, deactivate – every session
ends at once –, activate, reset the second factor). Every change is audited."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pyotp
import segno
from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from sqlalchemy import func, select

from backend.auth import COOKIE, Auth, client_of, safe_next, seconds
from backend.container import Container
from backend.forms import Id
from storage import logins, passwords, staff_sessions
from storage.intakes import AccessDenied
from storage.models import Assignment, StaffSession, StaffUser
from storage.staff import audit

ADMIN_ACTIONS = ("unlock", "deactivate", "activate", "reset-2fa")
NOTES = {"passwort": "Das Passwort ist geändert. Ihre anderen Sitzungen sind beendet.",
         "2fa-an": "Die Zwei-Faktor-Anmeldung ist eingerichtet.", "2fa-aus": "Die Zwei-Faktor-Anmeldung ist aus.",
         "unlock": "Das Konto ist entsperrt.", "deactivate": "Das Konto ist deaktiviert; alle Sitzungen sind beendet.",
         "activate": "Das Konto ist wieder aktiv.", "reset-2fa": "Die Zwei-Faktor-Anmeldung ist zurückgesetzt."}


def router(c: Container, auth: Auth, templates: Jinja2Templates) -> APIRouter:
    r = APIRouter()

    def page(request: Request, staff: StaffUser, name: str, context: dict[str, Any], status: int = 200) -> Response:
        return templates.TemplateResponse(request, name, {"staff": staff, **context}, status_code=status)

    async def own(request: Request, staff: StaffUser, error: str | None = None, status: int = 200) -> Response:
        async with c.sessions() as session:
            live = list(await session.scalars(select(StaffSession).where(
                StaffSession.staff_user_id == staff.id, StaffSession.ended_at.is_(None),
                StaffSession.expires_at > auth.now())))
        return page(request, staff, "account.html", {
            "error": error, "note": NOTES.get(request.query_params.get("hinweis", "")), "sessions": len(live),
            "totp_possible": auth.totp_possible(), "totp_required": auth.totp_required(staff),
            "idle": c.settings.staff_idle_minutes, "min_length": passwords.MIN_LENGTH}, status)

    async def current_password(request: Request, staff: StaffUser, current: str) -> Response | None:
        """The current password, asked again: counted like a login (delay, lockout – a stolen session must
        not guess it freely). None: it is right."""
        result = await logins.check_password(c.sessions, staff, current, client_of(request), auth.now())
        if result.staff is not None:
            return None
        if result.locked:
            response = RedirectResponse("/staff/login", status_code=303)
            response.delete_cookie(COOKIE, path="/")
            return response
        if result.retry_after:
            response = await own(request, staff, f"Zu viele Versuche. Bitte in {seconds(result.retry_after)} noch "
                                 "einmal.", 429)
            response.headers["Retry-After"] = str(result.retry_after)
            return response
        return await own(request, staff, "Das bisherige Passwort stimmt nicht.", 400)

    @r.get("/staff/account", include_in_schema=False)
    async def account(request: Request) -> Response:
        return await own(request, await auth.staff_of(request, api=False))

    @r.post("/staff/account/password", include_in_schema=False)
    async def change_password(request: Request, current: str = Form(""), new: str = Form(""),
                              repeat: str = Form("")) -> Response:
        staff = await auth.staff_of(request, api=False)
        refused = await current_password(request, staff, current)
        if refused is not None:
            return refused
        if new != repeat:
            return await own(request, staff, "Die beiden neuen Passwörter sind nicht gleich.", 400)
        if new == current:
            return await own(request, staff, "Das neue Passwort muss ein anderes sein als das bisherige.", 400)
        try:
            passwords.check_new_password(new, (staff.username, staff.display_name, c.profile.get("name", "")))
        except passwords.PasswordRefused as exc:
            return await own(request, staff, str(exc), 400)
        now, hashed = auth.now(), await passwords.hash_async(new)
        async with c.sessions() as session, session.begin():
            user = await session.get(StaffUser, staff.id, with_for_update=True)
            assert user is not None
            user.password_hash, user.password_changed_at = hashed, now
            ended = await staff_sessions.end_all(session, user.id, now, "password")
            audit(session, user, "password_changed", "staff_user", user.id, f"{ended} sessions ended")
        response = RedirectResponse("/staff/account?hinweis=passwort", status_code=303)
        await auth.start_session(response, request, staff, None)  # this browser goes on, with a new token
        return response

    @r.get("/staff/account/2fa", include_in_schema=False)
    async def second_factor(request: Request, next: str = "") -> Response:
        staff = await auth.staff_of(request, api=False, pending_ok=True)
        if not auth.totp_possible():
            raise AccessDenied("no second factor on this installation")
        qr = None
        if staff.totp_secret and not staff.totp_enabled:
            uri = pyotp.TOTP(staff.totp_secret).provisioning_uri(name=staff.username,
                                                                 issuer_name=f"Ankommen {c.profile.get('name', '')}")
            qr = Markup(segno.make(uri, error="m").svg_inline(scale=4, title="QR-Code für die Authenticator-App"))
        return page(request, staff, "account_2fa.html", {
            "qr": qr, "secret": " ".join(staff.totp_secret[i:i + 4] for i in range(0, len(staff.totp_secret), 4))
            if staff.totp_secret and not staff.totp_enabled else None,
            "required": auth.totp_required(staff), "pending": request.state.staff_session.pending,
            "next": safe_next(next) if next else "", "error": request.query_params.get("fehler") == "code"})

    @r.post("/staff/account/2fa/start", include_in_schema=False)
    async def start_second_factor(request: Request, next: str = Form("")) -> Response:
        staff = await auth.staff_of(request, api=False, pending_ok=True)
        if not auth.totp_possible() or staff.totp_enabled:
            return RedirectResponse("/staff/account", status_code=303)
        async with c.sessions() as session, session.begin():
            user = await session.get(StaffUser, staff.id, with_for_update=True)
            assert user is not None
            user.totp_secret, user.totp_enabled, user.totp_last_step = pyotp.random_base32(), False, None
        return RedirectResponse("/staff/account/2fa" + (f"?next={quote(next, safe='/')}" if next else ""),
                                status_code=303)

    @r.post("/staff/account/2fa", include_in_schema=False)
    async def confirm_second_factor(request: Request, code: str = Form(""), next: str = Form("")) -> Response:
        staff = await auth.staff_of(request, api=False, pending_ok=True)
        row: StaffSession = request.state.staff_session
        now = auth.now()
        async with c.sessions() as session, session.begin():
            user = await session.get(StaffUser, staff.id, with_for_update=True)
            assert user is not None
            step = auth.code_ok(user, code, now) if user.totp_secret and not user.totp_enabled else None
            if step is not None:
                user.totp_enabled, user.totp_last_step = True, step
                await staff_sessions.end_all(session, user.id, now, "2fa_enabled", keep=row.id)  # a thief's too
                audit(session, user, "2fa_enabled", "staff_user", user.id)
        if step is None:
            return RedirectResponse("/staff/account/2fa?fehler=code" + (f"&next={quote(next, safe='/')}" if next else ""),
                                    status_code=303)
        if row.pending:  # the login waited for this: now it is complete
            response = RedirectResponse(safe_next(safe_next(next) if next else "", staff), status_code=303)
            await auth.start_session(response, request, staff, None)
            return response
        return RedirectResponse("/staff/account?hinweis=2fa-an", status_code=303)

    @r.post("/staff/account/2fa/off", include_in_schema=False)
    async def second_factor_off(request: Request, current: str = Form("")) -> Response:
        staff = await auth.staff_of(request, api=False)
        if auth.totp_required(staff):
            return await own(request, staff, "Für Ihre Rolle ist die Zwei-Faktor-Anmeldung vorgeschrieben.", 400)
        refused = await current_password(request, staff, current)
        if refused is not None:
            return refused
        async with c.sessions() as session, session.begin():
            user = await session.get(StaffUser, staff.id, with_for_update=True)
            assert user is not None
            user.totp_secret, user.totp_enabled, user.totp_last_step = None, False, None
            audit(session, user, "2fa_disabled", "staff_user", user.id)
        return RedirectResponse("/staff/account?hinweis=2fa-aus", status_code=303)

    # ------------------------------------------------------------------------------ admins -----------

    async def admin(request: Request) -> StaffUser:
        staff = await auth.staff_of(request, api=False)
        if staff.role != "admin":
            raise AccessDenied("accounts are managed by admins")
        return staff

    @r.get("/staff/accounts", include_in_schema=False)
    async def accounts(request: Request) -> Response:
        staff = await admin(request)
        async with c.sessions() as session:
            users = list(await session.scalars(select(StaffUser).order_by(StaffUser.role, StaffUser.display_name)))
            open_cases = dict((await session.execute(  # what a deactivation leaves without a caseworker
                select(Assignment.staff_user_id, func.count()).where(Assignment.state.in_(("proposed", "accepted")))
                .group_by(Assignment.staff_user_id))).all())
        orgs = {u.id: m.organisation for u in users
                if c.municipality and (m := c.municipality.membership(u.username, u.role)) is not None}
        names = {o.id: o.name for o in c.municipality.organisations} if c.municipality else {}
        return page(request, staff, "accounts.html", {
            "users": users, "note": NOTES.get(request.query_params.get("hinweis", "")),
            "organisation": {uid: names.get(org, org) for uid, org in orgs.items()}, "open_cases": open_cases,
            "refused": request.query_params.get("fehler") == "selbst"})

    @r.post("/staff/accounts/{user_id}/{action}", include_in_schema=False)
    async def account_action(request: Request, user_id: Id, action: str) -> Response:
        staff = await admin(request)
        if action not in ADMIN_ACTIONS:
            raise AccessDenied("unknown action")
        if user_id == staff.id and action in ("deactivate", "reset-2fa"):
            return RedirectResponse("/staff/accounts?fehler=selbst", status_code=303)
        now = auth.now()
        async with c.sessions() as session, session.begin():
            user = await session.get(StaffUser, user_id, with_for_update=True)
            if user is None:
                raise AccessDenied("no such account")
            if action == "unlock":
                await logins.unlock(session, staff, user)
            elif action == "deactivate":
                user.active = False
                await staff_sessions.end_all(session, user.id, now, "deactivated")
                audit(session, staff, "deactivate", "staff_user", user.id)
            elif action == "activate":
                user.active = True
                audit(session, staff, "activate", "staff_user", user.id)
            else:
                user.totp_secret, user.totp_enabled, user.totp_last_step = None, False, None
                await staff_sessions.end_all(session, user.id, now, "2fa_reset")
                audit(session, staff, "2fa_reset", "staff_user", user.id)
        return RedirectResponse(f"/staff/accounts?hinweis={action}#u{user_id}", status_code=303)

    return r
