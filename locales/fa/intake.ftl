# Ankommen – گفتگوی اول (ثبت‌نام و پرسش‌نامه). فارسی.
# Ankommen – first conversation (intake). Farsi (Persian).
# NOTE: machine-assisted translation from the German source; a native speaker should review this file.
# Variables from the municipality profile: $municipality, $service_point, $sp_address, $sp_phone,
# $sp_email, $sp_hours, $crisis_phone, $course_contact, $counselling_contact.
# Inside repeats (household members): $index (1 = the person themself), $count.

pick-language = لطفاً زبان خود را انتخاب کنید.

welcome-offer =
    به { $municipality } خوش آمدید!
    { $service_point } به شما مشاوره می‌دهد. این مشاوره رایگان، اختیاری و محرمانه است.
    ما در این موضوع‌ها کمک می‌کنیم: نگهداری از کودکان، آموزش و تحصیل، امور مالی، سلامت، اوقات فراغت، زبان و کار.
    نشانی: { $sp_address } · تلفن: { $sp_phone }

## سن و رضایت (Alter und Einwilligung)

q-age-gate = آیا 16 سال یا بیشتر دارید؟ این را می‌پرسیم چون برای کسانی که کمتر از 16 سال دارند، یکی از والدین یا سرپرست قانونی هم باید موافقت کند.
opt-age-adult = بله، 16 سال یا بیشتر
opt-age-minor = نه، کمتر از 16 سال
info-minor =
    ممنون! چون کمتر از 16 سال دارید، یکی از والدین یا سرپرست قانونی شما هم باید موافقت کند.
    آیا این شخص الان پیش شماست و می‌تواند پیام‌ها را با شما بخواند؟
opt-minor-guardian = بله، اینجاست
opt-minor-anonymous = نه، فقط اطلاعات می‌خواهم

consent-notice =
    برای اینکه بتوانیم به شما مشاوره بدهیم، پاسخ‌های شما در این گفتگو را ذخیره می‌کنیم.
    برای چه: تا مشاوره‌ی مناسب را به شما پیشنهاد کنیم.
    چه کسی آن‌ها را می‌بیند: فقط مشاوران مرکز مشاوره که کار شما را بین همکاران تقسیم می‌کنند و به آن رسیدگی می‌کنند.
    تا کی: فقط تا وقتی که مشاوره ادامه دارد.
    حقوق شما: هر وقت بخواهید، می‌توانید بپرسید چه چیزی ذخیره شده است. می‌توانید بخواهید همه‌چیز پاک شود.
    اگر موافق نباشید، هیچ چیزی ذخیره نمی‌کنیم. باز هم اطلاعات لازم را به شما می‌دهیم.
    آیا موافق هستید؟
consent-notice-guardian =
    لطفاً این متن را به‌عنوان پدر، مادر یا سرپرست قانونی بخوانید:
    برای اینکه بتوانیم به فرزندتان مشاوره بدهیم، پاسخ‌های این گفتگو را ذخیره می‌کنیم.
    برای چه: تا مشاوره‌ی مناسب را پیشنهاد کنیم.
    چه کسی آن‌ها را می‌بیند: فقط مشاوران مرکز مشاوره که کار فرزندتان را بین همکاران تقسیم می‌کنند و به آن رسیدگی می‌کنند.
    تا کی: فقط تا وقتی که مشاوره ادامه دارد.
    حقوق شما: هر وقت بخواهید، می‌توانید بپرسید چه چیزی ذخیره شده است. می‌توانید بخواهید همه‌چیز پاک شود.
    اگر موافق نباشید، هیچ چیزی ذخیره نمی‌کنیم.
    آیا شما به‌عنوان پدر، مادر یا سرپرست قانونی موافق هستید؟
consent-full =
    جزئیات رضایت:
    مسئول: شهر { $municipality }، { $service_point }، { $sp_address }، { $sp_email }.
    ما پاسخ‌های شما در این گفتگو، زبان شما و زمان رضایت شما را ذخیره می‌کنیم. شناسه‌ی گفتگوی شما (در تلگرام، شماره‌ی کاربری شما) را فقط به‌صورت رمزگذاری‌شده ذخیره می‌کنیم تا بتوانیم به شما پاسخ بدهیم.
    هدف: مشاوره و همراهی شما در شروع زندگی در اینجا (مدیریت ادغام، Integrationsmanagement). دادن رضایت اختیاری است؛ بدون آن هم اطلاعات و مشاوره‌ی ناشناس (بدون ثبت نام شما) می‌گیرید.
    مبنای قانونی، رضایت شماست: ماده 6 بند 1 (الف) و ماده 9 بند 2 (الف) مقررات عمومی حفاظت از داده‌ها (GDPR). اطلاعات مربوط به سلامت طبق ماده 9 این مقررات محافظت ویژه دارند. این اطلاعات را، همراه با اطلاعات مربوط به اقامت و متن‌هایی که خودتان می‌نویسید، به‌صورت رمزگذاری‌شده ذخیره می‌کنیم.
    اطلاعات شما را فقط مشاوران مرکز مشاوره می‌بینند که کار شما را بین همکاران تقسیم می‌کنند و به آن رسیدگی می‌کنند. آن‌ها موظف به رازداری هستند. ما فقط وقتی اطلاعات را به اداره‌ها یا مراکز دیگر می‌دهیم که شما به‌طور صریح اجازه بدهید.
    بعد از پایان مشاوره، اطلاعات ناشناس می‌شود (یعنی دیگر معلوم نیست مربوط به چه کسی است)؛ حداکثر 9 ماه بعد از آخرین تماس.
    هر وقت بخواهید، می‌توانید رضایت خود را پس بگیرید: /delete فوراً همه‌ی چیزهایی را که ذخیره کرده‌ایم پاک می‌کند. /mydata نشان می‌دهد چه چیزی ذخیره شده است. تاریخچه‌ی این گفتگو را در دستگاه خودتان و در تلگرام فقط خودتان می‌توانید پاک کنید.
    برای شکایت: مسئول حفاظت از اطلاعات شخصی در شهرداری، یا اداره‌ی حفاظت از اطلاعات شخصی ایالت.
button-consent-yes = بله، موافقم
button-consent-no = نه، ممنون
button-consent-full = خواندن همه‌ی جزئیات

declined-info =
    اشکالی ندارد. ما هیچ اطلاعاتی از شما ذخیره نکرده‌ایم.
    هر وقت بخواهید، می‌توانید بدون وقت قبلی پیش ما بیایید:
    { $service_point }، { $sp_address }
    ساعت کار: { $sp_hours } · تلفن: { $sp_phone }
    کلاس‌های زبان آلمانی: { $course_contact }
    مشاوره برای بزرگسالان: { $counselling_contact }
    در بحران شدید: خط تلفنی کمک (Telefonseelsorge)، رایگان و شبانه‌روزی: { $crisis_phone } · تلفن اضطراری: 112
    اگر بعداً خواستید مشاوره بگیرید، کافی است /start را بنویسید.

q-sharing =
    گاهی کمک می‌کند که اجازه داشته باشیم با اداره‌ها یا مراکز دیگر صحبت کنیم. این کار اختیاری است.
    فقط روی مرکزهایی بزنید که اجازه دارند پاسخ‌های شما در این گفتگو را بگیرند تا بتوانند به شما مشاوره بدهند. اگر روی هیچ‌کدام نزنید، هیچ اطلاعاتی به کسی نمی‌دهیم. هر وقت بخواهید، می‌توانید این را با /consent تغییر دهید.
label-sharing = اجازه‌ی دادن اطلاعات به
recipient-jobcentre = جاب‌سنتر (Jobcenter)
recipient-foreigners-office = اداره‌ی اتباع خارجی
recipient-jmd = خدمات مهاجرت جوانان (JMD)
recipient-mbe = مشاوره‌ی مهاجرت (بزرگسالان)
recipient-refugee-counselling = مشاوره‌ی پناهجویان
recipient-line = • { $name }: { $kind }

## بحران (Krise)

q-crisis = آیا همین حالا در وضعیت اضطراری هستید؟ مثلاً در خطر هستید، امشب جایی برای خوابیدن ندارید، یا حال روحی‌تان خیلی بد است؟
label-crisis = وضعیت اضطراری
opt-crisis-acute = بله، همین حالا کمک لازم دارم
opt-crisis-none = نه
info-crisis =
    ممنون که به ما گفتید. اینجا فوراً کمک می‌گیرید:
    تلفن اضطراری (خطر، زخمی شدن): 112 · پلیس: 110
    خط تلفنی کمک (Telefonseelsorge)، رایگان و شبانه‌روزی: { $crisis_phone }
    { $service_point }: { $sp_phone } ({ $sp_hours })
    پیام شما را فوری می‌دانیم و هر چه زودتر با شما تماس می‌گیریم.

## خانوار (Haushalt)

q-household-size = چند نفر با هم در خانه‌ی شما زندگی می‌کنند؟ خودتان را هم بشمارید. لطفاً یک عدد بنویسید.
label-household-size = تعداد افراد خانوار
info-members = حالا چند سؤال کوتاه درباره‌ی هر یک از افراد خانوار می‌پرسیم؛ اول درباره‌ی خود شما. این‌طور می‌توانیم خدماتی پیدا کنیم که برای همه مناسب باشد.
label-member =
    { $index ->
        [0] افراد خانوار (مشخصات)
        [1] خود شما
       *[other] نفر { $index }
    }
q-member-age =
    { $index ->
        [1] چند سال دارید؟ لطفاً یک عدد بنویسید.
       *[other] نفر { $index }: این شخص چند سال دارد؟ لطفاً یک عدد بنویسید.
    }
label-member-age = سن
q-member-gender =
    { $index ->
        [1] جنسیت شما چیست؟
       *[other] نفر { $index }: جنسیت این شخص چیست؟
    }
label-member-gender = جنسیت
opt-gender-female = زن / دختر
opt-gender-male = مرد / پسر
opt-gender-diverse = جنسیت دیگر (divers)
opt-gender-not-stated = نمی‌خواهم بگویم
q-member-relation = نفر { $index }: این شخص چه نسبتی با شما دارد؟
label-member-relation = نسبت
opt-relation-partner = همسر یا شریک زندگی
opt-relation-child = فرزند
opt-relation-parent = مادر یا پدر
opt-relation-sibling = برادر یا خواهر
opt-relation-other-relative = خویشاوند دیگر
opt-relation-other = شخص دیگر
q-member-nationality =
    { $index ->
        [1] تابعیت کدام کشور را دارید؟
       *[other] نفر { $index }: این شخص تابعیت کدام کشور را دارد؟
    }
label-member-nationality = تابعیت
country-syria = سوریه
country-afghanistan = افغانستان
country-iraq = عراق
country-iran = ایران
country-turkey = ترکیه
country-ukraine = اوکراین
country-romania = رومانی
country-bulgaria = بلغارستان
country-poland = لهستان
country-russia = روسیه
country-eritrea = اریتره
country-other = کشور دیگر
q-member-residence =
    { $index ->
        [1] وضعیت اقامت شما چیست؟ این به ما کمک می‌کند تا اداره یا مرکز مناسب را پیدا کنیم. می‌توانید این سؤال را رد کنید.
       *[other] نفر { $index }: وضعیت اقامت این شخص چیست؟ می‌توانید این سؤال را رد کنید.
    }
label-member-residence = وضعیت اقامت
opt-residence-asylum-pending = درخواست پناهندگی در جریان است
opt-residence-duldung = اقامت تحملی (Duldung)
opt-residence-permit = اجازه‌ی اقامت
opt-residence-eu = شهروند اتحادیه‌ی اروپا
opt-residence-other = وضعیت دیگر
opt-residence-unknown = نمی‌دانم

## رسیدن و زبان (Ankunft und Sprache)

q-arrival = از چه زمانی در آلمان هستید؟ لطفاً ماه و سال میلادی را بنویسید، مثلاً 03/2024 (با اعداد فارسی هم می‌شود). این را می‌پرسیم چون بعضی از خدمات فقط برای سال‌های اول هستند.
label-arrival = در آلمان از
q-arrival-town = از چه زمانی در { $municipality } زندگی می‌کنید؟ لطفاً ماه و سال میلادی را بنویسید، مثلاً 05/2024.
label-arrival-town = در { $municipality } از
q-family-languages = در خانواده به چه زبان‌هایی صحبت می‌کنید؟ می‌توانید چند زبان را انتخاب کنید و بعد روی «تمام» بزنید.
label-family-languages = زبان‌های خانواده
lang-arabic = عربی
lang-dari-farsi = دری / فارسی
lang-kurdish = کردی
lang-pashto = پشتو
lang-tigrinya = تیگرینیا
lang-turkish = ترکی استانبولی
lang-ukrainian = اوکراینی
lang-russian = روسی
lang-romanian = رومانیایی
lang-bulgarian = بلغاری
lang-polish = لهستانی
lang-french = فرانسوی
lang-english = انگلیسی
lang-other = زبان دیگر
q-german-level = آلمانی را چقدر خوب صحبت می‌کنید؟
label-german-level = سطح زبان آلمانی
opt-german-none = هنوز اصلاً بلد نیستم
opt-german-a1 = کمی (A1)
opt-german-a2 = گفتگوی ساده (A2)
opt-german-b1 = خوب برای کارهای روزمره (B1)
opt-german-b2plus = خیلی خوب (B2 یا بالاتر)
q-interpreter = آیا برای جلسه‌ی مشاوره مترجم می‌خواهید؟ مترجم رایگان است.
label-interpreter = مترجم
opt-interpreter-needed = بله، لطفاً
opt-interpreter-not-needed = نه، لازم نیست
q-interpreter-language = مترجم برای چه زبانی لازم دارید؟
label-interpreter-language = زبان مترجم

## مسکن، سلامت، خانواده (Wohnen, Gesundheit, Familie)

q-housing = الان کجا زندگی می‌کنید؟
label-housing = محل زندگی
opt-housing-own-flat = خانه یا آپارتمان خودم
opt-housing-shelter = اقامتگاه شهرداری (کمپ)
opt-housing-with-others = پیش خانواده یا دوستان
opt-housing-none = خانه ندارم
opt-housing-other = جای دیگر
q-housing-adequate = آیا این خانه برای شما و خانواده‌تان مناسب است (از نظر جا و وضعیت خانه)؟
label-housing-adequate = مناسب بودن خانه
opt-housing-adequate = بله، مناسب است
opt-housing-not-adequate = نه، مناسب نیست
q-health = آیا در خانوار شما کسی مشکل یا محدودیت سلامتی دارد، جسمی یا روحی؟ لازم نیست به این سؤال جواب بدهید. فقط به ما کمک می‌کند تا کمک مناسب پیدا کنیم.
label-health = مشکلات سلامتی
opt-health-none = نه
opt-health-physical = بله، جسمی
opt-health-psychological = بله، روحی
opt-health-both = بله، هر دو
opt-health-prefer-not = نمی‌خواهم بگویم
q-children-needs = برای بچه‌های خانوار شما: به چه چیزی نیاز دارید؟ می‌توانید چند پاسخ را انتخاب کنید و بعد روی «تمام» بزنید.
label-children-needs = نیازهای بچه‌ها
opt-children-daycare = جا در مهدکودک (Kita)
opt-children-school-place = ثبت‌نام در مدرسه
opt-children-school-support = کمک در مدرسه
opt-children-other = چیز دیگر
opt-children-none = هیچ‌کدام
q-reunification = آیا برنامه دارید که اعضای خانواده‌تان پیش شما بیایند (پیوستن خانواده)؟ می‌توانید این سؤال را رد کنید.
label-reunification = پیوستن خانواده
opt-reunification-planned = بله، برنامه داریم
opt-reunification-in-progress = بله، در جریان است
opt-reunification-no = نه

## کار و حمایت (Arbeit und Unterstützung)

q-work = کار و آموزش حرفه‌ای: کدام مورد درباره‌ی شما درست است؟ می‌توانید چند پاسخ را انتخاب کنید و بعد روی «تمام» بزنید.
label-work = کار و آموزش حرفه‌ای
opt-work-working = کار می‌کنم
opt-work-looking = دنبال کار هستم
opt-work-training = آموزش حرفه‌ای می‌بینم
opt-work-school-study = مدرسه یا دانشگاه
opt-work-german-course = به کلاس زبان آلمانی می‌روم
opt-work-experience-abroad = تجربه‌ی کاری در کشور خودم
opt-work-none = هیچ‌کدام
q-agencies = الان با کدام اداره‌ها یا مراکز سروکار دارید؟ می‌توانید چند پاسخ را انتخاب کنید و بعد روی «تمام» بزنید.
label-agencies = اداره‌ها و مراکز مرتبط
agency-jobcentre = جاب‌سنتر (Jobcenter)
agency-social-office = اداره‌ی امور اجتماعی
agency-foreigners-office = اداره‌ی اتباع خارجی
agency-youth-office = اداره‌ی امور جوانان
agency-mbe = مشاوره‌ی مهاجرت
agency-jmd = خدمات مهاجرت جوانان (JMD)
agency-refugee-counselling = مشاوره‌ی پناهندگان
agency-volunteers = کمک‌کنندگان داوطلب
agency-none = هنوز هیچ‌کدام
q-counsellor = آیا از قبل مشاوری دارید که شما را همراهی می‌کند؟
label-counsellor = مشاور فعلی
opt-counsellor-yes = بله
opt-counsellor-no = نه

q-topics = برای چه چیزهایی کمک می‌خواهید؟ می‌توانید چند موضوع را انتخاب کنید و بعد روی «تمام» بزنید.
label-topics = موضوع‌ها
topic-german-course = کلاس زبان آلمانی
topic-work = کار و مهارت‌های شغلی
topic-school = مدرسه و تحصیل
topic-childcare = نگهداری از کودکان
topic-housing = خانه و مسکن
topic-finances = پول و بدهی
topic-health = سلامت
topic-pregnancy = بارداری
topic-residence = اقامت و مدارک
topic-authorities = نامه‌ها و اداره‌ها
topic-legal = سؤال‌های حقوقی
topic-naturalisation = گرفتن تابعیت آلمان
topic-family = خانواده
topic-orientation = زندگی روزمره و آشنایی با محیط
topic-mobility = رفت‌وآمد (اتوبوس، قطار)
topic-literacy = یادگیری خواندن و نوشتن
topic-discrimination = تبعیض
topic-belonging = همسایه‌ها و احساس تعلق
topic-leisure = تفریح و فرهنگ
topic-other = موضوع دیگر

q-remarks = آیا چیز دیگری هست که بخواهید به ما بگویید؟ می‌توانید با کلمات خودتان بنویسید (حداکثر 1000 حرف)، یا این سؤال را رد کنید.
label-remarks = توضیحات دیگر

## پایان (Abschluss)

button-done = تمام
button-skip = رد شدن
button-submit = ارسال
button-change = تغییر یک پاسخ

summary-intro = لطفاً اطلاعات خود را بررسی کنید:
summary-line = • { $label }: { $value }
summary-which = کدام پاسخ را می‌خواهید تغییر دهید؟
answer-skipped = رد شده
answer-none = بدون پاسخ

done-next-steps =
    بسیار متشکریم! اطلاعات شما به { $service_point } رسید.
    یکی از مشاوران ظرف یک هفته همین‌جا در گفتگو با شما تماس می‌گیرد.
    سؤالی دارید؟ تلفن: { $sp_phone }
answer-nobody = هیچ‌کس

## آنچه کار را سخت‌تر می‌کند (Was es schwerer macht – برای ارزیابی، اختیاری)

q-barriers = الان چه چیزی کار را برایتان سخت‌تر می‌کند؟ این به ما کمک می‌کند تا حمایت مناسب را برای شما پیدا کنیم. می‌توانید چند پاسخ را انتخاب کنید و بعد روی «تمام» بزنید. اگر نخواهید، می‌توانید این سؤال را رد کنید.
label-barriers = آنچه کار را سخت‌تر می‌کند
opt-barrier-no-school = مدرک تحصیلی مدرسه ندارم
opt-barrier-no-vocational = حرفه‌ام اینجا قبول نشده یا حرفه‌ای ندارم
opt-barrier-career-unsure = نمی‌دانم چه کاری برایم مناسب است
opt-barrier-authorities = نامه‌ها و اداره‌ها برایم سخت است
opt-barrier-debts = بدهی دارم
opt-barrier-lonely = اغلب احساس تنهایی می‌کنم
opt-barrier-none = هیچ‌کدام
