"""Telegram channel (aiogram 3): updates to engine events, outbox messages to Telegram HTML messages.

Long polling by default; webhook mode is a route of the FastAPI app that checks the secret-token header.
The bot talks in private chats only. Nothing from an update is logged.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import weakref
from datetime import UTC, datetime
from typing import Any

from aiogram import Bot, Dispatcher, Router
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramRetryAfter,
)
from aiogram.types import (
    BotCommand,
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
)
from fastapi import APIRouter, HTTPException, Request

from bot.dispatcher import Blocked, Rejected, RetryLater
from bot.dispatcher import Dispatcher as Outbox
from bot.l10n import Localizer
from bot.render import OutButton, OutMessage
from bot.runtime import Inbound, Runtime
from dialogs.model import COMMANDS as MODEL_COMMANDS
from dialogs.model import Command, Edited, Event, Press, Start, Unsupported, UserText

log = logging.getLogger(__name__)
CHANNEL = "telegram"
COMMANDS = ("start", *MODEL_COMMANDS)
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]
UNSUPPORTED = ("sticker", "photo", "voice", "video", "video_note", "audio", "document", "animation",
               "location", "venue", "contact", "poll", "dice")


def keyboard(rows: list[list[OutButton]]) -> InlineKeyboardMarkup | None:
    if not rows:
        return None
    return InlineKeyboardMarkup(inline_keyboard=[
        [InlineKeyboardButton(text=("✅ " if b.selected else "") + b.label, callback_data=b.data) for b in row]
        for row in rows
    ])


def event_from_message(message: Message) -> Event:
    at = message.date
    if message.text is not None:
        text = message.text
        if text.startswith("/"):
            word, _, rest = text[1:].partition(" ")
            name = word.split("@", 1)[0].lower()
            if name == "start":
                return Start(at=at, payload=rest.strip() or None)
            if name in COMMANDS:
                return Command(at=at, name=name)  # type: ignore[arg-type]
        return UserText(at=at, text=text)
    kind = next((k for k in UNSUPPORTED if getattr(message, k, None) is not None), "other")
    return Unsupported(at=at, kind=kind)


class TelegramChannel:
    def __init__(self, token: str, runtime: Runtime, outbox: Outbox, localizer: Localizer,
                 api_base: str | None = None, webhook_secret: str | None = None):
        session = AiohttpSession(api=TelegramAPIServer.from_base(api_base)) if api_base else AiohttpSession()
        self.bot = Bot(token=token, session=session)
        self.runtime, self.outbox, self.l10n = runtime, outbox, localizer
        self.webhook_secret = webhook_secret
        self._locks: weakref.WeakValueDictionary[int, asyncio.Lock] = weakref.WeakValueDictionary()
        self.dp = Dispatcher()
        router = Router(name="ankommen")
        router.message.register(self.on_message)
        router.edited_message.register(self.on_edited)
        router.callback_query.register(self.on_callback)
        self.dp.include_router(router)
        outbox.senders[CHANNEL] = self

    # -------------------------------------------------------------------------------- inbound --------

    def _key(self, update: Update) -> str:
        # Update ids are per bot: a new bot token starts a new sequence.
        return f"{self.bot.id}:{update.update_id}"

    def _chat_lock(self, chat_id: int) -> asyncio.Lock:
        lock = self._locks.get(chat_id)
        if lock is None:
            lock = self._locks[chat_id] = asyncio.Lock()
        return lock

    async def on_message(self, message: Message, event_update: Update) -> None:
        if message.chat.type != "private":
            return  # the bot only talks in private chats; nothing from groups is read or stored
        inbound = Inbound(CHANNEL, str(message.chat.id), event_from_message(message), self._key(event_update))
        async with self._chat_lock(message.chat.id):
            await self._run(inbound, None, message.from_user.language_code if message.from_user else None)

    async def on_edited(self, message: Message, event_update: Update) -> None:
        if message.chat.type != "private":
            return
        inbound = Inbound(CHANNEL, str(message.chat.id), Edited(at=datetime.now(UTC)), self._key(event_update))
        async with self._chat_lock(message.chat.id):
            await self._run(inbound, None, message.from_user.language_code if message.from_user else None)

    async def on_callback(self, query: CallbackQuery, event_update: Update) -> None:
        message = query.message
        if message is None or message.chat.type != "private" or not query.data:
            with contextlib.suppress(TelegramAPIError):
                await query.answer()
            return
        event = Press(at=datetime.now(UTC), data=query.data)
        inbound = Inbound(CHANNEL, str(message.chat.id), event, self._key(event_update))
        # Updates of one chat are handled one after the other, in the order Telegram sent them: the lock is
        # taken before anything is awaited, and the spinner is stopped only afterwards (a failed answer,
        # e.g. "query is too old" after downtime, must not lose the press).
        async with self._chat_lock(message.chat.id):
            await self._run(inbound, message.message_id, query.from_user.language_code)
            with contextlib.suppress(TelegramAPIError):
                await query.answer()

    async def _run(self, inbound: Inbound, pressed_message_id: int | None, user_lang: str | None) -> None:
        try:
            outcome = await self.runtime.handle(inbound)
        except Exception as exc:  # the update is confirmed to Telegram anyway: tell the person to send it again
            log.error("update failed (%s); the person is asked to send it again", type(exc).__name__)
            lang = user_lang if user_lang and self.l10n.has(user_lang, "error-internal") else "de"
            with contextlib.suppress(TelegramAPIError):
                await self.bot.send_message(int(inbound.user_id), self.l10n.message(lang, "error-internal"))
            return
        if outcome.duplicate:
            return
        for _node, buttons in outcome.edits:
            if pressed_message_id is not None:
                try:
                    await self.bot.edit_message_reply_markup(
                        chat_id=int(inbound.user_id), message_id=pressed_message_id, reply_markup=keyboard(buttons)
                    )
                except TelegramAPIError as exc:  # a lost keyboard refresh is harmless: the state is stored
                    log.info("keyboard refresh failed: %s", type(exc).__name__)
        await self.outbox.deliver(outcome.outbox_ids)

    # -------------------------------------------------------------------------------- outbound -------

    async def send(self, address: str, message: OutMessage) -> str | None:
        try:
            sent = await self.bot.send_message(
                chat_id=int(address), text=message.html, parse_mode="HTML",
                reply_markup=keyboard(message.buttons), disable_web_page_preview=True,
            )
            if message.document:
                doc = message.document
                await self.bot.send_document(
                    chat_id=int(address),
                    document=BufferedInputFile(doc["content"].encode("utf-8"), filename=doc["filename"]),
                )
        except TelegramForbiddenError as exc:
            raise Blocked() from exc
        except TelegramRetryAfter as exc:
            raise RetryLater(exc.retry_after) from exc
        except TelegramBadRequest as exc:  # e.g. chat not found: retrying cannot help
            raise Rejected() from exc
        return str(sent.message_id)

    # -------------------------------------------------------------------------------- lifecycle ------

    async def set_commands(self, languages: list[str]) -> None:
        for lang in [None, *languages]:
            loc = lang or "de"
            cmds = [BotCommand(command=c, description=self.l10n.message(loc, f"cmd-{c}")) for c in COMMANDS]
            await self.bot.set_my_commands(cmds, language_code=lang)

    async def run_polling(self) -> None:
        await self.bot.delete_webhook(drop_pending_updates=False)
        await self.dp.start_polling(self.bot, handle_signals=False, close_bot_session=False,
                                    allowed_updates=ALLOWED_UPDATES)

    async def stop_polling(self) -> None:
        with contextlib.suppress(RuntimeError):  # polling was not running
            await self.dp.stop_polling()

    async def set_webhook(self, url: str) -> None:
        await self.bot.set_webhook(url, secret_token=self.webhook_secret,
                                   allowed_updates=ALLOWED_UPDATES)

    async def close(self) -> None:
        await self.bot.session.close()

    def webhook_router(self) -> APIRouter:
        router = APIRouter()

        @router.post("/telegram/webhook", include_in_schema=False)
        async def webhook(request: Request) -> dict[str, Any]:
            given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
            if not self.webhook_secret or not hmac.compare_digest(given, self.webhook_secret):
                raise HTTPException(status_code=401, detail="bad secret token")
            update = Update.model_validate(await request.json(), context={"bot": self.bot})
            await self.dp.feed_update(self.bot, update)
            return {"ok": True}

        return router
