"""Coordinators in a real browser (Debian's chromium through Playwright): edit a question's German and Farsi
text in the grid, publish, and the simulator speaks the new text; the script editor names line and node of
a mistake."""

from __future__ import annotations

import re

import pytest

from backend.container import Container
from backend.demo import seed_demo
from bot.l10n import Localizer
from tests.browser import expect, fixtures, log_in, serious_violations

pytestmark = pytest.mark.browser


NEW_DE = "Sind Sie mindestens 16 Jahre alt?"
NEW_FA = "آیا دست‌کم ۱۶ سال دارید؟"


async def seed(c: Container) -> None:
    async with c.sessions() as session, session.begin():
        await seed_demo(session)


browser, server, page = fixtures(seed, "publishing-browser")


def simulate_farsi(page) -> object:
    page.goto("/staff/simulator")
    page.get_by_label("Sprache").select_option("fa")
    page.get_by_role("button", name="Simulation starten").click()
    expect(page).to_have_url(re.compile(r"/staff/simulator/[\w-]{20,}"))
    return page.locator('#sim-log .msg.bot[data-node="age_gate"] .text')


def test_coordinator_edits_german_and_farsi_publishes_and_the_simulator_shows_it(page) -> None:
    old_fa = Localizer.load().message("fa", "q-age-gate")
    log_in(page, "koordination", "demo-koordination", "/staff/texts?sprache=de&suche=q-age-gate")
    expect(page.locator("h1")).to_have_text("Texte")
    assert serious_violations(page) == []
    row = page.locator("#text-q-age-gate")
    row.get_by_label("q-age-gate (Deutsch)").fill(NEW_DE)
    row.get_by_role("button", name="Speichern").click()
    expect(page.get_by_role("status")).to_have_text("Als Entwurf gespeichert.")
    expect(page.locator("#text-q-age-gate .state")).to_have_text("Entwurf")

    page.goto("/staff/texts?sprache=fa&suche=q-age-gate")
    row = page.locator("#text-q-age-gate")
    expect(row.locator(".state")).to_have_text("veraltet")  # the German text changed after the translation
    expect(row.locator("td.source")).to_contain_text(NEW_DE)
    row.get_by_label("q-age-gate (فارسی)").fill(NEW_FA)
    row.get_by_role("button", name="Bestätigen").click()
    expect(page.locator("#text-q-age-gate .state")).to_have_text("Entwurf")

    # not published yet: the simulator speaks the live text
    expect(simulate_farsi(page)).to_have_text(old_fa)

    page.goto("/staff/texts")
    page.get_by_role("button", name="2 Entwürfe veröffentlichen").click()
    expect(page.get_by_role("status").first).to_have_text("Veröffentlicht: die Texte gelten ab sofort.")
    expect(page.locator("#text-history")).to_contain_text("2 Texte veröffentlicht von Maria Kowalski")

    expect(simulate_farsi(page)).to_have_text(NEW_FA)
    assert serious_violations(page) == []


def test_the_script_editor_names_line_and_node_of_a_mistake(page) -> None:
    log_in(page, "koordination", "demo-koordination", "/staff/scripts")
    expect(page.locator("h1")).to_have_text("Dialoge")
    assert serious_violations(page) == []
    page.get_by_role("link", name="Live-Fassung bearbeiten").click()
    editor = page.get_by_label("YAML")
    source = editor.input_value()
    broken = source.replace("    text: welcome-offer\n    next: age_gate\n", "    text: welcome-offer\n", 1)
    editor.fill(broken)
    page.get_by_role("button", name="Als Entwurf speichern").click()
    line = broken.splitlines().index("  - id: welcome") + 1
    expect(page.locator("#script-error")).to_contain_text(f"Zeile {line}, Knoten »welcome«: dead end")
    assert serious_violations(page) == []
    fixed = source.replace("    text: q-age-gate\n", "    text: info-minor\n", 1)
    page.get_by_label("YAML").fill(fixed)
    page.get_by_label("Notiz (was geändert wurde)").fill("andere Altersfrage")
    page.get_by_role("button", name="Als Entwurf speichern").click()
    expect(page.get_by_role("status")).to_contain_text("Als Entwurf gespeichert")
    expect(page.locator("pre.diff .add")).to_contain_text("text: info-minor")
    assert serious_violations(page) == []
    page.get_by_role("button", name="Veröffentlichen").click()
    expect(page.get_by_role("status")).to_contain_text("Veröffentlicht")
    expect(page.locator("tr.live")).to_contain_text("andere Altersfrage")
