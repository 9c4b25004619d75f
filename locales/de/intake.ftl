# Ankommen – Erstgespräch. Quellsprache: Deutsch.
# NOTE: source language. Texts for newcomers: keep them short, warm and plain; say why we ask.
# Variablen aus dem Profil der Kommune: $municipality, $service_point, $sp_address, $sp_phone,
# $sp_email, $sp_hours, $crisis_phone, $course_contact, $counselling_contact.
# In Wiederholungen (Personen im Haushalt): $index (1 = die Person selbst), $count.

pick-language = Bitte wählen Sie Ihre Sprache.

welcome-offer =
    Willkommen in { $municipality }!
    Die { $service_point } bietet Ihnen Beratung an. Die Beratung ist kostenlos, freiwillig und vertraulich.
    Wir helfen bei Fragen zu Kinderbetreuung, Bildung, Finanzen, Gesundheit, Freizeit, Sprache und Arbeit.
    Adresse: { $sp_address } · Telefon: { $sp_phone }

## Alter und Einwilligung

q-age-gate = Sind Sie 16 Jahre oder älter? Wir fragen, weil bei Jüngeren auch ein Elternteil oder der Vormund zustimmen muss.
opt-age-adult = Ja, 16 oder älter
opt-age-minor = Nein, jünger als 16
info-minor =
    Danke! Weil Sie jünger als 16 sind, muss ein Elternteil oder Ihr Vormund zustimmen.
    Ist diese Person gerade bei Ihnen und kann mitlesen?
opt-minor-guardian = Ja, sie ist hier
opt-minor-anonymous = Nein, nur Informationen

consent-notice =
    Damit wir Sie beraten können, speichern wir Ihre Antworten aus diesem Chat.
    Wozu: um Ihnen die passende Beratung anzubieten.
    Wer sieht sie: nur die Fachkräfte der Beratungsstelle, die Ihren Fall verteilen und bearbeiten.
    Wie lange: nur so lange, wie die Beratung dauert.
    Ihre Rechte: Sie können jederzeit nachfragen, was gespeichert ist, und alles löschen lassen.
    Wenn Sie nicht zustimmen, speichern wir nichts. Sie bekommen trotzdem Informationen.
    Sind Sie einverstanden?
consent-notice-guardian =
    Bitte lesen Sie als Elternteil oder Vormund:
    Damit wir Ihr Kind beraten können, speichern wir die Antworten aus diesem Chat.
    Wozu: um die passende Beratung anzubieten.
    Wer sieht sie: nur die Fachkräfte der Beratungsstelle, die den Fall verteilen und bearbeiten.
    Wie lange: nur so lange, wie die Beratung dauert.
    Ihre Rechte: Sie können jederzeit nachfragen, was gespeichert ist, und alles löschen lassen.
    Wenn Sie nicht zustimmen, speichern wir nichts.
    Sind Sie als Elternteil oder Vormund einverstanden?
consent-full =
    Die Einwilligung im Einzelnen:
    Verantwortlich ist die Stadt { $municipality }, { $service_point }, { $sp_address }, { $sp_email }.
    Wir speichern Ihre Antworten aus diesem Chat, Ihre Sprache und die Zeit Ihrer Einwilligung. Die Kennung Ihres Chats (bei Telegram Ihre Nutzernummer) speichern wir nur verschlüsselt, damit wir Ihnen antworten können.
    Zweck: Beratung und Begleitung beim Ankommen (Integrationsmanagement). Die Einwilligung ist freiwillig; ohne sie gibt es trotzdem Informationen und anonyme Beratung.
    Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 a und Art. 9 Abs. 2 a DSGVO). Angaben zur Gesundheit sind nach Art. 9 DSGVO besonders geschützt. Sie, Angaben zum Aufenthalt und frei geschriebene Texte speichern wir verschlüsselt.
    Ihre Angaben sehen nur die Fachkräfte der Beratungsstelle, die Ihren Fall verteilen und bearbeiten. Sie unterliegen der Schweigepflicht. An andere Stellen geben wir nur weiter, wenn Sie das ausdrücklich erlauben.
    Nach dem Ende der Beratung werden die Daten anonymisiert, spätestens 9 Monate nach dem letzten Kontakt.
    Sie können Ihre Einwilligung jederzeit widerrufen: /delete löscht sofort alles, was wir gespeichert haben. /mydata zeigt, was gespeichert ist. Den Verlauf dieses Chats auf Ihrem Gerät und bei Telegram können nur Sie selbst löschen.
    Beschwerden: bei der Datenschutzbeauftragten der Stadt oder der Landesdatenschutzbehörde.
button-consent-yes = Ja, ich bin einverstanden
button-consent-no = Nein, lieber nicht
button-consent-full = Alles genau lesen

declined-info =
    Das ist in Ordnung. Wir haben nichts über Sie gespeichert.
    Sie können jederzeit ohne Termin zu uns kommen:
    { $service_point }, { $sp_address }
    Öffnungszeiten: { $sp_hours } · Telefon: { $sp_phone }
    Deutschkurse: { $course_contact }
    Beratung für Erwachsene: { $counselling_contact }
    In einer akuten Krise: Telefonseelsorge, kostenlos, Tag und Nacht: { $crisis_phone } · Notruf: 112
    Wenn Sie später doch beraten werden möchten, schreiben Sie einfach /start.

q-sharing =
    Manchmal hilft es, wenn wir mit anderen Stellen sprechen dürfen. Das ist freiwillig.
    Tippen Sie nur die Stellen an, die Ihre Angaben aus diesem Gespräch bekommen dürfen, damit sie Sie beraten können. Wenn Sie nichts antippen, geben wir nichts weiter. Sie können das jederzeit mit /consent ändern.
label-sharing = Weitergabe erlaubt an
recipient-jobcentre = Jobcenter
recipient-foreigners-office = Ausländerbehörde
recipient-jmd = Jugendmigrationsdienst
recipient-mbe = Migrationsberatung (Erwachsene)
recipient-refugee-counselling = Flüchtlingsberatung
recipient-line = • { $name }: { $kind }

## Krise

q-crisis = Sind Sie gerade in einer akuten Notlage – zum Beispiel in Gefahr, ohne Schlafplatz heute Nacht oder in großer seelischer Not?
label-crisis = Akute Notlage
opt-crisis-acute = Ja, ich brauche jetzt Hilfe
opt-crisis-none = Nein
info-crisis =
    Danke, dass Sie es uns sagen. Hier bekommen Sie sofort Hilfe:
    Notruf (Gefahr, Verletzung): 112 · Polizei: 110
    Telefonseelsorge, kostenlos, Tag und Nacht: { $crisis_phone }
    { $service_point }: { $sp_phone } ({ $sp_hours })
    Wir sehen Ihre Nachricht als dringend an und melden uns so schnell wie möglich.

## Haushalt

q-household-size = Wie viele Personen leben in Ihrem Haushalt, Sie selbst mitgezählt? Bitte schreiben Sie eine Zahl.
label-household-size = Personen im Haushalt
info-members = Jetzt ein paar kurze Fragen zu jeder Person im Haushalt – zuerst zu Ihnen. So finden wir Angebote, die für alle passen.
label-member =
    { $index ->
        [0] Personen im Haushalt (Angaben)
        [1] Sie selbst
       *[other] Person { $index }
    }
q-member-age =
    { $index ->
        [1] Wie alt sind Sie? Bitte schreiben Sie eine Zahl.
       *[other] Person { $index }: Wie alt ist diese Person? Bitte schreiben Sie eine Zahl.
    }
label-member-age = Alter
q-member-gender =
    { $index ->
        [1] Welches Geschlecht haben Sie?
       *[other] Person { $index }: Welches Geschlecht hat diese Person?
    }
label-member-gender = Geschlecht
opt-gender-female = Weiblich
opt-gender-male = Männlich
opt-gender-diverse = Divers
opt-gender-not-stated = Keine Angabe
q-member-relation = Person { $index }: Wie ist diese Person mit Ihnen verwandt?
label-member-relation = Beziehung
opt-relation-partner = (Ehe-)Partner/in
opt-relation-child = Kind
opt-relation-parent = Mutter oder Vater
opt-relation-sibling = Bruder oder Schwester
opt-relation-other-relative = Andere Verwandte
opt-relation-other = Andere Person
q-member-nationality =
    { $index ->
        [1] Welche Staatsangehörigkeit haben Sie?
       *[other] Person { $index }: Welche Staatsangehörigkeit hat diese Person?
    }
label-member-nationality = Staatsangehörigkeit
country-syria = Syrien
country-afghanistan = Afghanistan
country-iraq = Irak
country-iran = Iran
country-turkey = Türkei
country-ukraine = Ukraine
country-romania = Rumänien
country-bulgaria = Bulgarien
country-poland = Polen
country-russia = Russland
country-eritrea = Eritrea
country-other = Ein anderes Land
q-member-residence =
    { $index ->
        [1] Welchen Aufenthaltsstatus haben Sie? Das hilft uns, die richtige Stelle zu finden. Sie können die Frage überspringen.
       *[other] Person { $index }: Welchen Aufenthaltsstatus hat diese Person? Sie können die Frage überspringen.
    }
label-member-residence = Aufenthaltsstatus
opt-residence-asylum-pending = Asylverfahren läuft
opt-residence-duldung = Duldung
opt-residence-permit = Aufenthaltserlaubnis
opt-residence-eu = EU-Bürger/in
opt-residence-other = Etwas anderes
opt-residence-unknown = Weiß ich nicht

## Ankunft und Sprache

q-arrival = Seit wann sind Sie in Deutschland? Bitte schreiben Sie Monat und Jahr, zum Beispiel 03/2024. Wir fragen, weil manche Angebote nur in den ersten Jahren gelten.
label-arrival = In Deutschland seit
q-arrival-town = Seit wann wohnen Sie in { $municipality }? Bitte Monat und Jahr, zum Beispiel 05/2024.
label-arrival-town = In { $municipality } seit
q-family-languages = Welche Sprachen sprechen Sie in der Familie? Sie können mehrere antippen und dann „Fertig“ wählen.
label-family-languages = Familiensprachen
lang-arabic = Arabisch
lang-dari-farsi = Dari / Farsi
lang-kurdish = Kurdisch
lang-pashto = Paschtu
lang-tigrinya = Tigrinya
lang-turkish = Türkisch
lang-ukrainian = Ukrainisch
lang-russian = Russisch
lang-romanian = Rumänisch
lang-bulgarian = Bulgarisch
lang-polish = Polnisch
lang-french = Französisch
lang-english = Englisch
lang-other = Eine andere Sprache
q-german-level = Wie gut sprechen Sie Deutsch?
label-german-level = Deutschkenntnisse
opt-german-none = Noch gar nicht
opt-german-a1 = Ein wenig (A1)
opt-german-a2 = Einfache Gespräche (A2)
opt-german-b1 = Gut im Alltag (B1)
opt-german-b2plus = Sehr gut (B2 oder besser)
q-interpreter = Möchten Sie beim Termin eine Dolmetscherin oder einen Dolmetscher? Das ist kostenlos.
label-interpreter = Dolmetschen
opt-interpreter-needed = Ja, bitte
opt-interpreter-not-needed = Nein, nicht nötig
q-interpreter-language = In welche Sprache soll gedolmetscht werden?
label-interpreter-language = Dolmetschen in

## Wohnen, Gesundheit, Familie

q-housing = Wie wohnen Sie gerade?
label-housing = Wohnen
opt-housing-own-flat = Eigene Wohnung
opt-housing-shelter = Unterkunft der Stadt
opt-housing-with-others = Bei Familie oder Freunden
opt-housing-none = Ich habe keine Wohnung
opt-housing-other = Anders
q-housing-adequate = Passt die Wohnung für Sie und Ihre Familie (Platz, Zustand)?
label-housing-adequate = Wohnung passend
opt-housing-adequate = Ja, sie passt
opt-housing-not-adequate = Nein, sie passt nicht
q-health = Gibt es in Ihrem Haushalt gesundheitliche Einschränkungen, körperlich oder seelisch? Sie müssen das nicht beantworten. Es hilft uns nur, passende Hilfe zu finden.
label-health = Gesundheitliche Einschränkungen
opt-health-none = Nein
opt-health-physical = Ja, körperlich
opt-health-psychological = Ja, seelisch
opt-health-both = Ja, beides
opt-health-prefer-not = Möchte ich nicht sagen
q-children-needs = Für die Kinder in Ihrem Haushalt: Was brauchen Sie? Mehrere Antworten sind möglich, dann „Fertig“.
label-children-needs = Bedarf für Kinder
opt-children-daycare = Kita-Platz
opt-children-school-place = Schulplatz
opt-children-school-support = Hilfe in der Schule
opt-children-other = Etwas anderes
opt-children-none = Nichts davon
q-reunification = Planen Sie, dass Familienangehörige nachkommen (Familiennachzug)? Sie können die Frage überspringen.
label-reunification = Familiennachzug
opt-reunification-planned = Ja, geplant
opt-reunification-in-progress = Ja, läuft schon
opt-reunification-no = Nein

## Arbeit und Unterstützung

q-work = Arbeit und Ausbildung: Was passt zu Ihnen? Mehrere Antworten sind möglich, dann „Fertig“.
label-work = Arbeit und Ausbildung
opt-work-working = Ich arbeite
opt-work-looking = Ich suche Arbeit
opt-work-training = Ich mache eine Ausbildung
opt-work-school-study = Schule oder Studium
opt-work-german-course = Ich mache einen Deutschkurs
opt-work-experience-abroad = Berufserfahrung aus dem Heimatland
opt-work-none = Nichts davon
q-agencies = Mit welchen Stellen haben Sie schon zu tun? Mehrere Antworten sind möglich, dann „Fertig“.
label-agencies = Beteiligte Stellen
agency-jobcentre = Jobcenter
agency-social-office = Sozialamt
agency-foreigners-office = Ausländerbehörde
agency-youth-office = Jugendamt
agency-mbe = Migrationsberatung
agency-jmd = Jugendmigrationsdienst
agency-refugee-counselling = Flüchtlingsberatung
agency-volunteers = Ehrenamtliche Helfer
agency-none = Noch keine
q-counsellor = Haben Sie schon eine Beraterin oder einen Berater, die oder der Sie begleitet?
label-counsellor = Schon in Beratung
opt-counsellor-yes = Ja
opt-counsellor-no = Nein

q-topics = Wobei wünschen Sie sich Unterstützung? Sie können mehrere Themen antippen und dann „Fertig“ wählen.
label-topics = Themen
topic-german-course = Deutschkurs
topic-work = Arbeit und Qualifikation
topic-school = Schule und Bildung
topic-childcare = Kinderbetreuung
topic-housing = Wohnen
topic-finances = Geld und Schulden
topic-health = Gesundheit
topic-pregnancy = Schwangerschaft
topic-residence = Aufenthalt und Papiere
topic-authorities = Briefe und Ämter
topic-legal = Rechtliche Fragen
topic-naturalisation = Einbürgerung
topic-family = Familie
topic-orientation = Alltag und Orientierung
topic-mobility = Mobilität (Bus, Bahn)
topic-literacy = Lesen und Schreiben lernen
topic-discrimination = Diskriminierung
topic-belonging = Nachbarschaft und Zugehörigkeit
topic-leisure = Freizeit und Kultur
topic-other = Etwas anderes

q-remarks = Möchten Sie uns noch etwas sagen? Schreiben Sie es gern in eigenen Worten (höchstens 1000 Zeichen) – oder überspringen Sie die Frage.
label-remarks = Noch etwas

## Abschluss

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
answer-nobody = niemand

## Was es schwerer macht (für die Einschätzung, freiwillig)
q-barriers = Was macht es Ihnen gerade schwerer? Das hilft uns, die passende Unterstützung zu finden. Mehrere Antworten sind möglich, dann „Fertig“. Sie können die Frage auch überspringen.
label-barriers = Was es schwerer macht
opt-barrier-no-school = Ich habe keinen Schulabschluss
opt-barrier-no-vocational = Ich habe keinen hier anerkannten Beruf
opt-barrier-career-unsure = Ich weiß nicht, welche Arbeit zu mir passt
opt-barrier-authorities = Briefe und Ämter sind schwierig für mich
opt-barrier-debts = Ich habe Schulden
opt-barrier-lonely = Ich fühle mich oft allein
opt-barrier-none = Nichts davon
