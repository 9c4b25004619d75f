"""Consent binds the reader, not the form (issue 13, items 1 and 2): a hand-over goes to a caseworker of the
chosen organisation only, with the person's release for that kind of organisation; the release is checked
again on every read, so withdrawing it ends the access at once; a booking shows the caseworker the
appointment, never the intake; the bot offers only the times of people the person released their data
to, also against forged buttons. SQLite and PostgreSQL."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from backend.container import Container
from backend.demo import demo_availability
from storage import clearing, sharing
from storage.models import (
    Appointment,
    Assignment,
    Availability,
    CaseDecision,
    CaseFollowUp,
    CaseNote,
    CasePlan,
    ConsentRecord,
    Intake,
    OutboxMessage,
    StaffUser,
)
from storage.slots import Slot
from tests.chat import ChatDriver
from tests.conftest import SP, Clock, demo_password
from tests.test_appointments import staff_client
from tests.test_clearing import _finish, setup, user_id

HEALTH = "Personen im Haushalt"  # a heading only the intake's answers have


async def intake_of(c: Container, user: str, sharing: tuple[str, ...] = ()) -> tuple[ChatDriver, int]:
    chat = ChatDriver(c, user=user)
    await chat.to_household("de", sharing=sharing)
    await _finish(chat)
    async with c.sessions() as session:
        intake_id = max(await session.scalars(select(Intake.id)))
    return chat, intake_id


async def reads(c: Container, username: str, intake_id: int) -> tuple[int, int]:
    """What a staff member gets for the intake: (page status, API status)."""
    async with staff_client(c, username, demo_password(username)) as client:
        page = await client.get(f"/staff/intakes/{intake_id}")
        api = await client.get(f"/api/intakes/{intake_id}")
        listed = [i["id"] for i in (await client.get("/api/intakes")).json()]
    assert (intake_id in listed) == (api.status_code == 200)
    return page.status_code, api.status_code


async def test_an_admission_goes_only_to_a_caseworker_of_the_chosen_organisation(
        container: Container, clock: Clock) -> None:
    """The bypass: refused all sharing, admitted to the service point but assigned to the JMD's
    caseworker – who then read the whole intake. Now the decision is refused and nothing is stored."""
    await setup(container)
    _chat, intake_id = await intake_of(container, "refuses-all")
    jmd1, coordinator = await user_id(container, "jmd1"), await user_id(container, "koordination")
    async with staff_client(container, "clearing", "demo-clearing") as client:
        for caseworker, why in ((jmd1, "fehler=fachkraft-andere-stelle"),
                                (coordinator, "fehler=fachkraft-unbekannt"),
                                ("987654", "fehler=fachkraft-unbekannt"),  # no such account
                                ("99999999999999999999999", "fehler=fachkraft#"),  # no id at all
                                ("", "fehler=fachkraft#")):
            r = await client.post(f"/staff/clearing/{intake_id}/decide", data={
                "action": "admit", "organisation": "sp", "caseworker": caseworker})
            assert r.status_code == 303 and why in r.headers["location"], (caseworker, r.headers["location"])
        page = (await client.get("/staff/clearing")).text
    async with container.sessions() as session:
        assert (await session.scalars(select(Assignment))).all() == []
        assert (await session.scalars(select(CaseDecision))).all() == []
        assert (await session.get(Intake, intake_id)).status == "new"
    assert await reads(container, "jmd1", intake_id) == (404, 404)
    # the form offers the service point's caseworkers; the JMD is marked and cannot be chosen (no release),
    # its caseworker is not offered; coordinators nowhere
    sp_group = page[page.index('data-organisation="sp"'):]
    sp_group = sp_group[:sp_group.index("</optgroup>")]
    assert "Aylin Demir" in sp_group and "JMD1" not in sp_group
    assert f'value="{jmd1}"' not in page and f'value="{coordinator}"' not in page
    assert re.search(r'<option value="jmd" disabled>[^<]*– keine Freigabe</option>', page)
    assert "Jugendmigrationsdienst" in page and "keine Freigabe der Person zur Weitergabe" in page  # the proposal
    await intake_of(container, "releases-jmd", sharing=("jmd",))  # another person released the JMD
    async with staff_client(container, "clearing", "demo-clearing") as client:
        page = (await client.get("/staff/clearing")).text
    assert page.count(f'value="{jmd1}" data-organisation="jmd"') == 1  # offered for that person only


async def test_an_assignment_to_a_foreign_caseworker_written_before_the_fix_gives_no_access(
        container: Container, clock: Clock) -> None:
    """Data written by the old code (service point, JMD caseworker): the read rule itself refuses it."""
    await setup(container)
    _chat, intake_id = await intake_of(container, "old-row")
    async with container.sessions() as session, session.begin():
        jmd1 = (await session.scalars(select(StaffUser).where(StaffUser.username == "jmd1"))).one()
        session.add(Assignment(intake_id=intake_id, kind="assignment", organisation="sp", staff_user_id=jmd1.id,
                               state="accepted", created_at=clock()))
        (await session.get(Intake, intake_id)).status = "admitted"
    assert await reads(container, "jmd1", intake_id) == (404, 404)
    assert (await reads(container, "fallberatung", intake_id))[1] == 200  # the service point's case


async def test_withdrawing_the_release_ends_the_organisations_access_at_once(
        container: Container, clock: Clock) -> None:
    await setup(container)
    chat, intake_id = await intake_of(container, "jmd-then-no", sharing=("jmd",))
    async with staff_client(container, "clearing", "demo-clearing") as client:
        r = await client.post(f"/staff/clearing/{intake_id}/decide", data={
            "action": "admit", "organisation": "jmd", "caseworker": await user_id(container, "jmd1")})
        assert "hinweis=admit" in r.headers["location"]
    assert await reads(container, "jmd1", intake_id) == (200, 200)
    assert await reads(container, "fallberatung", intake_id) == (404, 404)  # not the service point's case
    async with staff_client(container, "jmd1", demo_password("jmd1")) as jmd:
        assert (await jmd.post(f"/staff/cases/{intake_id}/notes", data={"text": "Erstes Telefonat"})).status_code == 303
        assert (await jmd.post(f"/staff/cases/{intake_id}/plan", data={"motto": "Ausbildung finden",
                                                                       "review_on": ""})).status_code == 303
        assert (await jmd.post(f"/staff/desk/{intake_id}/followups",
                               data={"due_on": "2026-04-01", "note": "Schule anrufen"})).status_code == 303
        await chat.command("consent")  # the person takes the release for the JMD back
        await chat.press_data("t:sharing:jmd")
        await chat.press_data("d:sharing:")
        assert f"Fall #{intake_id}" not in (await jmd.get("/staff/desk")).text
        for path, data in ((f"/staff/cases/{intake_id}/notes", {"text": "Noch eine Notiz"}),
                           (f"/staff/cases/{intake_id}/message", {"template": "please-call"}),
                           (f"/staff/desk/{intake_id}/followups", {"due_on": "2027-01-05", "note": "x"})):
            assert (await jmd.post(path, data=data)).status_code == 403, path
    assert await reads(container, "jmd1", intake_id) == (404, 404)
    async with container.sessions() as session:  # the hand-over has ended and the case waits for clearing again
        assignment = (await session.scalars(select(Assignment))).one()
        assert assignment.state == "revoked" and "widerrufen" in (assignment.reason or "")
        planned = {r.purpose: r.state for r in await session.scalars(select(OutboxMessage).where(
            OutboxMessage.ref_id == assignment.id, OutboxMessage.purpose.in_(("admitted", "handover_case"))))}
        assert planned["handover_case"] == "cancelled"  # no "did it work with them?" in three weeks
        assert (await session.get(Intake, intake_id)).status == "new"
        # and what the JMD wrote about the person is gone at once (DOMAIN §7: withdrawal deletes hand notes),
        # so nothing of it reaches clearing or the next organisation
        assert (await session.scalars(select(CaseNote))).all() == []
        assert await session.get(CasePlan, intake_id) is None
        assert (await session.scalars(select(CaseFollowUp))).all() == []
    async with staff_client(container, "clearing", "demo-clearing") as client:
        page = (await client.get(f"/staff/intakes/{intake_id}")).text
        assert "Erstes Telefonat" not in page and "Ausbildung finden" not in page and "Schule anrufen" not in page
    async with staff_client(container, "clearing", "demo-clearing") as client:
        assert f'id="i{intake_id}"' in (await client.get("/staff/clearing")).text
    async with container.sessions() as session:  # nor can the case be handed on to another JMD caseworker
        staff = (await session.scalars(select(StaffUser).where(StaffUser.username == "clearing"))).one()
        assignment = (await session.scalars(select(Assignment))).one()
        assignment.state = "accepted"
        try:
            await clearing.transfer(session, staff, assignment, container.municipality.recipient("jmd"),
                                    assignment.staff_user_id, "Urlaub", clock())
        except clearing.DecisionRefused as exc:
            assert exc.code == "keine-freigabe"
        else:
            raise AssertionError("a transfer without the release went through")
        await session.rollback()


async def test_each_organisation_is_released_on_its_own_and_a_release_by_kind_still_counts(
        container: Container, clock: Clock) -> None:
    """DOMAIN §7: a release per recipient. Allowing the AWO's migration counselling is not allowing the
    Caritas'; a release given before the chat asked by name ("migration counselling") counts for both
    until the person decides on one of them – the later decision counts, in every query alike."""
    await setup(container)
    _chat, intake_id = await intake_of(container, "awo-only", sharing=("mbe_awo",))
    profile = container.municipality
    async with container.sessions() as session, session.begin():
        users = {u.username: u for u in await session.scalars(select(StaffUser))}
        intake = await session.get(Intake, intake_id)
        with pytest.raises(clearing.DecisionRefused):  # not released: the Caritas
            await clearing.decide(session, users["clearing"], intake, "admit", reason="", now=clock(),
                                  organisation=profile.recipient("mbe_caritas"), caseworker_id=users["caritas1"].id)
        await clearing.decide(session, users["clearing"], intake, "admit", reason="", now=clock(),
                              organisation=profile.recipient("mbe_awo"), caseworker_id=users["awo1"].id)
    assert await reads(container, "awo1", intake_id) == (200, 200)
    _chat, older = await intake_of(container, "kind-release")  # released nothing by name …
    async with container.sessions() as session, session.begin():
        intake = await session.get(Intake, older)
        session.add(ConsentRecord(contact_id=intake.contact_id, kind="share_mbe", granted=True,  # … but by kind, before
                                  text_id="q-sharing", text_version="old", language="de", script_version="old",
                                  recorded_at=clock()))
        await session.flush()
        for org in ("mbe_awo", "mbe_caritas"):
            assert await sharing.may_share(session, intake.contact_id, profile.recipient(org)) is None
        assert await sharing.may_share(session, intake.contact_id, profile.recipient("jmd")) == "keine-freigabe"
        await clearing.decide(session, users["clearing"], intake, "admit", reason="", now=clock(),
                              organisation=profile.recipient("mbe_caritas"), caseworker_id=users["caritas1"].id)
    assert await reads(container, "caritas1", older) == (200, 200)
    async with container.sessions() as session, session.begin():  # later: no to the Caritas by name
        intake = await session.get(Intake, older)
        session.add(ConsentRecord(contact_id=intake.contact_id, kind="release_mbe_caritas", granted=False,
                                  text_id="q-sharing", text_version="new", language="de", script_version="new",
                                  recorded_at=clock()))
        await session.flush()
        assert await clearing.release_withdrawn(session, intake.contact_id, clock()) == 1
        assert await sharing.may_share(session, intake.contact_id, profile.recipient("mbe_awo")) is None
    assert await reads(container, "caritas1", older) == (404, 404)
    async with container.sessions() as session:
        assert (await session.get(Intake, older)).status == "new"  # back to clearing
        assert [a.state for a in await session.scalars(select(Assignment).where(Assignment.intake_id == intake_id))] \
            == ["proposed"]  # the other person's hand-over to the AWO is untouched


async def admitted_to_service_point(c: Container, intake_id: int, clock: Clock) -> dict[str, StaffUser]:
    """Clearing admits the case to the service point's caseworker; the staff accounts by name."""
    async with c.sessions() as session, session.begin():
        users = {u.username: u for u in await session.scalars(select(StaffUser))}
        await clearing.decide(session, users["clearing"], await session.get(Intake, intake_id), "admit", reason="",
                              organisation=SP, caseworker_id=users["fallberatung"].id, now=clock())
    return users


async def test_a_transfer_names_a_caseworker_of_the_receiving_organisation(container: Container, clock: Clock) -> None:
    await setup(container)
    _chat, intake_id = await intake_of(container, "to-mbe", sharing=("mbe_awo",))
    users = await admitted_to_service_point(container, intake_id, clock)
    async with container.sessions() as session, session.begin():
        first = (await session.scalars(select(Assignment))).one()
        first.state = "accepted"
    async with staff_client(container, "clearing", "demo-clearing") as client:
        for caseworker in (str(users["caritas1"].id), str(users["fallberatung"].id), "", "x"):
            r = await client.post(f"/staff/assignments/{first.id}/transferred", data={
                "organisation": "mbe_awo", "caseworker": caseworker, "reason": "Sprache",
                "back": f"/staff/intakes/{intake_id}"})
            assert "fehler=" in r.headers["location"], caseworker  # Caritas' and the service point's are not AWO's
        r = await client.post(f"/staff/assignments/{first.id}/transferred", data={  # to whom already has it
            "organisation": "sp", "caseworker": str(users["fallberatung"].id), "reason": "Urlaub",
            "back": f"/staff/intakes/{intake_id}"})
        assert "fehler=schon-zustaendig" in r.headers["location"]
        page = (await client.get(f"/staff/intakes/{intake_id}")).text
        assert f'value="{users["awo1"].id}" data-organisation="mbe_awo"' in page
        assert f'value="{users["caritas1"].id}"' not in page  # the Caritas was not released: not offered
        assert re.search(r'<option value="mbe_caritas" disabled>[^<]*– keine Freigabe</option>', page)
        async with container.sessions() as session, session.begin():  # the person erased their data meanwhile
            (await session.get(Intake, intake_id)).status = "erased"
        r = await client.post(f"/staff/assignments/{first.id}/transferred", data={
            "organisation": "mbe_awo", "caseworker": str(users["awo1"].id), "reason": "Sprache",
            "back": f"/staff/intakes/{intake_id}"})
        assert "fehler=nicht-gefunden" in r.headers["location"]
    async with container.sessions() as session:
        assert [a.state for a in await session.scalars(select(Assignment))] == ["accepted"]
    assert await reads(container, "caritas1", intake_id) == (404, 404)


# ------------------------------------------------------------------------------------ bookings ---------


async def office_hours(c: Container) -> dict[str, int]:
    """The demo office hours for the service point's caseworker and for the JMD's."""
    await setup(c)
    async with c.sessions() as session, session.begin():
        users = {u.username: u for u in await session.scalars(select(StaffUser))}
        await session.execute(Availability.__table__.delete())
        session.add_all(demo_availability(users["fallberatung"].id))
        session.add(Availability(staff_user_id=users["jmd1"].id, weekday=2, start_time="13:00", end_time="16:00",
                                 slot_minutes=45, kind="office", place="Schulstraße 3", languages=["arabic"],
                                 interpreter_languages=[], active=True))  # Wednesdays: no service point times
    return {name: users[name].id for name in ("fallberatung", "jmd1")}


async def offered_staff(c: Container, chat: ChatDriver) -> set[int]:
    """Whose times the slot buttons of the latest question are."""
    keys = [b.data.split(":")[2] for row in chat.buttons for b in row if "." in b.data]
    assert keys, chat.texts[-1]
    async with c.sessions() as session:
        return {(await session.get(Availability, int(key.split(".")[0]))).staff_user_id for key in keys}


async def test_the_bot_offers_times_of_the_service_point_and_of_released_organisations_only(
        container: Container, clock: Clock) -> None:
    ids = await office_hours(container)
    closed = ChatDriver(container, user="no-release")
    await closed.complete_intake("de")
    await closed.press_data("a:appointment:office")
    assert await offered_staff(container, closed) == {ids["fallberatung"]}
    for _ in range(3):  # more times: still only the service point's
        await closed.press_data("b:appointment:more")
        if any("." in b.data for row in closed.buttons for b in row):
            assert await offered_staff(container, closed) == {ids["fallberatung"]}
    open_ = ChatDriver(container, user="releases-jmd")
    await open_.to_household("de", sharing=("jmd",))
    await _finish(open_)
    await open_.press_data("a:appointment:office")
    seen = await offered_staff(container, open_)
    for _ in range(4):
        await open_.press_data("b:appointment:more")
        if any("." in b.data for row in open_.buttons for b in row):
            seen |= await offered_staff(container, open_)
    assert seen == {ids["fallberatung"], ids["jmd1"]}


async def book_with(c: Container, chat: ChatDriver, staff_id: int) -> Appointment:
    """Ask for an office appointment and page on until a time of this caseworker is offered, then take it."""
    await chat.press_data("a:appointment:office")
    for _ in range(6):
        async with c.sessions() as session:
            theirs = set(await session.scalars(select(Availability.id).where(Availability.staff_user_id == staff_id)))
        mine = [b.data for row in chat.buttons for b in row if "." in b.data
                and int(b.data.split(":")[2].split(".")[0]) in theirs]
        if mine:
            await chat.press_data(mine[0])
            break
        await chat.press_data("b:appointment:more")
    async with c.sessions() as session:
        appt = (await session.scalars(select(Appointment).order_by(Appointment.id.desc()))).first()
    assert appt is not None and appt.staff_user_id == staff_id, chat.texts[-3:]
    return appt


async def test_withdrawing_the_release_cancels_the_bookings_with_that_organisation(
        container: Container, clock: Clock) -> None:
    """A booking tells the caseworker when, what kind, which language: that is sharing too, so it ends
    with the release – the person is told why and can book again; the service point's booking stays."""
    ids = await office_hours(container)
    chat = ChatDriver(container, user="books-then-withdraws")
    await chat.to_household("de", sharing=("jmd",))
    await _finish(chat)
    partner = await book_with(container, chat, ids["jmd1"])
    async with container.sessions() as session, session.begin():  # and one with the service point
        own = Appointment(contact_id=partner.contact_id, intake_id=partner.intake_id, staff_user_id=ids["fallberatung"],
                          kind="phone", starts_at=partner.starts_at + timedelta(days=7),
                          ends_at=partner.ends_at + timedelta(days=7), status="booked")
        session.add(own)
    async with container.sessions() as session:
        reminders = list(await session.scalars(select(OutboxMessage).where(
            OutboxMessage.purpose == "reminder", OutboxMessage.ref_id == partner.id)))
    assert reminders and {r.state for r in reminders} == {"pending"}
    await chat.command("consent")
    await chat.press_data("t:sharing:jmd")
    await chat.press_data("d:sharing:")
    said = "\n".join(chat.texts[-4:])
    assert "zurückgenommen" in said and "abgesagt" in said, said
    assert any(b.data == f"r:{partner.id}:book" for row in chat.buttons for b in row)  # a new time, one tap
    async with container.sessions() as session:
        assert (await session.get(Appointment, partner.id)).status == "cancelled"
        assert (await session.get(Appointment, own.id)).status == "booked"
        assert {r.state for r in await session.scalars(select(OutboxMessage).where(
            OutboxMessage.purpose == "reminder", OutboxMessage.ref_id == partner.id))} == {"cancelled"}
    await chat.press_data(f"r:{partner.id}:book")  # the new times: the service point's only
    await chat.press_data("a:appointment:office")
    assert await offered_staff(container, chat) == {ids["fallberatung"]}


async def test_a_forged_button_for_a_partners_time_books_nothing(container: Container, clock: Clock) -> None:
    ids = await office_hours(container)
    chat = ChatDriver(container, user="forger")
    await chat.complete_intake("de")
    await chat.press_data("a:appointment:office")
    async with container.sessions() as session:
        rule = (await session.scalars(select(Availability).where(Availability.staff_user_id == ids["jmd1"],
                                                                 Availability.kind == "office"))).first()
    day = clock().date() + timedelta(days=2)
    while day.weekday() != rule.weekday:
        day += timedelta(days=1)
    start = datetime(day.year, day.month, day.day, 9, 0, tzinfo=container.runtime.tz).astimezone(clock().tzinfo)
    key = Slot(rule.id, ids["jmd1"], start, start, "office", "", True).key
    await chat.press_data(f"b:appointment:{key}")
    await chat.press_data("b:appointment:99999999999999999999.zzzz")  # no such rule, no number at all
    async with container.sessions() as session:
        assert (await session.scalars(select(Appointment))).all() == []
    assert "." in next(b.data for row in chat.buttons for b in row if b.data.startswith("b:"))  # times again


async def test_a_booking_shows_the_caseworker_the_appointment_not_the_intake(
        container: Container, clock: Clock) -> None:
    ids = await office_hours(container)
    chat = ChatDriver(container, user="books-jmd", channel="telegram")
    await chat.to_household("ar", sharing=("jmd",))
    await _finish(chat)
    appt = await book_with(container, chat, ids["jmd1"])
    async with container.sessions() as session:
        intake_id = (await session.scalars(select(Intake.id))).one()
    assert appt.status == "booked"
    assert await reads(container, "jmd1", intake_id) == (404, 404)  # before clearing: no intake
    async with staff_client(container, "jmd1", demo_password("jmd1")) as client:
        week = appt.starts_at.date().isoformat()
        calendar = (await client.get(f"/staff/calendar?week={week}")).text
        assert f'data-id="{appt.id}"' in calendar and "Im Büro" in calendar  # what the talk needs
        listed = (await client.get(f"/api/appointments?week={week}")).json()[0]
        assert listed["interpreter"] in (True, False)
        assert HEALTH not in calendar  # nor whose case it is: no case number, no link to a 404
        assert f"/staff/intakes/{intake_id}" not in calendar and listed["intake_id"] is None
    async with staff_client(container, "clearing", "demo-clearing") as client:  # clearing sees the case
        calendar = (await client.get(f"/staff/calendar?week={week}")).text
        assert f'href="/staff/intakes/{intake_id}"' in calendar
    await chat.command("appointment")  # the person cancels: still nothing
    await chat.press_data(f"r:{appt.id}:cancel")
    await chat.press_data(f"c:cancel{appt.id}:yes")
    assert await reads(container, "jmd1", intake_id) == (404, 404)


async def test_staff_cannot_give_a_request_to_a_caseworker_the_person_did_not_release(
        container: Container, clock: Clock) -> None:
    ids = await office_hours(container)
    chat = ChatDriver(container, user="home-visit")
    await chat.complete_intake("de")
    await chat.press_data("a:appointment:home_visit")
    async with container.sessions() as session:
        wish = (await session.scalars(select(Appointment))).one()
    on_date = (clock().date() + timedelta(days=3)).isoformat()
    async with staff_client(container, "clearing", "demo-clearing") as client:
        r = await client.post(f"/staff/appointments/{wish.id}/move", data={
            "on_date": on_date, "at": "10:00", "minutes": "60", "staff_user_id": str(ids["jmd1"])})
        assert "nicht-freigegeben" in r.headers["location"]
        r = await client.post(f"/staff/appointments/{wish.id}/move", data={
            "on_date": on_date, "at": "10:00", "minutes": "60", "staff_user_id": str(ids["fallberatung"])})
        assert "vorgeschlagen" in r.headers["location"]
    async with container.sessions() as session:
        assert (await session.get(Appointment, wish.id)).staff_user_id == ids["fallberatung"]



async def test_a_partner_sees_its_own_appointments_and_hand_overs_not_other_recipients(
        container: Container, clock: Clock) -> None:
    """The JMD reads the case handed to it – but not that the person also has a talk at the service point
    or was handed to another organisation before: that is another recipient's business."""
    await setup(container)
    _chat, intake_id = await intake_of(container, "two-recipients", sharing=("jmd",))
    users = await admitted_to_service_point(container, intake_id, clock)
    async with container.sessions() as session, session.begin():
        intake = await session.get(Intake, intake_id)
        first = (await session.scalars(select(Assignment))).one()
        first.state = "revoked"
        intake.status = "new"
        start = clock() + timedelta(days=3)
        for who, place in (("fallberatung", "Rathaus Zimmer 12"), ("jmd1", "Schulstraße 3")):
            session.add(Appointment(contact_id=intake.contact_id, intake_id=intake_id, staff_user_id=users[who].id,
                                    kind="office", place=place, starts_at=start, ends_at=start + timedelta(hours=1),
                                    status="booked"))
    async with staff_client(container, "clearing", "demo-clearing") as client:
        r = await client.post(f"/staff/clearing/{intake_id}/decide", data={
            "action": "admit", "organisation": "jmd", "caseworker": str(users["jmd1"].id)})
        assert "hinweis=admit" in r.headers["location"], r.headers["location"]
        page = (await client.get(f"/staff/intakes/{intake_id}")).text
    assert "Rathaus Zimmer 12" in page and "Schulstraße 3" in page  # clearing sees the whole history
    assert "an Servicestelle Zuwanderung Musterstadt" in page  # by name, not by id
    async with staff_client(container, "jmd1", demo_password("jmd1")) as jmd:
        page = (await jmd.get(f"/staff/intakes/{intake_id}")).text
    assert "Schulstraße 3" in page and "Rathaus Zimmer 12" not in page
    assert "an Jugendmigrationsdienst Musterstadt" in page and "an Servicestelle Zuwanderung" not in page
