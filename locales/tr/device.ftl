# Ankommen – kişisel cihazla ilgili metinler: veriler yalnızca sorduktan sonra gösterilir; web sohbetini hatırlama veya bitirme.
# NOTE: written from the German source for this release; a native speaker should review this file.

mydata-confirm = Birazdan hakkınızda kaydettiğimiz her şeyi göstereceğiz; indirebileceğiniz bir dosya olarak da. Şu anda ekranın başında yalnız mısınız?
button-mydata-yes = Evet, göster
button-mydata-no = Hayır, şimdi değil
mydata-not-shown = Tamam, hiçbir şey göstermiyoruz. Yanınızda kimse olmadığında /mydata yazın ya da bizi arayın: { $sp_phone }
webchat-remember = Bu sohbeti bu cihazda hatırla
webchat-remember-hint = Yalnızca kendi cihazınızda: böylece cevaplarımızı daha sonra burada okuyabilirsiniz.
webchat-end = Bu cihazda sohbeti bitir
webchat-end-confirm = Bu cihazdaki sohbeti gerçekten bitirmek istiyor musunuz? Sonra burada tekrar açamazsınız.
webchat-ended = Bu cihazdaki sohbet sona erdi: cihazı sizden sonra kullanan kişi onu göremez. Cevaplarımız size artık burada ulaşamaz; lütfen bizi arayın: { $sp_phone }
webchat-busy = Şu anda bu bağlantıdan çok fazla sohbet başlıyor. Lütfen birkaç dakika sonra tekrar deneyin.
