"""The dialog simulator for coordinators (German): pick a stored script version and a language, chat with
the real bot on the simulator's own database (`backend.simulator`), and see beside the chat where the
conversation stands, its answers and the intake it would have created. Coordinators, clearing and admins;
caseworkers are refused. Like every staff form, the POSTs rely on the SameSite=strict session cookie."""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import ValidationError
from sqlalchemy import select

from backend.container import Container
from backend.simulator import Simulator
from bot.l10n import language_name
from dialogs.loader import ScriptError
from storage.intakes import AccessDenied
from storage.models import ScriptVersionRow, StaffUser

ROLES = ("coordinator", "clearing", "admin")
STATUS_LABELS = {"new": "noch nicht begonnen", "active": "läuft", "completed": "abgeschlossen",
                 "declined": "abgelehnt (anonyme Beratung)", "expired": "abgelaufen",
                 "forgotten": "beendet – der Bot hat alle Angaben gelöscht"}
ERRORS = {"version": "Diese Version gibt es nicht oder sie lässt sich nicht laden.",
          "sprache": "Diese Version gibt es nicht in der gewählten Sprache.",
          "eingabe": "Die Eingabe war zu lang oder ungültig.",
          "abgelaufen": "Diese Simulation gibt es nicht (mehr): nach 2 Stunden ohne Eingabe wird sie verworfen."}


@dataclass
class VersionOption:
    script_id: str
    version: str
    created_at: datetime
    published: bool

    @property
    def value(self) -> str:
        return f"{self.script_id}:{self.version}"


def router(c: Container, templates: Jinja2Templates,
           page_staff: Callable[[Request], Awaitable[StaffUser]]) -> APIRouter:
    r = APIRouter()
    sim = Simulator.of(c)
    r.add_event_handler("shutdown", sim.close)

    async def simulator_staff(staff: StaffUser = Depends(page_staff)) -> StaffUser:
        if staff.role not in ROLES:
            raise AccessDenied("the simulator is for coordinators, clearing and admins")
        return staff

    async def versions() -> tuple[list[VersionOption], list[str]]:
        """Every stored version, per script newest first, and the languages any of them speaks."""
        options, languages = [], []
        async with c.sessions() as session:
            rows = (await session.execute(
                select(ScriptVersionRow.script_id, ScriptVersionRow.version, ScriptVersionRow.created_at)
                .order_by(ScriptVersionRow.script_id, ScriptVersionRow.created_at.desc(),
                          ScriptVersionRow.id.desc()))).all()
            for script_id, version, created_at in rows:
                live = c.scripts.published.get(script_id)
                options.append(VersionOption(script_id, version, created_at,
                                             live is not None and live.version == version))
                try:
                    sv = await c.scripts.get(session, script_id, version)
                except ScriptError:
                    continue
                languages += [lang for lang in sv.script.languages if lang not in languages]
        return options, languages

    async def start_page(request: Request, staff: StaffUser, error: str | None, status: int = 200) -> Response:
        options, languages = await versions()
        wanted = request.query_params.get("version")  # "Im Simulator ausprobieren" on a version's page
        if not any(o.version == wanted for o in options):
            wanted = None
        return templates.TemplateResponse(request, "simulator.html", {
            "staff": staff, "chat": None, "options": options, "error": ERRORS.get(error or ""),
            "preselect": wanted,
            "languages": [(code, language_name(code)) for code in languages]}, status_code=status)

    @r.get("/staff/simulator", include_in_schema=False)
    async def simulator_page(request: Request, staff: StaffUser = Depends(simulator_staff)) -> Response:
        return await start_page(request, staff, request.query_params.get("fehler"))

    @r.post("/staff/simulator", include_in_schema=False)
    async def start(version: str = Form(""), language: str = Form(""), drafts: str = Form(""),
                    staff: StaffUser = Depends(simulator_staff)) -> Response:
        script_id, _, number = version.partition(":")
        try:
            chat = await sim.start(staff.id, script_id, number, language, drafts=bool(drafts))
        except (LookupError, ScriptError):
            return RedirectResponse("/staff/simulator?fehler=version", status_code=303)
        except ValueError:
            return RedirectResponse("/staff/simulator?fehler=sprache", status_code=303)
        return RedirectResponse(f"/staff/simulator/{chat.token}#aktuell", status_code=303)

    @r.get("/staff/simulator/{token}", include_in_schema=False)
    async def chat_page(request: Request, token: str, staff: StaffUser = Depends(simulator_staff)) -> Response:
        chat = await sim.get(token, staff.id)
        if chat is None:
            return await start_page(request, staff, "abgelaufen", status=404)
        state = await sim.inspect(token)
        live = c.scripts.published.get(chat.script_id)
        context: dict[str, Any] = {
            "staff": staff, "chat": chat, "state": state, "status_label": STATUS_LABELS.get(state.status, state.status),
            "published": live is not None and live.version == chat.version, "form_id": secrets.token_hex(8),
            "error": ERRORS.get(request.query_params.get("fehler") or "")}
        return templates.TemplateResponse(request, "simulator.html", context)

    @r.post("/staff/simulator/{token}/send", include_in_schema=False)
    async def send(request: Request, token: str, kind: str = Form("text"), text: str = Form(""),
                   data: str = Form(""), client_id: str = Form(""),
                   staff: StaffUser = Depends(simulator_staff)) -> Response:
        if await sim.get(token, staff.id) is None:
            return await start_page(request, staff, "abgelaufen", status=404)
        if kind == "text" and not text.strip():
            return RedirectResponse(f"/staff/simulator/{token}#aktuell", status_code=303)
        try:
            await sim.send(token, kind, text=text.strip() or None, data=data or None, client_id=client_id or None)
        except ValidationError:
            return RedirectResponse(f"/staff/simulator/{token}?fehler=eingabe#aktuell", status_code=303)
        return RedirectResponse(f"/staff/simulator/{token}#aktuell", status_code=303)

    @r.post("/staff/simulator/{token}/restart", include_in_schema=False)
    async def restart(request: Request, token: str, staff: StaffUser = Depends(simulator_staff)) -> Response:
        if await sim.get(token, staff.id) is None:
            return await start_page(request, staff, "abgelaufen", status=404)
        chat = await sim.restart(token)
        return RedirectResponse(f"/staff/simulator/{chat.token}#aktuell", status_code=303)

    return r
