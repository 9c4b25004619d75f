"""Clearing: the queue (oldest first, urgent on top, 7-day deadline), decisions with who/when/why, the
consent check before a case goes to another organisation, the bounded waitlist, assignments as a state
machine, caseworkers' load against 60 % of their post, and who may do what. SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from backend.container import Container
from backend.demo import seed_demo
from storage import clearing
from storage.intakes import AccessDenied
from storage.models import Assignment, AuditEvent, CaseDecision, Intake, StaffUser
from storage.staff import create_staff
from tests.chat import ChatDriver
from tests.conftest import DEMO_PROFILE, SP, Clock, demo_password
from tests.staff_http import log_in_again
from tests.test_appointments import staff_client


async def setup(c: Container) -> None:
    async with c.sessions() as session, session.begin():
        await seed_demo(session)
        for name in ("jmd1", "fb1", "awo1", "caritas1"):
            await create_staff(session, name, demo_password(name), "caseworker", name.upper())


async def user_id(c: Container, username: str) -> str:
    """A staff account's id, as a form sends it."""
    async with c.sessions() as session:
        return str((await session.scalars(select(StaffUser.id).where(StaffUser.username == username))).one())


async def intake_of(c: Container, user: str, sharing: tuple[str, ...] = (), crisis: bool = False) -> int:
    chat = ChatDriver(c, user=user)
    await chat.to_household("de", sharing=sharing, crisis=crisis)
    # the rest of the intake as the shared helper answers it
    async with c.sessions() as session:
        before = set(await session.scalars(select(Intake.id)))
    await _finish(chat)
    async with c.sessions() as session:
        return (set(await session.scalars(select(Intake.id))) - before).pop()


async def _finish(chat: ChatDriver) -> None:
    await chat.text("1")
    await chat.text("22")
    for data in ("a:member_gender:female", "a:member_nationality:syria", "a:member_residence:asylum_pending"):
        await chat.press_data(data)
    await chat.text("03/2024")
    await chat.text("03/2024")
    for data in ("t:family_languages:arabic", "d:family_languages:", "a:german_level:none", "a:interpreter:not_needed",
                 "a:housing:shelter", "a:housing_adequate:not_adequate", "s:health:", "a:reunification:not_planned",
                 "t:work:looking", "d:work:", "s:barriers:", "t:agencies:none", "d:agencies:", "a:counsellor:no_counsellor",
                 "t:topics:housing", "d:topics:", "s:remarks:", "a:summary:submit"):
        await chat.press_data(data)


async def test_the_queue_is_oldest_first_urgent_on_top_and_flags_the_deadline(container: Container, clock: Clock) -> None:
    await setup(container)
    first = await intake_of(container, "a", sharing=("jmd",))  # released the JMD: proposed there
    clock.advance(days=2)
    second = await intake_of(container, "b")  # released nothing: the JMD passed over
    clock.advance(days=1)
    urgent = await intake_of(container, "c", crisis=True)
    async with staff_client(container, "clearing", "demo-clearing") as client:
        page = (await client.get("/staff/clearing")).text
        order = [page.index(f'id="i{n}"') for n in (urgent, first, second)]
        assert order == sorted(order)
        assert "Frist überschritten" not in page
        assert "Jugendmigrationsdienst Musterstadt (jmd1)" in page  # 22, asylum pending → JMD, with its reasons
        assert "Regel „asylum_pending“ (Aufenthaltsstatus: asylum_pending)" in page
        assert "Jugendmigrationsdienst Musterstadt: keine Freigabe der Person zur Weitergabe" in page
        clock.advance(days=5)
        await log_in_again(client, "clearing")  # days later: a new session
        page = (await client.get("/staff/clearing")).text
        assert page.count("Frist überschritten") == 1  # the first one: submitted 8 days ago
        api = (await client.get("/api/clearing")).json()
        assert [i["id"] for i in api] == [urgent, first, second] and [i["overdue"] for i in api] == [False, True, False]


async def test_admitting_records_who_when_why_and_the_caseworker_accepts(container: Container, clock: Clock) -> None:
    await setup(container)
    intake_id = await intake_of(container, "a")
    async with container.sessions() as session:
        sp_worker = (await session.scalars(select(StaffUser).where(StaffUser.username == "fallberatung"))).one()
    async with staff_client(container, "clearing", "demo-clearing") as client:
        r = await client.post(f"/staff/clearing/{intake_id}/decide", data={
            "action": "admit", "organisation": "sp", "caseworker": str(sp_worker.id), "category": "A",
            "reason": "Wohnen und Arbeit, viele Stellen beteiligt"})
        assert "hinweis=admit" in r.headers["location"]
        page = (await client.get("/staff/clearing")).text
        assert "Keine neuen Erstgespräche" in page and "4.0 von 17.6 Std./Woche" in page  # A = 4 h of 0.75 × 23.4
    async with container.sessions() as session:
        decision = (await session.scalars(select(CaseDecision))).one()
        assignment = (await session.scalars(select(Assignment))).one()
        intake = await session.get(Intake, intake_id)
        audit = (await session.scalars(select(AuditEvent).where(AuditEvent.action == "admit"))).one()
    assert (decision.action, decision.reason, intake.status) == ("admit", "Wohnen und Arbeit, viele Stellen beteiligt",
                                                                 "admitted")
    assert decision.staff_user_id is not None and decision.at == clock() and audit.object_id == str(intake_id)
    assert (assignment.state, assignment.organisation, assignment.staff_user_id, assignment.category) == (
        "proposed", "sp", sp_worker.id, "A")
    async with staff_client(container, "jmd1", demo_password("jmd1")) as other:  # not theirs
        r = await other.post(f"/staff/assignments/{assignment.id}/accepted", data={})
        assert r.status_code == 403
    async with staff_client(container, "fallberatung", "demo-fallberatung") as mine:
        r = await mine.post(f"/staff/assignments/{assignment.id}/accepted", data={})
        assert "hinweis=accepted" in r.headers["location"]
        r = await mine.post(f"/staff/assignments/{assignment.id}/rejected", data={"reason": "zu spät"})
        assert "fehler=" in r.headers["location"]  # accepted cannot become rejected
    async with container.sessions() as session:
        assert (await session.get(Assignment, assignment.id)).state == "accepted"


async def test_a_case_goes_to_another_organisation_only_with_consent_for_that_recipient(
        container: Container, clock: Clock) -> None:
    await setup(container)
    without = await intake_of(container, "a")
    with_jmd = await intake_of(container, "b", sharing=("jmd",))
    sp_worker = await user_id(container, "fallberatung")
    async with staff_client(container, "clearing", "demo-clearing") as client:
        r = await client.post(f"/staff/clearing/{without}/decide", data={"action": "refer", "organisation": "jmd"})
        assert r.headers["location"].startswith("/staff/clearing?fehler=keine-freigabe#")
        r = await client.post(f"/staff/clearing/{with_jmd}/decide", data={"action": "admit", "organisation": "ja"})
        assert "fehler=keine-freigabe" in r.headers["location"]  # the chat does not ask about the youth office
        page = (await client.get(r.headers["location"])).text
        assert "nicht freigegeben" in page
        r = await client.post(f"/staff/clearing/{with_jmd}/decide", data={"action": "refer", "organisation": "jmd"})
        assert "hinweis=refer" in r.headers["location"]
        r = await client.post(f"/staff/clearing/{without}/decide", data={"action": "admit", "organisation": "sp",
                                                                         "caseworker": sp_worker})
        assert "hinweis=admit" in r.headers["location"]  # the municipality's own service point: no sharing
    async with container.sessions() as session:
        statuses = {i.id: i.status for i in await session.scalars(select(Intake))}
        assert statuses == {without: "admitted", with_jmd: "referred"}
        assert len((await session.scalars(select(CaseDecision))).all()) == 2  # refused decisions left no trace


async def test_the_waitlist_is_bounded_and_a_decline_needs_a_reason(container: Container, clock: Clock) -> None:
    await setup(container)
    async with container.sessions() as session, session.begin():
        staff = (await session.scalars(select(StaffUser).where(StaffUser.username == "clearing"))).one()
        sp_worker = (await session.scalars(select(StaffUser).where(StaffUser.username == "fallberatung"))).one()
        intakes = [Intake(script_id="intake", script_version="v", language="de", channel="web", answers={},
                          status="new", submitted_at=clock()) for _ in range(12)]
        session.add_all(intakes)
        await session.flush()
        for intake in intakes[:10]:
            await clearing.decide(session, staff, intake, "waitlist", reason="", waitlist_size=10, now=clock())
        with pytest.raises(clearing.DecisionRefused, match="Warteliste ist voll"):
            await clearing.decide(session, staff, intakes[10], "waitlist", reason="", waitlist_size=10, now=clock())
        with pytest.raises(clearing.DecisionRefused, match="braucht einen Grund"):
            await clearing.decide(session, staff, intakes[10], "decline", reason=" ", now=clock())
        await clearing.decide(session, staff, intakes[10], "decline", reason="wohnt nicht in der Stadt", now=clock())
        # someone on the waitlist can be admitted later
        await clearing.decide(session, staff, intakes[0], "admit", reason="Platz frei", organisation=SP,
                              caseworker_id=sp_worker.id, now=clock())
        assert await clearing.waitlist_length(session) == 9


async def test_only_clearing_decides_and_assignments_follow_their_states(container: Container, clock: Clock) -> None:
    await setup(container)
    async with container.sessions() as session, session.begin():
        users = {u.username: u for u in await session.scalars(select(StaffUser))}
        intake = Intake(script_id="intake", script_version="v", language="de", channel="web", answers={},
                        status="new", submitted_at=clock())
        session.add(intake)
        await session.flush()
        for role in ("fallberatung", "koordination"):
            with pytest.raises(AccessDenied):
                await clearing.decide(session, users[role], intake, "waitlist", reason="", now=clock())
            with pytest.raises(AccessDenied):
                await clearing.queue(session, users[role])
        await clearing.decide(session, users["clearing"], intake, "admit", reason="", organisation=SP,
                              caseworker_id=users["fallberatung"].id, category="B", now=clock())
        assignment = (await session.scalars(select(Assignment))).one()
        with pytest.raises(clearing.DecisionRefused, match="Grund"):
            await clearing.transition(session, users["fallberatung"], assignment, "rejected", reason="", now=clock())
        with pytest.raises(AccessDenied):
            await clearing.transition(session, users["fallberatung"], assignment, "revoked", reason="x", now=clock())
        await clearing.transition(session, users["fallberatung"], assignment, "rejected", reason="keine Zeit", now=clock())
        with pytest.raises(clearing.DecisionRefused, match="in diesem Zustand"):
            await clearing.transition(session, users["clearing"], assignment, "accepted", reason="", now=clock())
        assert (assignment.state, assignment.reason, assignment.decided_by) == ("rejected", "keine Zeit",
                                                                                users["fallberatung"].id)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_who_may_open_the_clearing_queue(container: Container, clock: Clock) -> None:
    await setup(container)
    expected = {"clearing": 200, "fallberatung": 403, "koordination": 403}
    for user, status in expected.items():
        async with staff_client(container, user, demo_password(user)) as client:
            assert (await client.get("/staff/clearing")).status_code == status, user
            assert (await client.get("/api/clearing")).status_code == status, user


async def test_the_newcomer_is_told_each_decision_in_their_language(container: Container, clock: Clock) -> None:
    from tests.test_outbox import FakeSender

    await setup(container)
    sender = FakeSender()
    container.dispatcher.senders["telegram"] = sender
    chats = {}
    for user, lang, sharing in (("7001", "ar", ()), ("7002", "uk", ("jmd",)), ("7003", "fa", ()), ("7004", "tr", ())):
        chat = ChatDriver(container, user=user, channel="telegram")
        await chat.to_household(lang, sharing=sharing)
        await _finish(chat)
        chats[user] = chat
    async with container.sessions() as session:
        ids = {i.contact_id: i.id for i in await session.scalars(select(Intake))}
        contacts = sorted(ids)
    admit, refer, wait, decline = (ids[c] for c in contacts)
    sp_worker = await user_id(container, "fallberatung")
    async with staff_client(container, "clearing", "demo-clearing") as client:
        for intake_id, data in ((admit, {"action": "admit", "organisation": "sp", "caseworker": sp_worker}),
                                (refer, {"action": "refer", "organisation": "jmd"}),
                                (wait, {"action": "waitlist"}),
                                (decline, {"action": "decline", "reason": "wohnt nicht in Musterstadt"})):
            r = await client.post(f"/staff/clearing/{intake_id}/decide", data=data)
            assert "hinweis=" in r.headers["location"], r.headers["location"]
    assert await container.dispatcher.tick() == 4
    told = {address: text for address, text in sender.sent}
    l10n = container.l10n
    assert l10n.message("ar", "decision-admitted", {"organisation": "X"}).split("X")[0] in told["7001"]
    assert "Servicestelle Zuwanderung Musterstadt" in told["7001"]
    assert "Jugendmigrationsdienst Musterstadt" in told["7002"] and "+49 1234 56789-40" in told["7002"]
    assert l10n.message("fa", "decision-waitlisted", {"sp_phone": "P"}).split("P")[0].strip() in told["7003"]
    assert "Migrationsberatung Musterstadt e. V." in told["7004"]  # where counselling is available
    # three months later the waitlist asks again; the answer lands on the intake for staff
    clock.advance(days=90, minutes=1)
    sender.sent.clear()
    await container.dispatcher.tick()
    # meanwhile: the 10-day appointment offer only to the admitted person, the 3-week hand-over check to the
    # admitted and the referred one; now the waitlist asks again
    handover = {"7001": l10n.message("ar", "followup-handover"), "7002": l10n.message("uk", "followup-handover")}
    assert sorted(a for a, t in sender.sent if a in handover and handover[a] in t) == ["7001", "7002"]
    assert sorted({a for a, _ in sender.sent}) == ["7001", "7002", "7003"]
    assert l10n.message("fa", "decision-waitlist-recontact") in dict(sender.sent)["7003"]
    await chats["7003"].press_data("k:waitlist:still")
    async with staff_client(container, "clearing", "demo-clearing") as client:
        page = (await client.get(f"/staff/intakes/{wait}")).text
    assert "Warteliste: noch Bedarf?" in page and "Ja, noch Bedarf" in page


async def test_an_accepted_case_is_transferred_with_a_reason_and_consent_checked_again(
        container: Container, clock: Clock) -> None:
    await setup(container)
    intake_id = await intake_of(container, "t", sharing=("mbe_awo",))
    async with container.sessions() as session, session.begin():
        users = {u.username: u for u in await session.scalars(select(StaffUser))}
        intake = await session.get(Intake, intake_id)
        await clearing.decide(session, users["clearing"], intake, "admit", reason="", now=clock(),
                              organisation=SP, caseworker_id=users["fallberatung"].id)
        first = (await session.scalars(select(Assignment))).one()
        await clearing.transition(session, users["fallberatung"], first, "accepted", reason="", now=clock())
        with pytest.raises(AccessDenied):
            await clearing.transfer(session, users["fallberatung"], first, DEMO_PROFILE.recipient("mbe_awo"), None, "x", clock())
    async with staff_client(container, "clearing", "demo-clearing") as client:
        refused = await client.post(f"/staff/assignments/{first.id}/transferred", data={
            "organisation": "jmd", "reason": "Alter passt", "back": f"/staff/intakes/{intake_id}"})
        assert "fehler=keine-freigabe" in refused.headers["location"]  # no consent for the JMD
        r = await client.post(f"/staff/assignments/{first.id}/transferred", data={
            "organisation": "mbe_awo", "caseworker": await user_id(container, "awo1"), "reason": "Sprache Russisch",
            "back": f"/staff/intakes/{intake_id}"})
        assert r.headers["location"].startswith(f"/staff/intakes/{intake_id}?hinweis=transferred")
        page = (await client.get(f"/staff/intakes/{intake_id}")).text
        assert "übergeben" in page and "Sprache Russisch" in page and "vorgeschlagen" in page
    async with container.sessions() as session:
        old, new = (await session.scalars(select(Assignment).order_by(Assignment.id))).all()
    assert (old.state, old.reason) == ("transferred", "Sprache Russisch")
    assert (new.state, new.organisation, new.previous_id) == ("proposed", "mbe_awo", old.id)


async def test_three_weeks_after_the_hand_over_the_person_is_asked_whether_it_worked(
        container: Container, clock: Clock) -> None:
    from tests.test_outbox import FakeSender

    await setup(container)
    sender = FakeSender()
    container.dispatcher.senders["telegram"] = sender
    people = {}
    for user in ("9001", "9002"):
        chat = ChatDriver(container, user=user, channel="telegram")
        await chat.to_household("ar")
        await _finish(chat)
        people[user] = chat
    async with container.sessions() as session, session.begin():
        users = {u.username: u for u in await session.scalars(select(StaffUser))}
        first, second = (await session.scalars(select(Intake).order_by(Intake.id))).all()
        for intake in (first, second):
            await clearing.decide(session, users["clearing"], intake, "admit", reason="", now=clock(),
                                  organisation=SP, caseworker_id=users["fallberatung"].id)
        revoked = (await session.scalars(select(Assignment).where(Assignment.intake_id == second.id))).one()
        await clearing.transition(session, users["clearing"], revoked, "revoked", reason="Fehler", now=clock())
    await container.dispatcher.tick()
    sender.sent.clear()
    clock.advance(days=20)
    await container.dispatcher.tick()
    question = container.l10n.message("ar", "followup-handover")
    assert not any(question in t for _, t in sender.sent)  # not before three weeks
    clock.advance(days=1, minutes=1)
    await container.dispatcher.tick()
    asked = [a for a, t in sender.sent if question in t]
    assert asked == ["9001"]  # the revoked hand-over is not asked about
