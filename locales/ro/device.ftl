# Ankommen – texte despre dispozitivul propriu: datele se arată doar după întrebare; păstrarea sau închiderea chatului web.
# NOTE: written from the German source for this release; a native speaker should review this file.

mydata-confirm = Imediat veți vedea tot ce am salvat despre dumneavoastră. Este propriul dumneavoastră dispozitiv și nu mai citește nimeni alături de dumneavoastră?
button-mydata-yes = Da, arătați
button-mydata-no = Nu, acum nu
mydata-not-shown = Bine, nu afișăm nimic. Scrieți /mydata atunci când sunteți singur(ă) cu dispozitivul.
webchat-remember = Păstrează acest chat pe acest dispozitiv
webchat-end = Închide chatul pe acest dispozitiv
webchat-ended = Chatul de pe acest dispozitiv s-a încheiat: cine folosește dispozitivul după dumneavoastră nu îl va vedea. Aveți întrebări despre datele dumneavoastră? Vă rugăm să ne sunați: { $sp_phone }
webchat-busy = Chiar acum încep foarte multe chaturi de la această conexiune. Vă rugăm să încercați din nou peste câteva minute.
