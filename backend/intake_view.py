"""An intake as staff read it: German labels for questions and options, plus what the person typed,
in the language they typed it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.l10n import FSI, PDI, Localizer, language_name
from dialogs.answers import answer_value, answered_questions
from dialogs.loader import ScriptVersion
from dialogs.model import Msg
from dialogs.schema import RepeatNode, SharingNode
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
    """One row per answer; a repeat (household members) gives one row per item and question, labelled
    "Person 2 – Alter"."""
    answers = cipher.unseal_answers(intake.answers)
    script, rows = sv.script, []
    for node in answered_questions(script, answers):
        if isinstance(node, SharingNode):
            continue  # staff see the current consents (they can change after submitting), not the answer
        if isinstance(node, RepeatNode):
            body = [n for n in script.nodes if script.loop_of.get(n.id) == node.id and n.is_question]
            for index, item in enumerate(answers[node.id].get("items", []), start=1):
                who = _clean(l10n.render(Msg(node.label, {"index": index}), STAFF_LANG))
                for question in (q for q in body if q.id in item):
                    rows.append(_row(l10n, question, item[question.id], f"{node.id}.{index}.{question.id}",
                                     prefix=f"{who} – ", index=index))
        else:
            rows.append(_row(l10n, node, answers[node.id], node.id))
    return rows


def _row(l10n: Localizer, node: Any, answer: dict[str, Any], key: str, prefix: str = "",
         index: int | None = None) -> AnswerRow:
    label = Msg(node.label or node.text, {"index": index} if index else {})
    return AnswerRow(
        question_id=key,
        question=prefix + _clean(l10n.render(label, STAFF_LANG)),
        answer=_clean(str(l10n.value(answer_value(node, answer), STAFF_LANG))),
        code=answer.get("code", answer.get("value")),
        original=answer.get("raw"),
        original_language=answer.get("lang") if answer.get("raw") is not None else None,
        sensitive=node.sensitive,
    )


def language_label(code: str | None) -> str:
    if not code:
        return "–"
    return f"{language_name(code)} ({code})"
