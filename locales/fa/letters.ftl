# Ankommen – the welcome letter with the personal code (post). Farsi (Persian; understandable to Dari speakers too).
# NOTE: translated from the German source; a native speaker should review this file.
# Printed below the German text. Polite plural (شما), ی/ک and ZWNJ; chat = گفتگو (چت) as in the other files.
# Variables: $names (names of the adults in the household), $municipality, $service_point, $sp_address,
# $sp_phone, $sp_hours.

letter-subject = به { $municipality } خوش آمدید: مشاوره برای تازه‌واردان
letter-greeting = سلام { $names } گرامی،
letter-intro = به { $municipality } خوش آمدید! { $service_point } در این موضوع‌ها به شما مشاوره می‌دهد: نگهداری از کودکان، آموزش و تحصیل، امور مالی، سلامت، اوقات فراغت، زبان و کار. این مشاوره رایگان، اختیاری و محرمانه است.
letter-offer-letter = می‌توانید در گفتگو (چت) به زبان خودتان برای ما بنویسید. برای این کار، کد را با دوربین تلفن همراه خود اسکن کنید یا لینک را باز کنید. در گفتگو چند سؤال از شما پرسیده می‌شود و یک وقت مشاوره به شما پیشنهاد می‌شود.
letter-offer-home-visit = دوست داریم به دیدن شما در خانه‌تان بیاییم و همه‌چیز را با حوصله برایتان توضیح دهیم. یکی از همکاران ما با شما تماس می‌گیرد تا با هم وقتی برای دیدار بگذاریم. اگر بخواهید، قبل از آن هم می‌توانید در گفتگو (چت) به زبان خودتان برای ما بنویسید: کد را اسکن کنید یا لینک را باز کنید.
letter-offer-counselling = اگر سؤالی دارید، می‌توانید در گفتگو (چت) به زبان خودتان برای ما بنویسید. برای این کار، کد را با دوربین تلفن همراه خود اسکن کنید یا لینک را باز کنید. ما به شما مشاوره می‌دهیم یا مرکز مناسب را به شما معرفی می‌کنیم.
letter-scan = کد را اسکن کنید یا لینک را باز کنید (Telegram):
letter-code-note = در این کد هیچ اطلاعات شخصی وجود ندارد. کد فقط به ما نشان می‌دهد که شما از طریق این نامه به ما مراجعه کرده‌اید.
letter-voluntary = استفاده از این خدمات اختیاری است. اگر از آن استفاده نکنید، هیچ ضرری برای شما ندارد.
letter-contact = همچنین می‌توانید به دفتر ما بیایید یا تلفن بزنید: { $sp_address }، تلفن { $sp_phone }، ساعت کار { $sp_hours }.
letter-closing = با احترام و بهترین آرزوها
letter-signature = تیم { $service_point }
