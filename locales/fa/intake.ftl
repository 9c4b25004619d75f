# Ankommen – گفتگوی اول (نسخه‌ی کوتاه). فارسی.
# Ankommen – first conversation (short version). Farsi (Persian).
# NOTE: machine-assisted translation from the German source; a native speaker should review this file.
# Variables from the municipality profile: $municipality, $service_point, $sp_address, $sp_phone,
# $sp_email, $sp_hours, $crisis_phone.

pick-language = لطفاً زبان خود را انتخاب کنید.

welcome-offer =
    به { $municipality } خوش آمدید!
    { $service_point } به شما مشاوره می‌دهد. این مشاوره رایگان، اختیاری و محرمانه است.
    ما در این موضوع‌ها کمک می‌کنیم: نگهداری از کودکان، آموزش و تحصیل، امور مالی، سلامت، اوقات فراغت، زبان و کار.
    نشانی: { $sp_address } · تلفن: { $sp_phone }

consent-notice =
    برای اینکه بتوانیم به شما مشاوره بدهیم، پاسخ‌های شما در این گفتگو را ذخیره می‌کنیم.
    برای چه: تا مشاوره‌ی مناسب را به شما پیشنهاد کنیم.
    چه کسی آن‌ها را می‌بیند: فقط مشاوران مرکز مشاوره که به کار شما رسیدگی می‌کنند.
    تا کی: فقط تا وقتی که مشاوره ادامه دارد.
    حقوق شما: هر وقت بخواهید، می‌توانید بپرسید چه چیزی ذخیره شده است. می‌توانید بخواهید همه‌چیز پاک شود.
    اگر موافق نباشید، هیچ چیزی ذخیره نمی‌کنیم. باز هم اطلاعات لازم را به شما می‌دهیم.
    آیا موافق هستید؟
button-consent-yes = بله، موافقم
button-consent-no = نه، ممنون

declined-info =
    اشکالی ندارد. ما هیچ اطلاعاتی از شما ذخیره نکرده‌ایم.
    هر وقت بخواهید، می‌توانید بدون وقت قبلی پیش ما بیایید:
    { $service_point }، { $sp_address }
    ساعت کار: { $sp_hours } · تلفن: { $sp_phone }
    اگر در یک بحران شدید هستید، خط تلفنی کمک (Telefonseelsorge) شبانه‌روز و رایگان در دسترس است: { $crisis_phone }
    اگر بعداً خواستید مشاوره بگیرید، کافی است /start را بنویسید.

q-household-size = چند نفر با هم در خانه‌ی شما زندگی می‌کنند؟ خودتان را هم بشمارید. لطفاً یک عدد بنویسید.
label-household-size = تعداد افراد خانوار

q-arrival = از چه زمانی در آلمان هستید؟ لطفاً ماه و سال میلادی را بنویسید، مثلاً 03/2024 (با اعداد فارسی هم می‌شود). این را می‌پرسیم چون بعضی از خدمات فقط برای سال‌های اول هستند.
label-arrival = در آلمان از

q-german-level = آلمانی را چقدر خوب صحبت می‌کنید؟
label-german-level = سطح زبان آلمانی
opt-german-none = هنوز اصلاً بلد نیستم
opt-german-a1 = کمی (A1)
opt-german-a2 = گفتگوی ساده (A2)
opt-german-b1 = خوب برای کارهای روزمره (B1)
opt-german-b2plus = خیلی خوب (B2 یا بالاتر)

info-interpreter = مشکلی نیست: می‌توانیم برای جلسه‌ی مشاوره یک مترجم با خودمان بیاوریم.

q-topics = برای چه چیزهایی کمک می‌خواهید؟ می‌توانید چند موضوع را انتخاب کنید و بعد روی «تمام» بزنید.
label-topics = موضوع‌ها
topic-childcare = نگهداری از کودکان
topic-education = مدرسه و تحصیل
topic-work = کار و آموزش حرفه‌ای
topic-language = کلاس زبان آلمانی
topic-finances = پول و بدهی
topic-health = سلامت
topic-housing = خانه و مسکن
topic-residence = اقامت و مدارک
topic-authorities = نامه‌ها و اداره‌ها
topic-leisure = تفریح و آشنایی با مردم
topic-other = موضوع دیگر

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
