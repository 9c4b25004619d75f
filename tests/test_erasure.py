"""Erasure is complete (issue 13, item 3): what staff write about a person is sealed at rest, shown in the
clear on the case page and in `/mydata`, and gone after `/delete` – not in any table, not in the SQLite
file or its WAL, not in the audit log; anonymising a closed case also clears the conversation's stored
answers and every path back to the person. SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select, text

from backend.container import Container
from storage.closure import anonymise_due
from storage.db import checkpoint
from storage.models import (
    Appointment,
    Assignment,
    AuditEvent,
    CaseDecision,
    CaseFollowUp,
    CaseNote,
    CasePlan,
    CheckinResponse,
    Conversation,
    EmergencyAccess,
    Intake,
    OutboxMessage,
    PlanGoal,
    PlanStep,
    StaffUser,
)
from storage.sealed import is_sealed, seal_legacy
from tests.chat import ChatDriver
from tests.conftest import Clock
from tests.test_appointments import staff_client
from tests.test_clearing import _finish, setup, user_id

MARKS = {  # what staff type, each findable on its own
    "decision": "GRUND-AUFNAHME Wohnung in der Lindenstraße verloren",
    "motto": "LEITSATZ Amal will als Pflegehelferin arbeiten",
    "goal": "ZIEL Anerkennung des syrischen Abschlusses",
    "step": "SCHRITT Zeugnisse übersetzen lassen",
    "owner": "Frau Beispielname-Haddad",
    "followup": "WIEDERVORLAGE Bescheid der Familienkasse prüfen",
    "note": "NOTIZ Herr Haddad ist seit dem Unfall in Therapie",
}


async def case_with_staff_texts(c: Container, clock: Clock) -> tuple[ChatDriver, int]:
    """An intake admitted to the service point, with everything staff can write about it."""
    await setup(c)
    chat = ChatDriver(c, user="erase-me", channel="telegram")
    await chat.to_household("ar")
    await _finish(chat)
    async with c.sessions() as session:
        intake_id = (await session.scalars(select(Intake.id))).one()
    async with staff_client(c, "clearing", "demo-clearing") as client:
        r = await client.post(f"/staff/clearing/{intake_id}/decide", data={
            "action": "admit", "organisation": "sp", "caseworker": await user_id(c, "fallberatung"),
            "reason": MARKS["decision"]})
        assert "hinweis=admit" in r.headers["location"]
    async with staff_client(c, "fallberatung", "demo-fallberatung") as client:
        await client.post(f"/staff/cases/{intake_id}/plan", data={"motto": MARKS["motto"], "review_on": ""})
        await client.post(f"/staff/cases/{intake_id}/goals", data={"domain": "work", "text": MARKS["goal"],
                                                                   "service": "next_best"})
        async with c.sessions() as session:
            goal_id = (await session.scalars(select(PlanGoal.id))).one()
        await client.post(f"/staff/goals/{goal_id}/steps", data={"intake_id": intake_id, "text": MARKS["step"],
                                                               "owner": MARKS["owner"], "due_on": ""})
        due = (clock().date() + timedelta(days=20)).isoformat()
        await client.post(f"/staff/desk/{intake_id}/followups", data={"due_on": due, "note": MARKS["followup"]})
        await client.post(f"/staff/cases/{intake_id}/notes", data={"text": MARKS["note"]})
        page = (await client.get(f"/staff/intakes/{intake_id}")).text
        desk = (await client.get("/staff/desk")).text
    for key in ("motto", "goal", "step", "owner", "note"):  # the caseworker reads them in the clear
        assert MARKS[key] in page, key
    assert MARKS["followup"] in desk
    return chat, intake_id


async def stored_tokens(c: Container) -> list[str]:
    """The ciphertexts of every sealed staff text, as the database holds them."""
    found: list[str] = []
    async with c.sessions() as session:
        for table, column in (("case_notes", "text"), ("case_plans", "motto"), ("plan_goals", "text"),
                              ("plan_steps", "text"), ("plan_steps", "owner"), ("case_followups", "note"),
                              ("case_decisions", "reason")):
            found += [v for v in await session.scalars(text(f"SELECT {column} FROM {table}")) if v]
    return found


async def everything_stored(c: Container, checkpoint_first: bool = True) -> str:
    """Every row of every table as text (SQLite: the file and its WAL, as bytes on disk)."""
    url = c.settings.database_url
    if url.startswith("sqlite"):
        if checkpoint_first:
            await checkpoint(c.engine)
        path = Path(url.split("///", 1)[1])
        data = b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())
        return data.decode("utf-8", errors="replace")
    out = []
    async with c.sessions() as session:
        tables = list(await session.scalars(text(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")))
        for table in tables:
            out += [str(row) for row in await session.scalars(text(f'SELECT CAST(t AS text) FROM "{table}" t'))]
    return "\n".join(out)


async def test_staff_texts_are_sealed_shown_in_mydata_and_gone_after_delete(container: Container,
                                                                            clock: Clock) -> None:
    chat, intake_id = await case_with_staff_texts(container, clock)
    tokens = await stored_tokens(container)
    assert len(tokens) == 7 and all(is_sealed(t) for t in tokens)
    stored = await everything_stored(container)
    assert not [k for k, mark in MARKS.items() if mark in stored], "a staff text is stored in plain text"

    async with container.sessions() as session, session.begin():  # a colleague opened the case in an emergency
        colleague = (await session.scalars(select(StaffUser).where(StaffUser.username == "clearing"))).one()
        session.add(EmergencyAccess(staff_user_id=colleague.id, intake_id=intake_id, category="person_present",
                                    reason="Person steht am Schalter, Kollegin krank", organisation="sp",
                                    released=True, granted_at=clock(), until=clock() + timedelta(hours=1)))
    await chat.command("mydata")
    said = await chat.press_data("c:mydata:yes")  # Art. 15: the person gets what staff wrote, too
    export = next(m for m in said if m.document)
    document = json.loads(export.document["content"])
    recorded = json.dumps(document["intakes"][0]["recorded_by_staff"], ensure_ascii=False)
    assert [k for k, mark in MARKS.items() if mark not in recorded] == []
    assert container.l10n.message("ar", "mydata-case") in export.plain
    assert "Servicestelle Zuwanderung Musterstadt" in export.plain  # named once among the recipients
    assert "Aylin Demir" not in recorded  # staff names stay out; the organisation is named
    assert "Servicestelle Zuwanderung Musterstadt" in recorded
    opened = document["intakes"][0]["recorded_by_staff"]["opened_in_an_emergency"]  # and who else read it
    assert [(e["organisation"], e["why"]) for e in opened] == [("Servicestelle Zuwanderung Musterstadt",
                                                                "person_present")]

    await chat.command("delete")
    await chat.press_data("c:delete:yes")
    async with container.sessions() as session:
        for model in (CaseNote, CasePlan, PlanGoal, PlanStep, CaseFollowUp, CheckinResponse, Appointment):
            assert (await session.scalars(select(model))).all() == [], model.__name__
        assert [d.reason for d in await session.scalars(select(CaseDecision))] == ["admit"]  # the code stays
        assert [a.reason for a in await session.scalars(select(Assignment))] == [None]
        assert (await session.get(Intake, intake_id)).status == "erased"
        reasons = [e.reason for e in await session.scalars(select(AuditEvent)) if e.reason]
    assert not [r for r in reasons if any(m in r for m in MARKS.values())]
    for _ in range(100):  # the erasure checkpoints the WAL by itself, right after the reply: wait for it
        stored = await everything_stored(container, checkpoint_first=False)
        if not [t for t in tokens if t[:60] in stored]:
            break
        await asyncio.sleep(0.1)
    assert not [k for k, mark in MARKS.items() if mark in stored]
    assert not [t for t in tokens if t[:60] in stored], "a deleted text's ciphertext is still stored"


async def test_anonymising_a_closed_case_clears_the_conversation_and_every_link_to_the_person(
        container: Container, clock: Clock) -> None:
    chat, intake_id = await case_with_staff_texts(container, clock)
    await chat.press_data("a:appointment:later")
    async with container.sessions() as session, session.begin():
        session.add(CheckinResponse(contact_id=(await session.get(Intake, intake_id)).contact_id,
                                    purpose="review", answer="good", at=clock()))
    async with staff_client(container, "fallberatung", "demo-fallberatung") as client:
        r = await client.post(f"/staff/desk/{intake_id}/close", data={"reason": "goals_reached",
                                                                      "note": "NOTIZ Abschluss bei Familie H."})
        assert "abgeschlossen" in r.headers["location"]
    clock.advance(days=31)
    async with container.sessions() as session, session.begin():
        conv_id = (await session.get(Intake, intake_id)).conversation_id
        assert (await session.get(Conversation, conv_id)).state["answers"]  # still there before
        assert await anonymise_due(session, container.cipher, clock(), timedelta(days=30)) == 1
    async with container.sessions() as session:
        intake = await session.get(Intake, intake_id)
        conv = await session.get(Conversation, conv_id)
        assert (intake.status, intake.contact_id, intake.answers) == ("anonymised", None, {})
        assert intake.stats["household_size"] == 1 and intake.closure_reason == "goals_reached"
        assert (conv.state, conv.status) == ({}, "anonymised")
        for model in (CaseNote, CasePlan, PlanGoal, PlanStep, CaseFollowUp, CheckinResponse):
            assert (await session.scalars(select(model))).all() == [], model.__name__
        assert sorted(d.reason for d in await session.scalars(select(CaseDecision))) == ["admit", "close"]
        about_case = (await session.scalars(select(OutboxMessage).where(
            OutboxMessage.purpose.in_(("admitted", "offer", "review", "handover_case"))))).all()
        assert about_case and all(m.contact_id is None for m in about_case)
    stored = await everything_stored(container)
    assert not [k for k, mark in MARKS.items() if mark in stored]
    await chat.start()  # the person writes again: a fresh start, nothing of the old answers
    assert chat.node == "language"


async def test_plain_staff_texts_of_an_older_release_are_sealed_at_start(container: Container, clock: Clock) -> None:
    _chat, intake_id = await case_with_staff_texts(container, clock)
    async with container.sessions() as session, session.begin():
        await session.execute(text("UPDATE case_notes SET text = 'NOTIZ alt und unverschlüsselt'"))
    async with container.sessions() as session, session.begin():
        assert await seal_legacy(session) == 1  # only the one plain value
    async with container.sessions() as session:
        raw = (await session.scalars(text("SELECT text FROM case_notes"))).one()
        assert is_sealed(raw)
        assert (await session.scalars(select(CaseNote.text))).one() == raw  # a bare column is not opened…
        assert (await session.scalars(select(CaseNote))).one().text == "NOTIZ alt und unverschlüsselt"  # …a row is
        staff = (await session.scalars(select(StaffUser).where(StaffUser.username == "fallberatung"))).one()
    assert staff.role == "caseworker" and intake_id


async def test_a_declined_or_referred_case_is_anonymised_like_a_closed_one(container: Container,
                                                                           clock: Clock) -> None:
    """Nothing more happens with a case clearing declined or sent elsewhere: after the profile's days its
    answers and the conversation's stored answers go too, the figures keep counting it."""
    from tests.test_clearing import intake_of

    await setup(container)
    declined = await intake_of(container, "declined-person")
    referred = await intake_of(container, "referred-person", sharing=("jmd",))
    kept = await intake_of(container, "waiting-person")
    async with staff_client(container, "clearing", "demo-clearing") as client:
        await client.post(f"/staff/clearing/{declined}/decide", data={"action": "decline", "reason": "wohnt woanders"})
        await client.post(f"/staff/clearing/{referred}/decide", data={"action": "refer", "organisation": "jmd"})
        await client.post(f"/staff/clearing/{kept}/decide", data={"action": "waitlist"})
    after = timedelta(days=30)
    clock.advance(days=29)
    async with container.sessions() as session, session.begin():
        assert await anonymise_due(session, container.cipher, clock(), after) == 0
    clock.advance(days=2)
    async with container.sessions() as session, session.begin():
        assert await anonymise_due(session, container.cipher, clock(), after) == 2
    async with container.sessions() as session:
        rows = {i.id: i for i in await session.scalars(select(Intake))}
        states = [c.state for c in await session.scalars(select(Conversation).where(Conversation.status == "anonymised"))]
    assert rows[declined].status == rows[referred].status == "anonymised" and rows[kept].status == "waitlisted"
    assert rows[declined].answers == {} and rows[declined].stats["household_size"] == 1
    assert states == [{}, {}]
