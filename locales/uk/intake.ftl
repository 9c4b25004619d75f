# Ankommen – перша розмова (запис і анкета). Українська.
# Ankommen – first conversation (intake). Ukrainian.
# NOTE: machine-assisted translation from the German source; a native speaker should review this file.
# Variables from the municipality profile: $municipality, $service_point, $sp_address, $sp_phone,
# $sp_email, $sp_hours, $crisis_phone, $course_contact, $counselling_contact.
# Inside repeats (household members): $index (1 = the person themself), $count.

pick-language = Будь ласка, оберіть мову.

welcome-offer =
    Ласкаво просимо до { $municipality }!
    { $service_point } пропонує Вам консультацію. Консультація безкоштовна, добровільна та конфіденційна.
    Ми допомагаємо з такими темами: догляд за дітьми, освіта, фінанси, здоров’я, дозвілля, мова та робота.
    Адреса: { $sp_address } · Телефон: { $sp_phone }

## Вік і згода

q-age-gate = Вам 16 років або більше? Ми питаємо, бо для молодших потрібна також згода одного з батьків або опікуна.
opt-age-adult = Так, 16 або більше
opt-age-minor = Ні, мені менше 16
info-minor =
    Дякуємо! Оскільки Вам менше 16 років, потрібна згода одного з батьків або Вашого опікуна.
    Ця людина зараз поруч із Вами і може читати разом із Вами?
opt-minor-guardian = Так, ця людина тут
opt-minor-anonymous = Ні, лише інформація

consent-notice =
    Щоб ми могли Вас проконсультувати, ми зберігаємо Ваші відповіді з цього чату.
    Навіщо: щоб запропонувати Вам відповідну консультацію.
    Хто їх бачить: лише фахівці консультаційної служби, які розподіляють Ваше звернення і працюють із ним.
    Як довго: лише доки триває консультація.
    Ваші права: Ви можете будь-коли запитати, що збережено, і попросити все видалити.
    Якщо Ви не погоджуєтеся, ми нічого не зберігаємо. Інформацію Ви все одно отримаєте.
    Ви згодні?
consent-notice-guardian =
    Будь ласка, прочитайте це як батько, мати або опікун:
    Щоб ми могли проконсультувати Вашу дитину, ми зберігаємо відповіді з цього чату.
    Навіщо: щоб запропонувати відповідну консультацію.
    Хто їх бачить: лише фахівці консультаційної служби, які розподіляють це звернення і працюють із ним.
    Як довго: лише доки триває консультація.
    Ваші права: Ви можете будь-коли запитати, що збережено, і попросити все видалити.
    Якщо Ви не погоджуєтеся, ми нічого не зберігаємо.
    Чи згодні Ви як батько, мати або опікун?
consent-full =
    Згода докладно:
    Відповідальний за обробку даних: місто { $municipality }, { $service_point }, { $sp_address }, { $sp_email }.
    Ми зберігаємо Ваші відповіді з цього чату, Вашу мову та час Вашої згоди. Ідентифікатор Вашого чату (у Telegram — Ваш номер користувача) ми зберігаємо лише в зашифрованому вигляді, щоб мати змогу Вам відповідати.
    Мета: консультування та супровід на початку життя на новому місці (інтеграційний менеджмент). Згода добровільна; без неї Ви все одно отримаєте інформацію та анонімну консультацію.
    Правова підстава — Ваша згода (пп. «a» п. 1 ст. 6 і пп. «a» п. 2 ст. 9 GDPR). Дані про здоров’я особливо захищені відповідно до ст. 9 GDPR. Їх, а також дані про статус перебування і тексти, які Ви пишете власними словами, ми зберігаємо в зашифрованому вигляді.
    Ваші дані бачать лише фахівці консультаційної служби, які розподіляють Ваше звернення і працюють із ним. Вони зобов’язані зберігати професійну таємницю. Іншим установам ми передаємо дані лише тоді, коли Ви це прямо дозволите.
    Після завершення консультації дані знеособлюються — не пізніше ніж через 9 місяців після останнього контакту.
    Ви можете будь-коли відкликати свою згоду: /delete одразу видаляє все, що ми зберегли. /mydata показує, що збережено. Історію цього чату на Вашому пристрої та в Telegram можете видалити лише Ви самі.
    Скарги: до уповноваженої особи з питань захисту даних міста або до органу захисту даних федеральної землі.
button-consent-yes = Так, я даю згоду
button-consent-no = Ні, краще не треба
button-consent-full = Прочитати все докладно

declined-info =
    Це цілком нормально. Ми нічого про Вас не зберегли.
    Ви можете будь-коли прийти до нас без запису:
    { $service_point }, { $sp_address }
    Години роботи: { $sp_hours } · Телефон: { $sp_phone }
    Курси німецької мови: { $course_contact }
    Консультація для дорослих: { $counselling_contact }
    У гострій кризовій ситуації: телефон довіри, безкоштовно, вдень і вночі: { $crisis_phone } · Екстрений виклик: 112
    Якщо пізніше Ви все ж захочете отримати консультацію, просто напишіть /start.

q-sharing =
    Іноді допомагає, якщо Ви дозволите нам поговорити з іншими установами. Це добровільно.
    Позначте лише ті установи, які можуть отримати Ваші відповіді з цієї розмови, щоб консультувати Вас. Якщо Ви нічого не позначите, ми нікому нічого не передамо. Ви можете будь-коли змінити це за допомогою /consent.
label-sharing = Дозволено передавати дані
recipient-jobcentre = Джобцентр (Jobcenter)
recipient-foreigners-office = Відомство у справах іноземців
recipient-jmd = Молодіжна міграційна служба
recipient-mbe = Консультація дорослим мігрантам
recipient-refugee-counselling = Консультація для біженців
recipient-line = • { $name }: { $kind }

## Криза

q-crisis = Ви зараз у надзвичайній ситуації — наприклад, Вам загрожує небезпека, Вам ніде ночувати цієї ночі або Вам дуже важко на душі?
label-crisis = Надзвичайна ситуація
opt-crisis-acute = Так, потрібна допомога зараз
opt-crisis-none = Ні
info-crisis =
    Дякуємо, що Ви нам про це сказали. Тут Вам одразу допоможуть:
    Екстрений виклик (небезпека, травма): 112 · Поліція: 110
    Телефон довіри, безкоштовно, вдень і вночі: { $crisis_phone }
    { $service_point }: { $sp_phone } ({ $sp_hours })
    Ми вважаємо Ваше повідомлення терміновим і зв’яжемося з Вами якнайшвидше.

## Домогосподарство

q-household-size = Скільки людей живе у Вашому домогосподарстві, разом із Вами? Будь ласка, напишіть число.
label-household-size = Людей у домогосподарстві
info-members = Тепер кілька коротких запитань про кожну людину в домогосподарстві — спершу про Вас. Так ми знайдемо пропозиції, які підійдуть усім.
label-member =
    { $index ->
        [0] Люди в домогосподарстві (дані)
        [1] Ви самі
       *[other] Особа № { $index }
    }
q-member-age =
    { $index ->
        [1] Скільки Вам років? Будь ласка, напишіть число.
       *[other] Особа № { $index }: скільки років цій особі? Будь ласка, напишіть число.
    }
label-member-age = Вік
q-member-gender =
    { $index ->
        [1] Яка у Вас стать?
       *[other] Особа № { $index }: яка стать у цієї особи?
    }
label-member-gender = Стать
opt-gender-female = Жіноча
opt-gender-male = Чоловіча
opt-gender-diverse = Інша (divers)
opt-gender-not-stated = Не вказувати
q-member-relation = Особа № { $index }: ким ця особа Вам доводиться?
label-member-relation = Родинний зв’язок
opt-relation-partner = Чоловік, дружина, партнер(ка)
opt-relation-child = Дитина
opt-relation-parent = Мати або батько
opt-relation-sibling = Брат або сестра
opt-relation-other-relative = Інший родич
opt-relation-other = Інша особа
q-member-nationality =
    { $index ->
        [1] Яке у Вас громадянство?
       *[other] Особа № { $index }: яке громадянство в цієї особи?
    }
label-member-nationality = Громадянство
country-syria = Сирія
country-afghanistan = Афганістан
country-iraq = Ірак
country-iran = Іран
country-turkey = Туреччина
country-ukraine = Україна
country-romania = Румунія
country-bulgaria = Болгарія
country-poland = Польща
country-russia = Росія
country-eritrea = Еритрея
country-other = Інша країна
q-member-residence =
    { $index ->
        [1] Який у Вас статус перебування в Німеччині? Це допомагає нам знайти потрібну установу. Ви можете пропустити це запитання.
       *[other] Особа № { $index }: який статус перебування в цієї особи? Ви можете пропустити це запитання.
    }
label-member-residence = Статус перебування
opt-residence-asylum-pending = Триває процедура притулку
opt-residence-duldung = Дульдунг (Duldung)
opt-residence-permit = Дозвіл на проживання
opt-residence-eu = Громадянин(ка) ЄС
opt-residence-other = Інше
opt-residence-unknown = Не знаю

## Приїзд і мова

q-arrival = Відколи Ви в Німеччині? Будь ласка, напишіть місяць і рік, наприклад 03/2024. Ми питаємо, бо деякі програми допомоги діють лише в перші роки.
label-arrival = У Німеччині з
q-arrival-town = Відколи Ви живете в { $municipality }? Будь ласка, напишіть місяць і рік, наприклад 05/2024.
label-arrival-town = У { $municipality } з
q-family-languages = Якими мовами Ви розмовляєте в родині? Можна вибрати кілька, а потім натиснути «Готово».
label-family-languages = Мови в родині
lang-arabic = Арабська
lang-dari-farsi = Дарі / фарсі
lang-kurdish = Курдська
lang-pashto = Пушту
lang-tigrinya = Тигринья
lang-turkish = Турецька
lang-ukrainian = Українська
lang-russian = Російська
lang-romanian = Румунська
lang-bulgarian = Болгарська
lang-polish = Польська
lang-french = Французька
lang-english = Англійська
lang-other = Інша мова
q-german-level = Наскільки добре Ви розмовляєте німецькою?
label-german-level = Знання німецької
opt-german-none = Поки що зовсім ні
opt-german-a1 = Трохи (A1)
opt-german-a2 = Прості розмови (A2)
opt-german-b1 = Добре в побуті (B1)
opt-german-b2plus = Дуже добре (B2 або вище)
q-interpreter = Чи потрібен Вам на зустрічі перекладач або перекладачка? Це безкоштовно.
label-interpreter = Перекладач
opt-interpreter-needed = Так, будь ласка
opt-interpreter-not-needed = Ні, не потрібно
q-interpreter-language = На яку мову потрібно перекладати?
label-interpreter-language = Мова перекладу

## Житло, здоров’я, родина

q-housing = Де Ви зараз живете?
label-housing = Житло
opt-housing-own-flat = Своя квартира
opt-housing-shelter = Житло від міста (гуртожиток)
opt-housing-with-others = У родичів або друзів
opt-housing-none = У мене немає житла
opt-housing-other = Інше
q-housing-adequate = Чи підходить житло Вам і Вашій родині (розмір, стан)?
label-housing-adequate = Житло підходить
opt-housing-adequate = Так, підходить
opt-housing-not-adequate = Ні, не підходить
q-health = Чи є в когось у Вашому домогосподарстві обмеження за станом здоров’я — фізичні чи психологічні? Ви не зобов’язані відповідати. Це лише допоможе нам знайти відповідну допомогу.
label-health = Обмеження за станом здоров’я
opt-health-none = Ні
opt-health-physical = Так, фізичні
opt-health-psychological = Так, психологічні
opt-health-both = Так, і ті, й інші
opt-health-prefer-not = Не хочу казати
q-children-needs = Для дітей у Вашому домогосподарстві: що Вам потрібно? Можна вибрати кілька відповідей, потім «Готово».
label-children-needs = Потреби дітей
opt-children-daycare = Місце в дитячому садку
opt-children-school-place = Місце в школі
opt-children-school-support = Допомога в школі
opt-children-other = Щось інше
opt-children-none = Нічого з цього
q-reunification = Чи плануєте Ви, що до Вас приїдуть члени родини (возз’єднання сім’ї)? Ви можете пропустити це запитання.
label-reunification = Возз’єднання сім’ї
opt-reunification-planned = Так, планується
opt-reunification-in-progress = Так, уже триває
opt-reunification-no = Ні

## Робота і підтримка

q-work = Робота і професійне навчання: що стосується Вас? Можна вибрати кілька відповідей, потім «Готово».
label-work = Робота і навчання
opt-work-working = Я працюю
opt-work-looking = Я шукаю роботу
opt-work-training = Я навчаюся професії
opt-work-school-study = Школа або університет
opt-work-german-course = Я відвідую курс німецької
opt-work-experience-abroad = Досвід роботи на батьківщині
opt-work-none = Нічого з цього
q-agencies = З якими установами Ви вже маєте справу? Можна вибрати кілька відповідей, потім «Готово».
label-agencies = Установи
agency-jobcentre = Джобцентр (Jobcenter)
agency-social-office = Соціальна служба (Sozialamt)
agency-foreigners-office = Відомство у справах іноземців
agency-youth-office = Служба у справах дітей
agency-mbe = Міграційна консультація
agency-jmd = Молодіжна міграційна служба
agency-refugee-counselling = Консультація для біженців
agency-volunteers = Волонтери
agency-none = Поки що жодних
q-counsellor = Чи є у Вас уже консультант або консультантка, які Вас супроводжують?
label-counsellor = Уже є консультант
opt-counsellor-yes = Так
opt-counsellor-no = Ні

q-topics = У чому Ви хотіли б отримати підтримку? Можна вибрати кілька тем, а потім натиснути «Готово».
label-topics = Теми
topic-german-course = Курс німецької
topic-work = Робота і кваліфікація
topic-school = Школа й освіта
topic-childcare = Догляд за дітьми
topic-housing = Житло
topic-finances = Гроші та борги
topic-health = Здоров’я
topic-pregnancy = Вагітність
topic-residence = Статус перебування, документи
topic-authorities = Листи та установи
topic-legal = Юридичні питання
topic-naturalisation = Отримання громадянства
topic-family = Родина
topic-orientation = Повсякденне життя
topic-mobility = Транспорт (автобус, поїзд)
topic-literacy = Навчитися читати й писати
topic-discrimination = Дискримінація
topic-belonging = Сусіди й почуття спільноти
topic-leisure = Дозвілля і культура
topic-other = Інше

q-remarks = Бажаєте ще щось нам сказати? Напишіть своїми словами (не більше 1000 знаків) — або пропустіть це запитання.
label-remarks = Додатково

## Завершення

button-done = Готово
button-skip = Пропустити
button-submit = Надіслати
button-change = Змінити відповідь

summary-intro = Будь ласка, перевірте Ваші дані:
summary-line = • { $label }: { $value }
summary-which = Яку відповідь Ви хочете змінити?
answer-skipped = пропущено
answer-none = не вказано

done-next-steps =
    Щиро дякуємо! Ваші дані надійшли до { $service_point }.
    Фахівець зв’яжеться з Вами протягом тижня — тут, у чаті.
    Є запитання? Телефон: { $sp_phone }
answer-nobody = ніхто

## Що ускладнює життя (для оцінки, добровільно)
q-barriers = Що Вам зараз ускладнює життя? Це допоможе нам знайти відповідну підтримку. Можна вибрати кілька відповідей, потім «Готово». Ви також можете пропустити це запитання.
label-barriers = Що ускладнює життя
opt-barrier-no-school = У мене немає шкільного атестата
opt-barrier-no-vocational = У мене немає визнаної тут професії
opt-barrier-career-unsure = Я не знаю, яка робота мені підходить
opt-barrier-authorities = Мені важко з листами та установами
opt-barrier-debts = У мене є борги
opt-barrier-lonely = Я часто почуваюся самотньо
opt-barrier-none = Нічого з цього
