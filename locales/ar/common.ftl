# Ankommen – النصوص المشتركة (الأوامر والتنبيهات ورسائل الخطأ). العربية الفصحى المبسّطة.
# NOTE: machine-assisted translation from the German source; a native speaker should review this file.
# Form of address: polite plural (أنتم / ـكم, "يُرجى …"), gender-neutral. Commands stay in Latin letters.

help =
    هنا يمكنكم التسجيل للحصول على استشارة مجانية.
    اضغطوا على الأزرار أو اكتبوا إجابتكم.
    /language – تغيير اللغة
    /restart – البدء من جديد
    /help – هذه المساعدة
    /mydata – عرض ما حفظناه
    /delete – حذف كل شيء
    /stop – لا مزيد من الرسائل
    /consent – { cmd-consent }
    /appointment – { cmd-appointment }
welcome-back = يسعدنا أن نراكم مرة أخرى. سنكمل من حيث توقفنا.
restarted = لنبدأ من جديد.
finished-already = إجاباتكم وصلتنا بالفعل. إذا أردتم البدء من جديد، اكتبوا /restart.
finished-welcome-back = أهلاً بعودتكم! إجاباتكم وصلتنا بالفعل. للبدء من جديد اكتبوا /restart.

error-unsupported = عذراً، أستطيع قراءة النصوص والأزرار فقط. لا أحفظ الصور أو الرسائل الصوتية أو الملفات.
error-stale-button = هذا الزر خاص بسؤال سابق. هذا هو السؤال الحالي:
error-use-buttons = يُرجى الضغط على أحد الأزرار تحت السؤال.
error-pick-at-least =
    { $count ->
        [zero] يُرجى اختيار { $count } موضوع على الأقل.
        [one] يُرجى اختيار موضوع واحد على الأقل.
        [two] يُرجى اختيار موضوعين على الأقل.
        [few] يُرجى اختيار { $count } مواضيع على الأقل.
        [many] يُرجى اختيار { $count } موضوعاً على الأقل.
       *[other] يُرجى اختيار { $count } موضوع على الأقل.
    }
error-empty = يُرجى كتابة إجابة.
error-too-long = إجابتكم طويلة جداً (عدد الأحرف: { $length }). يُرجى ألّا يزيد عدد الأحرف على { $max }.
error-number = يُرجى كتابة رقم من { $min } إلى { $max }.
error-number-range = هذا الرقم غير مناسب. يُرجى كتابة رقم من { $min } إلى { $max }.
error-date-month = لم أستطع قراءة التاريخ. يُرجى كتابة الشهر والسنة، مثلاً 03/2024 أو ٠٣/٢٠٢٤.
error-date-day = لم أستطع قراءة التاريخ. يُرجى كتابة اليوم والشهر والسنة، مثلاً 15.03.2024.
error-date-future = هذا التاريخ في المستقبل. يُرجى التحقق منه مرة أخرى.
error-date-too-early = هذا التاريخ قبل سنة { $year }. يُرجى التحقق منه مرة أخرى.
error-private-only = أنا أجيب فقط في المحادثات الخاصة. يُرجى مراسلتي مباشرة.
error-internal = عذراً، حدث خطأ لدينا. يُرجى إرسال رسالتكم الأخيرة مرة أخرى.

cmd-start = البدء
cmd-help = المساعدة
cmd-language = تغيير اللغة
cmd-restart = البدء من جديد

error-too-fast = أنتم تكتبون بسرعة كبيرة. سأنتظر قليلاً ثم أتابع القراءة.
error-edited = عذراً، لا يمكنني قبول الرسائل المعدَّلة. يُرجى إرسال الإجابة من جديد.
stopped = حسناً: لن نرسل إليكم أي رسائل من طرفنا بعد الآن. تبقى إجاباتكم محفوظة إلى أن تحذفوها باستخدام /delete. للمتابعة اكتبوا /start.
delete-confirm = هل تريدون فعلاً حذف كل ما حفظناه عنكم؟ لا يمكن التراجع عن ذلك.
button-delete-yes = نعم، احذفوا كل شيء
button-delete-no = لا، أبقوه
deleted = تم: حُذف كل ما كنا قد حفظناه عنكم. إذا أردتم المساعدة لاحقاً، اكتبوا /start.
delete-cancelled = حسناً، لم يُحذف شيء.
mydata-intro = هذا ما حفظناه عنكم:
mydata-no-answers = لا توجد إجابات بعد.
mydata-consent =
    { $kind ->
        [data_processing] الموافقة على الاستشارة
       *[other] المشاركة ({ $kind })
    }: { $granted ->
        [yes] موافقة
       *[no] رفض
    } بتاريخ { $date }
mydata-file = ستجدون كل ذلك أيضاً في الملف.
mydata-case = يحتوي الملف أيضاً على ما كتبه فريق الاستشارة عن حالتكم: الملاحظات وخطتكم والقرارات.
keyword-stop = توقف, أوقف, قف, stop
cmd-stop = لا مزيد من الرسائل
cmd-delete = حذف بياناتي
cmd-mydata = عرض بياناتي
progress = السؤال { $current } من { $total }
cmd-consent = تغيير مشاركة البيانات
consent-updated = شكراً، تم حفظ اختياركم. يمكنكم تغييره مرة أخرى في أي وقت باستخدام /consent.
