"""The coordinators' dialog simulator over HTTP, as a coordinator uses it: pick a version and a language, chat
with the real bot, read the state beside it – and the real database stays untouched. SQLite and PostgreSQL
(the simulator itself always runs on its own temporary SQLite file)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from backend.app import create_app
from backend.container import Container
from backend.demo import seed_demo
from backend.simulator import Simulator
from bot.render import escape
from dialogs.loader import version_of
from storage.models import (
    Appointment,
    ConsentRecord,
    Contact,
    Conversation,
    Intake,
    OutboxMessage,
    ProcessedUpdate,
    ScriptVersionRow,
)
from tests.conftest import Clock, demo_password
from tests.staff_http import log_in_again, staff_http

# after the language: the whole intake as in bench/run.py intake_updates, up to the summary
TO_SUMMARY = [("press", "a:age_gate:adult"), ("press", "a:consent:yes"), ("press", "t:sharing:mbe_awo"),
              ("press", "d:sharing:"), ("press", "a:crisis:none"), ("text", "1"), ("text", "31"),
              ("press", "a:member_gender:female"), ("press", "a:member_nationality:syria"),
              ("press", "a:member_residence:asylum_pending"), ("text", "03/2024"), ("text", "04/2024"),
              ("press", "t:family_languages:arabic"), ("press", "d:family_languages:"), ("press", "a:german_level:a1"),
              ("press", "a:interpreter:not_needed"), ("press", "a:housing:shelter"),
              ("press", "a:housing_adequate:adequate"), ("press", "s:health:"), ("press", "s:reunification:"),
              ("press", "t:work:looking"), ("press", "d:work:"), ("press", "s:barriers:"), ("press", "t:agencies:none"),
              ("press", "d:agencies:"), ("press", "a:counsellor:no_counsellor"), ("press", "t:topics:work"),
              ("press", "d:topics:"), ("press", "s:remarks:")]


class Sim:
    """A logged-in browser-like client on the simulator pages."""

    def __init__(self, web: httpx.AsyncClient, clock: Clock):
        self.web, self.clock, self.url, self.page = web, clock, "", ""

    async def start(self, version: str, language: str) -> str:
        r = await self.web.post("/staff/simulator", data={"version": f"intake:{version}", "language": language})
        assert r.status_code == 303, r.text
        self.url = r.headers["location"].split("#")[0]
        return await self.refresh()

    async def refresh(self) -> str:
        r = await self.web.get(self.url)
        assert r.status_code == 200, r.text
        self.page = r.text
        return self.page

    async def send(self, kind: str, value: str) -> str:
        self.clock.advance(seconds=3)  # a person takes a moment per answer (flood control counts typing)
        field = "data" if kind == "press" else "text"
        r = await self.web.post(f"{self.url}/send", data={"kind": kind, field: value})
        assert r.status_code == 303, r.text
        return await self.refresh()

    def state(self, key: str) -> str:
        found = re.search(rf'data-state="{key}">(?:<code>)?([^<]*)', self.page)
        assert found, key
        return found.group(1)

    def answer(self, question_id: str, table: str = "sim-answers") -> str:
        """The Code/Wert cell (state table) or the Antwort cell (would-be intake) of a question."""
        part = self.page.split(f'id="{table}"', 1)[1].split("</table>", 1)[0]
        found = re.search(rf'<tr data-question="{re.escape(question_id)}"><th scope="row">.*?</th>\s*<td>([^<]*)</td>',
                          part, re.S)
        assert found, (question_id, part[:2000])
        return found.group(1)


async def log_in(c: Container, username: str) -> httpx.AsyncClient:
    web = staff_http(create_app(c), "http://test")
    r = await web.post("/staff/login", data={"username": username, "password": demo_password(username)})
    assert r.status_code == 303
    return web


@pytest.fixture
async def sim(container: Container, clock: Clock) -> AsyncIterator[Sim]:
    async with container.sessions() as session, session.begin():
        await seed_demo(session)
    web = await log_in(container, "koordination")
    try:
        yield Sim(web, clock)
    finally:
        await web.aclose()
        await Simulator.of(container).close()


async def real_rows(c: Container) -> dict[str, int]:
    async with c.sessions() as session:
        return {model.__tablename__: await session.scalar(select(func.count()).select_from(model)) or 0
                for model in (Intake, Contact, Conversation, OutboxMessage, ConsentRecord, ProcessedUpdate)}


async def test_a_whole_intake_in_farsi_shows_state_and_would_be_intake_but_stores_nothing_real(
        container: Container, sim: Sim) -> None:
    published = container.scripts.published["intake"].version
    form = (await sim.web.get("/staff/simulator")).text
    assert "Simulation – es werden keine echten Daten gespeichert, es wird nichts" in form
    assert re.search(rf'<option value="intake:{published}" selected>{published} vom [^<]*\(veröffentlicht\)', form)
    assert re.search(r'<option value="fa" lang="fa"\s*>فارسی</option>', form)

    page = await sim.start(published, "fa")
    first_question = container.l10n.message("fa", "q-age-gate")
    assert escape(first_question) in page
    assert re.search(r'<div class="msg bot" dir="rtl" lang="fa"\s+data-node="age_gate"', page)
    assert (sim.state("node"), sim.state("lang"), sim.state("status")) == ("age_gate", "فارسی (fa)", "läuft")
    assert "Noch keine Antworten." in page

    for kind, value in TO_SUMMARY[:5]:  # adult, consent, sharing, no crisis
        await sim.send(kind, value)
    assert sim.state("node") == "household_size" and sim.state("consent") == "erteilt"
    assert sim.answer("crisis") == "none"
    assert escape(container.l10n.message("fa", "q-household-size")) in sim.page
    await sim.send("text", "1")
    assert sim.state("node") == "member_age" and sim.answer("household_size") == "1"

    for kind, value in TO_SUMMARY[6:]:
        await sim.send(kind, value)
    assert sim.state("node") == "summary"
    assert escape(container.l10n.message("fa", "summary-intro")) in sim.page
    assert sim.answer("members.1.member_age") == "31" and sim.answer("topics") == "work"
    assert "Noch keins" in sim.page  # nothing "submitted" yet

    await sim.send("press", "a:summary:submit")
    assert "Simulation – nicht gespeichert" in sim.page
    assert sim.answer("household_size", table="sim-intake") == "1"
    assert sim.answer("german_level", table="sim-intake") == container.l10n.message("de", "opt-german-a1")
    await sim.send("press", "a:appointment:later")
    assert sim.state("status") == "abgeschlossen"
    # the real database: no intake, no person, no message to send, no conversation, no consent
    assert await real_rows(container) == {"intakes": 0, "contacts": 0, "conversations": 0, "outbox": 0,
                                          "consent_records": 0, "processed_updates": 0}


async def test_every_stored_version_speaks_its_own_text(container: Container, sim: Sim) -> None:
    published = container.scripts.published["intake"]
    older_source = published.source.replace("text: q-age-gate", "text: q-crisis", 1)
    older = version_of(older_source)
    async with container.sessions() as session, session.begin():
        live = (await session.scalars(select(ScriptVersionRow).where(ScriptVersionRow.version == published.version))).one()
        session.add(ScriptVersionRow(script_id="intake", version=older, source=older_source,
                                     created_at=live.created_at - timedelta(days=30)))
    form = (await sim.web.get("/staff/simulator")).text
    assert form.index(f'value="intake:{published.version}"') < form.index(f'value="intake:{older}"')  # newest first
    assert re.search(rf'value="intake:{older}"\s*>{older} vom [^<(]*</option>', form)  # not marked published

    age_gate, crisis = (escape(container.l10n.message("fa", m)) for m in ("q-age-gate", "q-crisis"))
    page = await sim.start(older, "fa")
    assert crisis in page and age_gate not in page
    assert "(nicht die veröffentlichte Version)" in page
    page = await sim.start(published.version, "fa")
    assert age_gate in page and crisis not in page
    assert container.scripts.published["intake"].version == published.version  # simulating publishes nothing


async def test_restart_double_submit_and_expiry(container: Container, sim: Sim, clock: Clock) -> None:
    await sim.start(container.scripts.published["intake"].version, "ar")
    await sim.send("press", "a:age_gate:adult")
    assert sim.state("node") == "consent"
    # the same form sent twice (a double click) counts once, as in the web chat
    for _ in range(2):
        r = await sim.web.post(f"{sim.url}/send", data={"kind": "press", "data": "a:consent:yes",
                                                        "client_id": "double-click-1"})
        assert r.status_code == 303
    await sim.refresh()
    assert sim.state("node") == "sharing" and sim.page.count('<div class="msg user"') == 4  # /start, language, 2 taps

    r = await sim.web.post(f"{sim.url}/restart")
    old, sim.url = sim.url, r.headers["location"].split("#")[0]
    assert sim.url != old and (await sim.web.get(old)).status_code == 404
    await sim.refresh()
    assert sim.state("node") == "age_gate" and "Noch keine Antworten." in sim.page

    clock.advance(hours=2, minutes=1)  # two hours without input: the simulation is dropped
    await log_in_again(sim.web, "koordination")  # (and the coordinator's session has ended too)
    gone = await sim.web.get(sim.url)
    assert gone.status_code == 404 and "nach 2 Stunden ohne Eingabe" in gone.text
    assert Simulator.of(container).chats == {}


async def serve_and_shut_down(app: Any) -> None:
    """What uvicorn does around serving: the ASGI lifespan, start-up then shutdown."""
    messages = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])
    sent: list[str] = []

    async def receive() -> dict[str, Any]:
        return next(messages)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message["type"])

    await app({"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}}, receive, send)
    assert sent == ["lifespan.startup.complete", "lifespan.shutdown.complete"]


async def test_declining_consent_shows_the_anonymous_path_and_that_nothing_is_kept(container: Container,
                                                                                 sim: Sim) -> None:
    await sim.start(container.scripts.published["intake"].version, "uk")
    await sim.send("press", "a:age_gate:adult")
    await sim.send("press", "a:consent:no")
    assert escape(container.l10n.message("uk", "declined-info")) in sim.page
    assert sim.state("status") == "beendet – der Bot hat alle Angaben gelöscht"
    assert "Noch keine Antworten." in sim.page and "Noch keins" in sim.page


async def test_simulator_database_is_separate_and_deleted_on_shutdown(container: Container, sim: Sim) -> None:
    app = create_app(container)
    simulator = Simulator.of(container)
    assert simulator.database is None  # nothing is created before the first simulation
    await sim.start(container.scripts.published["intake"].version, "de")
    path = simulator.database
    assert path is not None and path.exists() and str(path) not in container.settings.database_url
    await serve_and_shut_down(app)
    assert not path.exists() and not path.parent.exists()
    assert (await sim.web.get(sim.url)).status_code == 404  # the simulations went with it


async def test_caseworkers_may_not_simulate(container: Container, sim: Sim) -> None:
    web = await log_in(container, "fallberatung")
    try:
        assert (await web.get("/staff/simulator")).status_code == 403
        refused = await web.post("/staff/simulator", data={
            "version": f"intake:{container.scripts.published['intake'].version}", "language": "de"})
        assert refused.status_code == 403
        assert "/staff/simulator" not in (await web.get("/staff/intakes")).text  # no link in the navigation
    finally:
        await web.aclose()
    assert Simulator.of(container).chats == {}
    nav = (await sim.web.get("/staff/simulator")).text
    assert '<a href="/staff/simulator">Simulator</a>' in nav


async def test_the_simulator_offers_the_real_office_hours_and_books_only_in_the_simulation(
        container: Container, sim: Sim) -> None:
    published = container.scripts.published["intake"].version
    await sim.start(published, "de")
    for kind, value in TO_SUMMARY:
        await sim.send(kind, value)
    await sim.send("press", "a:summary:submit")
    await sim.send("press", "a:appointment:office")  # the demo caseworker's office hours
    slot = re.search(r'name="data" value="(b:appointment:[^"]+)"', sim.page)
    assert slot is not None, "no slot offered"
    before = await real_rows(container)
    await sim.send("press", slot.group(1))
    assert container.l10n.message("de", "appointment-booked") in sim.page  # the confirmation, as in the chat
    async with container.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Appointment)) == 0  # nothing real
    assert await real_rows(container) == before
