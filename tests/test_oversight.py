"""Oversight (issue 13, item 6): emergency access needs a category and a real sentence, lasts the profile's
time, is shown to clearing until someone takes note, and reviewed by the data-protection officer, who
reads the audit log with filters and sees no case data; the home-visit lists are the service point's.
SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from backend.container import Container
from storage import campaigns
from storage.emergency import ReasonRefused, check_reason
from storage.models import AuditEvent, CaseNote, EmergencyAccess, Intake, StaffUser
from tests.conftest import Clock, demo_password
from tests.test_appointments import staff_client
from tests.test_clearing import intake_of, setup, user_id
from tests.test_consent_access import intake_of as released_intake

SENTENCE = "Frau H. steht am Schalter, ihre Beraterin ist krank"


@pytest.mark.parametrize("reason", ["asdf qwer zxcv tyui ghjk", "jklö asdf wert qwer Frau", "aaaaaaaaaa", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "test test test test test",
                                    "Notfall!!!!!!!!!!!!!!!!!!!!", "kurz", "   ", "a b c d e f g h i j k l"])
def test_a_reason_that_says_nothing_is_refused(reason: str) -> None:
    with pytest.raises(ReasonRefused):
        check_reason("person_present", reason)


def test_a_real_sentence_with_a_category_is_taken() -> None:
    assert check_reason("deputy", f"  {SENTENCE}  ") == SENTENCE
    with pytest.raises(ReasonRefused):
        check_reason("weil", SENTENCE)  # no such category


async def test_clearing_is_told_and_the_data_protection_officer_reviews_without_seeing_the_case(
        container: Container, clock: Clock) -> None:
    await setup(container)
    intake_id = await intake_of(container, "p", sharing=("jmd",))  # released to the JMD, not handed over
    async with staff_client(container, "jmd1", demo_password("jmd1")) as jmd:
        assert (await jmd.get(f"/staff/intakes/{intake_id}")).status_code == 404
        r = await jmd.post(f"/staff/intakes/{intake_id}/emergency", data={"category": "person_present",
                                                                          "reason": SENTENCE})
        assert r.status_code == 303 and (await jmd.get(f"/staff/intakes/{intake_id}")).status_code == 200
        clock.advance(minutes=1)  # a double tap (or a second tab) opens no second access: one row, one hour
        again = await jmd.post(f"/staff/intakes/{intake_id}/emergency", data={"category": "danger",
                                                                              "reason": SENTENCE})
        assert again.status_code == 303
        clock.advance(minutes=-1)
        for minutes in (20, 20, 19):  # 59 minutes of work on it
            clock.advance(minutes=minutes)
            assert (await jmd.get(f"/staff/intakes/{intake_id}")).status_code == 200
        clock.advance(minutes=2)  # the profile's 60 minutes are over
        assert (await jmd.get(f"/staff/intakes/{intake_id}")).status_code == 404
    async with container.sessions() as session:
        access = (await session.scalars(select(EmergencyAccess))).one()
        raw = (await session.execute(select(EmergencyAccess.__table__.c.reason))).scalar_one()
    assert access.reason == SENTENCE and SENTENCE not in raw  # sealed at rest
    async with staff_client(container, "clearing", "demo-clearing") as clearing_:
        page = (await clearing_.get("/staff/clearing")).text
        assert "1 Notfallzugriff" in page
        listing = (await clearing_.get("/staff/emergency")).text
        assert SENTENCE in listing and "Die Person ist vor Ort" in listing and "JMD1" in listing
        await clearing_.post(f"/staff/emergency/{access.id}/acknowledge")
        assert "Notfallzugriff" not in (await clearing_.get("/staff/clearing")).text.split("<main>")[1].split("<h1")[0]
        assert (await clearing_.post(f"/staff/emergency/{access.id}/review/ok")).status_code == 403
    async with staff_client(container, "datenschutz", "demo-datenschutz") as dpo:
        listing = (await dpo.get("/staff/emergency")).text
        assert SENTENCE in listing and "zur Kenntnis: Jonas Berger" in listing
        r = await dpo.post(f"/staff/emergency/{access.id}/review/question")
        assert r.status_code == 303
        for path in (f"/staff/intakes/{intake_id}", f"/api/intakes/{intake_id}", "/api/intakes", "/staff/desk",
                     "/staff/calendar", "/staff/clearing", "/staff/letters", "/staff/figures"):
            assert (await dpo.get(path)).status_code == 403, path
        assert (await dpo.post(f"/staff/intakes/{intake_id}/emergency", data={
            "category": "danger", "reason": SENTENCE})).status_code == 403  # no break-glass for oversight
        jmd1 = (await dpo.get("/staff/audit")).text
        assert "Notfallzugriff" in jmd1 and "Notfallzugriff geprüft" in jmd1
        async with container.sessions() as session:
            who = (await session.scalars(select(StaffUser.id).where(StaffUser.username == "jmd1"))).one()
        mine = (await dpo.get(f"/staff/audit?wer={who}&was=emergency_access")).text
        assert mine.count("<tr>") == 2  # the header and the one access
        viewed = (await dpo.get(f"/staff/audit?wer={who}&was=view_emergency")).text  # and every look at the case
        assert viewed.count("<tr>") == 1 + 4 and "im Notfallzugriff angesehen" in viewed  # header + 4 page views
        day = datetime.now(ZoneInfo("Europe/Berlin")).date()  # the audit log keeps the real time
        assert (await dpo.get(f"/staff/audit?von={day}&bis={day}")).text.count("<tr>") > 2
        assert (await dpo.get(f"/staff/audit?von={day.replace(year=day.year - 1)}&bis="
                              f"{day.replace(year=day.year - 1)}")).text.count("<tr>") == 1
        for bad in ("wer=abc", "von=gestern", "was=<script>", "nummer=" + "9" * 80, "wer=99999999999999999999"):
            assert (await dpo.get(f"/staff/audit?{bad}")).status_code == 200, bad
    async with container.sessions() as session:
        access = (await session.scalars(select(EmergencyAccess))).one()
    assert access.review == "question" and access.reviewed_by is not None


async def test_no_emergency_opens_a_case_the_person_did_not_release_to_the_readers_organisation(
        container: Container, clock: Clock) -> None:
    await setup(container)
    intake_id = await intake_of(container, "refuses-sharing")
    async with staff_client(container, "jmd1", demo_password("jmd1")) as jmd:
        page = await jmd.get(f"/staff/intakes/{intake_id}")
        nowhere = await jmd.get("/staff/intakes/987654")  # no such case: the very same page, so ids tell nothing
        assert page.status_code == nowhere.status_code == 404
        def masked(text: str, number: int) -> str:
            return text.replace(f"#{number} ", "#N ").replace(f"/intakes/{number}/", "/intakes/N/")
        assert masked(page.text, intake_id) == masked(nowhere.text, 987654)
        assert 'name="reason"' in page.text and "freigegeben" not in page.text
        for number in (intake_id, 987654):  # refused alike on sending, and kept for the review
            r = await jmd.post(f"/staff/intakes/{number}/emergency", data={"category": "danger", "reason": SENTENCE})
            assert r.status_code == 403 and "nicht (mehr), oder die Person hat ihre" in r.text
        assert (await jmd.get(f"/staff/intakes/{intake_id}")).status_code == 404
    async with staff_client(container, "fallberatung", "demo-fallberatung") as sp:  # the service point may
        assert 'name="reason"' in (await sp.get(f"/staff/intakes/{intake_id}")).text
    async with container.sessions() as session:
        assert (await session.scalars(select(EmergencyAccess))).all() == []
        refused = await session.scalars(select(AuditEvent.object_id).where(AuditEvent.action == "emergency_refused"))
        assert sorted(refused) == sorted([str(intake_id), "987654"])


async def test_an_emergency_access_reads_only_and_ends_when_the_release_is_withdrawn(
        container: Container, clock: Clock) -> None:
    await setup(container)
    chat, intake_id = await released_intake(container, "p2", sharing=("jmd",))
    async with staff_client(container, "clearing", "demo-clearing") as clearing_:  # handed to the service point
        await clearing_.post(f"/staff/clearing/{intake_id}/decide", data={
            "action": "admit", "organisation": "sp", "caseworker": str(await user_id(container, "fallberatung"))})
    async with staff_client(container, "jmd1", demo_password("jmd1")) as jmd:
        mash = "asdf qwer zxcv tyui ghjk"
        r = await jmd.post(f"/staff/intakes/{intake_id}/emergency", data={"category": "deputy", "reason": mash})
        assert r.status_code == 422 and mash in r.text and "Satz" in r.text  # refused, the text kept
        r = await jmd.post(f"/staff/intakes/{intake_id}/emergency", data={"category": "deputy", "reason": SENTENCE})
        page = (await jmd.get(f"/staff/intakes/{intake_id}")).text
        assert "Notfallzugriff bis" in page and "Nur lesen" in page and 'id="add-note"' not in page
        assert 'id="send-template"' not in page and "Personen im Haushalt" in page
        r = await jmd.post(f"/staff/cases/{intake_id}/notes", data={"text": "Frau H. war heute da"})
        assert r.status_code == 403 and "nur das Lesen" in r.text and "Frau H. war heute da" in r.text
        await chat.command("consent")  # the person takes the release for the JMD back
        await chat.press_data("t:sharing:jmd")
        await chat.press_data("d:sharing:")
        assert (await jmd.get(f"/staff/intakes/{intake_id}")).status_code == 404  # the emergency ends with it
    async with container.sessions() as session:
        assert (await session.scalars(select(CaseNote))).all() == []


async def test_the_home_visit_list_is_only_for_the_service_points_people(container: Container, clock: Clock) -> None:
    await setup(container)
    plan = campaigns.LetterPlan(ref="H-7", names=["Mariam Rahimi"], street="Lindenstraße 12", postcode="41539",
                                city="Musterstadt", district="Mitte", offer="home_visit", reasons=["single_parent"],
                                languages=["de", "fa"], adults=1, children=2)
    async with container.sessions() as session, session.begin():
        staff = (await session.scalars(select(StaffUser).where(StaffUser.username == "clearing"))).one()
        campaign = await campaigns.create(session, staff, "Dezember", [plan], 180, container.cipher, clock().date(),
                                          clock())
    for user, password, status in (("fallberatung", "demo-fallberatung", 200), ("clearing", "demo-clearing", 200),
                                   ("jmd1", demo_password("jmd1"), 403), ("awo1", demo_password("awo1"), 403),
                                   ("koordination", "demo-koordination", 403)):
        async with staff_client(container, user, password) as client:
            visits = await client.get(f"/staff/letters/{campaign.id}/visits")
            assert visits.status_code == status, user
            assert ("Mariam Rahimi" in visits.text) == (status == 200)
            assert (await client.get("/staff/letters")).status_code == status, user
    async with container.sessions() as session:
        assert (await session.scalars(select(Intake))).all() == []
