"""The coordinators' figures: a seeded data set (direct inserts) counted by hand, the suppression rule on the
page, in the CSV, in the XLSX and in the report, the export audit, and who may see them."""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime, timedelta
from html.parser import HTMLParser
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import openpyxl
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.app import create_app
from backend.container import Container
from backend.demo import seed_demo
from storage import figures
from storage.crypto import FieldCipher
from storage.figures import HIDDEN, SMALL, suppress, with_totals
from storage.models import (
    Appointment,
    Assignment,
    AuditEvent,
    CaseDecision,
    ConsentRecord,
    Contact,
    Conversation,
    Intake,
    PlanGoal,
)
from tests.conftest import Clock, demo_password
from tests.staff_http import staff_http

BERLIN = ZoneInfo("Europe/Berlin")
NOW = "2026-02-25 13:00"  # local time; the period is January and February 2026
START, END = date(2026, 1, 1), date(2026, 3, 1)
PERIOD = "von=2026-01-01&bis=2026-02-28"


def local(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN).astimezone(UTC)


# ------------------------------------------------------------------------------------- the data set ---
# key, language, submitted (local), topics, kind: live (sealed answers, no stats yet) | anonymised (stats
# only, no person) | erased (/delete: nothing but the count). O1–O4 lie outside the period.
INTAKES = [
    ("I1", "ar", "2026-01-01 00:30", ["housing", "german_course"], "anonymised"),  # 31.12. 23:30 UTC: in
    ("I2", "de", "2026-01-05 10:00", ["housing", "work"], "live"),
    ("I3", "de", "2026-01-06 10:00", ["housing"], "live"),
    ("I4", "de", "2026-01-07 10:00", ["housing", "german_course"], "live"),
    ("I5", "de", "2026-01-08 10:00", ["german_course"], "live"),
    ("I6", "de", "2026-01-09 10:00", ["housing"], "live"),
    ("I7", "de", "2026-01-10 10:00", ["work"], "live"),
    ("I8", "ar", "2026-01-12 10:00", ["housing", "health"], "anonymised"),
    ("I9", "ar", "2026-01-13 10:00", ["german_course"], "live"),
    ("I10", "ar", "2026-01-14 10:00", ["german_course", "work"], "live"),
    ("I11", "ar", "2026-01-15 10:00", ["housing"], "live"),
    ("I12", "fa", "2026-01-26 10:00", ["other"], "live"),
    ("I13", "fa", "2026-01-27 10:00", ["other"], "live"),
    ("I14", "fa", "2026-02-01 10:00", ["childcare"], "live"),
    ("I15", "uk", "2026-02-03 10:00", ["health"], "erased"),
    ("I16", "de", "2026-02-23 10:00", ["childcare"], "live"),
    ("I17", "de", "2026-02-24 10:00", [], "live"),  # skipped the topics question
    ("O1", "ar", "2025-12-31 23:30", ["housing"], "live"),  # 22:30 UTC: still December here
    ("O2", "fa", "2026-03-01 00:30", ["housing"], "live"),  # 28.02. 23:30 UTC: already March here
    ("O3", "de", "2025-12-10 10:00", ["work"], "live"),
    ("O4", "de", "2025-11-03 10:00", ["housing"], "live"),
]
STATUS = {"I1": "anonymised", "I8": "anonymised", "I15": "erased", "I2": "closed", "I3": "closed", "I4": "closed",
          "I5": "closed", "I7": "closed", "I6": "referred", "I13": "referred", "I9": "waitlisted",
          "I10": "waitlisted", "I12": "waitlisted", "O3": "waitlisted", "I11": "declined", "O1": "admitted",
          "O4": "closed"}
DECISIONS = [  # clearing decisions (and closings, which are no triage outcome)
    ("O4", "admit", "2025-11-05 10:00"), ("O3", "waitlist", "2025-12-12 10:00"), ("O4", "close", "2025-12-20 10:00"),
    ("I1", "admit", "2026-01-02 10:00"), ("O1", "waitlist", "2026-01-02 11:00"), ("I2", "admit", "2026-01-06 10:00"),
    ("I3", "admit", "2026-01-08 10:00"), ("I4", "admit", "2026-01-09 10:00"), ("I8", "admit", "2026-01-13 10:00"),
    ("I9", "waitlist", "2026-01-14 10:00"), ("I6", "refer", "2026-01-15 10:00"), ("I11", "decline", "2026-01-16 10:00"),
    ("I7", "waitlist", "2026-01-17 10:00"),  # exactly 7 days after submission: in time
    ("I5", "admit", "2026-01-20 10:00"), ("I1", "close", "2026-01-20 12:00"), ("I10", "waitlist", "2026-01-23 10:00"),
    ("I8", "close", "2026-01-25 10:00"), ("I12", "waitlist", "2026-01-28 10:00"), ("I13", "refer", "2026-01-29 10:00"),
    ("I7", "admit", "2026-02-10 10:00"), ("O1", "admit", "2026-02-20 10:00"),
]
CLOSED = {"O4": ("2025-12-20 10:00", "no_contact"), "I1": ("2026-01-20 12:00", "goals_reached"),
          "I8": ("2026-01-25 10:00", "moved_away"), "I2": ("2026-02-10 10:00", "goals_reached"),
          "I4": ("2026-02-12 10:00", "structural"), "I3": ("2026-02-14 10:00", "goals_reached"),
          "I5": ("2026-02-15 10:00", "goals_reached"), "I7": ("2026-02-20 10:00", "goals_reached")}
ASSIGNMENTS = [  # intake, kind, created, state, first contact
    ("O4", "assignment", "2025-11-05 10:00", "accepted", "2025-11-06 10:00"),
    ("I1", "assignment", "2026-01-02 10:00", "accepted", "2026-01-05 10:00"),
    ("I2", "assignment", "2026-01-06 10:00", "accepted", "2026-01-08 10:00"),
    ("I3", "assignment", "2026-01-08 10:00", "accepted", "2026-01-20 10:00"),  # 12 days: late
    ("I4", "assignment", "2026-01-09 10:00", "accepted", "2026-01-12 10:00"),
    ("I8", "assignment", "2026-01-13 10:00", "accepted", "2026-01-15 10:00"),
    ("I6", "referral", "2026-01-15 10:00", "proposed", None),
    ("I5", "assignment", "2026-01-20 10:00", "rejected", None),  # not counted: nobody was due to call
    ("I5", "assignment", "2026-01-21 10:00", "proposed", None),  # never called: late
    ("I13", "referral", "2026-01-29 10:00", "proposed", None),
    ("I7", "assignment", "2026-02-10 10:00", "accepted", "2026-02-12 10:00"),
    ("O1", "assignment", "2026-02-20 10:00", "proposed", None),  # deadline 27.02.: still open
]
APPOINTMENTS = [  # intake, starts (local) or None for a request, status
    ("I2", "2026-01-12 10:00", "attended"), ("I3", "2026-01-30 10:00", "no_show"),
    ("I4", "2026-01-14 10:00", "cancelled"), ("I5", None, "requested"), ("I8", "2026-01-20 10:00", "attended"),
    ("I9", "2026-01-21 10:00", "attended"), ("I12", "2026-02-05 10:00", "booked"),
    ("I16", "2026-03-02 10:00", "booked"), ("I17", "2026-02-27 10:00", "booked"), ("O1", "2026-01-05 10:00", "attended"),
]
GOALS = [  # intake, life domain, suitable service, created (local)
    ("I2", "language", "no", "2026-01-15 10:00"), ("I2", "language", "yes", "2026-01-16 10:00"),
    ("I3", "language", "no", "2026-01-22 10:00"), ("I3", "housing", "no", "2026-01-22 10:00"),
    ("I4", "language", "no", "2026-02-01 10:00"), ("I4", "housing", "no", "2026-02-01 10:00"),
    ("I5", "language", "no", "2026-02-02 10:00"), ("I5", "housing", "next_best", "2026-02-02 10:00"),
    ("I7", "language", "no", "2026-02-12 10:00"), ("I7", "work", "yes", "2026-02-12 10:00"),
    ("O4", "housing", "no", "2025-11-10 10:00"),
]


async def seed_figures(session: AsyncSession, cipher: FieldCipher) -> dict[str, int]:
    """The data set above, inserted directly; plus four chats begun in January without an intake (two of
    them consented). Returns the intake ids by key."""
    ids: dict[str, int] = {}

    async def person(n: str, started: datetime, consent: bool) -> tuple[Contact, Conversation]:
        contact = Contact(channel="web", user_hash=f"figures-{n}", address_enc=cipher.encrypt(n), language="de")
        session.add(contact)
        await session.flush()
        conv = Conversation(contact_id=contact.id, script_id="intake", script_version="v", status="active",
                            state={}, started_at=started, updated_at=started)
        session.add(conv)
        await session.flush()
        if consent:
            session.add(ConsentRecord(contact_id=contact.id, conversation_id=conv.id, kind="data_processing",
                                      granted=True, text_id="consent", text_version="sha", language="de",
                                      script_version="v", recorded_at=started + timedelta(minutes=2)))
        return contact, conv

    for key, lang, submitted, topics, kind in INTAKES:
        at = local(submitted)
        answers: dict[str, Any] = {"german_level": {"code": "a1"}}
        if topics:
            answers["topics"] = {"code": topics}
        intake = Intake(script_id="intake", script_version="v", language=lang, channel="web", submitted_at=at,
                        status=STATUS.get(key, "new" if key in ("I14", "I16", "I17") else "admitted"),
                        answers={}, stats=None)
        if kind == "erased":  # /delete: the person with chat and consent is gone, the count stays
            pass
        else:
            contact, conv = await person(key, at - timedelta(minutes=20), consent=True)
            if kind == "anonymised":
                intake.stats = {"topics": topics, "household_size": 2, "arrival_year": "2024", "german_level": "a1"}
            else:
                intake.contact_id, intake.conversation_id = contact.id, conv.id
                intake.answers = cipher.seal_answers(answers, {"topics"})
        if key in CLOSED:
            intake.closed_at, intake.closure_reason = local(CLOSED[key][0]), CLOSED[key][1]
        session.add(intake)
        await session.flush()
        ids[key] = intake.id
    for n, consent in (("C1", True), ("C2", True), ("C3", False), ("C4", False)):
        await person(n, local("2026-01-20 18:00"), consent)

    for key, action, at in DECISIONS:
        session.add(CaseDecision(intake_id=ids[key], action=action, reason="", at=local(at)))
    for key, kind, created, state, contacted in ASSIGNMENTS:
        session.add(Assignment(intake_id=ids[key], kind=kind, organisation="sp", state=state, created_at=local(created),
                               first_contact_at=local(contacted) if contacted else None))
    for key, starts, status in APPOINTMENTS:
        intake = await session.get(Intake, ids[key])
        assert intake is not None
        begin = local(starts) if starts else None
        session.add(Appointment(contact_id=None, intake_id=intake.id, kind="office", status=status, starts_at=begin,
                                ends_at=begin + timedelta(minutes=45) if begin else None,
                                cancelled_by="person" if status == "cancelled" else None))
    for key, domain, service, created in GOALS:
        session.add(PlanGoal(intake_id=ids[key], domain=domain, text="Ziel", service=service, created_at=local(created)))
    await session.flush()
    return ids


def topic_codes(c: Container) -> dict[str, str]:
    """The topics in the script's order, labelled by their codes (the page labels them in German)."""
    node = c.scripts.published["intake"].script.by_id["topics"]
    return {o.id: o.id for o in node.options}


async def compute(c: Container) -> figures.Figures:
    async with c.sessions() as session:
        return await figures.compute(session, c.cipher, start=START, end=END, tz=BERLIN, now=local(NOW),
                                     deadlines=figures.Deadlines(7, 7, 14), topic_labels=topic_codes(c))


@pytest.fixture
async def seeded(container: Container, clock: Clock) -> dict[str, int]:
    clock.now = local(NOW)
    async with container.sessions() as session, session.begin():
        await seed_demo(session)
        return await seed_figures(session, container.cipher)


# ------------------------------------------------------------------------------------- hand counts ----

async def test_intakes_per_week_and_language_by_hand(container: Container, seeded: dict[str, int]) -> None:
    t = (await compute(container)).table("intakes")
    assert t.columns == ("Kalenderwoche", "Arabisch (ar)", "Deutsch (de)", "Persisch (fa)", "Ukrainisch (uk)", "gesamt")
    # counted: ar 1 (KW01, the 00:30 one) + 4 (KW03) = 5; de 6 (KW02) + 2 (KW09) = 8; fa 3 (KW05); uk 1 (KW06).
    # de in KW02 (6) is hidden as "x": otherwise 8 − 6 gives the 2 of KW09; then KW02's total (6) too.
    assert t.rows == (
        ("KW 01/2026", SMALL, 0, 0, 0, SMALL),
        ("KW 02/2026", 0, HIDDEN, 0, 0, HIDDEN),
        ("KW 03/2026", SMALL, 0, 0, 0, SMALL),
        ("KW 04/2026", 0, 0, 0, 0, 0),
        ("KW 05/2026", 0, 0, SMALL, 0, SMALL),
        ("KW 06/2026", 0, 0, 0, SMALL, SMALL),
        ("KW 07/2026", 0, 0, 0, 0, 0),
        ("KW 08/2026", 0, 0, 0, 0, 0),
        ("KW 09/2026", 0, SMALL, 0, 0, SMALL),
        ("gesamt", 5, 8, SMALL, SMALL, 17),
    )


async def test_funnel_topics_and_triage_by_hand(container: Container, seeded: dict[str, int]) -> None:
    result = await compute(container)
    # chats begun in the period: 16 with an intake (not I15, whose chat was deleted) + 4 without = 20;
    # consented 16 + 2 = 18; submitted 17; a time agreed: I2 I3 I4 I8 I9 I12 I16 I17 = 8; attended I2 I8 I9 = 3
    assert result.table("funnel").rows == (
        ("Chat begonnen", 20, None),
        ("Einwilligung gegeben", 18, 90),
        ("Erstgespräch abgeschickt", 17, 94),
        ("Termin vereinbart", 8, 47),
        ("Termin wahrgenommen", SMALL, None),
    )
    # 15 intakes name topics (not I17, not the erased I15): housing 7, German course 5, work 3, childcare 2,
    # other 2, health 1 (I8's only from its anonymised statistics)
    topics = result.table("topics").rows
    assert topics[:6] == (("housing", 7, 47), ("german_course", 5, 33), ("work", SMALL, None),
                          ("childcare", SMALL, None), ("health", SMALL, None), ("other", SMALL, None))
    assert all(count == 0 for _, count, _ in topics[6:-1]) and len(topics) == 21
    assert topics[-1] == ("Erstgespräche mit Angabe zu Themen", 15, None)
    # the latest clearing decision: admit I1 I2 I3 I4 I5 I7 I8 = 7, refer 2, waitlist 3, decline 1,
    # none yet I14 I16 I17 = 3, erased before a decision I15 = 1
    assert result.table("triage").rows == (
        ("aufgenommen und zugewiesen", 7, 41), ("weiterverwiesen", SMALL, None), ("auf der Warteliste", SMALL, None),
        ("abgelehnt", SMALL, None), ("noch nicht entschieden", SMALL, None),
        ("gelöscht, bevor entschieden wurde", SMALL, None), ("gesamt", 17, None),
    )


async def test_deadlines_waitlist_closures_and_gaps_by_hand(container: Container, seeded: dict[str, int]) -> None:
    result = await compute(container)
    # decision in 7 days: in time 11 (I7 at exactly 7 days), late I5 (12 d) I10 (9 d) I14 (none, due 08.02.),
    # open I16 I17; I15 is left out (erased, nobody can decide). First contact: assignments of the period,
    # in time I1 I2 I4 I7 I8, late I3 (12 d) and I5's second, open O1's (due 27.02.); I5's rejected one and
    # referrals do not count. Appointment in 14 days: I2 I4 (cancelled later) I8 I9 I12 I16 I17 = 7, late 9.
    assert result.table("deadlines").rows == (
        ("Entscheidung innerhalb von 7 Tagen nach Eingang", 11, SMALL, SMALL, 16, None),
        ("Erstkontakt innerhalb von 7 Tagen nach Zuweisung", 5, SMALL, SMALL, 8, None),
        ("Termin innerhalb von 14 Tagen nach Eingang", 7, 9, 0, 16, 44),
    )
    # January: new O1 I9 I7 I10 I12 = 5, at the end O3 (December) + those 5 = 6; February: none new,
    # I7 and O1 admitted: O3 I9 I10 I12 = 4 now
    assert result.table("waitlist").rows == (
        ("Januar 2026", 5, 6), ("Februar 2026", 0, SMALL), ("heute (25.02.2026)", None, SMALL))
    # goals reached 5, moved away 1, structural 1: the two ones add up to 7 − 5 = 2, so both would be 1:
    # the 5 and then the total are hidden as well
    closures = dict((row[0], row[1]) for row in result.table("closures").rows)
    assert closures == {
        "Ziele erreicht": HIDDEN, "von der Person beendet": 0,
        "von der Fachkraft beendet (z. B. Befangenheit, Vertrauensverlust, nicht erreichbar)": 0,
        "Mitwirkung unzureichend oder eingestellt": 0, "weggezogen (an neuen Wohnort verwiesen)": SMALL,
        "kein Kontakt (Frist laut Profil, höchstens 9 Monate)": 0, "strukturelle Hürden (passendes Angebot fehlt)": SMALL,
        "Abschiebung oder Tod": 0, "gesamt": HIDDEN}
    # goals: language no 5 / yes 1, housing no 2 / next best 1, work yes 1 (O4's from November not)
    gaps = {row[0]: row[1:] for row in result.table("gaps").rows}
    assert gaps["Sprache"] == (HIDDEN, 0, SMALL, HIDDEN)
    assert gaps["Wohnen"] == (SMALL, SMALL, 0, SMALL)
    assert gaps["Arbeit und Ausbildung"] == (0, 0, SMALL, SMALL)
    assert gaps["gesamt"] == (7, SMALL, SMALL, 10)
    assert all(v == (0, 0, 0, 0) for k, v in gaps.items() if k not in ("Sprache", "Wohnen", "Arbeit und Ausbildung",
                                                                         "gesamt"))


# ------------------------------------------------------------------------------------- suppression ----

def test_small_counts_hidden_zero_stays_and_totals_give_nothing_away() -> None:
    assert suppress([[0, 1, 4, 5]]) == [[0, SMALL, SMALL, 5]]
    # 6 = 5 + 1: with "<5" alone the 1 follows from the total; hiding the 5 is not enough either (x ≥ 5
    # leaves 1 for the other), so the total goes too
    assert suppress(*with_totals([[5], [1]], 1, row_totals=False)) == [[HIDDEN], [SMALL], [HIDDEN]]
    # two hidden cells whose sum leaves room: both stay "<5", the total and the rest stay shown
    assert suppress(*with_totals([[9], [2], [3]], 1, row_totals=False)) == [[9], [SMALL], [SMALL], [14]]
    # two "<5" that add up to 2 are both 1: the next smallest is hidden
    assert suppress(*with_totals([[9], [1], [1], [6]], 1, row_totals=False)) == [[9], [SMALL], [SMALL], [HIDDEN], [17]]
    assert figures.share(4, 10) == 40 and figures.share(SMALL, 10) is None and figures.share(3, 4) is None


def html_tables(page: str) -> dict[str, list[list[str]]]:
    """Every table with data-table="key": rows of cell texts (header row first)."""

    class Parser(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.tables: dict[str, list[list[str]]] = {}
            self.key: str | None = None
            self.cell: list[str] | None = None

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "table":
                self.key = dict(attrs).get("data-table")
                if self.key:
                    self.tables[self.key] = []
            elif tag == "tr" and self.key:
                self.tables[self.key].append([])
            elif tag in ("td", "th") and self.key:
                self.cell = []

        def handle_endtag(self, tag: str) -> None:
            if tag == "table":
                self.key = None
            elif tag in ("td", "th") and self.key and self.cell is not None:
                self.tables[self.key][-1].append("".join(self.cell).strip())
                self.cell = None

        def handle_data(self, data: str) -> None:
            if self.cell is not None:
                self.cell.append(data)

    parser = Parser()
    parser.feed(page)
    return parser.tables


@asynccontextmanager
async def client_for(c: Container, user: str | None) -> AsyncIterator[httpx.AsyncClient]:
    async with staff_http(create_app(c), "http://test") as client:
        if user:
            r = await client.post("/staff/login", data={"username": user, "password": demo_password(user)})
            assert r.status_code == 303
        yield client


async def test_small_language_shows_under_5_on_page_csv_and_xlsx(container: Container, seeded: dict[str, int]) -> None:
    async with client_for(container, "koordination") as client:
        page = await client.get(f"/staff/figures?{PERIOD}")
        csv_r = await client.get(f"/staff/figures.csv?{PERIOD}")
        xlsx_r = await client.get(f"/staff/figures.xlsx?{PERIOD}")
    assert page.status_code == csv_r.status_code == xlsx_r.status_code == 200

    shown = html_tables(page.text)
    header, *rows = shown["intakes"]
    total = dict(zip(header, rows[-1], strict=True))
    assert total["Arabisch (ar)"] == "5" and total["Persisch (fa)"] == "<5" and total["gesamt"] == "17"
    assert "Wohnen" in [r[0] for r in shown["topics"]]  # topics in German on the page

    assert csv_r.headers["content-type"].startswith("text/csv")
    assert "attachment" in csv_r.headers["content-disposition"]
    assert csv_r.content.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(csv_r.content.decode("utf-8-sig")), delimiter=";"))
    assert lines[0] == ["Tabelle", "Zeile", "Spalte", "Wert"]
    values = {(t, row, col): v for t, row, col, v in lines[1:]}
    assert values[("Erstgespräche je Woche und Sprache", "gesamt", "Persisch (fa)")] == "<5"
    assert values[("Erstgespräche je Woche und Sprache", "gesamt", "Arabisch (ar)")] == "5"

    book = openpyxl.load_workbook(io.BytesIO(xlsx_r.content))
    assert book.sheetnames == ["Erstgespräche", "Vom Chat zum Termin", "Themen", "Clearing", "Fristen", "Warteliste",
                               "Abschlüsse", "Fehlende Angebote", "Willkommensbriefe"]
    sheet = book["Erstgespräche"]
    columns = [c.value for c in sheet[5]]
    last = next(r for r in sheet.iter_rows(min_row=6, values_only=True) if r[0] == "gesamt")
    assert dict(zip(columns, last, strict=True))["Persisch (fa)"] == "<5"
    assert dict(zip(columns, last, strict=True))["Arabisch (ar)"] == 5

    # every output shows exactly what the page shows, cell by cell, in every table
    titles = {t.key: t.title for t in (await compute(container)).tables}
    for key, (head, *body) in shown.items():
        for row in body:
            for col, text in zip(head[1:], row[1:], strict=True):
                assert values[(titles[key], row[0], col)] == ("" if text == "–" else text), (key, row[0], col)
    for key, (head, *body) in shown.items():
        xs = book[next(t.sheet for t in (await compute(container)).tables if t.key == key)]
        got = [["–" if v is None else str(v) for v in r] for r in xs.iter_rows(min_row=5, values_only=True)]
        assert got == [head, *body], key


async def test_report_has_every_table_and_exports_are_audited(container: Container, seeded: dict[str, int]) -> None:
    async with client_for(container, "koordination") as client:
        report = await client.get(f"/staff/figures/report?{PERIOD}")
        await client.get(f"/staff/figures?{PERIOD}")
        await client.get(f"/staff/figures.csv?{PERIOD}")
        await client.get(f"/staff/figures.xlsx?{PERIOD}")
        default = await client.get("/staff/figures")
        css = (await client.get("/static/report.css")).text
    assert report.status_code == 200
    assert "Zahlenbericht Musterstadt" in report.text and "01.01.2026 – 28.02.2026" in report.text
    assert "Methodik" in report.text and '<link rel="stylesheet" href="/static/report.css">' in report.text
    assert "@media print" in css
    tables = html_tables(report.text)
    assert set(tables) == {t.key for t in (await compute(container)).tables}
    for t in (await compute(container)).tables:
        assert f"{t.title}</h2>" in report.text
        assert report.text.count(f'id="chart-{t.key}-') >= 2 * len(t.charts)  # title and desc of each chart
    assert tables["intakes"][-1] == ["gesamt", "5", "8", "<5", "<5", "17"]
    # the page without a period: the last six months up to today (25.02.2026)
    assert "25.08.2025 – 25.02.2026" in default.text
    async with container.sessions() as session:
        events = (await session.execute(select(AuditEvent.action, AuditEvent.object_type, AuditEvent.reason)
                                        .where(AuditEvent.object_type == "figures").order_by(AuditEvent.id))).all()
    assert [tuple(e) for e in events] == [("export", "figures", "report 2026-01-01–2026-02-28"),
                                          ("export", "figures", "csv 2026-01-01–2026-02-28"),
                                          ("export", "figures", "xlsx 2026-01-01–2026-02-28")]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_only_coordination_and_admin_see_figures(container: Container, seeded: dict[str, int]) -> None:
    paths = ["/staff/figures", "/staff/figures.csv", "/staff/figures.xlsx", "/staff/figures/report"]
    for user, expected in (("koordination", 200), ("admin", 200), ("fallberatung", 403), ("clearing", 403)):
        async with client_for(container, user) as client:
            for path in paths:
                r = await client.get(f"{path}?{PERIOD}")
                assert r.status_code == expected, (user, path)
                if expected == 403:
                    assert "17" not in r.text and r.headers["content-type"].startswith("text/html")
    async with client_for(container, None) as client:
        for path in paths:
            r = await client.get(path)
            assert r.status_code == 303 and r.headers["location"].startswith("/staff/login")
