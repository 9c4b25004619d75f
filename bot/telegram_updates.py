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
from dialogs.parse import clean_text

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


def _int(value: Any) -> int | None:
    """An id as Telegram sends it (a JSON integer of at most 52 bits); None for anything else."""
    return value if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**53 else None


def _at(message: dict[str, Any]) -> datetime:
    seconds = _int(message.get("date"))
    return datetime.fromtimestamp(seconds if seconds is not None and 0 <= seconds < 2**33 else 0, tz=UTC)


def event_from_message(message: dict[str, Any]) -> Event:
    at = _at(message)
    text = message.get("text")
    if isinstance(text, str):
        text = clean_text(text[:4096])  # Telegram's own limit; a forged update may say more
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
    return _int(chat.get("id"))


def _lang(obj: dict[str, Any]) -> str | None:
    person = obj.get("from")
    code = person.get("language_code") if isinstance(person, dict) else None
    return code[:10] if isinstance(code, str) else None


class NotAnUpdate(ValueError):
    """The body is not a Bot API update (no integer update_id): answered 400, nothing is read."""


def parse_update(update: Any) -> Incoming:
    """Read what we need, checking every type: anything malformed in an update is ignored, never trusted
    (the webhook is reachable from the internet; only the secret token says it is Telegram)."""
    update_id = _int(update.get("update_id")) if isinstance(update, dict) else None
    if update_id is None:
        raise NotAnUpdate()
    for kind in ("message", "edited_message"):
        if isinstance(message := update.get(kind), dict):
            chat = _private_chat(message)
            if chat is None:
                return Incoming(update_id)
            event = event_from_message(message) if kind == "message" else Edited(at=datetime.now(UTC))
            return Incoming(update_id, chat, event, _lang(message))
    if isinstance(query := update.get("callback_query"), dict):
        message, data, query_id = query.get("message"), query.get("data"), query.get("id")
        callback_id = query_id if isinstance(query_id, str) and 0 < len(query_id) <= 64 else None
        chat = _private_chat(message)
        pressed = _int(message.get("message_id")) if isinstance(message, dict) else None
        if chat is None or pressed is None or not isinstance(data, str) or not 0 < len(data) <= 64:
            return Incoming(update_id, callback_id=callback_id)  # e.g. a tap on a message too old to be shown
        return Incoming(update_id, chat, Press(at=datetime.now(UTC), data=data), _lang(query),
                        callback_id=callback_id, pressed_message_id=pressed)
    return Incoming(update_id)
