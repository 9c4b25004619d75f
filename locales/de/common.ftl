# Ankommen – gemeinsame Texte (Befehle, Hinweise, Fehlermeldungen). Quellsprache: Deutsch.
# NOTE: source language. Texts for newcomers: keep them short, warm and plain.

help =
    Hier können Sie sich für eine kostenlose Beratung anmelden.
    Tippen Sie auf die Knöpfe oder schreiben Sie Ihre Antwort.
    /language – Sprache wechseln
    /restart – von vorne beginnen
    /help – diese Hilfe
    /mydata – sehen, was gespeichert ist
    /delete – alles löschen
    /stop – keine Nachrichten mehr
    /consent – { cmd-consent }
    /appointment – { cmd-appointment }
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

error-too-fast = Sie schreiben sehr schnell hintereinander. Ich warte kurz und lese dann wieder mit.
error-edited = Geänderte Nachrichten kann ich leider nicht übernehmen. Bitte schicken Sie die Antwort einfach neu.
stopped = In Ordnung: Wir schicken Ihnen keine Nachrichten mehr von uns aus. Ihre Angaben bleiben wie bisher gespeichert; mit /delete löschen Sie sie. Mit /start geht es weiter.
delete-confirm = Möchten Sie wirklich alles löschen, was wir über Sie gespeichert haben? Das kann man nicht rückgängig machen.
button-delete-yes = Ja, alles löschen
button-delete-no = Nein, behalten
deleted = Erledigt: Alles, was wir über Sie gespeichert hatten, ist gelöscht. Wenn Sie später Hilfe möchten, schreiben Sie /start.
delete-cancelled = Gut, es wurde nichts gelöscht.
mydata-intro = Das haben wir über Sie gespeichert:
mydata-no-answers = Noch keine Antworten.
mydata-consent =
    { $kind ->
        [data_processing] Einwilligung in die Beratung
       *[other] Weitergabe ({ $kind })
    }: { $granted ->
        [yes] zugestimmt
       *[no] abgelehnt
    } am { $date }
mydata-file = Alles zusammen finden Sie auch in der Datei.
mydata-case = Die Datei enthält auch, was die Beratung zu Ihrem Fall aufgeschrieben hat: Notizen, Ihren Plan und Entscheidungen.
keyword-stop = stop, stopp, halt
cmd-stop = Keine Nachrichten mehr
cmd-delete = Meine Daten löschen
cmd-mydata = Meine Daten ansehen
progress = Frage { $current } von { $total }
cmd-consent = Weitergabe ändern
consent-updated = Danke, Ihre Auswahl ist gespeichert. Sie können sie mit /consent jederzeit wieder ändern.
mydata-about =
    Wozu: damit wir Sie beim Ankommen beraten können.
    Wer Ihre Angaben bekommen hat: { $recipients }.
    Wie lange: bis die Beratung endet, spätestens 9 Monate nach dem letzten Kontakt. Danach bleibt nur eine Zählung ohne Namen.
    Ihre Rechte: /consent ändert, wer Ihre Angaben bekommt. /delete löscht alles. Ist etwas falsch, sagen Sie es uns: { $sp_phone }. Beschwerden: bei der Datenschutzbeauftragten der Stadt.
mydata-nobody = noch niemand
