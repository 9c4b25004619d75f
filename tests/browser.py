"""What every browser test shares: Debian's chromium through Playwright, a live server per test module on
a temporary SQLite database, a fresh browser context per test, logging in, and axe-core's findings."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from backend.container import Container
from tests.conftest import make_settings
from tests.live_server import LiveServer

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
TIMEOUT_MS = 30_000  # a busy CI machine can take seconds per page; waits end as soon as the condition holds

sync_api = pytest.importorskip("playwright.sync_api")
expect = sync_api.expect


def chromium_path() -> str:
    path = shutil.which("chromium")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("Debian chromium is not installed, but CI must run the browser tests")
        pytest.skip("Debian chromium not installed (make test installs it)")
    return path


def fixtures(seed: Callable[[Container], Awaitable[None]], name: str, **context: Any) -> tuple[Any, Any, Any]:
    """`browser` (one per module), `server` (the app under uvicorn, seeded once per module) and `page` (a
    fresh context per test, German locale). Use: `browser, server, page = fixtures(seed, "figures")`."""

    @pytest.fixture(scope="module")
    def browser() -> Iterator[object]:
        with sync_api.sync_playwright() as p:
            b = p.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)
            yield b
            b.close()

    @pytest.fixture(scope="module")
    def server(browser: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
        db = tmp_path_factory.mktemp(name) / f"{name}.db"
        with LiveServer(make_settings(f"sqlite+aiosqlite:///{db}", app_env="test"), setup=seed) as live:
            yield live

    @pytest.fixture
    def page(browser: Any, server: LiveServer) -> Iterator[object]:
        ctx = browser.new_context(base_url=server.url, locale="de-DE", **context)
        ctx.set_default_timeout(TIMEOUT_MS)
        expect.set_options(timeout=TIMEOUT_MS)
        pg = ctx.new_page()
        yield pg
        ctx.close()

    return browser, server, page


def log_in(page: Any, username: str, password: str, then: str) -> None:
    page.goto(then)
    expect(page).to_have_url(re.compile(r"/staff/login\?next="))
    page.fill("#username", username)
    page.fill("#password", password)
    page.click("button[type=submit]")


def serious_violations(page: Any) -> list[str]:
    """axe-core's findings of impact serious or critical on the current page."""
    from axe_playwright_python.sync_playwright import Axe

    result = Axe().run(page)
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])}×)" for v in result.response["violations"]
            if v.get("impact") in ("serious", "critical")]
