"""The letter pages in a real browser (Debian's chromium through Playwright): clearing staff import the
registration export, see offers and languages, open a letter; the caseworker prints the home-visit list."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from backend.container import Container
from backend.demo import seed_demo
from tests.browser import ARTIFACTS, expect, fixtures, log_in, serious_violations
from tests.test_letters import GOOD_CSV

pytestmark = pytest.mark.browser


async def seed(c: Container) -> None:
    async with c.sessions() as session, session.begin():
        await seed_demo(session)


browser, server, page = fixtures(seed, "letters-browser", accept_downloads=True)


def test_clearing_imports_and_prints_the_caseworker_sees_the_visits(page, tmp_path: Path) -> None:
    upload = tmp_path / "meldungen.csv"
    upload.write_text(GOOD_CSV, encoding="utf-8")
    log_in(page, "clearing", "demo-clearing", "/staff/letters")
    expect(page.locator("h1")).to_have_text("Willkommensbriefe")
    assert serious_violations(page) == []
    page.get_by_label("Name der Aktion").fill("Neuzuzüge Test")
    page.get_by_label("CSV-Export des Meldeamts").set_input_files(str(upload))
    page.get_by_role("button", name="Einlesen").click()
    expect(page.get_by_role("status")).to_contain_text("Eingelesen: 5 Haushalte")
    haddad = page.locator("#households tr", has_text="Amal Haddad")
    expect(haddad).to_contain_text("Hausbesuch")
    expect(haddad).to_contain_text("Staatsangehörigkeit außerhalb Europas (SY)")
    expect(haddad).to_contain_text("العربية (ar)")
    assert serious_violations(page) == []
    with page.expect_download() as info:
        haddad.get_by_role("link", name="Brief (PDF)").click()
    pdf = info.value
    assert pdf.suggested_filename.endswith(".pdf") and Path(pdf.path()).read_bytes().startswith(b"%PDF")
    page.context.clear_cookies()

    log_in(page, "fallberatung", "demo-fallberatung", "/staff/letters")
    page.get_by_role("link", name="Hausbesuche").first.click()
    expect(page).to_have_url(re.compile(r"/staff/letters/\d+/visits$"))
    expect(page.locator("#visits tbody tr")).to_have_count(3)
    expect(page.locator("#visits tbody tr").first).to_contain_text("Bahnhofstraße 2")
    assert serious_violations(page) == []
    page.emulate_media(media="print")
    expect(page.get_by_role("button", name="Drucken")).to_be_hidden()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "staff-home-visits-print.png"), full_page=True)
