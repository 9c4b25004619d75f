# Ankommen – texte comune (comenzi, indicații, mesaje de eroare). Română.
# NOTE: machine-assisted translation from the German source; a native speaker should review this file.

help =
    Aici vă puteți înscrie pentru consiliere gratuită.
    Apăsați pe butoane sau scrieți răspunsul dumneavoastră.
    /language – schimbați limba
    /restart – începeți din nou
    /help – acest ajutor
    /mydata – vedeți ce este salvat
    /delete – ștergeți tot
    /stop – fără alte mesaje
    /consent – { cmd-consent }
    /appointment – { cmd-appointment }
welcome-back = Ne bucurăm că ați revenit. Continuăm de unde am rămas.
restarted = Începem din nou.
finished-already = Răspunsurile dumneavoastră au ajuns deja la noi. Dacă doriți să începeți din nou, scrieți /restart.
finished-welcome-back = Bine ați revenit! Răspunsurile dumneavoastră sunt deja la noi. Scrieți /restart ca să începeți din nou.

error-unsupported = Îmi pare rău, pot citi doar text și butoane. Nu salvez poze, mesaje vocale sau fișiere.
error-stale-button = Acest buton este de la o întrebare mai veche. Iată întrebarea de acum:
error-use-buttons = Vă rog să apăsați pe unul dintre butoanele de sub întrebare.
error-pick-at-least =
    { $count ->
        [one] Vă rog să alegeți cel puțin o temă.
        [few] Vă rog să alegeți cel puțin { $count } teme.
       *[other] Vă rog să alegeți cel puțin { $count } de teme.
    }
error-empty = Vă rog să scrieți un răspuns.
error-too-long = Răspunsul dumneavoastră este prea lung. Număr de caractere: { $length } (maximum { $max }). Vă rog să scrieți mai scurt.
error-number = Vă rog să scrieți un număr între { $min } și { $max }.
error-number-range = Acest număr nu se potrivește. Vă rog să scrieți un număr între { $min } și { $max }.
error-date-month = Nu am putut citi data. Vă rog să scrieți luna și anul, de exemplu 03/2024.
error-date-day = Nu am putut citi data. Vă rog să scrieți ziua, luna și anul, de exemplu 15.03.2024.
error-date-future = Această dată este în viitor. Vă rog să verificați din nou.
error-date-too-early = Această dată este înainte de anul { $year }. Vă rog să verificați din nou.
error-private-only = Răspund doar într-un chat privat. Vă rog să îmi scrieți direct.
error-internal = Ne pare rău, a apărut o problemă la noi. Vă rugăm să trimiteți din nou ultimul mesaj.

cmd-start = Începeți
cmd-help = Ajutor
cmd-language = Schimbați limba
cmd-restart = Începeți din nou

error-too-fast = Scrieți foarte repede. Aștept puțin și apoi citesc din nou.
error-edited = Din păcate, nu pot prelua mesajele modificate. Vă rog să trimiteți din nou răspunsul.
stopped = Bine: nu vă mai trimitem mesaje din partea noastră. Răspunsurile rămân salvate ca până acum; le puteți șterge cu /delete. Pentru a continua, scrieți /start.
delete-confirm = Sigur vreți să ștergem tot ce am salvat despre dumneavoastră? Acest lucru nu poate fi anulat.
button-delete-yes = Da, ștergeți tot
button-delete-no = Nu, păstrați
deleted = Gata: tot ce salvasem despre dumneavoastră a fost șters. Dacă doriți ajutor mai târziu, scrieți /start.
delete-cancelled = Bine, nu s-a șters nimic.
mydata-intro = Iată ce am salvat despre dumneavoastră:
mydata-no-answers = Încă nu există răspunsuri.
mydata-consent =
    { $kind ->
        [data_processing] Acordul pentru consiliere
       *[other] Transmitere ({ $kind })
    }: { $granted ->
        [yes] acceptat
       *[no] refuzat
    } la { $date }
mydata-file = Găsiți toate acestea și în fișier.
mydata-case = Fișierul conține și ce au notat consilierii despre cazul dumneavoastră: notițe, planul dumneavoastră și decizii.
keyword-stop = stop, opriți, oprește
cmd-stop = Fără alte mesaje
cmd-delete = Ștergeți datele mele
cmd-mydata = Vedeți datele mele
progress = Întrebarea { $current } din { $total }
cmd-consent = Schimbați transmiterea datelor
consent-updated = Mulțumim, alegerea dumneavoastră a fost salvată. O puteți schimba oricând cu /consent.
mydata-about =
    De ce: ca să vă putem consilia după sosire.
    Cine a primit răspunsurile dumneavoastră: { $recipients }.
    Cât timp: până se încheie consilierea, cel târziu la 9 luni după ultimul contact. După aceea rămâne doar o statistică fără nume.
    Drepturile dumneavoastră: cu /consent puteți schimba cine primește răspunsurile dumneavoastră. /delete șterge totul. Dacă ceva nu este corect, spuneți-ne: { $sp_phone }. Plângeri: la persoana responsabilă cu protecția datelor din partea orașului.
mydata-nobody = încă nimeni
