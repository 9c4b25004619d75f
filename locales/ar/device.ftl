# Ankommen – نصوص حول الجهاز الخاص: عرض البيانات بعد السؤال فقط؛ تذكّر المحادثة على الموقع أو إنهاؤها.
# NOTE: written from the German source for this release; a native speaker should review this file.

mydata-confirm = ستظهر لكم بعد قليل كل البيانات التي حفظناها عنكم. هل هذا جهازكم الخاص، ولا يقرأ أحد معكم؟
button-mydata-yes = نعم، اعرضوها
button-mydata-no = لا، ليس الآن
mydata-not-shown = حسناً، لن نعرض شيئاً. اكتبوا /mydata عندما تكونون وحدكم مع جهازكم.
webchat-remember = تذكّر هذه المحادثة على هذا الجهاز
webchat-end = إنهاء المحادثة على هذا الجهاز
webchat-ended = انتهت المحادثة على هذا الجهاز: من يستخدم الجهاز بعدكم لن يراها. هل لديكم أسئلة عن بياناتكم؟ اتصلوا بنا على الرقم: { $sp_phone }
webchat-busy = تبدأ الآن محادثات كثيرة جداً من هذا الاتصال. يرجى المحاولة مرة أخرى بعد بضع دقائق.
