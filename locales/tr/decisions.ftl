# Ankommen – messages after the service point's decision. Turkish.
# NOTE: translated from the German source; a native speaker should review this file.

decision-admitted = Güzel bir haber: { $organisation } konularınızla ilgilenecek. Bir uzman bir hafta içinde sizinle iletişime geçecek.
decision-referred = Konularınız için doğru kurum: { $organisation }. İzin verdiğiniz gibi talebinizi oraya ilettik. İsterseniz siz de doğrudan iletişime geçebilirsiniz: { $contact }
decision-waitlisted = Şu anda tüm yerler dolu. Sizi bekleme listemize aldık ve yaklaşık üç ay sonra size yazacağız. Bu arada durumunuz acil hale gelirse lütfen bizi arayın: { $sp_phone }
decision-waitlist-recontact = Hâlâ bekleme listemizdesiniz. Desteğe hâlâ ihtiyacınız var mı?
button-waitlist-still = Evet, hâlâ ihtiyacım var
button-waitlist-no-longer = Hayır, artık gerek yok
decision-declined = Üzgünüz, size daha uzun süreli bir destek sunamıyoruz. Burada danışmanlık alabilirsiniz: { $counselling_contact }
