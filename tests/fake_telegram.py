"""In-process fake of the Telegram Bot API for tests.

``FakeTelegram`` runs an aiohttp server on 127.0.0.1 that a real aiogram ``Bot`` can talk to via
``TelegramAPIServer.from_base(fake.base_url)``. It records everything the bot sends (``sent``, ``calls``,
``callback_answers``) and lets tests play the user through a getUpdates queue (``user_sends``,
``user_presses``, ...). Like the real API it validates HTML markup, refuses "not modified" edits,
drops reply keyboards from returned messages and answers getUpdates with 409 while a webhook is set.
"""

from __future__ import annotations

import asyncio
import collections
import html
import inspect
import itertools
import json
import mimetypes
import re
import time
from collections.abc import Callable
from contextlib import suppress
from typing import Any, Self

from aiohttp import web

Json = dict[str, Any]
BOT_USERNAME = "ankommen_test_bot"
JSON_PARAMS = frozenset(
    {"reply_markup", "entities", "caption_entities", "allowed_updates", "commands", "scope", "menu_button",
     "link_preview_options", "reply_parameters"}
)
HTML_TAGS = frozenset(
    {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre",
     "blockquote", "tg-emoji"}
)
TRUE_METHODS = ("deleteMyCommands", "setChatMenuButton", "sendChatAction", "setMyDescription",
                "setMyShortDescription")
_TAG_RE = re.compile(r"<(/?)([a-zA-Z][\w-]*)(\s[^<>]*)?>")
NOT_MODIFIED = ("Bad Request: message is not modified: specified new message content and reply markup are "
                "exactly the same as a current content and reply markup of the message")


class ApiError(Exception):
    """An error answer of the Bot API (raised inside method handlers)."""

    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code, self.description, self.retry_after = code, description, retry_after


def buttons(message: Json) -> list[tuple[str, str | None]]:
    """Flatten the inline keyboard of a recorded message into (label, callback_data) pairs."""
    markup = message.get("reply_markup") or {}
    return [(b["text"], b.get("callback_data")) for row in markup.get("inline_keyboard", []) for b in row]


def render(text: str, parse_mode: str | None) -> str:
    """Return the plain text Telegram would show; raise ApiError for HTML Telegram would reject."""
    if (parse_mode or "").lower() != "html":
        return text
    stack: list[str] = []
    parts: list[str] = []
    pos = 0
    while (start := text.find("<", pos)) != -1:
        parts.append(text[pos:start])
        where = f"at byte offset {len(text[:start].encode())}"
        if not (m := _TAG_RE.match(text, start)):
            raise ApiError(400, f"Bad Request: can't parse entities: Unexpected end of name token {where}")
        closing, tag = m.group(1), m.group(2).lower()
        if tag not in HTML_TAGS:
            raise ApiError(400, f'Bad Request: can\'t parse entities: Unsupported start tag "{tag}" {where}')
        if not closing:
            stack.append(tag)
        elif not stack or stack.pop() != tag:
            raise ApiError(400, f'Bad Request: can\'t parse entities: Unmatched end tag "{tag}" {where}')
        pos = m.end()
    if stack:
        raise ApiError(400, f"Bad Request: can't parse entities: Can't find end tag corresponding to "
                            f'start tag "{stack[-1]}"')
    return html.unescape("".join(parts) + text[pos:])


def _int(params: Json, key: str) -> int:
    try:
        return int(params[key])
    except KeyError:
        raise ApiError(400, f"Bad Request: parameter {key} is required") from None
    except (TypeError, ValueError):
        raise ApiError(400, f"Bad Request: invalid {key}") from None


class FakeTelegram:
    """Fake Bot API server; see the module docstring. Use ``async with FakeTelegram() as fake:``."""

    buttons = staticmethod(buttons)

    def __init__(self, enforce_limits: bool = False) -> None:
        self.base_url = ""
        self.bot_id = 123456
        # Telegram's limits, enforced like the real API does (429 with retry_after): at most 30 messages in
        # any second per bot, and per chat one a second after a burst of three
        self.enforce_limits = enforce_limits
        self.too_many = 0  # 429 answers given
        self._bot_window: collections.deque[float] = collections.deque()
        self._chat_windows: dict[int, collections.deque[float]] = {}
        self.sent: list[Json] = []
        self.calls: list[tuple[str, Json]] = []
        self.callback_answers: list[Json] = []
        self.deleted: list[tuple[int, int]] = []
        self.commands: dict[str, list[Json]] = {}
        self.webhook_url = ""
        self._queue: list[tuple[Json, bool]] = []  # (update, is_redelivery)
        self._history: dict[int, Json] = {}
        self._last_update_id = 0
        self._confirmed = 0
        self._allowed: list[str] | None = None
        self._message_ids: dict[int, int] = {}
        self._chats: dict[int, Json] = {}
        self._users: dict[int, Json] = {}
        self._ids = itertools.count(1)
        self._failures: dict[str, list[ApiError]] = {}
        self._hangs: dict[str, int] = {}  # method → calls that get no answer (the sender waits, as on a dead link)
        self.hanging = 0  # calls waiting in a hang right now
        self._changed = asyncio.Event()
        self._closing = False
        self._runner: web.AppRunner | None = None
        methods: dict[str, Callable[[Json], Any]] = {
            "getMe": lambda p: self._me(), "getUpdates": self._get_updates,
            "setWebhook": self._set_webhook, "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": lambda p: {"url": self.webhook_url, "has_custom_certificate": False,
                                         "pending_update_count": len(self._queue)},
            "setMyCommands": self._set_commands,
            "getMyCommands": lambda p: self.commands.get(p.get("language_code", ""), []),
            "sendMessage": self._send_message, "sendDocument": self._send_document,
            "editMessageText": lambda p: self._edit(p, text=True),
            "editMessageReplyMarkup": lambda p: self._edit(p, text=False),
            "answerCallbackQuery": lambda p: self.callback_answers.append(p) or True,
            "deleteMessage": self._delete_message,
            **{name: lambda p: True for name in TRUE_METHODS},
        }
        self._methods = {name.lower(): (name, fn) for name, fn in methods.items()}

    async def start(self) -> Self:
        app = web.Application(client_max_size=64 * 2**20)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        host, port = self._runner.addresses[0][:2]
        self.base_url = f"http://{host}:{port}"
        return self

    async def stop(self) -> None:
        self._closing = True
        self._notify()  # release pending long polls
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    def user_sends(self, user_id: int, text: str, *, chat_type: str = "private", first_name: str = "Test",
                   language_code: str = "de") -> int:
        content: Json = {"text": text}
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            content["entities"] = [{"type": "bot_command", "offset": 0,
                                    "length": len(command.encode("utf-16-le")) // 2}]
        return self._user_message(user_id, content, chat_type, first_name, language_code)

    def user_sends_sticker(self, user_id: int) -> int:
        return self._user_message(user_id, {"sticker": {**self._file(), "type": "regular", "width": 512,
                                                        "height": 512, "is_animated": False, "is_video": False,
                                                        "emoji": "👍"}})

    def user_sends_photo(self, user_id: int) -> int:
        return self._user_message(user_id, {"photo": [{**self._file(), "width": 90, "height": 90},
                                                      {**self._file(), "width": 800, "height": 800}]})

    def user_sends_voice(self, user_id: int) -> int:
        return self._user_message(user_id, {"voice": {**self._file(), "duration": 3, "mime_type": "audio/ogg"}})

    def user_presses(self, user_id: int, message_id: int, data: str) -> int:
        rec = self._find(user_id, message_id)
        message = self._message_json(rec) if rec else {
            "message_id": message_id, "date": int(time.time()), "chat": self._chat(user_id),
            "from": self._me(), "text": ""}
        return self.push_raw_update({"callback_query": {
            "id": str(next(self._ids)), "from": self._user(user_id), "chat_instance": str(user_id),
            "message": message, "data": data}})

    def push_raw_update(self, update: Json) -> int:
        update.setdefault("update_id", self._last_update_id + 1)
        self._last_update_id = max(self._last_update_id, update["update_id"])
        self._history[update["update_id"]] = update
        self._queue.append((update, False))
        self._notify()
        return update["update_id"]

    def redeliver(self, update_id: int) -> None:
        """Queue an already sent update again with the same update_id (ignores the confirmed offset)."""
        self._queue.append((self._history[update_id], True))
        self._notify()

    def fail_next(self, method: str, error_code: int, description: str, retry_after: int | None = None) -> None:
        self._failures.setdefault(method.lower(), []).append(ApiError(error_code, description, retry_after))

    def hang_next(self, method: str, count: int = 1) -> None:
        """The next `count` calls of this method are never answered (until the fake stops)."""
        self._hangs[method.lower()] = self._hangs.get(method.lower(), 0) + count

    def messages_to(self, chat_id: int) -> list[Json]:
        return [m for m in self.sent if m["chat_id"] == chat_id]

    async def wait_until(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        deadline = asyncio.get_running_loop().time() + timeout
        while not predicate():
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                raise AssertionError(f"condition not met within {timeout}s")
            await self._wait_change(min(remaining, 0.05))

    async def wait_for_messages(self, chat_id: int, count: int, timeout: float = 10.0) -> list[Json]:
        try:
            await self.wait_until(lambda: len(self.messages_to(chat_id)) >= count, timeout)
        except AssertionError:
            texts = [m["text"] if m["text"] is not None else m.get("caption") for m in self.messages_to(chat_id)]
            raise AssertionError(f"expected {count} message(s) to chat {chat_id} within {timeout}s, "
                                 f"got {len(texts)}: {texts!r}") from None
        return self.messages_to(chat_id)

    async def _handle(self, request: web.Request) -> web.Response:
        token, raw = request.match_info["token"], request.match_info["method"]
        name, fn = self._methods.get(raw.lower(), (raw, None))
        params = await self._read_params(request)
        self.calls.append((name, params))
        try:
            if not token.partition(":")[0].isdigit():
                raise ApiError(401, "Unauthorized")
            self.bot_id = int(token.partition(":")[0])
            if fn is None:
                raise ApiError(404, "Not Found")
            if failures := self._failures.get(name.lower()):
                raise failures.pop(0)
            if self._hangs.get(name.lower()):
                self._hangs[name.lower()] -= 1
                self.hanging += 1
                self._notify()
                while not self._closing:  # no answer: the caller's request stays open
                    await asyncio.sleep(0.1)
                raise ApiError(502, "Bad Gateway")
            result = fn(params)
            if inspect.isawaitable(result):
                result = await result
        except ApiError as e:
            body: Json = {"ok": False, "error_code": e.code, "description": e.description}
            if e.retry_after is not None:
                body["parameters"] = {"retry_after": e.retry_after}
            return web.json_response(body, status=e.code)
        finally:
            self._notify()
        return web.json_response({"ok": True, "result": result})

    @staticmethod
    async def _read_params(request: web.Request) -> Json:
        params: Json = dict(request.query)
        if request.content_type == "application/json" and request.can_read_body:
            params.update(await request.json())
        elif request.can_read_body:
            files: Json = {}
            for key, value in (await request.post()).items():
                if isinstance(value, web.FileField):
                    files[key] = {"filename": value.filename, "data": value.file.read()}
                else:
                    params[key] = value
            for key, value in params.items():  # aiogram: document="attach://<field>"
                if isinstance(value, str) and value.startswith("attach://"):
                    params[key] = files.pop(value.removeprefix("attach://"), value)
            params.update(files)
        for key in JSON_PARAMS & params.keys():
            if isinstance(params[key], str):
                with suppress(ValueError):
                    params[key] = json.loads(params[key])
        return params

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    async def _wait_change(self, timeout: float) -> None:
        with suppress(TimeoutError):
            await asyncio.wait_for(self._changed.wait(), timeout)

    def _me(self) -> Json:
        return {"id": self.bot_id, "is_bot": True, "first_name": "Ankommen Test", "username": BOT_USERNAME,
                "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}

    async def _get_updates(self, p: Json) -> list[Json]:
        if self.webhook_url:
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active; "
                                "use deleteWebhook to delete the webhook first")
        offset, limit, timeout = int(p.get("offset", 0)), int(p.get("limit", 100)), float(p.get("timeout", 0))
        if "allowed_updates" in p:
            self._allowed = p["allowed_updates"] or None
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            batch = self._take(offset, max(1, min(limit, 100)))
            remaining = deadline - asyncio.get_running_loop().time()
            if batch or remaining <= 0 or self._closing:
                return batch
            await self._wait_change(remaining)

    def _take(self, offset: int, limit: int) -> list[Json]:
        self._confirmed = max(self._confirmed, offset)
        self._queue = [(u, again) for u, again in self._queue
                       if (again or u["update_id"] >= self._confirmed)
                       and (not self._allowed or next((k for k in u if k != "update_id"), None) in self._allowed)]
        if self._queue and self._queue[0][1]:  # a redelivery goes out alone, exactly once
            return [self._queue.pop(0)[0]]
        return [u for u, _ in itertools.takewhile(lambda e: not e[1], self._queue[:limit])]

    def _set_webhook(self, p: Json) -> bool:
        self.webhook_url = p.get("url", "")
        return True

    def _delete_webhook(self, p: Json) -> bool:
        self.webhook_url = ""
        if str(p.get("drop_pending_updates")).lower() in ("true", "1"):
            self._queue.clear()
        return True

    def _set_commands(self, p: Json) -> bool:
        self.commands[p.get("language_code", "")] = p.get("commands", [])
        return True

    def _limit(self, p: Json) -> None:
        if not self.enforce_limits:
            return
        now = time.monotonic()
        while self._bot_window and self._bot_window[0] <= now - 1.0:
            self._bot_window.popleft()
        chat = self._chat_windows.setdefault(_int(p, "chat_id"), collections.deque())
        while chat and chat[0] <= now - 3.0:
            chat.popleft()
        if len(self._bot_window) >= 30 or len(chat) >= 5:  # 1/s after a burst of 3: ≤ 5 in any 3 s
            self.too_many += 1
            raise ApiError(429, "Too Many Requests: retry after 1", retry_after=1)
        self._bot_window.append(now)
        chat.append(now)

    def _send_message(self, p: Json) -> Json:
        self._limit(p)
        text = str(p.get("text", ""))
        plain = render(text, p.get("parse_mode"))
        if not plain.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if len(plain.encode("utf-16-le")) // 2 > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        return self._record(p, text=text)

    def _send_document(self, p: Json) -> Json:
        self._limit(p)
        doc = p.get("document")
        if not doc:
            raise ApiError(400, "Bad Request: there is no document in the request")
        render(str(p.get("caption", "")), p.get("parse_mode"))
        doc = doc if isinstance(doc, dict) else {"filename": None, "data": None, "file_id": doc}
        return self._record(p, text=None, caption=p.get("caption"), document=doc)

    def _record(self, p: Json, **fields: Any) -> Json:
        chat_id = _int(p, "chat_id")
        markup = p.get("reply_markup")
        rec = {"chat_id": chat_id, "message_id": self._next_message_id(chat_id), "date": int(time.time()),
               "parse_mode": p.get("parse_mode"), "reply_markup": markup if isinstance(markup, dict) else None,
               "deleted": False, "edited": False, **fields}
        self.sent.append(rec)
        return self._message_json(rec)

    def _edit(self, p: Json, *, text: bool) -> Json | bool:
        if "inline_message_id" in p:
            return True
        rec = self._find(_int(p, "chat_id"), _int(p, "message_id"))
        if rec is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        markup = p.get("reply_markup") if isinstance(p.get("reply_markup"), dict) else None
        new = {"text": str(p.get("text", "")), "parse_mode": p.get("parse_mode")} if text else {}
        if text and rec["text"] is None:
            raise ApiError(400, "Bad Request: there is no text in the message to edit")
        if text and not render(new["text"], new["parse_mode"]).strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if new.get("text", rec["text"]) == rec["text"] and markup == rec["reply_markup"]:
            raise ApiError(400, NOT_MODIFIED)
        rec.update(new, reply_markup=markup, edited=True)  # like Telegram: no reply_markup removes it
        return self._message_json(rec)

    def _delete_message(self, p: Json) -> bool:
        key = (_int(p, "chat_id"), _int(p, "message_id"))
        if key in self.deleted or key[1] > self._message_ids.get(key[0], 0):
            raise ApiError(400, "Bad Request: message to delete not found")
        self.deleted.append(key)
        if rec := self._find(*key):
            rec["deleted"] = True
        return True

    def _next_message_id(self, chat_id: int) -> int:
        self._message_ids[chat_id] = self._message_ids.get(chat_id, 0) + 1
        return self._message_ids[chat_id]

    def _find(self, chat_id: int, message_id: int) -> Json | None:
        return next((m for m in self.sent if m["chat_id"] == chat_id and m["message_id"] == message_id
                     and not m["deleted"]), None)

    def _chat(self, chat_id: int) -> Json:
        return self._chats.get(chat_id) or {"id": chat_id, "type": "private", "first_name": "Test"}

    def _user(self, user_id: int) -> Json:
        return self._users.get(user_id) or {"id": user_id, "is_bot": False, "first_name": "Test",
                                            "language_code": "de"}

    def _file(self) -> Json:
        n = next(self._ids)
        return {"file_id": f"FILE{n}", "file_unique_id": f"U{n}", "file_size": 1024}

    def _message_json(self, rec: Json) -> Json:
        msg: Json = {"message_id": rec["message_id"], "date": rec["date"], "chat": self._chat(rec["chat_id"]),
                     "from": self._me()}
        if rec["text"] is not None:
            msg["text"] = render(rec["text"], rec["parse_mode"])
        if doc := rec.get("document"):
            msg["document"] = {"file_id": doc.get("file_id") or f"DOC{rec['chat_id']}_{rec['message_id']}",
                               "file_unique_id": f"D{rec['chat_id']}_{rec['message_id']}",
                               "file_name": doc["filename"], "file_size": len(doc["data"] or b""),
                               "mime_type": mimetypes.guess_type(doc["filename"] or "")[0]}
            if rec.get("caption"):
                msg["caption"] = render(rec["caption"], rec["parse_mode"])
        if rec["reply_markup"] and "inline_keyboard" in rec["reply_markup"]:
            msg["reply_markup"] = rec["reply_markup"]
        if rec["edited"]:
            msg["edit_date"] = int(time.time())
        return msg

    def _user_message(self, user_id: int, content: Json, chat_type: str = "private",
                      first_name: str | None = None, language_code: str | None = None) -> int:
        user = self._user(user_id)
        user = self._users[user_id] = {**user, "first_name": first_name or user["first_name"],
                                       "language_code": language_code or user["language_code"]}
        self._chats[user_id] = {"id": user_id, "type": chat_type} | (
            {"first_name": user["first_name"]} if chat_type == "private" else {"title": "Test chat"})
        return self.push_raw_update({"message": {
            "message_id": self._next_message_id(user_id), "date": int(time.time()),
            "chat": self._chats[user_id], "from": user, **content}})
