"""Anonymised figures for coordinators (DOMAIN §8): counts over a period [start, end) of local dates in
the municipality's zone, never a person. Every table goes through one suppression rule before anyone sees
it (page, CSV, XLSX, report), so no output can show a small number.

Suppression (`suppress`):
- primary: a count of 1 to 4 is shown as "<5"; 0 stays 0 (that nobody is in a group tells nothing about
  a person, and hiding zeros would hide most of a sparse table);
- secondary: wherever a table shows a total (row, column, grand total), the hidden parts of that line must
  not be computable from it. If a hidden count could be worked out exactly – one hidden part alone, or
  several whose bounds leave one value only (two "<5" that add up to 2 are both 1) – the smallest shown
  non-zero part of the line is hidden as well ("x"), or, if there is none, the total. This repeats until no
  line gives a hidden count away. "x" always stands for 5 or more (it is never a small count itself).
- percentages are shown only where both the count and its base are shown and the base is at least 5.

What is counted is explained in each table's hint; docs/architecture.md ("Figures") has the choices.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date
from sqlalchemy import distinct, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.campaigns import OFFER_LABELS
from storage.clearing import ACTIONS
from storage.closure import CLOSURE_REASONS, statistics_of
from storage.crypto import FieldCipher
from storage.models import (
    Appointment,
    Assignment,
    Campaign,
    CampaignHousehold,
    CaseDecision,
    ConsentRecord,
    Conversation,
    Intake,
    PlanGoal,
)
from storage.plans import LIFE_DOMAINS, SERVICE

SMALL = "<5"  # a count of 1 to 4
HIDDEN = "x"  # a count of 5 or more, hidden so that a small one cannot be worked out from a total
MIN_SHOWN = 5
Cell = int | str | None  # a count, SMALL or HIDDEN, or None where a percentage is not shown ("–")
Pos = tuple[int, int]


@dataclass(frozen=True)
class Line:
    """A shown total and the cells that add up to it."""

    total: Pos
    parts: tuple[Pos, ...]


def suppress(grid: Sequence[Sequence[int]], lines: Sequence[Line] = ()) -> list[list[int | str]]:
    """The grid as it may be shown: primary and secondary suppression (see the module's doc)."""
    hidden: dict[Pos, str] = {(r, c): SMALL for r, row in enumerate(grid) for c, v in enumerate(row)
                              if 0 < v < MIN_SHOWN}
    changed = True
    while changed:
        changed = False
        for line in lines:
            if line.total not in hidden and _gives_away(grid, hidden, line):
                hidden[_next_to_hide(grid, hidden, line)] = HIDDEN
                changed = True
    return [[hidden.get((r, c), v) for c, v in enumerate(row)] for r, row in enumerate(grid)]


def _gives_away(grid: Sequence[Sequence[int]], hidden: Mapping[Pos, str], line: Line) -> bool:
    """Could one hidden part of this line be worked out exactly from the total and the shown parts?"""
    secret = [p for p in line.parts if p in hidden]
    if not secret:
        return False
    rest = grid[line.total[0]][line.total[1]] - sum(grid[r][c] for r, c in line.parts if (r, c) not in hidden)
    bounds = [(1, MIN_SHOWN - 1) if hidden[p] == SMALL else (MIN_SHOWN, float("inf")) for p in secret]
    for i, (low, high) in enumerate(bounds):
        others = bounds[:i] + bounds[i + 1:]
        least = max(low, rest - sum(h for _, h in others))
        most = min(high, rest - sum(lo for lo, _ in others))
        if least >= most:
            return True
    return False


def _next_to_hide(grid: Sequence[Sequence[int]], hidden: Mapping[Pos, str], line: Line) -> Pos:
    shown = [p for p in line.parts if p not in hidden and grid[p[0]][p[1]] > 0]
    return min(shown, key=lambda p: grid[p[0]][p[1]]) if shown else line.total


def share(part: Cell, base: Cell) -> int | None:
    """A whole percentage, only from shown counts and a base of at least 5."""
    if not isinstance(part, int) or not isinstance(base, int) or base < MIN_SHOWN:
        return None
    return int(100 * part / base + 0.5)


def with_totals(grid: Sequence[Sequence[int]], width: int, *, row_totals: bool = True,
                col_totals: bool = True) -> tuple[list[list[int]], list[Line]]:
    """The grid with a total column and/or a total row appended, and the lines that tie them together."""
    full = [list(row) for row in grid]
    n, lines = len(full), []
    if row_totals:
        for r, row in enumerate(full):
            row.append(sum(row))
            lines.append(Line((r, width), tuple((r, c) for c in range(width))))
        width += 1
    if col_totals:
        full.append([sum(full[r][c] for r in range(n)) for c in range(width)])
        lines += [Line((n, c), tuple((r, c) for r in range(n))) for c in range(width)]
        if row_totals:
            lines.append(Line((n, width - 1), tuple((n, c) for c in range(width - 1))))
    return full, lines


# ------------------------------------------------------------------------------------- results --------


@dataclass(frozen=True)
class Chart:
    title: str
    bars: tuple[tuple[str, Cell], ...]
    unit: str = ""  # "%" for shares (the scale then runs to 100)


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    sheet: str  # short name (XLSX sheet, at most 31 characters)
    hint: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]  # the first cell of a row is its label
    charts: tuple[Chart, ...] = ()


@dataclass(frozen=True)
class Figures:
    start: date
    end: date  # the day after the last day
    generated_at: datetime
    tables: tuple[Table, ...]

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)


@dataclass(frozen=True)
class Deadlines:
    """From the municipality profile's rules (DOMAIN §6)."""

    decide_days: int = 7
    first_contact_days: int = 7
    appointment_days: int = 14


# ------------------------------------------------------------------------------------- compute --------


async def compute(session: AsyncSession, cipher: FieldCipher, *, start: date, end: date, tz: ZoneInfo, now: datetime,
                  deadlines: Deadlines = Deadlines(), topic_labels: Mapping[str, str] | None = None) -> Figures:
    lo, hi = _moment(start, tz), _moment(end, tz)
    intakes = (await session.execute(
        select(Intake.id, Intake.language, Intake.submitted_at, Intake.status, Intake.stats, Intake.answers)
        .where(Intake.submitted_at >= lo, Intake.submitted_at < hi).order_by(Intake.id))).all()
    decisions = (await session.execute(  # every clearing decision so far, oldest first (small rows)
        select(CaseDecision.intake_id, CaseDecision.action, CaseDecision.at)
        .where(CaseDecision.action.in_(ACTIONS)).order_by(CaseDecision.at, CaseDecision.id))).all()
    ids = {i.id for i in intakes}
    mine = [d for d in decisions if d.intake_id in ids]
    tables = (
        _intakes_table(intakes, start, end, tz),
        await _funnel_table(session, lo, hi, len(intakes)),
        _topics_table(intakes, cipher, topic_labels or {}),
        _triage_table(intakes, mine),
        await _deadlines_table(session, intakes, mine, lo, hi, now, deadlines),
        await _waitlist_table(session, decisions, start, end, tz, now),
        await _closures_table(session, lo, hi),
        await _gaps_table(session, lo, hi),
        await _letters_table(session, lo, hi),
    )
    return Figures(start, end, now, tables)


def _moment(day: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, time(), tz).astimezone(UTC)


def language_label(code: str) -> str:
    name = Locale("de").languages.get(code)
    return f"{name} ({code})" if name else code


def _intakes_table(intakes: Sequence[Any], start: date, end: date, tz: ZoneInfo) -> Table:
    weeks: list[tuple[int, int]] = []
    day = start
    while day < end:
        week = day.isocalendar()[:2]
        if not weeks or weeks[-1] != week:
            weeks.append(week)
        day += timedelta(days=1)
    languages = sorted({i.language for i in intakes}, key=language_label)
    grid = [[0] * len(languages) for _ in weeks]
    for i in intakes:
        week = i.submitted_at.astimezone(tz).date().isocalendar()[:2]
        grid[weeks.index(week)][languages.index(i.language)] += 1
    full, lines = with_totals(grid, len(languages))
    shown = suppress(full, lines)
    labels = [f"KW {w:02d}/{y}" for y, w in weeks] + ["gesamt"]
    columns = ("Kalenderwoche", *map(language_label, languages), "gesamt")
    return Table(
        "intakes", "Erstgespräche je Woche und Sprache", "Erstgespräche",
        "Abgeschickte Erstgespräche nach Kalenderwoche (Ortszeit) und Sprache des Chats, auch später "
        "anonymisierte oder auf Wunsch gelöschte.",
        columns, tuple((label, *row) for label, row in zip(labels, shown, strict=True)),
        (Chart("Erstgespräche je Kalenderwoche", tuple((labels[r], shown[r][-1]) for r in range(len(weeks)))),
         Chart("Erstgespräche je Sprache", tuple((columns[1 + c], shown[-1][c]) for c in range(len(languages))))))


async def _funnel_table(session: AsyncSession, lo: datetime, hi: datetime, submitted: int) -> Table:
    in_period = (Conversation.started_at >= lo, Conversation.started_at < hi)
    started = await session.scalar(select(func.count()).select_from(Conversation).where(*in_period))
    consented = await session.scalar(
        select(func.count(distinct(Conversation.id))).join(ConsentRecord, ConsentRecord.conversation_id == Conversation.id)
        .where(*in_period, ConsentRecord.kind == "data_processing", ConsentRecord.granted.is_(True)))

    async def with_appointment(*where: Any) -> int:
        return int(await session.scalar(
            select(func.count(distinct(Appointment.intake_id))).join(Intake, Intake.id == Appointment.intake_id)
            .where(Intake.submitted_at >= lo, Intake.submitted_at < hi, *where)) or 0)

    booked = await with_appointment(Appointment.starts_at.is_not(None))
    attended = await with_appointment(Appointment.status == "attended")
    steps = [("Chat begonnen", int(started or 0)), ("Einwilligung gegeben", int(consented or 0)),
             ("Erstgespräch abgeschickt", submitted), ("Termin vereinbart", booked), ("Termin wahrgenommen", attended)]
    shown = suppress([[n] for _, n in steps])
    rows = tuple((label, shown[i][0], share(shown[i][0], shown[i - 1][0]) if i else None)
                 for i, (label, _) in enumerate(steps))
    return Table(
        "funnel", "Vom Chat zum Termin", "Vom Chat zum Termin",
        "Die ersten zwei Schritte zählen Chats, die im Zeitraum begonnen wurden (wer die Einwilligung ablehnt, "
        "wird sofort gelöscht und fehlt hier), die übrigen die Erstgespräche des Zeitraums: vereinbart = ein "
        "Termin mit Uhrzeit (auch wenn er später abgesagt wurde), wahrgenommen = als erschienen eingetragen. "
        "Anteil: im Verhältnis zum Schritt davor.",
        ("Schritt", "Anzahl", "Anteil am Schritt davor (%)"), rows,
        (Chart("Vom Chat zum Termin", tuple((r[0], r[1]) for r in rows)),))


def _topics(intake: Any, cipher: FieldCipher) -> set[str]:
    """From the statistics codes; where there are none yet (a case not anonymised), from the sealed answer."""
    stats = intake.stats
    if stats is None:
        stats = statistics_of({"topics": cipher.unseal(intake.answers.get("topics"))} if intake.answers else {})
    return set(stats.get("topics") or [])


def _topics_table(intakes: Sequence[Any], cipher: FieldCipher, labels: Mapping[str, str]) -> Table:
    counts: Counter[str] = Counter()
    base = 0
    for intake in intakes:
        topics = _topics(intake, cipher)
        base += bool(topics)
        counts.update(topics)
    codes = list(labels) + sorted(set(counts) - set(labels))
    shown = suppress([[counts[c]] for c in codes] + [[base]])
    items = [(labels.get(c, c), shown[i][0]) for i, c in enumerate(codes)]
    order = {label: n for n, (label, _) in enumerate(items)}  # shown counts first, largest first; then script order
    items.sort(key=lambda it: (0, -it[1], order[it[0]]) if isinstance(it[1], int) and it[1] > 0
               else (1 if isinstance(it[1], str) else 2, 0, order[it[0]]))
    total = shown[-1][0]
    rows = tuple((label, value, share(value, total)) for label, value in items)
    return Table(
        "topics", "Anliegen (Themen)", "Themen",
        "Welche Themen die Personen im Chat angekreuzt haben, mehrere je Erstgespräch möglich. Anteil: an den "
        "Erstgesprächen des Zeitraums mit Angabe zu Themen.",
        ("Thema", "Erstgespräche", "Anteil (%)"), (*rows, ("Erstgespräche mit Angabe zu Themen", total, None)),
        (Chart("Anliegen (Themen)", tuple((r[0], r[1]) for r in rows)),))


TRIAGE_LABELS = {"admit": "aufgenommen und zugewiesen", "refer": "weiterverwiesen", "waitlist": "auf der Warteliste",
                 "decline": "abgelehnt", "open": "noch nicht entschieden", "erased": "gelöscht, bevor entschieden wurde"}


def _triage_table(intakes: Sequence[Any], decisions: Sequence[Any]) -> Table:
    latest = {d.intake_id: d.action for d in decisions}  # oldest first: the last one wins
    outcome = Counter(latest.get(i.id) or ("erased" if i.status == "erased" else "open") for i in intakes)
    full, lines = with_totals([[outcome[k]] for k in TRIAGE_LABELS], 1, row_totals=False)
    shown = suppress(full, lines)
    labels = [*TRIAGE_LABELS.values(), "gesamt"]
    rows = tuple((label, shown[i][0], share(shown[i][0], shown[-1][0]) if i < len(TRIAGE_LABELS) else None)
                 for i, label in enumerate(labels))
    return Table(
        "triage", "Entscheidungen der Clearingstelle", "Clearing",
        "Die jeweils letzte Entscheidung (Stand heute) zu den Erstgesprächen des Zeitraums.",
        ("Ergebnis", "Erstgespräche", "Anteil (%)"), rows,
        (Chart("Entscheidungen der Clearingstelle", tuple((r[0], r[1]) for r in rows[:-1])),))


def _judge(done: datetime | None, due: datetime, now: datetime) -> int:
    """0 met, 1 missed, 2 still open."""
    if done is not None and done <= due:
        return 0
    return 1 if done is not None or now > due else 2


async def _deadlines_table(session: AsyncSession, intakes: Sequence[Any], decisions: Sequence[Any], lo: datetime,
                           hi: datetime, now: datetime, days: Deadlines) -> Table:
    first_decision: dict[int, datetime] = {}
    for d in decisions:
        first_decision.setdefault(d.intake_id, d.at)
    decide = [0, 0, 0]
    for i in intakes:
        if i.status == "erased" and i.id not in first_decision:
            continue  # nobody can decide any more
        decide[_judge(first_decision.get(i.id), i.submitted_at + timedelta(days=days.decide_days), now)] += 1

    contact = [0, 0, 0]
    for created, contacted, state in (await session.execute(
            select(Assignment.created_at, Assignment.first_contact_at, Assignment.state)
            .where(Assignment.kind == "assignment", Assignment.created_at >= lo, Assignment.created_at < hi))).all():
        if contacted is None and state not in ("proposed", "accepted"):
            continue  # rejected, revoked or handed on before anyone was due to call
        contact[_judge(contacted, created + timedelta(days=days.first_contact_days), now)] += 1

    earliest: dict[int, datetime] = {}
    for intake_id, starts in (await session.execute(
            select(Appointment.intake_id, Appointment.starts_at).join(Intake, Intake.id == Appointment.intake_id)
            .where(Intake.submitted_at >= lo, Intake.submitted_at < hi, Appointment.starts_at.is_not(None)))).all():
        earliest[intake_id] = min(starts, earliest.get(intake_id, starts))
    appointment = [0, 0, 0]
    for i in intakes:
        if i.status != "erased":  # a deleted person's appointments are gone with them
            appointment[_judge(earliest.get(i.id), i.submitted_at + timedelta(days=days.appointment_days), now)] += 1

    shown = suppress(*with_totals([decide, contact, appointment], 3, col_totals=False))
    labels = (f"Entscheidung innerhalb von {days.decide_days} Tagen nach Eingang",
              f"Erstkontakt innerhalb von {days.first_contact_days} Tagen nach Zuweisung",
              f"Termin innerhalb von {days.appointment_days} Tagen nach Eingang")
    rows = []
    for label, cells in zip(labels, shown, strict=True):
        met, missed = cells[0], cells[1]
        due = met + missed if isinstance(met, int) and isinstance(missed, int) else None
        rows.append((label, *cells, share(met, due)))
    return Table(
        "deadlines", "Fristen", "Fristen",
        "Fristen aus dem Profil der Kommune. Entscheidung: erste Entscheidung der Clearingstelle zu den "
        "Erstgesprächen des Zeitraums; Erstkontakt: Zuweisungen des Zeitraums; Termin: der früheste vereinbarte "
        "Termin liegt innerhalb der Frist. Noch offen: die Frist läuft noch. Anteil eingehalten: von den Fällen, "
        "deren Frist eingehalten oder abgelaufen ist.",
        ("Frist", "eingehalten", "nicht eingehalten", "noch offen", "gesamt", "Anteil eingehalten (%)"),
        tuple(rows), (Chart("Anteil der eingehaltenen Fristen", tuple(
            (short, r[-1]) for short, r in zip((f"Entscheidung ({days.decide_days} Tage)",
                                                f"Erstkontakt ({days.first_contact_days} Tage)",
                                                f"Termin ({days.appointment_days} Tage)"), rows, strict=True)),
            unit="%"),))


async def _waitlist_table(session: AsyncSession, decisions: Sequence[Any], start: date, end: date, tz: ZoneInfo,
                          now: datetime) -> Table:
    rows: list[tuple[Cell, ...]] = []
    month = start.replace(day=1)
    while month < end and _moment(max(month, start), tz) <= now:
        following = (month + timedelta(days=32)).replace(day=1)
        since, until = _moment(max(month, start), tz), min(_moment(min(following, end), tz), now)
        latest: dict[int, str] = {}
        new = 0
        for d in decisions:
            if d.at >= until:
                break
            if d.action == "waitlist" and d.at >= since and latest.get(d.intake_id) != "waitlist":
                new += 1
            latest[d.intake_id] = d.action
        standing = sum(1 for action in latest.values() if action == "waitlist")
        label = format_date(month, "LLLL yyyy", locale="de")
        rows.append((label, *suppress([[new, standing]])[0]))
        month = following
    today = now.astimezone(tz).date()
    if start <= today < end:
        waiting = await session.scalar(select(func.count()).select_from(Intake).where(Intake.status == "waitlisted"))
        rows.append((f"heute ({today:%d.%m.%Y})", None, suppress([[int(waiting or 0)]])[0][0]))
    return Table(
        "waitlist", "Warteliste", "Warteliste",
        "Neu: Fälle, die im Monat auf die Warteliste kamen. Stand: Fälle auf der Warteliste am Monatsende "
        "(im laufenden Monat: jetzt), nach den Entscheidungen der Clearingstelle.",
        ("Monat", "neu auf der Warteliste", "Stand am Monatsende"), tuple(rows),
        (Chart("Warteliste am Monatsende", tuple((r[0], r[2]) for r in rows if r[1] is not None)),))


async def _closures_table(session: AsyncSession, lo: datetime, hi: datetime) -> Table:
    counts = dict((await session.execute(
        select(Intake.closure_reason, func.count()).where(Intake.closed_at >= lo, Intake.closed_at < hi,
                                                          Intake.closure_reason.is_not(None))
        .group_by(Intake.closure_reason))).all())
    codes = list(CLOSURE_REASONS) + sorted(set(counts) - set(CLOSURE_REASONS))
    full, lines = with_totals([[counts.get(c, 0)] for c in codes], 1, row_totals=False)
    shown = suppress(full, lines)
    labels = [CLOSURE_REASONS.get(c, c) for c in codes] + ["gesamt"]
    rows = tuple((label, shown[i][0], share(shown[i][0], shown[-1][0]) if i < len(codes) else None)
                 for i, label in enumerate(labels))
    return Table(
        "closures", "Abschlüsse nach Grund", "Abschlüsse",
        "Fälle, die im Zeitraum abgeschlossen wurden, nach dem Grund, den die Fachkraft angegeben hat.",
        ("Grund", "Fälle", "Anteil (%)"), rows,
        (Chart("Abschlüsse nach Grund", tuple((r[0], r[1]) for r in rows[:-1])),))


GAP_COLUMNS = ("no", "next_best", "yes")


async def _gaps_table(session: AsyncSession, lo: datetime, hi: datetime) -> Table:
    counts = {(domain, service): n for domain, service, n in (await session.execute(
        select(PlanGoal.domain, PlanGoal.service, func.count()).where(PlanGoal.created_at >= lo, PlanGoal.created_at < hi)
        .group_by(PlanGoal.domain, PlanGoal.service))).all()}
    domains = list(LIFE_DOMAINS) + sorted({d for d, _ in counts} - set(LIFE_DOMAINS))
    grid = [[counts.get((d, s), 0) for s in GAP_COLUMNS] for d in domains]
    full, lines = with_totals(grid, len(GAP_COLUMNS))
    shown = suppress(full, lines)
    labels = [LIFE_DOMAINS.get(d, d) for d in domains] + ["gesamt"]
    return Table(
        "gaps", "Bedarfe ohne passendes Angebot", "Fehlende Angebote",
        "Ziele aus Förderplänen, die im Zeitraum angelegt wurden, nach Lebensbereich und ob es ein passendes "
        "Angebot gab. Abschlüsse wegen fehlenden Angebots stehen unter „Abschlüsse nach Grund“. Ziele "
        "anonymisierter Fälle sind nicht mehr enthalten.",
        ("Lebensbereich", *(SERVICE[s] for s in GAP_COLUMNS), "gesamt"),
        tuple((label, *row) for label, row in zip(labels, shown, strict=True)),
        (Chart("Ziele ohne passendes Angebot je Lebensbereich",
               tuple((labels[r], shown[r][0]) for r in range(len(domains)))),))


async def _letters_table(session: AsyncSession, lo: datetime, hi: datetime) -> Table:
    counts = {row[0]: row[1:] for row in (await session.execute(
        select(CampaignHousehold.offer, func.count(), func.count(CampaignHousehold.scanned_at),
               func.count(CampaignHousehold.consented_at), func.count(CampaignHousehold.completed_at))
        .join(Campaign, Campaign.id == CampaignHousehold.campaign_id)
        .where(Campaign.created_at >= lo, Campaign.created_at < hi).group_by(CampaignHousehold.offer))).all()}
    offers = list(OFFER_LABELS) + sorted(set(counts) - set(OFFER_LABELS))
    grid = [[int(n) for n in counts.get(o, (0, 0, 0, 0))] for o in offers]
    full, lines = with_totals(grid, 4, row_totals=False)
    shown = suppress(full, lines)
    labels = [OFFER_LABELS.get(o, o) for o in offers] + ["gesamt"]
    rows = tuple((label, *row, share(row[1], row[0])) for label, row in zip(labels, shown, strict=True))
    return Table(
        "letters", "Willkommensbriefe: wer geantwortet hat", "Willkommensbriefe",
        "Haushalte, denen eine im Zeitraum eingelesene Aktion geschrieben hat, nach Angebot: wie viele den Code "
        "gescannt und den Chat begonnen, eingewilligt und das Erstgespräch abgeschickt haben.",
        ("Angebot", "Haushalte", "Code gescannt", "eingewilligt", "Erstgespräch fertig", "Anteil gescannt (%)"),
        rows, (Chart("Haushalte, die den Code gescannt haben", tuple((r[0], r[2]) for r in rows[:-1])),))
