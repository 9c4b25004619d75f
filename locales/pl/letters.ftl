# Ankommen – the welcome letter with the personal code (post). Polish.
# NOTE: translated from the German source; a native speaker should review this file.
# Variables: $names (names of the adults in the household), $municipality, $service_point, $sp_address,
# $sp_phone, $sp_hours. As in the other Polish files: no Pan/Pani, impersonal forms; the German names
# are inserted undeclined, in the nominative ("w mieście …", "Zespół …").

letter-subject = Witamy w mieście { $municipality }: doradztwo dla osób nowo przybyłych
letter-greeting = Dzień dobry, { $names },
letter-intro = Serdecznie witamy w mieście { $municipality }! { $service_point } oferuje bezpłatne, dobrowolne i poufne doradztwo – w sprawach opieki nad dziećmi, edukacji, finansów, zdrowia, czasu wolnego, języka i pracy.
letter-offer-letter = Można do nas napisać na czacie, we własnym języku. Wystarczy zeskanować kod aparatem w telefonie albo otworzyć link. Czat zada kilka pytań i zaproponuje termin spotkania.
letter-offer-home-visit = Chętnie przyjdziemy z wizytą do domu i spokojnie wszystko wyjaśnimy. Ktoś z naszego zespołu odezwie się, aby umówić termin wizyty. Już wcześniej można też napisać do nas na czacie, we własnym języku: wystarczy zeskanować kod albo otworzyć link.
letter-offer-counselling = W razie pytań można do nas napisać na czacie, we własnym języku. Wystarczy zeskanować kod aparatem w telefonie albo otworzyć link. Udzielimy porady albo wskażemy właściwe miejsce pomocy.
letter-scan = Kod do zeskanowania lub link (Telegram):
letter-code-note = Kod nie zawiera żadnych danych osobowych. Pokazuje nam tylko, że wiadomość przyszła dzięki temu listowi.
letter-voluntary = Oferta jest dobrowolna. Można z niej nie korzystać – nie będzie to miało żadnych negatywnych skutków.
letter-contact = Można też skontaktować się z nami osobiście: { $sp_address }, telefon { $sp_phone }, { $sp_hours }.
letter-closing = Serdecznie pozdrawiamy
letter-signature = Zespół { $service_point }
