"""Drive the runtime the way a channel does, and keep what the bot said (for tests and golden transcripts)."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime

from backend.container import Container
from bot.dispatcher import take_for_web
from bot.l10n import FSI, PDI
from bot.render import OutButton, OutMessage
from bot.runtime import Inbound, Outcome
from dialogs.model import Command, Event, Press, Start, Unsupported, UserText
from dialogs.parse import parse_int


def clean(text: str) -> str:
    return text.replace(FSI, "").replace(PDI, "")


class ChatDriver:
    def __init__(self, container: Container, user: str = "web-user-1", channel: str = "web"):
        self.c, self.user, self.channel = container, user, channel
        self.received: list[OutMessage] = []
        self.last_outcome: Outcome | None = None
        self.buttons: list[list[OutButton]] = []  # buttons of the latest question

    def now(self) -> datetime:
        return self.c.runtime.clock()

    async def send(self, event: Event, update_key: str | None = None) -> list[OutMessage]:
        key = update_key or uuid.uuid4().hex
        clock = self.c.runtime.clock
        if hasattr(clock, "advance"):  # a person takes a few seconds per answer (and flood control counts)
            clock.advance(seconds=3)
            event = replace(event, at=clock())
        outcome = await self.c.runtime.handle(Inbound(self.channel, self.user, event, key))
        self.last_outcome = outcome
        msgs = await take_for_web(self.c.sessions, self.c.cipher, outcome.outbox_ids, outcome.contact_id,
                                  self.now(), self.c.runtime.composer)
        self.received += msgs
        for m in msgs:
            if m.buttons:
                self.buttons = m.buttons
        for _node, rows in outcome.edits:
            self.buttons = rows
        return msgs

    async def start(self, payload: str | None = None) -> list[OutMessage]:
        return await self.send(Start(at=self.now(), payload=payload))

    async def text(self, text: str) -> list[OutMessage]:
        return await self.send(UserText(at=self.now(), text=text))

    async def command(self, name: str) -> list[OutMessage]:
        return await self.send(Command(at=self.now(), name=name))  # type: ignore[arg-type]

    async def unsupported(self, kind: str) -> list[OutMessage]:
        return await self.send(Unsupported(at=self.now(), kind=kind))

    async def press_data(self, data: str) -> list[OutMessage]:
        return await self.send(Press(at=self.now(), data=data))

    async def press(self, label: str) -> list[OutMessage]:
        """Tap the button with this label (as shown) among the latest question's buttons."""
        return await self.press_data(self.data_of(label))

    async def to_consent(self, lang: str = "de", payload: str | None = None) -> None:
        """/start (with a letter's code, if given), pick the language, confirm 16 or older: consent is next."""
        await self.start(payload)
        await self.press_data(f"a:language:{lang}")
        await self.press_data("a:age_gate:adult")

    async def to_household(self, lang: str = "de", sharing: tuple[str, ...] = (), crisis: bool = False,
                           payload: str | None = None) -> None:
        """Up to the first screening question (household size), consenting on the way."""
        await self.to_consent(lang, payload)
        await self.press_data("a:consent:yes")
        for recipient in sharing:
            await self.press_data(f"t:sharing:{recipient}")
        await self.press_data("d:sharing:")
        await self.press_data("a:crisis:acute" if crisis else "a:crisis:none")

    async def complete_intake(self, lang: str = "de", household: str = "2", arrival: str = "11/2023",
                              level: str = "a2", topics: tuple[str, ...] = ("childcare",),
                              ages: tuple[str, ...] = ("34", "8"), remarks: str | None = None,
                              crisis: bool = False, payload: str | None = None) -> None:
        """The whole intake, answered with these values, and submitted."""
        await self.to_household(lang, crisis=crisis, payload=payload)
        await self.text(household)
        for index in range(1, (parse_int(household) or 1) + 1):
            age = ages[index - 1] if index <= len(ages) else "30"
            await self.text(age)
            await self.press_data("a:member_gender:female")
            if index > 1:
                await self.press_data("a:member_relation:child")
            await self.press_data("a:member_nationality:syria")
            await self.press_data("a:member_residence:asylum_pending")
        await self.text(arrival)
        await self.text(arrival)
        await self.press_data("t:family_languages:arabic")
        await self.press_data("d:family_languages:")
        await self.press_data(f"a:german_level:{level}")
        await self.press_data("a:interpreter:not_needed")
        await self.press_data("a:housing:shelter")
        await self.press_data("a:housing_adequate:not_adequate")
        await self.press_data("a:health:prefer_not")
        if self.node == "children_needs":
            await self.press_data("t:children_needs:school_place")
            await self.press_data("d:children_needs:")
        await self.press_data("a:reunification:not_planned")
        await self.press_data("t:work:looking")
        await self.press_data("d:work:")
        await self.press_data("s:barriers:")
        await self.press_data("t:agencies:jobcentre")
        await self.press_data("d:agencies:")
        await self.press_data("a:counsellor:no_counsellor")
        for topic in topics:
            await self.press_data(f"t:topics:{topic}")
        await self.press_data("d:topics:")
        if remarks is None:
            await self.press_data("s:remarks:")
        else:
            await self.text(remarks)
        assert self.node == "summary", self.texts[-2:]
        await self.press_data("a:summary:submit")

    @property
    def node(self) -> str | None:
        """The question the latest buttons belong to (from their data)."""
        for m in reversed(self.received):
            if m.node:
                return m.node
        return None

    def _all_buttons(self) -> list[OutButton]:
        """The latest question's buttons first, then those of earlier messages (a reminder's buttons
        stay tappable), newest first."""
        found = [b for row in self.buttons for b in row]
        for m in reversed(self.received):
            found += [b for row in m.buttons for b in row]
        return found

    def data_of(self, label: str) -> str:
        for b in self._all_buttons():
            if clean(b.label) == label:
                return b.data
        shown = [clean(b.label) for row in self.buttons for b in row]
        raise AssertionError(f"no button {label!r}; shown: {shown}")

    def label_of(self, data: str) -> str:
        for b in self._all_buttons():
            if b.data == data:
                return clean(b.label)
        raise AssertionError(f"no button with data {data!r}")

    @property
    def texts(self) -> list[str]:
        return [clean(m.plain) for m in self.received]
