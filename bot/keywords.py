"""Words that work like commands in every language offered ("stop", "стоп", "توقف", "dur"…).

Translators keep them in `keyword-<command>` messages (comma-separated). A typed message that is
exactly one of these words, in any language, becomes that command."""

from __future__ import annotations

import string

from bot.l10n import Localizer
from dialogs.model import Command, Event, UserText
from dialogs.parse import normalise

KEYWORD_COMMANDS = ("stop",)
_PUNCT = str.maketrans("", "", string.punctuation + "!¡?¿.،؟。")


def _key(text: str) -> str:
    return normalise(text).casefold().translate(_PUNCT).strip()


class Keywords:
    def __init__(self, l10n: Localizer):
        self.words: dict[str, str] = {}
        for lang in l10n.languages:
            for command in KEYWORD_COMMANDS:
                if l10n.has(lang, f"keyword-{command}"):
                    for word in l10n.message(lang, f"keyword-{command}").split(","):
                        if _key(word):
                            self.words[_key(word)] = command

    def apply(self, event: Event) -> Event:
        if isinstance(event, UserText) and len(event.text) <= 40:
            command = self.words.get(_key(event.text))
            if command:
                return Command(at=event.at, name=command)  # type: ignore[arg-type]
        return event
