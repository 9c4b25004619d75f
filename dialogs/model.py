"""Events going into the engine, actions coming out, and the conversation state between them.

All of it is plain data: the runtime stores the state as JSON and turns actions into messages and rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

# ---------------------------------------------------------------- texts ---------------------------------


@dataclass(frozen=True)
class Msg:
    """A Fluent message id with arguments, rendered in the conversation's language."""

    id: str
    args: dict[str, Any] = field(default_factory=dict)

    def __hash__(self) -> int:  # args is a dict; identity is enough for our use
        return hash((self.id, tuple(sorted(self.args))))


@dataclass(frozen=True)
class AllLanguages:
    """A message rendered once in every language of the script (before a language is chosen)."""

    id: str


@dataclass(frozen=True)
class Literal_:
    """Text not to be translated: something the person typed. Escaped like everything else."""

    text: str


@dataclass(frozen=True)
class LanguageName:
    """The name of a language in that language itself (العربية, فارسی, Română…)."""

    code: str


@dataclass(frozen=True)
class DateArg:
    iso: str  # YYYY-MM-DD
    precision: str  # day | month


@dataclass(frozen=True)
class WhenArg:
    """A moment (UTC, ISO 8601), shown in the municipality's zone and the reader's locale."""

    iso: str
    style: str = "long"  # long: "Montag, 7. Dezember 2026, 10:00"; short: "Mo., 7. Dez., 10:00" (buttons)


@dataclass(frozen=True)
class ListArg:
    items: tuple[Any, ...]


@dataclass(frozen=True)
class Lines:
    """Several texts shown one per line (the summary)."""

    items: tuple[Any, ...]


Text = Msg | AllLanguages | Literal_ | LanguageName | Lines


@dataclass(frozen=True)
class Button:
    data: str  # "<verb>:<node>:<arg>", never a label
    label: Text
    selected: bool = False


# ---------------------------------------------------------------- actions -------------------------------


@dataclass(frozen=True)
class Say:
    parts: tuple[Text, ...]
    buttons: tuple[tuple[Button, ...], ...] = ()
    node: str | None = None  # the question this message asks, if any


@dataclass(frozen=True)
class EditButtons:
    """Refresh the buttons of the message that asked `node` (multi-select toggles)."""

    node: str
    buttons: tuple[tuple[Button, ...], ...]


@dataclass(frozen=True)
class SetLanguage:
    lang: str


@dataclass(frozen=True)
class RecordConsent:
    kind: str
    granted: bool
    node: str
    text_id: str
    signatory: str = "self"  # or "guardian" (the person is under 16)


@dataclass(frozen=True)
class SubmitIntake:
    pass


@dataclass(frozen=True)
class Forget:
    """Delete everything stored about this person (consent refused or withdrawn, /delete)."""


@dataclass(frozen=True)
class OptOut:
    """/stop: no more messages the person did not ask for (reminders, follow-ups)."""


@dataclass(frozen=True)
class ExportData:
    """/mydata: show the person what is stored about them and send it as a file."""


@dataclass(frozen=True)
class OfferSlots:
    """Show free appointment slots (the runtime looks them up) for this kind and language. `page` > 0:
    later ones. `move`: the booking to move (its kind is kept). `prefix`: a text shown before them."""

    node: str
    kind: str | None
    language: str | None
    page: int = 0
    move: int | None = None
    prefix: str | None = None


@dataclass(frozen=True)
class Book:
    """Book the slot behind a button (or move `move` to it). The runtime answers with a BookingResult."""

    node: str
    key: str
    language: str | None
    move: int | None = None


@dataclass(frozen=True)
class RequestAppointment:
    """Staff will propose a time (a home visit, or none of the slots fitted)."""

    kind: str
    language: str | None
    interpreter: bool


@dataclass(frozen=True)
class ManageAppointment:
    """confirm | cancel one of the person's appointments (after checking it is theirs and current)."""

    appointment_id: int
    what: str


@dataclass(frozen=True)
class ShowAppointments:
    """List the person's upcoming appointments, each with move and cancel buttons."""


@dataclass(frozen=True)
class RecordCheckin:
    """An answer to a follow-up check-in, for the staff who look after the case."""

    purpose: str
    answer: str


Action = (Say | EditButtons | SetLanguage | RecordConsent | SubmitIntake | Forget | OptOut | ExportData
          | OfferSlots | Book | RequestAppointment | ManageAppointment | ShowAppointments | RecordCheckin)

# ---------------------------------------------------------------- events --------------------------------


@dataclass(frozen=True)
class Start:
    at: datetime
    payload: str | None = None


@dataclass(frozen=True)
class UserText:
    at: datetime
    text: str


@dataclass(frozen=True)
class Press:
    at: datetime
    data: str


@dataclass(frozen=True)
class Command:
    at: datetime
    name: Literal["help", "language", "restart", "stop", "delete", "mydata", "consent", "appointment"]


@dataclass(frozen=True)
class Unsupported:
    """A sticker, photo, voice note, location, document…: nothing of it is stored."""

    at: datetime
    kind: str


@dataclass(frozen=True)
class Edited:
    """The person edited a message they sent earlier: answers are not changed behind their back."""

    at: datetime


@dataclass(frozen=True)
class BookingResult:
    """What became of a Book or OfferSlots action: booked | taken (someone was faster) | requested (no
    slot, staff will propose one) | invalid (the booking to move is no longer current). The runtime has
    already told the person the details."""

    at: datetime
    outcome: str


Event = Start | UserText | Press | Command | Unsupported | Edited | BookingResult

COMMANDS = ("help", "language", "restart", "stop", "delete", "mydata", "consent", "appointment")

# ---------------------------------------------------------------- state ---------------------------------


class State(BaseModel):
    """Where a conversation stands. Stored as JSON; sensitive answers are sealed by the storage layer."""

    status: Literal["new", "active", "completed", "declined"] = "new"
    node: str | None = None
    lang: str | None = None
    answers: dict[str, dict[str, Any]] = Field(default_factory=dict)
    selection: list[str] = Field(default_factory=list)  # multi-choice in progress at `node`
    return_to: str | None = None  # the summary, while an answer is being changed from it
    resume_at: str | None = None  # the question to ask again after a detour (/language, /consent)
    consented: bool = False
    signatory: str = "self"  # who gave the consent: the person or (under 16) a parent or guardian
    resume_status: str | None = None  # a finished conversation briefly reopened by /language
    confirm: str | None = None  # a command waiting for yes/no (delete)
    recent: list[str] = Field(default_factory=list)  # times of the latest events (flood control)
    loop: dict[str, Any] | None = None  # inside a repeat: {"node", "index" (1-based), "count"}
    flags: list[str] = Field(default_factory=list)  # set by answers, e.g. "urgent" (acute crisis)
    flood_warned: bool = False
    booking: dict[str, Any] | None = None  # at an appointment question: {"kind", "page", "move"}
