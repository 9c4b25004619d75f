# Ankommen – المحادثة الأولى (نسخة مختصرة). العربية الفصحى المبسّطة.
# NOTE: machine-assisted translation from the German source; a native speaker should review this file.
# Form of address: polite plural (أنتم / ـكم, "يُرجى …"), gender-neutral.
# Variables from the municipality profile: $municipality, $service_point, $sp_address, $sp_phone,
# $sp_email, $sp_hours, $crisis_phone.

pick-language = يُرجى اختيار لغتكم.

welcome-offer =
    أهلاً وسهلاً بكم في { $municipality }!
    يمكنكم الحصول على استشارة في { $service_point }. الاستشارة مجانية واختيارية وسرّية.
    نساعدكم في أسئلتكم عن: رعاية الأطفال، والتعليم، والمال، والصحة، وأوقات الفراغ، واللغة، والعمل.
    العنوان: { $sp_address } · الهاتف: { $sp_phone }

consent-notice =
    لكي نستطيع تقديم الاستشارة لكم، نحفظ إجاباتكم في هذه المحادثة.
    لماذا: لنقدّم لكم الاستشارة المناسبة.
    من يراها: فقط الموظفون المختصون في مكتب الاستشارة الذين يتابعون حالتكم.
    إلى متى: فقط طوال مدة الاستشارة.
    حقوقكم: يمكنكم في أي وقت أن تسألوا ما الذي نحفظه عنكم، وأن تطلبوا حذف كل شيء.
    إذا لم توافقوا، فلن نحفظ أي شيء. وستحصلون على المعلومات مع ذلك.
    هل توافقون؟
button-consent-yes = نعم، أوافق
button-consent-no = لا، شكراً

declined-info =
    لا بأس. لم نحفظ أي شيء عنكم.
    يمكنكم زيارتنا في أي وقت بدون موعد:
    { $service_point }، { $sp_address }
    أوقات العمل: { $sp_hours } · الهاتف: { $sp_phone }
    إذا كنتم في أزمة حادة، يمكنكم الاتصال بخط الدعم النفسي مجاناً، ليلاً ونهاراً: { $crisis_phone }
    إذا رغبتم في الاستشارة لاحقاً، اكتبوا فقط /start.

q-household-size = كم عدد الأشخاص الذين يعيشون في بيتكم، مع احتسابكم أنتم؟ يُرجى كتابة رقم.
label-household-size = عدد الأشخاص في البيت

q-arrival = منذ متى أنتم في ألمانيا؟ يُرجى كتابة الشهر والسنة، مثلاً 03/2024 أو ٠٣/٢٠٢٤. نسأل لأن بعض الخدمات متاحة فقط في السنوات الأولى.
label-arrival = في ألمانيا منذ

q-german-level = ما مستوى لغتكم الألمانية؟
label-german-level = مستوى اللغة الألمانية
opt-german-none = لا أتكلمها بعد
opt-german-a1 = قليلاً (A1)
opt-german-a2 = محادثات بسيطة (A2)
opt-german-b1 = جيد في الحياة اليومية (B1)
opt-german-b2plus = جيد جداً (B2 أو أعلى)

info-interpreter = لا مشكلة: يمكننا إحضار مترجم فوري أو مترجمة فورية إلى موعدكم.

q-topics = في أي مواضيع تريدون المساعدة؟ يمكنكم اختيار عدة مواضيع، ثم الضغط على «تم».
label-topics = المواضيع
topic-childcare = رعاية الأطفال
topic-education = المدرسة والتعليم
topic-work = العمل والتدريب المهني
topic-language = دورة اللغة الألمانية
topic-finances = المال والديون
topic-health = الصحة
topic-housing = السكن
topic-residence = الإقامة والأوراق الرسمية
topic-authorities = الرسائل والدوائر الرسمية
topic-leisure = أوقات الفراغ والتعارف
topic-other = شيء آخر

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
