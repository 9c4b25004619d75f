# Ankommen – teksty o własnym urządzeniu: dane pokazujemy dopiero po pytaniu; zapamiętanie lub zakończenie czatu w przeglądarce.
# NOTE: written from the German source for this release; a native speaker should review this file.

mydata-confirm = Za chwilę pokażemy wszystkie zapisane dane – także jako plik do pobrania. Czy to prywatne urządzenie i nikt inny nie patrzy na ekran?
button-mydata-yes = Tak, pokaż
button-mydata-no = Nie, nie teraz
mydata-not-shown = Dobrze, niczego nie pokazujemy. Wystarczy napisać /mydata, gdy nikt inny nie patrzy na ekran – albo zadzwonić: { $sp_phone }
webchat-remember = Zapamiętaj ten czat na tym urządzeniu
webchat-remember-hint = Tylko na własnym urządzeniu: wtedy nasze odpowiedzi będzie można później przeczytać tutaj.
webchat-end = Zakończ czat na tym urządzeniu
webchat-end-confirm = Na pewno zakończyć czat na tym urządzeniu? Potem nie będzie można go tu otworzyć.
webchat-ended = Czat na tym urządzeniu został zakończony: kolejna osoba korzystająca z urządzenia go nie zobaczy. Nasze odpowiedzi nie dotrą już tutaj – prosimy zadzwonić: { $sp_phone }
webchat-busy = Z tego połączenia rozpoczyna się teraz bardzo wiele czatów. Prosimy spróbować ponownie za kilka minut.
