# Ankommen – prima discuție (varianta scurtă). Română.
# NOTE: machine-assisted translation from the German source; a native speaker should review this file.
# Variabile din profilul localității: $municipality, $service_point, $sp_address, $sp_phone,
# $sp_email, $sp_hours, $crisis_phone.

pick-language = Vă rugăm să alegeți limba.

welcome-offer =
    Bine ați venit în { $municipality }!
    { $service_point } vă oferă consiliere. Consilierea este gratuită, voluntară și confidențială.
    Vă ajutăm cu întrebări despre îngrijirea copiilor, educație, bani, sănătate, timp liber, limbă și muncă.
    Adresă: { $sp_address } · Telefon: { $sp_phone }

consent-notice =
    Ca să vă putem oferi consiliere, salvăm răspunsurile pe care le dați în acest chat.
    De ce: ca să vă oferim consilierea potrivită.
    Cine le vede: doar specialiștii de la centrul de consiliere care se ocupă de cazul dumneavoastră.
    Cât timp: doar cât durează consilierea.
    Drepturile dumneavoastră: puteți întreba oricând ce am salvat și puteți cere să ștergem totul.
    Dacă nu sunteți de acord, nu salvăm nimic. Veți primi totuși informații.
    Sunteți de acord?
button-consent-yes = Da, sunt de acord
button-consent-no = Nu, mai bine nu

declined-info =
    Este în regulă. Nu am salvat nimic despre dumneavoastră.
    Puteți veni oricând la noi, fără programare:
    { $service_point }, { $sp_address }
    Program: { $sp_hours } · Telefon: { $sp_phone }
    Dacă sunteți într-o criză gravă, puteți suna gratuit, zi și noapte, la linia de sprijin sufletesc (Telefonseelsorge): { $crisis_phone }
    Dacă mai târziu doriți totuși consiliere, scrieți pur și simplu /start.

q-household-size = Câte persoane locuiesc în gospodăria dumneavoastră, inclusiv dumneavoastră? Vă rugăm să scrieți un număr.
label-household-size = Persoane în gospodărie

q-arrival = De când sunteți în Germania? Vă rugăm să scrieți luna și anul, de exemplu 03/2024. Întrebăm pentru că unele servicii sunt doar pentru primii ani.
label-arrival = În Germania din

q-german-level = Cât de bine vorbiți germana?
label-german-level = Cunoștințe de germană
opt-german-none = Încă deloc
opt-german-a1 = Puțin (A1)
opt-german-a2 = Conversații simple (A2)
opt-german-b1 = Bine, în viața zilnică (B1)
opt-german-b2plus = Foarte bine (B2 sau mai bine)

info-interpreter = Nicio problemă: la întâlnire putem aduce un interpret sau o interpretă.

q-topics = Cu ce ați dori să vă ajutăm? Puteți apăsa pe mai multe teme și apoi pe „Gata”.
label-topics = Teme
topic-childcare = Îngrijirea copiilor
topic-education = Școală și educație
topic-work = Muncă și formare profesională
topic-language = Curs de germană
topic-finances = Bani și datorii
topic-health = Sănătate
topic-housing = Locuință
topic-residence = Drept de ședere și acte
topic-authorities = Scrisori și instituții
topic-leisure = Timp liber și contacte
topic-other = Altceva

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
