"""One case from start to end, through the real Telegram adapter: the intake in Ukrainian → clearing
admits and assigns (the person is told in Ukrainian) → the caseworker plans a goal with a step and a
follow-up and sends a templated message (it arrives in Ukrainian) → the case is closed → anonymised
after the profile's period (the clock is moved on). SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from backend.app import create_app
from backend.container import Container
from storage.closure import anonymise_due
from storage.models import CaseFollowUp, CaseNote, Intake, PlanGoal, PlanStep, StaffUser
from tests.fake_telegram import FakeTelegram
from tests.staff_http import staff_http
from tests.test_telegram_e2e import User, bot_container, fake, shown  # noqa: F401 (fixtures)

PERSON = 5151


async def test_from_telegram_intake_to_anonymised_case(bot_container: Container, fake: FakeTelegram) -> None:  # noqa: F811
    c = bot_container
    user = User(fake, PERSON)

    def says(msg_id: str, **args: object) -> str:
        return c.l10n.message("uk", msg_id, args).replace("\u2068", "").replace("\u2069", "")

    await user.says("/start")
    await user.presses("a:language:uk", expect=says("q-age-gate"))
    for data in ("a:age_gate:adult", "a:consent:yes", "d:sharing:", "a:crisis:none"):
        await user.presses(data)
    await user.says("1")
    await user.says("29")
    for data in ("a:member_gender:female", "a:member_nationality:ukraine", "a:member_residence:residence_permit"):
        await user.presses(data)
    await user.says("05/2022")
    await user.says("06/2022")
    for data in ("t:family_languages:ukrainian", "d:family_languages:", "a:german_level:a2", "a:interpreter:not_needed",
                 "a:housing:with_others", "a:housing_adequate:not_adequate", "s:health:", "s:reunification:",
                 "t:work:looking", "d:work:", "t:barriers:debts", "t:barriers:lonely", "d:barriers:", "t:agencies:none", "d:agencies:", "a:counsellor:no_counsellor",
                 "t:topics:housing", "d:topics:", "s:remarks:"):
        await user.presses(data)
    await user.presses("a:summary:submit", expect=says("q-appointment"))
    await user.presses("a:appointment:later", expect=says("done-next-steps"))

    app = create_app(c)
    async with c.sessions() as session:
        intake = (await session.scalars(select(Intake))).one()
        worker = (await session.scalars(select(StaffUser).where(StaffUser.username == "fallberatung"))).one()
    async with staff_http(app, "http://test") as clearing:
        await clearing.post("/staff/login", data={"username": "clearing", "password": "demo-clearing"})
        queue = (await clearing.get("/api/clearing")).json()
        assert [i["id"] for i in queue] == [intake.id]
        r = await clearing.post(f"/staff/clearing/{intake.id}/decide", data={
            "action": "admit", "organisation": "sp", "caseworker": str(worker.id), "category": "B",
            "reason": "Wohnung und Arbeit"})
        assert "hinweis=admit" in r.headers["location"]
    before = len(fake.messages_to(PERSON))
    await c.dispatcher.tick()
    told = [shown(m) for m in fake.messages_to(PERSON)[before:]]
    assert any(says("decision-admitted", organisation="Servicestelle Zuwanderung Musterstadt") in t for t in told), told

    async with staff_http(app, "http://test") as me:
        await me.post("/staff/login", data={"username": "fallberatung", "password": "demo-fallberatung"})
        assert f"Fall #{intake.id}" in (await me.get("/staff/desk")).text
        await me.post(f"/staff/desk/{intake.id}/first-contact")
        await me.post(f"/staff/cases/{intake.id}/plan", data={"motto": "Eine eigene Wohnung in Musterstadt"})
        r = await me.post(f"/staff/cases/{intake.id}/goals", data={
            "domain": "housing", "text": "Wohnberechtigungsschein beantragen", "service": "next_best"})
        assert "hinweis=ziel" in r.headers["location"]
        async with c.sessions() as session:
            goal = (await session.scalars(select(PlanGoal))).one()
        due = (c.runtime.clock() + timedelta(days=14)).date().isoformat()
        await me.post(f"/staff/goals/{goal.id}/steps", data={"intake_id": str(intake.id), "text": "Antrag ausfüllen",
                                                              "owner": "Person mit Fachkraft", "due_on": due})
        await me.post(f"/staff/desk/{intake.id}/followups", data={"due_on": due, "note": "Antrag abgegeben?"})
        await me.post(f"/staff/cases/{intake.id}/notes", data={"text": "Erstgespräch im Büro, <b>Tochter</b> dabei"})
        case_page = (await me.get(f"/staff/intakes/{intake.id}")).text
        assert "Wohnberechtigungsschein beantragen" in case_page and "nächstbeste Lösung genutzt" in case_page
        assert "Antrag ausfüllen – Person mit Fachkraft" in case_page
        assert "Erstgespräch im Büro, &lt;b&gt;Tochter&lt;/b&gt; dabei" in case_page  # notes, escaped
        r = await me.post(f"/staff/cases/{intake.id}/message", data={"template": "goal-check"})
        assert "hinweis=nachricht" in r.headers["location"]
        before = len(fake.messages_to(PERSON))
        await c.dispatcher.tick()
        arrived = [shown(m) for m in fake.messages_to(PERSON)[before:]]
        assert arrived == [says("template-goal-check", phone="+49 1234 56789-0")]
        r = await me.post(f"/staff/desk/{intake.id}/close", data={"reason": "goals_reached"})
        assert "hinweis=abgeschlossen" in r.headers["location"]

    later = c.runtime.clock() + timedelta(days=c.municipality.rules.anonymise_after_closure_days + 1)  # type: ignore[union-attr]
    async with c.sessions() as session, session.begin():
        assert await anonymise_due(session, c.cipher, later, timedelta(days=30)) == 1
    async with c.sessions() as session:
        row = await session.get(Intake, intake.id)
        left = (await session.scalars(select(CaseFollowUp))).all()
        steps = (await session.scalars(select(PlanStep))).all()
    assert (row.status, row.answers, row.contact_id, row.closure_reason) == ("anonymised", {}, None, "goals_reached")
    assert row.stats is not None and row.stats["topics"] == ["housing"] and left == []
    assert steps == [] and (await _goals(c)) == []  # the plan is personal too: it goes
    async with c.sessions() as session:
        assert (await session.scalars(select(CaseNote))).all() == []


async def _goals(c: Container) -> list[PlanGoal]:
    async with c.sessions() as session:
        return list((await session.scalars(select(PlanGoal))).all())
