"""The dialog engine: a pure step function `(script, state, event) -> (state, actions)`.

No I/O, no clock (time comes in with the event), no randomness. Channels turn updates into events and
actions into messages; the runtime stores the state.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from dialogs.conditions import evaluate
from dialogs.model import (
    Action,
    AllLanguages,
    Button,
    Command,
    DateArg,
    EditButtons,
    Edited,
    Event,
    ExportData,
    Forget,
    LanguageName,
    Lines,
    ListArg,
    Literal_,
    Msg,
    OptOut,
    Press,
    RecordConsent,
    Say,
    SetLanguage,
    Start,
    State,
    SubmitIntake,
    Unsupported,
    UserText,
)
from dialogs.parse import parse_date, parse_int
from dialogs.schema import (
    BranchNode,
    ChoiceNode,
    ConsentNode,
    DateNode,
    EndNode,
    LanguageNode,
    MessageNode,
    MultiChoiceNode,
    NumberNode,
    Script,
    SummaryNode,
    TextNode,
)

Step = tuple[State, list[Action]]


FLOOD_WINDOW = timedelta(seconds=20)
FLOOD_LIMIT = 10  # typed messages, stickers… within the window; taps on buttons do not count


def step(script: Script, state: State, event: Event) -> Step:
    s = state.model_copy(deep=True)
    out: list[Action] = []
    if _flooding(s, event):
        if not s.flood_warned:
            s.flood_warned = True
            out.append(Say((Msg("error-too-fast"),)))
        return s, out
    if isinstance(event, Press) and event.data.startswith("c:"):
        return _confirm(script, s, event, out)
    if isinstance(event, Command) and (s.status != "new" or event.name in ("stop", "delete", "mydata")):
        return _command(script, s, event, out)
    if s.status == "new":
        _advance(script, s, script.start, out)
        s.status = "active" if s.status == "new" else s.status
        return s, out
    if s.status != "active" or s.node is None:
        # Finished (or refused and forgotten): say so kindly and how to start again.
        if isinstance(event, Start):
            out.append(Say((Msg("finished-welcome-back"),)))
        else:
            out.append(Say((Msg("finished-already"),)))
        return s, out
    node = script.node(s.node)
    if isinstance(event, Start):
        out.append(Say((Msg("welcome-back"),)))
        out += ask(script, s, node)
    elif isinstance(event, Unsupported):
        out.append(Say((Msg("error-unsupported"),)))
        out += ask(script, s, node)
    elif isinstance(event, Edited):
        out.append(Say((Msg("error-edited"),)))
        out += ask(script, s, node)
    elif isinstance(event, Press):
        _press(script, s, node, event, out)
    elif isinstance(event, UserText):
        _text(script, s, node, event, out)
    return s, out


# ----------------------------------------------------------------------------------------- commands ----


def _command(script: Script, s: State, event: Command, out: list[Action]) -> Step:
    current = script.node(s.node) if s.node else None
    if event.name == "help":
        out.append(Say((Msg("help"),)))
        if current is not None and s.status == "active":
            out += ask(script, s, current)
    elif event.name == "language":
        picker = next(n for n in script.nodes if isinstance(n, LanguageNode))
        if current is not None and current.id != picker.id and s.status == "active":
            s.after_language = current.id
        s.node = picker.id
        if s.status != "active":
            s.resume_status, s.status = s.status, "active"
        out += ask(script, s, picker)
    elif event.name == "stop":
        out.append(OptOut())
        out.append(Say((Msg("stopped"),)))
    elif event.name == "mydata":
        out.append(ExportData())
        if current is not None and s.status == "active":
            out += ask(script, s, current)
    elif event.name == "delete":
        s.confirm = "delete"
        out.append(Say((Msg("delete-confirm"),), (
            (Button("c:delete:yes", Msg("button-delete-yes")),),
            (Button("c:delete:no", Msg("button-delete-no")),),
        )))
    elif event.name == "restart":
        lang = s.lang
        s.answers, s.selection, s.return_to, s.after_language, s.consented = {}, [], None, None, False
        s.status, s.lang, s.resume_status = "active", lang, None
        out.append(Say((Msg("restarted"),)))
        # without a chosen language, start with the choice of language
        _advance(script, s, (script.restart_at or _after_language(script)) if lang else script.start, out)
    return s, out


def _confirm(script: Script, s: State, event: Press, out: list[Action]) -> Step:
    """The answer to a yes/no confirmation of a command (/delete)."""
    _, what, answer = event.data.split(":", 2) if event.data.count(":") == 2 else ("", "", "")
    current = script.node(s.node) if s.node and s.status == "active" else None
    if s.confirm != what or what != "delete":
        out.append(Say((Msg("error-stale-button"),)))
    elif answer == "yes":
        s.status, s.node, s.answers, s.selection, s.consented, s.confirm = "declined", None, {}, [], False, None
        out.append(Forget())
        out.append(Say((Msg("deleted"),)))
        return s, out
    else:
        s.confirm = None
        out.append(Say((Msg("delete-cancelled"),)))
    if current is not None:
        out += ask(script, s, current)
    return s, out


def _flooding(s: State, event: Event) -> bool:
    """Pure flood control on the event times: more than FLOOD_LIMIT typed messages within the window."""
    if not isinstance(event, UserText | Unsupported | Edited):
        return False
    since = event.at - FLOOD_WINDOW
    s.recent = [t for t in s.recent if datetime.fromisoformat(t) > since] + [event.at.isoformat()]
    if len(s.recent) > FLOOD_LIMIT:
        return True
    s.flood_warned = False
    return False


def _after_language(script: Script) -> str:
    picker = next(n for n in script.nodes if isinstance(n, LanguageNode))
    return picker.next or script.start


# ----------------------------------------------------------------------------------------- input -------


def _press(script: Script, s: State, node: Any, event: Press, out: list[Action]) -> None:
    verb, _, rest = event.data.partition(":")
    node_id, _, arg = rest.partition(":")
    if node_id != node.id:
        out.append(Say((Msg("error-stale-button"),)))
        out += ask(script, s, node)
        return
    if verb == "s" and node.skippable:
        _store(s, node, {"skipped": True}, event)
        _next(script, s, node.next, out)
        return
    if isinstance(node, LanguageNode) and verb == "a" and arg in script.languages:
        s.lang = arg
        out.append(SetLanguage(arg))
        if s.resume_status:
            s.status, s.node, s.resume_status = s.resume_status, None, None
            out.append(Say((Msg("finished-already"),)))
            return
        target = s.after_language or node.next
        s.after_language = None
        if target != node.next:
            s.node = target
            out += ask(script, s, script.node(target))
        else:
            _advance(script, s, target, out)
        return
    if isinstance(node, ChoiceNode) and verb == "a":
        option = next((o for o in node.options if o.id == arg), None)
        if option is not None:
            _store(s, node, {"code": option.id}, event)
            _next(script, s, option.next or node.next, out)
            return
    if isinstance(node, MultiChoiceNode):
        codes = [o.id for o in node.options]
        if verb == "t" and arg in codes:
            chosen = set(s.selection)
            chosen.symmetric_difference_update({arg})
            s.selection = [c for c in codes if c in chosen]  # keep script order
            out.append(EditButtons(node.id, _multi_buttons(node, s.selection)))
            return
        if verb == "d":
            if len(s.selection) < node.min:
                out.append(Say((Msg("error-pick-at-least", {"count": node.min}),)))
                out += ask(script, s, node)
                return
            _store(s, node, {"code": list(s.selection)}, event)
            s.selection = []
            _next(script, s, node.next, out)
            return
    if isinstance(node, ConsentNode) and verb == "a" and arg in ("yes", "no"):
        granted = arg == "yes"
        out.append(RecordConsent(node.kind, granted, node.id, node.text))
        if granted:
            s.consented = True
            _next(script, s, node.next, out)
        else:
            s.answers, s.selection = {}, []
            _advance(script, s, node.on_decline, out)
        return
    if isinstance(node, SummaryNode):
        if verb == "a" and arg == "submit":
            out.append(SubmitIntake())
            _advance(script, s, node.next, out)
            return
        if verb == "a" and arg == "change":
            out.append(Say((Msg(node.change_prompt),), _change_buttons(script, s, node)))
            return
        if verb == "e" and arg in s.answers and script.by_id.get(arg) is not None:
            target = script.node(arg)
            s.return_to = node.id
            s.node = target.id
            s.selection = list(s.answers[arg].get("code") or []) if isinstance(target, MultiChoiceNode) else []
            out += ask(script, s, target)
            return
    out.append(Say((Msg("error-stale-button"),)))
    out += ask(script, s, node)


def _text(script: Script, s: State, node: Any, event: UserText, out: list[Action]) -> None:
    raw = event.text.strip()
    if isinstance(node, TextNode):
        if not raw:
            out.append(Say((Msg("error-empty"),)))
        elif len(raw) > node.max_length:
            out.append(Say((Msg("error-too-long", {"max": node.max_length, "length": len(raw)}),)))
        else:
            _store(s, node, {"value": raw, "raw": raw}, event)
            _next(script, s, node.next, out)
            return
        out += ask(script, s, node)
        return
    if isinstance(node, NumberNode):
        n = parse_int(raw)
        if n is None:
            out.append(Say((Msg("error-number", {"min": node.min, "max": node.max}),)))
        elif not node.min <= n <= node.max:
            out.append(Say((Msg("error-number-range", {"min": node.min, "max": node.max}),)))
        else:
            _store(s, node, {"value": n, "raw": raw}, event)
            _next(script, s, node.next, out)
            return
        out += ask(script, s, node, repeat=True)
        return
    if isinstance(node, DateNode):
        d = parse_date(raw, node.precision)
        today = event.at.date()
        if d is None:
            out.append(Say((Msg(f"error-date-{node.precision}"),)))
        elif node.not_future and d > today:
            out.append(Say((Msg("error-date-future"),)))
        elif d < node.earliest:
            out.append(Say((Msg("error-date-too-early", {"year": str(node.earliest.year)}),)))
        else:
            value = d.isoformat() if node.precision == "day" else d.isoformat()[:7]
            _store(s, node, {"value": value, "raw": raw}, event)
            _next(script, s, node.next, out)
            return
        out += ask(script, s, node, repeat=True)
        return
    # A button question answered with typed text: explain, ask again with fresh buttons.
    out.append(Say((Msg("error-use-buttons"),)))
    out += ask(script, s, node)


def _store(s: State, node: Any, answer: dict[str, Any], event: Any) -> None:
    answer.setdefault("skipped", False)
    answer["lang"] = s.lang
    answer["at"] = event.at.isoformat()
    s.answers[node.id] = answer


def _next(script: Script, s: State, target: str | None, out: list[Action]) -> None:
    """After an answer, on to `target`. While changing an answer from the summary, questions that are
    already answered are passed over (branches still decide the way) until the summary or a question
    that has no answer yet."""
    _advance(script, s, target, out)


def _advance(script: Script, s: State, target: str | None, out: list[Action]) -> None:
    for _ in range(len(script.nodes) + 1):
        if target is None:
            raise RuntimeError("script ended without an end node")  # prevented by validation
        node = script.node(target)
        s.node = node.id
        if s.return_to == node.id:
            s.return_to = None
        elif s.return_to and node.is_question and node.id in s.answers:
            target = _next_of(node, s.answers[node.id])
            continue
        if isinstance(node, MessageNode):
            out.append(Say((Msg(node.text),)))
            target = node.next
        elif isinstance(node, BranchNode):
            target = next((r.next for r in node.rules if evaluate(r.when, s.answers)), node.default)
        elif isinstance(node, EndNode):
            out.append(Say((Msg(node.text),)))
            s.node, s.return_to, s.selection = None, None, []
            if node.forget:
                s.status, s.answers, s.consented = "declined", {}, False
                out.append(Forget())
            else:
                s.status = "completed"
            return
        else:
            if s.status == "new":
                s.status = "active"
            out += ask(script, s, node)
            return
    raise RuntimeError("script loops without a question")  # prevented by validation


def _next_of(node: Any, answer: dict[str, Any]) -> str | None:
    """Where an answered question leads (a choice option may lead elsewhere than the node)."""
    if isinstance(node, ChoiceNode):
        option = next((o for o in node.options if o.id == answer.get("code")), None)
        if option is not None and option.next:
            return option.next
    return node.next


# ----------------------------------------------------------------------------------------- asking ------


def ask(script: Script, s: State, node: Any, repeat: bool = False) -> list[Action]:
    """The message that asks `node`, with its buttons."""
    skip = ((Button(f"s:{node.id}:", Msg("button-skip")),),) if node.skippable else ()
    if isinstance(node, LanguageNode):
        langs = [Button(f"a:{node.id}:{code}", LanguageName(code)) for code in script.languages]
        rows = tuple(tuple(langs[i : i + 2]) for i in range(0, len(langs), 2))
        return [Say((AllLanguages(node.text),), rows, node.id)]
    if isinstance(node, ChoiceNode):
        rows = tuple((Button(f"a:{node.id}:{o.id}", Msg(o.text)),) for o in node.options)
        return [Say((Msg(node.text),), rows + skip, node.id)]
    if isinstance(node, MultiChoiceNode):
        return [Say((Msg(node.text),), _multi_buttons(node, s.selection) + skip, node.id)]
    if isinstance(node, ConsentNode):
        rows = ((Button(f"a:{node.id}:yes", Msg(node.accept)),), (Button(f"a:{node.id}:no", Msg(node.decline)),))
        return [Say((Msg(node.text),), rows, node.id)]
    if isinstance(node, SummaryNode):
        rows = ((Button(f"a:{node.id}:submit", Msg(node.submit)),), (Button(f"a:{node.id}:change", Msg(node.change)),))
        return [Say((Msg(node.text), Lines(tuple(summary_lines(script, s)))), rows, node.id)]
    # text, number, date
    return [Say((Msg(node.text),), skip, node.id)]


def _multi_buttons(node: MultiChoiceNode, selection: list[str]) -> tuple[tuple[Button, ...], ...]:
    rows = tuple((Button(f"t:{node.id}:{o.id}", Msg(o.text), o.id in selection),) for o in node.options)
    return rows + ((Button(f"d:{node.id}:", Msg(node.done)),),)


def _change_buttons(script: Script, s: State, summary: SummaryNode) -> tuple[tuple[Button, ...], ...]:
    rows = []
    for node in answered_questions(script, s.answers):
        rows.append((Button(f"e:{summary.id}:{node.id}", Msg(node.label or node.text)),))
    rows.append((Button(f"a:{summary.id}:submit", Msg(summary.submit)),))
    return tuple(rows)


def answered_questions(script: Script, answers: dict[str, Any]) -> list[Any]:
    """Questions with an answer, in script order (language, consent and summary are not answers)."""
    skip_types = (LanguageNode, ConsentNode, SummaryNode)
    return [n for n in script.nodes if n.is_question and not isinstance(n, skip_types) and n.id in answers]


def answer_value(node: Any, answer: dict[str, Any]) -> Any:
    """An answer as a renderable argument: option labels, numbers, dates, or the typed text."""
    if answer.get("skipped"):
        return Msg("answer-skipped")
    if isinstance(node, ChoiceNode):
        option = next((o for o in node.options if o.id == answer.get("code")), None)
        return Msg(option.text) if option else Literal_(str(answer.get("code")))
    if isinstance(node, MultiChoiceNode):
        labels = {o.id: o.text for o in node.options}
        codes = answer.get("code") or []
        if not codes:
            return Msg("answer-none")
        return ListArg(tuple(Msg(labels[c]) if c in labels else Literal_(c) for c in codes))
    if isinstance(node, NumberNode):
        return int(answer["value"])
    if isinstance(node, DateNode):
        iso = answer["value"] if len(answer["value"]) == 10 else answer["value"] + "-01"
        date.fromisoformat(iso)
        return DateArg(iso, node.precision)
    return Literal_(str(answer.get("value", "")))


def summary_lines(script: Script, s: State) -> list[Msg]:
    return [
        Msg("summary-line", {"label": Msg(n.label or n.text), "value": answer_value(n, s.answers[n.id])})
        for n in answered_questions(script, s.answers)
    ]
