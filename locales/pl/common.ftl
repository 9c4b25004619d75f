# Ankommen – wspólne teksty (polecenia, wskazówki, komunikaty o błędach). Polski.
# NOTE: machine-assisted translation from the German source; a native speaker should review this file.
# Forma grzecznościowa: konstrukcje bezosobowe („Proszę…”, „Można…”), bez „Pan/Pani” tam, gdzie się da.

help =
    Tutaj można zapisać się na bezpłatne doradztwo.
    Wystarczy nacisnąć przycisk albo wpisać odpowiedź.
    /language – zmiana języka
    /restart – rozpoczęcie od nowa
    /help – ta pomoc
    /mydata – podgląd zapisanych danych
    /delete – usunięcie wszystkich danych
    /stop – koniec wiadomości od nas
    /consent – { cmd-consent }
    /appointment – { cmd-appointment }
welcome-back = Witamy ponownie! Kontynuujemy tam, gdzie skończyliśmy.
restarted = Zaczynamy od nowa.
finished-already = Odpowiedzi już do nas dotarły. Aby zacząć od nowa, wystarczy napisać /restart.
finished-welcome-back = Witamy ponownie! Odpowiedzi są już u nas. Polecenie /restart pozwala zacząć od nowa.

error-unsupported = Niestety mogę czytać tylko tekst i przyciski. Nie zapisuję zdjęć, wiadomości głosowych ani plików.
error-stale-button = Ten przycisk należy do wcześniejszego pytania. Oto aktualne pytanie:
error-use-buttons = Proszę nacisnąć jeden z przycisków pod pytaniem.
error-pick-at-least =
    { $count ->
        [one] Proszę wybrać co najmniej jeden temat.
        [few] Proszę wybrać co najmniej { $count } tematy.
        [many] Proszę wybrać co najmniej { $count } tematów.
       *[other] Proszę wybrać co najmniej { $count } tematu.
    }
error-empty = Proszę wpisać odpowiedź.
error-too-long = Odpowiedź jest za długa (liczba znaków: { $length }). Proszę napisać krócej – najwyższa dozwolona liczba znaków to { $max }.
error-number = Proszę wpisać liczbę od { $min } do { $max }.
error-number-range = Ta liczba nie pasuje. Proszę wpisać liczbę od { $min } do { $max }.
error-date-month = Nie udało mi się odczytać daty. Proszę wpisać miesiąc i rok, na przykład 03/2024.
error-date-day = Nie udało mi się odczytać daty. Proszę wpisać dzień, miesiąc i rok, na przykład 15.03.2024.
error-date-future = Ta data jest w przyszłości. Proszę ją jeszcze raz sprawdzić.
error-date-too-early = Ta data jest sprzed roku { $year }. Proszę ją jeszcze raz sprawdzić.
error-private-only = Odpowiadam tylko na czacie prywatnym. Proszę napisać do mnie bezpośrednio.
error-internal = Przepraszamy, coś poszło nie tak po naszej stronie. Proszę wysłać ostatnią wiadomość jeszcze raz.

cmd-start = Rozpocznij
cmd-help = Pomoc
cmd-language = Zmień język
cmd-restart = Zacznij od nowa

error-too-fast = Wiadomości przychodzą bardzo szybko jedna po drugiej. Chwilę poczekam, a potem znów będę czytać.
error-edited = Niestety nie mogę uwzględnić zmienionych wiadomości. Proszę po prostu wysłać odpowiedź jeszcze raz.
stopped = W porządku: nie będziemy już wysyłać wiadomości z własnej inicjatywy. Dane pozostają zapisane tak jak dotąd; można je usunąć poleceniem /delete. Aby kontynuować, wystarczy napisać /start.
delete-confirm = Czy na pewno usunąć wszystkie dane, które zapisaliśmy? Tego nie da się cofnąć.
button-delete-yes = Tak, usuń wszystko
button-delete-no = Nie, zachowaj dane
deleted = Gotowe: wszystkie zapisane dane zostały usunięte. Jeśli później potrzebna będzie pomoc, wystarczy napisać /start.
delete-cancelled = Dobrze, nic nie zostało usunięte.
mydata-intro = Oto dane, które zapisaliśmy:
mydata-no-answers = Na razie brak odpowiedzi.
mydata-consent =
    { $kind ->
        [data_processing] Zgoda na doradztwo
       *[other] Przekazanie danych ({ $kind })
    }: { $granted ->
        [yes] zaakceptowano
       *[no] odmówiono
    } dnia { $date }
mydata-file = Wszystko razem znajduje się także w pliku.
mydata-case = W pliku jest też to, co doradcy zapisali w tej sprawie: notatki, plan i decyzje.
keyword-stop = stop, przestań, przestan, koniec
cmd-stop = Zatrzymaj wiadomości
cmd-delete = Usuń moje dane
cmd-mydata = Pokaż moje dane
progress = Pytanie { $current } z { $total }
cmd-consent = Zmień udostępnianie danych
consent-updated = Dziękujemy, wybór został zapisany. Można go zmienić w każdej chwili przez /consent.
mydata-about =
    Cel: doradztwo na początku życia w nowym miejscu.
    Kto otrzymał dane: { $recipients }.
    Jak długo: do zakończenia doradztwa, najpóźniej 9 miesięcy po ostatnim kontakcie. Potem zostaje tylko statystyka bez nazwisk.
    Prawa: poleceniem /consent można zmienić, kto otrzymuje dane. /delete usuwa wszystko. Jeśli coś się nie zgadza, prosimy dać znać: { $sp_phone }. Skargi: do inspektora ochrony danych miasta.
mydata-nobody = na razie nikt
