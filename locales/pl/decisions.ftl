# Ankommen – messages after the service point's decision. Polish.
# NOTE: translated from the German source; a native speaker should review this file.

decision-admitted = Dobra wiadomość: { $organisation } zajmie się zgłoszonymi sprawami. Doradca lub doradczyni odezwie się w ciągu tygodnia.
decision-referred = Właściwym miejscem pomocy w zgłoszonych sprawach jest { $organisation }. Zgodnie z udzieloną zgodą przekazaliśmy tam zgłoszenie. Można też zgłosić się tam samodzielnie: { $contact }
decision-waitlisted = W tej chwili wszystkie miejsca są zajęte. Zgłoszenie jest na naszej liście oczekujących – napiszemy ponownie za mniej więcej trzy miesiące. Jeśli wcześniej sprawa stanie się pilna, prosimy zadzwonić: { $sp_phone }
decision-waitlist-recontact = Zgłoszenie nadal jest na naszej liście oczekujących. Czy wsparcie jest jeszcze potrzebne?
button-waitlist-still = Tak, nadal
button-waitlist-no-longer = Nie, już nie
decision-declined = Niestety nie możemy zaproponować dłuższego wsparcia. Z doradztwa można skorzystać tutaj: { $counselling_contact }
