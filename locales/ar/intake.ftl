# Ankommen – المحادثة الأولى. العربية الفصحى المبسّطة.
# NOTE: machine-assisted translation from the German source; a native speaker should review this file.
# Form of address: polite plural (أنتم / ـكم, "يُرجى …"), gender-neutral. Buttons speak as the person ("أعمل").
# Variables from the municipality profile: $municipality, $service_point, $sp_address, $sp_phone,
# $sp_email, $sp_hours, $crisis_phone, $course_contact, $counselling_contact.
# Inside repeats (household members): $index (1 = the person themself), $count.

pick-language = يُرجى اختيار لغتكم.

welcome-offer =
    أهلاً وسهلاً بكم في { $municipality }!
    يمكنكم الحصول على استشارة في { $service_point }. الاستشارة مجانية واختيارية وسرّية.
    نساعدكم في أسئلتكم عن: رعاية الأطفال، والتعليم، والمال، والصحة، وأوقات الفراغ، واللغة، والعمل.
    العنوان: { $sp_address } · الهاتف: { $sp_phone }

## العمر والموافقة

q-age-gate = هل عمركم 16 سنة أو أكثر؟ نسأل لأنه إذا كان العمر أقل من ذلك، يجب أن يوافق أيضاً أحد الوالدين أو الوصي.
opt-age-adult = نعم، 16 سنة أو أكثر
opt-age-minor = لا، أقل من 16 سنة
info-minor =
    شكراً! لأن عمركم أقل من 16 سنة، يجب أن يوافق أحد الوالدين أو الوصي عليكم.
    هل هذا الشخص معكم الآن ويستطيع أن يقرأ معكم؟
opt-minor-guardian = نعم، هو معي الآن
opt-minor-anonymous = لا، معلومات فقط

consent-notice =
    لكي نستطيع تقديم الاستشارة لكم، نحفظ إجاباتكم في هذه المحادثة.
    لماذا: لنقدّم لكم الاستشارة المناسبة.
    من يراها: فقط الموظفون المختصون في مكتب الاستشارة الذين يوزّعون الحالات ويتابعون حالتكم.
    إلى متى: فقط طوال مدة الاستشارة.
    حقوقكم: يمكنكم في أي وقت أن تسألوا ما الذي نحفظه عنكم، وأن تطلبوا حذف كل شيء.
    إذا لم توافقوا، فلن نحفظ أي شيء. وستحصلون على المعلومات مع ذلك.
    هل توافقون؟
consent-notice-guardian =
    يُرجى أن تقرؤوا هذا بصفتكم أحد الوالدين أو الوصي:
    لكي نستطيع تقديم الاستشارة لطفلكم، نحفظ الإجابات في هذه المحادثة.
    لماذا: لنقدّم الاستشارة المناسبة.
    من يراها: فقط الموظفون المختصون في مكتب الاستشارة الذين يوزّعون الحالات ويتابعون هذه الحالة.
    إلى متى: فقط طوال مدة الاستشارة.
    حقوقكم: يمكنكم في أي وقت أن تسألوا ما الذي نحفظه، وأن تطلبوا حذف كل شيء.
    إذا لم توافقوا، فلن نحفظ أي شيء.
    هل توافقون بصفتكم أحد الوالدين أو الوصي؟
consent-full =
    تفاصيل الموافقة:
    الجهة المسؤولة هي مدينة { $municipality }، { $service_point }، { $sp_address }، { $sp_email }.
    نحفظ إجاباتكم في هذه المحادثة، ولغتكم، ووقت موافقتكم. أما مُعرّف محادثتكم (في Telegram هو رقم المستخدم الخاص بكم) فنحفظه مشفّراً فقط، لكي نستطيع الرد عليكم.
    الهدف: الاستشارة والمرافقة في بداية حياتكم هنا (إدارة الاندماج). الموافقة اختيارية؛ وبدونها تحصلون مع ذلك على المعلومات وعلى استشارة دون ذكر هويتكم.
    الأساس القانوني هو موافقتكم، وفقاً للمادة 6 الفقرة 1 البند (أ) والمادة 9 الفقرة 2 البند (أ) من اللائحة العامة لحماية البيانات (GDPR). المعلومات عن الصحة محمية بشكل خاص بموجب المادة 9 من هذه اللائحة. نحفظها مشفّرة، وكذلك المعلومات عن الإقامة والنصوص التي تكتبونها بأنفسكم.
    لا يرى معلوماتكم إلا الموظفون المختصون في مكتب الاستشارة الذين يوزّعون الحالات ويتابعون حالتكم. وهم ملزَمون بالحفاظ على السرّية. لا نعطي أي معلومات لجهات أخرى إلا إذا سمحتم بذلك صراحةً.
    بعد انتهاء الاستشارة نزيل من البيانات كل ما يدل على هويتكم، وذلك بعد 9 أشهر من آخر تواصل على أبعد تقدير.
    يمكنكم سحب موافقتكم في أي وقت: الأمر /delete يحذف فوراً كل ما حفظناه. والأمر /mydata يعرض ما هو محفوظ. أما سجل هذه المحادثة على جهازكم وفي Telegram فأنتم وحدكم من يستطيع حذفه.
    الشكاوى: لدى مسؤول حماية البيانات في المدينة أو لدى هيئة حماية البيانات في الولاية.
button-consent-yes = نعم، أوافق
button-consent-no = لا، شكراً
button-consent-full = قراءة كل التفاصيل

declined-info =
    لا بأس. لم نحفظ أي شيء عنكم.
    يمكنكم زيارتنا في أي وقت بدون موعد:
    { $service_point }، { $sp_address }
    أوقات العمل: { $sp_hours } · الهاتف: { $sp_phone }
    دورات اللغة الألمانية: { $course_contact }
    الاستشارة للبالغين: { $counselling_contact }
    في حالة أزمة حادة: خط الدعم النفسي، مجاناً، ليلاً ونهاراً: { $crisis_phone } · الطوارئ: 112
    إذا رغبتم في الاستشارة لاحقاً، اكتبوا فقط /start.

q-sharing =
    أحياناً يفيد أن يُسمح لنا بالتحدث مع جهات أخرى. هذا اختياري.
    اضغطوا فقط على الجهات التي يُسمح لها بالحصول على إجاباتكم في هذه المحادثة، لكي تستطيع تقديم الاستشارة لكم. إذا لم تضغطوا على شيء، فلن نعطي أي معلومات لأحد. يمكنكم تغيير ذلك في أي وقت عبر /consent.
label-sharing = مسموح بالمشاركة مع
recipient-jobcentre = مركز العمل (Jobcenter)
recipient-foreigners-office = دائرة الأجانب
recipient-jmd = خدمة هجرة الشباب (JMD)
recipient-mbe = استشارة الهجرة للبالغين
recipient-refugee-counselling = استشارة اللاجئين
recipient-line = • { $name }: { $kind }

## الأزمات

q-crisis = هل أنتم الآن في حالة طارئة حادة – مثلاً في خطر، أو بدون مكان للنوم هذه الليلة، أو في ضيق نفسي شديد؟
label-crisis = حالة طارئة حادة
opt-crisis-acute = نعم، أحتاج إلى مساعدة الآن
opt-crisis-none = لا
info-crisis =
    شكراً لأنكم أخبرتمونا. هنا تحصلون على مساعدة فورية:
    الطوارئ (خطر، إصابة): 112 · الشرطة: 110
    خط الدعم النفسي، مجاناً، ليلاً ونهاراً: { $crisis_phone }
    { $service_point }: { $sp_phone } ({ $sp_hours })
    نعتبر رسالتكم عاجلة، وسنتواصل معكم في أسرع وقت ممكن.

## الأشخاص في البيت

q-household-size = كم عدد الأشخاص الذين يعيشون في بيتكم، مع احتسابكم أنتم؟ يُرجى كتابة رقم.
label-household-size = عدد الأشخاص في البيت
info-members = والآن بعض الأسئلة القصيرة عن كل شخص في البيت – أولاً عنكم. هكذا نجد خدمات تناسب الجميع.
label-member =
    { $index ->
        [0] الأشخاص في البيت (التفاصيل)
        [1] أنتم أنفسكم
       *[other] الشخص { $index }
    }
q-member-age =
    { $index ->
        [1] كم عمركم؟ يُرجى كتابة رقم.
       *[other] الشخص { $index }: كم عمر هذا الشخص؟ يُرجى كتابة رقم.
    }
label-member-age = العمر
q-member-gender =
    { $index ->
        [1] ما جنسكم؟
       *[other] الشخص { $index }: ما جنس هذا الشخص؟
    }
label-member-gender = الجنس
opt-gender-female = أنثى
opt-gender-male = ذكر
opt-gender-diverse = جنس آخر (divers)
opt-gender-not-stated = أفضّل عدم الإجابة
q-member-relation = الشخص { $index }: ما علاقة هذا الشخص بكم؟
label-member-relation = العلاقة
opt-relation-partner = الزوج/ة أو شريك/ة الحياة
opt-relation-child = ابن أو ابنة
opt-relation-parent = الأم أو الأب
opt-relation-sibling = أخ أو أخت
opt-relation-other-relative = أقارب آخرون
opt-relation-other = شخص آخر
q-member-nationality =
    { $index ->
        [1] ما جنسيتكم؟
       *[other] الشخص { $index }: ما جنسية هذا الشخص؟
    }
label-member-nationality = الجنسية
country-syria = سوريا
country-afghanistan = أفغانستان
country-iraq = العراق
country-iran = إيران
country-turkey = تركيا
country-ukraine = أوكرانيا
country-romania = رومانيا
country-bulgaria = بلغاريا
country-poland = بولندا
country-russia = روسيا
country-eritrea = إريتريا
country-other = بلد آخر
q-member-residence =
    { $index ->
        [1] ما وضع إقامتكم؟ هذا يساعدنا على إيجاد الجهة المناسبة. يمكنكم تخطّي هذا السؤال.
       *[other] الشخص { $index }: ما وضع إقامة هذا الشخص؟ يمكنكم تخطّي هذا السؤال.
    }
label-member-residence = وضع الإقامة
opt-residence-asylum-pending = إجراءات اللجوء جارية
opt-residence-duldung = تعليق الترحيل (Duldung)
opt-residence-permit = تصريح إقامة
opt-residence-eu = مواطن/ة من الاتحاد الأوروبي
opt-residence-other = شيء آخر
opt-residence-unknown = لا أعرف

## الوصول واللغة

q-arrival = منذ متى أنتم في ألمانيا؟ يُرجى كتابة الشهر والسنة، مثلاً 03/2024 أو ٠٣/٢٠٢٤. نسأل لأن بعض الخدمات متاحة فقط في السنوات الأولى.
label-arrival = في ألمانيا منذ
q-arrival-town = منذ متى تسكنون في { $municipality }؟ يُرجى كتابة الشهر والسنة، مثلاً 05/2024 أو ٠٥/٢٠٢٤.
label-arrival-town = في { $municipality } منذ
q-family-languages = ما اللغات التي تتكلمونها في العائلة؟ يمكنكم اختيار عدة لغات، ثم الضغط على «تم».
label-family-languages = لغات العائلة
lang-arabic = العربية
lang-dari-farsi = الدارية / الفارسية
lang-kurdish = الكردية
lang-pashto = البشتو
lang-tigrinya = التغرينية
lang-turkish = التركية
lang-ukrainian = الأوكرانية
lang-russian = الروسية
lang-romanian = الرومانية
lang-bulgarian = البلغارية
lang-polish = البولندية
lang-french = الفرنسية
lang-english = الإنجليزية
lang-other = لغة أخرى
q-german-level = ما مستوى لغتكم الألمانية؟
label-german-level = مستوى اللغة الألمانية
opt-german-none = لا أتكلمها بعد
opt-german-a1 = قليلاً (A1)
opt-german-a2 = محادثات بسيطة (A2)
opt-german-b1 = جيد في الحياة اليومية (B1)
opt-german-b2plus = جيد جداً (B2 أو أعلى)
q-interpreter = هل تريدون مترجماً فورياً أو مترجمة فورية في الموعد؟ هذا مجاني.
label-interpreter = الترجمة الفورية
opt-interpreter-needed = نعم، من فضلكم
opt-interpreter-not-needed = لا، غير ضروري
q-interpreter-language = إلى أي لغة تريدون الترجمة؟
label-interpreter-language = الترجمة الفورية إلى

## السكن والصحة والعائلة

q-housing = ما وضع سكنكم حالياً؟
label-housing = السكن
opt-housing-own-flat = شقة خاصة
opt-housing-shelter = سكن تابع للمدينة
opt-housing-with-others = عند العائلة أو الأصدقاء
opt-housing-none = ليس لدي سكن
opt-housing-other = غير ذلك
q-housing-adequate = هل السكن مناسب لكم ولعائلتكم (المساحة والحالة)؟
label-housing-adequate = السكن مناسب
opt-housing-adequate = نعم، مناسب
opt-housing-not-adequate = لا، غير مناسب
q-health = هل لدى أحد في بيتكم مشاكل صحية، جسدية أو نفسية؟ لستم مضطرين للإجابة عن هذا السؤال. نسأل فقط لنجد لكم المساعدة المناسبة.
label-health = مشاكل صحية
opt-health-none = لا
opt-health-physical = نعم، جسدية
opt-health-psychological = نعم، نفسية
opt-health-both = نعم، كلاهما
opt-health-prefer-not = لا أريد أن أقول
q-children-needs = بالنسبة للأطفال في بيتكم: ماذا تحتاجون؟ يمكنكم اختيار عدة إجابات، ثم «تم».
label-children-needs = احتياجات الأطفال
opt-children-daycare = مكان في الحضانة (Kita)
opt-children-school-place = مكان في المدرسة
opt-children-school-support = مساعدة في المدرسة
opt-children-other = شيء آخر
opt-children-none = لا شيء من ذلك
q-reunification = هل تخططون لإحضار أفراد من عائلتكم إلى هنا (لمّ الشمل)؟ يمكنكم تخطّي هذا السؤال.
label-reunification = لمّ شمل العائلة
opt-reunification-planned = نعم، مخطط له
opt-reunification-in-progress = نعم، الإجراءات جارية
opt-reunification-no = لا

## العمل والدعم

q-work = العمل والتدريب المهني: ما الذي ينطبق عليكم؟ يمكنكم اختيار عدة إجابات، ثم «تم».
label-work = العمل والتدريب المهني
opt-work-working = أعمل
opt-work-looking = أبحث عن عمل
opt-work-training = أقوم بتدريب مهني (Ausbildung)
opt-work-school-study = المدرسة أو الجامعة
opt-work-german-course = أحضر دورة لغة ألمانية
opt-work-experience-abroad = خبرة مهنية من بلدي الأصلي
opt-work-none = لا شيء من ذلك
q-agencies = مع أي جهات تتعاملون بالفعل؟ يمكنكم اختيار عدة إجابات، ثم «تم».
label-agencies = الجهات المعنية
agency-jobcentre = مركز العمل (Jobcenter)
agency-social-office = دائرة الشؤون الاجتماعية
agency-foreigners-office = دائرة الأجانب
agency-youth-office = مكتب الشباب (Jugendamt)
agency-mbe = استشارة الهجرة
agency-jmd = خدمة هجرة الشباب (JMD)
agency-refugee-counselling = استشارة اللاجئين
agency-volunteers = متطوعون
agency-none = لا جهة بعد
q-counsellor = هل لديكم بالفعل مستشار أو مستشارة يرافقكم؟
label-counsellor = لديكم مستشار/ة بالفعل
opt-counsellor-yes = نعم
opt-counsellor-no = لا

q-topics = في أي مواضيع تريدون المساعدة؟ يمكنكم اختيار عدة مواضيع، ثم الضغط على «تم».
label-topics = المواضيع
topic-german-course = دورة اللغة الألمانية
topic-work = العمل والمؤهلات
topic-school = المدرسة والتعليم
topic-childcare = رعاية الأطفال
topic-housing = السكن
topic-finances = المال والديون
topic-health = الصحة
topic-pregnancy = الحمل
topic-residence = الإقامة والأوراق الرسمية
topic-authorities = الرسائل والدوائر الرسمية
topic-legal = أسئلة قانونية
topic-naturalisation = التجنيس
topic-family = العائلة
topic-orientation = الحياة اليومية والتوجيه
topic-mobility = التنقل (الحافلة، القطار)
topic-literacy = تعلّم القراءة والكتابة
topic-discrimination = التمييز
topic-belonging = الجيران والانتماء
topic-leisure = أوقات الفراغ والثقافة
topic-other = شيء آخر

q-remarks = هل تريدون أن تخبرونا بشيء آخر؟ اكتبوه بكلماتكم الخاصة (1000 حرف كحدّ أقصى) – أو تخطّوا هذا السؤال.
label-remarks = ملاحظات إضافية

## الختام

button-done = تم
button-skip = تخطّي
button-submit = إرسال
button-change = تغيير إجابة

summary-intro = يُرجى مراجعة إجاباتكم:
summary-line = • { $label }: { $value }
summary-which = أي إجابة تريدون تغييرها؟
answer-skipped = تم التخطّي
answer-none = بدون إجابة

done-next-steps =
    شكراً جزيلاً! وصلت إجاباتكم إلى { $service_point }.
    سيتواصل معكم شخص مختص خلال أسبوع، هنا في هذه المحادثة.
    هل لديكم أسئلة؟ الهاتف: { $sp_phone }
answer-nobody = لا أحد

## ما يجعل الأمور أصعب (للتقييم، اختياري)
q-barriers = ما الذي يجعل الأمور أصعب عليكم في الوقت الحالي؟ هذا يساعدنا على إيجاد الدعم المناسب لكم. يمكنكم اختيار عدة إجابات، ثم «تم». ويمكنكم أيضاً تخطّي هذا السؤال.
label-barriers = ما يجعل الأمور أصعب
opt-barrier-no-school = ليس لدي شهادة مدرسية
opt-barrier-no-vocational = ليس لدي مهنة معترف بها هنا
opt-barrier-career-unsure = لا أعرف أي عمل يناسبني
opt-barrier-authorities = الرسائل والدوائر الرسمية صعبة عليّ
opt-barrier-debts = عليّ ديون
opt-barrier-lonely = أشعر بالوحدة كثيراً
opt-barrier-none = لا شيء من ذلك
