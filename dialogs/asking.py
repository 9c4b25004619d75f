"""Asking a question: its text (with the progress hint and, inside a repeat, the item number) and its
buttons. Buttons carry "<verb>:<node>:<arg>", never labels. Pure."""

from __future__ import annotations

from typing import Any

from dialogs import booking
from dialogs.answers import answered_questions, option_label, summary_lines
from dialogs.model import Action, AllLanguages, Button, LanguageName, Lines, Literal_, Msg, Say, State
from dialogs.schema import (
    AppointmentNode,
    ChoiceNode,
    ConsentNode,
    LanguageNode,
    MultiChoiceNode,
    RepeatNode,
    Script,
    SharingNode,
    SummaryNode,
)

Rows = tuple[tuple[Button, ...], ...]


def progress_steps(script: Script) -> list[str]:
    """The questions counted by "5 of 14": top-level questions and repeats, not follow-ups."""
    loops = script.loop_of
    return [n.id for n in script.nodes
            if (n.is_question or isinstance(n, RepeatNode)) and n.step and n.id not in loops
            and not isinstance(n, LanguageNode | ConsentNode | SummaryNode | SharingNode | AppointmentNode)
            and not (isinstance(n, ChoiceNode) and not n.store)]


def text_of(script: Script, s: State, node: Any) -> Msg:
    """The node's text; inside a repeat it gets the item number ($index) and count ($count)."""
    if node.id in script.loop_of and s.loop:
        return Msg(node.text, {"index": s.loop["index"], "count": s.loop["count"]})
    return Msg(node.text)


def _question(script: Script, s: State, node: Any) -> Msg | Lines:
    """The question's text, with the progress hint on the line above it ("Frage 5 von 14")."""
    text = text_of(script, s, node)
    steps = progress_steps(script)
    here = script.loop_of.get(node.id, node.id)
    if here not in steps:
        return text
    return Lines((Msg("progress", {"current": steps.index(here) + 1, "total": len(steps)}), text))


def ask(script: Script, s: State, node: Any) -> list[Action]:
    """The message that asks `node`, with its buttons."""
    skip: Rows = ((Button(f"s:{node.id}:", Msg("button-skip")),),) if node.skippable else ()
    if isinstance(node, LanguageNode):
        langs = [Button(f"a:{node.id}:{code}", LanguageName(code)) for code in script.languages]
        rows = tuple(tuple(langs[i : i + 2]) for i in range(0, len(langs), 2))
        return [Say((AllLanguages(node.text),), rows, node.id)]
    if isinstance(node, ChoiceNode):
        rows = tuple((Button(f"a:{node.id}:{o.id}", Msg(o.text)),) for o in node.options)
        return [Say((_question(script, s, node),), rows + skip, node.id)]
    if isinstance(node, SharingNode) and any(o.name for o in node.options):
        # by name, each with what kind of organisation it is in the person's language
        who = Lines(tuple(Msg("recipient-line", {"name": Literal_(o.name or ""), "kind": Msg(o.text)})
                          for o in node.options))
        return [Say((_question(script, s, node), who), toggle_buttons(node, s.selection) + skip, node.id)]
    if isinstance(node, MultiChoiceNode | SharingNode):
        return [Say((_question(script, s, node),), toggle_buttons(node, s.selection) + skip, node.id)]
    if isinstance(node, ConsentNode):
        rows: Rows = ((Button(f"a:{node.id}:yes", Msg(node.accept)),),
                      (Button(f"a:{node.id}:no", Msg(node.decline)),))
        if node.full_text:
            rows += ((Button(f"a:{node.id}:full", Msg(node.read_more)),),)
        return [Say((Msg(node.text),), rows, node.id)]
    if isinstance(node, AppointmentNode):
        return booking.ask(node, s)
    if isinstance(node, SummaryNode):
        rows = ((Button(f"a:{node.id}:submit", Msg(node.submit)),),
                (Button(f"a:{node.id}:change", Msg(node.change)),))
        return [Say((Msg(node.text), Lines(tuple(summary_lines(script, s)))), rows, node.id)]
    # text, number, date
    return [Say((_question(script, s, node),), skip, node.id)]


def toggle_buttons(node: MultiChoiceNode | SharingNode, selection: list[str]) -> Rows:
    rows = tuple((Button(f"t:{node.id}:{o.id}", option_label(o), o.id in selection),) for o in node.options)
    return rows + ((Button(f"d:{node.id}:", Msg(node.done)),),)


def change_buttons(script: Script, s: State, summary: SummaryNode) -> Rows:
    rows = [(Button(f"e:{summary.id}:{n.id}", Msg(n.label or n.text, {"index": 0})),)
            for n in answered_questions(script, s.answers)]
    rows.append((Button(f"a:{summary.id}:submit", Msg(summary.submit)),))
    return tuple(rows)
