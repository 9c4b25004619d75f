"""The appointment part of a conversation, pure like the rest of the engine.

At an appointment node the person picks a kind (office, phone, video, home visit), then one of the free
slots the runtime looked up (`OfferSlots`), booked with a tap (`Book`); the runtime answers with a
`BookingResult`. Buttons on reminders and follow-ups (`r:`, `k:`, `n:`) work at any time, also after the
conversation has ended: confirm, move, cancel, book again, answer a check-in, go on after a nudge.
"""

from __future__ import annotations

from typing import Any, Protocol

from dialogs.model import (
    Action,
    Book,
    BookingResult,
    Button,
    ManageAppointment,
    Msg,
    OfferSlots,
    RecordCheckin,
    RequestAppointment,
    Say,
    State,
)
from dialogs.schema import AppointmentNode, Script


class Finish(Protocol):
    def __call__(self, closing: bool = True) -> None: ...


CHECKIN_ANSWERS = {"handover": ("yes", "no", "skip"), "review": ("good", "talk", "skip"),
                   "waitlist": ("still", "no_longer"), "evaluation": ("good", "partly", "not")}


def needs(node: AppointmentNode, s: State) -> tuple[str | None, bool]:
    """The language the talk needs and whether an interpreter is needed, from the intake's answers."""
    interpreter = bool(node.interpreter_from) and (
        (s.answers.get(node.interpreter_from or "") or {}).get("code") == node.interpreter_needed)
    language = (s.answers.get(node.language_from or "") or {}).get("code") if interpreter else None
    return (language if isinstance(language, str) else None), interpreter


def ask_kind(node: AppointmentNode) -> Say:
    rows = tuple((Button(f"a:{node.id}:{k}", Msg(node.kind_text(k))),) for k in node.kinds)
    return Say((Msg(node.text),), rows + ((Button(f"a:{node.id}:later", Msg(node.later)),),), node.id)


def ask(node: AppointmentNode, s: State, prefix: str | None = None) -> list[Action]:
    """The kind question, or (a kind chosen, or a booking being moved) the free slots."""
    b = s.booking or {}
    if b.get("kind") or b.get("move"):
        language, _ = needs(node, s)
        return [OfferSlots(node.id, b.get("kind"), language, int(b.get("page") or 0), b.get("move"), prefix)]
    out: list[Action] = [Say((Msg(prefix),))] if prefix else []
    return [*out, ask_kind(node)]


def press(node: AppointmentNode, s: State, verb: str, arg: str, out: list[Action],
          finish: Finish) -> bool:
    """A tap at the appointment question. False: not a button of this question (stale)."""
    language, interpreter = needs(node, s)
    b = dict(s.booking or {})
    if verb == "a" and arg == "later":
        s.booking = None
        out.append(Say((Msg("appointment-later"),)))
        finish(closing=False)
        return True
    if verb == "a" and arg in node.kinds:
        if arg == "home_visit":
            s.booking = None
            out.append(RequestAppointment("home_visit", language, interpreter))
            out.append(Say((Msg("appointment-home-visit"),)))
            finish()
            return True
        s.booking = {"kind": arg, "page": 0, "move": b.get("move")}
        out.extend(ask(node, s))
        return True
    if verb != "b" or not (b.get("kind") or b.get("move")):
        return False
    if arg == "more":
        s.booking = {**b, "page": int(b.get("page") or 0) + 1}
        out.extend(ask(node, s))
    elif arg == "kind":
        s.booking = {"kind": None, "page": 0, "move": b.get("move")}
        out.append(ask_kind(node))
    elif arg == "none":
        s.booking = None
        out.append(RequestAppointment(b.get("kind") or "office", language, interpreter))
        out.append(Say((Msg("appointment-none-fit"),)))
        finish()
    else:
        out.append(Book(node.id, arg, language, b.get("move")))
    return True


def result(node: AppointmentNode, s: State, event: BookingResult, out: list[Action],
           finish: Finish) -> None:
    if event.outcome == "taken":
        s.booking = {**(s.booking or {}), "page": 0}
        out.extend(ask(node, s, prefix="appointment-slot-taken"))
        return
    s.booking = None
    finish()


def global_press(script: Script, s: State, data: str, out: list[Action],
                 detour: Any, reask: Any) -> bool:
    """Buttons that work at any time: on reminders (r:<appointment>:<what>), check-ins
    (k:<purpose>:<answer>) and the nudge (n:continue). False: not one of these."""
    verb, _, rest = data.partition(":")
    target, _, what = rest.partition(":")
    if verb == "r" and target.isascii() and target.isdigit() and len(target) <= 9:
        appt = int(target)
        if what == "confirm":
            out.append(ManageAppointment(appt, "confirm"))
            reask()
        elif what == "cancel":
            s.confirm = f"cancel{appt}"
            out.append(Say((Msg("appointment-cancel-confirm"),), (
                (Button(f"c:cancel{appt}:yes", Msg("button-appointment-cancel-yes")),),
                (Button(f"c:cancel{appt}:no", Msg("button-appointment-cancel-no")),),
            )))
        elif what == "move":
            if not detour({"kind": None, "page": 0, "move": appt}):
                reask()
        elif what == "book":
            if not detour(None):
                reask()
        else:
            return False
        return True
    if verb == "k" and what in CHECKIN_ANSWERS.get(target, ()):
        out.append(RecordCheckin(target, what))
        if what == "talk":
            out.append(Say((Msg("checkin-thanks"),)))
            if not detour(None):
                reask()
        else:
            out.append(Say((Msg("checkin-thanks-problem" if what == "no" else "checkin-thanks"),)))
            reask()
        return True
    if verb == "n" and target == "continue":
        reask()
        return True
    return False


def confirm_cancel(s: State, what: str, answer: str, out: list[Action]) -> bool:
    """The answer to "really cancel?". False: not a cancel confirmation."""
    if not what.startswith("cancel") or not what[6:].isdigit():
        return False
    if s.confirm != what:
        out.append(Say((Msg("error-stale-button"),)))
    elif answer == "yes":
        out.append(ManageAppointment(int(what[6:]), "cancel"))
    else:
        out.append(Say((Msg("appointment-kept"),)))
    s.confirm = None
    return True
