"""Script versions in the database: a release ships dialogs/*.yaml, coordinators save edited versions,
one version per script is live. Publishing and rolling back are publications (who, when); conversations
keep the version they started with, new ones take the live one.

A release's file becomes live by itself only while the live version is also a released file: once a
coordinator published their own version, a new release's file waits in the list until someone publishes it.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from dialogs.loader import ENGINE_TEXTS, ScriptError, ScriptVersion, parse_script
from storage.models import Publication, ScriptVersionRow, StaffUser


def missing_texts(sv: ScriptVersion, has: Callable[[str, str], bool]) -> list[str]:
    """Every text the script (and the engine) uses, in every language of the script."""
    return [f"Text {mid} fehlt in {lang}" for lang in sv.script.languages
            for mid in sorted(sv.script.text_ids() | ENGINE_TEXTS) if not has(lang, mid)]


def line_of(source: str, error: ScriptError) -> int | None:
    """The line a coordinator has to look at: the YAML error's line, or the line where the node starts."""
    found = re.search(r"line (\d+)", error.reason)
    if found:
        return int(found.group(1))
    if error.node:
        pattern = re.compile(rf"^\s*(-\s*)?id:\s*['\"]?{re.escape(error.node)}['\"]?\s*(#.*)?$")
        for number, line in enumerate(source.splitlines(), start=1):
            if pattern.match(line):
                return number
    return None


def explain(source: str, error: ScriptError) -> str:
    """A German sentence for the editor: where (line, node) and what."""
    line = line_of(source, error)
    where = [f"Zeile {line}"] if line else []
    if error.node:
        where.append(f"Knoten »{error.node}«")
    return f"{', '.join(where) or 'Skript'}: {error.reason}"


@dataclass
class VersionInfo:
    row: ScriptVersionRow
    live: bool
    published_at: datetime | None  # when it last went live


async def live_versions(session: AsyncSession) -> dict[str, str]:
    """Script id -> the version of its newest publication."""
    live: dict[str, str] = {}
    for pub in await session.scalars(select(Publication).where(Publication.kind == "script")
                                     .order_by(Publication.id)):
        if pub.script_id and pub.version:
            live[pub.script_id] = pub.version
    return live


async def sync_release(session: AsyncSession, shipped: dict[str, ScriptVersion], now: datetime) -> None:
    """Store each shipped script once per version; make it live if nothing is live yet or if the live one is
    an earlier release (never over a coordinator's published version)."""
    live = await live_versions(session)
    for sv in shipped.values():
        row = await _row(session, sv.id, sv.version)
        if row is None:
            row = ScriptVersionRow(script_id=sv.id, version=sv.version, source=sv.source, origin="file",
                                   created_at=now, note="aus der Programmversion (dialogs/*.yaml)")
            session.add(row)
        current = live.get(sv.id)
        if current == sv.version:
            continue
        current_row = await _row(session, sv.id, current) if current else None
        if current_row is None or current_row.origin == "file":
            session.add(Publication(kind="script", action="release", script_id=sv.id, version=sv.version, at=now,
                                    note="mit der Programmversion ausgeliefert"))
    await session.flush()


async def _row(session: AsyncSession, script_id: str, version: str) -> ScriptVersionRow | None:
    return await session.scalar(select(ScriptVersionRow).where(
        ScriptVersionRow.script_id == script_id, ScriptVersionRow.version == version))


async def versions(session: AsyncSession, script_id: str) -> list[VersionInfo]:
    """Every stored version of a script, newest first, with the live one marked."""
    live = (await live_versions(session)).get(script_id)
    went_live: dict[str, datetime] = {}
    for pub in await session.scalars(select(Publication).where(Publication.kind == "script",
                                                               Publication.script_id == script_id)):
        if pub.version:
            went_live[pub.version] = pub.at
    rows = await session.scalars(select(ScriptVersionRow).where(ScriptVersionRow.script_id == script_id)
                                 .order_by(ScriptVersionRow.id.desc()))
    return [VersionInfo(row, row.version == live, went_live.get(row.version)) for row in rows]


async def get_row(session: AsyncSession, script_id: str, version: str) -> ScriptVersionRow:
    row = await _row(session, script_id, version)
    if row is None:
        raise LookupError(f"{script_id}@{version}")
    return row


async def save_draft(session: AsyncSession, staff: StaffUser, script_id: str, source: str, based_on: str | None,
                     note: str, now: datetime) -> ScriptVersionRow:
    """Validate and store an edited script as a new version (not live). Raises ScriptError with the node."""
    source = source.replace("\r\n", "\n")
    if not source.endswith("\n"):
        source += "\n"
    sv = parse_script(source, file=f"{script_id} (Entwurf)")
    if sv.id != script_id:
        raise ScriptError(sv.file, None, f"the id must stay '{script_id}' (it is '{sv.id}')")
    row = await _row(session, script_id, sv.version)
    if row is not None:
        return row  # the same text is the same version
    row = ScriptVersionRow(script_id=script_id, version=sv.version, source=source, origin="staff",
                           created_by=staff.id, based_on=based_on, note=note.strip()[:200] or None, created_at=now)
    session.add(row)
    await session.flush()
    return row


async def publish(session: AsyncSession, staff: StaffUser, script_id: str, version: str, now: datetime,
                  has: Callable[[str, str], bool], action: str = "publish", note: str = "") -> Publication:
    """Make a stored version live after checking it again (graph and every text in every language)."""
    row = await get_row(session, script_id, version)
    sv = parse_script(row.source, file=f"{script_id}@{version}")  # raises ScriptError
    problems = missing_texts(sv, has)
    if problems:
        more = f" (und {len(problems) - 5} weitere)" if len(problems) > 5 else ""
        raise ScriptError(sv.file, None, "; ".join(problems[:5]) + more +
                          ". Bitte die Texte zuerst anlegen und veröffentlichen.")
    pub = Publication(kind="script", action=action, script_id=script_id, version=version, staff_user_id=staff.id,
                      at=now, note=note.strip()[:200] or None)
    session.add(pub)
    await session.flush()
    return pub


async def rollback(session: AsyncSession, staff: StaffUser, script_id: str, now: datetime,
                   has: Callable[[str, str], bool]) -> Publication:
    """Make the version that was live before the current one live again."""
    pubs = list(await session.scalars(select(Publication).where(
        Publication.kind == "script", Publication.script_id == script_id).order_by(Publication.id.desc())))
    if not pubs:
        raise LookupError("nothing published")
    current = pubs[0].version
    previous = next((p.version for p in pubs[1:] if p.version != current), None)
    if previous is None:
        raise LookupError("no earlier version was live")
    return await publish(session, staff, script_id, previous, now, has, action="rollback",
                         note=f"zurück von {current}")


async def history(session: AsyncSession, script_id: str) -> list[Publication]:
    return list(await session.scalars(select(Publication).where(
        Publication.kind == "script", Publication.script_id == script_id).order_by(Publication.id.desc())))


def diff(old: str, new: str, old_label: str, new_label: str) -> list[tuple[str, str]]:
    """A unified diff as (kind, line) pairs: kind is add, del, hunk or same."""
    lines = []
    for line in difflib.unified_diff(old.splitlines(), new.splitlines(), old_label, new_label, lineterm="", n=3):
        if line.startswith(("---", "+++")):
            continue
        kind = {"+": "add", "-": "del", "@": "hunk"}.get(line[:1], "same")
        lines.append((kind, line))
    return lines
