# Ankommen – the welcome letter with the personal code (post). Romanian.
# NOTE: translated from the German source; a native speaker should review this file.
# Variables: $names (names of the adults in the household), $municipality, $service_point, $sp_address,
# $sp_phone, $sp_hours. Polite address (dumneavoastră) as in the other Romanian files.

letter-subject = Bine ați venit în { $municipality }: consiliere pentru persoanele nou-sosite
letter-greeting = Bună ziua, { $names },
letter-intro = Vă urăm bun venit în { $municipality }! { $service_point } vă oferă consiliere gratuită, voluntară și confidențială – pentru întrebări despre îngrijirea copiilor, educație, bani, sănătate, timp liber, limbă și muncă.
letter-offer-letter = Ne puteți scrie în chat, în limba dumneavoastră. Pentru aceasta, scanați codul cu camera telefonului sau deschideți linkul. Chatul vă va pune câteva întrebări și vă va propune o programare.
letter-offer-home-visit = Ne-ar face plăcere să vă vizităm acasă și să vă explicăm totul pe îndelete. Cineva din echipa noastră vă va contacta pentru a stabili o programare. Până atunci, ne puteți scrie și în chat, în limba dumneavoastră: scanați codul sau deschideți linkul.
letter-offer-counselling = Dacă aveți întrebări, ne puteți scrie în chat, în limba dumneavoastră. Pentru aceasta, scanați codul cu camera telefonului sau deschideți linkul. Vă oferim consiliere sau vă spunem care este instituția potrivită pentru dumneavoastră.
letter-scan = Scanați codul sau deschideți linkul (Telegram):
letter-code-note = Codul nu conține date personale. Ne arată doar că ne contactați în urma acestei scrisori.
letter-voluntary = Oferta este voluntară. Dacă nu doriți să o folosiți, acest lucru nu are niciun dezavantaj pentru dumneavoastră.
letter-contact = Ne puteți contacta și personal: { $sp_address }, telefon { $sp_phone }, { $sp_hours }.
letter-closing = Cu stimă,
letter-signature = Echipa de la { $service_point }
