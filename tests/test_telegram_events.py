"""Telegram updates become engine events; anything but text carries only its kind (nothing of the
content, no file id, no file URL with the bot token)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from bot.telegram_updates import Incoming, event_from_message, parse_update
from dialogs.model import Command, Edited, Press, Start, Unsupported, UserText

AT = datetime(2026, 3, 10, tzinfo=UTC)
BASE: dict[str, Any] = {"message_id": 1, "date": int(AT.timestamp()),
                        "chat": {"id": 7, "type": "private"}, "from": {"id": 7, "is_bot": False, "first_name": "A"}}
FILE = {"file_id": "SECRET-FILE-ID", "file_unique_id": "u1"}


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ({"sticker": {**FILE, "type": "regular", "width": 1, "height": 1, "is_animated": False,
                      "is_video": False}}, "sticker"),
        ({"photo": [{**FILE, "width": 1, "height": 1}]}, "photo"),
        ({"voice": {**FILE, "duration": 3}}, "voice"),
        ({"video": {**FILE, "width": 1, "height": 1, "duration": 1}}, "video"),
        ({"document": {**FILE, "file_name": "pass.pdf"}}, "document"),
        ({"location": {"latitude": 51.1, "longitude": 6.9}}, "location"),
        ({"contact": {"phone_number": "+491234", "first_name": "A"}}, "contact"),
        ({"audio": {**FILE, "duration": 3}}, "audio"),
    ],
)
def test_media_becomes_unsupported_with_only_its_kind(content: dict[str, Any], kind: str) -> None:
    event = event_from_message({**BASE, **content})
    assert event == Unsupported(at=AT, kind=kind)
    assert "SECRET" not in repr(event) and "+491234" not in repr(event) and "51.1" not in repr(event)


def test_text_commands_and_deep_links() -> None:
    def ev(text: str) -> Any:
        return event_from_message({**BASE, "text": text})

    assert ev("/start letter-abc") == Start(at=AT, payload="letter-abc")
    assert ev("/start") == Start(at=AT, payload=None)
    assert ev("/delete@ankommen_bot") == Command(at=AT, name="delete")
    assert ev("/mydata") == Command(at=AT, name="mydata")
    assert ev("/consent") == Command(at=AT, name="consent")
    assert ev("/unknown") == UserText(at=AT, text="/unknown")
    assert ev("<script>") == UserText(at=AT, text="<script>")


def test_updates_are_read_for_private_chats_only() -> None:
    assert parse_update({"update_id": 5, "message": {**BASE, "text": "hallo", "from": {
        "id": 7, "is_bot": False, "first_name": "A", "language_code": "uk"}}}) == Incoming(
        5, 7, UserText(at=AT, text="hallo"), "uk")
    group = {**BASE, "chat": {"id": -100, "type": "group"}, "text": "hallo"}
    assert parse_update({"update_id": 6, "message": group}) == Incoming(6)  # nothing read from groups
    edited = parse_update({"update_id": 7, "edited_message": {**BASE, "text": "neu"}})
    assert edited.chat_id == 7 and isinstance(edited.event, Edited)
    assert parse_update({"update_id": 8, "channel_post": {**BASE, "text": "x"}}) == Incoming(8)


def test_a_button_tap_carries_its_query_and_message() -> None:
    tap = parse_update({"update_id": 9, "callback_query": {
        "id": "q1", "from": {"id": 7, "is_bot": False, "first_name": "A"}, "chat_instance": "1",
        "data": "a:consent:yes", "message": {**BASE, "message_id": 44, "text": "…"}}})
    assert (tap.chat_id, tap.callback_id, tap.pressed_message_id) == (7, "q1", 44)
    assert isinstance(tap.event, Press) and tap.event.data == "a:consent:yes"
    # a tap on a message Telegram no longer shows the bot, or without data: only the spinner is stopped
    old = parse_update({"update_id": 10, "callback_query": {
        "id": "q2", "from": {"id": 7, "is_bot": False, "first_name": "A"}, "chat_instance": "1", "data": "x"}})
    assert old == Incoming(10, callback_id="q2")
