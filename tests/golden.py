"""Golden transcripts: a conversation as a readable file, replayed by the tests.

Format (one line each):
    > text            the person writes text (also /commands)
    > [Label]         the person taps the button with this label on the latest question
    > (sticker)       the person sends a sticker/photo/voice… (anything but text)
    < text            a line of the bot's message (a blank bot line is "<"; a blank line separates
                      two messages of the bot)
    ~ [A] | [B]       a row of buttons under the bot's message ("✅" marks a selected option)
    ~ (buttons updated)  the buttons of the current question were refreshed (multi-select)
    ~ (file termin.ics)  a file sent with the message
    # comment
Bidi isolation marks are left out for readability (tests elsewhere check they are there).
Regenerate after an intended change with UPDATE_GOLDEN=1 and read the diff before committing.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.render import OutButton, OutMessage
from dialogs.model import COMMANDS
from tests.chat import ChatDriver, clean


@dataclass
class Step:
    """What the person does; `tap` is button data, shown in the file as its label."""

    write: str | None = None
    tap: str | None = None
    other: str | None = None


def _buttons(rows: list[list[OutButton]]) -> list[str]:
    return ["~ " + " | ".join(f"[{'✅ ' if b.selected else ''}{clean(b.label)}]" for b in row) for row in rows]


def _bot(msgs: list[OutMessage], edits: bool, rows: list[list[OutButton]]) -> list[str]:
    lines: list[str] = []
    for i, m in enumerate(msgs):
        if i:
            lines.append("")  # a blank line separates two messages of the bot
        lines += [f"< {line}".rstrip() for line in clean(m.plain).split("\n")]
        lines += _buttons(m.buttons)
        if m.document:
            lines.append(f"~ (file {m.document['filename']})")
    if edits:
        lines.append("~ (buttons updated)")
        lines += _buttons(rows)
    return lines


async def _do(chat: ChatDriver, kind: str, value: str) -> list[OutMessage]:
    if kind == "write":
        if value.startswith("/"):
            name = value[1:].split()[0]
            if name == "start":
                return await chat.start()
            if name in COMMANDS:
                return await chat.command(name)
        return await chat.text(value)
    if kind == "tap":
        return await chat.press_data(value)
    return await chat.unsupported(value)


def _resolve(chat: ChatDriver, tap: str) -> str:
    """"b:appointment:#2" is the second button whose data starts with "b:appointment:" (a slot, whose key
    depends on the date); anything else is the data itself."""
    prefix, sep, nth = tap.rpartition("#")
    if not sep:
        return tap
    found = [b.data for row in chat.buttons for b in row if b.data.startswith(prefix)]
    return found[int(nth) - 1]


async def record(chat: ChatDriver, header: str, steps: list[Step]) -> str:
    lines = [f"# {line}".rstrip() for line in header.strip().split("\n")]
    for step in steps:
        if step.tap is not None:
            data = _resolve(chat, step.tap)
            lines.append(f"> [{chat.label_of(data)}]")
            msgs = await _do(chat, "tap", data)
        elif step.other is not None:
            lines.append(f"> ({step.other})")
            msgs = await _do(chat, "other", step.other)
        else:
            assert step.write is not None
            lines.append(f"> {step.write}")
            msgs = await _do(chat, "write", step.write)
        lines += _bot(msgs, bool(chat.last_outcome and chat.last_outcome.edits), chat.buttons)
    return "\n".join(lines) + "\n"


async def replay(chat: ChatDriver, transcript: str) -> str:
    """Perform every '>' line of the transcript; return the transcript as it comes out now."""
    out: list[str] = []
    for line in transcript.split("\n"):
        if line.startswith("#"):
            out.append(line)
        if not line.startswith("> "):
            continue
        value = line[2:]
        out.append(line)
        if value.startswith("[") and value.endswith("]"):
            msgs = await _do(chat, "tap", chat.data_of(value[1:-1]))
        elif value.startswith("(") and value.endswith(")"):
            msgs = await _do(chat, "other", value[1:-1])
        else:
            msgs = await _do(chat, "write", value)
        out += _bot(msgs, bool(chat.last_outcome and chat.last_outcome.edits), chat.buttons)
    return "\n".join(out) + "\n"
