# Ankommen – teksty o własnym urządzeniu: dane pokazujemy dopiero po pytaniu; zapamiętanie lub zakończenie czatu w przeglądarce.
# NOTE: written from the German source for this release; a native speaker should review this file.

mydata-confirm = Za chwilę pokażemy wszystko, co zapisaliśmy. Czy to własne urządzenie i nikt inny nie czyta razem?
button-mydata-yes = Tak, pokaż
button-mydata-no = Nie, nie teraz
mydata-not-shown = Dobrze, niczego nie pokazujemy. Wystarczy napisać /mydata, gdy nikt inny nie patrzy na ekran.
webchat-remember = Zapamiętaj ten czat na tym urządzeniu
webchat-end = Zakończ czat na tym urządzeniu
webchat-ended = Czat na tym urządzeniu został zakończony: kolejna osoba korzystająca z urządzenia go nie zobaczy. Pytania o dane? Prosimy zadzwonić: { $sp_phone }
webchat-busy = Z tego połączenia rozpoczyna się teraz bardzo wiele czatów. Prosimy spróbować ponownie za kilka minut.
