"""End to end through the real aiogram adapter against a local fake Bot API server, then read back
through the staff API. On SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import contextlib
import html
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from backend.app import create_app
from backend.container import Container
from backend.demo import seed_demo
from tests.chat import clean
from tests.conftest import Clock, make_settings
from tests.fake_telegram import FakeTelegram, buttons
from tests.staff_http import staff_http

USER = 5550001
TOKEN = "123456:TEST-TOKEN"


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as f:
        yield f


@pytest.fixture
async def bot_container(db_url: str, pg_schema: str | None, fake: FakeTelegram) -> AsyncIterator[Container]:
    settings = make_settings(db_url, telegram_bot_token=TOKEN, telegram_api_base=fake.base_url)
    c = Container.build(settings, schema=pg_schema, clock=Clock.real(), strict_l10n=True)
    await c.start()
    async with c.sessions() as s, s.begin():
        await seed_demo(s)
    assert c.telegram is not None
    await c.telegram.set_commands(c.scripts.published["intake"].script.languages)
    polling = asyncio.create_task(c.telegram.run_polling())
    yield c
    await c.telegram.stop_polling()
    polling.cancel()
    await asyncio.gather(polling, return_exceptions=True)
    await c.close()


class User:
    """A Telegram user pressing buttons by label and reading what the bot sent."""

    def __init__(self, fake: FakeTelegram, user_id: int = USER):
        self.fake, self.id = fake, user_id

    async def says(self, text: str, expect: str | None = None) -> list[dict[str, Any]]:
        before = len(self.fake.messages_to(self.id))
        self.fake.user_sends(self.id, text)
        return await self._new(before, expect)

    async def taps(self, label: str) -> list[dict[str, Any]]:
        before = len(self.fake.messages_to(self.id))
        msg = self._with_button(label)
        data = next(d for text, d in buttons(msg) if text.removeprefix("✅ ").strip("\u2068\u2069") == label)
        assert data is not None
        self.fake.user_presses(self.id, msg["message_id"], data)
        return await self._new(before)

    async def presses(self, data: str, expect: str | None = None) -> list[dict[str, Any]]:
        """Tap the button with this data on the latest message that has it (once it is shown: a reply of
        several messages may still be arriving when the last one seemed quiet)."""
        def with_data() -> dict[str, Any] | None:
            return next((m for m in reversed(self.fake.messages_to(self.id)) if data in [d for _, d in buttons(m)]),
                        None)

        with contextlib.suppress(AssertionError):
            await self.fake.wait_until(lambda: with_data() is not None, timeout=5)
        msg = with_data()
        assert msg is not None, f"no button {data!r}"
        before = len(self.fake.messages_to(self.id))
        edits = self._edits()
        self.fake.user_presses(self.id, msg["message_id"], data)
        if data.startswith("t:"):  # a toggle only refreshes the keyboard
            await self.fake.wait_until(lambda: self._edits() > edits)
            return []
        return await self._new(before, expect)

    def _edits(self) -> int:
        return sum(1 for method, _ in self.fake.calls if method == "editMessageReplyMarkup")

    def _with_button(self, label: str) -> dict[str, Any]:
        for msg in reversed(self.fake.messages_to(self.id)):
            if any(t.removeprefix("✅ ").strip("\u2068\u2069") == label for t, _ in buttons(msg)):
                return msg
        raise AssertionError(f"no message with a button {label!r}")

    async def _new(self, before: int, expect: str | None = None) -> list[dict[str, Any]]:
        """The bot's answer: every message it sends until it has been quiet for a moment, or, with
        `expect`, until a message containing that text has arrived."""
        if expect is not None:
            await self.fake.wait_until(lambda: any(expect in shown(m) for m in self.fake.messages_to(self.id)[before:]))
        await self.fake.wait_for_messages(self.id, before + 1)
        count = -1
        while count != len(self.fake.messages_to(self.id)):
            count = len(self.fake.messages_to(self.id))
            await asyncio.sleep(0.08)
        return self.fake.messages_to(self.id)[before:]


def shown(message: dict[str, Any]) -> str:
    """What the person reads: the HTML unescaped, without the invisible bidi isolation marks."""
    return html.unescape(message["text"] or "").replace("\u2068", "").replace("\u2069", "")


@pytest.mark.parametrize("lang", ["ar", "fa", "uk"])
async def test_full_intake_in_telegram_reaches_the_staff_api(bot_container: Container, fake: FakeTelegram,
                                                             lang: str) -> None:
    def says(msg_id: str, **args: Any) -> str:
        return clean(bot_container.l10n.message(lang, msg_id, args))

    digits = {"ar": "٠١٢٣٤٥٦٧٨٩", "fa": "۰۱۲۳۴۵۶۷۸۹"}.get(lang, "0123456789")
    local = str.maketrans("0123456789", digits)
    user = User(fake)
    picker = await user.says("/start")
    assert "يُرجى اختيار لغتكم" in picker[0]["text"] and picker[0]["parse_mode"] == "HTML"
    msgs = await user.presses(f"a:language:{lang}", expect=says("q-age-gate"))
    assert "Musterstadt" in shown(msgs[0]) and says("q-age-gate") in shown(msgs[-1])
    await user.presses("a:age_gate:adult")
    await user.presses("a:consent:yes")
    await user.presses("t:sharing:mbe_caritas")
    assert ("✅ Migrationsberatung Caritas Musterstadt", "t:sharing:mbe_caritas") in [
        (t.replace("\u2068", "").replace("\u2069", ""), d) for t, d in buttons(fake.messages_to(USER)[-1])]
    await user.presses("d:sharing:")
    msgs = await user.presses("a:crisis:none", expect=says("q-household-size"))
    assert says("q-household-size") in shown(msgs[-1]) and says("progress", current=2, total=16) in shown(msgs[-1])
    msgs = await user.says("2".translate(local), expect=says("q-member-age", index=1, count=2))
    assert says("q-member-age", index=1, count=2) in shown(msgs[-1])
    for age, relation in (("38", None), ("9", "child")):
        await user.says(age.translate(local))
        await user.presses("a:member_gender:female")
        if relation:
            await user.presses(f"a:member_relation:{relation}")
        await user.presses("a:member_nationality:afghanistan")
        await user.presses("a:member_residence:asylum_pending")
    await user.says("03/2024".translate(local))
    await user.says("04/2024")
    await user.presses("t:family_languages:dari_farsi")
    await user.presses("d:family_languages:")
    for data in ("a:german_level:none", "a:interpreter:needed", "a:interpreter_language:dari_farsi",
                 "a:housing:shelter", "a:housing_adequate:not_adequate", "a:health:psychological"):
        await user.presses(data)
    msgs = await user.presses("t:children_needs:school_place")
    await user.presses("d:children_needs:")
    for data in ("s:reunification:", "t:work:looking", "d:work:", "s:barriers:", "t:agencies:none", "d:agencies:",
                 "a:counsellor:no_counsellor", "t:topics:health", "d:topics:"):
        await user.presses(data)
    summary = await user.says("خیلی ممنون <3" if lang == "fa" else "Спасибі <3", expect=says("summary-intro"))
    assert says("summary-intro") in shown(summary[-1]) and "<3" in shown(summary[-1])
    offer = await user.presses("a:summary:submit", expect=says("q-appointment"))
    assert says("q-appointment") in shown(offer[-1])
    slots = await user.presses("a:appointment:office", expect=says("appointment-pick"))
    first = next(d for _, d in buttons(slots[-1]) if d.startswith("b:appointment:") and "." in d)
    done = await user.presses(first, expect=says("done-next-steps"))
    assert says("appointment-booked") in shown(done[0]) and says("appointment-with-interpreter") in shown(done[0])
    assert says("done-next-steps") in shown(done[-1])
    ics = [m["document"] for m in fake.sent if m.get("document")]
    assert len(ics) == 1 and ics[0]["filename"] == "termin.ics" and b"BEGIN:VEVENT" in ics[0]["data"]
    assert len(fake.callback_answers) >= 25, "every button press is answered (no endless spinner)"
    assert {c[1].get("language_code") for c in fake.calls if c[0] == "setMyCommands"} >= {"ar", "fa", "uk", None}

    # Clearing reads the intake through the API: German labels, the original typed input. The caseworker the
    # talk is booked with does not (a booking is not a case).
    app = create_app(bot_container)
    async with staff_http(app) as api:
        assert (await api.get("/api/intakes")).status_code == 401
        login = await api.post("/api/session", json={"username": "fallberatung", "password": "demo-fallberatung"})
        assert login.status_code == 200 and (await api.get("/api/intakes")).json() == []
        login = await api.post("/api/session", json={"username": "clearing", "password": "demo-clearing"})
        assert login.status_code == 200
        listing = (await api.get("/api/intakes")).json()
        assert len(listing) == 1 and listing[0]["language"] == lang and listing[0]["channel"] == "telegram"
        detail = (await api.get(f"/api/intakes/{listing[0]['id']}")).json()
    answers = {a["question_id"]: a for a in detail["answers"]}
    assert answers["household_size"]["answer"] == "2" and answers["household_size"]["original"] == "2".translate(local)
    assert answers["household_size"]["original_language"] == lang
    assert answers["members.2.member_age"]["answer"] == "9"
    assert answers["members.2.member_relation"]["answer"] == "Kind"
    assert answers["arrival"]["answer"] == "März 2024" and answers["arrival"]["code"] == "2024-03"
    assert answers["german_level"]["answer"] == "Noch gar nicht"
    assert answers["interpreter_language"]["answer"] == "Dari / Farsi"
    assert answers["health"]["answer"] == "Ja, seelisch"
    assert "sharing" not in answers  # staff see the current consents instead
    consents = {c["kind"]: c["granted"] for c in detail["consents"]}
    assert consents["release_mbe_caritas"] is True and consents["release_mbe_awo"] is False
    assert consents["release_jc"] is False and consents["data_processing"]
    assert answers["topics"]["answer"] == "Gesundheit" and answers["topics"]["code"] == ["health"]
    assert "<3" in answers["remarks"]["original"]


async def test_duplicate_delivery_and_stale_buttons(bot_container: Container, fake: FakeTelegram) -> None:
    user = User(fake)
    await user.says("/start")
    for data in ("a:language:de", "a:age_gate:adult", "a:consent:yes", "d:sharing:", "a:crisis:none"):
        await user.presses(data)
    update_id = fake.user_sends(USER, "2")
    await fake.wait_until(lambda: "Wie alt sind Sie?" in fake.messages_to(USER)[-1]["text"])
    count = len(fake.messages_to(USER))
    fake.redeliver(update_id)  # Telegram delivers the same update again
    await asyncio.sleep(0.5)
    assert len(fake.messages_to(USER)) == count  # processed once: no second answer, no second question
    # A button of an earlier question is answered politely and the current question asked again.
    old = next(m for m in fake.messages_to(USER) if ("Deutsch", "a:language:de") in buttons(m))
    fake.user_presses(USER, old["message_id"], "a:language:de")
    msgs = await fake.wait_for_messages(USER, count + 2)
    assert "früheren Frage" in msgs[count]["text"] and "Wie alt sind Sie?" in msgs[count + 1]["text"]


async def test_group_chats_are_ignored_and_nothing_is_stored(bot_container: Container, fake: FakeTelegram) -> None:
    fake.user_sends(USER, "/start", chat_type="group")
    await asyncio.sleep(0.5)
    assert fake.messages_to(USER) == []
    from sqlalchemy import func, select

    from storage.models import Contact

    async with bot_container.sessions() as s:
        assert await s.scalar(select(func.count()).select_from(Contact)) == 0


async def test_blocked_user_is_marked_unreachable(bot_container: Container, fake: FakeTelegram) -> None:
    from sqlalchemy import select

    from storage.models import Contact, OutboxMessage

    fake.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user")
    fake.user_sends(USER, "/start")
    async def _failed() -> bool:
        async with bot_container.sessions() as s:
            row = (await s.execute(select(OutboxMessage))).scalars().first()
            return row is not None and row.state == "failed"
    for _ in range(50):
        if await _failed():
            break
        await asyncio.sleep(0.1)
    async with bot_container.sessions() as s:
        contact = (await s.execute(select(Contact))).scalar_one()
        row = (await s.execute(select(OutboxMessage))).scalars().one()
    assert contact.unreachable and row.state == "failed" and row.error == "blocked" and row.payload_enc is None


async def test_deep_link_payload_is_kept_on_the_contact(bot_container: Container, fake: FakeTelegram) -> None:
    from sqlalchemy import select

    from storage.models import Contact

    user = User(fake)
    await user.says("/start letter-7f3a9c")
    async with bot_container.sessions() as s:
        contact = (await s.execute(select(Contact))).scalar_one()
    assert contact.start_payload == "letter-7f3a9c"
    await user.taps("English")
    msgs = await user.presses("a:age_gate:adult")
    assert "Do you agree?" in msgs[-1]["text"]
    again = await user.says("/language")
    assert "Please choose your language." in again[-1]["text"]
    back = await user.taps("Română")
    assert bot_container.l10n.message("ro", "button-consent-yes") in [t for t, _ in buttons(back[-1])]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_webhook_checks_the_secret_token(db_url: str, pg_schema: str | None, fake: FakeTelegram) -> None:
    settings = make_settings(db_url, telegram_bot_token=TOKEN, telegram_api_base=fake.base_url,
                             telegram_mode="webhook", telegram_webhook_secret="s3cret-token")
    c = Container.build(settings, schema=pg_schema, clock=Clock.real(), strict_l10n=True)
    await c.start()
    try:
        update = {"update_id": 900001, "message": {
            "message_id": 1, "date": 1767000000, "text": "/start",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
            "chat": {"id": USER, "type": "private", "first_name": "T"},
            "from": {"id": USER, "is_bot": False, "first_name": "T"}}}
        transport = httpx.ASGITransport(app=create_app(c))
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as web:
            assert (await web.post("/telegram/webhook", json=update)).status_code == 401
            wrong = {"X-Telegram-Bot-Api-Secret-Token": "guess"}
            assert (await web.post("/telegram/webhook", json=update, headers=wrong)).status_code == 401
            assert fake.messages_to(USER) == []
            right = {"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"}
            assert (await web.post("/telegram/webhook", json=update, headers=right)).status_code == 200
            assert (await web.post("/telegram/webhook", json=update, headers=right)).status_code == 200  # retry
            not_an_update = await web.post("/telegram/webhook", json={"hello": 1}, headers=right)
            assert not_an_update.status_code == 400
        msgs = fake.messages_to(USER)
        assert len(msgs) == 1 and "Bitte wählen Sie Ihre Sprache" in msgs[0]["text"]
    finally:
        await c.close()


async def test_polling_goes_on_after_telegram_errors(bot_container: Container, fake: FakeTelegram) -> None:
    """getUpdates fails (a server error, then flood control with retry_after): the bot waits, asks again,
    and nothing the person sent is lost."""
    fake.fail_next("getUpdates", 502, "Bad Gateway")
    fake.fail_next("getUpdates", 429, "Too Many Requests: retry after 1", retry_after=1)
    user = User(fake)
    msgs = await user.says("/start")
    assert "Bitte wählen Sie Ihre Sprache" in msgs[-1]["text"]
    msgs = await user.taps("Deutsch")
    assert "Sind Sie 16 Jahre oder älter?" in msgs[-1]["text"]
    assert not fake._failures["getupdates"]  # both errors were met on the way


async def test_an_update_cut_off_by_a_crash_comes_again(bot_container: Container, fake: FakeTelegram,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The process dies while it handles a message: Telegram was not told the message was done, so after
    the restart it comes again and is answered – once."""
    tg = bot_container.telegram
    assert tg is not None
    entered, original = asyncio.Event(), bot_container.runtime.handle

    async def dies_midway(inbound: object) -> object:
        entered.set()
        await asyncio.Event().wait()  # never returns: the process is killed here
        raise AssertionError("unreachable")

    monkeypatch.setattr(bot_container.runtime, "handle", dies_midway)
    fake.user_sends(USER, "/start")
    await asyncio.wait_for(entered.wait(), 10)
    await asyncio.sleep(0.3)  # the polling loop goes on asking Telegram meanwhile
    for task in [t for t in asyncio.all_tasks() if t.get_coro().__qualname__.startswith("TelegramChannel.")]:
        task.cancel()  # the kill: polling and the update's handling end without any clean-up
    await asyncio.sleep(0.1)
    assert fake.messages_to(USER) == []

    monkeypatch.setattr(bot_container.runtime, "handle", original)
    restarted = asyncio.create_task(tg.run_polling())
    try:
        await fake.wait_until(lambda: len(fake.messages_to(USER)) >= 1)
        await asyncio.sleep(0.3)
        msgs = fake.messages_to(USER)
        assert len(msgs) == 1 and "Bitte wählen Sie Ihre Sprache" in msgs[0]["text"]
    finally:
        await tg.stop_polling()
        restarted.cancel()
        await asyncio.gather(restarted, return_exceptions=True)


async def test_a_press_is_processed_even_if_answering_the_callback_fails(bot_container: Container,
                                                                          fake: FakeTelegram) -> None:
    user = User(fake)
    await user.says("/start")
    fake.fail_next("answerCallbackQuery", 400, "Bad Request: query is too old and response timeout expired")
    msgs = await user.taps("Deutsch")
    assert "Sind Sie 16 Jahre oder älter?" in msgs[-1]["text"]


async def test_a_failing_update_gets_an_apology_not_silence(bot_container: Container, fake: FakeTelegram,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    async def broken(inbound: object) -> None:
        raise RuntimeError("database is locked")

    monkeypatch.setattr(bot_container.runtime, "handle", broken)
    fake.user_sends(USER, "/start")
    msgs = await fake.wait_for_messages(USER, 1)
    assert "etwas schiefgegangen" in msgs[0]["text"]


async def test_a_malformed_start_payload_is_not_stored(bot_container: Container, fake: FakeTelegram) -> None:
    from sqlalchemy import select

    from storage.models import Contact

    await User(fake).says("/start <b>Ahmad Karimi</b>")
    async with bot_container.sessions() as s:
        contact = (await s.execute(select(Contact))).scalar_one()
    assert contact.start_payload is None


async def test_mydata_arrives_as_a_file_and_edits_are_explained(bot_container: Container,
                                                                fake: FakeTelegram) -> None:
    import json
    import time

    user = User(fake)
    await user.says("/start")
    for data in ("a:language:en", "a:age_gate:adult", "a:consent:yes", "d:sharing:", "a:crisis:none"):
        await user.presses(data)
    await user.says("5")
    fake.push_raw_update({"edited_message": {
        "message_id": 99, "date": int(time.time()), "edit_date": int(time.time()), "text": "6",
        "chat": {"id": USER, "type": "private", "first_name": "T"},
        "from": {"id": USER, "is_bot": False, "first_name": "T"}}})
    await fake.wait_until(lambda: "cannot take over edited messages" in fake.messages_to(USER)[-2]["text"])
    await user.says("/mydata")
    await user.presses("c:mydata:yes")  # "is this your own device?"
    await fake.wait_until(lambda: any(m.get("document") for m in fake.messages_to(USER)))
    doc = next(m for m in fake.messages_to(USER) if m.get("document"))["document"]
    data = json.loads(doc["data"])
    assert data["conversation"]["answers"]["household_size"]["value"] == 5  # the edit changed nothing
    assert doc["filename"] == "ankommen-meine-daten.json"
