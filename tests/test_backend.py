"""The staff backend: login, intake list and detail with German labels, escaping, roles, audit."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from sqlalchemy import select

from backend.app import create_app
from backend.container import Container
from backend.demo import seed_demo
from storage.models import AuditEvent
from tests.chat import ChatDriver
from tests.conftest import SP, demo_password
from tests.staff_http import staff_http

SCRIPT = '<script>alert("x")</script>'


async def submit_intake(c: Container, lang: str = "de", user: str = "u1") -> None:
    await ChatDriver(c, user=user).complete_intake(lang)


@pytest.fixture
async def client(container: Container) -> AsyncIterator[httpx.AsyncClient]:
    async with container.sessions() as s, s.begin():
        await seed_demo(s)
    async with staff_http(create_app(container)) as c:
        yield c


async def login(client: httpx.AsyncClient, user: str) -> httpx.Response:
    return await client.post("/staff/login", data={"username": user, "password": demo_password(user)})


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_login_required_and_wrong_password(client: httpx.AsyncClient) -> None:
    r = await client.get("/staff/intakes")
    assert r.status_code == 303 and r.headers["location"].startswith("/staff/login")
    bad = await client.post("/staff/login", data={"username": "fallberatung", "password": "wrong"})
    assert bad.status_code == 401 and "stimmt nicht" in bad.text
    nobody = await client.post("/staff/login", data={"username": "nobody", "password": "x"})
    assert nobody.status_code == 401
    assert (await client.get("/api/intakes")).status_code == 401
    evil = await client.post("/staff/login", data={"username": "fallberatung", "password": "demo-fallberatung",
                                                   "next": "//evil.example/"})
    assert evil.headers["location"] == "/staff/intakes"  # no open redirect


async def test_staff_see_list_and_german_labels(container: Container, client: httpx.AsyncClient) -> None:
    await submit_intake(container, "ro", user="a")
    await submit_intake(container, "de", user="b")
    assert (await login(client, "clearing")).status_code == 303
    page = await client.get("/staff/intakes")
    assert page.status_code == 200
    assert page.text.index("Deutsch (de)") < page.text.index("Română (ro)")  # newest first
    ids = [i["id"] for i in (await client.get("/api/intakes")).json()]
    detail = await client.get(f"/staff/intakes/{ids[-1]}")
    assert detail.status_code == 200
    for text in ("Personen im Haushalt", "In Deutschland seit", "November 2023", "Einfache Gespräche (A2)",
                 "Kinderbetreuung", "Română (ro)", "Sie selbst – Alter", "Person 2 – Beziehung"):
        assert text in detail.text
    async with container.sessions() as s:
        events = (await s.execute(select(AuditEvent))).scalars().all()
    assert [(e.action, e.object_type, e.object_id) for e in events] == [
        ("login", "staff_user", str(events[0].staff_user_id)), ("view", "intake", str(ids[-1]))]
    assert all(e.reason is None or "2" not in e.reason for e in events)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_typed_markup_is_shown_escaped(container: Container, client: httpx.AsyncClient) -> None:
    """Free text with markup: stored as typed, shown in the chat and to staff escaped, with dir=auto."""
    chat = ChatDriver(container)
    await chat.complete_intake("ar", remarks=SCRIPT)
    summary = next(m for m in reversed(chat.received) if m.node == "summary")
    assert "&lt;script&gt;" in summary.html and "<script>" not in summary.html
    await login(client, "clearing")
    intake_id = (await client.get("/api/intakes")).json()[0]["id"]
    page = await client.get(f"/staff/intakes/{intake_id}")
    assert SCRIPT not in page.text
    assert '&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;' in page.text
    assert '<span class="original" dir="auto" lang="ar">' in page.text
    api = (await client.get(f"/api/intakes/{intake_id}")).json()
    assert {a["question_id"]: a["original"] for a in api["answers"]}["remarks"] == SCRIPT


async def test_household_members_and_urgency_are_shown_to_staff(container: Container,
                                                                client: httpx.AsyncClient) -> None:
    await ChatDriver(container).complete_intake("fa", household="۲", ages=("۳۵", "۹"), crisis=True)
    await login(client, "clearing")
    listing = await client.get("/staff/intakes")
    assert "dringend" in listing.text
    intake_id = (await client.get("/api/intakes")).json()[0]["id"]
    page = await client.get(f"/staff/intakes/{intake_id}")
    for text in ("Dringend:", "Sie selbst – Alter", "Person 2 – Alter", "Person 2 – Beziehung", "Kind",
                 "Asylverfahren läuft", "Akute Notlage", "Ja, ich brauche jetzt Hilfe", "Bedarf für Kinder",
                 "Schulplatz"):
        assert text in page.text, text
    answers = {a["question_id"]: a for a in (await client.get(f"/api/intakes/{intake_id}")).json()["answers"]}
    assert answers["members.2.member_age"]["answer"] == "9" and answers["members.2.member_age"]["original"] == "۹"
    assert answers["members.1.member_residence"]["code"] == "asylum_pending"


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_coordinator_sees_no_personal_data(container: Container, client: httpx.AsyncClient) -> None:
    await submit_intake(container)
    await login(client, "koordination")
    assert (await client.get("/staff/intakes")).status_code == 403
    assert (await client.get("/staff/intakes/1")).status_code == 403
    assert (await client.get("/api/intakes")).status_code == 403
    assert (await client.get("/api/intakes/1")).status_code == 403


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_openapi_docs_list_the_api(client: httpx.AsyncClient) -> None:
    spec = (await client.get("/api/openapi.json")).json()
    assert {"/api/intakes", "/api/intakes/{intake_id}", "/api/session", "/chat/api/send"} <= set(spec["paths"])
    assert (await client.get("/api/docs")).status_code == 200


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_staff_see_current_consents_and_no_erased_intake(container: Container,
                                                               client: httpx.AsyncClient) -> None:
    chat = ChatDriver(container, user="person-1")
    await chat.complete_intake("tr")
    await chat.command("consent")  # after submitting: allow sharing with the job centre
    await chat.press_data("t:sharing:jc")
    await chat.press_data("d:sharing:")
    await login(client, "clearing")
    intake_id = (await client.get("/api/intakes")).json()[0]["id"]
    detail = (await client.get(f"/api/intakes/{intake_id}")).json()
    consents = {c["kind"]: c["granted"] for c in detail["consents"]}
    assert consents == {"data_processing": True, "release_jc": True, "release_jmd": False, "release_fb": False,
                        "release_mbe_awo": False, "release_mbe_caritas": False}  # one per organisation
    page = await client.get(f"/staff/intakes/{intake_id}")
    assert "Weitergabe an Jobcenter Musterstadt (Fallmanagement): <strong>erteilt</strong>" in page.text
    await chat.command("delete")
    await chat.press_data("c:delete:yes")
    assert (await client.get("/api/intakes")).json() == []
    assert (await client.get(f"/staff/intakes/{intake_id}")).status_code == 404


async def test_caseworkers_see_only_their_cases_and_emergency_access_is_reasoned_timed_and_logged(
        container: Container, client: httpx.AsyncClient, clock) -> None:
    from storage import clearing
    from storage.models import Intake, StaffUser

    await submit_intake(container, "de", user="mine")
    await submit_intake(container, "de", user="other")
    async with container.sessions() as s, s.begin():
        users = {u.username: u for u in await s.scalars(select(StaffUser))}
        mine, other = (await s.scalars(select(Intake).order_by(Intake.id))).all()
        await clearing.decide(s, users["clearing"], mine, "admit", reason="", organisation=SP,
                              caseworker_id=users["fallberatung"].id, now=clock())  # the service point's
        await clearing.decide(s, users["clearing"], other, "waitlist", reason="", now=clock())
    await login(client, "fallberatung")
    assert [i["id"] for i in (await client.get("/api/intakes")).json()] == [mine.id]
    assert (await client.get(f"/api/intakes/{other.id}")).status_code == 404
    page = await client.get(f"/staff/intakes/{other.id}")
    assert page.status_code == 404 and "Fall für 60 Minuten öffnen" in page.text and "Personen im Haushalt" not in page.text
    for data in ({"reason": "Person steht am Schalter, Kollegin krank"},  # no category
                 {"category": "person_present", "reason": "aaaaaaaaaaaaaaaaaaaaaaaa"},  # no sentence
                 {"category": "person_present", "reason": "kurz"}):
        refused = await client.post(f"/staff/intakes/{other.id}/emergency", data=data)
        assert refused.status_code == 422 and data["reason"] in refused.text  # the form again, text kept
    r = await client.post(f"/staff/intakes/{other.id}/emergency",
                          data={"category": "person_present", "reason": "Person steht am Schalter, Kollegin krank"})
    assert r.status_code == 303 and (await client.get(f"/staff/intakes/{other.id}")).status_code == 200
    for _ in range(2):  # working on the case (the session stays alive)
        clock.advance(minutes=25)
        assert (await client.get(f"/staff/intakes/{other.id}")).status_code == 200
    clock.advance(minutes=11)
    assert (await client.get(f"/staff/intakes/{other.id}")).status_code == 404  # the hour is over
    async with container.sessions() as s:
        logged = (await s.scalars(select(AuditEvent).where(AuditEvent.action == "emergency_access"))).one()
    assert logged.reason == "person_present" and logged.object_id == str(other.id)  # a code, no typed text
    await client.post("/staff/logout")
    await login(client, "clearing")
    assert (await client.get("/staff/audit")).status_code == 403  # admins and data protection only
    assert "1 Notfallzugriff" in (await client.get("/staff/clearing")).text  # clearing is told
    await client.post("/staff/logout")
    r = await client.post("/staff/login", data={"username": "admin", "password": "demo-administration"})
    log = await client.get("/staff/audit?was=emergency_access")
    assert log.status_code == 200 and "Notfallzugriff" in log.text and "Die Person ist vor Ort" in log.text
