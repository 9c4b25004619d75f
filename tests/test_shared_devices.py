"""Shared devices (issue 13, item 7): the web chat's identity lives for the browser session unless the person
asks to be remembered; "end the chat on this device" drops it; `/mydata` shows data only after the person
confirms nobody else is looking (every channel); new anonymous chats are limited per client address.
SQLite and PostgreSQL."""

from __future__ import annotations

import json
from http.cookies import SimpleCookie

import httpx
from sqlalchemy import select

from backend.app import create_app
from backend.container import Container
from bot import webchat
from tests.chat import ChatDriver


class Web:
    """A browser on the web chat: its own cookie jar, numbered messages."""

    def __init__(self, c: Container, client: httpx.AsyncClient):
        self.c, self.client, self.n = c, client, 0

    async def send(self, expect: int = 200, **body: str) -> httpx.Response:
        self.n += 1
        r = await self.client.post("/chat/api/send", json={"client_id": f"msg-{id(self)}-{self.n:05d}", **body})
        assert r.status_code == expect, r.text
        return r

    async def texts(self, **body: str) -> str:
        return "\n".join(m["html"] for m in (await self.send(**body)).json()["messages"])


def cookie_of(response: httpx.Response, name: str) -> SimpleCookie:
    jar: SimpleCookie = SimpleCookie()
    for header in response.headers.get_list("set-cookie"):
        jar.load(header)
    assert name in jar, response.headers.get_list("set-cookie")
    return jar


async def test_the_chat_is_forgotten_when_the_browser_closes_unless_the_person_asks(container: Container) -> None:
    app = create_app(container)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
        web = Web(container, client)
        first = await web.send(kind="start")
        cookie = cookie_of(first, "ankommen_chat")["ankommen_chat"]
        assert cookie["max-age"] == "" and cookie["expires"] == "" and cookie["httponly"]  # a session cookie
        assert first.json()["controls"] is None  # no language yet: just the chat
        chosen = (await web.send(kind="press", data="a:language:ar")).json()["controls"]
        assert chosen["lang"] == "ar" and chosen["dir"] == "rtl" and not chosen["remembered"]
        assert chosen["remember"] == container.l10n.message("ar", "webchat-remember")
        assert chosen["end"] == container.l10n.message("ar", "webchat-end")
        assert chosen["end_confirm"] == container.l10n.message("ar", "webchat-end-confirm")
        assert chosen["remember_hint"] == container.l10n.message("ar", "webchat-remember-hint")
        kept = await client.post("/chat/api/remember", json={"remember": True})
        assert kept.status_code == 204
        assert cookie_of(kept, "ankommen_chat")["ankommen_chat"]["max-age"] == str(30 * 24 * 3600)
        assert (await web.send(kind="press", data="a:age_gate:adult")).json()["controls"]["remembered"]
        again = await client.post("/chat/api/remember", json={"remember": False})
        assert cookie_of(again, "ankommen_chat")["ankommen_chat"]["max-age"] == ""


async def test_ending_the_chat_on_this_device_leaves_nothing_for_the_next_person(container: Container) -> None:
    app = create_app(container)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
        web = Web(container, client)
        await web.send(kind="start")
        for data in ("a:language:fa", "a:age_gate:adult", "a:consent:yes", "d:sharing:", "a:crisis:none"):
            await web.send(kind="press", data=data)
        await web.send(kind="text", text="2")
        ended = await client.post("/chat/api/end?lang=fa")
        assert ended.status_code == 200
        assert container.l10n.message("fa", "webchat-ended").split(":")[0] in ended.json()["message"]["html"]
        assert ended.json()["message"]["dir"] == "rtl"
        assert "ankommen_chat" not in client.cookies
        # the next person at this computer: a chat of their own, starting with the language
        nxt = await web.texts(kind="start")
        assert container.l10n.message("de", "pick-language") in nxt
        confirm = await web.texts(kind="command", text="mydata")
        shown = await web.send(kind="press", data="c:mydata:yes")
        export = next(m for m in shown.json()["messages"] if m["document"])
        assert container.l10n.message("de", "mydata-confirm")[:30] in confirm
        assert json.loads(export["document"]["content"])["conversation"]["answers"] == {}  # not the last person's


async def test_a_planted_or_copied_chat_cookie_reaches_nobodys_chat(container: Container) -> None:
    """The token is the server's and signed: a cookie a browser made up starts a new chat; the token changes
    at consent (one seen before reaches nothing) and when the chat is ended on the device (a copy of the
    cookie then reaches nothing either)."""
    app = create_app(container)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as person, \
            httpx.AsyncClient(transport=transport, base_url="http://test") as other:
        web, spy = Web(container, person), Web(container, other)
        first = await person.post("/chat/api/send", json={"client_id": "planted-1", "kind": "start"},
                                  headers={"Cookie": "ankommen_chat=ein-bekanntes-token"})  # planted before
        planted = person.cookies.get("ankommen_chat")
        assert first.status_code == 200 and planted != "ein-bekanntes-token" and "." in planted  # the server's
        other.headers["Cookie"] = "ankommen_chat=" + planted.rsplit(".", 1)[0] + ".falsche-signatur"
        assert container.l10n.message("de", "pick-language") in await spy.texts(kind="start")  # a chat of its own
        for data in ("a:language:de", "a:age_gate:adult"):
            await web.send(kind="press", data=data)
        before = person.cookies.get("ankommen_chat")
        await web.send(kind="press", data="a:consent:yes")
        after = person.cookies.get("ankommen_chat")
        assert after != before  # rotated at consent
        for step in ({"kind": "press", "data": "d:sharing:"}, {"kind": "press", "data": "a:crisis:none"},
                     {"kind": "text", "text": "4"}):
            await web.send(**step)
        assert (await person.post("/chat/api/end?lang=de")).status_code == 200
        for seen in (before, after):  # a token seen before the consent; a copy of the cookie taken before the end
            async with httpx.AsyncClient(transport=transport, base_url="http://test",
                                         headers={"Cookie": f"ankommen_chat={seen}"}) as thief:
                robber = Web(container, thief)
                await robber.texts(kind="command", text="mydata")
                shown = await robber.send(kind="press", data="c:mydata:yes")
                documents = [m["document"]["content"] for m in shown.json()["messages"] if m["document"]]
                assert documents and all("household_size" not in d for d in documents), seen
    async with container.sessions() as session:  # the person's answers are still there, with the service
        from storage.models import Conversation
        states = [c.state for c in await session.scalars(select(Conversation))]
    assert any("household_size" in json.dumps(state) for state in states)


async def test_mydata_asks_whether_anyone_else_is_looking_before_it_shows_anything(container: Container) -> None:
    chat = ChatDriver(container, user="library-pc")
    await chat.to_household("uk")
    await chat.text("3")
    asked = await chat.command("mydata")
    assert [m.document for m in asked] == [None] * len(asked)
    assert container.l10n.message("uk", "mydata-confirm") in asked[-1].plain
    assert "3" not in asked[-1].plain
    not_shown = await chat.press_data("c:mydata:no")
    assert all(m.document is None for m in not_shown)
    assert container.l10n.message("uk", "mydata-not-shown").split("/")[0] in not_shown[0].plain
    await chat.command("mydata")
    shown = await chat.press_data("c:mydata:yes")
    export = next(m for m in shown if m.document)
    assert json.loads(export.document["content"])["conversation"]["answers"]["household_size"]["value"] == 3


async def test_new_anonymous_chats_are_limited_per_client(container: Container) -> None:
    app = create_app(container)
    transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 5000))
    for _ in range(webchat.NEW_CHATS):
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as fresh:
            await Web(container, fresh).send(kind="start")
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as one_more:
        refused = await Web(container, one_more).send(expect=429, kind="start")
        assert 0 < int(refused.headers["retry-after"]) <= 600 and "ankommen_chat" not in one_more.cookies
        said = " ".join(m["html"] for m in refused.json()["messages"])
        for lang in ("de", "ar", "uk"):  # we do not know their language yet: every language
            assert container.l10n.message(lang, "webchat-busy")[:20] in said, lang
    other = httpx.ASGITransport(app=app, client=("198.51.100.9", 5000))
    async with httpx.AsyncClient(transport=other, base_url="http://test") as elsewhere:
        await Web(container, elsewhere).send(kind="start")  # another address is not held back
