"""Fluent localisation: message ids to text in a language, with CLDR numbers, dates and lists (Babel).

Bidi isolation is set explicitly (`use_isolating=True`): every argument is wrapped in FSI…PDI so that
numbers, dates and Latin names keep their order inside Arabic and Farsi text.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_skeleton, format_time
from fluent.runtime import FluentBundle, FluentResource

from dialogs.model import AllLanguages, DateArg, LanguageName, Lines, ListArg, Literal_, Msg, WhenArg

log = logging.getLogger(__name__)

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
RTL = {"ar", "fa", "he", "ur", "ps", "ckb"}
FSI, PDI = "\u2068", "\u2069"


class MissingMessage(KeyError):
    pass


def direction(lang: str | None) -> str:
    return "rtl" if lang in RTL else "ltr"


def language_name(code: str) -> str:
    """The language's own name in its own script: العربية, فارسی, Română, Deutsch…"""
    name = Locale.parse(code).get_display_name(code) or code
    return name[:1].upper() + name[1:]


@lru_cache(maxsize=64)
def parsed(source: str) -> Any:
    """A Fluent source parsed once: every start, publication and preview parses the same eleven sources,
    and the bundles only read the syntax tree (they compile copies)."""
    return FluentResource(source)


def bundles_of(sources: dict[str, str]) -> dict[str, FluentBundle]:
    """One bundle per language from its Fluent source."""
    bundles: dict[str, FluentBundle] = {}
    for lang, source in sources.items():
        bundle = FluentBundle([lang], use_isolating=True)
        bundle.add_resource(parsed(source))
        bundles[lang] = bundle
    return bundles


@dataclass
class Localizer:
    """All bundles of all languages. `fallback` is used when a message is missing in a language."""

    bundles: dict[str, FluentBundle]
    fallback: tuple[str, ...] = ("de", "en")
    strict: bool = False  # tests: raise instead of falling back
    globals: dict[str, Any] = field(default_factory=dict)  # municipality profile values
    tz: str = "Europe/Berlin"  # moments are shown in the municipality's zone

    @classmethod
    def load(cls, directory: Path = LOCALES_DIR, **kwargs: Any) -> Localizer:
        sources = {lang_dir.name: "\n".join(ftl.read_text(encoding="utf-8") for ftl in sorted(lang_dir.glob("*.ftl")))
                   for lang_dir in sorted(p for p in directory.iterdir() if p.is_dir())}
        return cls(bundles=bundles_of(sources), **kwargs)

    def like(self, sources: dict[str, str]) -> Localizer:
        """Another localizer with the same settings over other texts (a preview with drafts)."""
        return Localizer(bundles=bundles_of(sources), fallback=self.fallback, strict=self.strict,
                         globals=self.globals, tz=self.tz)

    def use(self, sources: dict[str, str]) -> None:
        """Switch to other texts (the database's, after a publication): every renderer sees them at once."""
        self.bundles = bundles_of(sources)

    @property
    def languages(self) -> list[str]:
        return list(self.bundles)

    def has(self, lang: str, msg_id: str) -> bool:
        bundle = self.bundles.get(lang)
        return bundle is not None and bundle.has_message(msg_id)

    def message(self, lang: str, msg_id: str, args: dict[str, Any] | None = None) -> str:
        for candidate in (lang, *self.fallback):
            if self.has(candidate, msg_id):
                if candidate != lang:
                    if self.strict:
                        raise MissingMessage(f"{msg_id} missing in {lang}")
                    log.warning("message %s missing in %s, using %s", msg_id, lang, candidate)
                bundle = self.bundles[candidate]
                msg = bundle.get_message(msg_id)
                if msg.value is None:
                    raise MissingMessage(f"{msg_id} has no value in {candidate}")
                text, errors = bundle.format_pattern(msg.value, {**self.globals, **(args or {})})
                if errors:
                    if self.strict:
                        raise MissingMessage(f"{msg_id} in {candidate}: {errors}")
                    log.warning("message %s in %s: %s", msg_id, candidate, [type(e).__name__ for e in errors])
                return text
        raise MissingMessage(f"{msg_id} exists in no language")

    def render(self, text: Any, lang: str, languages: list[str] | None = None) -> str:
        """Any text of the engine (Msg, Literal_, LanguageName, AllLanguages, Lines) as plain text."""
        if isinstance(text, Msg):
            return self.message(lang, text.id, {k: self.value(v, lang) for k, v in text.args.items()})
        if isinstance(text, Literal_):
            return text.text
        if isinstance(text, LanguageName):
            return language_name(text.code)
        if isinstance(text, AllLanguages):
            return "\n".join(self.message(code, text.id) for code in (languages or self.languages))
        if isinstance(text, Lines):
            return "\n".join(self.render(item, lang, languages) for item in text.items)
        raise TypeError(f"cannot render {type(text).__name__}")

    def when(self, moment: datetime, lang: str, style: str = "long") -> str:
        """A moment in the municipality's zone and the reader's locale: weekday, date and time."""
        local = moment.astimezone(ZoneInfo(self.tz))
        loc = Locale.parse(lang)
        day = format_date(local, "full", locale=loc) if style == "long" else format_skeleton("MMMEd", local, locale=loc)
        sep = "، " if lang in ("ar", "fa", "ur", "ps") else ", "
        return f"{day}{sep}{format_time(local, 'short', locale=loc)}"

    def value(self, value: Any, lang: str) -> Any:
        """An argument value as Fluent gets it (numbers stay numbers for plural rules)."""
        if isinstance(value, int | float):
            return value  # Fluent formats numbers per locale (CLDR)
        if isinstance(value, DateArg):
            d = date.fromisoformat(value.iso)
            loc = Locale.parse(lang)
            if value.precision == "month":
                return format_skeleton("yMMMM", d, locale=loc)
            return format_date(d, format="long", locale=loc)
        if isinstance(value, WhenArg):
            return self.when(datetime.fromisoformat(value.iso), lang, value.style)
        if isinstance(value, ListArg):
            # A plain comma list: option labels may contain "and" themselves ("Arbeit und Ausbildung").
            sep = "، " if lang in ("ar", "fa", "ur", "ps") else ", "
            return sep.join(str(self.value(v, lang)) for v in value.items)
        if isinstance(value, Msg | Literal_ | LanguageName):
            return self.render(value, lang)
        return str(value)
