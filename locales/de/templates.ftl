# Ankommen – Nachrichten, die Fachkräfte aus einer Vorlage senden. Quellsprache: Deutsch.
# NOTE: source language. Texts for newcomers: keep them short, warm and plain.

template-please-call = Bitte melden Sie sich bei uns, wir möchten etwas mit Ihnen besprechen. Telefon: { $phone }
template-bring-documents = Bitte bringen Sie zu Ihrem Termin mit: Ausweis oder Aufenthaltspapiere und die Briefe von Ämtern, die Sie bekommen haben.
template-still-need = Wir haben eine Weile nichts von Ihnen gehört. Brauchen Sie weiterhin Unterstützung? Schreiben Sie uns gern hier.
template-goal-check = Ihre Beraterin oder Ihr Berater möchte wissen, wie es mit Ihren Zielen vorangeht. Schreiben Sie gern kurz hier oder rufen Sie an: { $phone }

## Zum Abschluss (freiwillige Rückmeldung)
followup-evaluation = Ihre Begleitung bei uns ist abgeschlossen. Danke für Ihr Vertrauen! Möchten Sie uns sagen, ob sie Ihnen geholfen hat? Die Antwort ist freiwillig.
button-eval-good = Ja, sie hat geholfen
button-eval-partly = Teilweise
button-eval-not = Eher nicht
