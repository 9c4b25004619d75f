# Ankommen – messages caseworkers send from a template. Arabic.
# NOTE: translated from the German source; a native speaker should review this file.

template-please-call = يُرجى التواصل معنا، نودّ أن نتحدث معكم في موضوع. الهاتف: { $phone }
template-bring-documents = يُرجى أن تُحضروا معكم إلى موعدكم: بطاقة الهوية أو أوراق الإقامة، والرسائل التي وصلتكم من الدوائر الرسمية.
template-still-need = لم نسمع منكم منذ مدة. هل ما زلتم بحاجة إلى دعم؟ يسعدنا أن تكتبوا لنا هنا.
template-goal-check = يودّ مستشاركم أو مستشارتكم أن يعرف كيف تسير الأمور مع أهدافكم. يمكنكم أن تكتبوا لنا هنا بضع كلمات، أو أن تتصلوا على الرقم: { $phone }

## في الختام (رأيكم اختياري)
followup-evaluation = انتهت فترة مرافقتكم لدينا. شكراً على ثقتكم! هل تودّون أن تخبرونا إن كانت المرافقة قد ساعدتكم؟ الإجابة اختيارية.
button-eval-good = نعم، لقد ساعدتني
button-eval-partly = جزئياً
button-eval-not = ليس كثيراً
