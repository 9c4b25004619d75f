# Ankommen – ortak metinler (komutlar, bilgilendirmeler, hata mesajları). Türkçe.
# NOTE: machine-assisted translation from the German source; a native speaker should review this file.

help =
    Burada ücretsiz danışmanlık için kaydolabilirsiniz.
    Düğmelere dokunun veya cevabınızı yazın.
    /language – dili değiştir
    /restart – baştan başla
    /help – bu yardım
    /mydata – kayıtlı bilgileri gör
    /delete – her şeyi sil
    /stop – artık mesaj gelmesin
    /consent – { cmd-consent }
    /appointment – { cmd-appointment }
welcome-back = Tekrar burada olmanıza sevindik. Kaldığımız yerden devam ediyoruz.
restarted = Baştan başlıyoruz.
finished-already = Bilgileriniz bize zaten ulaştı. Baştan başlamak isterseniz /restart yazın.
finished-welcome-back = Tekrar hoş geldiniz! Bilgileriniz zaten bizde. /restart ile baştan başlayabilirsiniz.

error-unsupported = Üzgünüm, sadece yazı ve düğmeleri okuyabiliyorum. Resim, sesli mesaj ve dosyaları kaydetmiyorum.
error-stale-button = Bu düğme daha önceki bir soruya ait. Şu anki soru şu:
error-use-buttons = Lütfen sorunun altındaki düğmelerden birine dokunun.
error-pick-at-least =
    { $count ->
        [one] Lütfen en az bir konu seçin.
       *[other] Lütfen en az { $count } konu seçin.
    }
error-empty = Lütfen bir cevap yazın.
error-too-long = Cevabınız çok uzun ({ $length } karakter). Lütfen en fazla { $max } karakter yazın.
error-number = Lütfen { $min } ile { $max } arasında bir sayı yazın.
error-number-range = Bu sayı uygun değil. Lütfen { $min } ile { $max } arasında bir sayı yazın.
error-date-month = Tarihi okuyamadım. Lütfen ay ve yılı yazın, örneğin 03/2024.
error-date-day = Tarihi okuyamadım. Lütfen gün, ay ve yılı yazın, örneğin 15.03.2024.
error-date-future = Bu tarih gelecekte. Lütfen tekrar kontrol edin.
error-date-too-early = Bu tarih { $year } yılından önce. Lütfen tekrar kontrol edin.
error-private-only = Sadece özel sohbette cevap veriyorum. Lütfen bana doğrudan yazın.
error-internal = Özür dileriz, bizim tarafımızda bir sorun oluştu. Lütfen son mesajınızı tekrar gönderin.

cmd-start = Başla
cmd-help = Yardım
cmd-language = Dili değiştir
cmd-restart = Baştan başla

error-too-fast = Çok hızlı art arda yazıyorsunuz. Biraz bekleyip sonra tekrar okumaya devam edeceğim.
error-edited = Üzgünüm, düzenlenmiş mesajları alamıyorum. Lütfen cevabı yeniden gönderin.
stopped = Tamam: Artık size kendiliğimizden mesaj göndermeyeceğiz. Bilgileriniz eskisi gibi kayıtlı kalır; /delete ile silebilirsiniz. /start ile devam edebilirsiniz.
delete-confirm = Sizinle ilgili kaydettiğimiz her şeyi gerçekten silmek istiyor musunuz? Bu işlem geri alınamaz.
button-delete-yes = Evet, her şeyi sil
button-delete-no = Hayır, kalsın
deleted = Tamamlandı: Sizinle ilgili kaydettiğimiz her şey silindi. Daha sonra yardım isterseniz /start yazın.
delete-cancelled = Peki, hiçbir şey silinmedi.
mydata-intro = Sizinle ilgili kaydettiğimiz bilgiler şunlar:
mydata-no-answers = Henüz cevap yok.
mydata-consent =
    { $kind ->
        [data_processing] Danışmanlık için onay
       *[other] Bilgi paylaşımı ({ $kind })
    }: { $date } tarihinde { $granted ->
        [yes] kabul edildi
       *[no] reddedildi
    }
mydata-file = Tüm bilgileri dosyada da bulabilirsiniz.
mydata-case = Dosyada danışmanların durumunuz hakkında yazdıkları da var: notlar, planınız ve kararlar.
keyword-stop = stop, dur, durdur
cmd-stop = Mesajları durdur
cmd-delete = Verilerimi sil
cmd-mydata = Verilerimi gör
progress = Soru { $current } / { $total }
cmd-consent = Veri paylaşımını değiştir
consent-updated = Teşekkürler, seçiminiz kaydedildi. İstediğiniz zaman /consent ile değiştirebilirsiniz.
mydata-about =
    Neden: Yeni yerleşim sürecinde size danışmanlık verebilmemiz için.
    Bilgilerinizi kimler aldı: { $recipients }.
    Ne kadar süre: Danışmanlık bitene kadar, en geç son iletişimden 9 ay sonrasına kadar. Sonra geriye sadece isimsiz bir sayım kalır.
    Haklarınız: /consent ile bilgilerinizi kimlerin alacağını değiştirebilirsiniz. /delete her şeyi siler. Yanlış bir şey varsa bize söyleyin: { $sp_phone }. Şikâyetler için: Belediyenin veri koruma görevlisine başvurabilirsiniz.
mydata-nobody = henüz kimse
