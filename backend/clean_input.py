"""Typed text is cleaned before any route reads it (pure ASGI): NUL and the other control characters and
halves of surrogate pairs are removed from the query string, from form fields and from JSON bodies
(`dialogs.parse.clean_text`) – the rest of what was typed is kept. Without this a NUL in a note made
PostgreSQL refuse the whole row (a 500, and the note was lost), and a lone surrogate in the web chat
made the encryption fail. Such bodies are also bounded in size. Multipart bodies are taken only by the two
upload forms (a registration CSV, an `.ftl` file), which clean what they read themselves; every other route
answers 415, so no typed field reaches a route uncleaned.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl, urlencode

from backend.http_guard import ASGIApp, Message, Receive, Scope, Send
from dialogs.parse import clean_text

MAX_BODY = 2_000_000  # a form or JSON body; the largest real one (a dialog's YAML) is far below
FORM, JSON_TYPE = b"application/x-www-form-urlencoded", b"application/json"
MULTIPART = b"multipart/form-data"
UPLOADS = ("/staff/letters", "/staff/texts/import/")  # exact path, prefix


def takes_uploads(path: str) -> bool:
    return path == UPLOADS[0] or path.startswith(UPLOADS[1])


async def _answer(send: Send, status: int, text: str, kind: bytes = b"text/plain; charset=utf-8") -> None:
    await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", kind)]})
    await send({"type": "http.response.body", "body": text.encode("utf-8")})


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {_clean(k): _clean(v) for k, v in value.items()}
    return value


def clean_form(raw: bytes) -> bytes:
    pairs = parse_qsl(raw.decode("latin-1"), keep_blank_values=True, encoding="utf-8", errors="replace")
    return urlencode([(clean_text(k), clean_text(v)) for k, v in pairs]).encode("ascii")


class NotFinite(ValueError):
    """NaN, Infinity or 1e999 in a JSON body: not JSON by its standard, and nothing can echo it back."""


def _finite(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise NotFinite(text)
    return value


def _no_constant(text: str) -> Any:
    raise NotFinite(text)


def clean_json(raw: bytes) -> bytes:
    try:
        data = json.loads(raw, parse_float=_finite, parse_constant=_no_constant)
    except NotFinite:
        raise
    except (ValueError, RecursionError):
        return raw  # not JSON: the route says so (400/422)
    return json.dumps(_clean(data), ensure_ascii=False).encode("utf-8")


def _content_type(scope: Scope) -> bytes:
    for key, value in scope.get("headers", []):
        if key == b"content-type":
            return value.split(b";", 1)[0].strip().lower()
    return b""


class CleanInput:
    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope.get("query_string"):
            scope["query_string"] = clean_form(scope["query_string"])
        kind = _content_type(scope)
        if kind.endswith(b"+json"):  # application/x+json, application/merge-patch+json … FastAPI reads them as JSON
            kind = JSON_TYPE
        if kind == MULTIPART and not takes_uploads(scope.get("path", "")):
            await _answer(send, 415, "Dieses Formular nimmt keine Dateien an. Bitte laden Sie die Seite neu "
                                     "und senden Sie es noch einmal.")
            return
        if kind not in (FORM, JSON_TYPE):
            await self.app(scope, receive, send)
            return
        body, more = b"", True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > MAX_BODY:
                await _answer(send, 413, "Zu groß.")
                return
        try:
            cleaned = clean_form(body) if kind == FORM else clean_json(body)
        except NotFinite:  # the validation error would have to echo it back (a 500): say it here
            await _answer(send, 422, json.dumps({"detail": [{"loc": ["body"], "type": "value_error",
                                                              "msg": "numbers must be finite (no NaN or Infinity)"}]}),
                          JSON_TYPE)
            return
        scope["headers"] = [(k, str(len(cleaned)).encode() if k == b"content-length" else v)
                            for k, v in scope["headers"]]
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()  # a disconnect, if the client goes away
            sent = True
            return {"type": "http.request", "body": cleaned, "more_body": False}

        await self.app(scope, replay, send)
