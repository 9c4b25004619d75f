"""Role × route: every staff page, API route and form, for every kind of reader – anonymous; the caseworker
the case is assigned to; a caseworker of another organisation who has a booking with the person (the
person released their data to that kind of organisation, but the case was not handed over: a booking is
not a case); a caseworker of a third organisation the person released their data to, with emergency
access to the case; clearing; the
coordinator (no personal data); the data-protection officer (the audit log, no case data); admin.

A route the app has but these tables do not know fails the test, GET and POST alike: a new page or form
must declare who may use it. A form is sent with complete, valid data, so that the answer is the route's
own decision (a 422 would mean it never got that far, and fails the test)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from fastapi.routing import APIRoute
from sqlalchemy import select

from backend.app import create_app
from backend.container import Container
from backend.demo import seed_demo
from storage import campaigns, clearing, emergency
from storage.models import (
    Appointment,
    Assignment,
    Availability,
    AvailabilityException,
    CaseFollowUp,
    Intake,
    PlanGoal,
    Publication,
    StaffUser,
)
from storage.staff import create_staff
from tests.chat import ChatDriver
from tests.conftest import SP, Clock, demo_password
from tests.staff_http import staff_http

ROLES = ("anonymous", "caseworker", "other_org", "emergency", "clearing", "coordinator", "datenschutz", "admin")
LOGINS = {"caseworker": ("fallberatung", "demo-fallberatung"), "other_org": ("jmd1", demo_password("jmd1")),
          "emergency": ("awo1", demo_password("awo1")), "clearing": ("clearing", "demo-clearing"),
          "coordinator": ("koordination", "demo-koordination"), "datenschutz": ("datenschutz", "demo-datenschutz"),
          "admin": ("admin", "demo-administration")}
OUT, API = 303, 401  # not logged in: pages go to the login, the API says 401
CASE = (200, 404, 200, 200)  # the case itself: assigned, booked only, emergency access, clearing
WORK = (200, 200, 200, 200)  # caseworkers' and clearing's own pages

# expected status per role, in the order of ROLES
MATRIX: dict[str, tuple[int, ...]] = {
    "/staff/intakes":              (OUT, *WORK, 403, 403, 200),
    "/staff/intakes/{intake_id}":  (OUT, *CASE, 403, 403, 200),
    "/staff/calendar":             (OUT, *WORK, 403, 403, 200),
    "/staff/availability":         (OUT, *WORK, 403, 403, 200),
    "/staff/clearing":             (OUT, 403, 403, 403, 200, 403, 403, 200),
    "/staff/audit":                (OUT, 403, 403, 403, 403, 403, 200, 200),
    "/staff/emergency":            (OUT, 403, 403, 403, 200, 403, 200, 200),
    "/staff/desk":                 (OUT, *WORK, 403, 403, 200),
    "/staff/figures":              (OUT, 403, 403, 403, 403, 200, 403, 200),
    "/staff/figures.csv":          (OUT, 403, 403, 403, 403, 200, 403, 200),
    "/staff/figures.xlsx":         (OUT, 403, 403, 403, 403, 200, 403, 200),
    "/staff/figures/report":       (OUT, 403, 403, 403, 403, 200, 403, 200),
    "/api/intakes":                (API, *WORK, 403, 403, 200),
    "/api/intakes/{intake_id}":    (API, *CASE, 403, 403, 200),
    "/api/appointments":           (API, *WORK, 403, 403, 200),
    "/api/clearing":               (API, 403, 403, 403, 200, 403, 403, 200),
    "/staff/simulator":            (OUT, 403, 403, 403, 200, 200, 403, 200),
    "/staff/simulator/{token}":    (OUT, 403, 403, 403, 404, 404, 403, 404),  # an unknown (or expired) one
    "/staff/scripts":              (OUT, 403, 403, 403, 403, 200, 403, 200),
    "/staff/scripts/{script_id}/edit":      (OUT, 403, 403, 403, 403, 200, 403, 200),
    "/staff/scripts/{script_id}/{version}": (OUT, 403, 403, 403, 403, 200, 403, 200),
    "/staff/texts":                (OUT, 403, 403, 403, 403, 200, 403, 200),
    "/staff/texts/export/{lang}":  (OUT, 403, 403, 403, 403, 200, 403, 200),
    # the letters with names and addresses, and the home visits: the service point's people only
    "/staff/letters":              (OUT, 200, 403, 403, 200, 403, 403, 200),
    "/staff/letters/languages":    (OUT, 403, 403, 403, 200, 200, 403, 200),
    "/staff/letters/{campaign_id}":                    (OUT, 403, 403, 403, 200, 403, 403, 200),
    "/staff/letters/{campaign_id}/letters.pdf":        (OUT, 403, 403, 403, 200, 403, 403, 200),
    "/staff/letters/{campaign_id}/households/{household_id}.pdf": (OUT, 403, 403, 403, 200, 403, 403, 200),
    "/staff/letters/{campaign_id}/visits":             (OUT, 200, 403, 403, 200, 403, 403, 200),
    "/staff/account":              (OUT, 200, 200, 200, 200, 200, 200, 200),  # one's own account
    "/staff/account/2fa":          (OUT, 200, 200, 200, 200, 200, 200, 200),
    "/staff/accounts":             (OUT, 403, 403, 403, 403, 403, 403, 200),  # everyone's: admins
}
PUBLIC = {"/staff/login", "/staff/login/code", "/api/docs", "/api/openapi.json", "/api/docs/oauth2-redirect"}
PUBLIC_POSTS = {"/staff/login", "/staff/login/code", "/staff/logout"}  # the login's own steps

# forms: who may use them at all (False = refused with 403 or sent to the login; True = the route's own
# checks ran). Order: anonymous, caseworker, other_org, emergency, clearing, coordinator, datenschutz, admin
CASE_WORK = (False, True, False, False, True, False, False, True)  # the assigned caseworker and clearing
OWN = (False, True, True, True, True, False, False, True)  # anyone who works with people
EDITORS = (False, False, False, False, False, True, False, True)
SELF = (False, True, True, True, True, True, True, True)  # one's own account
POSTS: dict[str, tuple[bool, ...]] = {
    "/staff/clearing/{intake_id}/decide":           (False, False, False, False, True, False, False, True),
    "/staff/appointments/{appt_id}/cancel":         CASE_WORK,
    "/staff/appointments/{appt_id}/move":           CASE_WORK,
    "/staff/appointments/{appt_id}/outcome":        CASE_WORK,
    "/staff/assignments/{assignment_id}/{to}":      CASE_WORK,
    "/staff/availability":                          OWN,
    "/staff/availability/exceptions":               OWN,
    "/staff/availability/{rule_id}/delete":         CASE_WORK,  # the caseworker's own office hours
    "/staff/availability/exceptions/{row_id}/delete": CASE_WORK,
    "/staff/desk/{intake_id}/first-contact":        CASE_WORK,
    "/staff/desk/{intake_id}/followups":            CASE_WORK,
    "/staff/desk/{intake_id}/close":                CASE_WORK,
    "/staff/followups/{followup_id}/done":          CASE_WORK,
    "/staff/cases/{intake_id}/plan":                CASE_WORK,
    "/staff/cases/{intake_id}/goals":               CASE_WORK,
    "/staff/goals/{goal_id}/steps":                 CASE_WORK,
    "/staff/cases/{intake_id}/notes":               CASE_WORK,
    "/staff/cases/{intake_id}/message":             CASE_WORK,
    "/staff/intakes/{intake_id}/emergency":         OWN,
    "/staff/emergency/{access_id}/acknowledge":     (False, False, False, False, True, False, False, True),
    "/staff/emergency/{access_id}/review/{outcome}": (False, False, False, False, False, False, True, True),
    "/staff/simulator":                             (False, False, False, False, True, True, False, True),
    "/staff/simulator/{token}/send":                (False, False, False, False, True, True, False, True),
    "/staff/simulator/{token}/restart":             (False, False, False, False, True, True, False, True),
    "/staff/scripts/{script_id}/edit":              EDITORS,
    "/staff/scripts/{script_id}/{version}/publish": EDITORS,
    "/staff/scripts/{script_id}/rollback":          EDITORS,
    "/staff/texts/edit/{lang}/{msg_id}":            EDITORS,
    "/staff/texts/new":                             EDITORS,
    "/staff/texts/publish":                         EDITORS,
    "/staff/texts/rollback/{publication_id}":       EDITORS,
    "/staff/texts/import/{lang}":                   EDITORS,
    "/staff/letters":                               (False, False, False, False, True, False, False, True),
    "/staff/letters/languages":                     (False, False, False, False, True, True, False, True),
    "/staff/account/password":                      SELF,
    "/staff/account/2fa/start":                     SELF,
    "/staff/account/2fa":                           SELF,
    "/staff/account/2fa/off":                       SELF,
    "/staff/accounts/{user_id}/{action}":           (False, False, False, False, False, False, False, True),
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
        await create_staff(session, "jmd1", LOGINS["other_org"][1], "caseworker", "JMD")
        await create_staff(session, "awo1", LOGINS["emergency"][1], "caseworker", "Migrationsberatung AWO")
    chat = ChatDriver(c, user="matrix-person")
    # released to the JMD (its caseworker may be booked) and the AWO (its caseworker may break the glass)
    await chat.to_household("de", sharing=("jmd", "mbe_awo"))
    from tests.test_clearing import _finish
    await _finish(chat)
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
        # the JMD's caseworker has a talk booked with the same person: that gives no access
        session.add(Appointment(contact_id=first.contact_id, intake_id=first.id, staff_user_id=users["jmd1"].id,
                                kind="phone", language="arabic", interpreter=True, status="booked",
                                starts_at=clock() + timedelta(days=3), ends_at=clock() + timedelta(days=3, hours=1)))
        access = await emergency.grant(session, users["awo1"], c.municipality.membership("awo1", "caseworker"),
                                       first.id, "person_present",
                                       "Die Person steht am Schalter und braucht sofort Hilfe", clock(),
                                       timedelta(days=1))
        session.add(Publication(kind="texts", action="publish", staff_user_id=users["koordination"].id, at=clock(),
                                changes=[]))
    return {"intake_id": first.id, "queued_id": second.id, "assignment_id": assignment.id, "appt_id": appt.id,
            "to": "accepted", "token": "no-such-simulation", "script_id": "intake", "access_id": access.id,
            "outcome": "ok", "version": c.scripts.published["intake"].version, "lang": "fa",
            "msg_id": "pick-language", "staff": users, "user_id": users["jmd1"].id, "action": "unlock", **await campaign_ids(c, users["clearing"], clock)}


async def fresh(c: Container, ids: dict[str, Any], clock: Clock) -> dict[str, Any]:
    """Objects a form removes or closes, new for each reader (one reader's success must not be the next
    one's 404)."""
    owner = ids["staff"]["fallberatung"].id
    async with c.sessions() as session, session.begin():
        rule = Availability(staff_user_id=owner, weekday=5, start_time="09:00", end_time="10:00", kind="office",
                            languages=[], interpreter_languages=[], active=True)
        off = AvailabilityException(staff_user_id=owner, starts_on=clock().date(), ends_on=clock().date())
        followup = CaseFollowUp(intake_id=ids["intake_id"], staff_user_id=owner, due_on=clock().date(), note="x")
        goal = PlanGoal(intake_id=ids["intake_id"], domain="work", text="x", service="yes", created_at=clock())
        session.add_all([rule, off, followup, goal])
        case = await session.get(Intake, ids["intake_id"])  # the last reader closed it (a closed case is read-only)
        case.status, case.closed_at, case.closure_reason = "admitted", None, None
        await session.flush()
        publication = (await session.scalars(select(Publication.id).where(Publication.kind == "texts")
                                             .order_by(Publication.id.desc()))).first()
        return {"rule_id": rule.id, "row_id": off.id, "followup_id": followup.id, "goal_id": goal.id,
                "publication_id": publication}


async def campaign_ids(c: Container, staff: StaffUser, clock: Clock) -> dict[str, int]:
    """One letter campaign with one household (for the letter pages)."""
    plan = campaigns.LetterPlan(ref="H-1", names=["Amal Haddad"], street="Lindenstraße 12", postcode="41539",
                                city="Musterstadt", district="Mitte", offer="home_visit", reasons=["single_parent"],
                                languages=["de", "ar"], adults=1, children=0)
    async with c.sessions() as session, session.begin():
        campaign = await campaigns.create(session, staff, "Test", [plan], 180, c.cipher, clock().date(), clock())
        household = (await campaigns.households(session, campaign.id))[0]
    return {"campaign_id": campaign.id, "household_id": household.id}


def form_for(path: str, ids: dict[str, Any], clock: Clock) -> tuple[dict[str, str], dict[str, Any] | None]:
    """Complete, valid form data for each form (and the file for uploads)."""
    day = (clock().date() + timedelta(days=5)).isoformat()
    data = {
        "/staff/clearing/{intake_id}/decide": {"action": "waitlist"},
        "/staff/appointments/{appt_id}/cancel": {"reason": ""},
        "/staff/appointments/{appt_id}/move": {"on_date": day, "at": "08:00", "minutes": "45"},
        "/staff/appointments/{appt_id}/outcome": {"result": "attended"},
        "/staff/availability": {"start_time": "09:00", "end_time": "10:00"},
        "/staff/availability/exceptions": {"starts_on": day},
        "/staff/desk/{intake_id}/followups": {"due_on": day, "note": "Bescheid"},
        "/staff/desk/{intake_id}/close": {"reason": "goals_reached"},
        "/staff/cases/{intake_id}/plan": {"motto": "Arbeit finden"},
        "/staff/cases/{intake_id}/goals": {"domain": "housing", "text": "Wohnung", "service": "yes"},
        "/staff/goals/{goal_id}/steps": {"intake_id": str(ids["intake_id"]), "text": "Anrufen", "owner": "Person"},
        "/staff/cases/{intake_id}/notes": {"text": "Notiz"},
        "/staff/cases/{intake_id}/message": {"template": "please-call"},
        "/staff/intakes/{intake_id}/emergency": {"category": "deadline",
                                                 "reason": "Der Bescheid muss heute noch beantwortet werden"},
        "/staff/scripts/{script_id}/edit": {"source": "x: 1"},
        "/staff/texts/edit/{lang}/{msg_id}": {"text": "سلام"},
        "/staff/texts/new": {"msg_id": "neu-test", "text": "Neu"},
        "/staff/letters/languages": {"nationality": "SY", "language": "ar"},
        "/staff/letters": {"name": "Leer"},
        "/staff/account/password": {"current": "nicht-das-passwort", "new": "x", "repeat": "x"},
        "/staff/account/2fa": {"code": "000000"},
        "/staff/account/2fa/off": {"current": "nicht-das-passwort"},
    }.get(path, {})
    files = {"file": ("x.ftl", b"", "text/plain")} if path in ("/staff/texts/import/{lang}", "/staff/letters") else None
    return data, files


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_every_route_for_every_reader(container: Container, clock: Clock) -> None:
    ids = await world(container, clock)
    app = create_app(container)
    staff_routes = {r.path for r in routes(app) if "GET" in r.methods
                    and r.path.startswith(("/staff", "/api")) and r.path not in PUBLIC}
    assert staff_routes == set(MATRIX), f"routes without an entry in the matrix: {staff_routes ^ set(MATRIX)}"
    post_routes = {r.path for r in routes(app) if "POST" in r.methods and r.path.startswith("/staff/")}
    assert post_routes - PUBLIC_POSTS == set(POSTS), f"forms without an entry: {(post_routes - PUBLIC_POSTS) ^ set(POSTS)}"
    got: dict[str, tuple[int, ...]] = {}
    posted: dict[str, tuple[bool, ...]] = {}
    for n, role in enumerate(ROLES):  # each at their own desk: one's wrong passwords do not slow the next
        async with staff_http(app, "http://test", address=f"192.0.2.{n + 1}") as client:
            if role != "anonymous":
                user, password = LOGINS[role]
                r = await client.post("/staff/login", data={"username": user, "password": password})
                assert r.status_code == 303, role
            for path in MATRIX:
                r = await client.get(path.format(**ids))
                got[path] = (*got.get(path, ()), r.status_code)
            values = {**ids, **await fresh(container, ids, clock)}
            for path in sorted(POSTS, key=lambda p: p.endswith("/close")):  # closing the case last
                # decisions on the queued intake; the desk and emergency access act on the assigned one (released
                # to the JMD and the MBE: without a release emergency access is refused, tests/test_oversight.py)
                queued = "decide" in path
                target = path.format(**{**values, "intake_id": ids["queued_id" if queued else "intake_id"]})
                data, files = form_for(path, ids, clock)
                r = await client.post(target, data=data, files=files)
                invalid = r.status_code == 422 and "Ungültige Adresse oder Eingabe" in r.text  # FastAPI's check
                assert not invalid, f"{role} {path}: the form data is incomplete, the test proves nothing"
                allowed = r.status_code not in (401, 403) and not (
                    r.status_code == 303 and r.headers["location"].startswith("/staff/login"))
                posted[path] = (*posted.get(path, ()), allowed)
    assert {p: v for p, v in got.items() if v != MATRIX[p]} == {}
    assert {p: v for p, v in posted.items() if v != POSTS[p]} == {}
