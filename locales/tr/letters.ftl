# Ankommen – the welcome letter with the personal code (post). Turkish.
# NOTE: translated from the German source; a native speaker should review this file.
# Printed below the German text. Polite "siz" throughout. No suffixes on variables: a noun after the
# variable carries them ("{ $municipality } şehrine", "{ $service_point } ekibi").
# Variables: $names (names of the adults in the household), $municipality, $service_point, $sp_address,
# $sp_phone, $sp_hours.

letter-subject = { $municipality } şehrine hoş geldiniz: yeni gelenler için danışmanlık
letter-greeting = Merhaba { $names },
letter-intro = { $municipality } şehrine hoş geldiniz! { $service_point }, çocuk bakımı, eğitim, para, sağlık, boş zaman, dil ve iş konularındaki sorularınızda size danışmanlık sunuyor. Danışmanlık ücretsiz, isteğe bağlı ve gizlidir.
letter-offer-letter = Bize sohbet üzerinden kendi dilinizde yazabilirsiniz. Bunun için telefonunuzun kamerasıyla kodu tarayın veya bağlantıyı açın. Sohbette size birkaç soru sorulacak ve bir randevu önerilecek.
letter-offer-home-visit = Sizi evinizde ziyaret edip her şeyi acele etmeden açıklamak isteriz. Randevu ayarlamak için ekibimizden biri sizinle iletişime geçecek. Dilerseniz ziyaretten önce de bize sohbet üzerinden kendi dilinizde yazabilirsiniz: Bunun için kodu tarayın veya bağlantıyı açın.
letter-offer-counselling = Sorularınız varsa bize sohbet üzerinden kendi dilinizde yazabilirsiniz. Bunun için telefonunuzun kamerasıyla kodu tarayın veya bağlantıyı açın. Size danışmanlık veririz ya da hangi kuruma başvurabileceğinizi söyleriz.
letter-scan = Kodu tarayın veya bağlantıyı açın (Telegram):
letter-code-note = Kod hiçbir kişisel bilgi içermez. Bize sadece bu mektup aracılığıyla ulaştığınızı gösterir.
letter-voluntary = Bu hizmetten yararlanmak isteğe bağlıdır. Yararlanmazsanız bunun size hiçbir zararı olmaz.
letter-contact = Dilerseniz bize uğrayabilir ya da bizi arayabilirsiniz: { $sp_address }, telefon { $sp_phone }, çalışma saatleri { $sp_hours }.
letter-closing = Saygılarımızla
letter-signature = { $service_point } ekibi
