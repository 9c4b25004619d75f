"""Telegram updates become engine events; anything but text carries only its kind (nothing of the
content, no file id, no file URL with the bot token)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from aiogram.types import Message

from bot.telegram import event_from_message
from dialogs.model import Command, Start, Unsupported, UserText

BASE: dict[str, Any] = {"message_id": 1, "date": datetime(2026, 3, 10, tzinfo=UTC),
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
    event = event_from_message(Message.model_validate({**BASE, **content}))
    assert event == Unsupported(at=BASE["date"], kind=kind)
    assert "SECRET" not in repr(event) and "+491234" not in repr(event) and "51.1" not in repr(event)


def test_text_commands_and_deep_links() -> None:
    def ev(text: str) -> Any:
        return event_from_message(Message.model_validate({**BASE, "text": text}))

    assert ev("/start letter-abc") == Start(at=BASE["date"], payload="letter-abc")
    assert ev("/start") == Start(at=BASE["date"], payload=None)
    assert ev("/delete@ankommen_bot") == Command(at=BASE["date"], name="delete")
    assert ev("/mydata") == Command(at=BASE["date"], name="mydata")
    assert ev("/consent") == Command(at=BASE["date"], name="consent")
    assert ev("/unknown") == UserText(at=BASE["date"], text="/unknown")
    assert ev("<script>") == UserText(at=BASE["date"], text="<script>")
