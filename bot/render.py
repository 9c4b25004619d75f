"""Engine actions to outgoing messages: Telegram-HTML text (every text escaped) and buttons by id."""

from __future__ import annotations

import html
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from bot.l10n import FSI, PDI, Localizer, direction
from dialogs.model import Button, EditButtons, Say

TELEGRAM_TEXT_LIMIT = 4096
_COMMAND = re.compile(r"(?<![\w/\u2068])(/[a-z]+)")
CALLBACK_LIMIT = 64


@dataclass
class OutButton:
    data: str
    label: str
    selected: bool = False


@dataclass
class OutMessage:
    """One message as every channel receives it. `html` is safe Telegram HTML (only escaped text)."""

    html: str
    buttons: list[list[OutButton]] = field(default_factory=list)
    node: str | None = None
    lang: str | None = None
    dir: str = "ltr"
    document: dict[str, str] | None = None  # {"filename", "content"}: a file sent after the text

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> OutMessage:
        rows = [[OutButton(**b) for b in row] for row in data.get("buttons", [])]
        return cls(html=data["html"], buttons=rows, node=data.get("node"), lang=data.get("lang"),
                   dir=data.get("dir", "ltr"), document=data.get("document"))

    @property
    def plain(self) -> str:
        return html.unescape(self.html)


def escape(text: str) -> str:
    return html.escape(text, quote=False)


class Renderer:
    def __init__(self, localizer: Localizer):
        self.l10n = localizer

    def say(self, action: Say, lang: str | None, languages: list[str]) -> list[OutMessage]:
        lang = lang or languages[0]
        paragraphs = [escape(self.text(p, lang, languages)) for p in action.parts]
        buttons = self.buttons(action.buttons, lang, languages)
        chunks = _split("\n\n".join(p for p in paragraphs if p), TELEGRAM_TEXT_LIMIT)
        msgs = [OutMessage(html=c, lang=lang, dir=direction(lang)) for c in chunks]
        msgs[-1].buttons, msgs[-1].node = buttons, action.node
        return msgs

    def text(self, part: Any, lang: str, languages: list[str]) -> str:
        text = self.l10n.render(part, lang, languages)
        if direction(lang) == "rtl":  # keep "/start" from turning into "start/" in right-to-left text
            text = _COMMAND.sub(lambda m: FSI + m.group(1) + PDI, text)
        return text

    def buttons(self, rows: Any, lang: str, languages: list[str]) -> list[list[OutButton]]:
        out = []
        for row in rows:
            out_row = []
            for b in row:
                assert isinstance(b, Button)
                if len(b.data.encode()) > CALLBACK_LIMIT:
                    raise ValueError(f"button data over {CALLBACK_LIMIT} bytes: {b.data}")
                out_row.append(OutButton(b.data, self.l10n.render(b.label, lang, languages), b.selected))
            out.append(out_row)
        return out

    def edit(self, action: EditButtons, lang: str | None, languages: list[str]) -> list[list[OutButton]]:
        return self.buttons(action.buttons, lang or languages[0], languages)


def _split(text: str, limit: int) -> list[str]:
    """Split at paragraph, then line, then hard boundaries so no message exceeds Telegram's limit."""
    if len(text) <= limit:
        return [text]
    chunks, current = [], ""
    for para in text.split("\n"):
        while len(para) > limit:
            if current:
                chunks.append(current)
                current = ""
            chunks.append(para[:limit])
            para = para[limit:]
        candidate = f"{current}\n{para}" if current else para
        if len(candidate) > limit:
            chunks.append(current)
            current = para
        else:
            current = candidate
    if current:
        chunks.append(current)
    return chunks
