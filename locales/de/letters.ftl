# Ankommen – der Willkommensbrief mit dem persönlichen Code (Post). Quellsprache: Deutsch.
# NOTE: source language. Letters are read on paper, often with help: short sentences, warm, no pressure.
# Variablen: $names (Namen der Erwachsenen im Haushalt), $municipality, $service_point, $sp_address,
# $sp_phone, $sp_hours.

letter-subject = Willkommen in { $municipality }: Beratung für Neuzugewanderte
letter-greeting = Guten Tag { $names },
letter-intro = herzlich willkommen in { $municipality }! Die { $service_point } berät Sie kostenlos, freiwillig und vertraulich – bei Fragen zu Kinderbetreuung, Bildung, Finanzen, Gesundheit, Freizeit, Sprache und Arbeit.
letter-offer-letter = Sie können uns im Chat schreiben, in Ihrer Sprache. Scannen Sie dazu den Code mit der Kamera Ihres Telefons oder öffnen Sie den Link. Der Chat stellt Ihnen ein paar Fragen und bietet Ihnen einen Termin an.
letter-offer-home-visit = Wir möchten Sie gern zu Hause besuchen und Ihnen alles in Ruhe erklären. Jemand von uns meldet sich bei Ihnen, um einen Termin zu vereinbaren. Sie können uns auch schon vorher im Chat schreiben, in Ihrer Sprache: Scannen Sie dazu den Code oder öffnen Sie den Link.
letter-offer-counselling = Wenn Sie Fragen haben, können Sie uns im Chat schreiben, in Ihrer Sprache. Scannen Sie dazu den Code mit der Kamera Ihres Telefons oder öffnen Sie den Link. Wir beraten Sie oder nennen Ihnen die richtige Stelle.
letter-scan = Code scannen oder Link öffnen (Telegram):
letter-code-note = Der Code enthält keine persönlichen Daten. Er zeigt uns nur, dass Sie mit diesem Brief zu uns kommen.
letter-voluntary = Das Angebot ist freiwillig. Wenn Sie es nicht nutzen, hat das keine Nachteile für Sie.
letter-contact = Sie erreichen uns auch persönlich: { $sp_address }, Telefon { $sp_phone }, { $sp_hours }.
letter-closing = Mit freundlichen Grüßen
letter-signature = Ihre { $service_point }
