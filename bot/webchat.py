"""Web chat: the same runtime behind a small accessible page at /chat, for trying the bot without Telegram.

The browser holds a random chat token in an HttpOnly cookie; like a Telegram chat id it is only stored
hashed and encrypted. Each message from the browser carries a client id, so a double submit is processed
once. The HTTP response is the delivery: it returns the outbox rows for this chat.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any, Literal

from fastapi import APIRouter, Request, Response
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field

from bot.dispatcher import take_for_web
from bot.runtime import Inbound, Runtime
from dialogs.model import COMMANDS, Command, Event, Press, Start, UserText

CHANNEL = "web"
COOKIE = "ankommen_chat"
MAX_TEXT = 4000


class ChatIn(BaseModel):
    client_id: str = Field(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")
    kind: Literal["start", "text", "press", "command"]
    text: str | None = Field(default=None, max_length=MAX_TEXT)
    data: str | None = Field(default=None, max_length=64)


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


class ChatOut(BaseModel):
    messages: list[MessageOut]
    edits: list[dict[str, Any]] = []


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


def router(runtime: Runtime, templates: Jinja2Templates, secure_cookies: bool) -> APIRouter:
    r = APIRouter()

    def chat_token(request: Request, response: Response) -> str:
        token = request.cookies.get(COOKIE)
        if not token or len(token) < 20:
            token = secrets.token_urlsafe(24)
            response.set_cookie(COOKIE, token, httponly=True, samesite="strict", secure=secure_cookies,
                                max_age=60 * 60 * 24 * 30)
        return token

    @r.get("/chat", include_in_schema=False)
    async def chat_page(request: Request) -> Response:
        return templates.TemplateResponse(request, "webchat.html", {})

    @r.post("/chat/api/send", response_model=ChatOut, tags=["web chat"])
    async def send(body: ChatIn, request: Request, response: Response) -> ChatOut:
        token = chat_token(request, response)
        now = runtime.clock()
        outcome = await runtime.handle(Inbound(CHANNEL, token, to_event(body, now), f"web:{body.client_id}"))
        messages = await take_for_web(runtime.sessions, runtime.cipher, outcome.outbox_ids, outcome.contact_id,
                                      runtime.clock(), runtime.composer)
        edits = [{"node": node, "buttons": [[b.__dict__ for b in row] for row in rows]}
                 for node, rows in outcome.edits]
        return ChatOut(messages=[MessageOut(**m.to_json()) for m in messages], edits=edits)

    return r
