"""Localisation: every message renders in every language, bidi isolation, escaping, locale formats."""

from __future__ import annotations

import pytest

from backend.checks import dialogs_check, locales_check
from bot.l10n import FSI, PDI, Localizer, language_name
from bot.render import Renderer
from dialogs.loader import load_all
from dialogs.model import DateArg, Literal_, Msg, Say

SCRIPT = load_all()["intake"].script
ARGS = {"count": 2, "min": 1, "max": 20, "length": 1200, "year": "1950", "label": "L", "value": "V",
        "kind": "data_processing", "granted": "yes", "date": "1. März 2026", "current": 2, "total": 9,
        "index": 2, "when": "Montag, 7. Dezember 2026, 10:00", "organisation": "Jugendmigrationsdienst",
        "contact": "+49 1234 56789-40", "phone": "+49 1234 56789-0", "names": "Amal Haddad, Karim Haddad",
        "name": "Migrationsberatung AWO Musterstadt", "recipients": "Servicestelle, JMD"}


@pytest.fixture(scope="module")
def l10n() -> Localizer:
    return Localizer.load(strict=True, globals={"municipality": "Musterstadt", "service_point": "SP",
                                                "sp_address": "A", "sp_phone": "P", "sp_email": "E",
                                                "sp_hours": "H", "crisis_phone": "C", "course_contact": "K",
                                                "counselling_contact": "B"})


def test_checks_pass_on_the_shipped_scripts_and_locales() -> None:
    assert locales_check() == []
    assert dialogs_check() == []


@pytest.mark.parametrize("lang", SCRIPT.languages)
def test_every_message_renders_without_a_raw_id(l10n: Localizer, lang: str) -> None:
    for msg_id in l10n.bundles["de"]._messages:
        text = l10n.message(lang, msg_id, ARGS)
        assert text.strip() and text.strip() != msg_id and "{" not in text and "-" + msg_id not in text


def test_missing_message_falls_back_to_german_not_to_the_id() -> None:
    lenient = Localizer.load(strict=False)
    del lenient.bundles["ro"]._messages["help"]
    assert "Hier können Sie sich" in lenient.message("ro", "help")


def test_arguments_are_bidi_isolated_in_arabic(l10n: Localizer) -> None:
    text = l10n.message("ar", "error-number", {"min": 1, "max": 20})
    assert f"{FSI}1{PDI}" in text and f"{FSI}20{PDI}" in text


def test_commands_keep_their_order_in_right_to_left_text(l10n: Localizer) -> None:
    html = Renderer(l10n).say(Say((Msg("finished-already"),)), "fa", SCRIPT.languages)[0].html
    assert f"{FSI}/restart{PDI}" in html


def test_user_text_and_translations_are_escaped(l10n: Localizer) -> None:
    out = Renderer(l10n).say(Say((Literal_("<b>x</b> & <script>"),)), "de", SCRIPT.languages)[0]
    assert out.html == "&lt;b&gt;x&lt;/b&gt; &amp; &lt;script&gt;"


def test_long_texts_are_split_below_telegrams_limit(l10n: Localizer) -> None:
    out = Renderer(l10n).say(Say((Literal_("word " * 2000),)), "de", SCRIPT.languages)
    assert len(out) == 3 and all(len(m.html) <= 4096 for m in out)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("de", "März 2024"), ("en", "March 2024"), ("ro", "martie 2024"), ("ar", "مارس"), ("fa", "مارس")],
)
def test_month_year_follows_the_locale(l10n: Localizer, lang: str, expected: str) -> None:
    assert expected in l10n.value(DateArg("2024-03-01", "month"), lang)


def test_plurals_follow_the_locale(l10n: Localizer) -> None:
    assert "mindestens ein Thema" in l10n.message("de", "error-pick-at-least", {"count": 1})
    assert "mindestens 3 Themen" in l10n.message("de", "error-pick-at-least", {"count": 3}).replace(FSI, "").replace(PDI, "")
    assert l10n.message("ar", "error-pick-at-least", {"count": 2}) != l10n.message("ar", "error-pick-at-least",
                                                                                   {"count": 11})


def test_language_names_are_in_their_own_script() -> None:
    assert [language_name(c) for c in ("de", "en", "ar", "fa", "ro")] == [
        "Deutsch", "English", "العربية", "فارسی", "Română"]


def test_translation_files_ask_for_native_review() -> None:
    from bot.l10n import LOCALES_DIR

    for ftl in LOCALES_DIR.glob("*/*.ftl"):
        if ftl.parent.name != "de":
            assert "native speaker should review" in ftl.read_text(encoding="utf-8")[:600], ftl


def test_every_text_and_button_of_every_script_fits_telegram_in_every_language(l10n: Localizer) -> None:
    """No message over 4,096 characters (UTF-16, as Telegram counts), no button data over 64 bytes."""
    from dialogs.asking import ask
    from dialogs.model import State
    from dialogs.schema import RepeatNode

    renderer = Renderer(l10n)
    checked = 0
    for sv in load_all().values():
        script = sv.script
        for lang in script.languages:
            for node in script.nodes:
                state = State(status="active", lang=lang, node=node.id)
                if node.id in script.loop_of:
                    state.loop = {"node": script.loop_of[node.id], "index": 2, "count": 3}
                if node.is_question:
                    outs = [m for a in ask(script, state, node) for m in renderer.say(a, lang, script.languages)]
                elif node.text and not isinstance(node, RepeatNode):
                    outs = renderer.say(Say((Msg(node.text),)), lang, script.languages)
                else:
                    continue
                for out in outs:
                    assert len(out.plain.encode("utf-16-le")) // 2 <= 4096, (lang, node.id)
                    for row in out.buttons:
                        for b in row:
                            assert len(b.data.encode()) <= 64 and b.label.strip(), (lang, node.id, b.data)
                            assert len(b.label) <= 64, (lang, node.id, b.label)
                    checked += 1
    assert checked > 100


@pytest.mark.parametrize("lang", ["de", "en", "ar", "fa", "ro", "bg", "pl", "ru", "tr", "fr", "uk"])
def test_stop_is_understood_in_every_offered_language(l10n: Localizer, lang: str) -> None:
    from datetime import UTC, datetime

    from bot.keywords import Keywords
    from dialogs.model import Command, UserText

    keywords = Keywords(l10n)
    words = [w.strip() for w in l10n.message(lang, "keyword-stop").split(",")]
    assert words
    for word in words:
        for typed in (word, word.upper() + "!", f"  {word} "):
            event = keywords.apply(UserText(at=datetime.now(UTC), text=typed))
            assert isinstance(event, Command) and event.name == "stop", (lang, typed)
    answer = keywords.apply(UserText(at=datetime.now(UTC), text=f"{words[0]} bitte nicht"))
    assert isinstance(answer, UserText)  # only a message that is just the word
