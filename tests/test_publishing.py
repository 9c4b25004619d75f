"""Coordinators change the dialog without touching code: script versions (save with checks, diff, publish,
roll back; conversations keep their version) and texts (drafts, outdated translations, Fluent checks,
publish, roll back, a language as an .ftl file)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from backend.app import create_app
from backend.container import Container
from dialogs.loader import ScriptError
from storage import script_versions, texts
from storage.models import AuditEvent, Intake, Publication, StaffUser, TextEntry
from storage.staff import create_staff
from tests.chat import ChatDriver
from tests.conftest import Clock
from tests.staff_http import staff_http

GLOBALS = {"municipality", "service_point", "sp_address", "sp_phone", "sp_email", "sp_hours", "crisis_phone",
           "course_contact", "counselling_contact"}
# the new wording of the age question, per language (what a coordinator would type in the grid)
NEW_AGE_QUESTION = {
    "de": "Sind Sie mindestens 16 Jahre alt? (Bei Jüngeren stimmt auch ein Elternteil zu.)",
    "fa": "آیا دست‌کم ۱۶ سال دارید؟ (برای کم‌سن‌ترها یکی از والدین هم موافقت می‌کند.)",
}


async def coordinator(c: Container) -> StaffUser:
    async with c.sessions() as session, session.begin():
        return await create_staff(session, "koordination", "demo-koordination", "coordinator", "Maria Kowalski", check_password=False)  # the demo account


def live_source(c: Container) -> str:
    return c.scripts.published["intake"].source


async def add_text_everywhere(c: Container, staff: StaffUser, msg_id: str, text: str) -> None:
    """A new message in German and (for the test: the same words) in every other language, published."""
    async with c.sessions() as session, session.begin():
        assert await texts.add_message(session, staff, msg_id, text, c.runtime.clock(), GLOBALS) is None
        for lang in c.l10n.languages:
            if lang != "de":
                assert await texts.save(session, staff, lang, msg_id, f"[{lang}] {text}", c.runtime.clock(),
                                        GLOBALS) is None
        await texts.publish(session, staff, c.runtime.clock())
    await c.refresh_published(force=True)


async def test_published_version_reaches_new_conversations_not_running_ones(container: Container) -> None:
    c = container
    staff = await coordinator(c)
    old_version = c.scripts.published["intake"].version
    running = ChatDriver(c, user="started-before")
    await running.start()  # the language question: this conversation has begun on the old version

    await add_text_everywhere(c, staff, "q-age-gate-short", "Sind Sie 16 oder älter?")
    edited = live_source(c).replace("    text: q-age-gate\n", "    text: q-age-gate-short\n", 1)
    async with c.sessions() as session, session.begin():
        row = await script_versions.save_draft(session, staff, "intake", edited, old_version, "kürzer", c.runtime.clock())
    assert c.scripts.published["intake"].version == old_version  # saved is not live
    async with c.sessions() as session, session.begin():
        await script_versions.publish(session, staff, "intake", row.version, c.runtime.clock(), c.l10n.has)
    await c.refresh_published(force=True)
    assert c.scripts.published["intake"].version == row.version

    newcomer = ChatDriver(c, user="started-after")
    await newcomer.start()
    await newcomer.press_data("a:language:de")
    assert "Sind Sie 16 oder älter?" in newcomer.texts[-1]

    await running.press_data("a:language:de")  # goes on with the version it started with
    assert running.texts[-1] == c.l10n.message("de", "q-age-gate")
    await running.press_data("a:age_gate:adult")
    await newcomer.press_data("a:age_gate:adult")
    # both finish; each intake records the version it was asked with
    for chat in (running, newcomer):
        await chat.press_data("a:consent:yes")
    async with c.sessions() as session:
        pubs = list(await session.scalars(select(Publication).where(Publication.kind == "script")
                                          .order_by(Publication.id)))
    assert [(p.action, p.version, p.staff_user_id) for p in pubs] == [
        ("release", old_version, None), ("publish", row.version, staff.id)]


async def test_broken_script_is_refused_with_line_and_node(container: Container) -> None:
    c = container
    staff = await coordinator(c)
    source = live_source(c)
    dead_end = source.replace("    text: welcome-offer\n    next: age_gate\n", "    text: welcome-offer\n", 1)
    with pytest.raises(ScriptError) as err:
        async with c.sessions() as session, session.begin():
            await script_versions.save_draft(session, staff, "intake", dead_end, None, "", c.runtime.clock())
    line = script_versions.line_of(dead_end, err.value)
    assert err.value.node == "welcome" and "dead end" in err.value.reason
    assert dead_end.splitlines()[line - 1].strip() == "- id: welcome"
    bad_condition = source.replace("answer: member_age, lte: 17", "answer: no_such_question, lte: 17", 1)
    assert bad_condition != source
    with pytest.raises(ScriptError, match="no_such_question"):
        async with c.sessions() as session, session.begin():
            await script_versions.save_draft(session, staff, "intake", bad_condition, None, "", c.runtime.clock())

    # through the editor: 422, the YAML kept, the line and the node named, nothing stored
    app = create_app(c)
    async with staff_http(app, "http://t") as client:
        await client.post("/staff/login", data={"username": "koordination", "password": "demo-koordination"})
        r = await client.post("/staff/scripts/intake/edit", data={"source": dead_end, "based_on": "", "note": "x"})
        assert r.status_code == 422
        assert f"Zeile {line}, Knoten »welcome«: dead end" in r.text
        r = await client.post("/staff/scripts/intake/edit", data={"source": "nodes: [\n", "note": ""})
        assert r.status_code == 422 and "Zeile" in r.text and "YAML" in r.text

        # valid YAML but a text that does not exist in the languages: stored as a draft, not publishable
        missing = source.replace("    text: q-age-gate\n", "    text: q-age-gate-unknown\n", 1)
        r = await client.post("/staff/scripts/intake/edit", data={"source": missing, "note": "neu"})
        assert r.status_code == 303
        version = r.headers["location"].split("/")[-1].split("?")[0]
        page = await client.get(f"/staff/scripts/intake/{version}")
        assert "Text q-age-gate-unknown fehlt in de" in page.text
        shown = await client.post(f"/staff/scripts/intake/{version}/publish", data={"note": ""})
        assert shown.status_code == 422  # the version's page again, with the reason
        assert c.scripts.published["intake"].version != version
        assert "Nicht veröffentlicht" in shown.text and "q-age-gate-unknown" in shown.text
    async with c.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Publication)) == 1  # only the release


async def test_diff_publish_and_rollback_in_the_backend(container: Container) -> None:
    c = container
    await coordinator(c)
    first = c.scripts.published["intake"].version
    source = live_source(c)
    edited = source.replace("    text: q-age-gate\n", "    text: info-minor\n", 1)
    app = create_app(c)
    async with staff_http(app, "http://t") as client:
        await client.post("/staff/login", data={"username": "koordination", "password": "demo-koordination"})
        editor = await client.get("/staff/scripts/intake/edit")
        assert "q-age-gate" in editor.text and first in editor.text
        r = await client.post("/staff/scripts/intake/edit", data={"source": edited, "based_on": first,
                                                                   "note": "andere Frage"})
        second = r.headers["location"].split("/")[-1].split("?")[0]
        page = await client.get(f"/staff/scripts/intake/{second}")
        assert '<span class="del">-    text: q-age-gate</span>' in page.text
        assert '<span class="add">+    text: info-minor</span>' in page.text
        r = await client.post(f"/staff/scripts/intake/{second}/publish", data={"note": "Test"})
        assert r.headers["location"] == "/staff/scripts?hinweis=veroeffentlicht"
        assert c.scripts.published["intake"].version == second
        listing = await client.get("/staff/scripts")
        assert "veröffentlicht von Maria Kowalski (Test)" in listing.text
        r = await client.post("/staff/scripts/intake/rollback")
        assert r.headers["location"] == "/staff/scripts?hinweis=zurueckgenommen"
    assert c.scripts.published["intake"].version == first
    chat = ChatDriver(c, user="after-rollback")
    await chat.start()
    await chat.press_data("a:language:de")
    assert chat.texts[-1] == c.l10n.message("de", "q-age-gate")
    async with c.sessions() as session:
        actions = [(p.action, p.version) for p in await session.scalars(
            select(Publication).where(Publication.kind == "script").order_by(Publication.id))]
        audits = set(await session.scalars(select(AuditEvent.action)))
    assert actions == [("release", first), ("publish", second), ("rollback", first)]
    assert {"save_script", "publish_script", "rollback_script"} <= audits


async def test_a_new_release_does_not_replace_a_coordinators_version(container: Container, settings: Any,
                                                                     pg_schema: str | None, clock: Clock) -> None:
    c = container
    staff = await coordinator(c)
    edited = live_source(c).replace("    text: q-age-gate\n", "    text: info-minor\n", 1)
    async with c.sessions() as session, session.begin():
        row = await script_versions.save_draft(session, staff, "intake", edited, None, "", clock())
        await script_versions.publish(session, staff, "intake", row.version, clock(), c.l10n.has)
    other = Container.build(settings, schema=pg_schema, clock=clock, strict_l10n=True)  # a restart, same files
    await other.start()
    try:
        assert other.scripts.published["intake"].version == row.version
    finally:
        await other.close()


# ------------------------------------------------------------------------------------------ texts ----

async def test_texts_edit_german_and_farsi_publish_and_roll_back(container: Container) -> None:
    c = container
    staff = await coordinator(c)
    now = c.runtime.clock()
    async with c.sessions() as session, session.begin():
        assert await texts.save(session, staff, "de", "q-age-gate", NEW_AGE_QUESTION["de"], now, GLOBALS) is None
    async with c.sessions() as session:
        g = await texts.grid(session, ["fa", "ar"])
    assert g.cell("de", "q-age-gate").status == "draft"
    assert g.cell("fa", "q-age-gate").status == "outdated"  # written for the German text before
    assert g.cell("ar", "q-age-gate").status == "outdated"
    assert g.cell("fa", "pick-language").status == "ok"
    # drafts are not live
    chat = ChatDriver(c, user="reader")
    await chat.start()
    await chat.press_data("a:language:fa")
    assert chat.texts[-1] == c.l10n.message("fa", "q-age-gate") != NEW_AGE_QUESTION["fa"]

    async with c.sessions() as session, session.begin():
        assert await texts.save(session, staff, "fa", "q-age-gate", NEW_AGE_QUESTION["fa"], now, GLOBALS) is None
        pub = await texts.publish(session, staff, now, "Altersfrage kürzer")
    assert pub is not None and sorted((ch[0], ch[1]) for ch in pub.changes or []) == [
        ("de", "q-age-gate"), ("fa", "q-age-gate")]
    await c.refresh_published(force=True)
    async with c.sessions() as session:
        g = await texts.grid(session, ["fa", "ar"])
    assert g.cell("fa", "q-age-gate").status == "ok"  # translated for the new German text
    assert g.cell("ar", "q-age-gate").status == "outdated"  # still the translation of the old one
    assert g.drafts == 0

    fresh = ChatDriver(c, user="reader-2")
    await fresh.start()
    await fresh.press_data("a:language:fa")
    assert fresh.texts[-1] == NEW_AGE_QUESTION["fa"]
    german = ChatDriver(c, user="reader-3")
    await german.start()
    await german.press_data("a:language:de")
    assert german.texts[-1] == NEW_AGE_QUESTION["de"]

    async with c.sessions() as session, session.begin():
        await texts.rollback(session, staff, pub.id, now)
    await c.refresh_published(force=True)
    back = ChatDriver(c, user="reader-4")
    await back.start()
    await back.press_data("a:language:fa")
    assert back.texts[-1] == texts.text_of(texts.file_entries()["fa"]["q-age-gate"])


async def test_fluent_checks_on_save(container: Container) -> None:
    c = container
    staff = await coordinator(c)
    now = c.runtime.clock()
    async with c.sessions() as session, session.begin():
        unknown = await texts.save(session, staff, "fa", "welcome-offer", "سلام { $name }", now, GLOBALS)
        syntax = await texts.save(session, staff, "fa", "welcome-offer", "سلام { $municipality", now, GLOBALS)
        empty = await texts.save(session, staff, "fa", "welcome-offer", "   ", now, GLOBALS)
        variant = await texts.save(session, staff, "de", "error-pick-at-least",
                                   "{ $count ->\n    [one] Bitte ein Thema.\n   *[other] Bitte { $count } Themen.\n}",
                                   now, GLOBALS)
        no_german = await texts.save(session, staff, "fa", "no-such-text", "x", now, GLOBALS)
        script = await texts.save(session, staff, "ar", "help", "<script>alert(1)</script> مرحبا", now, GLOBALS)
    assert unknown is not None and "{ $name }" in unknown and "{ $municipality }" in unknown
    assert syntax is not None and syntax.startswith("Fluent-Syntaxfehler in Zeile 1")
    assert empty == "Der Text ist leer."
    assert variant is None  # plural variants are fine
    assert no_german is not None
    assert script is None  # text is text; the channels escape it
    async with c.sessions() as session:
        rows = {(r.lang, r.msg_id): r for r in await session.scalars(select(TextEntry).where(
            TextEntry.draft.is_not(None)))}
    assert set(rows) == {("de", "error-pick-at-least"), ("ar", "help")}
    # the page escapes what it shows
    app = create_app(c)
    async with staff_http(app, "http://t") as client:
        await client.post("/staff/login", data={"username": "koordination", "password": "demo-koordination"})
        page = await client.get("/staff/texts?sprache=ar&zeigen=entwurf")
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text and "<script>alert" not in page.text
        r = await client.post("/staff/texts/edit/fa/welcome-offer", data={"text": "سلام { $name }"})
        assert r.status_code == 422 and "Unbekannte Platzhalter" in r.text and "سلام { $name }" in r.text


async def test_a_language_as_ftl_file_for_a_translator(container: Container) -> None:
    c = container
    staff = await coordinator(c)
    now = c.runtime.clock()
    app = create_app(c)
    async with staff_http(app, "http://t") as client:
        await client.post("/staff/login", data={"username": "koordination", "password": "demo-koordination"})
        r = await client.get("/staff/texts/export/uk")
        assert r.status_code == 200 and 'filename="ankommen-uk.ftl"' in r.headers["content-disposition"]
        exported = r.text
        assert "# de: Bitte wählen Sie Ihre Sprache." in exported
        assert texts.file_entries()["uk"]["pick-language"].strip() in exported
        changed = exported.replace(texts.file_entries()["uk"]["pick-language"].strip(),
                                   "pick-language = Оберіть, будь ласка, мову.")
        changed += "\nno-such-id = x\nbroken = { $\n"
        r = await client.post("/staff/texts/import/uk", files={"file": ("uk.ftl", changed.encode(), "text/plain")})
        assert r.status_code == 200
        assert "1 Texte als Entwurf übernommen" in r.text
        assert "no-such-id: diesen Text gibt es auf Deutsch nicht" in r.text
        assert "kein gültiger Fluent-Text" in r.text
    async with c.sessions() as session:
        drafts = [(r.lang, r.msg_id, texts.text_of(r.draft)) for r in await session.scalars(
            select(TextEntry).where(TextEntry.draft.is_not(None)))]
    assert drafts == [("uk", "pick-language", "Оберіть, будь ласка, мову.")]
    async with c.sessions() as session, session.begin():
        await texts.publish(session, staff, now)
    await c.refresh_published(force=True)
    assert c.l10n.message("uk", "pick-language") == "Оберіть, будь ласка, мову."


async def test_release_keeps_edited_texts_and_takes_untouched_ones_from_the_files(
        container: Container, settings: Any, pg_schema: str | None, clock: Clock) -> None:
    c = container
    staff = await coordinator(c)
    async with c.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(TextEntry)) == 0  # nothing copied on start
    async with c.sessions() as session, session.begin():
        await texts.save(session, staff, "ro", "help", "Ajutor, pe scurt.", clock(), GLOBALS)
        await texts.publish(session, staff, clock())
    other = Container.build(settings, schema=pg_schema, clock=clock, strict_l10n=True)  # a restart / new release
    await other.start()
    try:
        assert other.l10n.message("ro", "help") == "Ajutor, pe scurt."  # the coordinator's text stays
        # a text nobody changed is the one the release ships
        assert other.l10n.message("ro", "pick-language") == texts.text_of(texts.file_entries()["ro"]["pick-language"])
        # another process picks up a publication made elsewhere
        async with c.sessions() as session, session.begin():
            await texts.save(session, staff, "ro", "help", "Ajutor!", clock(), GLOBALS)
            await texts.publish(session, staff, clock())
        assert await other.refresh_published() is True
        assert other.l10n.message("ro", "help") == "Ajutor!"
        assert await other.refresh_published() is False  # nothing new
    finally:
        await other.close()
    async with c.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Intake)) == 0


async def test_simulator_speaks_drafts_only_when_asked_and_published_texts_at_once(container: Container) -> None:
    from backend.simulator import Simulator

    c = container
    staff = await coordinator(c)
    now = c.runtime.clock()
    version = c.scripts.published["intake"].version
    async with c.sessions() as session, session.begin():
        for lang in ("de", "fa"):
            assert await texts.save(session, staff, lang, "q-age-gate", NEW_AGE_QUESTION[lang], now, GLOBALS) is None
    sim = Simulator.of(c)
    try:
        def last_bot(chat: Any) -> str:
            return next(line.html for line in reversed(chat.lines) if line.who == "bot")

        live = await sim.start(staff.id, "intake", version, "fa")
        preview = await sim.start(staff.id, "intake", version, "fa", drafts=True)
        assert last_bot(live) == c.l10n.message("fa", "q-age-gate")
        assert last_bot(preview) == NEW_AGE_QUESTION["fa"]
        async with c.sessions() as session, session.begin():
            await texts.publish(session, staff, now)
        await c.refresh_published(force=True)
        after = await sim.start(staff.id, "intake", version, "fa")
        assert last_bot(after) == NEW_AGE_QUESTION["fa"]
    finally:
        await sim.close()
