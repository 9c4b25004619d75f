# Ankommen – kişisel cihazla ilgili metinler: veriler yalnızca sorduktan sonra gösterilir; web sohbetini hatırlama veya bitirme.
# NOTE: written from the German source for this release; a native speaker should review this file.

mydata-confirm = Birazdan hakkınızda kaydettiğimiz her şeyi göreceksiniz. Bu sizin kendi cihazınız mı ve yanınızda okuyan kimse yok mu?
button-mydata-yes = Evet, göster
button-mydata-no = Hayır, şimdi değil
mydata-not-shown = Tamam, hiçbir şey göstermiyoruz. Cihazınızla yalnız olduğunuzda /mydata yazın.
webchat-remember = Bu sohbeti bu cihazda hatırla
webchat-end = Bu cihazda sohbeti bitir
webchat-ended = Bu cihazdaki sohbet sona erdi: cihazı sizden sonra kullanan kişi onu görmez. Verilerinizle ilgili sorunuz mu var? Lütfen bizi arayın: { $sp_phone }
webchat-busy = Şu anda bu bağlantıdan çok fazla sohbet başlıyor. Lütfen birkaç dakika sonra tekrar deneyin.
