# Ankommen – Erstgespräch (Kurzfassung). Quellsprache: Deutsch.
# NOTE: source language. Texts for newcomers: keep them short, warm and plain.
# Variablen aus dem Profil der Kommune: $municipality, $service_point, $sp_address, $sp_phone,
# $sp_email, $sp_hours, $crisis_phone.

pick-language = Bitte wählen Sie Ihre Sprache.

welcome-offer =
    Willkommen in { $municipality }!
    Die { $service_point } bietet Ihnen Beratung an. Die Beratung ist kostenlos, freiwillig und vertraulich.
    Wir helfen bei Fragen zu Kinderbetreuung, Bildung, Finanzen, Gesundheit, Freizeit, Sprache und Arbeit.
    Adresse: { $sp_address } · Telefon: { $sp_phone }

consent-notice =
    Damit wir Sie beraten können, speichern wir Ihre Antworten aus diesem Chat.
    Wozu: um Ihnen die passende Beratung anzubieten.
    Wer sieht sie: nur die Fachkräfte der Beratungsstelle, die Ihren Fall bearbeiten.
    Wie lange: nur so lange, wie die Beratung dauert.
    Ihre Rechte: Sie können jederzeit nachfragen, was gespeichert ist, und alles löschen lassen.
    Wenn Sie nicht zustimmen, speichern wir nichts. Sie bekommen trotzdem Informationen.
    Sind Sie einverstanden?
button-consent-yes = Ja, ich bin einverstanden
button-consent-no = Nein, lieber nicht

declined-info =
    Das ist in Ordnung. Wir haben nichts über Sie gespeichert.
    Sie können jederzeit ohne Anmeldung zu uns kommen:
    { $service_point }, { $sp_address }
    Öffnungszeiten: { $sp_hours } · Telefon: { $sp_phone }
    In einer akuten Krise erreichen Sie die Telefonseelsorge Tag und Nacht kostenlos: { $crisis_phone }
    Wenn Sie später doch beraten werden möchten, schreiben Sie einfach /start.

q-household-size = Wie viele Personen leben in Ihrem Haushalt, Sie selbst mitgezählt? Bitte schreiben Sie eine Zahl.
label-household-size = Personen im Haushalt

q-arrival = Seit wann sind Sie in Deutschland? Bitte schreiben Sie Monat und Jahr, zum Beispiel 03/2024. Wir fragen, weil manche Angebote nur in den ersten Jahren gelten.
label-arrival = In Deutschland seit

q-german-level = Wie gut sprechen Sie Deutsch?
label-german-level = Deutschkenntnisse
opt-german-none = Noch gar nicht
opt-german-a1 = Ein wenig (A1)
opt-german-a2 = Einfache Gespräche (A2)
opt-german-b1 = Gut im Alltag (B1)
opt-german-b2plus = Sehr gut (B2 oder besser)

info-interpreter = Kein Problem: Zum Termin können wir eine Dolmetscherin oder einen Dolmetscher mitbringen.

q-topics = Wobei wünschen Sie sich Unterstützung? Sie können mehrere Themen antippen und dann „Fertig“ wählen.
label-topics = Themen
topic-childcare = Kinderbetreuung
topic-education = Schule und Bildung
topic-work = Arbeit und Ausbildung
topic-language = Deutschkurs
topic-finances = Geld und Schulden
topic-health = Gesundheit
topic-housing = Wohnen
topic-residence = Aufenthalt und Papiere
topic-authorities = Briefe und Ämter
topic-leisure = Freizeit und Kontakte
topic-other = Etwas anderes

button-done = Fertig
button-skip = Überspringen
button-submit = Absenden
button-change = Eine Antwort ändern

summary-intro = Bitte prüfen Sie Ihre Angaben:
summary-line = • { $label }: { $value }
summary-which = Welche Antwort möchten Sie ändern?
answer-skipped = übersprungen
answer-none = keine Angabe

done-next-steps =
    Vielen Dank! Ihre Angaben sind bei der { $service_point } angekommen.
    Eine Fachkraft meldet sich innerhalb einer Woche bei Ihnen, hier im Chat.
    Fragen? Telefon: { $sp_phone }
