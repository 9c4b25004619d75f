"""The postal welcome offer for staff (German): import the registration office's CSV, see per household the
offer with its reasons and the letter languages, print the letters (one PDF per household or all in one),
the home-visit list by district, who answered; the nationality → letter language list.

Who: the service point's clearing staff and admins import and print (names and addresses); caseworkers do
the home visits and see that list; coordinators edit the language list (no personal data)."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from zoneinfo import ZoneInfo

from babel import Locale
from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import select

from backend import offers, registrations
from backend.container import Container
from backend.forms import Id
from backend.letters import Letter, render_pdf
from backend.profile import Letters
from bot.l10n import language_name
from dialogs.parse import clean_text
from storage import campaigns
from storage.intakes import AccessDenied
from storage.models import Campaign, CampaignHousehold, StaffUser
from storage.sharing import OWN_KINDS
from storage.staff import audit

PRINTERS = ("clearing", "admin")
VISITORS = ("caseworker", "clearing", "admin")
MAPPERS = ("coordinator", "clearing", "admin")
MAX_CSV = 5_000_000
DEMO_BOT = "AnkommenDemoBot"


def router(c: Container, templates: Jinja2Templates,
           page_staff: Callable[[Request], Awaitable[StaffUser]]) -> APIRouter:
    r = APIRouter()
    tz = ZoneInfo(c.settings.municipality_tz)
    rules = c.municipality.letters if c.municipality else Letters()
    cm_years = c.municipality.rules.case_management_max_years if c.municipality else 5

    def _may(staff: StaffUser, roles: tuple[str, ...]) -> None:
        if staff.role not in roles:
            raise AccessDenied("not for this role")
        # names, addresses and reasons like "single parent" are for the municipality's own service point:
        # its caseworkers do the home visits; a partner organisation's caseworker sees none of it
        if staff.role == "caseworker":
            member = c.municipality.membership(staff.username, staff.role) if c.municipality else None
            if member is None or member.kind not in OWN_KINDS:
                raise AccessDenied("the letters and home visits are the service point's")

    async def bot_username() -> tuple[str, bool]:
        """The bot's @username for the links, and whether it is real (configured or asked from Telegram)."""
        if c.settings.telegram_bot_username:
            return c.settings.telegram_bot_username.lstrip("@"), True
        if c.telegram is not None:
            me = await c.telegram.bot.me()
            if me.username:
                return me.username, True
        return DEMO_BOT, False

    async def _campaign(campaign_id: Id) -> Campaign:
        async with c.sessions() as session:
            campaign = await session.get(Campaign, campaign_id)
        if campaign is None:
            raise AccessDenied("no such campaign")
        return campaign

    def _letter(h: CampaignHousehold) -> Letter:
        d = campaigns.details_of(c.cipher, h)
        return Letter(d["names"], d["street"], d["postcode"], d["city"], h.offer, list(h.languages), h.token or "")

    async def _pdf(campaign: Campaign, households: list[CampaignHousehold], name: str) -> Response:
        if not households or any(h.details is None or not h.token for h in households):
            raise AccessDenied("the campaign's personal data were deleted after its retention period")
        username, _ = await bot_username()
        body = render_pdf([_letter(h) for h in households], c.l10n, username, campaign.letter_date)
        return Response(body, media_type="application/pdf",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    async def _listing(request: Request, staff: StaffUser, errors: list[str] | None = None, name: str = "",
                       status: int = 200) -> Response:
        """The campaigns with who answered, and (for clearing) the import form with the file's errors."""
        async with c.sessions() as session:
            rows = list(await session.scalars(select(Campaign).order_by(Campaign.id.desc())))
            answered = {row.id: await campaigns.responses(session, row.id) for row in rows}
        _, real = await bot_username()
        return templates.TemplateResponse(request, "letters.html", {
            "staff": staff, "campaigns": rows, "answered": answered, "offers": offers.OFFERS,
            "errors": errors or [], "real_bot": real, "printer": staff.role in PRINTERS, "name": name},
            status_code=status)

    @r.get("/staff/letters", include_in_schema=False)
    async def campaigns_page(request: Request, staff: StaffUser = Depends(page_staff)) -> Response:
        _may(staff, VISITORS)
        return await _listing(request, staff)

    @r.post("/staff/letters", include_in_schema=False)
    async def import_(request: Request, name: str = Form(""), file: UploadFile | None = File(None),
                      staff: StaffUser = Depends(page_staff)) -> Response:
        _may(staff, PRINTERS)
        raw = await file.read(MAX_CSV + 1) if file is not None else b""
        now = c.runtime.clock()
        today = now.astimezone(tz).date()
        result = (registrations.ImportResult(errors=["Die Datei ist zu groß (höchstens 5 MB)."])
                  if len(raw) > MAX_CSV else registrations.read(raw, today))
        if result.errors:
            return await _listing(request, staff, result.errors, name, status=422)
        async with c.sessions() as session, session.begin():
            mapping = await campaigns.language_mapping(session, rules.languages)
            plans = offers.plan(result.households, rules, cm_years, mapping, today)
            campaign = await campaigns.create(session, staff, clean_text(name), plans, rules.retention_days, c.cipher,
                                              today, now)
            audit(session, staff, "import_registrations", "campaign", campaign.id,
                  f"{len(plans)} Haushalte, {result.people} Personen")
        return RedirectResponse(f"/staff/letters/{campaign.id}?hinweis=importiert", status_code=303)

    @r.get("/staff/letters/languages", include_in_schema=False)
    async def languages_page(request: Request, hinweis: str = "", staff: StaffUser = Depends(page_staff)) -> Response:
        _may(staff, MAPPERS)
        async with c.sessions() as session:
            mapping = await campaigns.language_mapping(session, rules.languages)
        countries = Locale("de").territories
        rows = sorted(((code, countries.get(code, code), lang) for code, lang in mapping.items()),
                      key=lambda row: row[1])
        return templates.TemplateResponse(request, "letter_languages.html", {
            "staff": staff, "rows": rows, "languages": [(code, language_name(code)) for code in c.l10n.languages],
            "default": rules.default_language, "note": hinweis,
            "countries": sorted((code, name) for code, name in countries.items() if code in registrations.COUNTRIES)})

    @r.post("/staff/letters/languages", include_in_schema=False)
    async def set_language(nationality: str = Form(""), language: str = Form(""),
                           staff: StaffUser = Depends(page_staff)) -> Response:
        _may(staff, MAPPERS)
        nationality = nationality.strip().upper()
        if nationality not in registrations.COUNTRIES or language not in c.l10n.languages:
            return RedirectResponse("/staff/letters/languages?hinweis=ungueltig", status_code=303)
        async with c.sessions() as session, session.begin():
            await campaigns.set_language(session, staff, nationality, language, c.runtime.clock())
            audit(session, staff, "letter_language", "nationality", nationality, language)
        return RedirectResponse("/staff/letters/languages?hinweis=gespeichert", status_code=303)

    @r.get("/staff/letters/{campaign_id}", include_in_schema=False)
    async def campaign_page(request: Request, campaign_id: Id, hinweis: str = "",
                            staff: StaffUser = Depends(page_staff)) -> Response:
        _may(staff, PRINTERS)
        campaign = await _campaign(campaign_id)
        async with c.sessions() as session, session.begin():
            households = await campaigns.households(session, campaign_id)
            answered = await campaigns.responses(session, campaign_id)
            audit(session, staff, "view", "campaign", campaign_id)
        rows = [{"h": h, "d": campaigns.details_of(c.cipher, h),
                 "ref": c.cipher.decrypt(h.ref_enc) if h.ref_enc else "–",
                 "reasons": [offers.reason_text(code) for code in h.reasons]} for h in households]
        _, real = await bot_username()
        return templates.TemplateResponse(request, "campaign.html", {
            "staff": staff, "campaign": campaign, "rows": rows, "answered": answered, "offers": offers.OFFERS,
            "note": hinweis, "real_bot": real, "language_name": language_name})

    @r.get("/staff/letters/{campaign_id}/letters.pdf", include_in_schema=False)
    async def all_letters(campaign_id: Id, staff: StaffUser = Depends(page_staff)) -> Response:
        _may(staff, PRINTERS)
        campaign = await _campaign(campaign_id)
        async with c.sessions() as session, session.begin():
            households = await campaigns.households(session, campaign_id)
            audit(session, staff, "print_letters", "campaign", campaign_id, f"{len(households)} Briefe")
        return await _pdf(campaign, households, f"willkommensbriefe-{campaign_id}.pdf")

    @r.get("/staff/letters/{campaign_id}/households/{household_id}.pdf", include_in_schema=False)
    async def one_letter(campaign_id: Id, household_id: Id, staff: StaffUser = Depends(page_staff)) -> Response:
        _may(staff, PRINTERS)
        campaign = await _campaign(campaign_id)
        async with c.sessions() as session, session.begin():
            household = await session.get(CampaignHousehold, household_id)
            if household is None or household.campaign_id != campaign_id:
                raise AccessDenied("no such household")
            audit(session, staff, "print_letters", "campaign_household", household_id)
        return await _pdf(campaign, [household], f"willkommensbrief-{campaign_id}-{household_id}.pdf")

    @r.get("/staff/letters/{campaign_id}/visits", include_in_schema=False)
    async def visits(request: Request, campaign_id: Id, staff: StaffUser = Depends(page_staff)) -> Response:
        _may(staff, VISITORS)
        campaign = await _campaign(campaign_id)
        async with c.sessions() as session, session.begin():
            households = [h for h in await campaigns.households(session, campaign_id) if h.offer == "home_visit"]
            audit(session, staff, "view", "home_visits", campaign_id)
        rows = [{"h": h, "d": campaigns.details_of(c.cipher, h),
                 "reasons": [offers.reason_text(code) for code in h.reasons]} for h in households]
        rows.sort(key=lambda row: (row["h"].district or "~", _street_key(row["d"]["street"])))
        return templates.TemplateResponse(request, "visits.html", {
            "staff": staff, "campaign": campaign, "rows": rows, "language_name": language_name})

    return r


def _street_key(street: str) -> tuple[str, int, str]:
    """Lindenstraße 2 before Lindenstraße 10."""
    found = re.match(r"(.*?)(\d+)\s*(\w*)$", street.strip())
    if not found:
        return street.lower(), 0, ""
    return found.group(1).strip().lower(), int(found.group(2)), found.group(3)
