"""Golden transcripts of the minimal intake, one per language, replayed through the runtime.

UPDATE_GOLDEN=1 rewrites them from the scenarios below; read the diff before committing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from backend.container import Container
from backend.demo import demo_availability
from storage.staff import create_staff
from tests.chat import ChatDriver
from tests.conftest import demo_password
from tests.golden import Step, record, replay

HERE = Path(__file__).resolve().parent / "transcripts"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

LANGUAGES = ("de", "en", "ar", "fa", "ro", "bg", "pl", "ru", "tr", "fr", "uk")
# Digits as people type them: Arabic-Indic and Persian keyboards send their own digits.
DIGITS = {"ar": "٠١٢٣٤٥٦٧٨٩", "fa": "۰۱۲۳۴۵۶۷۸۹"}


def typed(lang: str, text: str) -> str:
    return text.translate(str.maketrans("0123456789", DIGITS[lang])) if lang in DIGITS else text


def intake_steps(lang: str) -> list[Step]:
    return [
        Step(write="/start"),
        Step(tap=f"a:language:{lang}"),
        Step(write="ok"),  # text where a button is expected
        Step(tap="a:age_gate:adult"),
        Step(tap="a:consent:full"),
        Step(tap="a:consent:yes"),
        Step(tap="t:sharing:jmd"),
        Step(tap="d:sharing:"),
        Step(tap="a:crisis:none"),
        Step(write="many"),  # not a number
        Step(write="40"),  # out of range
        Step(write=typed(lang, "2")),
        Step(write=typed(lang, "34")),
        Step(tap="a:member_gender:female"),
        Step(tap="a:member_nationality:syria"),
        Step(other="sticker"),
        Step(tap="s:member_residence:"),
        Step(write="7"),
        Step(tap="a:member_gender:male"),
        Step(tap="a:member_relation:child"),
        Step(tap="a:member_nationality:syria"),
        Step(tap="a:member_residence:asylum_pending"),
        Step(write="12/2099"),  # in the future
        Step(write=typed(lang, "03/2024")),
        Step(write="04/2024"),
        Step(tap="t:family_languages:arabic"),
        Step(tap="t:family_languages:kurdish"),
        Step(tap="d:family_languages:"),
        Step(tap="a:german_level:none"),
        Step(tap="a:interpreter:needed"),
        Step(tap="a:interpreter_language:arabic"),
        Step(tap="a:housing:shelter"),
        Step(tap="a:housing_adequate:not_adequate"),
        Step(tap="s:health:"),
        Step(tap="t:children_needs:school_place"),
        Step(tap="d:children_needs:"),
        Step(tap="s:reunification:"),
        Step(tap="t:work:looking"),
        Step(tap="d:work:"),
        Step(tap="t:barriers:career_unsure"),
        Step(tap="t:barriers:authorities"),
        Step(tap="d:barriers:"),
        Step(tap="t:agencies:jobcentre"),
        Step(tap="d:agencies:"),
        Step(tap="a:counsellor:no_counsellor"),
        Step(tap="t:topics:health"),
        Step(tap="t:topics:housing"),
        Step(tap="t:topics:health"),  # changed their mind
        Step(tap="t:topics:work"),
        Step(tap="d:topics:"),
        Step(write="<b>Danke</b> & bis bald"),
        Step(tap="a:summary:change"),
        Step(tap="e:summary:german_level"),
        Step(tap="a:german_level:a1"),
        Step(tap="a:summary:submit"),
        Step(tap="a:appointment:office"),
        Step(tap="b:appointment:more"),
        Step(tap="b:appointment:#1"),  # the first of the later slots
        Step(write="hello?"),  # after the end
        Step(write="/appointment"),  # their booking, with move and cancel, and the offer of another
        Step(tap="r:1:cancel"),
        Step(tap="c:cancel1:yes"),
        Step(tap="r:1:book"),
        Step(tap="a:appointment:later"),
    ]


def decline_steps(lang: str) -> list[Step]:
    return [Step(write="/start"), Step(tap=f"a:language:{lang}"), Step(tap="a:age_gate:adult"),
            Step(tap="a:consent:no")]


def minor_steps(lang: str) -> list[Step]:
    return [Step(write="/start"), Step(tap=f"a:language:{lang}"), Step(tap="a:age_gate:minor"),
            Step(tap="a:minor_info:guardian"), Step(tap="a:consent_guardian:yes"), Step(tap="d:sharing:"),
            Step(tap="a:crisis:acute"), Step(write="/language"), Step(tap="a:language:en"), Step(write="/stop")]


SCENARIOS = {
    **{f"intake.{lang}": intake_steps(lang) for lang in LANGUAGES},
    **{f"decline.{lang}": decline_steps(lang) for lang in ("de", "ar", "uk")},
    **{f"minor.{lang}": minor_steps(lang) for lang in ("de", "fa")},
}


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("name", sorted(SCENARIOS))
async def test_golden_transcript(name: str, container: Container) -> None:
    path = HERE / f"{name}.txt"
    async with container.sessions() as session, session.begin():  # the demo caseworker's office hours
        staff = await create_staff(session, "fallberatung", demo_password("fallberatung"), "caseworker", "Aylin Demir",
                                   check_password=False)  # the demo account
        session.add_all(demo_availability(staff.id))
    chat = ChatDriver(container)
    if UPDATE or not path.exists():
        kind, lang = name.split(".")
        header = f"Golden transcript: {kind} ({lang}), web chat runtime, demo municipality Musterstadt.\n" \
                 f"Regenerate with UPDATE_GOLDEN=1 (see tests/golden.py for the format)."
        path.write_text(await record(chat, header, SCENARIOS[name]), encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"{path.name} was missing and has been written: review it and commit it")
        return
    expected = path.read_text(encoding="utf-8")
    assert await replay(chat, expected) == expected
