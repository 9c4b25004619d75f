# Ankommen – the welcome letter with the personal code (post). Bulgarian.
# NOTE: translated from the German source; a native speaker should review this file.
# Variables: $names (names of the adults in the household), $municipality, $service_point, $sp_address,
# $sp_phone, $sp_hours. "Вие" capitalised; "в { $municipality }" as in the other Bulgarian files.

letter-subject = Добре дошли в { $municipality }: консултации за новопристигнали
letter-greeting = Здравейте, { $names },
letter-intro = Сърдечно добре дошли в { $municipality }! { $service_point } Ви предлага безплатни, доброволни и поверителни консултации – по въпроси за грижата за деца, образованието, парите, здравето, свободното време, езика и работата.
letter-offer-letter = Можете да ни пишете в чата, на Вашия език. За целта сканирайте кода с камерата на телефона си или отворете линка. Чатът ще Ви зададе няколко въпроса и ще Ви предложи среща.
letter-offer-home-visit = Бихме искали да Ви посетим у дома и спокойно да Ви обясним всичко. Някой от нас ще се свърже с Вас, за да уговорим среща. Можете да ни пишете и преди това в чата, на Вашия език: сканирайте кода или отворете линка.
letter-offer-counselling = Ако имате въпроси, можете да ни пишете в чата, на Вашия език. За целта сканирайте кода с камерата на телефона си или отворете линка. Ще Ви консултираме или ще Ви кажем към коя служба да се обърнете.
letter-scan = Сканирайте кода или отворете линка (Telegram):
letter-code-note = Кодът не съдържа лични данни. Той само ни показва, че се свързвате с нас чрез това писмо.
letter-voluntary = Предложението е доброволно. Ако не се възползвате от него, това няма да Ви навреди по никакъв начин.
letter-contact = Можете да се свържете с нас и лично: { $sp_address }, телефон { $sp_phone }, { $sp_hours }.
letter-closing = С най-добри пожелания,
letter-signature = Екипът на { $service_point }
