# Ankommen – первая беседа (запись и анкета). Русский.
# Ankommen – first conversation (intake). Russian.
# NOTE: machine-assisted translation from the German source; a native speaker should review this file.
# Variables from the municipality profile: $municipality, $service_point, $sp_address, $sp_phone,
# $sp_email, $sp_hours, $crisis_phone, $course_contact, $counselling_contact.
# Inside repeats (household members): $index (1 = the person themself), $count.

pick-language = Пожалуйста, выберите язык.

welcome-offer =
    Добро пожаловать в { $municipality }!
    { $service_point } предлагает Вам консультацию. Консультация бесплатная, добровольная и конфиденциальная.
    Мы помогаем по таким темам: присмотр за детьми, образование, финансы, здоровье, досуг, язык и работа.
    Адрес: { $sp_address } · Телефон: { $sp_phone }

## Возраст и согласие

q-age-gate = Вам 16 лет или больше? Мы спрашиваем, потому что для тех, кто младше, нужно также согласие одного из родителей или опекуна.
opt-age-adult = Да, 16 или больше
opt-age-minor = Нет, мне меньше 16
info-minor =
    Спасибо! Так как Вам меньше 16 лет, нужно согласие одного из родителей или Вашего опекуна.
    Этот человек сейчас рядом с Вами и может читать вместе с Вами?
opt-minor-guardian = Да, этот человек здесь
opt-minor-anonymous = Нет, только информация

consent-notice =
    Чтобы мы могли Вас проконсультировать, мы сохраняем Ваши ответы из этого чата.
    Зачем: чтобы предложить Вам подходящую консультацию.
    Кто их видит: только специалисты консультационной службы, которые распределяют Ваше обращение и работают с ним.
    Как долго: только пока идёт консультация.
    Ваши права: Вы можете в любой момент спросить, что сохранено, и попросить всё удалить.
    Если Вы не согласны, мы ничего не сохраняем. Информацию Вы всё равно получите.
    Вы согласны?
consent-notice-guardian =
    Пожалуйста, прочитайте это как родитель или опекун:
    Чтобы мы могли проконсультировать Вашего ребёнка, мы сохраняем ответы из этого чата.
    Зачем: чтобы предложить подходящую консультацию.
    Кто их видит: только специалисты консультационной службы, которые распределяют это обращение и работают с ним.
    Как долго: только пока идёт консультация.
    Ваши права: Вы можете в любой момент спросить, что сохранено, и попросить всё удалить.
    Если Вы не согласны, мы ничего не сохраняем.
    Вы как родитель или опекун согласны?
consent-full =
    Согласие подробно:
    Ответственный за обработку данных: город { $municipality }, { $service_point }, { $sp_address }, { $sp_email }.
    Мы сохраняем Ваши ответы из этого чата, Ваш язык и время Вашего согласия. Идентификатор Вашего чата (в Telegram — Ваш номер пользователя) мы храним только в зашифрованном виде, чтобы иметь возможность Вам отвечать.
    Цель: консультация и сопровождение в начале жизни на новом месте (интеграционный менеджмент). Согласие добровольное; без него Вы всё равно получите информацию и анонимную консультацию.
    Правовое основание — Ваше согласие (пп. «a» п. 1 ст. 6 и пп. «a» п. 2 ст. 9 GDPR). Данные о здоровье особо защищены согласно ст. 9 GDPR. Их, а также данные о статусе пребывания и тексты, которые Вы пишете своими словами, мы храним в зашифрованном виде.
    Ваши данные видят только специалисты консультационной службы, которые распределяют Ваше обращение и работают с ним. Они обязаны хранить профессиональную тайну. Другим учреждениям мы передаём данные, только если Вы это прямо разрешите.
    После окончания консультации данные обезличиваются — не позднее чем через 9 месяцев после последнего контакта.
    Вы можете в любой момент отозвать своё согласие: /delete сразу удаляет всё, что мы сохранили. /mydata показывает, что сохранено. Историю этого чата на Вашем устройстве и в Telegram можете удалить только Вы сами.
    Жалобы: уполномоченному по защите данных города или в ведомство по защите данных федеральной земли.
button-consent-yes = Да, я даю согласие
button-consent-no = Нет, лучше не надо
button-consent-full = Прочитать всё подробно

declined-info =
    Это совершенно нормально. Мы ничего о Вас не сохранили.
    Вы можете в любое время прийти к нам без записи:
    { $service_point }, { $sp_address }
    Часы работы: { $sp_hours } · Телефон: { $sp_phone }
    Курсы немецкого языка: { $course_contact }
    Консультация для взрослых: { $counselling_contact }
    В острой кризисной ситуации: телефон доверия, бесплатно, днём и ночью: { $crisis_phone } · Экстренный вызов: 112
    Если позже Вы всё-таки захотите получить консультацию, просто напишите /start.

q-sharing =
    Иногда помогает, если Вы разрешите нам поговорить с другими учреждениями. Это добровольно.
    Отметьте только те учреждения, которые могут получить Ваши ответы из этого разговора, чтобы консультировать Вас. Если Вы ничего не отметите, мы ничего никому не передадим. Вы можете изменить это в любой момент с помощью /consent.
label-sharing = Передача данных разрешена
recipient-jobcentre = Джобцентр (Jobcenter)
recipient-foreigners-office = Ведомство по делам иностранцев
recipient-jmd = Молодёжная миграционная служба
recipient-mbe = Консультация взрослым мигрантам
recipient-refugee-counselling = Консультация для беженцев
recipient-line = • { $name }: { $kind }

## Кризис

q-crisis = Вы сейчас в экстренной ситуации — например, Вам грозит опасность, Вам негде ночевать этой ночью или Вам очень тяжело на душе?
label-crisis = Экстренная ситуация
opt-crisis-acute = Да, мне нужна помощь сейчас
opt-crisis-none = Нет
info-crisis =
    Спасибо, что Вы нам об этом сказали. Здесь Вам сразу помогут:
    Экстренный вызов (опасность, травма): 112 · Полиция: 110
    Телефон доверия, бесплатно, днём и ночью: { $crisis_phone }
    { $service_point }: { $sp_phone } ({ $sp_hours })
    Мы считаем Ваше сообщение срочным и свяжемся с Вами как можно скорее.

## Домохозяйство

q-household-size = Сколько человек живёт в Вашем домохозяйстве, включая Вас? Пожалуйста, напишите число.
label-household-size = Человек в домохозяйстве
info-members = Теперь несколько коротких вопросов о каждом человеке в домохозяйстве — сначала о Вас. Так мы найдём предложения, которые подойдут всем.
label-member =
    { $index ->
        [0] Люди в домохозяйстве (данные)
        [1] Вы сами
       *[other] Человек № { $index }
    }
q-member-age =
    { $index ->
        [1] Сколько Вам лет? Пожалуйста, напишите число.
       *[other] Человек № { $index }: сколько лет этому человеку? Пожалуйста, напишите число.
    }
label-member-age = Возраст
q-member-gender =
    { $index ->
        [1] Какой у Вас пол?
       *[other] Человек № { $index }: какой пол у этого человека?
    }
label-member-gender = Пол
opt-gender-female = Женский
opt-gender-male = Мужской
opt-gender-diverse = Другой (divers)
opt-gender-not-stated = Не указывать
q-member-relation = Человек № { $index }: кем этот человек Вам приходится?
label-member-relation = Родство
opt-relation-partner = Муж, жена, партнёр(ша)
opt-relation-child = Ребёнок
opt-relation-parent = Мать или отец
opt-relation-sibling = Брат или сестра
opt-relation-other-relative = Другой родственник
opt-relation-other = Другой человек
q-member-nationality =
    { $index ->
        [1] Какое у Вас гражданство?
       *[other] Человек № { $index }: какое гражданство у этого человека?
    }
label-member-nationality = Гражданство
country-syria = Сирия
country-afghanistan = Афганистан
country-iraq = Ирак
country-iran = Иран
country-turkey = Турция
country-ukraine = Украина
country-romania = Румыния
country-bulgaria = Болгария
country-poland = Польша
country-russia = Россия
country-eritrea = Эритрея
country-other = Другая страна
q-member-residence =
    { $index ->
        [1] Какой у Вас статус пребывания в Германии? Это помогает нам найти нужное учреждение. Вы можете пропустить этот вопрос.
       *[other] Человек № { $index }: какой статус пребывания у этого человека? Вы можете пропустить этот вопрос.
    }
label-member-residence = Статус пребывания
opt-residence-asylum-pending = Идёт процедура убежища
opt-residence-duldung = Дульдунг (Duldung)
opt-residence-permit = Вид на жительство
opt-residence-eu = Гражданин(ка) ЕС
opt-residence-other = Другое
opt-residence-unknown = Не знаю

## Приезд и язык

q-arrival = С какого времени Вы в Германии? Пожалуйста, напишите месяц и год, например 03/2024. Мы спрашиваем, потому что некоторые программы помощи действуют только в первые годы.
label-arrival = В Германии с
q-arrival-town = С какого времени Вы живёте в { $municipality }? Пожалуйста, напишите месяц и год, например 05/2024.
label-arrival-town = В { $municipality } с
q-family-languages = На каких языках Вы говорите в семье? Можно выбрать несколько, а затем нажать «Готово».
label-family-languages = Языки в семье
lang-arabic = Арабский
lang-dari-farsi = Дари / фарси
lang-kurdish = Курдский
lang-pashto = Пушту
lang-tigrinya = Тигринья
lang-turkish = Турецкий
lang-ukrainian = Украинский
lang-russian = Русский
lang-romanian = Румынский
lang-bulgarian = Болгарский
lang-polish = Польский
lang-french = Французский
lang-english = Английский
lang-other = Другой язык
q-german-level = Насколько хорошо Вы говорите по-немецки?
label-german-level = Знание немецкого
opt-german-none = Пока совсем не говорю
opt-german-a1 = Немного (A1)
opt-german-a2 = Простые разговоры (A2)
opt-german-b1 = Хорошо в быту (B1)
opt-german-b2plus = Очень хорошо (B2 и выше)
q-interpreter = Нужен ли Вам на встрече переводчик или переводчица? Это бесплатно.
label-interpreter = Переводчик
opt-interpreter-needed = Да, пожалуйста
opt-interpreter-not-needed = Нет, не нужно
q-interpreter-language = На какой язык нужно переводить?
label-interpreter-language = Язык перевода

## Жильё, здоровье, семья

q-housing = Где Вы сейчас живёте?
label-housing = Жильё
opt-housing-own-flat = Своя квартира
opt-housing-shelter = Жильё от города (общежитие)
opt-housing-with-others = У родных или друзей
opt-housing-none = У меня нет жилья
opt-housing-other = Другое
q-housing-adequate = Подходит ли жильё Вам и Вашей семье (размер, состояние)?
label-housing-adequate = Жильё подходит
opt-housing-adequate = Да, подходит
opt-housing-not-adequate = Нет, не подходит
q-health = Есть ли у кого-нибудь в Вашем домохозяйстве ограничения по здоровью — физические или психологические? Вы не обязаны отвечать. Это только поможет нам найти подходящую помощь.
label-health = Ограничения по здоровью
opt-health-none = Нет
opt-health-physical = Да, физические
opt-health-psychological = Да, психологические
opt-health-both = Да, и те и другие
opt-health-prefer-not = Не хочу говорить
q-children-needs = Для детей в Вашем домохозяйстве: что Вам нужно? Можно выбрать несколько ответов, затем «Готово».
label-children-needs = Что нужно детям
opt-children-daycare = Место в детском саду
opt-children-school-place = Место в школе
opt-children-school-support = Помощь в школе
opt-children-other = Другое
opt-children-none = Ничего из этого
q-reunification = Планируете ли Вы, что к Вам приедут члены семьи (воссоединение семьи)? Вы можете пропустить этот вопрос.
label-reunification = Воссоединение семьи
opt-reunification-planned = Да, планируется
opt-reunification-in-progress = Да, уже идёт
opt-reunification-no = Нет

## Работа и поддержка

q-work = Работа и профессиональное обучение: что подходит Вам? Можно выбрать несколько ответов, затем «Готово».
label-work = Работа и обучение
opt-work-working = Я работаю
opt-work-looking = Я ищу работу
opt-work-training = Я учусь на профессию
opt-work-school-study = Школа или университет
opt-work-german-course = Я хожу на курс немецкого
opt-work-experience-abroad = Опыт работы на родине
opt-work-none = Ничего из этого
q-agencies = С какими учреждениями Вы уже имеете дело? Можно выбрать несколько ответов, затем «Готово».
label-agencies = Учреждения
agency-jobcentre = Джобцентр (Jobcenter)
agency-social-office = Социальная служба (Sozialamt)
agency-foreigners-office = Ведомство по делам иностранцев
agency-youth-office = Ведомство по делам молодёжи
agency-mbe = Миграционная консультация
agency-jmd = Молодёжная миграционная служба
agency-refugee-counselling = Консультация для беженцев
agency-volunteers = Волонтёры
agency-none = Пока ни с какими
q-counsellor = Есть ли у Вас уже консультант, который Вас сопровождает?
label-counsellor = Уже есть консультант
opt-counsellor-yes = Да
opt-counsellor-no = Нет

q-topics = В чём Вы хотели бы получить поддержку? Можно выбрать несколько тем, а затем нажать «Готово».
label-topics = Темы
topic-german-course = Курс немецкого
topic-work = Работа и квалификация
topic-school = Школа и образование
topic-childcare = Присмотр за детьми
topic-housing = Жильё
topic-finances = Деньги и долги
topic-health = Здоровье
topic-pregnancy = Беременность
topic-residence = Статус пребывания, документы
topic-authorities = Письма и ведомства
topic-legal = Юридические вопросы
topic-naturalisation = Получение гражданства
topic-family = Семья
topic-orientation = Повседневная жизнь
topic-mobility = Транспорт (автобус, поезд)
topic-literacy = Научиться читать и писать
topic-discrimination = Дискриминация
topic-belonging = Соседи и чувство общности
topic-leisure = Досуг и культура
topic-other = Другое

q-remarks = Хотите ещё что-нибудь нам сказать? Напишите своими словами (не больше 1000 знаков) — или пропустите этот вопрос.
label-remarks = Дополнительно

## Завершение

button-done = Готово
button-skip = Пропустить
button-submit = Отправить
button-change = Изменить ответ

summary-intro = Пожалуйста, проверьте Ваши данные:
summary-line = • { $label }: { $value }
summary-which = Какой ответ Вы хотите изменить?
answer-skipped = пропущено
answer-none = не указано

done-next-steps =
    Большое спасибо! Ваши данные поступили в { $service_point }.
    Специалист свяжется с Вами в течение недели — здесь, в чате.
    Есть вопросы? Телефон: { $sp_phone }
answer-nobody = никто

## Что осложняет жизнь (для оценки ситуации, добровольно)
q-barriers = Что Вам сейчас особенно осложняет жизнь? Это поможет нам найти подходящую поддержку. Можно выбрать несколько ответов, затем «Готово». Вы можете пропустить этот вопрос.
label-barriers = Что осложняет жизнь
opt-barrier-no-school = У меня нет школьного аттестата
opt-barrier-no-vocational = У меня нет признанной профессии
opt-barrier-career-unsure = Не знаю, какая работа мне подходит
opt-barrier-authorities = Мне трудно с письмами и ведомствами
opt-barrier-debts = У меня есть долги
opt-barrier-lonely = Я часто чувствую себя одиноко
opt-barrier-none = Ничего из этого
