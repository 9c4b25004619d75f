"""The welcome letters as PDF (WeasyPrint): German and the household's language on one sheet, Arabic and
Farsi shaped and set right to left by Pango, with a QR code (segno) and the short link into the chat."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import segno
from babel.dates import format_date
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from bot.l10n import FSI, PDI, Localizer, direction

HERE = Path(__file__).resolve().parent
OFFER_TEXT = {"letter": "letter-offer-letter", "home_visit": "letter-offer-home-visit",
              "counselling_letter": "letter-offer-counselling"}
PARTS = ("letter-subject", "letter-greeting", "letter-intro", "letter-scan", "letter-code-note", "letter-voluntary",
         "letter-contact", "letter-closing", "letter-signature")
_env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]))


def deep_link(bot_username: str, token: str) -> str:
    return f"https://t.me/{bot_username}?start={token}"


def qr_data_uri(link: str) -> str:
    return segno.make(link, error="m").svg_data_uri(scale=4, border=2)


@dataclass
class Letter:
    """One household's letter: who, where, which offer, in which languages, with which code."""

    names: list[str]
    street: str
    postcode: str
    city: str
    offer: str
    languages: list[str]
    token: str


def isolated(text: str) -> Markup:
    """Fluent's isolated values (names, address, phone, hours – Latin script) as left-to-right islands that a
    right-to-left paragraph neither reorders nor splits: `<bdi dir="ltr">` instead of FSI…PDI."""
    html = str(escape(text))
    return Markup(html.replace(FSI, '<bdi dir="ltr">').replace(PDI, "</bdi>"))


def _part(l10n: Localizer, lang: str, letter: Letter) -> dict[str, Any]:
    names = ", ".join(letter.names)
    texts = {mid.removeprefix("letter-").replace("-", "_"): isolated(l10n.message(lang, mid, {"names": names}))
             for mid in PARTS}
    texts["offer"] = isolated(l10n.message(lang, OFFER_TEXT[letter.offer]))
    return {"lang": lang, "dir": direction(lang), **texts}


def letters_html(letters: list[Letter], l10n: Localizer, bot_username: str, letter_date: date) -> str:
    """One HTML document, one letter per page group (a new page for each household)."""
    pages = []
    for letter in letters:
        link = deep_link(bot_username, letter.token)
        pages.append({"letter": letter, "parts": [_part(l10n, lang, letter) for lang in letter.languages],
                      "link": link, "short": link.removeprefix("https://"), "qr": qr_data_uri(link)})
    return _env.get_template("letter.html").render(
        pages=pages, date=format_date(letter_date, format="long", locale="de"), g=l10n.globals)


def render_pdf(letters: list[Letter], l10n: Localizer, bot_username: str, letter_date: date) -> bytes:
    from weasyprint import HTML  # imported when needed: it loads Pango at import time

    return HTML(string=letters_html(letters, l10n, bot_username, letter_date), base_url=str(HERE)).write_pdf()
