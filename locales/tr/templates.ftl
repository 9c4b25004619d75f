# Ankommen – messages caseworkers send from a template. Turkish.
# NOTE: translated from the German source; a native speaker should review this file.

template-please-call = Lütfen bize ulaşın, sizinle bir konuyu konuşmak istiyoruz. Telefon: { $phone }
template-bring-documents = Lütfen randevunuza şunları getirin: kimliğiniz veya oturum belgeleriniz ve resmi dairelerden size gelen mektuplar.
template-still-need = Bir süredir sizden haber alamadık. Desteğe hâlâ ihtiyacınız var mı? İsterseniz bize buradan yazabilirsiniz.
template-goal-check = Danışmanınız, hedeflerinizle ilgili işlerin nasıl gittiğini merak ediyor. İsterseniz buraya kısaca yazabilir veya bizi arayabilirsiniz: { $phone }

## Kapanışta (isteğe bağlı geri bildirim)
followup-evaluation = Bizimle olan destek süreciniz tamamlandı. Bize güvendiğiniz için teşekkür ederiz! Bu desteğin size yardımcı olup olmadığını bize söylemek ister misiniz? Cevap vermek isteğe bağlıdır.
button-eval-good = Evet, yardımcı oldu
button-eval-partly = Kısmen
button-eval-not = Pek yardımcı olmadı
