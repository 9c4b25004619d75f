# Ankommen – متن‌های مشترک (فرمان‌ها، توضیحات، پیام‌های خطا). فارسی.
# Ankommen – shared texts (commands, notices, error messages). Farsi (Persian).
# NOTE: machine-assisted translation from the German source; a native speaker should review this file.

help =
    اینجا می‌توانید برای مشاوره‌ی رایگان ثبت‌نام کنید.
    روی دکمه‌ها بزنید یا پاسخ خود را بنویسید.
    /language – تغییر زبان
    /restart – شروع دوباره از اول
    /help – همین راهنما
welcome-back = خوشحالیم که دوباره آمدید. از همان جایی که ماندیم ادامه می‌دهیم.
restarted = از اول شروع می‌کنیم.
finished-already = اطلاعات شما قبلاً به دست ما رسیده است. اگر می‌خواهید از اول شروع کنید، /restart را بنویسید.
finished-welcome-back = خوش آمدید! اطلاعات شما قبلاً به دست ما رسیده است. با /restart می‌توانید از اول شروع کنید.

error-unsupported = متأسفانه من فقط می‌توانم متن و دکمه‌ها را بخوانم. عکس، پیام صوتی و فایل را ذخیره نمی‌کنم.
error-stale-button = این دکمه مربوط به یک سؤال قبلی است. سؤال فعلی این است:
error-use-buttons = لطفاً روی یکی از دکمه‌های زیر سؤال بزنید.
error-pick-at-least =
    { $count ->
        [one] لطفاً حداقل یک موضوع را انتخاب کنید.
       *[other] لطفاً حداقل { $count } موضوع را انتخاب کنید.
    }
error-empty = لطفاً یک پاسخ بنویسید.
error-too-long = پاسخ شما خیلی طولانی است ({ $length } حرف). لطفاً حداکثر { $max } حرف بنویسید.
error-number = لطفاً یک عدد بین { $min } و { $max } بنویسید.
error-number-range = این عدد مناسب نیست. لطفاً یک عدد بین { $min } و { $max } بنویسید.
error-date-month = نتوانستم تاریخ را بخوانم. لطفاً ماه و سال میلادی را بنویسید، مثلاً 03/2024.
error-date-day = نتوانستم تاریخ را بخوانم. لطفاً روز، ماه و سال میلادی را بنویسید، مثلاً 15.03.2024.
error-date-future = این تاریخ در آینده است. لطفاً دوباره آن را بررسی کنید.
error-date-too-early = این تاریخ قبل از سال { $year } است. لطفاً دوباره آن را بررسی کنید.
error-private-only = من فقط در گفتگوی خصوصی پاسخ می‌دهم. لطفاً مستقیم به من پیام بدهید.
error-internal = متأسفیم، مشکلی در سیستم ما پیش آمد. لطفاً آخرین پیام خود را دوباره بفرستید.

cmd-start = شروع
cmd-help = راهنما
cmd-language = تغییر زبان
cmd-restart = شروع دوباره از اول
