"""What every response and every change passes through (pure ASGI, before any route):

- **Cross-site changes are refused**: a POST, PUT, PATCH or DELETE whose browser says it comes from another
  site (`Sec-Fetch-Site: cross-site` or `same-site`) or whose `Origin` is not this one gets 403 – also for
  the JSON calls (the web chat, the API login) and the login form, which have no session token yet.
  Another service under the city's domain is "same-site": it is refused too. Clients that are not
  browsers send neither header; they have no cookies of a staff member to misuse.
- **Security headers** on every response: a Content-Security-Policy without inline script (scripts and
  styles only from this origin, no frames, no plug-ins, forms only to this origin), `nosniff`,
  `frame-ancestors 'none'`, a Referrer-Policy, and HSTS in production.
- The session's form token is handed to the page as `X-CSRF-Token` (same-origin code may read it; the
  API's clients send it back with their changes).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

UNSAFE = {b"POST", b"PUT", b"PATCH", b"DELETE", "POST", "PUT", "PATCH", "DELETE"}
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
           (b"x-frame-options", b"DENY"), (b"referrer-policy", b"same-origin"),
           (b"cross-origin-opener-policy", b"same-origin"),
           (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()")]
HSTS = (b"strict-transport-security", b"max-age=31536000; includeSubDomains")
# pages and answers with personal data stay out of the browser's cache and history copies (a shared office
# PC after logout, a case after the release was withdrawn)
PRIVATE_PATHS = ("/staff", "/api", "/chat/api")
NO_STORE = (b"cache-control", b"no-store")


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return value.decode("latin-1")
    return None


def cross_site(scope: Scope) -> bool:
    """Does the browser say this change comes from another site (or origin)?"""
    fetch_site = _header(scope, b"sec-fetch-site")
    if fetch_site is not None and fetch_site not in ("same-origin", "none"):
        return True
    origin = _header(scope, b"origin")
    if origin is None:
        return False
    host = _header(scope, b"host") or ""
    return origin != f"{scope.get('scheme', 'http')}://{host}"


class HttpGuard:
    def __init__(self, app: ASGIApp, hsts: bool):
        self.app, self.hsts = app, hsts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = [*HEADERS, *([HSTS] if self.hsts else [])]
        if scope.get("path", "").startswith(PRIVATE_PATHS):
            headers.append(NO_STORE)
        if scope["method"] in UNSAFE and cross_site(scope):
            await send({"type": "http.response.start", "status": 403,
                        "headers": [(b"content-type", b"text/plain; charset=utf-8"), *headers]})
            await send({"type": "http.response.body",
                        "body": b"Abgelehnt: Diese Anfrage kam von einer anderen Seite."})
            return
        state = scope.setdefault("state", {})

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = list(headers)
                token = state.get("csrf")
                if token and not any(k.lower() == b"x-csrf-token" for k, _ in message.get("headers", [])):
                    extra.append((b"x-csrf-token", token.encode()))
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, with_headers)
