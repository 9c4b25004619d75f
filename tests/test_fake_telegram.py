"""Drive FakeTelegram with the real aiogram 3 client to prove the fake is faithful."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from aiogram import Bot, Dispatcher, F
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramConflictError,
    TelegramForbiddenError,
    TelegramNotFound,
    TelegramRetryAfter,
)
from aiogram.filters import CommandStart
from aiogram.methods import TelegramMethod
from aiogram.types import (
    BotCommand,
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
)

from tests.fake_telegram import FakeTelegram, buttons

pytestmark = pytest.mark.asyncio
USER = 4242


def keyboard(*pairs: tuple[str, str]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text=t, callback_data=d)] for t, d in pairs])


@pytest_asyncio.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as server:
        yield server


@pytest_asyncio.fixture
async def bot(fake: FakeTelegram) -> AsyncIterator[Bot]:
    bot = Bot(token="123456:TEST", session=AiohttpSession(api=TelegramAPIServer.from_base(fake.base_url)))
    yield bot
    await bot.session.close()


async def test_get_me_and_setup_calls(fake: FakeTelegram, bot: Bot) -> None:
    me = await bot.get_me()
    assert (me.id, me.is_bot, me.username) == (123456, True, "ankommen_test_bot")
    assert await bot.delete_webhook(drop_pending_updates=True)
    assert await bot.set_my_commands([BotCommand(command="start", description="Start")], language_code="de")
    assert [c.command for c in await bot.get_my_commands(language_code="de")] == ["start"]
    assert (await bot.get_webhook_info()).url == ""
    assert [name for name, _ in fake.calls][:2] == ["getMe", "deleteWebhook"]


async def test_send_edit_answer_delete(fake: FakeTelegram, bot: Bot) -> None:
    msg = await bot.send_message(USER, "<b>Hallo</b> &amp; willkommen", parse_mode="HTML",
                                 reply_markup=keyboard(("Ja", "yes"), ("Nein", "no")))
    assert msg.text == "Hallo & willkommen"
    assert msg.from_user is not None and msg.from_user.is_bot
    assert msg.reply_markup is not None and msg.reply_markup.inline_keyboard[1][0].callback_data == "no"
    [rec] = fake.messages_to(USER)
    assert rec["text"] == "<b>Hallo</b> &amp; willkommen" and rec["parse_mode"] == "HTML"
    assert rec["reply_markup"] == {"inline_keyboard": [[{"text": "Ja", "callback_data": "yes"}],
                                                       [{"text": "Nein", "callback_data": "no"}]]}
    assert buttons(rec) == fake.buttons(rec) == [("Ja", "yes"), ("Nein", "no")]

    second = await bot.send_message(USER, "zwei")
    assert second.message_id == msg.message_id + 1

    edited = await bot.edit_message_reply_markup(chat_id=USER, message_id=msg.message_id,
                                                 reply_markup=keyboard(("OK", "ok")))
    assert isinstance(edited, Message) and buttons(rec) == [("OK", "ok")] and rec["edited"]
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_reply_markup(chat_id=USER, message_id=msg.message_id,
                                            reply_markup=keyboard(("OK", "ok")))
    await bot.edit_message_text("neu", chat_id=USER, message_id=msg.message_id)
    assert rec["text"] == "neu" and rec["reply_markup"] is None  # Telegram drops the keyboard

    assert await bot.answer_callback_query("cb-1", text="Danke")
    assert fake.callback_answers == [{"callback_query_id": "cb-1", "text": "Danke"}]

    assert await bot.delete_message(USER, second.message_id)
    assert fake.messages_to(USER)[1]["deleted"]
    with pytest.raises(TelegramBadRequest, match="message to delete not found"):
        await bot.delete_message(USER, second.message_id)
    with pytest.raises(TelegramBadRequest, match="message to edit not found"):
        await bot.edit_message_text("x", chat_id=USER, message_id=999)


async def test_html_is_validated_like_telegram(bot: Bot) -> None:
    with pytest.raises(TelegramBadRequest, match="Unsupported start tag"):
        await bot.send_message(USER, "a<br>b", parse_mode="HTML")
    with pytest.raises(TelegramBadRequest, match="can't parse entities"):
        await bot.send_message(USER, "1 < 2", parse_mode="HTML")
    with pytest.raises(TelegramBadRequest, match="message text is empty"):
        await bot.send_message(USER, "<b></b>", parse_mode="HTML")
    assert (await bot.send_message(USER, "1 < 2")).text == "1 < 2"


async def test_send_document(fake: FakeTelegram, bot: Bot) -> None:
    msg = await bot.send_document(USER, BufferedInputFile(b"%PDF-1.4 test", filename="bescheid.pdf"),
                                  caption="Ihr Dokument")
    assert msg.document is not None and msg.document.file_name == "bescheid.pdf"
    assert msg.document.mime_type == "application/pdf" and msg.caption == "Ihr Dokument"
    [rec] = fake.messages_to(USER)
    assert rec["document"]["filename"] == "bescheid.pdf" and rec["document"]["data"] == b"%PDF-1.4 test"


async def test_failure_injection_and_unknown_method(fake: FakeTelegram, bot: Bot) -> None:
    fake.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user")
    fake.fail_next("sendmessage", 429, "Too Many Requests: retry after 3", retry_after=3)
    with pytest.raises(TelegramForbiddenError, match="blocked"):
        await bot.send_message(USER, "a")
    with pytest.raises(TelegramRetryAfter) as info:
        await bot.send_message(USER, "b")
    assert info.value.retry_after == 3
    assert (await bot.send_message(USER, "c")).text == "c"
    assert [m["text"] for m in fake.sent] == ["c"]

    class NoSuchMethod(TelegramMethod[bool]):
        __returning__ = bool
        __api_method__ = "noSuchMethod"

    with pytest.raises(TelegramNotFound):
        await bot(NoSuchMethod())


async def test_get_updates_offset_and_long_polling(fake: FakeTelegram, bot: Bot) -> None:
    uid = fake.user_sends(USER, "/start@ankommen_test_bot payload", first_name="Amal", language_code="ar")
    [update] = await bot.get_updates()
    assert update.update_id == uid and update.message is not None
    assert update.message.text == "/start@ankommen_test_bot payload"
    assert update.message.entities is not None and update.message.entities[0].type == "bot_command"
    assert update.message.entities[0].length == len("/start@ankommen_test_bot")
    assert update.message.from_user is not None and update.message.from_user.language_code == "ar"
    assert [u.update_id for u in await bot.get_updates()] == [uid]  # not confirmed yet
    assert await bot.get_updates(offset=uid + 1) == []  # confirmed -> gone for good
    assert await bot.get_updates() == []

    started = time.monotonic()
    assert await bot.get_updates(offset=uid + 1, timeout=1) == []
    assert 0.9 <= time.monotonic() - started < 9  # it waited for the poll's second, not for ever

    poll = asyncio.create_task(bot.get_updates(offset=uid + 1, timeout=10))
    await asyncio.sleep(0.2)
    second = fake.user_sends(USER, "hallo")
    started = time.monotonic()
    assert [u.update_id for u in await asyncio.wait_for(poll, 9)] == [second]
    assert time.monotonic() - started < 9  # at once, not after the poll's 10 seconds

    fake.redeliver(uid)
    assert [u.update_id for u in await bot.get_updates(offset=second + 1)] == [uid]
    assert await bot.get_updates(offset=uid + 1) == []

    await bot.set_webhook("https://example.org/hook")
    with pytest.raises(TelegramConflictError):
        await bot.get_updates()
    await bot.delete_webhook()


async def test_dispatcher_polling_end_to_end(fake: FakeTelegram, bot: Bot) -> None:
    dp = Dispatcher()
    seen: list[int] = []
    pressed: list[str] = []
    media: list[str] = []

    @dp.message(CommandStart())
    async def on_start(message: Message, event_update: Update) -> None:
        seen.append(event_update.update_id)
        await message.answer("<b>Willkommen!</b> Sprache?", parse_mode="HTML",
                             reply_markup=keyboard(("Deutsch", "lang:de"), ("العربية", "lang:ar")))

    @dp.message(F.text)
    async def on_text(message: Message, event_update: Update) -> None:
        seen.append(event_update.update_id)
        await message.answer(f"Echo: {message.text}")

    @dp.message()
    async def on_media(message: Message) -> None:
        media.append(message.content_type)

    @dp.callback_query(F.data.startswith("lang:"))
    async def on_lang(query: CallbackQuery) -> None:
        assert query.data is not None and isinstance(query.message, Message)
        pressed.append(query.data)
        await query.answer("OK")
        await query.message.edit_text(f"Sprache: {query.data[5:]}")

    polling = asyncio.create_task(dp.start_polling(bot, handle_signals=False, polling_timeout=1))
    try:
        start_id = fake.user_sends(USER, "/start")
        [welcome] = await fake.wait_for_messages(USER, 1)
        assert welcome["text"].startswith("<b>Willkommen!</b>")
        assert buttons(welcome) == [("Deutsch", "lang:de"), ("العربية", "lang:ar")]

        fake.user_presses(USER, welcome["message_id"], "lang:ar")
        await fake.wait_until(lambda: welcome["text"] == "Sprache: ar")
        assert pressed == ["lang:ar"] and fake.callback_answers[0]["text"] == "OK"

        fake.user_sends(USER, "Hallo")
        msgs = await fake.wait_for_messages(USER, 2)
        assert msgs[1]["text"] == "Echo: Hallo"

        fake.user_sends_sticker(USER)
        fake.user_sends_photo(USER)
        fake.user_sends_voice(USER)
        await fake.wait_until(lambda: len(media) == 3)
        assert media == ["sticker", "photo", "voice"]

        fake.redeliver(start_id)  # same update_id again -> handler sees it twice
        await fake.wait_for_messages(USER, 3)
        assert seen.count(start_id) == 2 and len(seen) == 3

        with pytest.raises(AssertionError, match="Echo: Hallo"):
            await fake.wait_for_messages(USER, 4, timeout=0.3)
    finally:
        await dp.stop_polling()
        await asyncio.wait_for(polling, 5)
        await bot.session.close()
    assert len(seen) == 3  # every confirmed update was delivered exactly once
