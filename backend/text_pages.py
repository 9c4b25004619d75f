"""Texts for coordinators (German UI): message ids × languages with missing, outdated and draft entries
marked, editing in place (checked like Fluent files are), coverage per language, publishing and rolling
back, and one language as an .ftl file for a translator (export and import). Rules: `storage.texts`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import select

from backend.container import Container
from backend.forms import Id
from bot.l10n import direction, language_name
from dialogs.parse import clean_text
from storage import texts
from storage.intakes import AccessDenied
from storage.models import StaffUser
from storage.staff import audit

EDITORS = ("coordinator", "admin")
SHOW = {"alle": "alle", "fehlt": "fehlende", "veraltet": "veraltete", "entwurf": "Entwürfe"}
STATES = {"ok": "aktuell", "missing": "fehlt", "outdated": "veraltet", "draft": "Entwurf", "new": "neu (Entwurf)"}
MAX_IMPORT = 2_000_000


def router(c: Container, templates: Jinja2Templates,
           page_staff: Callable[[Request], Awaitable[StaffUser]]) -> APIRouter:
    r = APIRouter()

    def _editor(staff: StaffUser) -> None:
        if staff.role not in EDITORS:
            raise AccessDenied("texts are for coordinators")

    def _langs() -> list[str]:
        return sorted(c.l10n.languages, key=lambda code: (code != texts.SOURCE, code))

    def _globals() -> set[str]:
        return set(c.l10n.globals)

    async def _page(request: Request, staff: StaffUser, lang: str, show: str, search: str,
                    errors: dict[str, str] | None = None, typed: dict[str, str] | None = None,
                    note: str = "", status: int = 200, report: texts.ImportReport | None = None) -> Response:
        langs = _langs()
        lang = lang if lang in langs else next((code for code in langs if code != texts.SOURCE), texts.SOURCE)
        async with c.sessions() as session:
            g = await texts.grid(session, langs)
            history = await texts.history(session)
            names = {u.id: u.display_name for u in await session.scalars(select(StaffUser))}
        rows: list[dict[str, Any]] = []
        needle = search.strip().lower()
        for mid in g.ids:
            cell, german = g.cell(lang, mid), g.cell(texts.SOURCE, mid)
            wanted = {"alle": True, "fehlt": cell.status == "missing", "veraltet": cell.status == "outdated",
                      "entwurf": cell.draft is not None or german.status == "new"}.get(show, True)
            if mid in (errors or {}):
                wanted = True
            if needle and needle not in mid and needle not in german.text.lower() and needle not in cell.text.lower():
                wanted = False
            if wanted:
                rows.append({"id": mid, "german": german, "cell": cell,
                             "typed": (typed or {}).get(mid), "error": (errors or {}).get(mid)})
        return templates.TemplateResponse(request, "texts.html", {
            "staff": staff, "grid": g, "rows": rows, "lang": lang, "show": show, "search": search, "shows": SHOW,
            "states": STATES, "names": {code: language_name(code) for code in langs}, "dir": direction(lang),
            "history": history, "staff_names": names, "note": note, "report": report, "source": texts.SOURCE,
            "text_of": texts.text_of}, status_code=status)

    @r.get("/staff/texts", include_in_schema=False)
    async def texts_page(request: Request, sprache: str = "", zeigen: str = "alle", suche: str = "",
                         hinweis: str = "", staff: StaffUser = Depends(page_staff)) -> Response:
        _editor(staff)
        known = ("gespeichert", "veroeffentlicht", "zurueckgenommen", "nichts", "neu")  # ?hinweis= says only these
        return await _page(request, staff, sprache, zeigen, suche, note=hinweis if hinweis in known else "")

    @r.post("/staff/texts/edit/{lang}/{msg_id}", include_in_schema=False)
    async def save(request: Request, lang: str, msg_id: str, text: str = Form(""), zeigen: str = Form("alle"),
                   suche: str = Form(""), staff: StaffUser = Depends(page_staff)) -> Response:
        _editor(staff)
        if lang not in _langs():
            raise AccessDenied("unknown language")
        async with c.sessions() as session, session.begin():
            error = await texts.save(session, staff, lang, msg_id, text, c.runtime.clock(), _globals())
            if error is None:
                audit(session, staff, "edit_text", "text", f"{lang}:{msg_id}")
        if error:
            return await _page(request, staff, lang, zeigen, suche, {msg_id: error}, {msg_id: text}, status=422)
        return RedirectResponse(f"/staff/texts?sprache={lang}&zeigen={zeigen}&suche={suche}&hinweis=gespeichert"
                                f"#text-{msg_id}", status_code=303)

    @r.post("/staff/texts/new", include_in_schema=False)
    async def add(request: Request, msg_id: str = Form(...), text: str = Form(...),
                  staff: StaffUser = Depends(page_staff)) -> Response:
        _editor(staff)
        msg_id = msg_id.strip()
        async with c.sessions() as session, session.begin():
            error = await texts.add_message(session, staff, msg_id, text, c.runtime.clock(), _globals())
            if error is None:
                audit(session, staff, "add_text", "text", f"de:{msg_id}")
        if error:
            return await _page(request, staff, texts.SOURCE, "alle", "", note=f"neu:{error}", status=422)
        return RedirectResponse(f"/staff/texts?sprache=de&zeigen=entwurf&hinweis=neu#text-{msg_id}", status_code=303)

    @r.post("/staff/texts/publish", include_in_schema=False)
    async def publish(note: str = Form(""), staff: StaffUser = Depends(page_staff)) -> Response:
        _editor(staff)
        async with c.sessions() as session, session.begin():
            pub = await texts.publish(session, staff, c.runtime.clock(), note)
            if pub is not None:
                audit(session, staff, "publish_texts", "texts", None, f"{len(pub.changes or [])} Texte")
        if pub is None:
            return RedirectResponse("/staff/texts?hinweis=nichts", status_code=303)
        await c.refresh_published(force=True)
        return RedirectResponse("/staff/texts?hinweis=veroeffentlicht", status_code=303)

    @r.post("/staff/texts/rollback/{publication_id}", include_in_schema=False)
    async def rollback(publication_id: Id, staff: StaffUser = Depends(page_staff)) -> Response:
        _editor(staff)
        try:
            async with c.sessions() as session, session.begin():
                await texts.rollback(session, staff, publication_id, c.runtime.clock())
                audit(session, staff, "rollback_texts", "texts", publication_id)
        except LookupError:
            return RedirectResponse("/staff/texts?hinweis=unbekannt", status_code=303)
        await c.refresh_published(force=True)
        return RedirectResponse("/staff/texts?hinweis=zurueckgenommen", status_code=303)

    @r.get("/staff/texts/export/{lang}", include_in_schema=False)
    async def export(lang: str, staff: StaffUser = Depends(page_staff)) -> Response:
        _editor(staff)
        if lang not in _langs():
            raise AccessDenied("unknown language")
        async with c.sessions() as session, session.begin():
            body = await texts.export_ftl(session, lang, c.runtime.clock())
            audit(session, staff, "export_texts", "texts", lang)
        return Response(body, media_type="text/plain; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="ankommen-{lang}.ftl"'})

    @r.post("/staff/texts/import/{lang}", include_in_schema=False)
    async def import_(request: Request, lang: str, file: UploadFile = File(...),
                      staff: StaffUser = Depends(page_staff)) -> Response:
        _editor(staff)
        if lang not in _langs():
            raise AccessDenied("unknown language")
        raw = await file.read(MAX_IMPORT + 1)
        if len(raw) > MAX_IMPORT:
            report = texts.ImportReport(errors=["Die Datei ist zu groß (höchstens 2 MB)."])
        else:
            try:
                source = clean_text(raw.decode("utf-8-sig"))
            except UnicodeDecodeError:
                source = None
            if source is None:
                report = texts.ImportReport(errors=["Die Datei ist nicht in UTF-8 gespeichert."])
            else:
                async with c.sessions() as session, session.begin():
                    report = await texts.import_ftl(session, staff, lang, source, c.runtime.clock(), _globals())
                    audit(session, staff, "import_texts", "texts", lang, f"{len(report.changed)} geändert")
        return await _page(request, staff, lang, "entwurf", "", report=report)

    return r
