"""The postal welcome offer: household rules, letter languages, the CSV import (all or nothing), the PDF
letters with a QR code that decodes to the deep link, Arabic and Farsi against reference images, the
home-visit list, who answered, and the deletion after the retention period."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from backend.app import create_app
from backend.container import Container
from backend.demo import seed_demo
from backend.letters import Letter, deep_link, render_pdf
from backend.offers import Household, Member, choose_offer, letter_languages
from backend.profile import Letters
from backend.registrations import read
from storage import campaigns
from storage.models import Campaign, CampaignHousehold, Contact, Intake, StaffUser
from tests.chat import ChatDriver
from tests.conftest import Clock, demo_password
from tests.fake_telegram import BOT_USERNAME, FakeTelegram
from tests.staff_http import staff_http
from tests.test_telegram_e2e import User, bot_container, fake  # noqa: F401 (fixtures)

pdfium = pytest.importorskip("pypdfium2")
zxingcpp = pytest.importorskip("zxingcpp")
Image = pytest.importorskip("PIL.Image")
ImageChops = pytest.importorskip("PIL.ImageChops")
ImageStat = pytest.importorskip("PIL.ImageStat")

TODAY = date(2026, 11, 30)
REFERENCE = Path(__file__).resolve().parent / "reference"
BOT = "AnkommenMusterstadtBot"


def person(born: str, *nationalities: str, arrived: str = "2025-06-01", name: str = "A") -> Member:
    return Member("Muster", name, date.fromisoformat(born), tuple(nationalities),
                  date.fromisoformat(arrived) if arrived else None)


def household(*members: Member) -> Household:
    return Household("H", "Lindenstraße 1", "41539", "Musterstadt", "Mitte", list(members))


COUPLE_PL = (person("1990-01-01", "PL"), person("1991-01-01", "PL"))
CASES = [  # (who, household, offer, reasons) – Dormagen's rules, more than 2 children
    ("Syrian couple with a child", household(person("1990-01-01", "SY"), person("1992-01-01", "SY"),
                                             person("2020-01-01", "SY")), "home_visit", ("outside_europe:SY",)),
    ("Polish couple with a child", household(*COUPLE_PL, person("2020-01-01", "PL")), "letter", ()),
    ("Romanian couple", household(person("1990-01-01", "RO"), person("1990-01-01", "RO")), "home_visit",
     ("nationality:RO",)),
    ("Bulgarian on their own", household(person("1985-05-05", "BG")), "home_visit", ("nationality:BG",)),
    ("Polish single mother", household(person("1990-01-01", "PL"), person("2018-01-01", "PL")), "home_visit",
     ("single_parent",)),
    ("Polish couple, 3 children", household(*COUPLE_PL, *(person(f"201{i}-01-01", "PL") for i in range(3))),
     "home_visit", ("children:3",)),
    ("Polish couple, 2 children", household(*COUPLE_PL, *(person(f"201{i}-01-01", "PL") for i in range(2))),
     "letter", ()),
    ("Syrian couple here since 2019", household(person("1980-01-01", "SY", arrived="2019-03-01"),
                                                person("1982-01-01", "SY", arrived="2019-03-01")),
     "counselling_letter", ("long_stay:5",)),
    ("one here since 2019, one since 2025", household(person("1980-01-01", "SY", arrived="2019-03-01"),
                                                      person("1982-01-01", "SY", arrived="2025-03-01")),
     "home_visit", ("outside_europe:SY",)),
    ("Ukrainian couple", household(person("1980-01-01", "UA"), person("1981-01-01", "UA")), "letter", ()),
    ("Turkish couple (outside the profile's Europe)", household(person("1980-01-01", "TR"),
                                                               person("1981-01-01", "TR")), "home_visit",
     ("outside_europe:TR",)),
    ("turns 18 tomorrow: still a child", household(person("1980-01-01", "PL"),
                                                   person("2008-12-01", "PL", name="B")), "home_visit",
     ("single_parent",)),
    ("turned 18 today: two adults", household(person("1980-01-01", "PL"), person("2008-11-30", "PL", name="B")),
     "letter", ()),
    ("arrival unknown counts as recent", household(person("1980-01-01", "SY", arrived=""),
                                                   person("1981-01-01", "SY")), "home_visit", ("outside_europe:SY",)),
]


@pytest.mark.parametrize(("who", "h", "offer", "reasons"), CASES, ids=[c[0] for c in CASES])
def test_household_rules(who: str, h: Household, offer: str, reasons: tuple[str, ...]) -> None:
    got = choose_offer(h, Letters(), case_management_max_years=5, today=TODAY)
    assert (got.kind, got.reasons) == (offer, reasons), who


def test_the_number_of_children_is_configurable() -> None:
    two = household(*COUPLE_PL, person("2015-01-01", "PL"), person("2016-01-01", "PL"))
    assert choose_offer(two, Letters(home_visit_children_more_than=1), 5, TODAY).kind == "home_visit"
    assert choose_offer(two, Letters(home_visit_children_more_than=None), 5, TODAY).kind == "letter"


MAPPING = {"SY": "ar", "AF": "fa", "AT": "de", "RO": "ro", "UA": "uk"}


@pytest.mark.parametrize(("members", "expected"), [
    ((person("1990-01-01", "SY"),), ["de", "ar"]),
    ((person("1990-01-01", "AF"),), ["de", "fa"]),
    ((person("1990-01-01", "AT"),), ["de"]),  # German only
    ((person("1990-01-01", "DE"),), ["de"]),
    ((person("1990-01-01", "VN"),), ["de", "en"]),  # no mapping: the profile's default
    ((person("1990-01-01", "DE", "SY"),), ["de", "ar"]),  # the first nationality that needs another language
    ((person("2015-01-01", "UA"), person("1990-01-01", "RO")), ["de", "ro"]),  # adults first
])
def test_letter_languages(members: tuple[Member, ...], expected: list[str]) -> None:
    assert letter_languages(household(*members), MAPPING, "en", TODAY, 18) == expected


# ------------------------------------------------------------------------------------ import ---------

GOOD_CSV = """haushalt;nachname;vorname;geburtsdatum;staatsangehoerigkeit;zuzug;strasse;plz;ort;ortsteil
H-100;Haddad;Amal;12.03.1988;SY;01.09.2026;Lindenstraße 12;41539;Musterstadt;Mitte
H-100;Haddad;Karim;02.07.1985;SY;01.09.2026;Lindenstraße 12;41539;Musterstadt;Mitte
H-100;Haddad;Lina;05.05.2019;SY;01.09.2026;Lindenstraße 12;41539;Musterstadt;Mitte
H-200;Nowak;Ewa;1992-04-01;PL;2026-10-01;Am Markt 3;41541;Musterstadt;Nord
H-200;Nowak;Piotr;1990-01-20;PL;2026-10-01;Am Markt 3;41541;Musterstadt;Nord
H-300;Ahmadi;Zahra;01.01.1995;AF;15.08.2026;Bahnhofstraße 10;41539;Musterstadt;Mitte
H-300;Ahmadi;Ali;01.01.2017;AF;15.08.2026;Bahnhofstraße 10;41539;Musterstadt;Mitte
H-400;Popescu;Ion;03.03.1980;RO;01.01.2018;Gartenweg 2;41542;Musterstadt;Süd
H-500;Karimi;Reza;01.01.1970;IR;01.10.2026;Bahnhofstraße 2;41539;Musterstadt;Mitte
"""
BAD_CSV = """haushalt;nachname;vorname;geburtsdatum;staatsangehoerigkeit;zuzug;strasse;plz;ort;ortsteil
H-1;Haddad;Amal;12.03.1988;SY;01.09.2026;Lindenstraße 12;41539;Musterstadt;Mitte
H-1;Haddad;Karim;31.02.1985;SY;01.09.2026;Lindenstraße 12;41539;Musterstadt;Mitte
H-2;Nowak;Ewa;1992-04-01;XX;2026-10-01;Am Markt 3;41541;Musterstadt;Nord
H-1;Haddad;Lina;05.05.2019;SY;01.09.2026;Lindenstraße 14;41539;Musterstadt;Mitte
H-3;;Ion;03.03.1980;RO;01.01.2030;Gartenweg 2;41542;Musterstadt;Süd
"""


def test_bad_rows_are_reported_with_line_and_nothing_is_read() -> None:
    result = read(BAD_CSV.encode(), TODAY)
    assert result.households == []
    assert result.errors == [
        "Zeile 3: Geburtsdatum »31.02.1985« ist kein Datum (TT.MM.JJJJ)",
        "Zeile 4: unbekannte Staatsangehörigkeit XX (zweistelliger Ländercode, z. B. SY)",
        "Zeile 5: Haushalt H-1 hat hier eine andere Adresse als in Zeile 2",
        "Zeile 6: nachname fehlt; Zuzug liegt in der Zukunft oder vor der Geburt",
    ]
    assert read(b"name;ort\nA;B\n", TODAY).errors[0].startswith("Zeile 1: es fehlen die Spalten haushalt")
    assert read(b"", TODAY).errors == ["Zeile 1: die Datei ist leer"]


def test_windows_1252_and_commas_are_read() -> None:
    raw = GOOD_CSV.replace(";", ",").encode("cp1252")
    result = read(raw, TODAY)
    assert result.errors == [] and result.people == 9
    assert [h.ref for h in result.households] == ["H-100", "H-200", "H-300", "H-400", "H-500"]
    assert result.households[0].street == "Lindenstraße 12"


async def login(client: httpx.AsyncClient, user: str) -> None:
    r = await client.post("/staff/login", data={"username": user, "password": demo_password(user)})
    assert r.status_code == 303


@pytest.fixture
async def staffed(container: Container) -> Container:
    async with container.sessions() as session, session.begin():
        await seed_demo(session)
    return container


def decode_qr_codes(pdf: bytes) -> list[str]:
    doc = pdfium.PdfDocument(pdf)
    found = []
    for page in doc:
        found += [r.text for r in zxingcpp.read_barcodes(page.render(scale=2).to_pil())]
    doc.close()
    return found


def pdf_text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    text = "\n".join(page.get_textpage().get_text_range() for page in doc)
    doc.close()
    return text


async def test_import_letters_visits_and_who_answered(staffed: Container, clock: Clock) -> None:
    c = staffed
    clock.now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    app = create_app(c)
    async with staff_http(app, "http://t") as client:
        await login(client, "clearing")
        r = await client.post("/staff/letters", data={"name": "Neuzuzüge"},
                              files={"file": ("meldungen.csv", BAD_CSV.encode(), "text/csv")})
        assert r.status_code == 422 and "Nichts eingelesen" in r.text and "Zeile 3: Geburtsdatum" in r.text
        async with c.sessions() as session:
            assert await session.scalar(select(func.count()).select_from(Campaign)) == 0

        r = await client.post("/staff/letters", data={"name": "Neuzuzüge November"},
                              files={"file": ("meldungen.csv", GOOD_CSV.encode("utf-8-sig"), "text/csv")})
        assert r.status_code == 303
        page = await client.get(r.headers["location"])
        assert "Eingelesen: 5 Haushalte" in page.text
        assert "Amal Haddad, Karim Haddad" in page.text and "1 Kinder" in page.text
        assert "Staatsangehörigkeit außerhalb Europas (SY)" in page.text
        assert "seit mehr als 5 Jahren in Deutschland" in page.text  # Popescu, here since 2018

        async with c.sessions() as session:
            rows = {c.cipher.decrypt(h.ref_enc): h for h in await session.scalars(select(CampaignHousehold))}
            stored = str([(h.ref_enc, h.details) for h in rows.values()])
        assert {ref: (h.offer, h.languages) for ref, h in rows.items()} == {
            "H-100": ("home_visit", ["de", "ar"]), "H-200": ("letter", ["de", "pl"]),
            "H-300": ("home_visit", ["de", "fa"]), "H-400": ("counselling_letter", ["de", "ro"]),
            "H-500": ("home_visit", ["de", "fa"])}
        assert "Haddad" not in stored and "Lindenstraße" not in stored and "H-100" not in stored  # sealed
        assert all(len(h.token or "") == 16 for h in rows.values())

        # one letter: its QR code is the deep link with this household's code; German and Arabic text
        campaign_id = rows["H-100"].campaign_id
        r = await client.get(f"/staff/letters/{campaign_id}/households/{rows['H-100'].id}.pdf")
        assert r.headers["content-type"] == "application/pdf"
        assert decode_qr_codes(r.content) == [deep_link("AnkommenDemoBot", rows["H-100"].token or "")]
        text = pdf_text(r.content)
        assert "Guten Tag Amal Haddad, Karim Haddad" in text and "Wir möchten Sie gern zu Hause besuchen" in text
        assert "Musterstadt" in text and "t.me/AnkommenDemoBot?start=" in text
        # all letters in one PDF for printing: every household's code, once
        r = await client.get(f"/staff/letters/{campaign_id}/letters.pdf")
        assert sorted(decode_qr_codes(r.content)) == sorted(
            deep_link("AnkommenDemoBot", h.token or "") for h in rows.values())

        # the home-visit list: only visits, by district, then street (Bahnhofstraße 2 before 10)
        visits = await client.get(f"/staff/letters/{campaign_id}/visits")
        order = [visits.text.index(s) for s in ("Bahnhofstraße 2", "Bahnhofstraße 10", "Lindenstraße 12")]
        assert order == sorted(order) and "Am Markt 3" not in visits.text and "Gartenweg" not in visits.text

        # two households answer: one scans and consents, one completes the intake
        chat = ChatDriver(c, user="ahmadi-phone")
        await chat.start(rows["H-300"].token)
        await chat.press_data("a:language:fa")
        await chat.press_data("a:age_gate:adult")
        await chat.press_data("a:consent:yes")
        await ChatDriver(c, user="nowak-phone").complete_intake("pl", payload=rows["H-200"].token)
        overview = await client.get("/staff/letters")
        assert "<td>Brief mit Chat-Code</td><td>1</td><td>1</td><td>1</td><td>1</td>" in overview.text
        assert "<td>Hausbesuch</td><td>3</td><td>1</td><td>1</td><td>0</td>" in overview.text
        visits = await client.get(f"/staff/letters/{campaign_id}/visits")
        assert "eingewilligt" in visits.text

        # clearing sees on the intake where it came from
        async with c.sessions() as session:
            intake_id = (await session.scalars(select(Intake.id))).one()
        page = await client.get(f"/staff/intakes/{intake_id}")
        assert "über den Willkommensbrief »Neuzuzüge November«" in page.text and "Brief mit Chat-Code" in page.text

    # after the retention period: names, addresses, the export's ids and the codes are gone, the counts stay
    clock.advance(days=181)
    async with c.sessions() as session, session.begin():
        assert await campaigns.purge_due(session, clock()) == 1
    async with c.sessions() as session:
        left = list(await session.scalars(select(CampaignHousehold)))
        answered = await campaigns.responses(session, campaign_id)
    assert all(h.details is None and h.ref_enc is None and h.token is None and h.contact_id is None for h in left)
    assert sum(a.completed for a in answered) == 1 and sum(a.households for a in answered) == 5
    late = ChatDriver(c, user="late-scanner")
    await late.start(rows["H-100"].token)  # an old letter still starts the chat, without a link
    assert late.texts and late.node == "language"


async def test_coordinators_change_the_letter_language(staffed: Container, clock: Clock) -> None:
    c = staffed
    clock.now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    app = create_app(c)
    async with staff_http(app, "http://t") as client:
        await login(client, "koordination")
        page = await client.get("/staff/letters/languages")
        assert "Syrien (SY)</th><td>العربية (ar)" in page.text
        r = await client.post("/staff/letters/languages", data={"nationality": "IR", "language": "en"})
        assert r.headers["location"].endswith("hinweis=gespeichert")
        r = await client.post("/staff/letters", files={"file": ("x.csv", GOOD_CSV.encode(), "text/csv")})
        assert r.status_code == 403  # coordinators see no names or addresses
    async with c.sessions() as session:
        mapping = await campaigns.language_mapping(session, c.municipality.letters.languages)  # type: ignore[union-attr]
    assert mapping["IR"] == "en" and mapping["AF"] == "fa"


# ------------------------------------------------------------------------------ the look -------------

def render_png(lang: str, offer: str) -> Any:
    from backend.container import profile_globals
    from bot.l10n import Localizer

    globals_ = profile_globals({"name": "Musterstadt", "service_point": {
        "name": "Servicestelle Zuwanderung Musterstadt", "address": "Rathausplatz 1, 12345 Musterstadt",
        "phone": "+49 1234 56789-0", "hours": "Mo–Do 9–12, Di 14–17"}})
    letter = Letter(["Amal Haddad", "Karim Haddad"], "Lindenstraße 12", "41539", "Musterstadt", offer,
                    ["de", lang], "Xq3fK9pL2mN7vB4w")
    pdf = render_pdf([letter], Localizer.load(globals=globals_), BOT, date(2026, 11, 30))
    doc = pdfium.PdfDocument(pdf)
    assert len(doc) == 1  # German and the person's language fit on one sheet
    image = doc[0].render(scale=1.0).to_pil().convert("L")
    doc.close()
    return image


@pytest.mark.parametrize(("lang", "offer"), [("ar", "home_visit"), ("fa", "letter")])
def test_arabic_and_farsi_letters_look_like_the_reference(lang: str, offer: str, tmp_path: Path) -> None:
    """The reference images were checked by eye: Arabic and Farsi joined and shaped, right to left, Latin
    names, address and phone kept in order inside the right-to-left text. A changed font, shaping or
    layout shows here; after an intended change, replace the reference (ANKOMMEN_UPDATE_REFERENCE=1)."""
    import os

    image = render_png(lang, offer)
    reference = REFERENCE / f"letter-{lang}.png"
    if os.environ.get("ANKOMMEN_UPDATE_REFERENCE"):
        image.save(reference, optimize=True)
    expected = Image.open(reference).convert("L")
    assert image.size == expected.size
    diff = ImageChops.difference(image, expected)
    changed = diff.point(lambda v: 255 if v > 64 else 0).histogram()[255] / (image.size[0] * image.size[1])
    if changed > 0.002:
        image.save(tmp_path / f"letter-{lang}.png")
    assert changed <= 0.002, f"{changed:.2%} of the pixels differ from {reference.name} (see {tmp_path})"
    assert ImageStat.Stat(diff).mean[0] < 2.0


def test_qr_from_the_rendered_letter_is_the_deep_link() -> None:
    buffer = io.BytesIO()
    render_png("ar", "letter").save(buffer, format="PNG")
    codes = [r.text for r in zxingcpp.read_barcodes(Image.open(buffer))]
    assert codes == [deep_link(BOT, "Xq3fK9pL2mN7vB4w")]


# ------------------------------------------------------------------------- end to end (Telegram) -----

async def test_import_letter_scan_in_telegram_links_the_chat(bot_container: Container,  # noqa: F811
                                                            fake: FakeTelegram) -> None:  # noqa: F811
    """Import → the letter's PDF → its QR code → /start <code> in Telegram: the new chat is linked to the
    household and the campaign, and consenting is counted for it (finishing: see the test above)."""
    c = bot_container
    app = create_app(c)
    async with staff_http(app, "http://t") as client:
        await login(client, "clearing")
        today = c.runtime.clock().date()
        csv = (f"haushalt;nachname;vorname;geburtsdatum;staatsangehoerigkeit;zuzug;strasse;plz;ort;ortsteil\n"
               f"H-7;Ahmadi;Zahra;01.01.1995;AF;{today:%d.%m.%Y};Bahnhofstraße 10;41539;Musterstadt;Mitte\n")
        r = await client.post("/staff/letters", data={"name": "Telegram-Test"},
                              files={"file": ("m.csv", csv.encode(), "text/csv")})
        campaign_id = int(r.headers["location"].split("/")[-1].split("?")[0])
        async with c.sessions() as session:
            household = (await campaigns.households(session, campaign_id))[0]
        pdf = (await client.get(f"/staff/letters/{campaign_id}/households/{household.id}.pdf")).content
        [link] = decode_qr_codes(pdf)
        assert link == f"https://t.me/{BOT_USERNAME}?start={household.token}"  # the bot's name from Telegram
        assert "زبان" in pdf_text(pdf) or "خوش آمدید" in pdf_text(pdf)  # the Farsi half is there

        person = User(fake, 5550777)
        await person.says(f"/start {link.split('start=')[1]}")  # what Telegram sends after a scan
        async with c.sessions() as session:
            linked = await session.get(CampaignHousehold, household.id)
            contact = await session.get(Contact, linked.contact_id) if linked and linked.contact_id else None
        assert linked is not None and linked.scanned_at is not None and contact is not None
        assert contact.channel == "telegram" and contact.start_payload == household.token
        await person.presses("a:language:fa")
        await person.presses("a:age_gate:adult")
        await person.presses("a:consent:yes")
        async with c.sessions() as session:
            linked = await session.get(CampaignHousehold, household.id)
        assert linked is not None and linked.consented_at is not None and linked.completed_at is None
        overview = await client.get("/staff/letters")
        assert "<td>Hausbesuch</td><td>1</td><td>1</td><td>1</td><td>0</td>" in overview.text


async def test_the_figures_count_who_answered_the_letters(staffed: Container, clock: Clock) -> None:
    """Coordinators see the answers to the letters as counts, small ones suppressed."""
    from zoneinfo import ZoneInfo

    from storage import figures

    c = staffed
    clock.now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    async with c.sessions() as session, session.begin():
        staff = await session.scalar(select(StaffUser).where(StaffUser.username == "clearing"))
        plans = [campaigns.LetterPlan(ref=f"H-{i}", names=["X Y"], street="S 1", postcode="1", city="M",
                                      district="Mitte", offer="letter" if i < 7 else "home_visit", reasons=[],
                                      languages=["de", "ar"], adults=1, children=0) for i in range(9)]
        campaign = await campaigns.create(session, staff, "Zahlen", plans, 180, c.cipher, clock().date(), clock())
        tokens = [h.token for h in await campaigns.households(session, campaign.id) if h.offer == "letter"]
    for i, token in enumerate(tokens[:6]):  # 6 of 7 letter households scan, 5 of them consent
        chat = ChatDriver(c, user=f"scanner-{i}")
        await chat.start(token)
        if i < 5:
            await chat.press_data("a:language:ar")
            await chat.press_data("a:age_gate:adult")
            await chat.press_data("a:consent:yes")
    async with c.sessions() as session:
        table = (await figures.compute(session, c.cipher, start=date(2026, 11, 1), end=date(2026, 12, 1),
                                       tz=ZoneInfo("Europe/Berlin"), now=clock())).table("letters")
    rows = {row[0]: row[1:] for row in table.rows}
    # letters: 7 written, 6 scanned, 5 consented, 0 finished; home visits: 2 (small: hidden); the total 9
    # would give the 2 away, so the next smallest shown count in that column (7) is hidden too
    assert rows["Brief mit Chat-Code"] == ("x", 6, 5, 0, None)
    assert rows["Hausbesuch"] == ("<5", 0, 0, 0, None)
    assert rows["gesamt"] == (9, 6, 5, 0, 67)  # 6 of 9 scanned
