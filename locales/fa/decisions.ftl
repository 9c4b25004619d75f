# Ankommen – messages after the service point's decision. Farsi (Persian; understandable to Dari speakers too).
# NOTE: translated from the German source; a native speaker should review this file.

decision-admitted = خبر خوب: { $organisation } به موضوع‌های شما رسیدگی می‌کند. یکی از مشاوران ظرف یک هفته با شما تماس می‌گیرد.
decision-referred = برای موضوع‌های شما، { $organisation } جای مناسبی است. همان‌طور که اجازه داده بودید، درخواست شما را به آنجا فرستادیم. خودتان هم می‌توانید با آن‌ها تماس بگیرید: { $contact }
decision-waitlisted = در حال حاضر همه‌ی جاها پر است. نام شما را در فهرست انتظار خود نوشته‌ایم و حدود سه ماه دیگر به شما پیام می‌دهیم. اگر پیش از آن کارتان فوری شد، لطفاً تلفن بزنید: { $sp_phone }
decision-waitlist-recontact = نام شما هنوز در فهرست انتظار ماست. آیا هنوز به کمک نیاز دارید؟
button-waitlist-still = بله، هنوز نیاز دارم
button-waitlist-no-longer = نه، دیگر نیاز ندارم
decision-declined = متأسفانه نمی‌توانیم همراهی طولانی‌مدت به شما پیشنهاد کنیم. اینجا می‌توانید مشاوره بگیرید: { $counselling_contact }
