"""Dialog scripts for coordinators (German): the versions of each script, view, edit (YAML, checked on
save with line and node), diff against the live version, publish, roll back, and who published when.
The rules are in `storage.script_versions`; conversations keep the version they started with."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import select

from backend.container import Container
from dialogs.loader import ScriptError
from storage import script_versions
from storage.intakes import AccessDenied
from storage.models import ScriptVersionRow, StaffUser
from storage.staff import audit

EDITORS = ("coordinator", "admin")


def router(c: Container, templates: Jinja2Templates,
           page_staff: Callable[[Request], Awaitable[StaffUser]]) -> APIRouter:
    r = APIRouter()

    def _editor(staff: StaffUser) -> None:
        if staff.role not in EDITORS:
            raise AccessDenied("scripts are for coordinators")

    def _not_found(request: Request, staff: StaffUser) -> Response:
        return templates.TemplateResponse(request, "notfound.html", {"staff": staff}, status_code=404)

    async def _names() -> dict[int, str]:
        async with c.sessions() as session:
            return {u.id: u.display_name for u in await session.scalars(select(StaffUser))}

    @r.get("/staff/scripts", include_in_schema=False)
    async def scripts_page(request: Request, hinweis: str = "", staff: StaffUser = Depends(page_staff)) -> Response:
        _editor(staff)
        async with c.sessions() as session:
            ids = sorted(set(await session.scalars(select(ScriptVersionRow.script_id).distinct())))
            scripts = [{"id": sid, "versions": await script_versions.versions(session, sid),
                        "history": (await script_versions.history(session, sid))[:10]} for sid in ids]
        return templates.TemplateResponse(request, "scripts.html", {
            "staff": staff, "scripts": scripts, "names": await _names(), "note": hinweis})

    @r.get("/staff/scripts/{script_id}/edit", include_in_schema=False)
    async def edit_page(request: Request, script_id: str, von: str = "",
                        staff: StaffUser = Depends(page_staff)) -> Response:
        _editor(staff)
        async with c.sessions() as session:
            base = von or (await script_versions.live_versions(session)).get(script_id, "")
            try:
                row = await script_versions.get_row(session, script_id, base)
            except LookupError:
                return _not_found(request, staff)
        return templates.TemplateResponse(request, "script_edit.html", {
            "staff": staff, "script_id": script_id, "based_on": row.version, "source": row.source, "note": "",
            "error": None})

    @r.post("/staff/scripts/{script_id}/edit", include_in_schema=False)
    async def save(request: Request, script_id: str, source: str = Form(""), based_on: str = Form(""),
                   note: str = Form(""), staff: StaffUser = Depends(page_staff)) -> Response:
        _editor(staff)
        now = c.runtime.clock()
        try:
            async with c.sessions() as session, session.begin():
                row = await script_versions.save_draft(session, staff, script_id, source, based_on or None, note, now)
                audit(session, staff, "save_script", "script", f"{script_id}@{row.version}")
        except ScriptError as exc:
            return templates.TemplateResponse(request, "script_edit.html", {
                "staff": staff, "script_id": script_id, "based_on": based_on, "source": source, "note": note,
                "error": script_versions.explain(source, exc), "line": script_versions.line_of(source, exc)},
                status_code=422)
        return RedirectResponse(f"/staff/scripts/{script_id}/{row.version}?hinweis=gespeichert", status_code=303)

    @r.get("/staff/scripts/{script_id}/{version}", include_in_schema=False)
    async def version_page(request: Request, script_id: str, version: str, hinweis: str = "",
                           staff: StaffUser = Depends(page_staff)) -> Response:
        _editor(staff)
        return await _version(request, staff, script_id, version, hinweis)

    async def _version(request: Request, staff: StaffUser, script_id: str, version: str, hinweis: str = "",
                       error: str | None = None, status: int = 200) -> Response:
        """A version's page; after a refused publication with the reason (shown from here, not the address)."""
        async with c.sessions() as session:
            try:
                row = await script_versions.get_row(session, script_id, version)
            except LookupError:
                return _not_found(request, staff)
            live = (await script_versions.live_versions(session)).get(script_id)
            live_row = await script_versions.get_row(session, script_id, live) if live else None
            try:
                missing = script_versions.missing_texts(await c.scripts.get(session, script_id, version), c.l10n.has)
            except ScriptError as exc:
                missing = [str(exc)]
        diff = (script_versions.diff(live_row.source, row.source, f"live ({live})", f"diese ({version})")
                if live_row and live != version else [])
        return templates.TemplateResponse(request, "script_version.html", {
            "staff": staff, "row": row, "live": live, "diff": diff, "missing": missing, "note": hinweis,
            "error": error, "names": await _names()}, status_code=status)

    @r.post("/staff/scripts/{script_id}/{version}/publish", include_in_schema=False)
    async def publish(request: Request, script_id: str, version: str, note: str = Form(""),
                      staff: StaffUser = Depends(page_staff)) -> Response:
        _editor(staff)
        try:
            async with c.sessions() as session, session.begin():
                await script_versions.get_row(session, script_id, version)
                await script_versions.publish(session, staff, script_id, version, c.runtime.clock(), c.l10n.has,
                                              note=note)
                audit(session, staff, "publish_script", "script", f"{script_id}@{version}")
        except LookupError:
            return RedirectResponse("/staff/scripts?hinweis=unbekannt", status_code=303)
        except ScriptError as exc:
            return await _version(request, staff, script_id, version, error=exc.reason[:600], status=422)
        await c.refresh_published(force=True)
        return RedirectResponse("/staff/scripts?hinweis=veroeffentlicht", status_code=303)

    @r.post("/staff/scripts/{script_id}/rollback", include_in_schema=False)
    async def rollback(script_id: str, staff: StaffUser = Depends(page_staff)) -> Response:
        _editor(staff)
        try:
            async with c.sessions() as session, session.begin():
                pub = await script_versions.rollback(session, staff, script_id, c.runtime.clock(), c.l10n.has)
                audit(session, staff, "rollback_script", "script", f"{script_id}@{pub.version}")
        except (LookupError, ScriptError):
            return RedirectResponse("/staff/scripts?hinweis=kein-zurueck", status_code=303)
        await c.refresh_published(force=True)
        return RedirectResponse("/staff/scripts?hinweis=zurueckgenommen", status_code=303)

    return r
