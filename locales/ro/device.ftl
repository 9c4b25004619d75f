# Ankommen – texte despre dispozitivul propriu: datele se arată doar după întrebare; păstrarea sau închiderea chatului web.
# NOTE: written from the German source for this release; a native speaker should review this file.

mydata-confirm = În câteva clipe vă arătăm tot ce am salvat despre dumneavoastră – și ca fișier de descărcat. Vedeți ecranul doar dumneavoastră în acest moment?
button-mydata-yes = Da, arătați-mi
button-mydata-no = Nu, acum nu
mydata-not-shown = Bine, nu afișăm nimic. Scrieți /mydata atunci când nu este nimeni lângă dumneavoastră – sau sunați-ne: { $sp_phone }
webchat-remember = Păstrați acest chat pe acest dispozitiv
webchat-remember-hint = Doar pe dispozitivul propriu: astfel puteți citi mai târziu aici răspunsurile noastre.
webchat-end = Încheiați chatul pe acest dispozitiv
webchat-end-confirm = Sigur doriți să încheiați chatul pe acest dispozitiv? După aceea nu îl mai puteți deschide aici.
webchat-ended = Chatul de pe acest dispozitiv s-a încheiat: cine folosește dispozitivul după dumneavoastră nu îl va vedea. Răspunsurile noastre nu vă mai pot ajunge aici – vă rugăm să ne sunați: { $sp_phone }
webchat-busy = Chiar acum încep foarte multe chaturi de la această conexiune. Vă rugăm să încercați din nou peste câteva minute.
