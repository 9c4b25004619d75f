"""Headers and the API docs (issue 13, item 9): every response carries a CSP without inline script,
nosniff, frame-ancestors and a Referrer-Policy, HSTS in production; the API documentation loads its assets
from this server (no CDN) and is off in production unless asked for; no template has inline script."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from backend.app import create_app
from backend.container import Container
from tests.conftest import Clock, make_settings
from tests.staff_http import staff_http

TEMPLATES = Path(__file__).resolve().parent.parent / "backend" / "templates"


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_every_response_has_the_security_headers(container: Container) -> None:
    async with staff_http(create_app(container)) as web:
        for path in ("/", "/chat", "/staff/login", "/static/app.css", "/api/openapi.json", "/nicht-da"):
            r = await web.get(path)
            csp = r.headers["content-security-policy"]
            assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp and "frame-ancestors 'none'" in csp
            assert r.headers["x-content-type-options"] == "nosniff" and r.headers["referrer-policy"] == "same-origin"
            assert "strict-transport-security" not in r.headers  # development: plain http on localhost
            private = path.startswith(("/staff", "/api"))  # personal data never stays in the browser's cache
            assert (r.headers.get("cache-control") == "no-store") == private, path
        docs = await web.get("/api/docs")
        assert docs.status_code == 200 and "https://" not in docs.text and "/api/docs/assets/swagger-ui-bundle.js" in docs.text
        assert (await web.get("/api/docs/assets/swagger-ui-bundle.js")).status_code == 200


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_production_sends_hsts_and_hides_the_api_docs_unless_asked(db_url: str, clock: Clock) -> None:
    for docs_on in (None, True):
        settings = make_settings(db_url, app_env="production", secret_key="p" * 40, api_docs=docs_on)
        c = Container.build(settings, clock=clock)
        await c.start()
        try:
            async with staff_http(create_app(c), "https://ankommen.example") as web:
                r = await web.get("/staff/login")
                assert r.headers["strict-transport-security"].startswith("max-age=")
                assert (await web.get("/api/docs")).status_code == (200 if docs_on else 404)
                assert (await web.get("/api/openapi.json")).status_code == (200 if docs_on else 404)
        finally:
            await c.close()


def test_no_template_has_inline_script_or_style() -> None:
    for template in TEMPLATES.glob("*.html"):
        if template.name == "letter.html":  # rendered to PDF on the server, never served as a page
            continue
        text = template.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)", text), template.name
        assert not re.search(r"<style|\sstyle=|\son[a-z]+=", text), template.name
