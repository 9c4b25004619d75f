"""A Bot API update, as Telegram sends it (JSON), to what the runtime needs: the chat, the engine event,
the update id; for a button tap also the query to answer and the message the buttons were on.

Read straight from the JSON, without aiogram's models: building a pydantic `Update` per message cost more
CPU than the rest of reading it (see bench/run.py). Only the fields named here are read; of anything but
text only its kind is kept – nothing of the content, no file id, no file URL with the bot token.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from dialogs.model import COMMANDS as MODEL_COMMANDS
from dialogs.model import Command, Edited, Event, Press, Start, Unsupported, UserText

COMMANDS = ("start", *MODEL_COMMANDS)
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]
UNSUPPORTED = ("sticker", "photo", "voice", "video", "video_note", "audio", "document", "animation",
               "location", "venue", "contact", "poll", "dice")


@dataclass(frozen=True)
class Incoming:
    update_id: int
    chat_id: int | None = None  # None: nothing for the runtime (a group, a kind we do not read)
    event: Event | None = None
    user_lang: str | None = None  # the Telegram app's language, for an error before we know theirs
    callback_id: str | None = None  # a button tap: its spinner must be stopped
    pressed_message_id: int | None = None  # the message whose buttons were tapped


def _at(message: dict[str, Any]) -> datetime:
    return datetime.fromtimestamp(int(message.get("date") or 0), tz=UTC)


def event_from_message(message: dict[str, Any]) -> Event:
    at = _at(message)
    text = message.get("text")
    if isinstance(text, str):
        if text.startswith("/"):
            word, _, rest = text[1:].partition(" ")
            name = word.split("@", 1)[0].lower()
            if name == "start":
                return Start(at=at, payload=rest.strip() or None)
            if name in COMMANDS:
                return Command(at=at, name=name)  # type: ignore[arg-type]
        return UserText(at=at, text=text)
    kind = next((k for k in UNSUPPORTED if message.get(k) is not None), "other")
    return Unsupported(at=at, kind=kind)


def _private_chat(message: Any) -> int | None:
    chat = message.get("chat") if isinstance(message, dict) else None
    if not isinstance(chat, dict) or chat.get("type") != "private":
        return None  # the bot only talks in private chats; nothing from groups is read or stored
    return int(chat["id"])


def _lang(obj: dict[str, Any]) -> str | None:
    person = obj.get("from")
    return person.get("language_code") if isinstance(person, dict) else None


def parse_update(update: dict[str, Any]) -> Incoming:
    update_id = int(update["update_id"])
    for kind in ("message", "edited_message"):
        if isinstance(message := update.get(kind), dict):
            chat = _private_chat(message)
            if chat is None:
                return Incoming(update_id)
            event = event_from_message(message) if kind == "message" else Edited(at=datetime.now(UTC))
            return Incoming(update_id, chat, event, _lang(message))
    if isinstance(query := update.get("callback_query"), dict):
        message, data = query.get("message"), query.get("data")
        chat = _private_chat(message)
        if chat is None or not data:  # e.g. a tap on a message too old to be shown to the bot
            return Incoming(update_id, callback_id=str(query["id"]))
        return Incoming(update_id, chat, Press(at=datetime.now(UTC), data=str(data)), _lang(query),
                        callback_id=str(query["id"]), pressed_message_id=int(message["message_id"]))
    return Incoming(update_id)
