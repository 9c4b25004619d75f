"""The coordinators' figures in a real browser (Debian's chromium through Playwright) against the real app
under uvicorn on a temporary SQLite database seeded with the hand-counted data set of test_figures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from backend.container import Container
from backend.demo import seed_demo
from tests.browser import ARTIFACTS, expect, fixtures, log_in, serious_violations
from tests.test_figures import seed_figures

pytestmark = pytest.mark.browser

PERIOD = "von=2026-01-01&bis=2026-02-28"


async def seed(c: Container) -> None:
    async with c.sessions() as session, session.begin():
        await seed_demo(session)
        await seed_figures(session, c.cipher)


browser, server, page = fixtures(seed, "figures", accept_downloads=True)


def test_coordinator_sees_charts_and_downloads_the_csv(page, tmp_path: Path) -> None:
    log_in(page, "koordination", "demo-koordination", "/staff/figures/report")  # the report has no navigation
    page.get_by_role("link", name="zurück zu den Zahlen").click()
    page.get_by_role("navigation", name="Hauptnavigation").get_by_role("link", name="Zahlen").click()
    expect(page).to_have_url(re.compile(r"/staff/figures$"))
    expect(page.locator("h1")).to_have_text("Zahlen für die Koordination")

    page.fill("input[name=von]", "2026-01-01")
    page.fill("input[name=bis]", "2026-02-28")
    page.get_by_role("button", name="Anzeigen").click()
    expect(page).to_have_url(re.compile(r"von=2026-01-01&bis=2026-02-28"))

    charts = page.locator("svg[role=img]")
    expect(charts).to_have_count(10)  # weeks, languages, funnel, topics, clearing, deadlines, waitlist, closures,
    # gaps, letters
    expect(page.get_by_role("img", name=re.compile(r"^Diagramm: Erstgespräche je Sprache"))).to_be_visible()
    language_chart = page.get_by_role("img", name=re.compile(r"^Diagramm: Erstgespräche je Sprache"))
    expect(language_chart).to_have_accessible_name(re.compile(r"Arabisch \(ar\): 5; Deutsch \(de\): 8; Persisch \(fa\): <5"))
    expect(page.locator("svg[role=img] title")).to_have_count(10)
    funnel = page.locator("table[data-table=funnel] tbody tr", has_text="Erstgespräch abgeschickt")
    expect(funnel.locator("td").first).to_have_text("17")

    with page.expect_download() as info:
        page.get_by_role("link", name="CSV für Excel").click()
    download = info.value
    assert download.suggested_filename == "zahlen-2026-01-01-bis-2026-02-28.csv"
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    text = target.read_bytes().decode("utf-8-sig")
    assert text.startswith("Tabelle;Zeile;Spalte;Wert")
    assert "Erstgespräche je Woche und Sprache;gesamt;Persisch (fa);<5" in text
    assert "Erstgespräche je Woche und Sprache;gesamt;Arabisch (ar);5" in text

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "staff-figures.png"), full_page=True)


def test_figures_and_report_have_no_serious_accessibility_violations(page) -> None:
    log_in(page, "koordination", "demo-koordination", f"/staff/figures?{PERIOD}")
    expect(page.locator("h1")).to_be_visible()
    assert serious_violations(page) == []
    page.goto(f"/staff/figures/report?{PERIOD}")
    expect(page.locator("h1")).to_have_text("Zahlenbericht Musterstadt")
    assert serious_violations(page) == []
    page.emulate_media(media="print")
    expect(page.get_by_role("button", name="Drucken")).to_be_hidden()
    page.screenshot(path=str(ARTIFACTS / "staff-figures-report-print.png"), full_page=True)
