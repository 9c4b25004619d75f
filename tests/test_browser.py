"""The staff pages and the web chat in a real browser (Debian's chromium through Playwright), against the
real app under uvicorn on a temporary SQLite database."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from itsdangerous import Signer
from sqlalchemy import select

from backend.container import Container
from backend.demo import DEMO_USERS, seed_demo
from storage import clearing
from storage.models import Intake, StaffUser
from tests.browser import ARTIFACTS, TIMEOUT_MS, expect, fixtures, log_in, serious_violations
from tests.chat import ChatDriver
from tests.conftest import SP
from tests.live_server import LiveServer

pytestmark = pytest.mark.browser


class Seeded:
    intake_id: int | None = None


PASSWORDS = {user: password for user, password, _, _ in DEMO_USERS}
BOOKER = "browser-booking-person-0001"  # the web chat cookie of a person who finished the intake


async def seed(c: Container) -> None:
    """Demo staff users and one intake, submitted in Arabic through the runtime (as a channel would)."""
    async with c.sessions() as session, session.begin():
        await seed_demo(session)
    chat = ChatDriver(c, user="browser-test-person")
    await chat.complete_intake("ar", household="٣", arrival="03/2024", level="none", topics=("health", "housing"),
                               ages=("٣٤", "٣٠", "٧"))
    async with c.sessions() as session:
        ids = (await session.scalars(select(Intake.id))).all()
    assert len(ids) == 1, chat.texts[-3:]
    Seeded.intake_id = ids[0]
    async with c.sessions() as session, session.begin():  # clearing gave it to the service point
        clearing_staff = (await session.scalars(select(StaffUser).where(StaffUser.username == "clearing"))).one()
        intake = await session.get(Intake, ids[0])
        worker = (await session.scalars(select(StaffUser).where(StaffUser.username == "fallberatung"))).one()
        await clearing.decide(session, clearing_staff, intake, "admit", reason="", organisation=SP,
                              caseworker_id=worker.id, now=datetime.now(UTC))
    booker = ChatDriver(c, user=BOOKER)
    await booker.complete_intake("de")
    await booker.press_data("a:appointment:later")


browser, server, page = fixtures(seed, "browser")


def answer_cell(page, question: str):
    return page.locator(f"table.answers tr[data-question={question}] td").first


def test_caseworker_sees_intake_answers(page) -> None:
    log_in(page, "fallberatung", "demo-fallberatung", "/staff/intakes")
    expect(page).to_have_url(re.compile(r"/staff/intakes$"))
    expect(page.locator("h1")).to_have_text("Erstgespräche")
    row = page.locator("table.list tbody tr", has_text=f"#{Seeded.intake_id}")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("العربية (ar)")
    expect(row).to_contain_text("Web-Chat")

    row.get_by_role("link", name=f"#{Seeded.intake_id}").click()
    expect(page).to_have_url(re.compile(rf"/staff/intakes/{Seeded.intake_id}$"))
    expect(page.locator("h1")).to_have_text(f"Erstgespräch #{Seeded.intake_id}")
    expect(page.locator("dl.meta")).to_contain_text("العربية (ar)")

    labels = {"household_size": "Personen im Haushalt", "arrival": "In Deutschland seit",
              "german_level": "Deutschkenntnisse", "topics": "Themen"}
    for question, label in labels.items():
        expect(page.locator(f"tr[data-question={question}] th")).to_contain_text(label)
    expect(answer_cell(page, "household_size")).to_have_text("3")
    expect(answer_cell(page, "arrival")).to_have_text("März 2024")
    expect(answer_cell(page, "german_level")).to_have_text("Noch gar nicht")
    expect(answer_cell(page, "topics")).to_contain_text("Gesundheit")
    expect(answer_cell(page, "topics")).to_contain_text("Wohnen")

    original = page.locator("tr[data-question=household_size] span.original")
    expect(original).to_have_text("٣")
    expect(original).to_have_attribute("dir", "auto")
    expect(original).to_be_visible()

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "staff-intake-detail.png"), full_page=True)


def test_web_chat_in_browser(page) -> None:
    page.goto("/chat")
    log = page.locator("#log")
    expect(log).to_contain_text("Bitte wählen Sie Ihre Sprache.")
    expect(log).to_contain_text("يُرجى اختيار لغتكم.")
    page.get_by_role("button", name="Deutsch", exact=True).click()
    page.get_by_role("button", name="Ja, 16 oder älter").click()

    expect(log).to_contain_text("Sind Sie einverstanden?")
    yes = page.get_by_role("button", name="Ja, ich bin einverstanden")
    expect(yes).to_be_visible()
    expect(page.get_by_role("button", name="Nein, lieber nicht")).to_be_visible()
    yes.click()

    expect(log).to_contain_text("Manchmal hilft es")
    page.get_by_role("button", name="Jugendmigrationsdienst").click()
    expect(page.get_by_role("button", name="Jugendmigrationsdienst")).to_have_attribute("aria-pressed", "true")
    refugee = page.get_by_role("button", name="Flüchtlingsberatung")
    refugee.dblclick()  # a double tap on a phone: one toggle, not two that cancel out
    expect(refugee).to_have_attribute("aria-pressed", "true")
    expect(refugee).to_be_enabled()
    page.get_by_role("button", name="Fertig").click()
    page.get_by_role("button", name="Nein", exact=True).click()

    expect(log).to_contain_text("Wie viele Personen leben in Ihrem Haushalt")
    expect(log).to_contain_text(re.compile("Frage \u2068?2\u2069? von \u2068?16"))  # numbers bidi-isolated
    page.fill("#input", "2")
    page.press("#input", "Enter")
    expect(page.locator("#log .msg.user").last).to_have_text("2")
    expect(page.locator("#log .msg.bot").last).to_contain_text("Wie alt sind Sie?")
    expect(page.locator("#input")).to_have_value("")
    expect(log).not_to_contain_text("⚠️")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-chat.png"), full_page=True)


def test_web_chat_on_a_shared_computer_is_forgotten_or_ended(page) -> None:
    page.goto("/chat")
    log = page.locator("#log")
    page.get_by_role("button", name="Deutsch", exact=True).click()
    remember = page.get_by_label("Diesen Chat auf diesem Gerät merken")
    expect(remember).to_be_visible()
    expect(remember).not_to_be_checked()

    def chat_cookie() -> dict:
        return next(c for c in page.context.cookies() if c["name"] == "ankommen_chat")

    assert chat_cookie()["expires"] == -1  # gone when the browser closes
    remember.check()
    for _ in range(100):  # the answer to the tick sets the cookie: wait for it
        if chat_cookie()["expires"] > 0:
            break
        page.wait_for_timeout(100)
    assert chat_cookie()["expires"] > 0  # kept for 30 days, because the person asked
    page.once("dialog", lambda dialog: dialog.dismiss())  # "really?" – no: nothing happens
    page.get_by_role("button", name="Chat auf diesem Gerät beenden").click()
    expect(page.locator("#device")).to_be_visible()
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Chat auf diesem Gerät beenden").click()
    expect(log).to_contain_text("Der Chat auf diesem Gerät ist beendet")
    expect(page.locator("#device")).to_be_hidden()
    assert not [c for c in page.context.cookies() if c["name"] == "ankommen_chat"]
    page.reload()
    expect(log).to_contain_text("Bitte wählen Sie Ihre Sprache.")  # the next person starts afresh
    assert serious_violations(page) == []


def test_coordinator_cannot_open_intakes(page) -> None:
    log_in(page, "koordination", "demo-koordination", "/staff/intakes")
    expect(page.locator("h1")).to_have_text("Kein Zugriff")
    expect(page).to_have_url(re.compile(r"/staff/intakes$"))
    response = page.goto("/staff/intakes")
    assert response is not None and response.status == 403
    expect(page.locator("h1")).to_have_text("Kein Zugriff")
    expect(page.locator("body")).not_to_contain_text("العربية")
    response = page.goto(f"/staff/intakes/{Seeded.intake_id}")
    assert response is not None and response.status == 403
    expect(page.locator("h1")).to_have_text("Kein Zugriff")


def next_saturday(after_days: int = 2) -> date:
    day = date.today() + timedelta(days=after_days)
    return day + timedelta(days=(5 - day.weekday()) % 7)


def test_caseworker_publishes_a_time_a_newcomer_books_it_and_it_shows_in_the_calendar(
        browser, server: LiveServer) -> None:
    saturday = next_saturday()
    staff = browser.new_context(base_url=server.url, locale="de-DE")
    staff.set_default_timeout(TIMEOUT_MS)
    desk = staff.new_page()
    log_in(desk, "fallberatung", "demo-fallberatung", "/staff/availability")
    expect(desk.locator("h1")).to_have_text("Verfügbarkeit")
    form = desk.locator("#add-availability")
    form.locator("input[name=repeat][value=once]").check()
    form.locator("input[name=on_date]").fill(saturday.isoformat())
    form.locator("input[name=start_time]").fill("13:00")
    form.locator("input[name=end_time]").fill("14:00")
    form.locator("input[name=slot_minutes]").fill("30")
    form.locator("select[name=kind]").select_option("phone")
    form.get_by_label("Ukrainisch").first.check()
    form.get_by_role("button", name="Sprechzeit speichern").click()
    expect(desk.locator("[role=status]")).to_have_text("Gespeichert.")
    expect(desk.locator("#rules")).to_contain_text(f"am {saturday:%d.%m.%Y}")
    expect(desk.locator("#rules")).to_contain_text("13:00–14:00 Uhr")

    person = browser.new_context(base_url=server.url, locale="de-DE")
    person.set_default_timeout(TIMEOUT_MS)
    signed = Signer(server.settings.secret_key, salt="ankommen/webchat-token").sign(BOOKER).decode()
    person.add_cookies([{"name": "ankommen_chat", "value": signed, "url": server.url}])  # as the server issued it
    chat = person.new_page()
    chat.goto("/chat")
    log = chat.locator("#log")
    expect(log).to_contain_text("Willkommen zurück")
    chat.fill("#input", "/appointment")
    chat.press("#input", "Enter")
    chat.get_by_role("button", name="Am Telefon").last.click()
    expect(log).to_contain_text("Diese Termine sind frei")
    slot = chat.get_by_role("button", name=re.compile(r"Sa\..*13:00"))
    for _ in range(6):  # the new Saturday time comes after the weekday hours: "later times" until it shows
        if slot.count():
            break
        chat.get_by_role("button", name="Spätere Termine").last.click()
        expect(chat.locator("#log .msg.bot").last).to_contain_text("Diese Termine sind frei")
    expect(slot.first).to_be_visible()
    slot.first.click()
    expect(log).to_contain_text("Ihr Termin ist gebucht")
    expect(log).to_contain_text(re.compile("Art: \u2068?Am Telefon"))
    expect(log).to_contain_text("termin.ics")  # the calendar file, offered for download
    ARTIFACTS.mkdir(exist_ok=True)
    chat.screenshot(path=str(ARTIFACTS / "web-chat-booking.png"), full_page=True)

    desk.goto(f"/staff/calendar?week={saturday.isoformat()}")
    row = desk.locator("tr.appointment").filter(has_text="13:00–13:30")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("Telefon")
    expect(row).to_contain_text("gebucht")
    desk.screenshot(path=str(ARTIFACTS / "calendar.png"), full_page=True)
    staff.close()
    person.close()


@pytest.mark.parametrize(("user", "paths"), [
    ("fallberatung", ["/staff/intakes", "/staff/intakes/{intake}", "/staff/calendar", "/staff/availability",
                      "/staff/desk"]),
    ("clearing", ["/staff/clearing", "/staff/intakes/{intake}"]),
    ("admin", ["/staff/audit"]),
    ("datenschutz", ["/staff/audit", "/staff/emergency"]),
])
def test_staff_pages_have_no_serious_accessibility_violations(page, user: str, paths: list[str]) -> None:
    log_in(page, user, PASSWORDS[user], paths[0].format(intake=Seeded.intake_id))
    for path in paths:
        page.goto(path.format(intake=Seeded.intake_id))
        expect(page.locator("h1")).to_be_visible()
        assert serious_violations(page) == [], path
    page.goto("/staff/login")
    assert serious_violations(page) == []


def test_clearing_queue_in_browser(page) -> None:
    log_in(page, "clearing", "demo-clearing", "/staff/clearing")
    expect(page.locator("h1")).to_contain_text("Clearing: neue Erstgespräche")
    item = page.locator("section.queue-item").first
    expect(item).to_contain_text("Zuständigkeit (Vorschlag)")
    expect(item).to_contain_text("Anspruch")
    # the person released no partner organisation: those are marked and cannot be chosen, nor their people;
    # the caseworker list follows the organisation
    caseworker = item.get_by_label("Fachkraft")
    jmd = item.get_by_label("Stelle").locator("option", has_text="Jugendmigrationsdienst Musterstadt")
    expect(jmd).to_have_text("Jugendmigrationsdienst Musterstadt – keine Freigabe")
    assert jmd.evaluate("o => o.disabled")
    expect(caseworker.locator("option", has_text="JMD")).to_have_count(0)
    item.get_by_label("Stelle").select_option(label="Servicestelle Zuwanderung Musterstadt")
    assert not caseworker.locator("option", has_text="Aylin Demir").evaluate("o => o.hidden || o.disabled")
    item.get_by_label("Warteliste").check()
    item.get_by_role("button", name="Entscheidung speichern").click()
    expect(page.locator("[role=status]")).to_contain_text("Gespeichert: Auf die Warteliste gesetzt")
    expect(page.locator("h1")).to_contain_text("(0)")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "clearing.png"), full_page=True)


def test_case_page_plan_and_message_in_browser(page) -> None:
    log_in(page, "fallberatung", "demo-fallberatung", "/staff/desk")
    expect(page.locator("h1")).to_contain_text("Mein Schreibtisch")
    page.get_by_role("link", name=f"Fall #{Seeded.intake_id}").click()
    goal = page.locator("#add-goal")
    goal.get_by_label("Lebensbereich").select_option("housing")
    goal.get_by_label("Ziel").fill("Eine größere Wohnung finden")
    goal.get_by_label("Passendes Angebot?").select_option("no")
    goal.get_by_role("button", name="Ziel hinzufügen").click()
    expect(page.locator("ul.goals")).to_contain_text("Wohnen: Eine größere Wohnung finden")
    expect(page.locator("ul.goals")).to_contain_text("kein passendes Angebot")
    page.locator("#send-template").get_by_label("Vorlage").select_option("bring-documents")
    page.locator("#send-template").get_by_role("button", name="Senden").click()
    expect(page.locator("[role=status]")).to_have_text("Gespeichert.")
    assert serious_violations(page) == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "case.png"), full_page=True)


def test_a_990_character_word_does_not_widen_the_case_page(page) -> None:
    log_in(page, "fallberatung", "demo-fallberatung", f"/staff/intakes/{Seeded.intake_id}")
    word = "Wohnungsbaugesellschaftsantragsformular" * 25  # 975 letters without a break
    page.locator("#add-note").get_by_label("Notiz").fill(word + "xyzxyzxyzxyzxyz")
    page.locator("#add-note").get_by_role("button", name="Notiz speichern").click()
    expect(page.locator("ul.notes")).to_contain_text(word[:60])
    overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1, f"the page is {overflow} px wider than the window"
