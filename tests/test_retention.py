"""The consent text's promise, kept: "after the counselling the data is anonymised, at the latest 9 months
after the last contact" – also for a case nobody closed and for a person who never finished the intake.
SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from backend.container import Container
from backend.demo import seed_demo
from storage import clearing
from storage.models import (
    Appointment,
    AuditEvent,
    CaseNote,
    ConsentRecord,
    Contact,
    Conversation,
    Intake,
    StaffUser,
)
from storage.retention import expire_inactive
from tests.chat import ChatDriver
from tests.conftest import SP, Clock
from tests.test_appointments import staff_client


async def run(c: Container, clock: Clock) -> dict[str, int]:
    quiet = timedelta(days=c.municipality.rules.anonymise_after_no_contact_days)  # type: ignore[union-attr]
    async with c.sessions() as session, session.begin():
        return await expire_inactive(session, c.cipher, clock(), quiet)


async def submitted(c: Container, user: str, lang: str) -> tuple[ChatDriver, Intake]:
    """A person who sends the whole intake, and their case."""
    chat = ChatDriver(c, user=user)
    await chat.complete_intake(lang)
    async with c.sessions() as session:
        contact = (await session.scalars(select(Contact).order_by(Contact.id.desc()))).first()
        return chat, (await session.scalars(select(Intake).where(Intake.contact_id == contact.id))).one()


async def test_nine_months_without_contact_anonymise_the_case_and_forget_the_person(
        container: Container, clock: Clock) -> None:
    async with container.sessions() as session, session.begin():
        await seed_demo(session)
    # submitted, nobody decided, the person never wrote again
    waiting, forgotten = await submitted(container, "never-heard-of-again", "ar")
    _, worked = await submitted(container, "in-counselling", "uk")
    talking, written = await submitted(container, "still-writing", "fa")
    unfinished = ChatDriver(container, user="stopped-at-question-3")
    await unfinished.to_household("tr")  # consented, never submitted
    async with container.sessions() as session, session.begin():
        users = {u.username: u for u in await session.scalars(select(StaffUser))}
        for intake in (forgotten, worked):
            await clearing.decide(session, users["clearing"], await session.get(Intake, intake.id), "admit", reason="",
                                  now=clock(), organisation=SP, caseworker_id=users["fallberatung"].id)
    async with staff_client(container, "fallberatung", "demo-fallberatung") as me:
        await me.post(f"/staff/cases/{forgotten.id}/notes", data={"text": "Telefonat: Wohnung in der Lindenstraße"})
    clock.advance(days=150)  # the caseworker takes a step on one case, another person writes
    async with staff_client(container, "fallberatung", "demo-fallberatung") as me:
        assert (await me.post(f"/staff/desk/{worked.id}/first-contact")).status_code == 303
        assert "rund 9 Monaten" not in (await me.get("/staff/desk")).text
    clock.advance(days=100)
    await talking.command("help")
    clock.advance(days=22)  # 272 days after the first three, 122 after the step, 22 after the message
    assert await run(container, clock) == {"cases": 0, "contacts": 0}  # not a day early
    clock.advance(days=2)
    assert await run(container, clock) == {"cases": 1, "contacts": 2}
    async with container.sessions() as session:
        gone = await session.get(Intake, forgotten.id)
        assert (gone.status, gone.closure_reason, gone.answers, gone.contact_id) == ("anonymised", "no_contact", {}, None)
        assert gone.stats["household_size"] == 2  # the figures keep counting it
        assert (await session.scalars(select(CaseNote))).all() == []
        assert "Lindenstraße" not in str([c.state for c in await session.scalars(select(Conversation))])
        assert (await session.get(Intake, worked.id)).status == "admitted"
        assert (await session.get(Intake, written.id)).status == "new"
        assert len((await session.scalars(select(Contact))).all()) == 2  # the person of the unfinished intake too
        people = {c.contact_id for c in await session.scalars(select(ConsentRecord))}
        assert people == {worked.contact_id, written.contact_id}
        closed_by_rule = (await session.scalars(select(AuditEvent).where(
            AuditEvent.action == "close", AuditEvent.object_id == str(forgotten.id)))).one()
        assert closed_by_rule.staff_user_id is None and closed_by_rule.reason == "no_contact"
    clock.advance(days=200)  # half a year after the step: the case is shown for review, with the rule
    async with staff_client(container, "fallberatung", "demo-fallberatung") as me:
        page = (await me.get("/staff/desk")).text
        assert f"Fall #{worked.id}" in page and "rund 9 Monaten" in page
    clock.advance(days=74)
    assert await run(container, clock) == {"cases": 2, "contacts": 2}
    async with container.sessions() as session:
        assert (await session.scalars(select(Contact))).all() == []
    await waiting.command("start")  # someone writing again later simply starts afresh
    assert waiting.texts, "no answer to a new start"


async def test_any_staff_step_counts_as_contact_and_a_cancelled_appointment_does_not(
        container: Container, clock: Clock) -> None:
    """A case clearing admits after months in the queue is not anonymised an hour later (the decision is
    a step); a planned follow-up keeps a case; an appointment that was cancelled does not."""
    async with container.sessions() as session, session.begin():
        await seed_demo(session)
    _, admitted = await submitted(container, "admitted-late", "ro")
    _, dropped = await submitted(container, "cancelled-only", "bg")
    async with container.sessions() as session, session.begin():
        session.add(Appointment(intake_id=dropped.id, contact_id=dropped.contact_id, kind="office", status="cancelled",
                                starts_at=clock() + timedelta(days=300), ends_at=clock() + timedelta(days=300, hours=1)))
    clock.advance(days=280)
    async with container.sessions() as session, session.begin():
        users = {u.username: u for u in await session.scalars(select(StaffUser))}
        await clearing.decide(session, users["clearing"], await session.get(Intake, admitted.id), "admit", reason="",
                              now=clock(), organisation=SP, caseworker_id=users["fallberatung"].id)
    clock.advance(hours=1)
    assert await run(container, clock) == {"cases": 1, "contacts": 1}  # the cancelled one only, and its person
    async with container.sessions() as session:
        assert (await session.get(Intake, admitted.id)).status == "admitted"
        assert (await session.get(Intake, dropped.id)).status == "anonymised"
    async with staff_client(container, "fallberatung", "demo-fallberatung") as me:  # a Wiedervorlage in a year
        due = (clock().date() + timedelta(days=365)).isoformat()
        await me.post(f"/staff/desk/{admitted.id}/followups", data={"due_on": due, "note": "Nachfrage Kurs"})
    clock.advance(days=300)
    assert await run(container, clock) == {"cases": 0, "contacts": 0}  # the follow-up is still planned
    clock.advance(days=330)  # its due date was 265 days ago: not yet
    assert (await run(container, clock))["cases"] == 0
    clock.advance(days=10)  # 275 days after the date it was due (undone)
    assert (await run(container, clock))["cases"] == 1
