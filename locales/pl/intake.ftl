# Ankommen – pierwsza rozmowa (zgłoszenie). Polski.
# NOTE: machine-assisted translation from the German source; a native speaker should review this file.
# Zmienne z profilu gminy: $municipality, $service_point, $sp_address, $sp_phone,
# $sp_email, $sp_hours, $crisis_phone, $course_contact, $counselling_contact.
# W powtórzeniach (osoby w gospodarstwie domowym): $index (1 = osoba pisząca), $count.
# Nazwy ($municipality, $service_point) są niemieckie i nieodmienne: stoją w mianowniku („w mieście …”, „…: …”).

pick-language = Proszę wybrać język.

welcome-offer =
    Witamy w mieście { $municipality }!
    { $service_point } oferuje doradztwo. Jest ono bezpłatne, dobrowolne i poufne.
    Pomagamy w sprawach opieki nad dziećmi, edukacji, finansów, zdrowia, czasu wolnego, języka i pracy.
    Adres: { $sp_address } · Telefon: { $sp_phone }

## Wiek i zgoda

q-age-gate = Proszę wybrać swój wiek. Pytamy, ponieważ w przypadku osób poniżej 16 lat zgodę musi wyrazić także rodzic lub opiekun prawny.
opt-age-adult = 16 lat lub więcej
opt-age-minor = Poniżej 16 lat
info-minor =
    Dziękujemy! Przy wieku poniżej 16 lat potrzebna jest zgoda rodzica lub opiekuna prawnego.
    Czy ta osoba jest teraz obok i może czytać razem?
opt-minor-guardian = Tak, jest tutaj
opt-minor-anonymous = Nie, tylko informacje

consent-notice =
    Aby móc doradzać, zapisujemy odpowiedzi z tego czatu.
    Cel: zaproponowanie odpowiedniego doradztwa.
    Kto je widzi: tylko doradcy z poradni, którzy przydzielają tę sprawę i zajmują się nią.
    Jak długo: tylko tak długo, jak trwa doradztwo.
    Prawa: w każdej chwili można zapytać, co jest zapisane, i usunąć wszystkie dane.
    Bez zgody niczego nie zapisujemy. Informacje można otrzymać także bez zgody.
    Czy możemy zapisywać odpowiedzi?
consent-notice-guardian =
    Prosimy o przeczytanie przez rodzica lub opiekuna prawnego:
    Aby móc doradzać dziecku, zapisujemy odpowiedzi z tego czatu.
    Cel: zaproponowanie odpowiedniego doradztwa.
    Kto je widzi: tylko doradcy z poradni, którzy przydzielają tę sprawę i zajmują się nią.
    Jak długo: tylko tak długo, jak trwa doradztwo.
    Prawa: w każdej chwili można zapytać, co jest zapisane, i usunąć wszystkie dane.
    Bez zgody niczego nie zapisujemy.
    Czy rodzic lub opiekun prawny wyraża zgodę?
consent-full =
    Zgoda – szczegóły:
    Administratorem danych jest miasto { $municipality }, { $service_point }, { $sp_address }, { $sp_email }.
    Zapisujemy odpowiedzi z tego czatu, wybrany język i czas udzielenia zgody. Identyfikator czatu (w Telegramie numer użytkownika) zapisujemy tylko w formie zaszyfrowanej, żeby móc wysyłać odpowiedzi.
    Cel: doradztwo i wsparcie na początku życia w nowym miejscu (zarządzanie integracją). Zgoda jest dobrowolna; bez niej nadal można otrzymać informacje i anonimową poradę.
    Podstawą prawną jest zgoda (art. 6 ust. 1 lit. a i art. 9 ust. 2 lit. a RODO). Dane o zdrowiu są szczególnie chronione na podstawie art. 9 RODO. Zapisujemy je w formie zaszyfrowanej, podobnie jak dane o statusie pobytowym i teksty pisane własnymi słowami.
    Dane widzą tylko doradcy z poradni, którzy przydzielają tę sprawę i zajmują się nią. Obowiązuje ich tajemnica zawodowa. Innym instytucjom przekazujemy dane tylko za wyraźną zgodą.
    Po zakończeniu doradztwa dane są anonimizowane, najpóźniej 9 miesięcy po ostatnim kontakcie.
    Zgodę można w każdej chwili wycofać: /delete od razu usuwa wszystko, co zapisaliśmy. /mydata pokazuje, co jest zapisane. Historię tego czatu na własnym urządzeniu i w Telegramie można usunąć tylko samodzielnie.
    Skargi: do inspektora ochrony danych miasta lub do organu ochrony danych kraju związkowego.
button-consent-yes = Tak, zgadzam się
button-consent-no = Nie, wolę nie
button-consent-full = Pokaż pełną treść

declined-info =
    W porządku. Nic nie zapisaliśmy.
    Można do nas przyjść w każdej chwili, bez umawiania wizyty:
    { $service_point }, { $sp_address }
    Godziny otwarcia: { $sp_hours } · Telefon: { $sp_phone }
    Kursy języka niemieckiego: { $course_contact }
    Doradztwo dla dorosłych: { $counselling_contact }
    W nagłym kryzysie: telefon zaufania, bezpłatnie, całą dobę: { $crisis_phone } · Numer alarmowy: 112
    Aby później jednak skorzystać z doradztwa, wystarczy napisać /start.

q-sharing =
    Czasem pomaga, gdy możemy porozmawiać z innymi instytucjami. Jest to dobrowolne.
    Proszę zaznaczyć tylko te instytucje, które mogą otrzymać odpowiedzi z tej rozmowy, aby móc udzielić porady. Jeśli nic nie zostanie zaznaczone, niczego nie przekazujemy. Można to zmienić w każdej chwili poleceniem /consent.
label-sharing = Zgoda na przekazanie do
recipient-jobcentre = Jobcenter (urząd pracy)
recipient-foreigners-office = Urząd ds. cudzoziemców
recipient-jmd = Młodzieżowa służba migracyjna
recipient-mbe = Poradnia migracyjna (dorośli)
recipient-refugee-counselling = Poradnia dla uchodźców
recipient-line = • { $name }: { $kind }

## Kryzys

q-crisis = Czy jest teraz jakaś nagła, poważna sytuacja – na przykład zagrożenie, brak miejsca do spania tej nocy albo bardzo silny kryzys psychiczny?
label-crisis = Nagła sytuacja kryzysowa
opt-crisis-acute = Tak, potrzebuję pomocy teraz
opt-crisis-none = Nie
info-crisis =
    Dziękujemy za tę informację. Tutaj można od razu otrzymać pomoc:
    Numer alarmowy (zagrożenie, obrażenia): 112 · Policja: 110
    Telefon zaufania, bezpłatnie, całą dobę: { $crisis_phone }
    { $service_point }: { $sp_phone } ({ $sp_hours })
    Traktujemy tę wiadomość jako pilną i odezwiemy się tak szybko, jak to możliwe.

## Gospodarstwo domowe

q-household-size = Ile osób mieszka w gospodarstwie domowym, licząc także siebie? Proszę wpisać liczbę.
label-household-size = Osoby w gospodarstwie domowym
info-members = Teraz kilka krótkich pytań o każdą osobę w gospodarstwie domowym – najpierw o siebie. Dzięki temu znajdziemy oferty odpowiednie dla wszystkich.
label-member =
    { $index ->
        [0] Osoby w gospodarstwie domowym (dane)
        [1] Ja
       *[other] Osoba { $index }
    }
q-member-age =
    { $index ->
        [1] Proszę podać swój wiek. Wystarczy wpisać liczbę lat.
       *[other] Osoba { $index }: ile lat ma ta osoba? Proszę wpisać liczbę.
    }
label-member-age = Wiek
q-member-gender =
    { $index ->
        [1] Proszę wybrać swoją płeć.
       *[other] Osoba { $index }: jakiej płci jest ta osoba?
    }
label-member-gender = Płeć
opt-gender-female = Żeńska
opt-gender-male = Męska
opt-gender-diverse = Inna
opt-gender-not-stated = Wolę nie podawać
q-member-relation = Osoba { $index }: jakie jest pokrewieństwo lub relacja z tą osobą?
label-member-relation = Relacja
opt-relation-partner = Mąż, żona, partner(ka)
opt-relation-child = Dziecko
opt-relation-parent = Matka lub ojciec
opt-relation-sibling = Brat lub siostra
opt-relation-other-relative = Inna osoba z rodziny
opt-relation-other = Inna osoba
q-member-nationality =
    { $index ->
        [1] Proszę wybrać swoje obywatelstwo.
       *[other] Osoba { $index }: jakie obywatelstwo ma ta osoba?
    }
label-member-nationality = Obywatelstwo
country-syria = Syria
country-afghanistan = Afganistan
country-iraq = Irak
country-iran = Iran
country-turkey = Turcja
country-ukraine = Ukraina
country-romania = Rumunia
country-bulgaria = Bułgaria
country-poland = Polska
country-russia = Rosja
country-eritrea = Erytrea
country-other = Inny kraj
q-member-residence =
    { $index ->
        [1] Proszę wybrać swój status pobytowy. To pomoże nam znaleźć właściwe miejsce pomocy. Można pominąć to pytanie.
       *[other] Osoba { $index }: jaki status pobytowy ma ta osoba? Można pominąć to pytanie.
    }
label-member-residence = Status pobytowy
opt-residence-asylum-pending = Trwa procedura azylowa
opt-residence-duldung = Duldung (pobyt tolerowany)
opt-residence-permit = Zezwolenie na pobyt
opt-residence-eu = Obywatel(ka) UE
opt-residence-other = Coś innego
opt-residence-unknown = Nie wiem

## Przyjazd i język

q-arrival = Od kiedy trwa pobyt w Niemczech? Proszę wpisać miesiąc i rok, na przykład 03/2024. Pytamy, ponieważ niektóre oferty są dostępne tylko w pierwszych latach pobytu.
label-arrival = W Niemczech od
q-arrival-town = Od kiedy trwa pobyt w mieście { $municipality }? Proszę podać miesiąc i rok, na przykład 05/2024.
label-arrival-town = W mieście { $municipality } od
q-family-languages = Jakimi językami mówi się w rodzinie? Można wybrać kilka, a potem nacisnąć „Gotowe”.
label-family-languages = Języki w rodzinie
lang-arabic = Arabski
lang-dari-farsi = Dari / farsi
lang-kurdish = Kurdyjski
lang-pashto = Paszto
lang-tigrinya = Tigrinia
lang-turkish = Turecki
lang-ukrainian = Ukraiński
lang-russian = Rosyjski
lang-romanian = Rumuński
lang-bulgarian = Bułgarski
lang-polish = Polski
lang-french = Francuski
lang-english = Angielski
lang-other = Inny język
q-german-level = Jak wygląda znajomość języka niemieckiego?
label-german-level = Znajomość niemieckiego
opt-german-none = Jeszcze żadna
opt-german-a1 = Trochę (A1)
opt-german-a2 = Proste rozmowy (A2)
opt-german-b1 = Dobrze na co dzień (B1)
opt-german-b2plus = Bardzo dobrze (B2 lub lepiej)
q-interpreter = Czy na spotkaniu potrzebny jest tłumacz lub tłumaczka? Jest to bezpłatne.
label-interpreter = Tłumaczenie
opt-interpreter-needed = Tak, poproszę
opt-interpreter-not-needed = Nie, nie trzeba
q-interpreter-language = Na jaki język tłumaczyć?
label-interpreter-language = Tłumaczenie na

## Mieszkanie, zdrowie, rodzina

q-housing = Jak wygląda obecnie sytuacja mieszkaniowa?
label-housing = Mieszkanie
opt-housing-own-flat = Własne mieszkanie
opt-housing-shelter = Zakwaterowanie od miasta
opt-housing-with-others = U rodziny lub znajomych
opt-housing-none = Nie mam mieszkania
opt-housing-other = Inaczej
q-housing-adequate = Czy mieszkanie jest odpowiednie dla wszystkich, którzy w nim mieszkają (ilość miejsca, stan)?
label-housing-adequate = Mieszkanie odpowiednie
opt-housing-adequate = Tak, jest odpowiednie
opt-housing-not-adequate = Nie, nie jest odpowiednie
q-health = Czy ktoś w gospodarstwie domowym ma ograniczenia zdrowotne, fizyczne lub psychiczne? Nie trzeba odpowiadać na to pytanie. Pomaga nam ono tylko znaleźć odpowiednią pomoc.
label-health = Ograniczenia zdrowotne
opt-health-none = Nie
opt-health-physical = Tak, fizyczne
opt-health-psychological = Tak, psychiczne
opt-health-both = Tak, jedno i drugie
opt-health-prefer-not = Wolę nie mówić
q-children-needs = Czego potrzeba dla dzieci w gospodarstwie domowym? Można wybrać kilka odpowiedzi, a potem nacisnąć „Gotowe”.
label-children-needs = Potrzeby dzieci
opt-children-daycare = Miejsce w żłobku/przedszkolu
opt-children-school-place = Miejsce w szkole
opt-children-school-support = Pomoc w szkole
opt-children-other = Coś innego
opt-children-none = Nic z tych rzeczy
q-reunification = Czy planowane jest sprowadzenie członków rodziny (łączenie rodzin)? Można pominąć to pytanie.
label-reunification = Łączenie rodzin
opt-reunification-planned = Tak, planowane
opt-reunification-in-progress = Tak, już w toku
opt-reunification-no = Nie

## Praca i wsparcie

q-work = Praca i nauka zawodu: co pasuje? Można wybrać kilka odpowiedzi, a potem nacisnąć „Gotowe”.
label-work = Praca i nauka zawodu
opt-work-working = Pracuję
opt-work-looking = Szukam pracy
opt-work-training = Uczę się zawodu
opt-work-school-study = Szkoła lub studia
opt-work-german-course = Chodzę na kurs niemieckiego
opt-work-experience-abroad = Zawód wykonywany w ojczyźnie
opt-work-none = Nic z tych rzeczy
q-agencies = Z jakimi urzędami lub instytucjami jest już kontakt? Można wybrać kilka odpowiedzi, a potem nacisnąć „Gotowe”.
label-agencies = Zaangażowane instytucje
agency-jobcentre = Jobcenter (urząd pracy)
agency-social-office = Urząd socjalny (Sozialamt)
agency-foreigners-office = Urząd ds. cudzoziemców
agency-youth-office = Jugendamt (urząd młodzieży)
agency-mbe = Poradnia migracyjna
agency-jmd = Młodzieżowa służba migracyjna
agency-refugee-counselling = Poradnictwo dla uchodźców
agency-volunteers = Wolontariusze
agency-none = Jeszcze żadne
q-counsellor = Czy już teraz pomaga jakiś doradca lub doradczyni?
label-counsellor = Doradztwo już trwa
opt-counsellor-yes = Tak
opt-counsellor-no = Nie

q-topics = W jakich sprawach potrzebne jest wsparcie? Można wybrać kilka tematów, a potem nacisnąć „Gotowe”.
label-topics = Tematy
topic-german-course = Kurs niemieckiego
topic-work = Praca i kwalifikacje
topic-school = Szkoła i edukacja
topic-childcare = Opieka nad dziećmi
topic-housing = Mieszkanie
topic-finances = Pieniądze i długi
topic-health = Zdrowie
topic-pregnancy = Ciąża
topic-residence = Pobyt i dokumenty
topic-authorities = Pisma i urzędy
topic-legal = Sprawy prawne
topic-naturalisation = Obywatelstwo niemieckie
topic-family = Rodzina
topic-orientation = Życie codzienne i orientacja
topic-mobility = Dojazdy (autobus, pociąg)
topic-literacy = Nauka czytania i pisania
topic-discrimination = Dyskryminacja
topic-belonging = Sąsiedztwo i przynależność
topic-leisure = Czas wolny i kultura
topic-other = Coś innego

q-remarks = Czy jest jeszcze coś ważnego do przekazania? Można to napisać własnymi słowami (najwyżej 1000 znaków) – albo pominąć to pytanie.
label-remarks = Coś jeszcze

## Zakończenie

button-done = Gotowe
button-skip = Pomiń
button-submit = Wyślij
button-change = Zmień odpowiedź

summary-intro = Proszę sprawdzić podane informacje:
summary-line = • { $label }: { $value }
summary-which = Którą odpowiedź zmienić?
answer-skipped = pominięto
answer-none = nie podano

done-next-steps =
    Dziękujemy! Odpowiedzi dotarły do nas ({ $service_point }).
    Doradca odezwie się tutaj, na czacie, w ciągu tygodnia.
    Pytania? Telefon: { $sp_phone }
answer-nobody = nikt

## Co sprawia trudności (do oceny sytuacji, dobrowolnie)
q-barriers = Co obecnie sprawia trudności? Pomoże nam to znaleźć odpowiednie wsparcie. Można wybrać kilka odpowiedzi, a potem nacisnąć „Gotowe”. Można też pominąć to pytanie.
label-barriers = Co sprawia trudności
opt-barrier-no-school = Nie mam świadectwa szkolnego
opt-barrier-no-vocational = Nie mam tu uznanego zawodu
opt-barrier-career-unsure = Nie wiem, jaka praca mi pasuje
opt-barrier-authorities = Pisma i urzędy są dla mnie trudne
opt-barrier-debts = Mam długi
opt-barrier-lonely = Często czuję się samotnie
opt-barrier-none = Nic z tych rzeczy
