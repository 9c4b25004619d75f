# Ankommen – първи разговор (прием). Български.
# NOTE: machine-assisted translation from the German source; a native speaker should review this file.
# Променливи от профила на общината: $municipality, $service_point, $sp_address, $sp_phone,
# $sp_email, $sp_hours, $crisis_phone, $course_contact, $counselling_contact.
# При повторения (хора в домакинството): $index (1 = самият човек), $count.

pick-language = Моля, изберете своя език.

welcome-offer =
    Добре дошли в { $municipality }!
    { $service_point } Ви предлага консултации. Консултирането е безплатно, доброволно и поверително.
    Помагаме по въпроси за грижата за деца, образованието, парите, здравето, свободното време, езика и работата.
    Адрес: { $sp_address } · Телефон: { $sp_phone }

## Възраст и съгласие

q-age-gate = На 16 или повече години ли сте? Питаме, защото при по-малките трябва да се съгласи и родител или настойник.
opt-age-adult = Да, на 16 или повече
opt-age-minor = Не, под 16 години
info-minor =
    Благодарим Ви! Тъй като сте под 16 години, трябва да се съгласи родител или Вашият настойник.
    При Вас ли е сега този човек и може ли да чете заедно с Вас?
opt-minor-guardian = Да, тук е
opt-minor-anonymous = Не, само информация

consent-notice =
    За да можем да Ви консултираме, запазваме отговорите Ви от този чат.
    За какво: за да Ви предложим подходящата консултация.
    Кой ги вижда: само специалистите от консултантската служба, които работят по Вашия случай.
    Колко дълго: само докато трае консултирането.
    Вашите права: можете по всяко време да попитате какво е запазено и да поискате всичко да бъде изтрито.
    Ако не дадете съгласие, не запазваме нищо. Въпреки това ще получите информация.
    Давате ли съгласието си?
consent-notice-guardian =
    Моля, прочетете това като родител или настойник:
    За да можем да консултираме Вашето дете, запазваме отговорите от този чат.
    За какво: за да предложим подходящата консултация.
    Кой ги вижда: само специалистите от консултантската служба, които работят по случая.
    Колко дълго: само докато трае консултирането.
    Вашите права: можете по всяко време да попитате какво е запазено и да поискате всичко да бъде изтрито.
    Ако не дадете съгласие, не запазваме нищо.
    Давате ли съгласието си като родител или настойник?
consent-full =
    Съгласието в подробности:
    Отговорен за данните е град { $municipality }, { $service_point }, { $sp_address }, { $sp_email }.
    Запазваме отговорите Ви от този чат, езика Ви и времето, в което сте дали съгласие. Вашия номер в Telegram запазваме само в криптиран вид.
    Цел: консултиране и подкрепа при устройването в новото място (управление на интеграцията). Съгласието е доброволно; и без него получавате информация и анонимна консултация.
    Данните за здравето и за пребиваването, както и текстовете, които пишете със свои думи, са особено защитени и се съхраняват криптирани.
    Специалистите са длъжни да пазят професионална тайна. Предаваме данни на други служби само ако изрично ни разрешите.
    След края на консултирането данните се анонимизират, най-късно 9 месеца след последния контакт.
    Можете да оттеглите съгласието си по всяко време: /delete изтрива веднага всичко. /mydata показва какво е запазено.
    Жалби: до длъжностното лице по защита на данните на града или до органа по защита на данните на федералната провинция.
button-consent-yes = Да, давам съгласие
button-consent-no = Не, по-добре не
button-consent-full = Искам да прочета всичко

declined-info =
    Това е напълно наред. Не сме запазили нищо за Вас.
    Можете да дойдете при нас по всяко време, без уговорен час:
    { $service_point }, { $sp_address }
    Работно време: { $sp_hours } · Телефон: { $sp_phone }
    Курсове по немски език: { $course_contact }
    Консултации за възрастни: { $counselling_contact }
    При остра криза: Телефон на доверието, безплатно, денем и нощем: { $crisis_phone } · Спешен номер: 112
    Ако по-късно все пак искате консултация, просто напишете /start.

q-sharing =
    Понякога помага, ако ни разрешите да говорим с други служби. Това е доброволно.
    Докоснете само службите, които могат да получат отговорите Ви от този разговор, за да Ви консултират. Ако не докоснете нищо, не споделяме нищо. Можете да промените това по всяко време с /consent.
label-sharing = Разрешено споделяне с
recipient-jobcentre = Джобцентър (Jobcenter)
recipient-foreigners-office = Служба за чужденци
recipient-jmd = Младежка миграционна служба
recipient-mbe = Миграционни съвети (възрастни)
recipient-refugee-counselling = Консултации за бежанци
recipient-line = • { $name }: { $kind }

## Криза

q-crisis = Намирате ли се в момента в спешна ситуация – например в опасност, без място за спане тази нощ или в силна душевна криза?
label-crisis = Спешна ситуация
opt-crisis-acute = Да, имам нужда от помощ сега
opt-crisis-none = Не
info-crisis =
    Благодарим Ви, че ни казахте. Тук можете да получите помощ веднага:
    Спешен номер (опасност, нараняване): 112 · Полиция: 110
    Телефон на доверието, безплатно, денем и нощем: { $crisis_phone }
    { $service_point }: { $sp_phone } ({ $sp_hours })
    Приемаме съобщението Ви като спешно и ще се свържем с Вас възможно най-скоро.

## Домакинство

q-household-size = Колко души живеят във Вашето домакинство, включително Вие? Моля, напишете число.
label-household-size = Хора в домакинството
info-members = Сега няколко кратки въпроса за всеки човек в домакинството – първо за Вас. Така ще намерим предложения, подходящи за всички.
label-member =
    { $index ->
        [0] Хора в домакинството (данни)
        [1] Вие
       *[other] Лице { $index }
    }
q-member-age =
    { $index ->
        [1] На колко години сте? Моля, напишете число.
       *[other] Лице { $index }: На колко години е този човек? Моля, напишете число.
    }
label-member-age = Възраст
q-member-gender =
    { $index ->
        [1] Какъв е Вашият пол?
       *[other] Лице { $index }: Какъв е полът на този човек?
    }
label-member-gender = Пол
opt-gender-female = Женски
opt-gender-male = Мъжки
opt-gender-diverse = Друг (divers)
opt-gender-not-stated = Предпочитам да не казвам
q-member-relation = Лице { $index }: В каква връзка е този човек с Вас?
label-member-relation = Връзка
opt-relation-partner = Съпруг(а) или партньор(ка)
opt-relation-child = Дете
opt-relation-parent = Майка или баща
opt-relation-sibling = Брат или сестра
opt-relation-other-relative = Друг роднина
opt-relation-other = Друг човек
q-member-nationality =
    { $index ->
        [1] Какво е Вашето гражданство?
       *[other] Лице { $index }: Какво е гражданството на този човек?
    }
label-member-nationality = Гражданство
country-syria = Сирия
country-afghanistan = Афганистан
country-iraq = Ирак
country-iran = Иран
country-turkey = Турция
country-ukraine = Украйна
country-romania = Румъния
country-bulgaria = България
country-poland = Полша
country-russia = Русия
country-eritrea = Еритрея
country-other = Друга държава
q-member-residence =
    { $index ->
        [1] Какъв е Вашият статут на пребиваване? Това ни помага да намерим правилната служба. Можете да пропуснете въпроса.
       *[other] Лице { $index }: Какъв е статутът на пребиваване на този човек? Можете да пропуснете въпроса.
    }
label-member-residence = Статут на пребиваване
opt-residence-asylum-pending = Тече процедура за убежище
opt-residence-duldung = Толериран престой (Duldung)
opt-residence-permit = Разрешение за пребиваване
opt-residence-eu = Гражданин/ка на ЕС
opt-residence-other = Нещо друго
opt-residence-unknown = Не знам

## Пристигане и език

q-arrival = От кога сте в Германия? Моля, напишете месец и година, например 03/2024. Питаме, защото някои предложения важат само през първите години.
label-arrival = В Германия от
q-arrival-town = От кога живеете в { $municipality }? Моля, напишете месец и година, например 05/2024.
label-arrival-town = В { $municipality } от
q-family-languages = На какви езици говорите в семейството? Можете да докоснете няколко и след това да изберете „Готово“.
label-family-languages = Езици в семейството
lang-arabic = Арабски
lang-dari-farsi = Дари / фарси
lang-kurdish = Кюрдски
lang-pashto = Пущу
lang-tigrinya = Тигриня
lang-turkish = Турски
lang-ukrainian = Украински
lang-russian = Руски
lang-romanian = Румънски
lang-bulgarian = Български
lang-polish = Полски
lang-french = Френски
lang-english = Английски
lang-other = Друг език
q-german-level = Колко добре говорите немски?
label-german-level = Немски език
opt-german-none = Все още не говоря
opt-german-a1 = Малко (A1)
opt-german-a2 = Прости разговори (A2)
opt-german-b1 = Добре в ежедневието (B1)
opt-german-b2plus = Много добре (B2 или повече)
q-interpreter = Искате ли на срещата да има преводач? Това е безплатно.
label-interpreter = Преводач
opt-interpreter-needed = Да, моля
opt-interpreter-not-needed = Не, не е нужно
q-interpreter-language = На кой език да се превежда?
label-interpreter-language = Превод на

## Жилище, здраве, семейство

q-housing = Къде живеете в момента?
label-housing = Жилище
opt-housing-own-flat = Самостоятелно жилище
opt-housing-shelter = Настаняване от общината
opt-housing-with-others = При семейство или приятели
opt-housing-none = Нямам жилище
opt-housing-other = Друго
q-housing-adequate = Подходящо ли е жилището за Вас и семейството Ви (място, състояние)?
label-housing-adequate = Подходящо жилище
opt-housing-adequate = Да, подходящо е
opt-housing-not-adequate = Не, не е подходящо
q-health = Има ли във Вашето домакинство здравословни ограничения – физически или психически? Не е задължително да отговаряте. Това само ни помага да намерим подходяща помощ.
label-health = Здравословни ограничения
opt-health-none = Не
opt-health-physical = Да, физически
opt-health-psychological = Да, психически
opt-health-both = Да, и двете
opt-health-prefer-not = Предпочитам да не казвам
q-children-needs = За децата във Вашето домакинство: от какво имате нужда? Възможни са няколко отговора, след това „Готово“.
label-children-needs = Нужди на децата
opt-children-daycare = Място в ясла или градина
opt-children-school-place = Място в училище
opt-children-school-support = Помощ в училище
opt-children-other = Нещо друго
opt-children-none = Нищо от изброеното
q-reunification = Планирате ли членове на семейството Ви да дойдат при Вас (събиране на семейството)? Можете да пропуснете въпроса.
label-reunification = Събиране на семейството
opt-reunification-planned = Да, планирано е
opt-reunification-in-progress = Да, вече е в процес
opt-reunification-no = Не

## Работа и подкрепа

q-work = Работа и професионално обучение: кое се отнася за Вас? Възможни са няколко отговора, след това „Готово“.
label-work = Работа и обучение
opt-work-working = Работя
opt-work-looking = Търся работа
opt-work-training = Уча професия (Ausbildung)
opt-work-school-study = Училище или университет
opt-work-german-course = Посещавам курс по немски
opt-work-experience-abroad = Професионален опит от родината
opt-work-none = Нищо от изброеното
q-agencies = С кои служби вече имате връзка? Възможни са няколко отговора, след това „Готово“.
label-agencies = Служби, с които има връзка
agency-jobcentre = Джобцентър (Jobcenter)
agency-social-office = Социална служба (Sozialamt)
agency-foreigners-office = Служба за чужденци
agency-youth-office = Служба за младежта (Jugendamt)
agency-mbe = Миграционни консултации
agency-jmd = Младежка миграционна служба
agency-refugee-counselling = Консултации за бежанци
agency-volunteers = Доброволци
agency-none = Все още никоя
q-counsellor = Имате ли вече консултант, който Ви подкрепя?
label-counsellor = Вече има консултант
opt-counsellor-yes = Да
opt-counsellor-no = Не

q-topics = За какво бихте искали подкрепа? Можете да докоснете няколко теми и след това да изберете „Готово“.
label-topics = Теми
topic-german-course = Курс по немски
topic-work = Работа и квалификация
topic-school = Училище и образование
topic-childcare = Грижа за децата
topic-housing = Жилище
topic-finances = Пари и дългове
topic-health = Здраве
topic-pregnancy = Бременност
topic-residence = Пребиваване и документи
topic-authorities = Писма и институции
topic-legal = Правни въпроси
topic-naturalisation = Германско гражданство
topic-family = Семейство
topic-orientation = Ежедневие и ориентация
topic-mobility = Транспорт (автобус, влак)
topic-literacy = Да се науча да чета и пиша
topic-discrimination = Дискриминация
topic-belonging = Съседство и принадлежност
topic-leisure = Свободно време и култура
topic-other = Нещо друго

q-remarks = Искате ли да ни кажете още нещо? Напишете го със свои думи (най-много 1000 знака) – или пропуснете въпроса.
label-remarks = Още нещо

## Край

button-done = Готово
button-skip = Пропускане
button-submit = Изпращане
button-change = Промяна на отговор

summary-intro = Моля, проверете отговорите си:
summary-line = • { $label }: { $value }
summary-which = Кой отговор искате да промените?
answer-skipped = пропуснато
answer-none = не е посочено

done-next-steps =
    Много благодарим! Вашите отговори пристигнаха в { $service_point }.
    Специалист ще се свърже с Вас тук в чата до една седмица.
    Въпроси? Телефон: { $sp_phone }
answer-nobody = никой

## Какво Ви затруднява (за оценката, доброволно)
q-barriers = Какво Ви затруднява в момента? Това ни помага да намерим подходящата подкрепа за Вас. Възможни са няколко отговора, след това „Готово“. Можете и да пропуснете въпроса.
label-barriers = Какво затруднява
opt-barrier-no-school = Нямам завършено училище
opt-barrier-no-vocational = Нямам призната тук професия
opt-barrier-career-unsure = Не знам каква работа ми подхожда
opt-barrier-authorities = Трудно ми е с писма и институции
opt-barrier-debts = Имам дългове
opt-barrier-lonely = Често се чувствам сам(а)
opt-barrier-none = Нищо от изброеното
