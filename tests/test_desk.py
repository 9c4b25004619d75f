"""The caseworker's desk: my cases, the first contact due within 7 days of the assignment (flagged when
late), follow-ups that come back on their date; nobody else changes my case. SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from backend.container import Container
from backend.demo import seed_demo
from storage import clearing
from storage.models import Assignment, AuditEvent, Intake, StaffUser
from storage.staff import create_staff
from tests.chat import ChatDriver
from tests.conftest import SP, Clock, demo_password
from tests.staff_http import log_in_again
from tests.test_appointments import staff_client


async def test_my_cases_first_contact_deadline_and_followups_that_come_back(container: Container, clock: Clock) -> None:
    async with container.sessions() as session, session.begin():
        await seed_demo(session)
        await create_staff(session, "jmd1", demo_password("jmd1"), "caseworker", "JMD")
    await ChatDriver(container, user="p1").complete_intake("de")
    async with container.sessions() as session, session.begin():
        users = {u.username: u for u in await session.scalars(select(StaffUser))}
        intake = (await session.scalars(select(Intake))).one()
        await clearing.decide(session, users["clearing"], intake, "admit", reason="", category="B", now=clock(),
                              organisation=SP, caseworker_id=users["fallberatung"].id)
    async with staff_client(container, "fallberatung", "demo-fallberatung") as me:
        page = (await me.get("/staff/desk")).text
        assert f"Fall #{intake.id}" in page and "Kategorie B" in page and "Erstkontakt überfällig" not in page
        clock.advance(days=8)
        await log_in_again(me, "fallberatung")  # days later: a new session
        page = (await me.get("/staff/desk")).text
        assert "Erstkontakt überfällig" in page  # 7 days passed without a first contact
        r = await me.post(f"/staff/desk/{intake.id}/first-contact")
        assert "hinweis=erstkontakt" in r.headers["location"]
        page = (await me.get("/staff/desk")).text
        assert "Erstkontakt überfällig" not in page and "Erstkontakt am" in page
        in_two_weeks = (clock() + timedelta(days=14)).date().isoformat()
        r = await me.post(f"/staff/desk/{intake.id}/followups", data={"due_on": in_two_weeks,
                                                                     "note": "Kita-Anmeldung nachfragen"})
        assert "hinweis=wiedervorlage" in r.headers["location"]
        assert "(fällig)" not in (await me.get("/staff/desk")).text
        clock.advance(days=14)
        await log_in_again(me, "fallberatung")
        page = (await me.get("/staff/desk")).text
        assert "(fällig)</strong>: Kita-Anmeldung nachfragen" in page  # it came back on its date
        past = await me.post(f"/staff/desk/{intake.id}/followups", data={"due_on": "2020-01-01", "note": "x"})
        assert "fehler=datum" in past.headers["location"]
    async with staff_client(container, "jmd1", demo_password("jmd1")) as other:
        assert f"Fall #{intake.id}" not in (await other.get("/staff/desk")).text
        assert (await other.post(f"/staff/desk/{intake.id}/first-contact")).status_code == 403
    async with container.sessions() as session:
        assignment = (await session.scalars(select(Assignment))).one()
        logged = [e.action for e in await session.scalars(select(AuditEvent).order_by(AuditEvent.id))]
    assert assignment.state == "accepted" and assignment.first_contact_at is not None  # the contact accepted it
    assert "first_contact" in logged and "followup" in logged


async def test_closing_with_a_reason_and_anonymising_on_schedule_keeps_only_counts(
        container: Container, clock: Clock) -> None:
    from datetime import timedelta

    from storage.closure import anonymise_due
    from storage.models import CaseDecision, CaseFollowUp

    async with container.sessions() as session, session.begin():
        await seed_demo(session)
        await create_staff(session, "jmd1", demo_password("jmd1"), "caseworker", "JMD")
    await ChatDriver(container, user="p2").complete_intake("uk", topics=("housing", "work"))
    async with container.sessions() as session, session.begin():
        users = {u.username: u for u in await session.scalars(select(StaffUser))}
        intake = (await session.scalars(select(Intake))).one()
        await clearing.decide(session, users["clearing"], intake, "admit", reason="", now=clock(),
                              organisation=SP, caseworker_id=users["fallberatung"].id)
    async with staff_client(container, "fallberatung", "demo-fallberatung") as me:
        await me.post(f"/staff/desk/{intake.id}/first-contact")
        due = (clock() + timedelta(days=30)).date().isoformat()
        await me.post(f"/staff/desk/{intake.id}/followups", data={"due_on": due, "note": "Wohnungsamt anrufen"})
        clock.advance(days=183)
        await log_in_again(me, "fallberatung")
        page = (await me.get("/staff/desk")).text
        assert "zur Prüfung: lange unverändert" in page  # half a year without a step: it resurfaces
        assert (await me.post(f"/staff/desk/{intake.id}/close", data={"reason": "tired"})).headers[
            "location"].endswith("fehler=abschluss-grund")
        r = await me.post(f"/staff/desk/{intake.id}/close", data={"reason": "no_contact", "note": "3× angeschrieben"})
        assert "hinweis=abgeschlossen" in r.headers["location"]
        assert f"Fall #{intake.id}" not in (await me.get("/staff/desk")).text
        clock.advance(days=20)
        await log_in_again(me, "fallberatung")
        # a closed case is read-only: nothing new about the person after the closure, and a second
        # close (double tap, an old tab) neither fails nor moves the closure date on (its anonymisation)
        for path, data in ((f"/staff/cases/{intake.id}/notes", {"text": "Nachtrag"}),
                           (f"/staff/cases/{intake.id}/plan", {"motto": "Neu", "review_on": ""}),
                           (f"/staff/desk/{intake.id}/followups", {"due_on": due, "note": "Nachfassen"}),
                           (f"/staff/cases/{intake.id}/message", {"template": "please-call"}),
                           (f"/staff/desk/{intake.id}/first-contact", {})):
            assert (await me.post(path, data=data)).status_code == 403, path
        again = await me.post(f"/staff/desk/{intake.id}/close", data={"reason": "goals_reached"})
        assert "hinweis=abgeschlossen" in again.headers["location"]
        page = (await me.get(f"/staff/intakes/{intake.id}")).text
        assert "Nachtrag" not in page and 'action="/staff/cases/' not in page  # no forms to write on it
    async with staff_client(container, "jmd1", demo_password("jmd1")) as other:  # not theirs: refused
        assert (await other.post(f"/staff/desk/{intake.id}/close", data={"reason": "goals_reached"})).status_code == 403
    async with container.sessions() as session:
        row = await session.get(Intake, intake.id)
        assert row.closure_reason == "no_contact" and row.closed_at == clock() - timedelta(days=20)
        assert [d.action for d in await session.scalars(select(CaseDecision))] == ["admit", "close"]
    after = timedelta(days=container.municipality.rules.anonymise_after_closure_days)  # type: ignore[union-attr]
    async with container.sessions() as session, session.begin():
        assert await anonymise_due(session, container.cipher, clock(), after) == 0  # not yet
    clock.advance(days=11)
    async with container.sessions() as session, session.begin():
        assert await anonymise_due(session, container.cipher, clock(), after) == 1
    async with container.sessions() as session:
        row = await session.get(Intake, intake.id)
        decisions = [(d.action, d.reason) for d in await session.scalars(select(CaseDecision).order_by(CaseDecision.id))]
        followups = (await session.scalars(select(CaseFollowUp))).all()
    assert (row.status, row.answers, row.contact_id, row.closure_reason) == ("anonymised", {}, None, "no_contact")
    assert row.stats == {"topics": ["work", "housing"], "household_size": 2, "arrival_year": "2023",
                         "german_level": "a2"}
    assert decisions == [("admit", "admit"), ("close", "close")] and followups == []  # notes gone, counts stay
    async with staff_client(container, "clearing", "demo-clearing") as client:
        assert (await client.get(f"/staff/intakes/{intake.id}")).status_code == 404
        assert (await client.get("/api/intakes")).json() == []


async def test_a_plan_has_at_most_three_open_goals_per_life_domain(container: Container, clock: Clock) -> None:
    import pytest

    from storage import plans
    from storage.intakes import AccessDenied

    async with container.sessions() as session, session.begin():
        await seed_demo(session)
        await create_staff(session, "jmd1", demo_password("jmd1"), "caseworker", "JMD")
        users = {u.username: u for u in await session.scalars(select(StaffUser))}
        intake = Intake(script_id="intake", script_version="v", language="de", channel="web", answers={},
                        status="new", submitted_at=clock())
        session.add(intake)
        await session.flush()
        await clearing.decide(session, users["clearing"], intake, "admit", reason="", now=clock(),
                              organisation=SP, caseworker_id=users["fallberatung"].id)
        for n in range(3):
            await plans.add_goal(session, users["fallberatung"], intake.id, "language", f"Kurs {n}", "yes", clock())
        with pytest.raises(plans.PlanRefused, match="Höchstens 3"):
            await plans.add_goal(session, users["fallberatung"], intake.id, "language", "Kurs 4", "no", clock())
        await plans.add_goal(session, users["fallberatung"], intake.id, "work", "Praktikum", "next_best", clock())
        with pytest.raises(AccessDenied):
            await plans.add_goal(session, users["jmd1"], intake.id, "work", "fremd", "yes", clock())
        _plan, goals = await plans.plan_of(session, intake.id)
        assert [(g.domain, g.service) for g, _ in goals] == [("language", "yes")] * 3 + [("work", "next_best")]


async def test_closing_can_ask_the_person_for_voluntary_feedback(container: Container, clock: Clock) -> None:
    from storage.models import CheckinResponse
    from tests.test_outbox import FakeSender

    async with container.sessions() as session, session.begin():
        await seed_demo(session)
    chat = ChatDriver(container, user="8100", channel="telegram")
    await chat.complete_intake("ro")
    sender = FakeSender()
    container.dispatcher.senders["telegram"] = sender
    async with container.sessions() as session, session.begin():
        users = {u.username: u for u in await session.scalars(select(StaffUser))}
        intake = (await session.scalars(select(Intake))).one()
        await clearing.decide(session, users["clearing"], intake, "admit", reason="", now=clock(),
                              organisation=SP, caseworker_id=users["fallberatung"].id)
    async with staff_client(container, "fallberatung", "demo-fallberatung") as me:
        await me.post(f"/staff/desk/{intake.id}/close", data={"reason": "goals_reached", "evaluate": "yes"})
    await container.dispatcher.tick()
    asked = [t for _, t in sender.sent if container.l10n.message("ro", "followup-evaluation") in t]
    assert len(asked) == 1
    await chat.press_data("k:evaluation:partly")
    async with container.sessions() as session:
        answers = [(r.purpose, r.answer) for r in await session.scalars(select(CheckinResponse))]
    assert answers == [("evaluation", "partly")]
