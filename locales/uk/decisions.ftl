# Ankommen – messages after the service point's decision. Ukrainian.
# NOTE: translated from the German source; a native speaker should review this file.

decision-admitted = Гарна новина: Вашими питаннями займеться { $organisation }. Фахівець зв’яжеться з Вами протягом тижня.
decision-referred = З Вашими питаннями Вам найкраще допоможе { $organisation }. Ми передали туди Ваше звернення, як Ви дозволили. Ви також можете звернутися туди самі: { $contact }
decision-waitlisted = Зараз усі місця зайняті. Ми внесли Вас до нашого списку очікування і напишемо Вам приблизно через три місяці. Якщо до того часу допомога знадобиться терміново, будь ласка, зателефонуйте: { $sp_phone }
decision-waitlist-recontact = Ви досі в нашому списку очікування. Вам ще потрібна підтримка?
button-waitlist-still = Так, досі потрібна
button-waitlist-no-longer = Ні, вже не потрібна
decision-declined = На жаль, ми не можемо запропонувати Вам тривалий супровід. Консультацію Ви можете отримати тут: { $counselling_contact }
