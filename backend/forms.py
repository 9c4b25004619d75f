"""Reading what staff typed or chose into forms, without trusting it: ids that fit the database, and
nothing that could make a page fail."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Path
from pydantic import Field

MAX_ID = 2**31 - 1  # ids are 32-bit integers on both engines; anything larger names nothing


def form_id(value: str | None) -> int | None:
    """A positive database id from a form field, or None (empty, not a number, out of range)."""
    value = (value or "").strip()
    if not value.isascii() or not value.isdigit() or len(value) > 10:
        return None
    number = int(value)
    return number if 0 < number <= MAX_ID else None


# an id in a path (/staff/intakes/{intake_id}) or a form field: validated before the route runs, so a number
# no row can have (0, negative, beyond 32 bits – on SQLite it would even overflow) is a 422, never a 500
Id = Annotated[int, Path(ge=1, le=MAX_ID, description="a record's id")]
FormId = Annotated[int, Field(ge=1, le=MAX_ID)]


EARLIEST, LATEST = date(2000, 1, 1), date(2100, 12, 31)  # a calendar week or a follow-up beyond that is a typo


_Y = r"(?:20\d{2}|2100)"
# exactly the days form_date accepts, for an OpenAPI schema (so generated "valid" dates are valid here)
DAY_PATTERN = (rf"^(?:{_Y}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])|{_Y}-(?:0[13-9]|1[0-2])-(?:29|30)"
               rf"|{_Y}-(?:0[13578]|1[02])-31|20(?:0[048]|[2468][048]|[13579][26])-02-29)$")


def form_date(value: str) -> date:
    """A date typed into a form or an address (YYYY-MM-DD) within 2000–2100; ValueError otherwise (so
    "9999-12-31" is refused like "gestern", instead of overflowing when a week is added)."""
    day = date.fromisoformat(value.strip())
    if not EARLIEST <= day <= LATEST:
        raise ValueError(f"{value!r} lies outside {EARLIEST}–{LATEST}")
    return day
