"""Reading typed input: numbers and dates whatever digits and separators people use, and text cleaned of
what cannot be stored or shown. Pure functions."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

# Arabic-Indic (U+0660..) and Extended Arabic-Indic / Persian (U+06F0..) digits to ASCII.
_DIGITS = {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}
_DIGITS.update({ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")})
# Arabic letter variants that people type interchangeably (Persian keyboards vs Arabic keyboards).
_LETTERS = {ord("ي"): "ی", ord("ى"): "ی", ord("ك"): "ک", ord("ة"): "ه", ord("أ"): "ا", ord("إ"): "ا", ord("آ"): "ا"}
# Arabic decimal/thousands separators and the Persian slash.
_SEPARATORS = {ord("٫"): ".", ord("٬"): ",", ord("؍"): "/", ord("∕"): "/", ord("⁄"): "/"}
_BIDI = dict.fromkeys(map(ord, "\u200e\u200f\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e\u200c\u200d"))


_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str) -> str:
    """Text as typed, without NUL and the other control characters (tab and line breaks stay), without
    halves of surrogate pairs (PostgreSQL cannot store the one, UTF-8 cannot carry the other) and without
    the bidi overrides, embeddings and isolates that would make a staff page show a phone number backwards
    (U+202A–202E, U+2066–2069; the marks Persian keyboards use – ZWNJ, LRM, RLM – stay). Everything else
    the person typed is kept."""
    return _UNSTORABLE.sub("", text)


def normalise(text: str) -> str:
    """NFKC, ASCII digits, unified Arabic/Persian letters, no bidi control marks, collapsed spaces."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_DIGITS).translate(_SEPARATORS).translate(_BIDI).translate(_LETTERS)
    return " ".join(text.split()).strip()


def parse_int(text: str) -> int | None:
    s = normalise(text)
    m = re.fullmatch(r"[+]?\s*(\d{1,6})", s)
    return int(m.group(1)) if m else None


_MONTH_YEAR = [
    re.compile(r"(?P<m>\d{1,2})\s*[./\-\s]\s*(?P<y>\d{4})"),
    re.compile(r"(?P<y>\d{4})\s*[./\-\s]\s*(?P<m>\d{1,2})"),
]
_DAY_MONTH_YEAR = [
    re.compile(r"(?P<d>\d{1,2})\s*[./\-\s]\s*(?P<m>\d{1,2})\s*[./\-\s]\s*(?P<y>\d{4})"),
    re.compile(r"(?P<y>\d{4})\s*[./\-\s]\s*(?P<m>\d{1,2})\s*[./\-\s]\s*(?P<d>\d{1,2})"),
]


def parse_date(text: str, precision: str) -> date | None:
    """A date typed by a person: '03/2024', '3.2024', '2024-03' (month) or '15.03.2024', '2024-03-15' (day).

    Month precision yields the first day of that month. Returns None when unreadable or impossible."""
    s = normalise(text)
    patterns = _MONTH_YEAR if precision == "month" else _DAY_MONTH_YEAR
    for pattern in patterns:
        m = pattern.fullmatch(s)
        if not m:
            continue
        try:
            return date(int(m["y"]), int(m["m"]), int(m.groupdict().get("d") or 1))
        except ValueError:
            return None
    return None
