# Ankommen – prima discuție (înscrierea). Română.
# NOTE: machine-assisted translation from the German source; a native speaker should review this file.
# Variabile din profilul localității: $municipality, $service_point, $sp_address, $sp_phone,
# $sp_email, $sp_hours, $crisis_phone, $course_contact, $counselling_contact.
# În repetări (persoanele din gospodărie): $index (1 = persoana însăși), $count.

pick-language = Vă rugăm să alegeți limba.

welcome-offer =
    Bine ați venit în { $municipality }!
    { $service_point } vă oferă consiliere. Consilierea este gratuită, voluntară și confidențială.
    Vă ajutăm cu întrebări despre îngrijirea copiilor, educație, bani, sănătate, timp liber, limbă și muncă.
    Adresă: { $sp_address } · Telefon: { $sp_phone }

## Vârstă și acord

q-age-gate = Aveți 16 ani sau mai mult? Întrebăm pentru că, la persoanele mai tinere, trebuie să fie de acord și un părinte sau tutorele.
opt-age-adult = Da, 16 ani sau mai mult
opt-age-minor = Nu, sub 16 ani
info-minor =
    Vă mulțumim! Pentru că aveți sub 16 ani, trebuie să fie de acord un părinte sau tutorele dumneavoastră.
    Este această persoană acum lângă dumneavoastră și poate citi și ea?
opt-minor-guardian = Da, este aici
opt-minor-anonymous = Nu, doar informații

consent-notice =
    Ca să vă putem oferi consiliere, salvăm răspunsurile pe care le dați în acest chat.
    De ce: ca să vă oferim consilierea potrivită.
    Cine le vede: doar specialiștii de la centrul de consiliere care repartizează cazul dumneavoastră și se ocupă de el.
    Cât timp: doar cât durează consilierea.
    Drepturile dumneavoastră: puteți întreba oricând ce am salvat și puteți cere să ștergem totul.
    Dacă nu sunteți de acord, nu salvăm nimic. Veți primi totuși informații.
    Sunteți de acord?
consent-notice-guardian =
    Vă rugăm să citiți acest text ca părinte sau tutore:
    Ca să îi putem oferi consiliere copilului dumneavoastră, salvăm răspunsurile din acest chat.
    De ce: ca să oferim consilierea potrivită.
    Cine le vede: doar specialiștii de la centrul de consiliere care repartizează cazul și se ocupă de el.
    Cât timp: doar cât durează consilierea.
    Drepturile dumneavoastră: puteți întreba oricând ce am salvat și puteți cere să ștergem totul.
    Dacă nu sunteți de acord, nu salvăm nimic.
    Sunteți de acord, ca părinte sau tutore?
consent-full =
    Acordul, în detaliu:
    Responsabil pentru date: orașul { $municipality }, { $service_point }, { $sp_address }, { $sp_email }.
    Salvăm răspunsurile dumneavoastră din acest chat, limba dumneavoastră și momentul în care v-ați dat acordul. ID-ul chatului dumneavoastră (pe Telegram, numărul de utilizator) îl salvăm doar criptat, ca să vă putem răspunde.
    Scop: consiliere și însoțire după sosire (managementul integrării). Acordul este voluntar; fără el primiți totuși informații și consiliere anonimă.
    Temeiul legal este acordul dumneavoastră, conform art. 6 alin. (1) lit. a) și art. 9 alin. (2) lit. a) din GDPR. Datele despre sănătate sunt protejate în mod special conform art. 9 din GDPR. Le salvăm criptat, la fel ca datele despre dreptul de ședere și textele scrise liber de dumneavoastră.
    Datele dumneavoastră le văd doar specialiștii de la centrul de consiliere care repartizează cazul dumneavoastră și se ocupă de el. Aceștia sunt obligați să păstreze secretul profesional. Transmitem date altor instituții doar dacă ne permiteți acest lucru în mod expres.
    După încheierea consilierii, datele devin anonime, cel târziu la 9 luni după ultimul contact.
    Vă puteți retrage acordul oricând: /delete șterge imediat tot ce am salvat. /mydata arată ce este salvat. Istoricul acestui chat de pe dispozitivul dumneavoastră și din Telegram îl puteți șterge doar dumneavoastră.
    Plângeri: la persoana responsabilă cu protecția datelor din partea orașului sau la autoritatea pentru protecția datelor a landului (statul federal).
button-consent-yes = Da, sunt de acord
button-consent-no = Nu, mai bine nu
button-consent-full = Citiți totul în detaliu

declined-info =
    Este în regulă. Nu am salvat nimic despre dumneavoastră.
    Puteți veni oricând la noi, fără programare:
    { $service_point }, { $sp_address }
    Program: { $sp_hours } · Telefon: { $sp_phone }
    Cursuri de germană: { $course_contact }
    Consiliere pentru adulți: { $counselling_contact }
    Într-o criză gravă: linia de sprijin sufletesc (Telefonseelsorge), gratuit, zi și noapte: { $crisis_phone } · Urgențe: 112
    Dacă mai târziu doriți totuși consiliere, scrieți pur și simplu /start.

q-sharing =
    Uneori ajută dacă avem voie să vorbim cu alte instituții. Acest lucru este voluntar.
    Apăsați doar pe instituțiile care pot primi răspunsurile dumneavoastră din această conversație, ca să vă poată consilia. Dacă nu apăsați nimic, nu transmitem nimic. Puteți schimba oricând acest lucru cu /consent.
label-sharing = Transmitere permisă către
recipient-jobcentre = Jobcenter
recipient-foreigners-office = Biroul pentru străini
recipient-jmd = Consilierea tinerilor migranți
recipient-mbe = Consilierea migranților adulți
recipient-refugee-counselling = Consiliere pentru refugiați
recipient-line = • { $name }: { $kind }

## Criză

q-crisis = Sunteți acum într-o situație de urgență – de exemplu în pericol, fără loc de dormit în noaptea aceasta sau într-o mare suferință sufletească?
label-crisis = Situație de urgență
opt-crisis-acute = Da, am nevoie de ajutor acum
opt-crisis-none = Nu
info-crisis =
    Vă mulțumim că ne spuneți. Aici primiți ajutor imediat:
    Urgențe (pericol, rănire): 112 · Poliție: 110
    Linia de sprijin sufletesc (Telefonseelsorge), gratuit, zi și noapte: { $crisis_phone }
    { $service_point }: { $sp_phone } ({ $sp_hours })
    Considerăm mesajul dumneavoastră urgent și vă contactăm cât mai repede posibil.

## Gospodărie

q-household-size = Câte persoane locuiesc în gospodăria dumneavoastră, inclusiv dumneavoastră? Vă rugăm să scrieți un număr.
label-household-size = Persoane în gospodărie
info-members = Acum urmează câteva întrebări scurte despre fiecare persoană din gospodărie – mai întâi despre dumneavoastră. Așa găsim servicii potrivite pentru toți.
label-member =
    { $index ->
        [0] Persoane în gospodărie (detalii)
        [1] Dumneavoastră
       *[other] Persoana { $index }
    }
q-member-age =
    { $index ->
        [1] Câți ani aveți? Vă rugăm să scrieți un număr.
       *[other] Persoana { $index }: Câți ani are această persoană? Vă rugăm să scrieți un număr.
    }
label-member-age = Vârstă
q-member-gender =
    { $index ->
        [1] Care este genul dumneavoastră?
       *[other] Persoana { $index }: Care este genul acestei persoane?
    }
label-member-gender = Gen
opt-gender-female = Feminin
opt-gender-male = Masculin
opt-gender-diverse = Alt gen (divers)
opt-gender-not-stated = Prefer să nu spun
q-member-relation = Persoana { $index }: Ce legătură are această persoană cu dumneavoastră?
label-member-relation = Relație
opt-relation-partner = Soț/soție sau partener/ă
opt-relation-child = Copil
opt-relation-parent = Mamă sau tată
opt-relation-sibling = Frate sau soră
opt-relation-other-relative = Altă rudă
opt-relation-other = Altă persoană
q-member-nationality =
    { $index ->
        [1] Ce cetățenie aveți?
       *[other] Persoana { $index }: Ce cetățenie are această persoană?
    }
label-member-nationality = Cetățenie
country-syria = Siria
country-afghanistan = Afganistan
country-iraq = Irak
country-iran = Iran
country-turkey = Turcia
country-ukraine = Ucraina
country-romania = România
country-bulgaria = Bulgaria
country-poland = Polonia
country-russia = Rusia
country-eritrea = Eritreea
country-other = Altă țară
q-member-residence =
    { $index ->
        [1] Ce statut de ședere aveți? Ne ajută să găsim instituția potrivită. Puteți sări peste această întrebare.
       *[other] Persoana { $index }: Ce statut de ședere are această persoană? Puteți sări peste această întrebare.
    }
label-member-residence = Statut de ședere
opt-residence-asylum-pending = Procedură de azil în curs
opt-residence-duldung = Ședere tolerată (Duldung)
opt-residence-permit = Permis de ședere
opt-residence-eu = Cetățean(ă) UE
opt-residence-other = Altceva
opt-residence-unknown = Nu știu

## Sosire și limbă

q-arrival = De când sunteți în Germania? Vă rugăm să scrieți luna și anul, de exemplu 03/2024. Întrebăm pentru că unele servicii sunt doar pentru primii ani.
label-arrival = În Germania din
q-arrival-town = De când locuiți în { $municipality }? Vă rugăm să scrieți luna și anul, de exemplu 05/2024.
label-arrival-town = În { $municipality } din
q-family-languages = Ce limbi vorbiți în familie? Puteți apăsa pe mai multe și apoi pe „Gata”.
label-family-languages = Limbi vorbite în familie
lang-arabic = Arabă
lang-dari-farsi = Dari / Farsi
lang-kurdish = Kurdă
lang-pashto = Paștună
lang-tigrinya = Tigrinya
lang-turkish = Turcă
lang-ukrainian = Ucraineană
lang-russian = Rusă
lang-romanian = Română
lang-bulgarian = Bulgară
lang-polish = Poloneză
lang-french = Franceză
lang-english = Engleză
lang-other = Altă limbă
q-german-level = Cât de bine vorbiți germana?
label-german-level = Cunoștințe de germană
opt-german-none = Încă deloc
opt-german-a1 = Puțin (A1)
opt-german-a2 = Conversații simple (A2)
opt-german-b1 = Bine, în viața zilnică (B1)
opt-german-b2plus = Foarte bine (B2 sau mai bine)
q-interpreter = Doriți un interpret sau o interpretă la întâlnire? Este gratuit.
label-interpreter = Interpret
opt-interpreter-needed = Da, vă rog
opt-interpreter-not-needed = Nu, nu este nevoie
q-interpreter-language = În ce limbă să fie traducerea?
label-interpreter-language = Traducere în

## Locuință, sănătate, familie

q-housing = Unde locuiți acum?
label-housing = Locuință
opt-housing-own-flat = Locuință proprie/închiriată
opt-housing-shelter = Cazare asigurată de oraș
opt-housing-with-others = La familie sau prieteni
opt-housing-none = Nu am locuință
opt-housing-other = Altfel
q-housing-adequate = Locuința este potrivită pentru dumneavoastră și familia dumneavoastră (spațiu, stare)?
label-housing-adequate = Locuință potrivită
opt-housing-adequate = Da, este potrivită
opt-housing-not-adequate = Nu, nu este potrivită
q-health = Are cineva din gospodăria dumneavoastră probleme de sănătate care îl limitează, fizice sau psihice? Nu trebuie să răspundeți. Ne ajută doar să găsim sprijinul potrivit.
label-health = Probleme de sănătate
opt-health-none = Nu
opt-health-physical = Da, fizice
opt-health-psychological = Da, psihice
opt-health-both = Da, ambele
opt-health-prefer-not = Prefer să nu spun
q-children-needs = Pentru copiii din gospodăria dumneavoastră: de ce aveți nevoie? Puteți alege mai multe răspunsuri, apoi „Gata”.
label-children-needs = Nevoi pentru copii
opt-children-daycare = Loc la creșă sau grădiniță
opt-children-school-place = Loc la școală
opt-children-school-support = Ajutor la școală
opt-children-other = Altceva
opt-children-none = Nimic din acestea
q-reunification = Plănuiți să vină la dumneavoastră membri ai familiei (reîntregirea familiei)? Puteți sări peste această întrebare.
label-reunification = Reîntregirea familiei
opt-reunification-planned = Da, este planificată
opt-reunification-in-progress = Da, este deja în curs
opt-reunification-no = Nu

## Muncă și sprijin

q-work = Muncă și formare profesională: ce vi se potrivește? Puteți alege mai multe răspunsuri, apoi „Gata”.
label-work = Muncă și formare profesională
opt-work-working = Lucrez
opt-work-looking = Caut de lucru
opt-work-training = Fac o formare profesională
opt-work-school-study = Școală sau facultate
opt-work-german-course = Fac un curs de germană
opt-work-experience-abroad = Experiență din țara de origine
opt-work-none = Nimic din acestea
q-agencies = Cu ce instituții aveți deja legătură? Puteți alege mai multe răspunsuri, apoi „Gata”.
label-agencies = Instituții implicate
agency-jobcentre = Jobcenter
agency-social-office = Biroul de asistență socială
agency-foreigners-office = Biroul pentru străini
agency-youth-office = Oficiul pentru tineret
agency-mbe = Consiliere pentru migranți
agency-jmd = Consilierea tinerilor migranți
agency-refugee-counselling = Consiliere pentru refugiați
agency-volunteers = Voluntari
agency-none = Încă niciuna
q-counsellor = Aveți deja un consilier sau o consilieră care vă însoțește?
label-counsellor = Deja în consiliere
opt-counsellor-yes = Da
opt-counsellor-no = Nu

q-topics = Cu ce ați dori să vă ajutăm? Puteți apăsa pe mai multe teme și apoi pe „Gata”.
label-topics = Teme
topic-german-course = Curs de germană
topic-work = Muncă și calificare
topic-school = Școală și educație
topic-childcare = Îngrijirea copiilor
topic-housing = Locuință
topic-finances = Bani și datorii
topic-health = Sănătate
topic-pregnancy = Sarcină
topic-residence = Drept de ședere și acte
topic-authorities = Scrisori și instituții
topic-legal = Întrebări juridice
topic-naturalisation = Obținerea cetățeniei
topic-family = Familie
topic-orientation = Viața de zi cu zi și orientare
topic-mobility = Transport (autobuz, tren)
topic-literacy = Citit și scris (alfabetizare)
topic-discrimination = Discriminare
topic-belonging = Vecinătate și apartenență
topic-leisure = Timp liber și cultură
topic-other = Altceva

q-remarks = Mai doriți să ne spuneți ceva? Scrieți cu cuvintele dumneavoastră (cel mult 1000 de caractere) – sau săriți peste această întrebare.
label-remarks = Alte mențiuni

## Încheiere

button-done = Gata
button-skip = Săriți peste
button-submit = Trimiteți
button-change = Schimbați un răspuns

summary-intro = Vă rugăm să verificați răspunsurile dumneavoastră:
summary-line = • { $label }: { $value }
summary-which = Ce răspuns doriți să schimbați?
answer-skipped = ați sărit peste
answer-none = fără răspuns

done-next-steps =
    Vă mulțumim! Răspunsurile dumneavoastră au ajuns la { $service_point }.
    Un consilier vă va scrie aici, în chat, în cel mult o săptămână.
    Întrebări? Telefon: { $sp_phone }
answer-nobody = nimeni

## Ce vă îngreunează situația (pentru evaluare, voluntar)
q-barriers = Ce vă este mai greu în acest moment? Ne ajută să găsim sprijinul potrivit. Puteți alege mai multe răspunsuri, apoi „Gata”. Puteți și să săriți peste această întrebare.
label-barriers = Ce îngreunează situația
opt-barrier-no-school = Nu am diplomă de școală
opt-barrier-no-vocational = Nu am o meserie recunoscută aici
opt-barrier-career-unsure = Nu știu ce muncă mi se potrivește
opt-barrier-authorities = Mi-e greu cu scrisori și instituții
opt-barrier-debts = Am datorii
opt-barrier-lonely = Mă simt adesea singur/ă
opt-barrier-none = Nimic din acestea
