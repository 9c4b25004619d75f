# Ankommen – messages caseworkers send from a template. Polish.
# NOTE: translated from the German source; a native speaker should review this file.

template-please-call = Prosimy o kontakt z nami – chcielibyśmy o czymś porozmawiać. Telefon: { $phone }
template-bring-documents = Na spotkanie prosimy zabrać: dokument tożsamości lub dokumenty pobytowe oraz otrzymane pisma z urzędów.
template-still-need = Od dłuższego czasu nie mieliśmy kontaktu. Czy wsparcie jest jeszcze potrzebne? Można do nas napisać tutaj.
template-goal-check = Doradca lub doradczyni chętnie dowie się, jak idzie realizacja celów. Można krótko napisać tutaj albo zadzwonić: { $phone }

## Na zakończenie (dobrowolna informacja zwrotna)
followup-evaluation = Nasze wsparcie dobiegło końca. Dziękujemy za zaufanie! Chętnie dowiemy się, czy było pomocne. Odpowiedź jest dobrowolna.
button-eval-good = Tak, pomogło
button-eval-partly = Częściowo
button-eval-not = Raczej nie
