"""An HTTP client for the app in-process (httpx over ASGI) that behaves like a staff member's browser: it
keeps the session cookie and sends the session's form token with every change (the server hands it out
as X-CSRF-Token; a browser's forms carry it as a hidden field)."""

from __future__ import annotations

from typing import Any

import httpx


def staff_http(app: Any, base_url: str = "http://test", address: str = "127.0.0.1") -> httpx.AsyncClient:
    """`address`: the client's IP address (each staff member at their own desk has their own)."""
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=(address, 50000)), base_url=base_url)

    async def keep_token(response: httpx.Response) -> None:
        token = response.headers.get("x-csrf-token")
        if token:
            client.headers["X-CSRF-Token"] = token

    client.event_hooks["response"].append(keep_token)
    return client


async def log_in_again(client: httpx.AsyncClient, user: str) -> None:
    """After days have passed on the test clock the session has ended (idling): log in as a person would."""
    from tests.conftest import demo_password

    r = await client.post("/staff/login", data={"username": user, "password": demo_password(user)})
    assert r.status_code == 303, r.text[:200]
