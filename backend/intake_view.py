"""An intake as staff read it: German labels for questions and options, plus what the person typed,
in the language they typed it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.l10n import FSI, PDI, Localizer, language_name
from dialogs.answers import answer_value, answered_questions
from dialogs.loader import ScriptVersion
from dialogs.model import Msg
from storage.crypto import FieldCipher
from storage.models import Intake

STAFF_LANG = "de"


@dataclass
class AnswerRow:
    question_id: str
    question: str  # German label
    answer: str  # German rendering (option labels, numbers, dates)
    code: Any  # language-neutral option code(s) or value
    original: str | None  # what the person typed, verbatim (shown escaped, dir="auto")
    original_language: str | None
    sensitive: bool


def _clean(text: str) -> str:
    return text.replace(FSI, "").replace(PDI, "")


def answer_rows(intake: Intake, sv: ScriptVersion, cipher: FieldCipher, l10n: Localizer) -> list[AnswerRow]:
    answers = cipher.unseal_answers(intake.answers)
    rows = []
    for node in answered_questions(sv.script, answers):
        answer = answers[node.id]
        rows.append(AnswerRow(
            question_id=node.id,
            question=_clean(l10n.render(Msg(node.label or node.text), STAFF_LANG)),
            answer=_clean(str(l10n.value(answer_value(node, answer), STAFF_LANG))),
            code=answer.get("code", answer.get("value")),
            original=answer.get("raw"),
            original_language=answer.get("lang") if answer.get("raw") is not None else None,
            sensitive=node.sensitive,
        ))
    return rows


def language_label(code: str | None) -> str:
    if not code:
        return "–"
    return f"{language_name(code)} ({code})"
