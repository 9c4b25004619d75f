"""The coordinators' figures (German): anonymised tables for a period with bar charts drawn here as inline
SVG, CSV and XLSX downloads and a printable half-year report. Coordinators and admins only; the numbers
come suppressed from `storage.figures`, so every output shows the same "<5" and "x". Exports are audited."""

from __future__ import annotations

import csv
import io
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from babel.numbers import format_decimal
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from openpyxl import Workbook
from openpyxl.styles import Font

from backend.container import Container
from backend.forms import form_date
from bot.l10n import FSI, PDI
from dialogs.model import Msg
from storage import figures
from storage.intakes import AccessDenied
from storage.models import StaffUser
from storage.staff import audit

ROLES = ("coordinator", "admin")
MAX_DAYS = 3 * 366
METHODS = (
    "Alle Zahlen sind Summen; keine Zeile steht für eine Person. Gezählt wird im Zeitraum nach Ortszeit "
    "der Kommune, Wochen sind Kalenderwochen nach ISO (Montag bis Sonntag).",
    "„<5“: 1 bis 4 Fälle. Kleine Zahlen werden nicht gezeigt, damit niemand erkannt werden kann. 0 bleibt 0.",
    "„x“: 5 oder mehr, aber ausgeblendet, weil sich sonst aus einer Summe eine Zahl unter 5 errechnen ließe.",
    "„–“: kein Anteil, weil Zahl oder Basis ausgeblendet oder die Basis kleiner als 5 ist.",
)


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # exclusive

    @property
    def last(self) -> date:
        return self.end - timedelta(days=1)

    @property
    def label(self) -> str:
        return f"{self.start:%d.%m.%Y} – {self.last:%d.%m.%Y}"

    @property
    def query(self) -> str:
        return f"von={self.start.isoformat()}&bis={self.last.isoformat()}"


def half_year(year: int, half: int) -> Period:
    return Period(date(year, 1, 1), date(year, 7, 1)) if half == 1 else Period(date(year, 7, 1), date(year + 1, 1, 1))


def last_months(today: date, months: int = 6) -> Period:
    month, year = today.month - months, today.year
    while month < 1:
        month, year = month + 12, year - 1
    day = min(today.day, 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)
    return Period(date(year, month, day), today + timedelta(days=1))


def last_complete_half_year(today: date) -> Period:
    return half_year(today.year - 1, 2) if today.month <= 6 else half_year(today.year, 1)


def parse_period(von: str | None, bis: str | None, default: Period) -> tuple[Period, str | None]:
    """The chosen period (`bis` counts as the last day), or the default with the reason it was refused."""
    if not von and not bis:
        return default, None
    try:
        period = Period(form_date(von or ""), form_date(bis or "") + timedelta(days=1))
    except ValueError:
        return default, "Bitte zwei Daten angeben (von, bis)."
    if period.end <= period.start:
        return default, "„bis“ liegt vor „von“."
    if (period.end - period.start).days > MAX_DAYS:
        return default, "Höchstens drei Jahre auf einmal."
    return period, None


def cell(value: figures.Cell) -> str:
    if value is None:
        return "–"
    return format_decimal(value, locale="de") if isinstance(value, int) else str(value)


def bar_chart(chart: figures.Chart, ident: str) -> Markup:
    """Horizontal bars with their labels and values; the accessible name lists every value."""
    label_w, bar_w, row_h = 250, 320, 26
    width, height = label_w + bar_w + 70, len(chart.bars) * row_h + 8
    top = 100 if chart.unit else max([v for _, v in chart.bars if isinstance(v, int)] + [1])
    unit = f"\u00a0{chart.unit}" if chart.unit else ""

    def text(value: figures.Cell) -> str:
        return cell(value) + (unit if isinstance(value, int) else "")

    desc = "; ".join(f"{label}: {text(value)}" for label, value in chart.bars) or "keine Werte"
    out = [f'<svg class="chart" role="img" aria-labelledby="{ident}-t {ident}-d" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">',
           f'<title id="{ident}-t">Diagramm: {escape(chart.title)}</title>', f'<desc id="{ident}-d">{escape(desc)}</desc>']
    for i, (label, value) in enumerate(chart.bars):
        y = 4 + i * row_h
        short = label if len(label) <= 34 else label[:33] + "…"
        out.append(f'<text x="{label_w - 8}" y="{y + 17}" text-anchor="end" font-size="13" fill="#1d2733">'
                   f'{escape(short)}</text>')
        length = max(2, round(bar_w * min(value, top) / top)) if isinstance(value, int) and value > 0 else 0
        if length:
            out.append(f'<rect x="{label_w}" y="{y + 4}" width="{length}" height="{row_h - 8}" fill="#0b5cad"/>')
        out.append(f'<text x="{label_w + length + 6}" y="{y + 17}" font-size="13" fill="#1d2733">'
                   f'{escape(text(value))}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def charts_of(result: figures.Figures) -> dict[str, list[Markup]]:
    return {t.key: [bar_chart(ch, f"chart-{t.key}-{n}") for n, ch in enumerate(t.charts)] for t in result.tables}


FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe(value: object) -> object:
    """A cell a spreadsheet shows as text: one that starts like a formula (labels come from texts
    coordinators edit) gets a leading apostrophe (OWASP's advice against CSV injection)."""
    return f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_START) else value


def to_csv(result: figures.Figures) -> bytes:
    """One long table: Tabelle; Zeile; Spalte; Wert – UTF-8 with BOM and ";" so German Excel opens it."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Tabelle", "Zeile", "Spalte", "Wert"])
    for table in result.tables:
        for row in table.rows:
            for column, value in zip(table.columns[1:], row[1:], strict=True):
                writer.writerow([safe(v) for v in (table.title, row[0], column, "" if value is None else value)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(result: figures.Figures, municipality: str, period: Period) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for table in result.tables:
        sheet = book.create_sheet(table.sheet[:31])
        sheet.append([safe(f"{table.title} – {municipality}, {period.label}")])
        sheet["A1"].font = Font(bold=True, size=13)
        sheet.append([safe(table.hint)])
        sheet.append(["„<5“: 1 bis 4 · „x“: ausgeblendet (5 oder mehr) · „–“: kein Anteil"])
        sheet.append([])
        sheet.append([safe(c) for c in table.columns])
        for c in sheet[5]:
            c.font = Font(bold=True)
        for row in table.rows:
            sheet.append(["–" if v is None else safe(v) for v in row])
        sheet.column_dimensions["A"].width = 48
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def router(c: Container, templates: Jinja2Templates,
           page_staff: Callable[[Request], Awaitable[StaffUser]]) -> APIRouter:
    r = APIRouter()
    tz = ZoneInfo(c.settings.municipality_tz)
    rules = c.municipality.rules if c.municipality else None
    deadlines = figures.Deadlines(rules.decide_days, rules.first_contact_days, rules.appointment_days) if rules \
        else figures.Deadlines()
    municipality = c.profile.get("name", "")

    def allowed(staff: StaffUser) -> None:
        if staff.role not in ROLES:
            raise AccessDenied("figures are for coordination and admins")

    def today() -> date:
        return c.runtime.clock().astimezone(tz).date()

    def topic_labels() -> dict[str, str]:
        node = c.scripts.published[c.runtime.script_id].script.by_id.get("topics")
        return {o.id: c.l10n.render(Msg(o.text), "de").replace(FSI, "").replace(PDI, "")
                for o in getattr(node, "options", [])}

    async def result(staff: StaffUser, period: Period, export: str | None) -> figures.Figures:
        async with c.sessions() as session, session.begin():
            out = await figures.compute(session, c.cipher, start=period.start, end=period.end, tz=tz,
                                        now=c.runtime.clock(), deadlines=deadlines, topic_labels=topic_labels())
            if export:
                audit(session, staff, "export", "figures", None, f"{export} {period.start}–{period.last}")
        return out

    def context(staff: StaffUser, period: Period, out: figures.Figures, error: str | None) -> dict[str, Any]:
        year = today().year
        quick = [(f"{h}. Halbjahr {y}", half_year(y, h)) for y in (year - 1, year) for h in (1, 2)]
        return {"staff": staff, "period": period, "figures": out, "charts": charts_of(out), "cell": cell,
                "methods": METHODS, "error": error, "quick": quick, "deadlines": deadlines,
                "generated": c.runtime.clock()}

    @r.get("/staff/figures", include_in_schema=False)
    async def figures_page(request: Request, von: str | None = None, bis: str | None = None,
                           staff: StaffUser = Depends(page_staff)) -> Response:
        allowed(staff)
        period, error = parse_period(von, bis, last_months(today()))
        out = await result(staff, period, None)
        return templates.TemplateResponse(request, "figures.html", context(staff, period, out, error))

    @r.get("/staff/figures/report", include_in_schema=False)
    async def report(request: Request, von: str | None = None, bis: str | None = None,
                     staff: StaffUser = Depends(page_staff)) -> Response:
        allowed(staff)
        period, error = parse_period(von, bis, last_complete_half_year(today()))
        out = await result(staff, period, "report")
        return templates.TemplateResponse(request, "figures_report.html", context(staff, period, out, error))

    @r.get("/staff/figures.csv", include_in_schema=False)
    async def csv_export(von: str | None = None, bis: str | None = None,
                         staff: StaffUser = Depends(page_staff)) -> Response:
        allowed(staff)
        period, _ = parse_period(von, bis, last_months(today()))
        out = await result(staff, period, "csv")
        return Response(to_csv(out), media_type="text/csv; charset=utf-8", headers={
            "Content-Disposition": f'attachment; filename="zahlen-{period.start}-bis-{period.last}.csv"'})

    @r.get("/staff/figures.xlsx", include_in_schema=False)
    async def xlsx_export(von: str | None = None, bis: str | None = None,
                          staff: StaffUser = Depends(page_staff)) -> Response:
        allowed(staff)
        period, _ = parse_period(von, bis, last_months(today()))
        out = await result(staff, period, "xlsx")
        return Response(
            to_xlsx(out, municipality, period),
            media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            headers={"Content-Disposition": f'attachment; filename="zahlen-{period.start}-bis-{period.last}.xlsx"'})

    return r
