"""The texts newcomers read: what `locales/` ships with the release, and on top of it, in the `texts` table,
what coordinators changed (one row per message and language, Fluent source). An edit is a draft until the
texts are published, then it is live for every conversation (texts are wording, not structure: a running
conversation gets the corrected wording at its next message). A release updates every shipped text nobody
changed and never overwrites one a coordinator changed; nothing is copied into the database on start.
German is the source: a translation written for an older German text is *outdated* until someone looks at
it again. Every edit is checked like `ankommen locales check` checks the files: Fluent syntax, the same
variables as the German source, no unknown references.
"""

from __future__ import annotations

import hashlib
import re
import textwrap
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from fluent.syntax import FluentParser, FluentSerializer
from fluent.syntax.ast import Junk, Message, MessageReference, TermReference, VariableReference
from fluent.syntax.visitor import Visitor
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.l10n import LOCALES_DIR
from storage.models import Publication, StaffUser, TextEntry

SOURCE = "de"
_parser, _serializer = FluentParser(), FluentSerializer()


# ------------------------------------------------------------------------------ Fluent entries --------

class _Refs(Visitor):
    def __init__(self) -> None:
        self.variables: set[str] = set()
        self.messages: set[str] = set()

    def visit_VariableReference(self, node: VariableReference) -> None:  # noqa: N802 (visitor API)
        self.variables.add(node.id.name)

    def visit_MessageReference(self, node: MessageReference) -> None:  # noqa: N802
        self.messages.add(node.id.name)

    def visit_TermReference(self, node: TermReference) -> None:  # noqa: N802
        self.messages.add("-" + node.id.name)


def _refs(entry: str | None) -> _Refs:
    refs = _Refs()
    if entry:
        for node in _parser.parse(entry).body:
            refs.visit(node)
    return refs


def variables(entry: str | None) -> set[str]:
    return _refs(entry).variables


def text_of(entry: str | None) -> str:
    """What an editor shows: the message's text without "id =" and without the indentation."""
    if not entry:
        return ""
    _, _, rest = entry.partition("=")
    first, _, more = rest.partition("\n")
    body = (first.strip() + "\n" if first.strip() else "") + textwrap.dedent(more)
    return body.strip("\n")


def entry_of(msg_id: str, text: str) -> str:
    """The Fluent source of a message from what an editor typed (one line, or an indented block)."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").strip("\n").split("\n")]
    if len(lines) == 1:
        return f"{msg_id} = {lines[0].strip()}\n"
    return f"{msg_id} =\n" + "".join(f"    {line}\n" if line.strip() else "\n" for line in lines)


def fingerprint(entry: str | None) -> str | None:
    """Identifies a German text; a translation keeps the fingerprint of the German it was written for."""
    return hashlib.sha256(text_of(entry).encode("utf-8")).hexdigest()[:16] if entry else None


def check_entry(msg_id: str, entry: str, allowed_variables: set[str] | None, known_ids: set[str]) -> str | None:
    """A German explanation of what is wrong with this entry, or None."""
    resource = _parser.parse(entry)
    for item in resource.body:
        if isinstance(item, Junk):
            note = item.annotations[0] if item.annotations else None
            line = entry.count("\n", 0, note.span.start) + 1 if note and note.span else 1
            # the line of what the editor typed: a block's text starts on the entry's second line
            typed_lines = max(1, entry.rstrip("\n").count("\n"))
            line = max(1, min(line - (1 if entry.split("\n", 1)[0].rstrip().endswith("=") else 0), typed_lines))
            hint = ("Eine Zeile darf nicht mit [, * oder . beginnen; geschweifte Klammern { } sind für "
                    "Platzhalter wie { $name } reserviert.")
            return f"Fluent-Syntaxfehler in Zeile {line}: {note.message if note else 'unlesbar'}. {hint}"
    messages = [item for item in resource.body if isinstance(item, Message)]
    if len(messages) != 1 or messages[0].id.name != msg_id:
        return "Bitte genau einen Text eingeben (keine Zeile, die mit »name =« beginnt)."
    if messages[0].value is None:
        return "Der Text ist leer."
    refs = _Refs()
    refs.visit(messages[0])
    if allowed_variables is not None and refs.variables - allowed_variables:
        unknown = ", ".join(f"{{ ${v} }}" for v in sorted(refs.variables - allowed_variables))
        known = ", ".join(f"{{ ${v} }}" for v in sorted(allowed_variables)) or "keine"
        return f"Unbekannte Platzhalter: {unknown}. Erlaubt sind hier: {known}."
    if refs.messages - known_ids:
        return f"Verweis auf einen Text, den es nicht gibt: {', '.join(sorted(refs.messages - known_ids))}."
    return None


@lru_cache(maxsize=4)
def file_entries(directory: Path = LOCALES_DIR) -> dict[str, dict[str, str]]:
    """Every message of every language as shipped in `locales/` (parsed once per process)."""
    result: dict[str, dict[str, str]] = {}
    for lang_dir in sorted(p for p in directory.iterdir() if p.is_dir()):
        entries: dict[str, str] = {}
        for ftl in sorted(lang_dir.glob("*.ftl")):
            for item in _parser.parse(ftl.read_text(encoding="utf-8")).body:
                if isinstance(item, Message):
                    item.comment = None
                    entries.setdefault(item.id.name, _serializer.serialize_entry(item))
        result[lang_dir.name] = entries
    return result


# ------------------------------------------------------------------------------ shipped + changed ---

@dataclass
class Current:
    """One message in one language as it stands: live text (shipped or changed), draft, and the fingerprint
    of the German text the live translation was written (or last confirmed) for."""

    live: str | None
    draft: str | None
    source_hash: str | None
    changed: bool  # a coordinator's text is live (not the shipped one)


async def current(session: AsyncSession, directory: Path = LOCALES_DIR) -> dict[tuple[str, str], Current]:
    files = file_entries(directory)
    german = files.get(SOURCE, {})
    merged = {(lang, mid): Current(entry, None, fingerprint(german.get(mid)), False)
              for lang, entries in files.items() for mid, entry in entries.items()}
    for row in await session.scalars(select(TextEntry)):
        shipped = merged.get((row.lang, row.msg_id))
        merged[(row.lang, row.msg_id)] = Current(
            live=row.value if row.value is not None else (shipped.live if shipped else None),
            draft=row.draft,
            source_hash=row.source_hash or (shipped.source_hash if shipped else None),
            changed=row.value is not None)
    return merged


async def differs_from_files(session: AsyncSession) -> bool:
    """Whether a coordinator's text is live anywhere (then the bundles come from `live_sources`)."""
    return await session.scalar(select(TextEntry.msg_id).where(TextEntry.value.is_not(None)).limit(1)) is not None


async def live_sources(session: AsyncSession, drafts: bool = False) -> dict[str, str]:
    """Per language, the Fluent source of every live message (with drafts applied for a preview)."""
    sources: dict[str, list[str]] = {}
    for (lang, _mid), cur in sorted((await current(session)).items()):
        entry = (cur.draft if drafts and cur.draft else None) or cur.live
        if entry:
            sources.setdefault(lang, []).append(entry)
    return {lang: "\n".join(entries) for lang, entries in sources.items()}


# ------------------------------------------------------------------------------ the grid ------------

@dataclass
class Cell:
    lang: str
    msg_id: str
    live: str | None
    draft: str | None
    status: str  # ok | missing | outdated | draft | new

    @property
    def text(self) -> str:
        return text_of(self.draft or self.live)


@dataclass
class Coverage:
    lang: str
    total: int
    present: int
    missing: int
    outdated: int
    drafts: int

    @property
    def percent(self) -> float:
        return 100.0 * self.present / self.total if self.total else 0.0


@dataclass
class Grid:
    ids: list[str]
    langs: list[str]
    cells: dict[tuple[str, str], Cell] = field(default_factory=dict)
    coverage: list[Coverage] = field(default_factory=list)
    drafts: int = 0

    def cell(self, lang: str, msg_id: str) -> Cell:
        return self.cells[(lang, msg_id)]


async def grid(session: AsyncSession, langs: list[str], cur: dict[tuple[str, str], Current] | None = None) -> Grid:
    """Message ids (those the German source has, live or as a draft) × languages, each with its state."""
    cur = cur if cur is not None else await current(session)
    ids = sorted(mid for (lang, mid), c in cur.items() if lang == SOURCE and (c.live or c.draft))
    all_langs = [SOURCE] + [lang for lang in langs if lang != SOURCE]
    g = Grid(ids=ids, langs=all_langs)
    for lang in all_langs:
        cov = Coverage(lang, len(ids), 0, 0, 0, 0)
        for mid in ids:
            c = cur.get((lang, mid)) or Current(None, None, None, False)
            source = cur[(SOURCE, mid)]
            if lang == SOURCE:
                status = "new" if c.live is None else ("draft" if c.draft else "ok")
            elif c.live is None and c.draft is None:
                status = "missing"
            elif c.draft:
                status = "draft"
            elif c.source_hash != fingerprint(source.draft or source.live):
                status = "outdated"
            else:
                status = "ok"
            g.cells[(lang, mid)] = Cell(lang, mid, c.live, c.draft, status)
            cov.present += c.live is not None
            cov.missing += c.live is None
            cov.outdated += status == "outdated"
            cov.drafts += c.draft is not None
        g.drafts += cov.drafts
        g.coverage.append(cov)
    return g


async def save(session: AsyncSession, staff: StaffUser, lang: str, msg_id: str, text: str, now: datetime,
               globals_: set[str], cur: dict[tuple[str, str], Current] | None = None) -> str | None:
    """Keep an edit as a draft (also marks the translation as matching the German text of now). Returns a
    German error, or None. Saving a text unchanged confirms that it is still right."""
    if not text.strip():
        return "Der Text ist leer."
    entry = entry_of(msg_id, text)
    cur = cur if cur is not None else await current(session)  # a caller saving many passes it once
    german = cur.get((SOURCE, msg_id))
    if lang != SOURCE and (german is None or not (german.live or german.draft)):
        return f"Den Text {msg_id} gibt es auf Deutsch nicht."
    known = {mid for (code, mid), c in cur.items() if code == SOURCE and (c.live or c.draft)}
    # a placeholder is filled by the program: only those the German text had when it went live exist
    allowed = None if german is None or german.live is None else variables(german.live) | globals_
    error = check_entry(msg_id, entry, allowed, known)
    if error:
        return error
    live = cur[(lang, msg_id)].live if (lang, msg_id) in cur else None
    row = await session.get(TextEntry, (lang, msg_id))
    if row is None:
        row = TextEntry(lang=lang, msg_id=msg_id, value=None, updated_at=now)
        session.add(row)
    row.draft = None if entry == live else entry
    row.updated_by, row.updated_at = staff.id, now
    row.source_hash = None if lang == SOURCE or german is None else fingerprint(german.draft or german.live)
    return None


async def add_message(session: AsyncSession, staff: StaffUser, msg_id: str, text: str, now: datetime,
                      globals_: set[str]) -> str | None:
    """A new text (German first): for a question a coordinator adds to a script."""
    if not re.fullmatch(r"[a-z][a-z0-9-]{1,78}", msg_id):
        return "Kennung: Kleinbuchstaben, Ziffern und Bindestriche, z. B. q-school-name."
    cur = await current(session)
    if (SOURCE, msg_id) in cur:
        return f"Den Text {msg_id} gibt es schon."
    return await save(session, staff, SOURCE, msg_id, text, now, globals_, cur)


async def publish(session: AsyncSession, staff: StaffUser, now: datetime, note: str = "") -> Publication | None:
    """Every draft goes live at once; the publication keeps old and new text of each for a rollback (old None:
    the shipped text was live)."""
    rows = list(await session.scalars(select(TextEntry).where(TextEntry.draft.is_not(None))
                                      .order_by(TextEntry.lang, TextEntry.msg_id)))
    if not rows:
        return None
    changes = []
    for row in rows:
        changes.append([row.lang, row.msg_id, row.value, row.draft])
        row.value, row.draft, row.updated_by, row.updated_at = row.draft, None, staff.id, now
    pub = Publication(kind="texts", action="publish", staff_user_id=staff.id, at=now, note=note.strip()[:200] or None,
                      changes=changes)
    session.add(pub)
    return pub


async def rollback(session: AsyncSession, staff: StaffUser, publication_id: int, now: datetime) -> Publication:
    """Put back the texts a publication replaced (those not changed again since); recorded as a publication."""
    pub = await session.get(Publication, publication_id)
    if pub is None or pub.kind != "texts" or not pub.changes:
        raise LookupError("no such text publication")
    changes = []
    for lang, msg_id, old, new in pub.changes:
        row = await session.get(TextEntry, (lang, msg_id))
        if row is None or row.value != new:
            continue  # changed again since: a rollback must not undo a later edit
        changes.append([lang, msg_id, new, old])
        row.value, row.updated_by, row.updated_at = old, staff.id, now  # None: the shipped text again
    back = Publication(kind="texts", action="rollback", staff_user_id=staff.id, at=now,
                       note=f"Rücknahme der Veröffentlichung Nr. {pub.id}", changes=changes)
    session.add(back)
    return back


# ------------------------------------------------------------------------------ translators' files --

async def export_ftl(session: AsyncSession, lang: str, now: datetime) -> str:
    """One language as an .ftl file for a translator: every German message with its current translation
    (drafts included), the German text as a comment above it, missing ones with the German text to replace."""
    g = await grid(session, [lang])
    out = [f"# Ankommen – Texte in {lang}, exportiert am {now:%Y-%m-%d}.",
           "# Über jedem Text steht der deutsche Ausgangstext als Kommentar (# de: …).",
           "# Bitte nur den Text nach »=« übersetzen; { $name } sind Platzhalter und bleiben, wie sie sind.",
           "# NOTE: a native speaker should review every translation in this file.", ""]
    for mid in g.ids:
        german = g.cell(SOURCE, mid)
        cell = g.cell(lang, mid)
        for line in german.text.split("\n"):
            out.append(f"# de: {line}".rstrip())
        if cell.status in ("missing", "outdated"):
            out.append(f"# {'FEHLT' if cell.status == 'missing' else 'VERALTET: der deutsche Text hat sich geändert'}")
        entry = cell.draft or cell.live or german.draft or german.live or ""
        out.append(entry.rstrip("\n"))
        out.append("")
    return "\n".join(out)


@dataclass
class ImportReport:
    changed: list[str] = field(default_factory=list)
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)


async def import_ftl(session: AsyncSession, staff: StaffUser, lang: str, source: str, now: datetime,
                     globals_: set[str]) -> ImportReport:
    """A translator's file back in: each changed message becomes a draft; broken ones are listed."""
    report = ImportReport()
    cur = await current(session)  # read once: each message below is another one
    g = await grid(session, [lang], cur)
    for item in _parser.parse(source).body:
        if isinstance(item, Junk):
            line = source.count("\n", 0, item.span.start) + 1 if item.span else 0
            report.errors.append(f"Zeile {line}: kein gültiger Fluent-Text ({item.content.strip()[:60]!r})")
            continue
        if not isinstance(item, Message):
            continue
        mid = item.id.name
        if mid not in g.ids:
            report.errors.append(f"{mid}: diesen Text gibt es auf Deutsch nicht")
            continue
        item.comment = None
        entry = _serializer.serialize_entry(item)
        cell, german = g.cell(lang, mid), g.cell(SOURCE, mid)
        untranslated = lang != SOURCE and entry == (german.draft or german.live)  # the placeholder we exported
        if untranslated or entry == (cell.draft or cell.live):  # an outdated one stays outdated until edited
            report.unchanged += 1
            continue
        error = await save(session, staff, lang, mid, text_of(entry), now, globals_, cur)
        if error:
            report.errors.append(f"{mid}: {error}")
        else:
            report.changed.append(mid)
    return report


async def history(session: AsyncSession, limit: int = 20) -> list[Publication]:
    return list(await session.scalars(select(Publication).where(Publication.kind == "texts")
                                      .order_by(Publication.id.desc()).limit(limit)))
