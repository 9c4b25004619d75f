"""Web chat: the same runtime behind a small accessible page at /chat, for people without Telegram – often on
a shelter's, a library's or a counselling centre's computer.

The browser holds a random chat token in an HttpOnly cookie; like a Telegram chat id it is only stored
hashed and encrypted. The cookie lives for the browser session: whoever uses the computer next, after the
browser was closed, starts a chat of their own. Only a person who ticks "remember this chat on this
device" keeps it for 30 days; "end the chat on this device" drops it at once (and so does `/delete`).
`/mydata` asks first whether anyone else is looking (in the engine, for every channel). New chats are
limited per client address, so nobody can create contacts by the thousand.

Each message from the browser carries a client id, so a double submit is processed once. The HTTP
response is the delivery: it returns the outbox rows for this chat, plus the labels of the page's own
controls in the person's language.
"""

from __future__ import annotations

import math
import secrets
import time
from collections import defaultdict, deque
from datetime import datetime
from typing import Any, Literal

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from fastapi.templating import Jinja2Templates
from itsdangerous import BadSignature, Signer
from pydantic import BaseModel, Field, field_validator

from bot.dispatcher import take_for_web
from bot.l10n import Localizer, direction
from bot.runtime import Inbound, Runtime
from dialogs.model import COMMANDS, Command, Event, Msg, Press, Say, Start, UserText
from dialogs.parse import clean_text

CHANNEL = "web"
COOKIE = "ankommen_chat"
MAX_TEXT = 4000
REMEMBER_DAYS = 30
# new chats from one client address (a shelter's computers share one) within ten minutes: then 429, for
# at most those ten minutes
NEW_CHATS, NEW_CHATS_WINDOW = 40, 600.0


class ChatIn(BaseModel):
    client_id: str = Field(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")
    kind: Literal["start", "text", "press", "command"]
    text: str | None = Field(default=None, max_length=MAX_TEXT)
    data: str | None = Field(default=None, max_length=64)

    @field_validator("text", "data")
    @classmethod
    def _clean(cls, value: str | None) -> str | None:
        return clean_text(value) if value is not None else None


class RememberIn(BaseModel):
    remember: bool


class ButtonOut(BaseModel):
    data: str
    label: str
    selected: bool = False


class MessageOut(BaseModel):
    html: str
    buttons: list[list[ButtonOut]] = []
    node: str | None = None
    lang: str | None = None
    dir: str = "ltr"
    document: dict[str, str] | None = None


class ControlsOut(BaseModel):
    """The page's own controls, labelled in the person's language."""

    lang: str
    dir: str
    remember: str
    remember_hint: str
    end: str
    end_confirm: str
    remembered: bool


class ChatOut(BaseModel):
    messages: list[MessageOut]
    edits: list[dict[str, Any]] = []
    controls: ControlsOut | None = None


class EndedOut(BaseModel):
    message: MessageOut


def to_event(body: ChatIn, now: datetime) -> Event:
    if body.kind == "start":
        return Start(at=now, payload=(body.text or None))
    if body.kind == "press":
        return Press(at=now, data=body.data or "")
    if body.kind == "command" and body.text in COMMANDS:
        return Command(at=now, name=body.text)  # type: ignore[arg-type]
    text = body.text or ""
    if text.startswith("/"):
        word = text[1:].split(" ", 1)[0].lower()
        if word == "start":
            return Start(at=now)
        if word in COMMANDS:
            return Command(at=now, name=word)  # type: ignore[arg-type]
    return UserText(at=now, text=text)


class NewChats:
    """At most `limit` new chats per client address within `window` seconds (in this process)."""

    def __init__(self, limit: int = NEW_CHATS, window: float = NEW_CHATS_WINDOW):
        self.limit, self.window = limit, window
        self._seen: defaultdict[str, deque[float]] = defaultdict(deque)

    def wait(self, client: str) -> int | None:
        """Seconds until this client may start another chat; None: it may now (and that is counted)."""
        now, seen = time.monotonic(), self._seen[client]
        while seen and seen[0] <= now - self.window:
            seen.popleft()
        if len(seen) >= self.limit:
            return max(1, math.ceil(seen[0] + self.window - now))
        seen.append(now)
        if len(self._seen) > 10_000:  # forget quiet clients
            for key in [k for k, v in self._seen.items() if not v]:
                del self._seen[key]
        return None


def router(runtime: Runtime, templates: Jinja2Templates, secure_cookies: bool, secret_key: str) -> APIRouter:
    r = APIRouter()
    l10n: Localizer = runtime.renderer.l10n
    new_chats = NewChats()
    busy = Say((Msg("webchat-busy"),))
    # the cookie carries a token the server made and signed (itsdangerous): a browser cannot pick its own
    # – neither to plant a known one in someone else's browser nor to dodge the limit on new chats
    signer = Signer(secret_key, salt="ankommen/webchat-token")

    def token_of(request: Request) -> str | None:
        value = request.cookies.get(COOKIE)
        if not value or len(value) > 200:
            return None
        try:
            return signer.unsign(value).decode()
        except BadSignature:
            return None

    def set_token(response: Response, token: str, remember: bool) -> None:
        response.set_cookie(COOKIE, signer.sign(token).decode(), httponly=True, samesite="strict",
                            secure=secure_cookies, path="/", max_age=60 * 60 * 24 * REMEMBER_DAYS if remember else None)

    def languages() -> list[str]:
        return runtime.scripts.published[runtime.script_id].script.languages

    def controls(lang: str | None, remembered: bool) -> ControlsOut | None:
        if not lang:
            return None  # until a language is chosen the page shows only the chat
        def text(msg_id: str) -> str:
            return l10n.message(lang, msg_id)

        return ControlsOut(lang=lang, dir=direction(lang), remember=text("webchat-remember"),
                           remember_hint=text("webchat-remember-hint"), end=text("webchat-end"),
                           end_confirm=text("webchat-end-confirm"), remembered=remembered)

    @r.get("/chat", include_in_schema=False)
    async def chat_page(request: Request) -> Response:
        return templates.TemplateResponse(request, "webchat.html", {})

    @r.post("/chat/api/send", response_model=ChatOut, tags=["web chat"],
            responses={400: {"description": "the body is not JSON"}, 403: {"description": "sent from another site"},
                       429: {"description": "too many new chats from this address (Retry-After)"}})
    async def send(body: ChatIn, request: Request, response: Response) -> Any:
        token = token_of(request)
        remembered = request.cookies.get(f"{COOKIE}_kept") == "1"
        if token is None:
            wait = new_chats.wait(request.client.host if request.client else "unknown")
            if wait is not None:  # in every language: we do not know theirs yet
                said = [m for lang in languages() for m in runtime.renderer.say(busy, lang, languages())]
                return JSONResponse(ChatOut(messages=[MessageOut(**m.to_json()) for m in said]).model_dump(),
                                    status_code=429, headers={"Retry-After": str(wait)})
            token = secrets.token_urlsafe(24)
            set_token(response, token, remember=False)
        now = runtime.clock()
        outcome = await runtime.handle(Inbound(CHANNEL, token, to_event(body, now), f"web:{body.client_id}"))
        messages = await take_for_web(runtime.sessions, runtime.cipher, outcome.outbox_ids, outcome.contact_id,
                                      runtime.clock(), runtime.composer)
        if outcome.forgotten:  # /delete: nothing of this chat is left, not even the cookie
            response.delete_cookie(COOKIE, path="/")
            response.delete_cookie(f"{COOKIE}_kept", path="/")
        elif outcome.consented and outcome.contact_id is not None:
            # from the consent on, personal data is stored: a new token, so a token someone knew before
            # (planted, or seen over a shoulder) reaches nothing
            token = secrets.token_urlsafe(24)
            await runtime.rekey(CHANNEL, outcome.contact_id, token)
            set_token(response, token, remember=remembered)
        edits = [{"node": node, "buttons": [[b.__dict__ for b in row] for row in rows]}
                 for node, rows in outcome.edits]
        return ChatOut(messages=[MessageOut(**m.to_json()) for m in messages], edits=edits,
                       controls=controls(outcome.lang, remembered))

    @r.post("/chat/api/remember", tags=["web chat"], status_code=204,
            responses={400: {"description": "the body is not JSON"}, 403: {"description": "sent from another site"},
                       404: {"description": "no chat on this device"}})
    async def remember(body: RememberIn, request: Request) -> Response:
        """Keep this device's chat for 30 days (or only until the browser closes again)."""
        token = token_of(request)
        if not token:
            return JSONResponse({"detail": "no chat on this device"}, status_code=404)
        response = Response(status_code=204)
        set_token(response, token, remember=body.remember)
        # a marker the page can be told about (HttpOnly too: it says nothing but "kept")
        response.set_cookie(f"{COOKIE}_kept", "1" if body.remember else "0", httponly=True, samesite="strict",
                            secure=secure_cookies, path="/",
                            max_age=60 * 60 * 24 * REMEMBER_DAYS if body.remember else None)
        return response

    @r.post("/chat/api/end", response_model=EndedOut, tags=["web chat"],
            responses={403: {"description": "sent from another site"}})
    async def end(request: Request, lang: str | None = None) -> Any:
        """End the chat on this device: the browser forgets it. What the person sent stays with the
        counselling service (the chat cannot be opened from here again)."""
        lang = lang if lang in languages() else languages()[0]
        token = token_of(request)
        contact_id = await runtime.contact_of(CHANNEL, token) if token else None
        if contact_id is not None:  # the chat answers to a token nobody has: a copy of the cookie is worthless
            await runtime.rekey(CHANNEL, contact_id, secrets.token_urlsafe(24))
        said = runtime.renderer.say(Say((Msg("webchat-ended"),)), lang, languages())[0]
        response = JSONResponse(EndedOut(message=MessageOut(**said.to_json())).model_dump())
        response.delete_cookie(COOKIE, path="/")
        response.delete_cookie(f"{COOKIE}_kept", path="/")
        return response

    return r
