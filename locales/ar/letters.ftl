# Ankommen – the welcome letter with the personal code (post). Arabic (Modern Standard Arabic, simple and warm).
# NOTE: translated from the German source; a native speaker should review this file.
# Printed below the German text. Polite plural (أنتم / ـكم), gender-neutral; Arabic comma and question mark.
# Variables: $names (names of the adults in the household), $municipality, $service_point, $sp_address,
# $sp_phone, $sp_hours.

letter-subject = أهلاً بكم في { $municipality }: استشارة للقادمين الجدد
letter-greeting = مرحباً { $names }،
letter-intro = أهلاً وسهلاً بكم في { $municipality }! في { $service_point } نقدّم لكم الاستشارة ونساعدكم في أسئلتكم عن رعاية الأطفال، والتعليم، والمال، والصحة، وأوقات الفراغ، واللغة، والعمل. الاستشارة مجانية واختيارية وسرّية.
letter-offer-letter = يمكنكم أن تكتبوا لنا عبر المحادثة بلغتكم. كل ما عليكم هو أن تمسحوا الرمز بكاميرا هاتفكم أو أن تفتحوا الرابط. في المحادثة نطرح عليكم بعض الأسئلة ونقترح عليكم موعداً.
letter-offer-home-visit = نودّ أن نزوركم في البيت ونشرح لكم كل شيء بهدوء. سيتواصل معكم شخص من فريقنا لتحديد موعد. ويمكنكم أيضاً أن تكتبوا لنا عبر المحادثة بلغتكم قبل الزيارة: امسحوا الرمز أو افتحوا الرابط.
letter-offer-counselling = إذا كانت لديكم أسئلة، يمكنكم أن تكتبوا لنا عبر المحادثة بلغتكم. كل ما عليكم هو أن تمسحوا الرمز بكاميرا هاتفكم أو أن تفتحوا الرابط. نقدّم لكم الاستشارة، أو نخبركم بالجهة المناسبة لسؤالكم.
letter-scan = امسحوا الرمز أو افتحوا الرابط (Telegram):
letter-code-note = لا يحتوي الرمز على أي بيانات شخصية. إنه يُبيّن لنا فقط أنكم وصلتم إلينا عن طريق هذه الرسالة.
letter-voluntary = هذه الخدمة اختيارية. إذا لم تستخدموها، فلن يضرّكم ذلك بأي شكل.
letter-contact = يمكنكم أيضاً زيارتنا أو الاتصال بنا: { $sp_address }، الهاتف { $sp_phone }، أوقات العمل { $sp_hours }.
letter-closing = مع أطيب التحيات
letter-signature = فريق { $service_point }
