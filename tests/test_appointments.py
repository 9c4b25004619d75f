"""Appointments in the chat and their scheduled messages: slots from office hours, one booking per slot
under concurrency, reminders at the right local time (also across daylight saving), a reminder whose
appointment moved or was cancelled is not sent, 403 stops everything, staff changes reach the person, and
the follow-ups (nudge, expiry, appointment offer, hand-over check, review). SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
from sqlalchemy import func, select

from backend.app import create_app
from backend.container import Container
from backend.demo import demo_availability
from bot.dispatcher import Blocked
from bot.runtime import Inbound
from dialogs.model import Press
from storage import appointments as repo
from storage.followups import conversations_tick, plan_reminders, reminder_due
from storage.models import (
    Appointment,
    Availability,
    AvailabilityException,
    CheckinResponse,
    Contact,
    Conversation,
    Intake,
    OutboxMessage,
)
from storage.slots import free_slots
from storage.staff import create_staff
from tests.chat import ChatDriver, clean
from tests.conftest import DEMO_PASSWORDS, Clock, demo_password
from tests.staff_http import log_in_again, staff_http
from tests.test_outbox import FakeSender

BERLIN = ZoneInfo("Europe/Berlin")


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN).astimezone(UTC)


async def caseworker(c: Container, username: str = "fallberatung") -> int:
    async with c.sessions() as session, session.begin():
        staff = await create_staff(session, username, demo_password(username), "caseworker", "Aylin Demir",
                                   check_password=username not in DEMO_PASSWORDS)  # the demo account keeps its own
        session.add_all(demo_availability(staff.id))
        return staff.id


async def booked(c: Container, user: str = "4711", lang: str = "de") -> tuple[ChatDriver, Appointment]:
    """A newcomer in Telegram who completed the intake and took the first office slot offered."""
    chat = ChatDriver(c, user=user, channel="telegram")
    await chat.complete_intake(lang)
    await chat.press_data("a:appointment:office")
    await chat.press_data(next(b.data for row in chat.buttons for b in row if "." in b.data))
    async with c.sessions() as session:
        appt = (await session.scalars(select(Appointment).where(Appointment.status == "booked"))).one()
    return chat, appt


async def outbox(c: Container, purpose: str | None = None) -> list[OutboxMessage]:
    async with c.sessions() as session:
        stmt = select(OutboxMessage).order_by(OutboxMessage.id)
        if purpose:
            stmt = stmt.where(OutboxMessage.purpose == purpose)
        return list(await session.scalars(stmt))


# ------------------------------------------------------------------------------------- slots -----------


def rule(**kw: object) -> Availability:
    values = dict(id=1, staff_user_id=7, weekday=0, on_date=None, start_time="09:00", end_time="11:00",
                  slot_minutes=45, kind="office", place="Zimmer 1", languages=["turkish"],
                  interpreter_languages=["arabic"], valid_from=None, valid_until=None, active=True)
    values.update(kw)
    return Availability(**values)


def test_slots_come_from_office_hours_minus_days_off_and_bookings() -> None:
    now = local(2026, 11, 30, 8, 0)  # a Monday morning
    args = dict(tz=BERLIN, now=now, kind="office", horizon_days=14, min_notice=timedelta(hours=12))
    slots = free_slots([rule()], [], [], language=None, **args)
    # Mondays 9:00 and 9:45 (10:30 would end after 11:00); today is too soon (12 hours' notice)
    assert [s.starts_at for s in slots] == [local(2026, 12, 7, 9, 0), local(2026, 12, 7, 9, 45),
                                            local(2026, 12, 14, 9, 0), local(2026, 12, 14, 9, 45)]
    off = AvailabilityException(staff_user_id=7, starts_on=date(2026, 12, 7), ends_on=date(2026, 12, 7))
    busy = [(7, local(2026, 12, 14, 9, 0), local(2026, 12, 14, 9, 45))]
    assert [s.starts_at for s in free_slots([rule()], [off], busy, language=None, **args)] == [
        local(2026, 12, 14, 9, 45)]
    # languages: spoken directly, with an interpreter, or not at all
    assert all(s.direct for s in free_slots([rule()], [], [], language="turkish", **args))
    assert not any(s.direct for s in free_slots([rule()], [], [], language="arabic", **args))
    assert free_slots([rule()], [], [], language="tigrinya", **args) == []
    assert free_slots([rule()], [], [], language=None, **{**args, "kind": "phone"}) == []


def test_weekly_hours_keep_their_local_time_across_the_daylight_saving_change() -> None:
    now = local(2026, 10, 15, 12, 0)
    slots = free_slots([rule(start_time="10:00", end_time="10:45")], [], [], tz=BERLIN, now=now, kind=None,
                       language=None, horizon_days=14, min_notice=timedelta(hours=1))
    assert [s.starts_at for s in slots] == [datetime(2026, 10, 19, 8, 0, tzinfo=UTC),  # summer time: UTC+2
                                            datetime(2026, 10, 26, 9, 0, tzinfo=UTC)]  # winter time: UTC+1
    assert {s.starts_at.astimezone(BERLIN).hour for s in slots} == {10}


def test_a_day_before_means_the_same_local_time_even_when_the_clocks_change() -> None:
    # Sunday 25 October 2026, 10:00: the clocks went back at 3:00 that night
    autumn = local(2026, 10, 25, 10, 0)
    assert reminder_due(autumn, "1d", BERLIN).astimezone(BERLIN).replace(tzinfo=None) == datetime(2026, 10, 24, 10, 0)
    assert autumn - reminder_due(autumn, "1d", BERLIN) == timedelta(hours=25)
    assert autumn - reminder_due(autumn, "2h", BERLIN) == timedelta(hours=2)
    spring = local(2026, 3, 29, 10, 0)  # clocks went forward at 2:00
    assert reminder_due(spring, "1d", BERLIN).astimezone(BERLIN).replace(tzinfo=None) == datetime(2026, 3, 28, 10, 0)
    assert spring - reminder_due(spring, "1d", BERLIN) == timedelta(hours=23)


# ------------------------------------------------------------------------------------- booking ---------


async def test_booking_in_the_chat_confirms_with_a_calendar_file_and_plans_reminders(
        container: Container, clock: Clock) -> None:
    await caseworker(container)
    chat, appt = await booked(container)
    confirmation = next(m for m in chat.received if m.document)
    text = clean(confirmation.plain)
    assert "Ihr Termin ist gebucht" in text and "Rathausplatz 1, Zimmer 104" in text
    when = appt.starts_at.astimezone(BERLIN)
    assert f"{when:%H:%M}" in text and container.l10n.when(appt.starts_at, "de") in text
    ics = confirmation.document["content"]
    assert "BEGIN:VEVENT" in ics and f"DTSTART:{appt.starts_at:%Y%m%dT%H%M%SZ}" in ics
    reminders = await outbox(container, "reminder")
    assert [r.due_at for r in reminders] == [appt.starts_at - timedelta(days=1), appt.starts_at - timedelta(hours=2)]
    assert {r.state for r in reminders} == {"pending"} and all(r.payload_enc is None for r in reminders)
    assert "Mit /appointment" not in text and "Vielen Dank!" in chat.texts[-1]  # then the intake's last words


async def test_fifty_newcomers_tapping_the_same_slot_get_exactly_one_booking(
        container: Container, clock: Clock) -> None:
    """The race is decided by the database (unique index, and on PostgreSQL the exclusion constraint),
    not by luck: everyone taps at once; one gets it, 49 are told and offered other times."""
    await caseworker(container)
    first = ChatDriver(container, user="1000", channel="telegram")
    await first.complete_intake()
    await first.press_data("a:appointment:office")
    slot = next(b.data for row in first.buttons for b in row if "." in b.data)
    async with container.sessions() as session, session.begin():  # 49 more people at the same point
        conv = (await session.scalars(select(Conversation))).one()
        for n in range(1, 50):
            contact = Contact(channel="telegram", user_hash=container.cipher.lookup_hash("telegram", str(1000 + n)),
                              address_enc=container.cipher.encrypt(str(1000 + n)), language="de")
            session.add(contact)
            await session.flush()
            session.add(Conversation(contact_id=contact.id, script_id=conv.script_id, script_version=conv.script_version,
                                     status="active", current_node="appointment", language="de", state=conv.state))
    outcomes = await asyncio.gather(*(
        container.runtime.handle(Inbound("telegram", str(1000 + n), Press(clock(), slot), f"race-{n}"))
        for n in range(50)))
    async with container.sessions() as session:
        active = (await session.scalars(select(Appointment).where(Appointment.status.in_(("booked", "confirmed"))))).all()
        rows = {r.id: r for r in await session.scalars(select(OutboxMessage))}
    assert len(active) == 1
    texts = [[clean(_plain(container, rows[i])) for i in o.outbox_ids] for o in outcomes]
    won = [t for t in texts if any("Ihr Termin ist gebucht" in x for x in t)]
    lost = [t for t in texts if any("Dieser Termin wurde gerade vergeben" in x for x in t)]
    assert len(won) == 1 and len(lost) == 49
    assert all("Diese Termine sind frei" in t[-1] for t in lost)  # …and other times are offered at once


def _plain(c: Container, row: OutboxMessage) -> str:
    import json

    from bot.render import OutMessage
    return OutMessage.from_json(json.loads(c.cipher.decrypt(row.payload_enc))).plain


async def test_a_double_tap_books_once(container: Container, clock: Clock) -> None:
    await caseworker(container)
    chat = ChatDriver(container, user="77", channel="telegram")
    await chat.complete_intake()
    await chat.press_data("a:appointment:office")
    slot = next(b.data for row in chat.buttons for b in row if "." in b.data)
    await asyncio.gather(*(container.runtime.handle(Inbound("telegram", "77", Press(clock(), slot), f"tap-{i}"))
                           for i in range(2)))
    async with container.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Appointment)) == 1


async def test_moving_in_the_chat_replans_and_the_old_reminder_is_never_sent(
        container: Container, clock: Clock) -> None:
    await caseworker(container)
    chat, appt = await booked(container)
    await chat.press_data(f"r:{appt.id}:move")
    assert "Diese Termine sind frei" in chat.texts[-1]
    await chat.press_data(next(b.data for row in chat.buttons for b in row if "." in b.data))
    assert "Ihr Termin ist verschoben" in chat.texts[-2]
    async with container.sessions() as session:
        moved = await session.get(Appointment, appt.id)
    assert moved.starts_at != appt.starts_at
    reminders = await outbox(container, "reminder")
    assert [r.state for r in reminders] == ["cancelled", "cancelled", "pending", "pending"]
    # even a reminder for the old time that slipped through is checked again right before sending
    async with container.sessions() as session, session.begin():
        stale = await session.get(OutboxMessage, reminders[0].id)
        stale.state = "pending"
    sender = FakeSender()
    container.dispatcher.senders["telegram"] = sender
    clock.now = reminders[0].due_at + timedelta(minutes=1)
    await container.dispatcher.tick()
    assert sender.sent == [] and (await outbox(container, "reminder"))[0].error == "purpose gone"
    clock.now = moved.starts_at - timedelta(days=1, minutes=-1)
    assert await container.dispatcher.tick() == 1
    assert "Erinnerung an Ihren Termin" in sender.sent[0][1]
    assert container.l10n.when(moved.starts_at, "de") in clean(sender.sent[0][1])


async def test_reminders_arrive_in_the_persons_language_at_the_right_local_time_across_dst(
        container: Container, clock: Clock) -> None:
    """A Monday 10:00 appointment right after the October change: "the day before" is Sunday 10:00 local,
    which is 25 hours earlier; "2 hours before" is 8:00 local."""
    staff_id = await caseworker(container)
    clock.now = local(2026, 10, 22, 12, 0)
    async with container.sessions() as session, session.begin():
        session.add(Availability(staff_user_id=staff_id, on_date=date(2026, 10, 25), start_time="10:00",
                                 end_time="10:45", slot_minutes=45, kind="office", place="Rathaus",
                                 languages=[], interpreter_languages=[], active=True))
    chat = ChatDriver(container, user="555", channel="telegram")
    await chat.complete_intake("uk")
    await chat.press_data("a:appointment:office")
    sunday = next(b.data for row in chat.buttons for b in row if "." in b.data)
    assert "25" in chat.label_of(sunday)
    await chat.press_data(sunday)
    sender = FakeSender()
    container.dispatcher.senders["telegram"] = sender
    for due_local, ok in ((datetime(2026, 10, 24, 9, 59), 0), (datetime(2026, 10, 24, 10, 0), 1),
                          (datetime(2026, 10, 25, 7, 59), 0), (datetime(2026, 10, 25, 8, 0), 1)):
        clock.now = due_local.replace(tzinfo=BERLIN).astimezone(UTC)
        assert await container.dispatcher.tick() == ok, due_local
    assert len(sender.sent) == 2
    assert all("Нагадування" in text and "10:00" in text for _, text in sender.sent)
    clock.now = local(2026, 10, 25, 11, 0)
    assert await container.dispatcher.tick() == 0


async def test_blocked_bot_stops_every_scheduled_message(container: Container, clock: Clock) -> None:
    await caseworker(container)
    _chat, appt = await booked(container)
    sender = FakeSender()
    sender.fail = [Blocked()]
    container.dispatcher.senders["telegram"] = sender
    clock.now = appt.starts_at - timedelta(hours=23)
    await container.dispatcher.tick()
    rows = await outbox(container)
    scheduled = [r for r in rows if r.purpose]
    assert {r.state for r in scheduled} == {"failed", "cancelled"}  # the reminder failed; the rest is stopped
    async with container.sessions() as session:
        assert (await session.scalars(select(Contact))).one().unreachable
    clock.now = appt.starts_at - timedelta(hours=1)
    assert await container.dispatcher.tick() == 0 and sender.sent == []


async def test_a_reminder_offers_confirm_move_cancel_and_cancel_asks_first(container: Container, clock: Clock) -> None:
    await caseworker(container)
    chat, appt = await booked(container)
    await chat.press_data(f"r:{appt.id}:confirm")
    assert "Danke! Wir freuen uns auf Sie." in chat.texts[-1]
    await chat.press_data(f"r:{appt.id}:cancel")
    assert chat.texts[-1] == "Möchten Sie den Termin wirklich absagen?"
    await chat.press_data(f"c:cancel{appt.id}:no")
    assert "der Termin bleibt" in chat.texts[-1]
    await chat.press_data(f"r:{appt.id}:cancel")
    await chat.press_data(f"c:cancel{appt.id}:yes")
    assert "Der Termin ist abgesagt" in chat.texts[-1]
    async with container.sessions() as session:
        assert (await session.get(Appointment, appt.id)).status == "cancelled"
    assert {r.state for r in await outbox(container, "reminder")} == {"cancelled"}
    await chat.press_data(f"r:{appt.id}:confirm")  # an old reminder's button
    assert "nicht mehr aktuell" in chat.texts[-1]


# ------------------------------------------------------------------------------------- staff -----------


@asynccontextmanager
async def staff_client(c: Container, username: str, password: str) -> AsyncIterator[httpx.AsyncClient]:
    async with staff_http(create_app(c), "http://test") as client:
        r = await client.post("/staff/login", data={"username": username, "password": password,
                                                    "next": "/staff/calendar"})
        assert r.status_code == 303
        yield client


async def test_staff_move_cancel_and_mark_no_show_and_the_person_is_told_at_once(
        container: Container, clock: Clock) -> None:
    await caseworker(container)
    chat, appt = await booked(container, lang="ar")
    sender = FakeSender()
    container.dispatcher.senders["telegram"] = sender
    async with staff_client(container, "fallberatung", "demo-fallberatung") as client:
        week = appt.starts_at.astimezone(BERLIN).date().isoformat()
        page = await client.get(f"/staff/calendar?week={week}")
        assert page.status_code == 200 and f'data-id="{appt.id}"' in page.text
        new_day = (appt.starts_at + timedelta(days=1)).astimezone(BERLIN).date().isoformat()
        r = await client.post(f"/staff/appointments/{appt.id}/move", data={"on_date": new_day, "at": "15:00",
                                                                          "minutes": "45"})
        assert r.status_code == 303 and "verschoben" in r.headers["location"]
        assert await container.dispatcher.tick() == 1
        text = clean(sender.sent[-1][1])
        assert container.l10n.message("ar", "notice-moved") in text and "3:00" in text
        clock.now = local(*(appt.starts_at + timedelta(days=1)).astimezone(BERLIN).timetuple()[:3], 15, 5)
        await log_in_again(client, "fallberatung")  # days later: a new session
        r = await client.post(f"/staff/appointments/{appt.id}/outcome", data={"result": "no_show"})
        assert r.status_code == 303
        assert await container.dispatcher.tick() == 1
        assert container.l10n.message("ar", "notice-no-show") in clean(sender.sent[-1][1])
    # the first two were for the old time; the new time's were due but had lost their purpose (missed)
    reminders = await outbox(container, "reminder")
    assert [(r.state, r.error) for r in reminders] == [("cancelled", "appointment changed")] * 2 + [
        ("cancelled", "purpose gone")] * 2


async def test_a_caseworker_sees_only_their_own_appointments_and_coordinators_none(
        container: Container, clock: Clock) -> None:
    await caseworker(container)
    other = await caseworker(container, "kollegin")
    _chat, appt = await booked(container)
    async with container.sessions() as session, session.begin():
        await create_staff(session, "koordination", "demo-koordination", "coordinator", "Maria", check_password=False)  # the demo account
    week = appt.starts_at.astimezone(BERLIN).date().isoformat()
    async with staff_client(container, "fallberatung", "demo-fallberatung") as mine, \
            staff_client(container, "kollegin", demo_password("kollegin")) as theirs, \
            staff_client(container, "koordination", "demo-koordination") as boss:
        owner = appt.staff_user_id
        assert [a["id"] for a in (await (mine if owner != other else theirs).get(f"/api/appointments?week={week}")).json()] == [appt.id]
        stranger = theirs if owner != other else mine
        assert (await stranger.get(f"/api/appointments?week={week}")).json() == []
        assert (await stranger.post(f"/staff/appointments/{appt.id}/cancel", data={})).status_code == 403
        assert (await boss.get("/staff/calendar")).status_code == 403
        assert (await boss.get(f"/api/appointments?week={week}")).status_code == 403


async def test_home_visit_requests_go_to_staff_who_propose_a_time(container: Container, clock: Clock) -> None:
    await caseworker(container)
    async with container.sessions() as session, session.begin():
        await create_staff(session, "clearing", "demo-clearing", "clearing", "Jonas", check_password=False)  # the demo account
    chat = ChatDriver(container, user="31", channel="telegram")
    await chat.complete_intake("fa")
    await chat.press_data("a:appointment:home_visit")
    assert container.l10n.message("fa", "appointment-home-visit") in chat.texts[-2]
    sender = FakeSender()
    container.dispatcher.senders["telegram"] = sender
    async with staff_client(container, "clearing", "demo-clearing") as client:
        page = await client.get("/staff/calendar")
        assert "Anfragen ohne Termin (1)" in page.text and "Hausbesuch" in page.text
        async with container.sessions() as session:
            wish = (await session.scalars(select(Appointment))).one()
        day = (clock() + timedelta(days=3)).astimezone(BERLIN).date().isoformat()
        r = await client.post(f"/staff/appointments/{wish.id}/move",
                              data={"on_date": day, "at": "16:00", "minutes": "60", "place": "Bei Ihnen zu Hause"})
        assert "vorgeschlagen" in r.headers["location"]
    assert await container.dispatcher.tick() == 1
    assert container.l10n.message("fa", "notice-proposed") in clean(sender.sent[0][1])
    async with container.sessions() as session:
        wish = (await session.scalars(select(Appointment))).one()
    assert wish.status == "booked" and wish.starts_at.astimezone(BERLIN).hour == 16
    assert len([r for r in await outbox(container, "reminder") if r.state == "pending"]) == 2


# ------------------------------------------------------------------------------------- follow-ups ------


async def test_one_nudge_after_a_day_then_expiry_deletes_unfinished_answers(container: Container, clock: Clock) -> None:
    chat = ChatDriver(container, user="88", channel="telegram")
    await chat.to_household("ro")
    await chat.text("3")
    sender = FakeSender()
    container.dispatcher.senders["telegram"] = sender
    rules = container.runtime.rules

    async def timers() -> None:
        async with container.sessions() as session, session.begin():
            await conversations_tick(session, rules, clock())

    clock.advance(hours=23)
    await timers()
    assert await container.dispatcher.tick() == 0
    clock.advance(hours=2)
    await timers()
    assert await container.dispatcher.tick() == 1
    assert container.l10n.message("ro", "nudge-continue") in clean(sender.sent[0][1])
    clock.advance(days=3)
    await timers()
    assert await container.dispatcher.tick() == 0  # once, never again
    clock.advance(days=11)
    await timers()
    async with container.sessions() as session:
        conv = (await session.scalars(select(Conversation))).one()
    assert conv.status == "expired" and conv.state == {}
    back = await chat.text("2")
    assert container.l10n.message("ro", "conversation-expired") in clean(back[0].plain)
    assert chat.node == "language"


async def test_a_person_who_never_consented_is_deleted_when_the_conversation_expires(
        container: Container, clock: Clock) -> None:
    chat = ChatDriver(container, user="99", channel="telegram")
    await chat.to_consent("tr")
    clock.advance(days=15)
    async with container.sessions() as session, session.begin():
        assert (await conversations_tick(session, container.runtime.rules, clock()))["expired"] == 1
    async with container.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Contact)) == 0


async def test_follow_ups_offer_an_appointment_check_the_hand_over_and_review_after_six_months(
        container: Container, clock: Clock) -> None:
    await caseworker(container)
    sender = FakeSender()
    container.dispatcher.senders["telegram"] = sender
    later = ChatDriver(container, user="61", channel="telegram")  # no appointment yet
    await later.complete_intake("en")
    await later.press_data("a:appointment:later")
    chat, appt = await booked(container, user="62", lang="en")
    clock.advance(days=10, minutes=1)
    assert await container.dispatcher.tick() >= 1
    offers = [t for _, t in sender.sent if "book an appointment now" in t]
    assert len(offers) == 1  # only to the one without a booking
    # staff mark the talk attended: three weeks later the hand-over check
    clock.now = appt.starts_at + timedelta(hours=1)
    async with container.sessions() as session, session.begin():
        row = await session.get(Appointment, appt.id)
        contact = await session.get(Contact, row.contact_id)
        await container.runtime.appointments.outcome(session, row, contact, "attended", clock())
    sender.sent.clear()
    clock.advance(days=21, minutes=1)
    await container.dispatcher.tick()
    assert any("Did the contact work out?" in t for _, t in sender.sent)
    await chat.press_data("k:handover:no")
    assert "The service point will contact you" in chat.texts[-1]
    async with container.sessions() as session:
        answers = [(r.purpose, r.answer) for r in await session.scalars(select(CheckinResponse))]
    assert answers == [("handover", "no")]
    async with container.sessions() as session, session.begin():  # staff see it on the intake, with the talk
        intake_id = (await session.scalars(select(Intake.id).where(Intake.contact_id == appt.contact_id))).one()
        await create_staff(session, "clearing", "demo-clearing", "clearing", "Jonas", check_password=False)  # the demo account
    async with staff_client(container, "fallberatung", "demo-fallberatung") as client:  # only booked: no access
        assert (await client.get(f"/staff/intakes/{intake_id}")).status_code == 404
    async with staff_client(container, "clearing", "demo-clearing") as client:
        page = (await client.get(f"/staff/intakes/{intake_id}")).text
    assert "Nein, noch nicht – bitte nachfassen" in page and "wahrgenommen" in page
    # the triage suggestion with its reasons: 34, asylum pending → refugee counselling (JMD only up to 27),
    # passed over: the person released it no data
    assert "jmd: nur bis 27 Jahre (34 Jahre)" in page
    assert "Flüchtlingsberatung Diakonie Musterstadt: keine Freigabe der Person zur Weitergabe" in page
    clock.advance(days=170)
    sender.sent.clear()
    await container.dispatcher.tick()
    assert sum("Half a year ago" in t for _, t in sender.sent) == 2
    await chat.press_data("k:review:talk")
    assert chat.node == "appointment"


async def test_plan_reminders_is_idempotent_and_skips_past_moments(container: Container, clock: Clock) -> None:
    staff_id = await caseworker(container)
    async with container.sessions() as session, session.begin():
        contact = Contact(channel="telegram", user_hash="h", address_enc=container.cipher.encrypt("1"))
        session.add(contact)
        await session.flush()
        slot = (await repo.offer(session, tz=BERLIN, now=clock(), kind="office", language=None, horizon_days=14,
                                 min_notice=timedelta(days=2), count=1))[0]
        appt = await repo.book(session, contact_id=contact.id, intake_id=None, slot=slot, language=None, key="k",
                               now=clock())
        assert appt is not None and appt.staff_user_id == staff_id
        assert await plan_reminders(session, appt, contact, container.runtime.rules, BERLIN, clock()) == 2
        # planned again for the same time: nothing is doubled, nothing cancelled
        assert await plan_reminders(session, appt, contact, container.runtime.rules, BERLIN, clock()) == 0
        states = (await session.execute(select(OutboxMessage.state).where(OutboxMessage.purpose == "reminder"))).all()
        assert [s for (s,) in states] == ["pending", "pending"]
        late = clock() + timedelta(hours=5)
        assert await plan_reminders(session, appt, contact, container.runtime.rules, BERLIN, late) == 0


async def test_mydata_shows_the_persons_appointments(container: Container, clock: Clock) -> None:
    import json

    await caseworker(container)
    chat, appt = await booked(container)
    await chat.command("mydata")
    msgs = await chat.press_data("c:mydata:yes")  # nobody else is looking
    data = json.loads(next(m for m in msgs if m.document).document["content"])
    assert data["appointments"] == [{"kind": "office", "place": "Rathausplatz 1, Zimmer 104", "status": "booked",
                                     "interpreter": False, "language": None,
                                     "starts_at": appt.starts_at.isoformat(), "ends_at": appt.ends_at.isoformat()}]


async def test_someone_who_sent_the_intake_but_left_at_the_appointment_question_is_not_nudged_or_expired(
        container: Container, clock: Clock) -> None:
    chat = ChatDriver(container, user="66", channel="telegram")
    await chat.complete_intake()
    assert chat.node == "appointment"
    clock.advance(days=15)
    async with container.sessions() as session, session.begin():
        assert await conversations_tick(session, container.runtime.rules, clock()) == {"nudged": 0, "expired": 0}
    again = await chat.press_data("a:appointment:later")  # (the 10-day appointment offer came due meanwhile)
    assert "Kein Problem" in clean(again[-2].plain) and "Vielen Dank" in clean(again[-1].plain)
