"""The web chat over HTTP: same runtime, cookie identity, double submits processed once. SQLite and Postgres."""

from __future__ import annotations

import httpx
from sqlalchemy import select

from backend.app import create_app
from backend.container import Container
from storage.models import Appointment, Intake


async def test_web_chat_intake_over_http(container: Container) -> None:
    transport = httpx.ASGITransport(app=create_app(container))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as web:
        page = await web.get("/chat")
        assert page.status_code == 200 and 'role="log"' in page.text
        n = 0

        async def send(**body: str) -> list[dict]:
            nonlocal n
            n += 1
            r = await web.post("/chat/api/send", json={"client_id": f"client-msg-{n:04d}", **body})
            assert r.status_code == 200, r.text
            return r.json()["messages"]

        first = await send(kind="start")
        assert "ankommen_chat" in web.cookies and "Bitte wählen" in first[0]["html"]
        assert first[0]["buttons"][1][0] == {"data": "a:language:ar", "label": "العربية", "selected": False}
        msgs = await send(kind="press", data="a:language:ar")
        assert msgs[-1]["dir"] == "rtl" and msgs[-1]["lang"] == "ar"
        for data in ("a:age_gate:adult", "a:consent:yes", "d:sharing:", "a:crisis:none"):
            await send(kind="press", data=data)
        await send(kind="text", text="١")
        await send(kind="text", text="٢٩")
        for data in ("a:member_gender:male", "a:member_nationality:syria", "s:member_residence:"):
            await send(kind="press", data=data)
        # a double submit (same client id) is processed once
        body = {"client_id": "double-tap-0001", "kind": "text", "text": "05/2023"}
        r1 = (await web.post("/chat/api/send", json=body)).json()["messages"]
        r2 = (await web.post("/chat/api/send", json=body)).json()["messages"]
        assert len(r1) == 1 and r2 == []
        await send(kind="text", text="06/2023")
        toggled = await web.post("/chat/api/send", json={"client_id": "toggle-00001", "kind": "press",
                                                         "data": "t:family_languages:arabic"})
        edits = toggled.json()["edits"]
        assert edits[0]["node"] == "family_languages"
        assert any(b["selected"] for row in edits[0]["buttons"] for b in row)
        for data in ("d:family_languages:", "a:german_level:b1", "a:interpreter:not_needed", "a:housing:own_flat",
                     "a:housing_adequate:adequate", "s:health:", "s:reunification:", "t:work:working", "d:work:", "s:barriers:",
                     "t:agencies:none", "d:agencies:", "a:counsellor:no_counsellor", "t:topics:work", "d:topics:",
                     "s:remarks:"):
            await send(kind="press", data=data)
        offer = await send(kind="press", data="a:summary:submit")
        assert offer[-1]["node"] == "appointment"
        # no office hours are published in this town yet: the wish goes to staff, who propose a time
        done = await send(kind="press", data="a:appointment:phone")
        assert container.l10n.message("ar", "appointment-no-slots") in done[0]["html"]
        assert "شكراً" in done[-1]["html"]
        bad = await web.post("/chat/api/send", json={"client_id": "x", "kind": "text"})
        assert bad.status_code == 422  # malformed requests are refused before the runtime
    async with container.sessions() as s:
        intake = (await s.execute(select(Intake))).scalar_one()
    assert intake.channel == "web" and intake.language == "ar"
    async with container.sessions() as s:
        wish = (await s.execute(select(Appointment))).scalar_one()
    assert (wish.status, wish.kind, wish.intake_id, wish.starts_at) == ("requested", "phone", intake.id, None)
    answers = container.cipher.unseal_answers(intake.answers)
    assert answers["household_size"]["value"] == 1 and answers["arrival"]["value"] == "2023-05"
    assert answers["members"]["items"][0]["member_age"] == {
        "value": 29, "raw": "٢٩", "skipped": False, "lang": "ar", "at": answers["members"]["items"][0]["member_age"]["at"]}
