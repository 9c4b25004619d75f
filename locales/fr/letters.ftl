# Ankommen – the welcome letter with the personal code (post). French.
# NOTE: translated from the German source; a native speaker should review this file.
# Variables: $names (names of the adults in the household), $municipality, $service_point, $sp_address,
# $sp_phone, $sp_hours. No-break spaces (U+00A0) before : ; ? ! as in the other French files.

letter-subject = Bienvenue à { $municipality } : un accompagnement pour les personnes nouvellement arrivées
letter-greeting = Bonjour { $names },
letter-intro = Nous vous souhaitons la bienvenue à { $municipality } ! { $service_point } vous propose un accompagnement gratuit, facultatif et confidentiel – pour vos questions sur la garde d'enfants, l'éducation, l'argent, la santé, les loisirs, la langue et le travail.
letter-offer-letter = Vous pouvez nous écrire dans le chat, dans votre langue. Pour cela, scannez le code avec l'appareil photo de votre téléphone ou ouvrez le lien. Le chat vous posera quelques questions et vous proposera un rendez-vous.
letter-offer-home-visit = Nous aimerions venir vous voir chez vous et prendre le temps de tout vous expliquer. Une personne de notre équipe vous contactera pour convenir d'un rendez-vous. Avant cette visite, vous pouvez aussi nous écrire dans le chat, dans votre langue : pour cela, scannez le code ou ouvrez le lien.
letter-offer-counselling = Si vous avez des questions, vous pouvez nous écrire dans le chat, dans votre langue. Pour cela, scannez le code avec l'appareil photo de votre téléphone ou ouvrez le lien. Nous vous accompagnons ou nous vous indiquons le service qui peut vous aider.
letter-scan = Scannez le code ou ouvrez le lien (Telegram) :
letter-code-note = Le code ne contient aucune donnée personnelle. Il nous indique seulement que vous nous contactez grâce à cette lettre.
letter-voluntary = Cette offre est facultative. Si vous ne souhaitez pas en profiter, cela n'aura aucune conséquence négative pour vous.
letter-contact = Vous pouvez aussi venir nous voir : { $sp_address }, téléphone { $sp_phone }, { $sp_hours }.
letter-closing = Bien cordialement,
letter-signature = L'équipe de { $service_point }
