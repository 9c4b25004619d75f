"""Answers in the conversation state: storing them (also inside repeats), reading them for conditions,
and turning them into renderable values for summaries, /mydata and the staff view. Pure."""

from __future__ import annotations

from datetime import date
from typing import Any

from dialogs.model import DateArg, ListArg, Literal_, Msg, State
from dialogs.schema import (
    BranchNode,
    ChoiceNode,
    ConsentNode,
    DateNode,
    LanguageNode,
    MultiChoiceNode,
    NumberNode,
    RepeatNode,
    Script,
    SharingNode,
    SummaryNode,
)

NOT_ANSWERS = (LanguageNode, ConsentNode, SummaryNode)


def store(script: Script, s: State, node: Any, answer: dict[str, Any], at: str) -> None:
    """Keep an answer under its node id, or under the current item of the repeat it belongs to."""
    answer.setdefault("skipped", False)
    answer["lang"] = s.lang
    answer["at"] = at
    loop = script.loop_of.get(node.id)
    if loop and s.loop:
        items = s.answers.setdefault(loop, {"items": []})["items"]
        while len(items) < s.loop["index"]:
            items.append({})
        items[s.loop["index"] - 1][node.id] = answer
    else:
        s.answers[node.id] = answer
    s.flags = flags_of(script, s.answers)


def flags_of(script: Script, answers: dict[str, Any]) -> list[str]:
    """Flags (e.g. "urgent") of the options chosen in the answers as they stand now."""
    flags: set[str] = set()
    for node_id, answer in answers.items():
        node = script.by_id.get(node_id)
        if isinstance(node, ChoiceNode):
            flags |= {f for o in node.options if o.id == answer.get("code") for f in o.flags}
    return sorted(flags)


def next_of(node: Any, answer: dict[str, Any] | None) -> str | None:
    """Where an answered question leads (a choice option may lead elsewhere than the node)."""
    if isinstance(node, ChoiceNode):
        option = next((o for o in node.options if o.id == (answer or {}).get("code")), None)
        if option is not None and option.next:
            return option.next
    return node.next


def prune(script: Script, answers: dict[str, Any]) -> dict[str, Any]:
    """Only the answers on the way the current answers lead (after a change from the summary, the
    answers of a branch no longer taken – e.g. the children's needs – are dropped)."""
    from dialogs.conditions import evaluate  # here to keep the import graph flat

    consent = next((n for n in script.nodes if isinstance(n, ConsentNode)), None)
    target = consent.next if consent else script.start
    keep: set[str] = set()
    for _ in range(4 * len(script.nodes)):
        node = script.by_id.get(target or "")
        if node is None or isinstance(node, SummaryNode):
            break
        if node.id in answers:
            keep.add(node.id)
        if isinstance(node, BranchNode):
            target = next((r.next for r in node.rules if evaluate(r.when, answers)), node.default)
        elif isinstance(node, RepeatNode):
            target = node.next  # its body is kept as part of the repeat's answer
        else:
            target = next_of(node, answers.get(node.id))
    return {k: v for k, v in answers.items() if k in keep}


def current(script: Script, s: State, node_id: str) -> dict[str, Any] | None:
    """The answer to a question as it stands now (inside a repeat: of the current item)."""
    loop = script.loop_of.get(node_id)
    if loop:
        items = s.answers.get(loop, {}).get("items", [])
        index = (s.loop or {}).get("index", 0)
        return items[index - 1].get(node_id) if 0 < index <= len(items) else None
    return s.answers.get(node_id)


def loop_complete(s: State, rep: RepeatNode) -> bool:
    """A repeat is answered when it has as many items as the count question says."""
    items = s.answers.get(rep.id, {}).get("items", [])
    count = s.answers.get(rep.count, {}).get("value")
    return count is not None and len(items) == count and all(items)


def answered_questions(script: Script, answers: dict[str, Any]) -> list[Any]:
    """Top-level questions and repeats with an answer, in script order."""
    loops = script.loop_of
    return [n for n in script.nodes
            if (n.is_question or isinstance(n, RepeatNode)) and not isinstance(n, NOT_ANSWERS)
            and n.id not in loops and n.id in answers]


def option_label(option: Any) -> Msg | Literal_:
    """An option's label: its text, or an organisation's name as written."""
    return Literal_(option.name) if option.name else Msg(option.text)


def _label(options: list[Any], code: str) -> Msg | Literal_:
    """A chosen option's label (an answer given when the release was asked by kind: that kind's text)."""
    option = next((o for o in options if o.id == code), None)
    if option is not None:
        return option_label(option)
    group = next((o for o in options if o.group == code), None)
    return Msg(group.text) if group is not None else Literal_(code)


def answer_value(node: Any, answer: dict[str, Any]) -> Any:
    """An answer as a renderable argument: option labels, numbers, dates, or the typed text."""
    if answer.get("skipped"):
        return Msg("answer-skipped")
    if isinstance(node, ChoiceNode):
        option = next((o for o in node.options if o.id == answer.get("code")), None)
        return Msg(option.text) if option else Literal_(str(answer.get("code")))
    if isinstance(node, MultiChoiceNode | SharingNode):
        codes = answer.get("code") or []
        if not codes:
            return Msg(node.none_text if isinstance(node, SharingNode) else "answer-none")
        return ListArg(tuple(_label(node.options, c) for c in codes))
    if isinstance(node, NumberNode):
        return int(answer["value"])
    if isinstance(node, DateNode):
        iso = answer["value"] if len(answer["value"]) == 10 else answer["value"] + "-01"
        date.fromisoformat(iso)
        return DateArg(iso, node.precision)
    return Literal_(str(answer.get("value", "")))


def item_values(script: Script, rep: RepeatNode, item: dict[str, Any]) -> ListArg:
    """One repeat item (a household member) as a list of its answers, in script order."""
    loops = script.loop_of
    body = [n for n in script.nodes if loops.get(n.id) == rep.id and n.id in item]
    return ListArg(tuple(answer_value(n, item[n.id]) for n in body))


def summary_lines(script: Script, s: State) -> list[Msg]:
    lines = []
    for n in answered_questions(script, s.answers):
        if isinstance(n, RepeatNode):
            for index, item in enumerate(s.answers[n.id].get("items", []), start=1):
                lines.append(Msg("summary-line", {"label": Msg(n.label, {"index": index}),
                                                  "value": item_values(script, n, item)}))
        else:
            lines.append(Msg("summary-line", {"label": Msg(n.label or n.text), "value": answer_value(n, s.answers[n.id])}))
    return lines
