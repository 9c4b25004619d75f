"""What a staff member had typed into a form that could not be saved (the session had ended, or the form
belonged to an earlier login): shown back on the page that says so, to copy, so nothing typed is lost.
Only the free-text fields of our forms, never passwords or codes; only to the browser that just sent them."""

from __future__ import annotations

from fastapi import Request

FIELDS = {"text": "Text", "note": "Notiz", "reason": "Begründung", "motto": "Leitsatz", "owner": "Wer",
          "place": "Ort", "source": "Dialog"}
MAX = 20_000


async def typed_texts(request: Request) -> list[tuple[str, str]]:
    """(label, text) of every non-empty free-text field of the form sent with this request."""
    if request.method != "POST" or not request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")):
        return []
    try:
        form = await request.form()
    except Exception:  # noqa: BLE001 - a body that is no form: nothing to show
        return []
    return [(FIELDS[name], value[:MAX]) for name, value in form.multi_items()
            if name in FIELDS and isinstance(value, str) and value.strip()]
