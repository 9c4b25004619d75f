"""Reading what staff typed or chose into forms, without trusting it: ids that fit the database, and
nothing that could make a page fail."""

from __future__ import annotations

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
