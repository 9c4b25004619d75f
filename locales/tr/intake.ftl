# Ankommen – ilk görüşme (kayıt). Türkçe.
# NOTE: machine-assisted translation from the German source; a native speaker should review this file.
# Belediye profilinden gelen değişkenler: $municipality, $service_point, $sp_address, $sp_phone,
# $sp_email, $sp_hours, $crisis_phone, $course_contact, $counselling_contact.
# Tekrarlarda (hanedeki kişiler): $index (1 = kişinin kendisi), $count.
# Çeviri notu: Türkçe ekler değişkenlere eklenmez (ör. "{ $municipality } şehrinde"), çünkü ses uyumu isme bağlıdır.

pick-language = Lütfen dilinizi seçin.

welcome-offer =
    { $municipality } şehrine hoş geldiniz!
    { $service_point } size danışmanlık sunuyor. Danışmanlık ücretsiz, isteğe bağlı ve gizlidir.
    Çocuk bakımı, eğitim, para, sağlık, boş zaman, dil ve iş konularındaki sorularınızda yardımcı oluyoruz.
    Adres: { $sp_address } · Telefon: { $sp_phone }

## Yaş ve onay

q-age-gate = 16 yaşında veya daha büyük müsünüz? Bunu soruyoruz, çünkü daha küçük yaştakiler için anne, baba veya vasinin de onay vermesi gerekir.
opt-age-adult = Evet, 16 yaş veya üstü
opt-age-minor = Hayır, 16 yaşından küçük
info-minor =
    Teşekkürler! 16 yaşından küçük olduğunuz için anneniz, babanız veya vasiniz onay vermeli.
    Bu kişi şu anda yanınızda mı ve mesajları sizinle birlikte okuyabilir mi?
opt-minor-guardian = Evet, yanımda
opt-minor-anonymous = Hayır, sadece bilgi istiyorum

consent-notice =
    Size danışmanlık verebilmemiz için bu sohbetteki cevaplarınızı kaydediyoruz.
    Neden: Size uygun danışmanlığı sunmak için.
    Kimler görür: Sadece danışma merkezinde dosyanızı yönlendiren ve dosyanızla ilgilenen uzmanlar.
    Ne kadar süre: Sadece danışmanlık devam ettiği sürece.
    Haklarınız: Neyin kayıtlı olduğunu istediğiniz zaman sorabilir ve her şeyi sildirebilirsiniz.
    Kabul etmezseniz hiçbir şey kaydetmeyiz. Yine de bilgi alırsınız.
    Kabul ediyor musunuz?
consent-notice-guardian =
    Lütfen anne, baba veya vasi olarak okuyun:
    Çocuğunuza danışmanlık verebilmemiz için bu sohbetteki cevapları kaydediyoruz.
    Neden: Uygun danışmanlığı sunmak için.
    Kimler görür: Sadece danışma merkezinde bu dosyayı yönlendiren ve bu dosyayla ilgilenen uzmanlar.
    Ne kadar süre: Sadece danışmanlık devam ettiği sürece.
    Haklarınız: Neyin kayıtlı olduğunu istediğiniz zaman sorabilir ve her şeyi sildirebilirsiniz.
    Kabul etmezseniz hiçbir şey kaydetmeyiz.
    Anne, baba veya vasi olarak kabul ediyor musunuz?
consent-full =
    Onayın ayrıntıları:
    Sorumlu kurum: { $municipality } Belediyesi, { $service_point }, { $sp_address }, { $sp_email }.
    Bu sohbetteki cevaplarınızı, dilinizi ve onay verdiğiniz zamanı kaydediyoruz. Size cevap verebilmek için sohbet kimliğinizi (Telegram'da kullanıcı numaranızı) sadece şifrelenmiş olarak kaydediyoruz.
    Amaç: Yeni yerleşim sürecinde danışmanlık ve destek (uyum yönetimi, Integrationsmanagement). Onay vermek isteğe bağlıdır; onay vermeseniz de bilgi ve anonim (isimsiz) danışmanlık alabilirsiniz.
    Hukuki dayanak onayınızdır (GDPR – Genel Veri Koruma Tüzüğü, madde 6/1-a ve madde 9/2-a). Sağlık bilgileri GDPR madde 9'a göre özel olarak korunur. Bu bilgileri, oturum durumu bilgilerini ve kendi yazdığınız metinleri şifrelenmiş olarak saklıyoruz.
    Bilgilerinizi sadece danışma merkezinde dosyanızı yönlendiren ve dosyanızla ilgilenen uzmanlar görür. Bu uzmanların sır saklama yükümlülüğü vardır. Bilgilerinizi başka kurumlara sadece siz açıkça izin verirseniz iletiriz.
    Danışmanlık bitince veriler anonim hale getirilir; bu en geç son iletişimden 9 ay sonra olur.
    Onayınızı istediğiniz zaman geri alabilirsiniz: /delete kaydettiğimiz her şeyi hemen siler. /mydata neyin kayıtlı olduğunu gösterir. Bu sohbetin geçmişini cihazınızda ve Telegram'da sadece siz silebilirsiniz.
    Şikâyetler için: Belediyenin veri koruma görevlisine veya eyaletin veri koruma kurumuna başvurabilirsiniz.
button-consent-yes = Evet, kabul ediyorum
button-consent-no = Hayır, istemiyorum
button-consent-full = Her şeyi ayrıntılı oku

declined-info =
    Bu hiç sorun değil. Sizinle ilgili hiçbir şey kaydetmedik.
    İstediğiniz zaman randevusuz bize gelebilirsiniz:
    { $service_point }, { $sp_address }
    Çalışma saatleri: { $sp_hours } · Telefon: { $sp_phone }
    Almanca kursları: { $course_contact }
    Yetişkinler için danışmanlık: { $counselling_contact }
    Acil bir kriz durumunda: Telefonseelsorge (kriz hattı), ücretsiz, gece gündüz: { $crisis_phone } · Acil çağrı: 112
    Daha sonra danışmanlık almak isterseniz, sadece /start yazın.

q-sharing =
    Bazen başka kurumlarla konuşmamıza izin vermeniz işinize yarayabilir. Bu isteğe bağlıdır.
    Size danışmanlık yapabilmeleri için bu görüşmedeki cevaplarınızı alabilecek kurumlara dokunun, sadece onlara. Hiçbirine dokunmazsanız hiçbir bilgi iletmeyiz. Bunu istediğiniz zaman /consent ile değiştirebilirsiniz.
label-sharing = Bilgi paylaşımı izni
recipient-jobcentre = Jobcenter
recipient-foreigners-office = Yabancılar Dairesi
recipient-jmd = Gençlik Göç Servisi (JMD)
recipient-mbe = Göç Danışmanlığı (yetişkinler)
recipient-refugee-counselling = Mülteci Danışmanlığı
recipient-line = • { $name }: { $kind }

## Kriz

q-crisis = Şu anda acil bir durumda mısınız? Örneğin: tehlikedesiniz, bu gece kalacak yeriniz yok ya da ruhsal olarak çok zor durumdasınız.
label-crisis = Acil durum
opt-crisis-acute = Evet, hemen yardım istiyorum
opt-crisis-none = Hayır
info-crisis =
    Bunu bize söylediğiniz için teşekkür ederiz. Burada hemen yardım alabilirsiniz:
    Acil çağrı (tehlike, yaralanma): 112 · Polis: 110
    Telefonseelsorge (kriz hattı), ücretsiz, gece gündüz: { $crisis_phone }
    { $service_point }: { $sp_phone } ({ $sp_hours })
    Mesajınızı acil olarak kabul ediyoruz ve size en kısa zamanda ulaşacağız.

## Hane

q-household-size = Hanenizde siz dahil kaç kişi yaşıyor? Lütfen bir sayı yazın.
label-household-size = Hanedeki kişi sayısı
info-members = Şimdi hanedeki her kişi hakkında birkaç kısa soru soracağız – önce sizinle ilgili. Böylece herkese uygun destekleri bulabiliriz.
label-member =
    { $index ->
        [0] Hanedeki kişiler (bilgiler)
        [1] Siz
       *[other] Kişi { $index }
    }
q-member-age =
    { $index ->
        [1] Kaç yaşındasınız? Lütfen bir sayı yazın.
       *[other] Kişi { $index }: Bu kişi kaç yaşında? Lütfen bir sayı yazın.
    }
label-member-age = Yaş
q-member-gender =
    { $index ->
        [1] Cinsiyetiniz nedir?
       *[other] Kişi { $index }: Bu kişinin cinsiyeti nedir?
    }
label-member-gender = Cinsiyet
opt-gender-female = Kadın
opt-gender-male = Erkek
opt-gender-diverse = Diğer (divers)
opt-gender-not-stated = Belirtmek istemiyorum
q-member-relation = Kişi { $index }: Bu kişi sizin neyiniz oluyor?
label-member-relation = Yakınlık
opt-relation-partner = Eş veya partner
opt-relation-child = Çocuk
opt-relation-parent = Anne veya baba
opt-relation-sibling = Kardeş
opt-relation-other-relative = Başka bir akraba
opt-relation-other = Başka bir kişi
q-member-nationality =
    { $index ->
        [1] Hangi ülkenin vatandaşısınız?
       *[other] Kişi { $index }: Bu kişi hangi ülkenin vatandaşı?
    }
label-member-nationality = Vatandaşlık
country-syria = Suriye
country-afghanistan = Afganistan
country-iraq = Irak
country-iran = İran
country-turkey = Türkiye
country-ukraine = Ukrayna
country-romania = Romanya
country-bulgaria = Bulgaristan
country-poland = Polonya
country-russia = Rusya
country-eritrea = Eritre
country-other = Başka bir ülke
q-member-residence =
    { $index ->
        [1] Oturum durumunuz nedir? Bu, doğru kurumu bulmamıza yardımcı olur. Bu soruyu atlayabilirsiniz.
       *[other] Kişi { $index }: Bu kişinin oturum durumu nedir? Bu soruyu atlayabilirsiniz.
    }
label-member-residence = Oturum durumu
opt-residence-asylum-pending = İltica süreci devam ediyor
opt-residence-duldung = Duldung (hoşgörü statüsü)
opt-residence-permit = Oturma izni
opt-residence-eu = AB vatandaşı
opt-residence-other = Başka bir şey
opt-residence-unknown = Bilmiyorum

## Geliş ve dil

q-arrival = Ne zamandan beri Almanya'dasınız? Lütfen ay ve yılı yazın, örneğin 03/2024. Bunu soruyoruz, çünkü bazı destekler sadece ilk yıllarda geçerlidir.
label-arrival = Almanya'ya geliş tarihi
q-arrival-town = Ne zamandan beri { $municipality } şehrinde yaşıyorsunuz? Lütfen ay ve yılı yazın, örneğin 05/2024.
label-arrival-town = { $municipality } şehrine geliş tarihi
q-family-languages = Ailede hangi dilleri konuşuyorsunuz? Birkaç dile dokunup sonra “Tamam” düğmesini seçebilirsiniz.
label-family-languages = Aile dilleri
lang-arabic = Arapça
lang-dari-farsi = Darice / Farsça
lang-kurdish = Kürtçe
lang-pashto = Peştuca
lang-tigrinya = Tigrinya dili
lang-turkish = Türkçe
lang-ukrainian = Ukraynaca
lang-russian = Rusça
lang-romanian = Rumence
lang-bulgarian = Bulgarca
lang-polish = Lehçe
lang-french = Fransızca
lang-english = İngilizce
lang-other = Başka bir dil
q-german-level = Almancanız ne kadar iyi?
label-german-level = Almanca bilgisi
opt-german-none = Henüz hiç yok
opt-german-a1 = Biraz (A1)
opt-german-a2 = Basit sohbetler (A2)
opt-german-b1 = Günlük hayatta iyi (B1)
opt-german-b2plus = Çok iyi (B2 veya üstü)
q-interpreter = Randevuda bir tercüman ister misiniz? Bu ücretsizdir.
label-interpreter = Tercüman
opt-interpreter-needed = Evet, lütfen
opt-interpreter-not-needed = Hayır, gerek yok
q-interpreter-language = Hangi dile tercüme yapılsın?
label-interpreter-language = Tercüme dili

## Konut, sağlık, aile

q-housing = Şu anda nerede kalıyorsunuz?
label-housing = Konut
opt-housing-own-flat = Kendi evim
opt-housing-shelter = Belediyenin konaklama yeri
opt-housing-with-others = Aile ya da arkadaş yanında
opt-housing-none = Kalacak evim yok
opt-housing-other = Başka
q-housing-adequate = Ev sizin ve aileniz için uygun mu (büyüklük, durum)?
label-housing-adequate = Ev uygun mu
opt-housing-adequate = Evet, uygun
opt-housing-not-adequate = Hayır, uygun değil
q-health = Hanenizde fiziksel veya ruhsal bir sağlık sorunu olan var mı? Bu soruyu cevaplamak zorunda değilsiniz. Sadece size uygun yardımı bulmamıza yardımcı olur.
label-health = Sağlık sorunları
opt-health-none = Hayır
opt-health-physical = Evet, fiziksel
opt-health-psychological = Evet, ruhsal
opt-health-both = Evet, ikisi de
opt-health-prefer-not = Söylemek istemiyorum
q-children-needs = Hanenizdeki çocuklar için neye ihtiyacınız var? Birden fazla cevap seçebilirsiniz, sonra “Tamam”.
label-children-needs = Çocuklar için ihtiyaçlar
opt-children-daycare = Kreşte yer (Kita)
opt-children-school-place = Okulda yer
opt-children-school-support = Okulda destek
opt-children-other = Başka bir şey
opt-children-none = Bunların hiçbiri
q-reunification = Aile üyelerinizin yanınıza gelmesini planlıyor musunuz (aile birleşimi)? Bu soruyu atlayabilirsiniz.
label-reunification = Aile birleşimi
opt-reunification-planned = Evet, planlıyorum
opt-reunification-in-progress = Evet, süreç devam ediyor
opt-reunification-no = Hayır

## İş ve destek

q-work = İş ve meslek eğitimi: Size hangisi uyuyor? Birden fazla cevap seçebilirsiniz, sonra “Tamam”.
label-work = İş ve meslek eğitimi
opt-work-working = Çalışıyorum
opt-work-looking = İş arıyorum
opt-work-training = Meslek eğitimi alıyorum
opt-work-school-study = Okul veya üniversite
opt-work-german-course = Almanca kursuna gidiyorum
opt-work-experience-abroad = Kendi ülkemde iş deneyimi
opt-work-none = Bunların hiçbiri
q-agencies = Şu anda hangi kurumlarla işiniz var? Birden fazla cevap seçebilirsiniz, sonra “Tamam”.
label-agencies = İlgili kurumlar
agency-jobcentre = Jobcenter
agency-social-office = Sosyal Yardım Dairesi
agency-foreigners-office = Yabancılar Dairesi
agency-youth-office = Gençlik Dairesi
agency-mbe = Göç Danışmanlığı
agency-jmd = Gençlik Göç Servisi (JMD)
agency-refugee-counselling = Mülteci Danışmanlığı
agency-volunteers = Gönüllü yardımcılar
agency-none = Henüz hiçbiri
q-counsellor = Size destek olan bir danışmanınız zaten var mı?
label-counsellor = Mevcut danışman
opt-counsellor-yes = Evet
opt-counsellor-no = Hayır

q-topics = Hangi konularda destek istersiniz? Birkaç konuya dokunup sonra “Tamam” düğmesini seçebilirsiniz.
label-topics = Konular
topic-german-course = Almanca kursu
topic-work = İş ve mesleki yeterlilik
topic-school = Okul ve eğitim
topic-childcare = Çocuk bakımı
topic-housing = Konut
topic-finances = Para ve borçlar
topic-health = Sağlık
topic-pregnancy = Hamilelik
topic-residence = Oturum ve belgeler
topic-authorities = Mektuplar ve resmi daireler
topic-legal = Hukuki sorular
topic-naturalisation = Vatandaşlığa geçiş
topic-family = Aile
topic-orientation = Günlük hayat ve yön bulma
topic-mobility = Ulaşım (otobüs, tren)
topic-literacy = Okuma yazma öğrenme
topic-discrimination = Ayrımcılık
topic-belonging = Komşuluk ve aidiyet
topic-leisure = Boş zaman ve kültür
topic-other = Başka bir şey

q-remarks = Bize söylemek istediğiniz başka bir şey var mı? İsterseniz kendi sözlerinizle yazın (en fazla 1000 karakter) – ya da bu soruyu atlayın.
label-remarks = Ek notlar

## Bitiş

button-done = Tamam
button-skip = Atla
button-submit = Gönder
button-change = Bir cevabı değiştir

summary-intro = Lütfen bilgilerinizi kontrol edin:
summary-line = • { $label }: { $value }
summary-which = Hangi cevabı değiştirmek istiyorsunuz?
answer-skipped = atlandı
answer-none = belirtilmedi

done-next-steps =
    Çok teşekkürler! Bilgileriniz { $service_point } birimine ulaştı.
    Bir uzman bir hafta içinde burada, sohbette sizinle iletişime geçecek.
    Sorunuz mu var? Telefon: { $sp_phone }
answer-nobody = hiç kimse

## Zorlaştıran durumlar (değerlendirme için, isteğe bağlı)
q-barriers = Şu anda sizin için neler zor? Bu, size uygun desteği bulmamıza yardımcı olur. Birden fazla cevap seçebilirsiniz, sonra “Tamam”. İsterseniz bu soruyu atlayabilirsiniz.
label-barriers = Zorlaştıran durumlar
opt-barrier-no-school = Okul diplomam yok
opt-barrier-no-vocational = Mesleğim yok veya burada tanınmıyor
opt-barrier-career-unsure = Hangi işin bana uyduğunu bilmiyorum
opt-barrier-authorities = Mektuplar ve resmi daireler bana zor
opt-barrier-debts = Borçlarım var
opt-barrier-lonely = Kendimi sık sık yalnız hissediyorum
opt-barrier-none = Bunların hiçbiri
