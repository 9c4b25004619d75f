# Ankommen – messages caseworkers send from a template. Farsi (Persian; understandable to Dari speakers).
# NOTE: translated from the German source; a native speaker should review this file.

template-please-call = لطفاً با ما تماس بگیرید. می‌خواهیم درباره‌ی موضوعی با شما صحبت کنیم. تلفن: { $phone }
template-bring-documents = لطفاً وقتی برای وقت مشاوره می‌آیید، این‌ها را همراه بیاورید: کارت شناسایی یا مدارک اقامت، و نامه‌هایی که از اداره‌ها به دستتان رسیده است.
template-still-need = مدتی است از شما خبری نداریم. آیا هنوز به کمک نیاز دارید؟ اگر خواستید، همین‌جا برای ما بنویسید.
template-goal-check = مشاور شما دوست دارد بداند کارها برای رسیدن به هدف‌هایتان چطور پیش می‌رود. اگر خواستید، همین‌جا چند کلمه بنویسید یا تلفن بزنید: { $phone }

## در پایان (بازخورد اختیاری)
followup-evaluation = دوره‌ی همراهی شما نزد ما به پایان رسیده است. از اعتماد شما ممنونیم! اگر دوست دارید، به ما بگویید که این همراهی به شما کمک کرد یا نه. پاسخ دادن اختیاری است.
button-eval-good = بله، کمک کرد
button-eval-partly = تا حدی
button-eval-not = نه چندان
