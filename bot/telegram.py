"""Telegram channel: updates to engine events, outbox messages to Telegram HTML messages.

aiogram 3's `Bot` sends (messages, documents, button answers, commands, webhook settings). Updates are read
from their JSON by `bot/telegram_updates.py` and handed to the runtime here – by our own long-polling loop
or by the webhook route of the FastAPI app (which checks the secret-token header) – instead of through
aiogram's dispatcher, whose per-update models and middlewares cost more CPU than the rest of reading an
update (figures in bench/run.py). The bot talks in private chats only. Nothing from an update is logged.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import weakref
from typing import Any

import aiohttp
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.session.base import Response
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramRetryAfter,
)
from aiogram.types import BotCommand, BufferedInputFile, InlineKeyboardButton, InlineKeyboardMarkup
from fastapi import APIRouter, HTTPException, Request

from bot.dispatcher import Blocked, Rejected, RetryLater
from bot.dispatcher import Dispatcher as Outbox
from bot.l10n import Localizer
from bot.render import OutButton, OutMessage
from bot.runtime import Inbound, Runtime
from bot.telegram_updates import ALLOWED_UPDATES, COMMANDS, parse_update

log = logging.getLogger(__name__)
CHANNEL = "telegram"
POLL_TIMEOUT = 30  # seconds a getUpdates call waits for updates (long polling)
POLL_PACE = 0.1  # while updates are running: getUpdates at most this often (it returns at once then)


class _Unauthorized(Exception):
    pass


class _Wait(Exception):
    def __init__(self, seconds: float):
        self.seconds = seconds


async def _sleep_unless(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)


class _Session(AiohttpSession):
    """aiogram's session, keeping the `Response[T]` model of each method's result type alive.

    aiogram builds `Response[method.__returning__]` for every answer; pydantic caches such generic models
    only weakly, so after each garbage collection the model was rebuilt (about 0.3 ms a call, a tenth of
    the bot's CPU time under load). Holding them makes the cache hit."""

    _responses: dict[Any, Any] = {}

    def check_response(self, bot: Any, method: Any, status_code: int, content: str) -> Any:
        returning = method.__returning__
        if returning not in self._responses:
            self._responses[returning] = Response[returning]  # type: ignore[valid-type]
        return super().check_response(bot, method, status_code, content)


def keyboard(rows: list[list[OutButton]]) -> InlineKeyboardMarkup | None:
    if not rows:
        return None
    return InlineKeyboardMarkup(inline_keyboard=[
        [InlineKeyboardButton(text=("✅ " if b.selected else "") + b.label, callback_data=b.data) for b in row]
        for row in rows
    ])


class TelegramChannel:
    def __init__(self, token: str, runtime: Runtime, outbox: Outbox, localizer: Localizer,
                 api_base: str | None = None, webhook_secret: str | None = None, concurrency: int = 8):
        session = _Session(api=TelegramAPIServer.from_base(api_base)) if api_base else _Session()
        self.bot = Bot(token=token, session=session)
        self.runtime, self.outbox, self.l10n = runtime, outbox, localizer
        self.webhook_secret = webhook_secret
        self._locks: weakref.WeakValueDictionary[int, asyncio.Lock] = weakref.WeakValueDictionary()
        self._gate = asyncio.Semaphore(concurrency)  # updates worked on at once (see handle_update)
        self._in_flight: dict[int, asyncio.Task[None]] = {}  # polled updates being handled, by update id
        self._polling: asyncio.Event | None = None
        outbox.senders[CHANNEL] = self

    # -------------------------------------------------------------------------------- inbound --------

    def _chat_lock(self, chat_id: int) -> asyncio.Lock:
        lock = self._locks.get(chat_id)
        if lock is None:
            lock = self._locks[chat_id] = asyncio.Lock()
        return lock

    async def handle_update(self, update: dict[str, Any]) -> None:
        """One update as the Bot API sends it (polling and webhook alike)."""
        incoming = parse_update(update)
        if incoming.event is None or incoming.chat_id is None:
            if incoming.callback_id is not None:
                await self._answer(incoming.callback_id)
            return
        # Update ids are per bot: a new bot token starts a new sequence.
        inbound = Inbound(CHANNEL, str(incoming.chat_id), incoming.event, f"{self.bot.id}:{incoming.update_id}")
        # Updates of one chat are handled one after the other, in the order Telegram sent them: the lock is
        # taken before anything is awaited, and a tap's spinner is stopped only afterwards (a failed answer,
        # e.g. "query is too old" after downtime, must not lose the press).
        # `concurrency` bounds the updates being worked on (each holds a database connection); it is taken
        # inside the chat lock, so a burst from one chat (an album is ten updates) waits in that chat's
        # line without holding places the other chats need.
        async with self._chat_lock(incoming.chat_id), self._gate:
            await self._run(inbound, incoming.pressed_message_id, incoming.user_lang)
            if incoming.callback_id is not None:
                await self._answer(incoming.callback_id)

    async def _answer(self, callback_id: str) -> None:
        """Stop the tap's spinner. Sent as plain JSON, not through aiogram's method models: it is one
        request per tap, and the answer is only logged if it fails (e.g. "query is too old")."""
        try:
            answer = await self._call("answerCallbackQuery", {"callback_query_id": callback_id}, timeout=10)
        except (TimeoutError, aiohttp.ClientError, ValueError) as exc:
            log.info("answerCallbackQuery failed: %s", type(exc).__name__)
            return
        if not answer.get("ok"):
            log.info("answerCallbackQuery refused: %s", answer.get("error_code"))

    async def _call(self, method: str, body: dict[str, Any], timeout: float) -> dict[str, Any]:
        """A Bot API method with a JSON body; the JSON answer as it comes ({"ok": …})."""
        http = await self.bot.session.create_session()
        url = self.bot.session.api.api_url(token=self.bot.token, method=method)
        async with http.post(url, json=body, timeout=aiohttp.ClientTimeout(total=timeout)) as response:
            answer = await response.json(content_type=None)
        if not isinstance(answer, dict):
            raise ValueError("not a Bot API answer")
        return answer

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
        """Long polling. Each update is handled as a task of its own (the chat lock keeps one chat's
        updates in order, the gate bounds the work at once). An update is confirmed to Telegram – by the
        offset of a later getUpdates – only when it is finished, so a process killed mid-update gets it
        again after the restart (the processed-updates claim drops what had been committed). Network errors
        and Telegram's errors are logged with their code and retried after a growing pause; a 429 waits
        its retry_after; a 401 (the token was revoked) stops polling."""
        await self.bot.delete_webhook(drop_pending_updates=False)
        self._polling = stop = asyncio.Event()
        in_flight = self._in_flight
        seen: set[int] = set()  # taken (running or finished) but not confirmed yet: Telegram sends them again
        next_offset, pause = None, 1.0
        while not stop.is_set():
            offset = min(in_flight) if in_flight else next_offset
            if offset is not None:
                seen = {u for u in seen if u >= offset}
            try:
                # while updates are running, Telegram answers at once (they are not confirmed yet)
                updates = await self._get_updates(offset, wait=not in_flight)
            except asyncio.CancelledError:
                raise
            except _Wait as wait:
                await _sleep_unless(stop, wait.seconds)
                continue
            except _Unauthorized:
                log.error("getUpdates: 401 Unauthorized – the bot token is not valid any more; polling stops")
                return
            except Exception as exc:  # noqa: BLE001 - whatever it was, wait and ask again
                log.warning("getUpdates failed (%s); again in %.0f s", exc, pause)
                await _sleep_unless(stop, pause)
                pause = min(pause * 2, 60.0)
                continue
            pause = 1.0
            for update in updates:
                update_id = int(update["update_id"])
                if update_id in seen or stop.is_set():
                    continue  # running or done already; after stop: not started, not confirmed
                seen.add(update_id)
                next_offset = max(next_offset or 0, update_id + 1)
                task = asyncio.create_task(self._handle_logged(update))
                in_flight[update_id] = task
                task.add_done_callback(lambda _, u=update_id: in_flight.pop(u, None))
            if in_flight:  # ask again when they are done, or after a tenth of a second at the latest
                await asyncio.wait(list(in_flight.values()), timeout=POLL_PACE)

    async def _handle_logged(self, update: dict[str, Any]) -> None:
        try:
            await self.handle_update(update)
        except Exception as exc:  # noqa: BLE001 - _run answers the person; nothing of the update is logged
            log.error("update not handled (%s)", type(exc).__name__)

    async def _get_updates(self, offset: int | None, wait: bool) -> list[dict[str, Any]]:
        body: dict[str, Any] = {"timeout": POLL_TIMEOUT if wait else 0, "allowed_updates": ALLOWED_UPDATES}
        if offset is not None:
            body["offset"] = offset
        answer = await self._call("getUpdates", body, timeout=POLL_TIMEOUT + 15)
        if not answer.get("ok"):
            retry = (answer.get("parameters") or {}).get("retry_after")
            if retry:
                raise _Wait(float(retry))
            if answer.get("error_code") == 401:
                raise _Unauthorized()
            # Telegram's code and description (e.g. 409: a webhook is set, or another process polls);
            # they never carry anything of an update
            raise RuntimeError(f"{answer.get('error_code')} {str(answer.get('description', ''))[:120]}")
        return list(answer.get("result") or [])

    async def stop_polling(self) -> None:
        """Stop fetching; updates already started are finished (no new one starts after this is called)."""
        if self._polling is not None:
            self._polling.set()
        while self._in_flight:
            await asyncio.gather(*self._in_flight.values(), return_exceptions=True)

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
            try:
                update = json.loads(await request.body())
                parse_update(update)  # the same check handle_update makes, before anything runs
            except (ValueError, RecursionError):  # not JSON, or not an update (NotAnUpdate is a ValueError)
                raise HTTPException(status_code=400, detail="not an update") from None
            await self.handle_update(update)
            return {"ok": True}

        return router
