"""Role × page: every staff page and API route, for every role – anonymous, the caseworker the case is
assigned to, a caseworker of another organisation, clearing, coordinator (no personal data), admin. A
route the app has but this table does not know fails the test: new pages must declare who may see them."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fastapi.routing import APIRoute
from sqlalchemy import select

from backend.app import create_app
from backend.container import Container
from backend.demo import seed_demo
from storage import campaigns, clearing
from storage.models import Appointment, Assignment, Intake, StaffUser
from storage.staff import create_staff
from tests.chat import ChatDriver
from tests.conftest import SP, Clock

ROLES = ("anonymous", "caseworker", "other_org", "clearing", "coordinator", "admin")
LOGINS = {"caseworker": "fallberatung", "other_org": "jmd1", "clearing": "clearing", "coordinator": "koordination",
          "admin": "admin"}
PAGE_OUT, API_OUT = 303, 401  # not logged in: pages go to the login, the API says 401

# expected status per role, in the order of ROLES
MATRIX: dict[str, tuple[int, ...]] = {
    "/staff/intakes":              (PAGE_OUT, 200, 200, 200, 403, 200),
    "/staff/intakes/{intake_id}":  (PAGE_OUT, 200, 404, 200, 403, 200),
    "/staff/calendar":             (PAGE_OUT, 200, 200, 200, 403, 200),
    "/staff/availability":         (PAGE_OUT, 200, 200, 200, 403, 200),
    "/staff/clearing":             (PAGE_OUT, 403, 403, 200, 403, 200),
    "/staff/audit":                (PAGE_OUT, 403, 403, 403, 403, 200),
    "/staff/desk":                 (PAGE_OUT, 200, 200, 200, 403, 200),
    "/staff/figures":              (PAGE_OUT, 403, 403, 403, 200, 200),
    "/staff/figures.csv":          (PAGE_OUT, 403, 403, 403, 200, 200),
    "/staff/figures.xlsx":         (PAGE_OUT, 403, 403, 403, 200, 200),
    "/staff/figures/report":       (PAGE_OUT, 403, 403, 403, 200, 200),
    "/api/intakes":                (API_OUT, 200, 200, 200, 403, 200),
    "/api/intakes/{intake_id}":    (API_OUT, 200, 404, 200, 403, 200),
    "/api/appointments":           (API_OUT, 200, 200, 200, 403, 200),
    "/api/clearing":               (API_OUT, 403, 403, 200, 403, 200),
    "/staff/simulator":            (PAGE_OUT, 403, 403, 200, 200, 200),
    "/staff/simulator/{token}":    (PAGE_OUT, 403, 403, 404, 404, 404),  # an unknown (or expired) simulation
    "/staff/scripts":              (PAGE_OUT, 403, 403, 403, 200, 200),
    "/staff/scripts/{script_id}/edit":      (PAGE_OUT, 403, 403, 403, 200, 200),
    "/staff/scripts/{script_id}/{version}": (PAGE_OUT, 403, 403, 403, 200, 200),
    "/staff/texts":                (PAGE_OUT, 403, 403, 403, 200, 200),
    "/staff/texts/export/{lang}":  (PAGE_OUT, 403, 403, 403, 200, 200),
    "/staff/letters":              (PAGE_OUT, 200, 200, 200, 403, 200),
    "/staff/letters/languages":    (PAGE_OUT, 403, 403, 200, 200, 200),
    "/staff/letters/{campaign_id}":                    (PAGE_OUT, 403, 403, 200, 403, 200),
    "/staff/letters/{campaign_id}/letters.pdf":        (PAGE_OUT, 403, 403, 200, 403, 200),
    "/staff/letters/{campaign_id}/households/{household_id}.pdf": (PAGE_OUT, 403, 403, 200, 403, 200),
    "/staff/letters/{campaign_id}/visits":             (PAGE_OUT, 200, 200, 200, 403, 200),
}
PUBLIC = {"/staff/login", "/api/docs", "/api/openapi.json", "/api/docs/oauth2-redirect"}
# changes: who may do them at all (403 = refused; anything else = let through to the form's own checks)
POSTS: dict[str, tuple[bool, ...]] = {  # anonymous, caseworker, other_org, clearing, coordinator, admin
    "/staff/clearing/{intake_id}/decide":           (False, False, False, True, False, True),
    "/staff/appointments/{appt_id}/cancel":         (False, True, False, True, False, True),
    "/staff/assignments/{assignment_id}/{to}":      (False, True, False, True, False, True),
    "/staff/availability":                          (False, True, True, True, False, True),
    "/staff/desk/{intake_id}/first-contact":        (False, True, False, True, False, True),
    "/staff/cases/{intake_id}/message":             (False, True, False, True, False, True),
    "/staff/cases/{intake_id}/goals":               (False, True, False, True, False, True),
    "/staff/cases/{intake_id}/notes":               (False, True, False, True, False, True),
    "/staff/simulator":                             (False, False, False, True, True, True),
    "/staff/simulator/{token}/send":                (False, False, False, True, True, True),
    "/staff/simulator/{token}/restart":             (False, False, False, True, True, True),
    "/staff/scripts/{script_id}/edit":              (False, False, False, False, True, True),
    "/staff/scripts/{script_id}/rollback":          (False, False, False, False, True, True),
    "/staff/texts/edit/{lang}/{msg_id}":            (False, False, False, False, True, True),
    "/staff/texts/publish":                         (False, False, False, False, True, True),
    "/staff/letters":                               (False, False, False, True, False, True),
    "/staff/letters/languages":                     (False, False, False, True, True, True),
}


def routes(container: Any) -> list[APIRoute]:
    """Every API route of the app, also those of included routers."""
    found: list[APIRoute] = []
    todo = list(container.routes)
    while todo:
        r = todo.pop()
        if isinstance(r, APIRoute):
            found.append(r)
        elif hasattr(r, "original_router"):
            todo.extend(r.original_router.routes)
    return found


async def world(c: Container, clock: Clock) -> dict[str, Any]:
    async with c.sessions() as session, session.begin():
        await seed_demo(session)
        await create_staff(session, "jmd1", "demo-jmd1", "caseworker", "JMD")
        await create_staff(session, "admin", "demo-admin", "admin", "Admin")
    chat = ChatDriver(c, user="matrix-person")
    await chat.complete_intake("de")
    await chat.press_data("a:appointment:office")
    await chat.press_data(next(b.data for row in chat.buttons for b in row if "." in b.data))
    await ChatDriver(c, user="second-person").complete_intake("de")  # stays in the queue
    async with c.sessions() as session, session.begin():
        users = {u.username: u for u in await session.scalars(select(StaffUser))}
        first, second = (await session.scalars(select(Intake).order_by(Intake.id))).all()
        await clearing.decide(session, users["clearing"], first, "admit", reason="", now=clock(),
                              organisation=SP, caseworker_id=users["fallberatung"].id)
        assignment = (await session.scalars(select(Assignment))).one()
        appt = (await session.scalars(select(Appointment))).one()
    return {"intake_id": first.id, "queued_id": second.id, "assignment_id": assignment.id, "appt_id": appt.id,
            "to": "accepted", "token": "no-such-simulation", "script_id": "intake",
            "version": c.scripts.published["intake"].version, "lang": "fa", "msg_id": "pick-language",
            **await campaign_ids(c, users["clearing"], clock)}


async def campaign_ids(c: Container, staff: StaffUser, clock: Clock) -> dict[str, int]:
    """One letter campaign with one household (for the letter pages)."""
    plan = campaigns.LetterPlan(ref="H-1", names=["Amal Haddad"], street="Lindenstraße 12", postcode="41539",
                                city="Musterstadt", district="Mitte", offer="letter", reasons=[],
                                languages=["de", "ar"], adults=1, children=0)
    async with c.sessions() as session, session.begin():
        campaign = await campaigns.create(session, staff, "Test", [plan], 180, c.cipher, clock().date(), clock())
        household = (await campaigns.households(session, campaign.id))[0]
    return {"campaign_id": campaign.id, "household_id": household.id}


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_every_route_for_every_role(container: Container, clock: Clock) -> None:
    ids = await world(container, clock)
    app = create_app(container)
    staff_routes = {r.path for r in routes(app) if "GET" in r.methods
                    and r.path.startswith(("/staff", "/api")) and r.path not in PUBLIC}
    assert staff_routes == set(MATRIX), f"routes without an entry in the matrix: {staff_routes ^ set(MATRIX)}"
    post_routes = {r.path for r in routes(app) if "POST" in r.methods and r.path.startswith("/staff/")}
    assert set(POSTS) <= post_routes
    got: dict[str, tuple[int, ...]] = {}
    posted: dict[str, tuple[bool, ...]] = {}
    for role in ROLES:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
            if role != "anonymous":
                user = LOGINS[role]
                r = await client.post("/staff/login", data={"username": user, "password": f"demo-{user}"})
                assert r.status_code == 303, role
            for path in MATRIX:
                r = await client.get(path.format(**ids))
                got[path] = (*got.get(path, ()), r.status_code)
            for path in POSTS:
                data = {"action": "waitlist"} if "decide" in path else {
                    "start_time": "09:00", "end_time": "10:00"} if path == "/staff/availability" else {
                    "template": "please-call"} if "message" in path else {
                    "domain": "housing", "text": "Wohnung", "service": "yes"} if "goals" in path else {
                    "text": "Notiz"} if "notes" in path else {}
                # decisions on the queued intake; the desk acts on the assigned one
                assigned = "desk" in path or "cases" in path
                target = path.format(**{**ids, "intake_id": ids["intake_id" if assigned else "queued_id"]})
                r = await client.post(target, data=data)
                allowed = r.status_code not in (401, 403) and not (
                    r.status_code == 303 and r.headers["location"].startswith("/staff/login"))
                posted[path] = (*posted.get(path, ()), allowed)
    assert got == MATRIX
    assert posted == POSTS
