# Ankommen – the welcome letter with the personal code (post). English.
# NOTE: translated from the German source; a native speaker should review this file.
# Variables: $names (names of the adults in the household), $municipality, $service_point, $sp_address,
# $sp_phone, $sp_hours.

letter-subject = Welcome to { $municipality }: counselling for newcomers
letter-greeting = Dear { $names },
letter-intro = Welcome to { $municipality }! The { $service_point } offers you counselling that is free of charge, voluntary and confidential – for questions about childcare, education, money, health, leisure, language and work.
letter-offer-letter = You can write to us in the chat, in your language. Just scan the code with your phone's camera or open the link. The chat will ask you a few questions and offer you an appointment.
letter-offer-home-visit = We would like to visit you at home and take the time to explain everything to you. One of us will contact you to arrange an appointment. You can also write to us in the chat before then, in your language: just scan the code or open the link.
letter-offer-counselling = If you have questions, you can write to us in the chat, in your language. Just scan the code with your phone's camera or open the link. We will advise you or tell you where to find the right help.
letter-scan = Scan the code or open the link (Telegram):
letter-code-note = The code contains no personal data. It only shows us that you are contacting us because of this letter.
letter-voluntary = This offer is voluntary. If you do not use it, this will not be a disadvantage for you in any way.
letter-contact = You can also reach us in person: { $sp_address }, phone { $sp_phone }, { $sp_hours }.
letter-closing = Kind regards,
letter-signature = Your team at the { $service_point }
