# Ankommen – Nachrichten nach der Entscheidung der Servicestelle. Quellsprache: Deutsch.
# NOTE: source language. Texts for newcomers: keep them short, warm and plain.

decision-admitted = Gute Nachricht: { $organisation } kümmert sich um Ihre Anliegen. Eine Fachkraft meldet sich innerhalb einer Woche bei Ihnen.
decision-referred = Für Ihre Anliegen ist { $organisation } die richtige Stelle. Wir haben Ihre Anfrage dorthin weitergegeben, wie Sie es erlaubt haben. Sie können sich auch selbst melden: { $contact }
decision-waitlisted = Im Moment sind alle Plätze belegt. Wir haben Sie auf unsere Warteliste gesetzt und schreiben Ihnen in etwa drei Monaten. Wenn es vorher dringend wird, rufen Sie an: { $sp_phone }
decision-waitlist-recontact = Sie stehen noch auf unserer Warteliste. Brauchen Sie noch Unterstützung?
button-waitlist-still = Ja, noch immer
button-waitlist-no-longer = Nein, nicht mehr
decision-declined = Wir können Ihnen leider keine längere Begleitung anbieten. Eine Beratung bekommen Sie hier: { $counselling_contact }
