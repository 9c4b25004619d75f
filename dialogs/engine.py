"""The dialog engine: a pure step function `(script, state, event) -> (state, actions)`.

No I/O, no clock (time comes in with the event), no randomness. Channels turn updates into events and
actions into messages; the runtime stores the state. Asking is in `dialogs.asking`, answers in
`dialogs.answers`.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from dialogs import booking
from dialogs.answers import current, loop_complete, next_of, prune, store
from dialogs.asking import ask, change_buttons, toggle_buttons
from dialogs.conditions import evaluate
from dialogs.model import (
    Action,
    BookingResult,
    Button,
    Command,
    EditButtons,
    Edited,
    Event,
    ExportData,
    Forget,
    Msg,
    OptOut,
    Press,
    RecordConsent,
    Say,
    SetLanguage,
    ShowAppointments,
    Start,
    State,
    SubmitIntake,
    Unsupported,
    UserText,
)
from dialogs.parse import parse_date, parse_int
from dialogs.schema import (
    AppointmentNode,
    BranchNode,
    ChoiceNode,
    ConsentNode,
    DateNode,
    EndNode,
    LanguageNode,
    MessageNode,
    MultiChoiceNode,
    NumberNode,
    RepeatNode,
    Script,
    SharingNode,
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
        return _begin_if_new(script, *_confirm(script, s, event, out))
    s.confirm = None  # a confirmation is only valid as the very next answer
    if isinstance(event, Press) and booking.global_press(
            script, s, event.data, out, detour=lambda b: _appointment_detour(script, s, b, out),
            reask=lambda: _reask(script, s, out)):
        return s, out
    if isinstance(event, Command) and (s.status != "new" or event.name in ("stop", "delete", "mydata")):
        return _begin_if_new(script, *_command(script, s, event, out))
    if s.status == "new":
        s.status = "active"
        _advance(script, s, script.start, out)
        return s, out
    if s.status != "active" or s.node is None:
        # Finished (or refused and forgotten): say so kindly and how to start again.
        out.append(Say((Msg("finished-welcome-back" if isinstance(event, Start) else "finished-already"),)))
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
    elif isinstance(event, BookingResult) and isinstance(node, AppointmentNode):
        booking.result(node, s, event, out, lambda closing=True: _finish_appointment(script, s, node, out, closing))
    return s, out


# ----------------------------------------------------------------------------------------- commands ----


def _command(script: Script, s: State, event: Command, out: list[Action]) -> Step:
    here = script.node(s.node) if s.node and s.status == "active" else None
    if event.name == "help":
        out.append(Say((Msg("help"),)))
        if here is not None:
            out += ask(script, s, here)
    elif event.name == "language":
        _detour(script, s, here, _first(script, LanguageNode), out)
    elif event.name == "consent":
        _detour(script, s, here, _first(script, SharingNode) if s.consented else None, out)
    elif event.name == "stop":
        out.append(OptOut())
        out.append(Say((Msg("stopped"),)))
    elif event.name == "mydata":  # first: is anyone else looking? (a shelter's or a library's computer)
        s.confirm = "mydata"
        out.append(Say((Msg("mydata-confirm"),), (
            (Button("c:mydata:yes", Msg("button-mydata-yes")),),
            (Button("c:mydata:no", Msg("button-mydata-no")),),
        )))
    elif event.name == "delete":
        s.confirm = "delete"
        out.append(Say((Msg("delete-confirm"),), (
            (Button("c:delete:yes", Msg("button-delete-yes")),),
            (Button("c:delete:no", Msg("button-delete-no")),),
        )))
    elif event.name == "appointment":
        target = _first(script, AppointmentNode, None)
        if target is None or not s.consented or (s.status != "completed" and s.node != target.id):
            out.append(Say((Msg("appointment-after-intake"),)))
            if here is not None:
                out += ask(script, s, here)
        else:
            out.append(ShowAppointments())
            _appointment_detour(script, s, None, out)
    elif event.name == "restart":
        lang = s.lang
        s.answers, s.selection, s.return_to, s.resume_at, s.consented = {}, [], None, None, False
        s.status, s.lang, s.resume_status, s.loop, s.flags = "active", lang, None, None, []
        s.booking = None
        out.append(Say((Msg("restarted"),)))
        # without a chosen language, start with the choice of language
        _advance(script, s, (script.restart_at or _first(script, LanguageNode).next) if lang else script.start, out)
    return s, out


def _begin_if_new(script: Script, s: State, out: list[Action]) -> Step:
    """A conversation whose first event was /mydata or /delete (answered "no") still gets its first
    question; after /stop or a pending /delete confirmation it waits."""
    stopped = any(isinstance(a, OptOut) for a in out)
    if s.status == "new" and not stopped and s.confirm is None:
        s.status = "active"
        _advance(script, s, script.start, out)
    return s, out


def _detour(script: Script, s: State, here: Any, target: Any, out: list[Action]) -> None:
    """Ask `target` now (the language, the sharing consents), then come back to `here` – also in a
    conversation that has already ended. Without a target, just ask the current question again."""
    if target is None:
        if here is not None:
            out += ask(script, s, here)
        return
    if here is not None and here.id != target.id and s.resume_at is None and not s.resume_status:
        s.resume_at = here.id  # a detour within a detour keeps the first way back
    s.node = target.id
    if isinstance(target, SharingNode):
        s.selection = _selected(target, s.answers.get(target.id))
    if s.status != "active":
        s.resume_status, s.status = s.status, "active"
    out += ask(script, s, target)


def _selected(node: MultiChoiceNode | SharingNode, answer: dict[str, Any] | None) -> list[str]:
    """The options an earlier answer chose, to start from (a release asked by kind then: its group)."""
    codes = set((answer or {}).get("code") or [])
    return [o.id for o in node.options if o.id in codes or o.group in codes]


def _resume(script: Script, s: State, out: list[Action], confirmation: str | None = None) -> bool:
    """After a detour: back to where the person was (or to the ended conversation). False: no detour."""
    if s.resume_status:
        s.status, s.node, s.resume_status, s.resume_at = s.resume_status, None, None, None
        if confirmation != "":  # "": nothing more to say
            out.append(Say((Msg(confirmation or "finished-already"),)))
        return True
    if s.resume_at:
        s.node, s.resume_at = s.resume_at, None
        if confirmation:
            out.append(Say((Msg(confirmation),)))
        out += ask(script, s, script.node(s.node))  # the same question again (in the new language)
        return True
    return False


def _confirm(script: Script, s: State, event: Press, out: list[Action]) -> Step:
    """The answer to a yes/no confirmation of a command (/delete, /mydata)."""
    _, what, answer = event.data.split(":", 2) if event.data.count(":") == 2 else ("", "", "")
    here = script.node(s.node) if s.node and s.status == "active" else None
    if booking.confirm_cancel(s, what, answer, out):
        # the open question again; not the appointment question: the answer carries its own buttons
        if here is not None and not (isinstance(here, AppointmentNode) and answer == "yes"):
            out += ask(script, s, here)
        return s, out
    if s.confirm != what or what not in ("delete", "mydata"):
        out.append(Say((Msg("error-stale-button"),)))
    elif what == "mydata":
        s.confirm = None
        out.append(ExportData() if answer == "yes" else Say((Msg("mydata-not-shown"),)))
    elif answer == "yes":
        s.status, s.node, s.answers, s.selection, s.consented, s.confirm = "declined", None, {}, [], False, None
        s.loop, s.flags = None, []
        out.append(Forget())
        out.append(Say((Msg("deleted"),)))
        return s, out
    else:
        s.confirm = None
        out.append(Say((Msg("delete-cancelled"),)))
    if here is not None:
        out += ask(script, s, here)
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


_NONE: Any = object()


def _first(script: Script, kind: type, default: Any = _NONE) -> Any:
    found = next((n for n in script.nodes if isinstance(n, kind)), default)
    if found is _NONE:
        raise StopIteration(kind.__name__)
    return found


def _reask(script: Script, s: State, out: list[Action]) -> None:
    """After a button that works at any time: the open question again, if there is one."""
    if s.status == "active" and s.node:
        out += ask(script, s, script.node(s.node))


def _appointment_detour(script: Script, s: State, state: dict[str, Any] | None, out: list[Action]) -> bool:
    """To the appointment question (book, or move a booking), then back. False: not possible here."""
    target = _first(script, AppointmentNode, None)
    if target is None or not s.consented:
        return False
    here = script.node(s.node) if s.node and s.status == "active" else None
    s.booking = state
    _detour(script, s, here, target, out)
    return True


def _finish_appointment(script: Script, s: State, node: AppointmentNode, out: list[Action],
                        closing: bool = True) -> None:
    """Booked, requested or declined: back from a detour (with a word on /appointment), or on."""
    if not _resume(script, s, out, "appointment-closing" if closing else ""):
        _advance(script, s, node.next, out)


# ----------------------------------------------------------------------------------------- taps --------


def _press(script: Script, s: State, node: Any, event: Press, out: list[Action]) -> None:
    verb, _, rest = event.data.partition(":")
    node_id, _, arg = rest.partition(":")
    at = event.at.isoformat()
    if node_id != node.id:
        _stale(script, s, node, out)
        return
    if verb == "s" and node.skippable:
        s.selection = []
        _answer(script, s, node, {"skipped": True}, at, node.next, out)
        return
    if isinstance(node, LanguageNode) and verb == "a" and arg in script.languages:
        s.lang = arg
        out.append(SetLanguage(arg))
        if not _resume(script, s, out):
            _advance(script, s, node.next, out)
        return
    if isinstance(node, ChoiceNode) and verb == "a":
        option = next((o for o in node.options if o.id == arg), None)
        if option is not None:
            if not node.store:  # stored answers decide their flags themselves (see answers.store)
                s.flags = sorted(set(s.flags) | set(option.flags))
            if node.store:
                _answer(script, s, node, {"code": option.id}, at, option.next or node.next, out)
            else:
                _advance(script, s, option.next or node.next, out)
            return
    if isinstance(node, MultiChoiceNode | SharingNode):
        codes = [o.id for o in node.options]
        if verb == "t" and arg in codes:
            chosen = set(s.selection) ^ {arg}
            s.selection = [c for c in codes if c in chosen]  # keep script order
            out.append(EditButtons(node.id, toggle_buttons(node, s.selection)))
            return
        if verb == "d":
            minimum = node.min if isinstance(node, MultiChoiceNode) else 0
            if len(s.selection) < minimum:
                out.append(Say((Msg("error-pick-at-least", {"count": minimum}),)))
                out += ask(script, s, node)
                return
            selection, s.selection = list(s.selection), []
            if isinstance(node, SharingNode):
                out += [RecordConsent(o.consent or f"share_{o.id}", o.id in selection, node.id, node.text,
                                      s.signatory)
                        for o in node.options]
                if s.resume_at or s.resume_status:  # changed later with /consent
                    store(script, s, node, {"code": selection}, at)
                    _resume(script, s, out, "consent-updated")
                    return
            _answer(script, s, node, {"code": selection}, at, node.next, out)
            return
    if isinstance(node, ConsentNode) and verb == "a" and arg in ("yes", "no", "full"):
        if arg == "full" and node.full_text:
            out.append(Say((Msg(node.full_text),)))
            out += ask(script, s, node)
        elif arg == "yes":
            out.append(RecordConsent(node.kind, True, node.id, node.text, node.signatory))
            s.consented, s.signatory = True, node.signatory
            _advance(script, s, node.next, out)
        else:
            s.answers, s.selection, s.flags = {}, [], []
            _advance(script, s, node.on_decline, out)
        return
    if isinstance(node, SummaryNode) and _summary(script, s, node, verb, arg, out):
        return
    if isinstance(node, AppointmentNode) and booking.press(
            node, s, verb, arg, out, lambda closing=True: _finish_appointment(script, s, node, out, closing)):
        return
    _stale(script, s, node, out)


def _summary(script: Script, s: State, node: SummaryNode, verb: str, arg: str, out: list[Action]) -> bool:
    if verb == "a" and arg == "submit":
        out.append(SubmitIntake())
        _advance(script, s, node.next, out)
        return True
    if verb == "a" and arg == "change":
        out.append(Say((Msg(node.change_prompt),), change_buttons(script, s, node)))
        return True
    if verb == "e" and arg in s.answers and arg in script.by_id:
        target = script.node(arg)
        s.return_to = node.id
        if isinstance(target, RepeatNode):
            del s.answers[target.id]  # all items are asked again
            _advance(script, s, target.id, out)
            return True
        s.node = target.id
        s.selection = _selected(target, s.answers[arg]) if isinstance(target, MultiChoiceNode | SharingNode) else []
        out += ask(script, s, target)
        return True
    return False


def _stale(script: Script, s: State, node: Any, out: list[Action]) -> None:
    out.append(Say((Msg("error-stale-button"),)))
    out += ask(script, s, node)


# ----------------------------------------------------------------------------------------- typing ------


def _text(script: Script, s: State, node: Any, event: UserText, out: list[Action]) -> None:
    raw, at = event.text.strip(), event.at.isoformat()
    if isinstance(node, TextNode):
        if not raw:
            out.append(Say((Msg("error-empty"),)))
        elif len(raw) > node.max_length:
            out.append(Say((Msg("error-too-long", {"max": node.max_length, "length": len(raw)}),)))
        else:
            _answer(script, s, node, {"value": raw, "raw": raw}, at, node.next, out)
            return
    elif isinstance(node, NumberNode):
        n = parse_int(raw)
        if n is None:
            out.append(Say((Msg("error-number", {"min": node.min, "max": node.max}),)))
        elif not node.min <= n <= node.max:
            out.append(Say((Msg("error-number-range", {"min": node.min, "max": node.max}),)))
        else:
            _answer(script, s, node, {"value": n, "raw": raw}, at, node.next, out)
            return
    elif isinstance(node, DateNode):
        d = parse_date(raw, node.precision)
        if d is None:
            out.append(Say((Msg(f"error-date-{node.precision}"),)))
        elif node.not_future and d > event.at.date():
            out.append(Say((Msg("error-date-future"),)))
        elif d < node.earliest:
            out.append(Say((Msg("error-date-too-early", {"year": str(node.earliest.year)}),)))
        else:
            value = d.isoformat() if node.precision == "day" else d.isoformat()[:7]
            _answer(script, s, node, {"value": value, "raw": raw}, at, node.next, out)
            return
    else:
        # A button question answered with typed text: explain, ask again with fresh buttons.
        out.append(Say((Msg("error-use-buttons"),)))
    out += ask(script, s, node)


# ----------------------------------------------------------------------------------------- moving on ---


def _answer(script: Script, s: State, node: Any, answer: dict[str, Any], at: str, target: str | None,
            out: list[Action]) -> None:
    store(script, s, node, answer, at)
    _advance(script, s, target, out)


def _advance(script: Script, s: State, target: str | None, out: list[Action]) -> None:
    """Walk from `target` through messages, branches and repeats to the next question (or the end).

    While an answer is being changed from the summary (`return_to`), questions that are already answered
    are passed over (branches still decide the way), until the summary or a question without an answer."""
    passing = False  # True once an answered question was passed over: its messages are not repeated
    for _ in range(4 * len(script.nodes) + 10):
        if target is None:
            raise RuntimeError("script ended without an end node")  # prevented by validation
        node = script.node(target)
        s.node = node.id
        if s.return_to == node.id:
            s.return_to = None
        elif s.return_to and _already_answered(script, s, node):
            target, passing = next_of(node, current(script, s, node.id)), True
            continue
        if isinstance(node, MessageNode):
            if not passing:
                out.append(Say((Msg(node.text),)))
            target = node.next
        elif isinstance(node, BranchNode):
            item, index = _item(script, s, node)
            target = next((r.next for r in node.rules if evaluate(r.when, s.answers, item, index)), node.default)
        elif isinstance(node, RepeatNode):
            target = _repeat(s, node)
        elif isinstance(node, EndNode):
            out.append(Say((Msg(node.text),)))
            s.node, s.return_to, s.selection, s.loop = None, None, [], None
            if node.forget:
                s.status, s.answers, s.consented, s.flags = "declined", {}, False, []
                out.append(Forget())
            else:
                s.status = "completed"
            return
        else:
            if isinstance(node, SummaryNode):
                s.answers = prune(script, s.answers)  # answers of branches no longer taken go
            current_answer = current(script, s, node.id) or {}
            multi = isinstance(node, MultiChoiceNode | SharingNode)
            s.selection = list(current_answer.get("code") or []) if multi else []
            out += ask(script, s, node)
            return
    raise RuntimeError("script loops without a question")  # prevented by validation


def _repeat(s: State, node: RepeatNode) -> str | None:
    """Enter, continue or leave a repeat; returns where to go."""
    if s.loop and s.loop["node"] == node.id:
        s.loop["index"] += 1
    else:
        count = int(s.answers.get(node.count, {}).get("value") or 0)
        s.loop = {"node": node.id, "index": 1, "count": count}
        s.answers[node.id] = {"items": [], "skipped": False, "lang": s.lang}
    if s.loop["index"] > s.loop["count"]:
        s.loop = None
        return node.next
    return node.body


def _item(script: Script, s: State, node: Any) -> tuple[dict[str, Any] | None, int | None]:
    loop = script.loop_of.get(node.id)
    if not loop or not s.loop:
        return None, None
    items = s.answers.get(loop, {}).get("items", [])
    index = s.loop["index"]
    return (items[index - 1] if index <= len(items) else {}), index


def _already_answered(script: Script, s: State, node: Any) -> bool:
    if isinstance(node, RepeatNode):
        return loop_complete(s, node) and not (s.loop and s.loop["node"] == node.id)
    return node.is_question and node.id not in script.loop_of and current(script, s, node.id) is not None
