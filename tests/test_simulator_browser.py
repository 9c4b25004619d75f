"""The dialog simulator in a real browser (Debian's chromium through Playwright) against the real app under
uvicorn: a coordinator simulates the intake in Arabic."""

from __future__ import annotations

import re

import pytest

from backend.container import Container
from backend.demo import seed_demo
from bot.l10n import Localizer
from tests.browser import expect, fixtures, log_in, serious_violations

pytestmark = pytest.mark.browser



async def seed(c: Container) -> None:
    async with c.sessions() as session, session.begin():
        await seed_demo(session)


browser, server, page = fixtures(seed, "simulator-browser")


def test_coordinator_simulates_the_intake_in_arabic(page) -> None:
    texts = Localizer.load()
    log_in(page, "koordination", "demo-koordination", "/staff/simulator")
    expect(page.locator("h1")).to_have_text("Dialog-Simulator")
    expect(page.get_by_role("note")).to_contain_text("es werden keine echten Daten gespeichert")
    expect(page.get_by_label("Version")).to_contain_text("(veröffentlicht)")
    page.get_by_label("Sprache").select_option("ar")
    page.get_by_role("button", name="Simulation starten").click()
    expect(page).to_have_url(re.compile(r"/staff/simulator/[\w-]{20,}"))

    question = page.locator('#sim-log .msg.bot[data-node="age_gate"]')
    expect(question).to_have_attribute("dir", "rtl")
    expect(question).to_have_attribute("lang", "ar")
    expect(question.locator(".text")).to_have_text(texts.message("ar", "q-age-gate"))
    expect(page.locator('[data-state="node"]')).to_have_text("age_gate")
    expect(page.locator('[data-state="lang"]')).to_have_text("العربية (ar)")
    assert serious_violations(page) == []

    question.get_by_role("button", name=texts.message("ar", "opt-age-adult")).click()
    expect(page.locator('[data-state="node"]')).to_have_text("consent")
    expect(page.locator("#sim-log .msg.user").last).to_have_text(texts.message("ar", "opt-age-adult"))
    expect(page.locator('#sim-log .msg.bot[data-node="consent"]')).to_have_attribute("dir", "rtl")
    page.get_by_role("button", name=texts.message("ar", "button-consent-yes"), exact=True).click()
    expect(page.locator('[data-state="consent"]')).to_have_text("erteilt")
    assert serious_violations(page) == []

    page.get_by_role("link", name="Andere Version oder Sprache").click()
    expect(page.locator("h1")).to_have_text("Dialog-Simulator")
    assert serious_violations(page) == []
