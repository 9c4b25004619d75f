"""Why a staff action was refused: a short code that travels in the page's address (`?fehler=<code>`) and
the German sentence the page shows for it. A page shows texts by code only: whatever else stands in
`fehler` (a crafted link) shows the generic sentence, never the link's own words."""

from __future__ import annotations

TEXTS = {
    # clearing decisions and hand-overs
    "entscheidung": "Diese Entscheidung gibt es nicht.",
    "entschieden": "Über dieses Erstgespräch ist schon entschieden.",
    "nicht-gefunden": "Dieses Erstgespräch gibt es nicht (mehr).",
    "stelle": "Bitte eine Stelle wählen.",
    "keine-freigabe": "Die Person hat ihre Daten für diese Stelle nicht freigegeben (keine Einwilligung zur "
                      "Weitergabe) – bitte die Person fragen (sie kann es mit /consent im Chat ändern) oder eine "
                      "andere Stelle wählen.",
    "kategorie": "Kategorie A, B, C oder D.",
    "warteliste-voll": "Die Warteliste ist voll – bitte weiterverweisen.",
    "ablehnung-grund": "Eine Ablehnung braucht einen Grund.",
    "zustand": "Das geht in diesem Zustand der Zuweisung nicht mehr.",
    "grund": "Bitte einen Grund angeben.",
    "fachkraft": "Bitte eine Fachkraft der gewählten Stelle wählen.",
    "fachkraft-unbekannt": "Diese Fachkraft gibt es nicht (nur Fallberatungs-Konten können Fälle übernehmen).",
    "fachkraft-andere-stelle": "Diese Fachkraft arbeitet nicht für die gewählte Stelle.",
    "schon-zustaendig": "Diese Fachkraft hat den Fall schon – bitte eine andere wählen.",
    # the plan and the desk
    "ziel": "Bitte Lebensbereich, Ziel und Angebot angeben.",
    "ziele-voll": "Höchstens 3 offene Ziele je Lebensbereich.",
    "schritt": "Bitte den Schritt und wer ihn geht angeben.",
    "notiz-leer": "Die Notiz ist leer.",
    "datum": "Dieses Datum geht nicht. Bitte ein gültiges Datum wählen – eine Wiedervorlage ab heute.",
    "abschluss-grund": "Bitte einen der Abschlussgründe wählen.",
    "vorlage": "Diese Vorlage gibt es nicht.",
}
GENERIC = "Das ging so nicht. Bitte prüfen Sie die Eingaben und versuchen Sie es noch einmal."


class Refused(ValueError):
    """A refusal with its code (for the address) and its German text (str of the exception)."""

    def __init__(self, code: str):
        super().__init__(TEXTS[code])
        self.code = code


def text_of(code: str | None) -> str | None:
    """The sentence for a `?fehler=` code; the generic one for anything else; None without a code."""
    if not code:
        return None
    return TEXTS.get(code, GENERIC)
