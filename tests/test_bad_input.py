"""Bad input never gives a 5xx (issue 13, item 8), and nothing typed can mislead a staff page: parameters are
validated (4xx with a clear message), NUL, control characters, halves of surrogate pairs and bidi
overrides are removed with the rest of the text kept, webhook bodies are checked before use, error boxes
show texts by code only, spreadsheet cells never start a formula, check-in answers are stored only for a
check-in that was sent. SQLite and PostgreSQL."""

from __future__ import annotations

import io

from openpyxl import load_workbook
from sqlalchemy import select

from backend.app import create_app
from backend.container import Container
from backend.figures_pages import to_csv, to_xlsx
from bot import webchat
from bot.telegram_updates import event_from_message
from storage import clearing, figures
from storage.models import CasePlan, CheckinResponse, Intake, StaffUser
from tests.chat import ChatDriver
from tests.conftest import SP, Clock, make_settings
from tests.staff_http import staff_http
from tests.test_appointments import staff_client
from tests.test_clearing import intake_of, setup


async def admitted_case(c: Container, clock: Clock, user: str = "bad-input") -> int:
    await setup(c)
    intake_id = await intake_of(c, user)
    async with c.sessions() as session, session.begin():
        users = {u.username: u for u in await session.scalars(select(StaffUser))}
        await clearing.decide(session, users["clearing"], await session.get(Intake, intake_id), "admit", reason="",
                              organisation=SP, caseworker_id=users["fallberatung"].id, now=clock())
    return intake_id


async def test_parameters_that_cannot_be_right_are_4xx_with_a_message(container: Container, clock: Clock) -> None:
    intake_id = await admitted_case(container, clock)
    async with staff_client(container, "clearing", "demo-clearing") as client:
        r = await client.get("/api/appointments?week=kein-datum")
        assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "week"]
        for path in ("/api/intakes/9223372036854775808", "/api/intakes/0", "/api/intakes/-1", "/api/intakes/x"):
            assert (await client.get(path)).status_code == 422, path
        page = await client.get("/staff/intakes/99999999999999999999")
        assert page.status_code == 422 and "Ungültige Adresse oder Eingabe" in page.text
        for path in ("/staff/letters/99999999999999999999/visits", "/staff/calendar?week=%00%FF",
                     f"/staff/intakes/{intake_id}?fehler=%00", "/staff/audit?von=2026-13-45"):
            assert (await client.get(path)).status_code < 500, path
        r = await client.post("/staff/availability", data={"start_time": "09:00", "end_time": "10:00",
                                                           "staff_user_id": "99999999999999999999"})
        assert r.status_code == 422
        r = await client.post("/staff/clearing/1/decide", data={"action": "admit", "organisation": "sp",
                                                                "caseworker": "9" * 30})
        assert r.status_code == 303 and "fehler=" in r.headers["location"]
        # dates at the edge of what a date can be: no overflow, a page or a 4xx
        for path in ("/staff/calendar?week=9999-12-31", "/staff/calendar?week=0001-01-01",
                     "/api/appointments?week=9999-12-31", "/staff/audit?von=0001-01-01&bis=9999-12-31"):
            assert (await client.get(path)).status_code < 500, path
        r = await client.post("/staff/availability", data={"start_time": "09:00", "end_time": "10:00",
                                                           "staff_user_id": "99999"})  # no such account
        assert r.status_code < 500
        r = await client.post(f"/staff/desk/{intake_id}/followups", data={"due_on": "9999-12-31", "note": "x"})
        assert r.status_code == 303 and "fehler=datum" in r.headers["location"]
    async with staff_client(container, "koordination", "demo-koordination") as client:
        for period in ("von=0001-01-01&bis=9999-12-31", "von=9999-12-31&bis=9999-12-31", "von=2026-02-30"):
            for path in ("/staff/figures", "/staff/figures.csv", "/staff/figures/report"):
                assert (await client.get(f"{path}?{period}")).status_code < 500, (path, period)
    async with staff_http(create_app(container)) as web:  # JSON of another +json type, half a surrogate in it
        r = await web.post("/chat/api/send", content=b'{"client_id": "ld-json-01", "kind": "text", '
                                                     b'"text": "\\udfffhallo"}',
                           headers={"Content-Type": "application/ld+json"})
        assert r.status_code < 500


async def test_a_forged_or_stale_booking_button_gets_a_polite_answer(container: Container, clock: Clock) -> None:
    chat = ChatDriver(container, user="forged-booking")
    await chat.complete_intake("de")
    for data in ("r:99999999999999999999999:move", "r:1:move", "r:-1:cancel", "r:\u0000:move", "r:" + "9" * 200):
        replies = await chat.press_data(data)
        assert replies and all("Traceback" not in m.plain for m in replies), data


async def test_a_nul_in_what_staff_type_is_removed_and_the_rest_is_kept(container: Container, clock: Clock) -> None:
    intake_id = await admitted_case(container, clock)
    async with staff_client(container, "fallberatung", "demo-fallberatung") as client:
        r = await client.post(f"/staff/cases/{intake_id}/notes", content=b"text=Anruf%00+beim+Jobcenter+%ED%A0%80ok",
                              headers={"Content-Type": "application/x-www-form-urlencoded"})  # NUL, broken UTF-8
        assert r.status_code == 303
        r = await client.post(f"/staff/cases/{intake_id}/plan", data={"motto": "Arbeit\x00 finden", "review_on": ""})
        assert r.status_code == 303
        page = (await client.get(f"/staff/intakes/{intake_id}")).text
    assert "Anruf beim Jobcenter \ufffd\ufffd\ufffdok" in page and "Arbeit finden" in page
    async with staff_client(container, "fallberatung", "demo-fallberatung") as client:  # a form sent as multipart
        r = await client.post(f"/staff/cases/{intake_id}/notes", files={"text": (None, "Termin\x00 am Montag")})
        assert r.status_code == 415 and "keine Dateien" in r.text  # only the upload forms take multipart
    async with container.sessions() as session:
        from storage.models import CaseNote
        assert not [n for n in await session.scalars(select(CaseNote)) if "Termin" in n.text]
    async with staff_http(create_app(container)) as web:  # the web chat's JSON with half a surrogate pair
        r = await web.post("/chat/api/send", content=b'{"client_id": "surrogate-01", "kind": "text", '
                                                     b'"text": "\\ud800hallo\\u0000"}',
                           headers={"Content-Type": "application/json"})
        assert r.status_code == 200


async def test_bidi_overrides_do_not_turn_a_phone_number_around_on_a_staff_page(container: Container,
                                                                                 clock: Clock) -> None:
    intake_id = await admitted_case(container, clock)
    async with staff_client(container, "fallberatung", "demo-fallberatung") as client:
        await client.post(f"/staff/cases/{intake_id}/notes", data={"text": "Rückruf unter \u202e0176 1234 5678"})
        async with container.sessions() as session, session.begin():  # as an older release stored it
            plan = await session.get(CasePlan, intake_id) or CasePlan(intake_id=intake_id)
            plan.motto = "Tel. \u202e0151 9876 543"
            session.add(plan)
        page = (await client.get(f"/staff/intakes/{intake_id}")).text
    assert "\u202e" not in page and "0176 1234 5678" in page and "0151 9876 543" in page
    typed = webchat.ChatIn(client_id="bidi-0001", kind="text", text="\u202e0176\u2066 1234\u2069 \u200cneu")
    assert typed.text == "0176 1234 \u200cneu"  # the web chat takes the overrides out, ZWNJ stays
    update = {"message": {"chat": {"id": 5, "type": "private"}, "date": 1, "text": "\u202e2\x00"}}
    assert event_from_message(update["message"]).text == "2"  # and so does Telegram's adapter


async def test_error_boxes_show_texts_by_code_only(container: Container, clock: Clock) -> None:
    intake_id = await admitted_case(container, clock)
    crafted = "Ihr Konto wird gesperrt – bitte Passwort an hilfe@evil.example senden"
    async with staff_client(container, "fallberatung", "demo-fallberatung") as client:
        page = (await client.get(f"/staff/intakes/{intake_id}", params={"fehler": crafted})).text
        assert crafted not in page and "Das ging so nicht" in page
        page = (await client.get(f"/staff/intakes/{intake_id}", params={"fehler": "ziele-voll"})).text
        assert "Höchstens 3 offene Ziele je Lebensbereich" in page
        desk = (await client.get("/staff/desk", params={"fehler": crafted})).text
        assert crafted not in desk
    async with staff_client(container, "clearing", "demo-clearing") as client:
        queue = (await client.get("/staff/clearing", params={"fehler": crafted})).text
        assert crafted not in queue and "Das ging so nicht" in queue
        queue = (await client.get("/staff/clearing", params={"hinweis": crafted, "fall": "7"})).text
        assert crafted not in queue and "Gespeichert" not in queue  # a note says only what the app said
        done = (await client.get("/staff/clearing", params={"hinweis": "waitlist", "fall": "7"})).text
        assert "Gespeichert: Auf die Warteliste gesetzt (Erstgespräch #7)." in done
    async with staff_client(container, "koordination", "demo-koordination") as client:
        for note in (crafted, f"neu:{crafted}"):
            assert crafted not in (await client.get("/staff/texts", params={"hinweis": note})).text


def test_spreadsheet_cells_never_start_a_formula() -> None:
    table = figures.Table("topics", "=HYPERLINK(\"http://evil.example\";\"Themen\")", "Themen", "+hint",
                          ("Thema", "Erstgespräche"), (("=1+1", 7), ("@SUM(A1)", "<5"), ("-2", 0), ("Wohnen", 5)), ())
    result = figures.Figures(None, None, None, (table,))  # type: ignore[arg-type]
    csv_text = to_csv(result).decode("utf-8-sig")
    assert "'=1+1" in csv_text and "'@SUM(A1)" in csv_text and "'-2" in csv_text and ";=1+1" not in csv_text

    class Period:
        label = "Januar"

    sheet = load_workbook(io.BytesIO(to_xlsx(result, "Musterstadt", Period()))).active  # type: ignore[arg-type]
    cells = [c for row in sheet.iter_rows() for c in row if c.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert "'=1+1" in [c.value for c in cells]


async def test_check_in_answers_are_stored_only_for_a_check_in_that_was_sent(container: Container,
                                                                            clock: Clock) -> None:
    from tests.test_outbox import FakeSender

    sender = FakeSender()
    container.dispatcher.senders["telegram"] = sender
    stranger = ChatDriver(container, user="never-asked", channel="telegram")
    await stranger.start()
    await stranger.press_data("a:language:de")
    for forged in ("k:review:good", "k:handover:no", "k:evaluation:not", "k:waitlist:still"):
        await stranger.press_data(forged)  # no consent, never asked
    person = ChatDriver(container, user="asked-later", channel="telegram")
    await person.complete_intake("de")
    await person.press_data("k:review:good")  # consented, but the review was not sent yet
    async with container.sessions() as session:
        assert (await session.scalars(select(CheckinResponse))).all() == []
    clock.advance(days=183)
    await container.dispatcher.tick()  # now the 6-month review goes out
    assert sender.sent, "the review was sent"
    await person.press_data("k:review:talk")
    async with container.sessions() as session:
        assert [(r.purpose, r.answer) for r in await session.scalars(select(CheckinResponse))] == [("review", "talk")]


async def test_the_webhook_refuses_what_is_not_an_update_and_ignores_what_it_cannot_read(
        db_url: str, pg_schema: str | None, clock: Clock) -> None:
    from tests.fake_telegram import FakeTelegram

    async with FakeTelegram() as fake:
        c = Container.build(make_settings(db_url, telegram_bot_token="123456:TEST-TOKEN", telegram_api_base=fake.base_url,
                                          telegram_mode="webhook", telegram_webhook_secret="s" * 32),
                            schema=pg_schema, clock=clock, strict_l10n=True)
        await c.start()
        try:
            async with staff_http(create_app(c)) as web:
                headers = {"X-Telegram-Bot-Api-Secret-Token": "s" * 32, "Content-Type": "application/json"}
                for body, status in ((b"not json", 400), (b"[1, 2]", 400), (b'{"update_id": "7"}', 400),
                                     (b'{"update_id": true}', 400), (b'{"message": {}}', 400),
                                     (b'{"update_id": 1, "message": {"chat": {"id": "12", "type": "private"}}}', 200),
                                     (b'{"update_id": 2, "callback_query": {"id": 5, "data": ["x"]}}', 200),
                                     (b'{"update_id": 3, "message": {"chat": {"id": 12, "type": "private"}, '
                                      b'"text": 12345, "date": "gestern"}}', 200),
                                     (b'{"update_id": 4, "message": {"chat": {"id": 99999999999999999999999, '
                                      b'"type": "private"}, "text": "/start"}}', 200)):
                    r = await web.post("/telegram/webhook", content=body, headers=headers)
                    assert r.status_code == status, (body, r.text)
            async with c.sessions() as session:
                assert (await session.scalars(select(Intake))).all() == []
        finally:
            await c.close()


def test_the_schemas_day_pattern_is_exactly_the_days_a_form_accepts() -> None:
    """The API's schema promises what `form_date` takes: no "valid" date that is then refused (Schemathesis
    found 0016-01-01), none refused by the schema that a form would take."""
    import re
    from datetime import date, timedelta

    from backend.forms import DAY_PATTERN, form_date

    def takes(text: str) -> bool:
        try:
            form_date(text)
        except ValueError:
            return False
        return True

    day, pattern = date(1999, 12, 1), re.compile(DAY_PATTERN)
    while day <= date(2101, 1, 31):
        assert bool(pattern.match(day.isoformat())) == takes(day.isoformat()), day
        day += timedelta(days=1)
    for text in ("2026-02-29", "2100-02-29", "2024-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "0016-01-01"):
        assert not pattern.match(text) and not takes(text), text
    assert pattern.match("2000-02-29") and pattern.match("2028-02-29")


async def test_nan_or_infinity_in_a_json_body_is_a_422_not_a_crash(container: Container) -> None:
    """An attacker's review: NaN, Infinity and 1e999 made the validation error fail to echo them (500)."""
    async with staff_http(create_app(container)) as web:
        for path, body in (("/chat/api/send", b'{"client_id": "abcdefgh27", "kind": "start", "text": NaN}'),
                           ("/chat/api/send", b'{"client_id": "abcdefgh27", "kind": "text", "text": 1e999}'),
                           ("/api/session", b'{"username": Infinity, "password": "x"}'),
                           ("/chat/api/remember", b'{"remember": -Infinity}')):
            r = await web.post(path, content=body, headers={"Content-Type": "application/json"})
            assert r.status_code == 422 and "finite" in r.text, (path, body, r.status_code)
        r = await web.post("/chat/api/send", content=b'{"client_id": "abcdefgh28", "kind": "start", "text": 1.5e3}',
                           headers={"Content-Type": "application/json"})
        assert r.status_code < 500  # an ordinary number still goes through to the route
