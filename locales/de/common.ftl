# Ankommen – gemeinsame Texte (Befehle, Hinweise, Fehlermeldungen). Quellsprache: Deutsch.
# NOTE: source language. Texts for newcomers: keep them short, warm and plain.

help =
    Hier können Sie sich für eine kostenlose Beratung anmelden.
    Tippen Sie auf die Knöpfe oder schreiben Sie Ihre Antwort.
    /language – Sprache wechseln
    /restart – von vorne beginnen
    /help – diese Hilfe
welcome-back = Schön, dass Sie wieder da sind. Wir machen dort weiter, wo wir aufgehört haben.
restarted = Wir beginnen von vorne.
finished-already = Ihre Angaben sind schon bei uns angekommen. Wenn Sie neu beginnen möchten, schreiben Sie /restart.
finished-welcome-back = Willkommen zurück! Ihre Angaben sind schon bei uns. Mit /restart beginnen Sie neu.

error-unsupported = Ich kann leider nur Text und Knöpfe lesen. Bilder, Sprachnachrichten und Dateien speichere ich nicht.
error-stale-button = Dieser Knopf gehört zu einer früheren Frage. Hier ist die aktuelle Frage:
error-use-buttons = Bitte tippen Sie auf einen der Knöpfe unter der Frage.
error-pick-at-least =
    { $count ->
        [one] Bitte wählen Sie mindestens ein Thema.
       *[other] Bitte wählen Sie mindestens { $count } Themen.
    }
error-empty = Bitte schreiben Sie eine Antwort.
error-too-long = Ihre Antwort ist zu lang ({ $length } Zeichen). Bitte schreiben Sie höchstens { $max } Zeichen.
error-number = Bitte schreiben Sie eine Zahl zwischen { $min } und { $max }.
error-number-range = Diese Zahl passt nicht. Bitte schreiben Sie eine Zahl zwischen { $min } und { $max }.
error-date-month = Das Datum konnte ich nicht lesen. Bitte schreiben Sie Monat und Jahr, zum Beispiel 03/2024.
error-date-day = Das Datum konnte ich nicht lesen. Bitte schreiben Sie Tag, Monat und Jahr, zum Beispiel 15.03.2024.
error-date-future = Dieses Datum liegt in der Zukunft. Bitte prüfen Sie es noch einmal.
error-date-too-early = Dieses Datum liegt vor { $year }. Bitte prüfen Sie es noch einmal.
error-private-only = Ich antworte nur in einem privaten Chat. Bitte schreiben Sie mir direkt.
error-internal = Entschuldigung, da ist bei uns etwas schiefgegangen. Bitte senden Sie Ihre letzte Nachricht noch einmal.

cmd-start = Beginnen
cmd-help = Hilfe
cmd-language = Sprache wechseln
cmd-restart = Von vorne beginnen
