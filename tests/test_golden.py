"""Golden transcripts of the minimal intake, one per language, replayed through the runtime.

UPDATE_GOLDEN=1 rewrites them from the scenarios below; read the diff before committing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from backend.container import Container
from tests.chat import ChatDriver
from tests.golden import Step, record, replay

HERE = Path(__file__).resolve().parent / "transcripts"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

# Digits as people type them: Arabic-Indic and Persian keyboards send their own digits.
HOUSEHOLD = {"ar": "٣", "fa": "۳"}
ARRIVAL = {"ar": "٠٣/٢٠٢٤", "fa": "۰۳/۲۰۲۴"}


def intake_steps(lang: str) -> list[Step]:
    return [
        Step(write="/start"),
        Step(tap=f"a:language:{lang}"),
        Step(write="ok"),  # text where a button is expected
        Step(tap="a:consent:yes"),
        Step(write="many"),  # not a number
        Step(write="40"),  # out of range
        Step(write=HOUSEHOLD.get(lang, "3")),
        Step(write="12/2099"),  # in the future
        Step(write=ARRIVAL.get(lang, "03/2024")),
        Step(other="sticker"),
        Step(tap="a:german_level:none"),
        Step(tap="t:topics:health"),
        Step(tap="t:topics:housing"),
        Step(tap="t:topics:health"),  # changed their mind
        Step(tap="t:topics:work"),
        Step(tap="d:topics:"),
        Step(tap="a:summary:change"),
        Step(tap="e:summary:household_size"),
        Step(write="4"),
        Step(tap="a:summary:submit"),
        Step(write="hello?"),  # after the end
    ]


def decline_steps(lang: str) -> list[Step]:
    return [Step(write="/start"), Step(tap=f"a:language:{lang}"), Step(tap="a:consent:no")]


SCENARIOS = {
    **{f"intake.{lang}": intake_steps(lang) for lang in ("de", "en", "ar", "fa", "ro")},
    **{f"decline.{lang}": decline_steps(lang) for lang in ("de", "ar")},
}


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("name", sorted(SCENARIOS))
async def test_golden_transcript(name: str, container: Container) -> None:
    path = HERE / f"{name}.txt"
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
